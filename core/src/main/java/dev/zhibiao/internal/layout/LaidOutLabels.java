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
                               boolean[] pageEnd) {
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
        int[] starts = LabelPlacement.groupStarts(n, m, (e, i, j) -> {
            double at = labels.get(e).centre();
            double first = rows.get(i).first;
            double last = rows.get(j - 1).last;
            double cost = Math.abs(at - (first + last) / 2);
            for (int k = i; k < j; k++) {
                if (pageEnd[k]) { // a merged cell cut by the page's end is printed at the top of its first part
                    cost = Math.min(cost, Math.abs(at - first));
                    break;
                }
            }
            if (at < first - 1 || at > last + 1) {
                cost += OUTSIDE;
            }
            if (level2 != null && i > 0 && java.util.Arrays.stream(level2).noneMatch(s -> s == i)) {
                cost += OFF_LEVEL2;
            }
            Vocabulary.Category cat = Vocabulary.category(labels.get(e).text.toString());
            for (int k = i; under != null && cat != null && k < j; k++) {
                if (under[k] != null && under[k].parent() != null && !under[k].parent().equals(cat.label())
                        && !under[k].label().equals(cat.label())) {
                    cost += NOT_PARENT; // a level-2 label under a level-1 label that is not its own
                }
            }
            return cost;
        });
        for (int g = 0; g < m; g++) {
            rows.get(starts[g]).put(c, labels.get(g).text.toString());
        }
        return starts;
    }
}
