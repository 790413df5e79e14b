package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Chunk;
import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.layout.LaidOutTable.Out;
import java.util.List;

/**
 * The label columns of a laid-out table placed on its rows: each label on the first row of the group of rows it
 * spans ({@link #place}); moved out of {@link LaidOutTable} unchanged.
 */
final class LaidOutLabels {
    private LaidOutLabels() {
    }

    /** The note on a row a label was placed on by its table's row spacing ({@link Ruler#padding}), not line on line. */
    static final String SPACED_ROWS = "label-row-spacing";

    /** The cost of a label printed outside the lines of its group. */
    private static final double OUTSIDE = 4;
    /** The cost of a level-1 group that does not start where a level-2 group starts. */
    private static final double OFF_LEVEL2 = 3;
    /** The cost, per row, of a level-2 label in a level-1 group whose label is not its parent. */
    private static final double NOT_PARENT = 6;

    /**
     * Places a label column's labels on the first rows of their groups.
     *
     * @param level2 the first rows of the level-2 groups, or null
     * @return the first row of each label's group, or null where the labels stayed on the rows they were printed on
     */
    /**
     * Per row, whether it is the last row of its page (the next row starts on a later page) or is itself cut by a page
     * break; the table's last row is none.
     */
    static boolean[] pageEnds(List<Out> rows, List<Line> lines) {
        java.util.Map<Integer, Integer> page = new java.util.HashMap<>();
        for (Line l : lines) {
            page.put(l.number(), l.page());
        }
        boolean[] out = new boolean[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            Integer first = page.get(rows.get(k).first);
            Integer last = page.get(rows.get(k).last);
            Integer next = k + 1 < rows.size() ? page.get(rows.get(k + 1).first) : last;
            out[k] = first != null && last != null && next != null && (!first.equals(last) || !last.equals(next));
        }
        return out;
    }

    /** Per row, the category of the level-2 label in force (its own, or the last one above). */
    static Vocabulary.Category[] categories(List<Out> rows, int c) {
        Vocabulary.Category[] out = new Vocabulary.Category[rows.size()];
        Vocabulary.Category now = null;
        for (int k = 0; k < rows.size(); k++) {
            String t = rows.get(k).texts[c];
            if (t != null && !t.isEmpty()) {
                now = Vocabulary.category(t);
            }
            out[k] = now;
        }
        return out;
    }

    static int[] place(List<Out> rows, List<Chunk> labels, int c, int[] level2, Vocabulary.Category[] under,
                               boolean[] pageEnd, Ruler ruler, java.util.Map<Integer, String> bySpacing) {
        int n = rows.size();
        int m = labels.size();
        if (m == 0) {
            return null;
        }
        if (m > n) {
            for (Chunk l : labels) {
                Out r = LaidOutTable.nearest(rows, l);
                r.put(c, l.text.toString());
            }
            return null;
        }
        int[] starts = starts(rows, labels, level2, under, pageEnd, ruler);
        Ruler plain = ruler.plain();
        if (plain != null) {
            int[] before = starts(rows, labels, level2, under, pageEnd, plain);
            for (int g = 0; g < m; g++) {
                if (before[g] != starts[g]) {
                    bySpacing.merge(starts[g], labels.get(g).text.toString(), (a, b) -> a + " " + b);
                }
            }
        }
        for (int g = 0; g < m; g++) {
            rows.get(starts[g]).put(c, labels.get(g).text.toString());
        }
        return starts;
    }

    /** The first row of each label's group, as placed with the given ruler. */
    private static int[] starts(List<Out> rows, List<Chunk> labels, int[] level2, Vocabulary.Category[] under,
                                boolean[] pageEnd, Ruler ruler) {
        int n = rows.size();
        int m = labels.size();
        // what the cost asks of each label and row, once (it is asked of every label and pair of rows)
        Vocabulary.Category[] cats = new Vocabulary.Category[m];
        for (int e = 0; e < m; e++) {
            cats[e] = Vocabulary.category(labels.get(e).text.toString());
        }
        boolean[] level2Start = new boolean[n];
        if (level2 != null) {
            for (int s : level2) {
                if (s >= 0 && s < n) {
                    level2Start[s] = true;
                }
            }
        }
        return LabelPlacement.groupStarts(n, m, (e, i, j) -> {
            double at = labels.get(e).centre();
            double first = rows.get(i).first;
            double last = rows.get(j - 1).last;
            double v = ruler.at(at);
            double cost = Math.abs(v - (ruler.top(i) + ruler.bottom(j - 1)) / 2);
            for (int k = i; k < j; k++) {
                if (pageEnd[k]) {
                    // a merged cell cut by the page's end is printed in its first part (the rows up to the page's end), at
                    // its top (数量指标 over four rows, three on the page) or at its middle (成本指标 between the two rows of
                    // its first part), or at the whole group's middle; the first part's middle only where that part has two
                    // rows or more: a one-row part's middle is where a one-row group's label stands too (时效指标 on the
                    // page's last row, the next page's rows under labels of their own)
                    cost = Math.min(cost, Math.abs(v - ruler.at(first)));
                    if (k > i) {
                        cost = Math.min(cost, Math.abs(v - (ruler.top(i) + ruler.bottom(k)) / 2));
                    }
                    break;
                }
            }
            if (at < first - 1 || at > last + 1) {
                cost += OUTSIDE;
            }
            if (level2 != null && i > 0 && !level2Start[i]) {
                cost += OFF_LEVEL2;
            }
            Vocabulary.Category cat = cats[e];
            for (int k = i; under != null && cat != null && k < j; k++) {
                if (under[k] != null && under[k].parent() != null && !under[k].parent().equals(cat.label())
                        && !under[k].label().equals(cat.label())) {
                    cost += NOT_PARENT; // a level-2 label under a level-1 label that is not its own
                }
            }
            return cost;
        });
    }

    /**
     * A label's last characters printed under it in the next label column ({@code 产出指} / {@code 标}: a narrow 一级
     * column wraps its label, and the tail, printed at the column's edge, was placed in 二级) go back to the label they
     * end: a tail ({@code 标}, {@code 指标}) that is no label of its own, one or two lines under a text of the column
     * to its left that it makes a category label.
     */
    static void tailsBack(List<List<Chunk>> chunks, List<ColumnFit.Role> roles) {
        for (int c = 1; c < roles.size(); c++) {
            if (!LaidOutTable.isLabel(roles.get(c)) || !LaidOutTable.isLabel(roles.get(c - 1))) {
                continue;
            }
            for (java.util.Iterator<Chunk> it = chunks.get(c).iterator(); it.hasNext(); ) {
                Chunk tail = it.next();
                String t = tail.text.toString();
                if (!dev.zhibiao.internal.text.Rx.matches(TAIL, dev.zhibiao.internal.text.Text.key(t))) {
                    continue;
                }
                for (Chunk head : chunks.get(c - 1)) {
                    int gap = tail.first - head.last;
                    if (gap >= 1 && gap <= 2 && !Vocabulary.isLevel1Label(head.text.toString())
                            && !Vocabulary.isLevel2Label(head.text.toString()) && (Vocabulary.isLevel1Label(head.text + t) || Vocabulary.isLevel2Label(head.text + t))) {
                        head.add(tail.first, t);
                        it.remove();
                        break;
                    }
                }
            }
        }
    }

    /**
     * A label fragment that is no whole category goes on in the next fragment of its column, and so
     * does a category's short form before its last characters (满意度 | 指标); but not a text that starts no category
     * into a fragment that starts one of its own, the two joined naming none ({@link #whole}).
     */
    static boolean labelGoesOn(Chunk open, int line, String t) {
        String k = open.text.toString();
        return line - open.last <= 2 && !whole(k, t) && (!IndicatorTable.strongCategory(k) && Vocabulary.column(k) == null
                || dev.zhibiao.internal.text.Text.key(t).length() <= 2 && Vocabulary.category(t) == null && IndicatorTable.strongCategory(k + t));
    }

    /**
     * A wrapped label's last characters ({@code 标}, {@code 指标}) printed on the next page: a print breaks a merged cell's
     * lines over the page's end, so a label's first lines ({@code 满意 / 度指}) close one page and its tail opens the next.
     * The tail goes on in the label when it is on the table's first line of a later page, the line before it in the table
     * is the label's last, and the two joined make a category the first part alone is not.
     *
     * @param open  the label so far
     * @param above the table's line before the tail's, or null
     * @param l     the tail's line
     * @param t     the tail
     * @return whether {@code t} ends {@code open}
     */
    static boolean tailOverPage(Chunk open, Line above, Line l, String t) {
        String k = open.text.toString();
        return above != null && above.number() == open.last && above.page() < l.page()
                && dev.zhibiao.internal.text.Rx.matches(TAIL, dev.zhibiao.internal.text.Text.key(t))
                && !IndicatorTable.strongCategory(k) && Vocabulary.category(k + t) != null && IndicatorTable.strongCategory(k + t);
    }

    /**
     * Whether a label column's text is a label of its own that the vocabulary does not know, printed whole: it starts
     * no category ({@code 政策知晓率}, a 二级 label on its row's line), the column's next text starts one
     * ({@code 服务对象满意}, wrapped: {@code 服务对象满意 / 度指标}) and the two joined start none. A wrapped label's
     * first part starts its category ({@code 服务对象 | 满意度指标}, {@code 产出指 | 标}).
     */
    static boolean whole(String text, String next) {
        return Vocabulary.category(text) == null && Vocabulary.category(next) != null && Vocabulary.category(text + next) == null;
    }

    private static final java.util.regex.Pattern TAIL = java.util.regex.Pattern.compile("指?标");

    /** What a row's padding adds to its height, in lines (about 4.6 pt on a 13.5 pt line), where rows follow line on line. */
    private static final double PAD = 0.34;

    /**
     * Where a table's lines stand on the page, in lines, from what its rows hold: pdftotext {@code -layout} prints
     * each text line of a cell on a line of its own, so a one-line name centred between its value's two lines takes
     * three lines of text for a row two lines high, and a label's place measured in text lines drifts from the middle
     * of its rows as such rows add up. A row is as high as its tallest cell (the most lines one column other than
     * the labels' holds in it) plus its padding; a line inside a row stands at its share of that height, a line
     * between rows at the second row's top.
     *
     * <p>A table whose rows are padded more than a line ({@link #spacing}: its one-line rows printed with blank lines
     * between) is printed finely enough that its text lines are its measure: a row of a two-line name and a one-line
     * value takes five lines where a one-line row takes three, as on the page. There a row reaches from the middle of
     * the blank lines above it to the middle of those below, and a line stands where it is printed (the blank lines of
     * a page break counted as the table's usual spacing).
     */
    static final class Ruler {
        private final int[] first;
        private final int[] last;
        private final int[] tallest;
        /** The blank lines between the table's one-line rows (their median), or 0 where rows follow line on line. */
        private final int gap;
        private final boolean[] pageEnd;
        private final double[] top;
        private final double[] height;

        Ruler(List<Out> rows, List<Line> lines, List<ColumnFit.Role> roles, boolean[] pageEnd) {
            int n = rows.size();
            first = new int[n];
            last = new int[n];
            tallest = new int[n];
            this.pageEnd = pageEnd;
            java.util.Map<Integer, Line> byNumber = new java.util.HashMap<>();
            for (Line l : lines) {
                byNumber.put(l.number(), l);
            }
            for (int k = 0; k < n; k++) {
                first[k] = rows.get(k).first;
                last[k] = rows.get(k).last;
                tallest[k] = 1;
                for (int c = 0; c < roles.size(); c++) {
                    if (LaidOutTable.isLabel(roles.get(c))) {
                        continue;
                    }
                    int count = 0;
                    for (int line = first[k]; line <= last[k]; line++) {
                        Line l = byNumber.get(line);
                        count += l != null && l.texts()[c] != null && !l.texts()[c].isBlank() ? 1 : 0;
                    }
                    tallest[k] = Math.max(tallest[k], count);
                }
            }
            int[] blank = new int[n];
            for (int k = 0; k + 1 < n; k++) {
                for (int line = last[k] + 1; line < first[k + 1] && !pageEnd[k]; line++) {
                    Line l = byNumber.get(line);
                    blank[k] += l == null || java.util.Arrays.stream(l.texts()).allMatch(t -> t == null || t.isBlank()) ? 1 : 0;
                }
                blank[k] = pageEnd[k] ? -1 : blank[k];
            }
            gap = spacing(first, last, tallest, blank);
            top = new double[n];
            height = new double[n];
            measure();
        }

        private Ruler(Ruler of) {
            first = of.first;
            last = of.last;
            tallest = of.tallest;
            pageEnd = of.pageEnd;
            gap = 0;
            top = new double[first.length];
            height = new double[first.length];
            measure();
        }

        /** The blank lines after row k as measured: as printed, or the usual ones across a page break. */
        private double after(int k) {
            if (k + 1 >= first.length || pageEnd[k]) {
                return gap;
            }
            return Math.max(0, first[k + 1] - last[k] - 1);
        }

        private void measure() {
            double y = 0;
            for (int k = 0; k < first.length; k++) {
                if (gap == 0) {
                    top[k] = y;
                    height[k] = tallest[k] + PAD;
                } else {
                    double before = k == 0 ? gap : after(k - 1);
                    top[k] = y - before / 2;
                    height[k] = before / 2 + (last[k] - first[k] + 1) + after(k) / 2;
                }
                y = top[k] + height[k] + (gap == 0 ? 0 : after(k) / 2);
            }
        }

        /**
         * The blank lines between a table's rows, from its rows' spacing: the median count of blank lines after a one-line
         * row (one text line, nothing taller) when at least {@value #SPACED} such rows are followed by a row, 0 when that
         * median is 0.
         */
        static int spacing(int[] first, int[] last, int[] tallest) {
            int[] blank = new int[first.length];
            for (int k = 0; k + 1 < first.length; k++) {
                blank[k] = Math.max(0, first[k + 1] - last[k] - 1);
            }
            return spacing(first, last, tallest, blank);
        }

        /**
         * As {@link #spacing(int[], int[], int[])}, counting per row the blank lines after it as given: a line between
         * two rows that holds a label's text is no padding (the row is as tall as the label wrapped in it: 社会效益指 /
         * 标 round a one-line name), and the lines across a page break are the page's furniture (-1: not counted).
         */
        static int spacing(int[] first, int[] last, int[] tallest, int[] blank) {
            List<Integer> gaps = new java.util.ArrayList<>();
            for (int k = 0; k + 1 < first.length; k++) {
                if (tallest[k] == 1 && first[k] == last[k] && first[k + 1] > last[k] && blank[k] >= 0) {
                    gaps.add(blank[k]);
                }
            }
            if (gaps.size() < SPACED) {
                return 0;
            }
            java.util.Collections.sort(gaps);
            int median = gaps.get((gaps.size() - 1) / 2);
            return median >= MIN_GAP ? median : 0;
        }

        /** The blank lines between the table's rows the ruler measures by, 0 where it measures rows line on line. */
        int spacing() {
            return gap;
        }

        /** The ruler of rows printed line on line, or null when this is it. */
        Ruler plain() {
            return gap == 0 ? null : new Ruler(this);
        }

        double top(int k) {
            return top[k];
        }

        double bottom(int k) {
            return top[k] + height[k];
        }

        /** Where a text line (or a point between lines) stands. */
        double at(double line) {
            int n = first.length;
            if (gap > 0) {
                return spaced(line);
            }
            if (line < first[0]) {
                return top[0] - (first[0] - line);
            }
            for (int k = 0; k < n; k++) {
                if (first[k] <= line && line <= last[k] + 0.5) {
                    double share = (line - first[k] + 0.5) / (last[k] - first[k] + 1);
                    return top[k] + PAD / 2 + Math.min(1, share) * (height[k] - PAD);
                }
                if (k + 1 < n && line < first[k + 1]) {
                    return top[k + 1];
                }
            }
            return bottom(n - 1) + (line - last[n - 1]);
        }

        /** A line's place in a spaced table: where it is printed, from its row's first line (or the last row's). */
        private double spaced(double line) {
            int n = first.length;
            for (int k = 0; k < n; k++) {
                double begin = top[k] + (k == 0 ? gap : after(k - 1)) / 2;
                if (line < first[k]) {
                    if (k == 0) {
                        return begin - (first[0] - line) + 0.5;
                    }
                    double printed = first[k] - last[k - 1] - 1;
                    double share = printed <= 0 ? 1 : (line - last[k - 1] - 0.5) / printed;
                    return top[k] - after(k - 1) / 2 + share * after(k - 1);
                }
                if (line <= last[k] || k == n - 1) {
                    return begin + (line - first[k]) + 0.5;
                }
            }
            return bottom(n - 1);
        }
    }

    /** How many blank lines between one-line rows make a table spaced. */
    private static final int MIN_GAP = 1;
    /** How many one-line rows must be spaced before a table's padding is read from their spacing. */
    private static final int SPACED = 3;
}
