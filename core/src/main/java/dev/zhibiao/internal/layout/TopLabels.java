package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Chunk;
import dev.zhibiao.internal.layout.LaidOutTable.Out;
import java.util.List;

/**
 * A laid-out table that prints each category label on the first row of its group, not centred in a cell merged
 * down the group (a sheet written with a label on its group's first row and empty cells under it, as an office
 * suite prints a web page's table: 一、产出指标 on the row of 1.老年人健康体检人次, the four rows under it empty in the
 * level-1 column). {@link LaidOutLabels#place} reads labels as centred in their groups, so a label of the third row
 * whose second row's cell is empty went up onto the second row. Which way the sheet prints is read from the label
 * columns themselves: every label stands on the lines of a row of its own (the one-row middle of a top-labelled group),
 * and the best centred reading of the same labels stands at least a line farther from where they are printed.
 */
final class TopLabels {
    private TopLabels() {
    }

    /** The diagnostic code of a label kept on the row it is printed on. */
    static final String CODE = "label-at-group-top";

    /** How much farther (in lines, over all label columns) the centred reading must stand from the printed labels. */
    private static final double WORSE = 1.0;

    /**
     * The rows the labels of each label column are printed on, by column, when the table prints its labels on their
     * groups' first rows; otherwise null. Asked only of a table printed with a line or more between two rows in three or
     * more (a row the reader cut in two aside; there a label centred down two rows stands between them, on no row's
     * lines); not of rows printed line on line,
     * where a centred label stands on one of its rows' lines and the ruler's measure (a row's tallest cell, its padding)
     * is too coarse to tell it from one on its group's first row, nor of a table cut by a page break (its labels' places
     * are measured across the break's furniture).
     *
     * @param rows    the table's rows (each with the lines it spans)
     * @param chunks  per column, its printed chunks
     * @param columns the label columns
     * @param pageEnd per row, whether a page ends there
     * @param ruler   where the table's lines stand
     * @return per label column (by index), the row each label is printed on and the row a centred reading puts it on; or null
     */
    static java.util.Map<Integer, int[][]> at(List<Out> rows, List<List<Chunk>> chunks, List<Integer> columns,
                                            boolean[] pageEnd, LaidOutLabels.Ruler ruler) {
        int apart = 0;
        for (int k = 0; k + 1 < rows.size(); k++) {
            apart += rows.get(k + 1).first > rows.get(k).last + 1 ? 1 : 0;
        }
        if (3 * apart < 2 * (rows.size() - 1)) {
            return null; // rows printed line on line: a label centred down two rows may stand on either's line
        }
        for (boolean b : pageEnd) {
            if (b) {
                return null;
            }
        }
        java.util.Map<Integer, int[][]> out = new java.util.HashMap<>();
        double top = 0;
        double centred = 0;
        for (int c : columns) {
            List<Chunk> labels = chunks.get(c);
            if (labels.isEmpty()) {
                continue;
            }
            int[] on = printedOn(rows, labels);
            if (on == null) {
                return null;
            }
            for (int e = 0; e < labels.size(); e++) {
                top += Math.abs(ruler.at(labels.get(e).centre()) - (ruler.top(on[e]) + ruler.bottom(on[e])) / 2);
            }
            LabelPlacement.GroupCost cost = (e, i, j) ->
                    Math.abs(ruler.at(labels.get(e).centre()) - (ruler.top(i) + ruler.bottom(j - 1)) / 2);
            int[] starts = LabelPlacement.groupStarts(rows.size(), labels.size(), cost);
            out.put(c, new int[][] {on, starts});
            for (int e = 0; e < labels.size(); e++) {
                int end = e + 1 < labels.size() ? starts[e + 1] : rows.size();
                centred += cost.of(e, starts[e], end);
            }
        }
        return !out.isEmpty() && centred >= top + WORSE ? out : null;
    }

    /**
     * The row each label stands on, its lines within the row's lines, one label a row in order; null when a label
     * stands between rows or shares a row.
     */
    static int[] printedOn(List<Out> rows, List<Chunk> labels) {
        int[] on = new int[labels.size()];
        int from = 0;
        for (int e = 0; e < labels.size(); e++) {
            Chunk l = labels.get(e);
            int k = from;
            while (k < rows.size() && !(rows.get(k).first <= l.first && l.last <= rows.get(k).last)) {
                k++;
            }
            if (k == rows.size()) {
                return null;
            }
            on[e] = k;
            from = k + 1;
        }
        return on;
    }

    /**
     * Puts each label on the row it is printed on ({@code at[0]}); the labels a centred reading ({@code at[1]}) would have
     * put elsewhere are noted in {@code kept} by row.
     *
     * @return the rows, as {@link LaidOutLabels#place} returns its groups' first rows
     */
    static int[] keep(List<Out> rows, List<Chunk> labels, int c, int[][] at, java.util.Map<Integer, String> kept) {
        int[] on = at[0];
        for (int e = 0; e < labels.size(); e++) {
            String t = labels.get(e).text.toString();
            rows.get(on[e]).put(c, t);
            if (at[1][e] != on[e]) {
                kept.merge(on[e], t, (a, b) -> a + " " + b);
            }
        }
        return on;
    }
}
