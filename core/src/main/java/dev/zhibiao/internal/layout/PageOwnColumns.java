package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The content cells of a later page placed by its labels ({@link LaidOutPages#shiftedPages}) placed again by the page's own
 * starts, in order, where moving every cell the same number of columns right overshoots. pdftotext {@code -layout} closes a
 * page up round its empty lead column unevenly: the labels move one column left, but the names, values and completions
 * move further (a self-evaluation's later page: labels at 1 and 6, names at 9–14, values at 24, completions at 36; the
 * first page's names at 14, values at 29, completions at 45). Taken each by the first page's nearest column and moved one
 * right, the names went into the values, the values into the completions and the completions into the notes, a column
 * the first page leaves empty.
 *
 * <p>What says so is the page itself: the shift puts cells into a content column (the name column and right of it) that
 * holds no cell on the table's first page, and the starts of the page's content cells fall into exactly as many groups as
 * the first page fills content columns, each group apart from the next by a gap at least {@link #APART} characters wide
 * and twice the widest gap inside a group. Then the groups, left to right, are those columns, left to right; a line whose
 * content cells do not fall into groups in their order along the line keeps the shift's columns.
 */
final class PageOwnColumns {
    private PageOwnColumns() {
    }

    /** The narrowest gap between two groups of a page's content starts (characters). */
    static final int APART = 4;

    /**
     * @param firstLines the table's first page's lines as the split read them
     * @param placed     the page's lines as the shift placed them (null: a line the shift kept as the split read it)
     * @param roles      the table's column roles
     * @return the page's lines placed again by their own groups of starts, or null when the page gives no such groups
     */
    static List<Line> placed(List<Line> firstLines, List<Line> placed, List<ColumnFit.Role> roles) {
        int width = roles.size();
        int nameAt = roles.indexOf(ColumnFit.Role.NAME);
        if (nameAt < 0) {
            return null;
        }
        List<Integer> filled = new ArrayList<>();
        for (int c = nameAt; c < width; c++) {
            if (LaidOutTable.isLabel(roles.get(c))) {
                return null;
            }
            final int col = c;
            if (firstLines.stream().anyMatch(l -> l.texts()[col] != null && !l.texts()[col].isBlank())) {
                filled.add(c);
            }
        }
        if (filled.size() < 2) {
            return null;
        }
        boolean overshoots = false;
        TreeSet<Integer> starts = new TreeSet<>();
        for (Line l : placed) {
            if (l == null) {
                continue;
            }
            for (int c = nameAt; c < width; c++) {
                if (l.texts()[c] == null || l.texts()[c].isBlank()) {
                    continue;
                }
                overshoots |= !filled.contains(c);
                if (l.starts()[c] >= 0) {
                    starts.add(l.starts()[c]);
                }
            }
        }
        if (!overshoots) {
            return null;
        }
        int[] bounds = groups(new ArrayList<>(starts), filled.size());
        if (bounds == null) {
            return null;
        }
        List<Line> out = new ArrayList<>();
        for (Line l : placed) {
            out.add(l == null ? null : inGroups(l, nameAt, bounds, filled));
        }
        return out;
    }

    /**
     * The starts of {@code k} groups' right ends (the last start of each group but the last), cut at the {@code k - 1} widest gaps
     * between the sorted starts, or null when those gaps are not {@link #APART} wide or not twice the widest other gap.
     */
    static int[] groups(List<Integer> sorted, int k) {
        if (sorted.size() < k) {
            return null;
        }
        Integer[] gapAt = new Integer[sorted.size() - 1];
        for (int i = 0; i < gapAt.length; i++) {
            gapAt[i] = i;
        }
        Arrays.sort(gapAt, (a, b) -> Integer.compare(gap(sorted, b), gap(sorted, a)));
        int narrowestCut = Integer.MAX_VALUE;
        int[] cuts = new int[k - 1];
        for (int i = 0; i < k - 1; i++) {
            cuts[i] = gapAt[i];
            narrowestCut = Math.min(narrowestCut, gap(sorted, gapAt[i]));
        }
        int widestInside = k - 1 < gapAt.length ? gap(sorted, gapAt[k - 1]) : 0;
        if (narrowestCut < APART || narrowestCut < 2 * widestInside) {
            return null;
        }
        Arrays.sort(cuts);
        int[] bounds = new int[k - 1];
        for (int i = 0; i < k - 1; i++) {
            bounds[i] = sorted.get(cuts[i]);
        }
        return bounds;
    }

    private static int gap(List<Integer> sorted, int i) {
        return sorted.get(i + 1) - sorted.get(i);
    }

    /** The group of a start: how many group ends stand left of it. */
    private static int group(int x, int[] bounds) {
        int g = 0;
        while (g < bounds.length && x > bounds[g]) {
            g++;
        }
        return g;
    }

    /** The line with its content cells in the columns of their groups, or as it is when they are not in order along it. */
    private static Line inGroups(Line l, int nameAt, int[] bounds, List<Integer> filled) {
        int width = l.texts().length;
        String[] texts = l.texts().clone();
        int[] starts = l.starts().clone();
        int last = -1;
        int[] to = new int[width];
        Arrays.fill(to, -1);
        for (int c = nameAt; c < width; c++) {
            if (l.texts()[c] == null || l.texts()[c].isBlank()) {
                continue;
            }
            if (l.starts()[c] < 0) {
                return l; // a packed cell: its start says nothing
            }
            int g = group(l.starts()[c], bounds);
            if (g <= last) {
                return l;
            }
            last = g;
            to[c] = filled.get(g);
        }
        for (int c = nameAt; c < width; c++) {
            if (to[c] >= 0) {
                texts[c] = null;
                starts[c] = -1;
            }
        }
        for (int c = nameAt; c < width; c++) {
            if (to[c] >= 0) {
                texts[to[c]] = l.texts()[c];
                starts[to[c]] = l.starts()[c];
            }
        }
        return new Line(l.number(), texts, starts, l.page());
    }
}
