package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.ArrayList;
import java.util.List;

/** Where a laid-out table's columns usually start; moved out of {@link LaidOutTable} unchanged. */
final class ColumnStarts {
    private ColumnStarts() {
    }

    /** Each column's usual start: the median start of its cells on lines of two cells or more (of all lines when fewer than three), or -1. */
    static int[] usualStarts(List<Line> lines, int width) {
        return usualStarts(lines, width, -1);
    }

    /**
     * As {@link #usualStarts(List, int)}, where the name column's usual start, when its cells split evenly between two
     * starts, is the left one: a short text last on its line reads as a name as well as a qualitative value
     * (按文件完成补助, 成效明显), the content alone may put it under the name, and such texts stand right of the names (a
     * value follows its name), never left of them.
     *
     * @param nameAt the name column, or -1
     */
    static int[] usualStarts(List<Line> lines, int width, int nameAt) {
        return usualStarts(lines, width, nameAt, null);
    }

    /**
     * As {@link #usualStarts(List, int, int)}, where the heading's word starts are known: the name column's usual start
     * leaves out the cells that start nearer (by two or more) the next column's heading word than the name's. Such a cell
     * stands under the value's heading and was placed in the name column by its content alone (a qualitative value,
     * 按文件完成补助人, on a line whose name is printed on the line above): names are printed under their own heading,
     * left-aligned (starting left of it) or centred on it, never past the middle between it and the next.
     *
     * @param heading where each heading word starts, or null
     */
    static int[] usualStarts(List<Line> lines, int width, int nameAt, int[] heading) {
        int[] usual = new int[width];
        for (int c = 0; c < width; c++) {
            boolean underOwn = c == nameAt && heading != null && heading.length == width && c + 1 < width && heading[c] >= 0
                    && heading[c + 1] > heading[c];
            List<Integer> xs = underOwn ? underOwn(starts(lines, c, true), heading[c], heading[c + 1]) : starts(lines, c, true);
            if (xs.size() < 3) {
                xs = underOwn ? underOwn(starts(lines, c, false), heading[c], heading[c + 1]) : starts(lines, c, false);
            }
            java.util.Collections.sort(xs);
            usual[c] = xs.size() < 2 ? -1 : xs.get(c == nameAt ? (xs.size() - 1) / 2 : xs.size() / 2);
        }
        return usual;
    }

    /** The starts not nearer (by two or more) {@code next} than {@code own}. */
    private static List<Integer> underOwn(List<Integer> xs, int own, int next) {
        List<Integer> out = new ArrayList<>(xs.size());
        for (int x : xs) {
            if (Math.abs(x - next) + 2 > Math.abs(x - own)) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * Where a column's cells start: on lines split into two cells or more (where the split says which
     * column each is), or on every line. A category label's last characters on a line of their own ({@code 标},
     * {@code 指标}, {@link LaidOutPages#isLabelEnd}) are left out: they stand under their label's first line (centred, or
     * in whatever column the split gave them), not where any column starts; on a table's first page of one row, the
     * {@code 指标} under {@code 产出}, split into the name column, made the names' usual start the labels'.
     */
    static List<Integer> starts(List<Line> lines, int c, boolean split) {
        List<Integer> xs = new ArrayList<>();
        for (Line l : lines) {
            if (l.texts()[c] != null && l.starts()[c] >= 0 && (!split || cellCount(l.texts(), 2) >= 2)
                    && !LaidOutPages.isLabelEnd(dev.zhibiao.internal.text.Text.key(l.texts()[c]))) {
                xs.add(l.starts()[c]);
            }
        }
        return xs;
    }

    /** The texts neither null nor blank, counted up to {@code enough} (a loop: asked per line and column). */
    private static int cellCount(String[] texts, int enough) {
        int n = 0;
        for (int k = 0; k < texts.length && n < enough; k++) {
            if (texts[k] != null && !texts[k].isBlank()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The usual starts with each content column that has none (fewer than two cells say where it starts: a self-evaluation's
     * completions on a page of their own, one of them placed) given its heading word's start, where the heading is known:
     * the sheet prints where that column stands, and without it any text of the column moves to the nearest column that has
     * a usual start (layout36). Label columns keep none: their labels are placed by their own rules.
     */
    static int[] orHeading(int[] usual, int[] heading, List<ColumnFit.Role> roles) {
        if (heading == null || heading.length != usual.length) {
            return usual;
        }
        int[] out = usual;
        for (int c = 0; c < usual.length; c++) {
            if (usual[c] < 0 && heading[c] >= 0 && !LaidOutTable.isLabel(roles.get(c))) {
                out = out == usual ? usual.clone() : out;
                out[c] = heading[c];
            }
        }
        return out;
    }
}
