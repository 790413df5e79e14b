package dev.zhibiao.internal.layout;

import java.util.Arrays;

/**
 * The rows each label of a merged column spans, when a reader knows only where each label was
 * printed among the rows: a merged cell's label is printed once, at the vertical middle of its
 * rows (of the rows on its first page, when the cell runs over a page break), so a label printed
 * before row {@code p} of a group of {@code k} rows starting at {@code s} has {@code p ≈ s + k/2}.
 * Consecutive labels' groups therefore meet between them, and the counts of rows between labels
 * fix the boundaries up to about one row; how well each label suits each row (its name and value,
 * given by the caller from the vocabulary) and the restarts of numbered names settle the rest.
 *
 * <p>Labels are taken in print order (top to bottom of the column); each labels one run of
 * consecutive rows, the runs in order covering every row. A label may be left without rows at a
 * cost (a label printed twice, or one whose rows were not read).
 */
public final class CentredLabels {
    private CentredLabels() {
    }

    /** How much a row between where a label is printed and the middle of its run costs. */
    public static final double CENTRE = 1.0;
    /**
     * How much a row between a run's middle and where a bunched label is taken to be costs: labels
     * printed together (pdftotext printed the column as a block) are spread evenly over the rows
     * between their placed neighbours, a weak guess beside the names and values.
     */
    public static final double SPREAD = 0.25;
    /** What a label printed on another page than its run's first row costs. */
    public static final double PAGE = 2.0;
    /** What leaving a label without rows costs. */
    public static final double SKIP = 3.0;
    /** What a run that starts at a numbered name continuing the one above (指标 3 after 指标 2) costs, and a restart inside one. */
    public static final double NUMBERED = 2.0;

    /**
     * One label as printed: {@code before} is the number of rows whose first line comes before it
     * (0: printed before every row; rows: after them all), {@code page} the page it is printed on;
     * {@code placed} false when the reader knows its place says nothing (a label out of the column's
     * order put back where the order wants it): it is then taken as bunched.
     */
    public record Label(int before, int page, boolean placed) {
    }

    /**
     * The label of each row (an index into {@code labels}), or null when there are no rows or no labels.
     *
     * @param rowPage the page each row's first line is printed on
     * @param labels the labels in print order
     * @param fit {@code fit[j][t]}: how well label j suits row t (0 when nothing is known)
     * @param numbered per row: 1 when its name restarts a numbering (指标 1 after 指标 4), -1 when it
     *     continues the row above's (指标 3 after 指标 2), 0 otherwise
     */
    public static int[] assign(int[] rowPage, java.util.List<Label> labels, double[][] fit, int[] numbered) {
        int m = rowPage.length;
        int n = labels.size();
        if (m == 0 || n == 0) {
            return null;
        }
        // the first row of the next page after each row (the end of a run's part on its first page)
        int[] pageEnd = new int[m];
        for (int t = m - 1; t >= 0; t--) {
            pageEnd[t] = t + 1 < m && rowPage[t + 1] == rowPage[t] ? pageEnd[t + 1] : t + 1;
        }
        double[] at = new double[n];
        double[] weight = new double[n];
        centres(labels, m, at, weight);
        // prefix sums of fit per label
        double[][] sum = new double[n][m + 1];
        for (int j = 0; j < n; j++) {
            for (int t = 0; t < m; t++) {
                sum[j][t + 1] = sum[j][t] + fit[j][t];
            }
        }
        // best[j][s]: labels 0..j-1 placed, rows 0..s-1 covered
        double[][] best = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int j = 0; j < n; j++) {
            Label l = labels.get(j);
            for (int s = 0; s <= m; s++) {
                if (best[j][s] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double skip = best[j][s] - SKIP;
                if (skip > best[j + 1][s]) {
                    best[j + 1][s] = skip;
                    from[j + 1][s] = -1;
                }
                for (int e = s + 1; e <= m; e++) {
                    double v = best[j][s] + sum[j][e] - sum[j][s] + run(l, at[j], weight[j], s, e, rowPage, pageEnd, numbered);
                    if (v > best[j + 1][e]) {
                        best[j + 1][e] = v;
                        from[j + 1][e] = s;
                    }
                }
            }
        }
        if (best[n][m] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        int[] out = new int[m];
        int e = m;
        for (int j = n; j > 0; j--) {
            int s = from[j][e];
            if (s < 0) {
                continue;
            }
            for (int t = s; t < e; t++) {
                out[t] = j - 1;
            }
            e = s;
        }
        return out;
    }

    /**
     * Where each label is taken to be centred and how much that counts. A label printed among the
     * rows is where it is printed; labels printed together (two or more at the same place before or
     * after every row, or three or more anywhere) are bunched: spread evenly, in order, over the
     * rows between the placed labels around them.
     */
    static void centres(java.util.List<Label> labels, int m, double[] at, double[] weight) {
        int n = labels.size();
        boolean[] bunched = new boolean[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && labels.get(j).before() == labels.get(i).before()) {
                j++;
            }
            int b = labels.get(i).before();
            if (j - i >= 3 || j - i >= 2 && (b == 0 || b == m)) {
                Arrays.fill(bunched, i, j, true);
            }
            i = j;
        }
        for (int i = 0; i < n; i++) {
            bunched[i] |= !labels.get(i).placed();
        }
        for (int i = 0; i < n; ) {
            if (!bunched[i]) {
                at[i] = labels.get(i).before();
                weight[i] = CENTRE;
                i++;
                continue;
            }
            int j = i;
            while (j < n && bunched[j]) {
                j++;
            }
            double lo = i == 0 ? 0 : Math.floor(at[i - 1]) + 1;
            double hi = j == n ? m : labels.get(j).before();
            lo = Math.min(lo, m);
            if (hi < lo) {
                hi = lo;
            }
            for (int k = i; k < j; k++) {
                at[k] = lo + (k - i + 0.5) * (hi - lo) / (j - i);
                weight[k] = SPREAD;
            }
            i = j;
        }
    }

    /** The cost, as a negative score, of label {@code l} labelling rows {@code s} to {@code e - 1}. */
    static double run(Label l, double at, double weight, int s, int e, int[] rowPage, int[] pageEnd, int[] numbered) {
        double v = 0;
        int end = Math.min(e, pageEnd[s]);
        if (weight == CENTRE) {
            // printed before the name of the middle row (of the upper middle one when the count is even)
            v -= CENTRE * Math.abs(at - (s + (end - s) / 2));
        } else {
            v -= weight * Math.max(0, Math.abs(at - (s + (end - s) / 2.0)) - 0.5);
        }
        if (weight == CENTRE && l.page() != rowPage[s]) {
            v -= PAGE;
        }
        if (numbered[s] < 0) {
            v -= NUMBERED;
        }
        for (int t = s + 1; t < e; t++) {
            if (numbered[t] > 0) {
                v -= NUMBERED;
            }
        }
        return v;
    }
}
