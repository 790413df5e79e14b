package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups of an OCR engine's plain text whose 指标N numbering shows more groups than labels
 * were read: the engine lost a merged cell's label (read as nothing, or joined onto a row's name),
 * so centring the labels that are left over all the rows would stretch a group over its lost
 * neighbours ({@code 成本指标} over the 质量 and 时效 rows). Each start of the numbering over
 * ({@code 指标1} after a numbered row) begins a group; each label event goes to one group, in
 * order, the one it is printed nearest the middle of; groups given no event keep no label (the
 * framework-order rules of {@link LabelPlacement} may then name them). Not when the first group
 * would take none (it has no label above it to keep).
 */
final class NumberedGroups {
    private NumberedGroups() {
    }

    /**
     * The first indicator of each event's group, or null when the rows are not OCR'd plain text
     * or the numbering shows no more groups than there are events.
     */
    static int[] starts(List<Read> inds, List<Read> events, SheetDraft d) {
        int n = inds.size();
        int m = events.size();
        if (n == 0 || !inds.stream().allMatch(r -> ocrText(r.content.get(Vocabulary.Column.NAME)))) {
            return null;
        }
        List<Integer> groups = new ArrayList<>();
        groups.add(0);
        for (int i = 1; i < n; i++) {
            if (Integer.valueOf(1).equals(inds.get(i).number) && inds.get(i - 1).number != null) {
                groups.add(i);
            }
        }
        int k = groups.size();
        if (k <= m) {
            return null;
        }
        // best[e][q]: the first e events placed on distinct groups among the first q, in order
        double[][] best = new double[m + 1][k + 1];
        boolean[][] took = new boolean[m + 1][k + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int q = 0; q <= k; q++) {
            best[0][q] = 0;
        }
        for (int e = 1; e <= m; e++) {
            for (int q = e; q <= k; q++) {
                double skip = best[e][q - 1];
                int from = groups.get(q - 1);
                int to = q < k ? groups.get(q) : n;
                double take = best[e - 1][q - 1] + LabelPlacement.groupCost(inds, from, to, events.get(e - 1).line);
                if (take <= skip) {
                    best[e][q] = take;
                    took[e][q] = true;
                } else {
                    best[e][q] = skip;
                }
            }
        }
        int[] starts = new int[m];
        int e = m;
        for (int q = k; q >= 1 && e >= 1; q--) {
            if (took[e][q]) {
                starts[e - 1] = groups.get(q - 1);
                e--;
            }
        }
        if (starts[0] != 0) {
            // the first group took no label: it has none above to inherit and no anchor to be counted from (the
            // numbering missed a start over, or the first label was lost): the labels stay centred as before
            return null;
        }
        List<String> lost = new ArrayList<>();
        for (int q = 0; q < k; q++) {
            boolean labelled = false;
            for (int s : starts) {
                labelled |= s == groups.get(q);
            }
            if (!labelled) {
                lost.add("\"" + Text.clean(inds.get(groups.get(q)).content.get(Vocabulary.Column.NAME).text()) + "\"");
            }
        }
        d.diag(OcrRepair.CODE, inds.get(0).row.at(), "the 指标N numbering starts over " + (k - 1) + " time(s): " + k
                + " groups for " + m + " label(s) read; the groups from " + String.join(", ", lost)
                + " printed no label the engine read (each label goes to the group it is printed nearest the middle of)");
        return starts;
    }

    /** A cell of an OCR engine's plain text: OCR'd, with no confidence (word boxes carry one). */
    private static boolean ocrText(Cell c) {
        return c != null && c.ocr() && c.confidence().isNaN();
    }
}
