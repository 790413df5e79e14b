package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;

/**
 * A cell of a line printed packed by {@code pdftotext -layout}, for {@link LaidOutTable#realigned}: where a cell is printed
 * left of its column's usual start (a name one space after a wide category label, {@code 社会成本指标 对健全医疗保障制度体系的影响}),
 * the cells after it on the line drift left by as much (pdftotext's character columns are counted over the wide glyphs
 * before them), so a value one space after that name ({@code … 成效明显}) may start nearer the name column's usual start than
 * its own. Such a cell is measured from the cell before it: moved right by as much as that cell is left of its usual
 * start, it keeps its column unless it is still nearer the one the split put the cell before it in. Only a move into the
 * column of the cell before it on the line (a join after that cell's text) is asked, only where that cell is packed after
 * the cells before it (every column from the first up to it holds text on the line: the labels that pushed it left; a
 * name alone on its line left of its column, {@code 政策知晓率 参保群众政策知晓率}, says nothing of the line), and only where that cell stays in
 * its column (no other column's usual start is nearer it by two: a wrapped label's 标 read as a name measures nothing).
 */
final class PackedLineCells {
    private PackedLineCells() {
    }

    /** The code of the note on a row whose cell kept its column this way. */
    static final String CODE = "packed-cell-kept";

    /** How far left of its usual start the cell before must start to count as packed (realigned's move margin). */
    private static final int PACKED = 2;

    /**
     * Whether cell {@code c} of the line stays in its column where its start alone moves it into column {@code to}.
     *
     * @param l     the line as split
     * @param c     the cell's column
     * @param to    the column its start is nearest
     * @param first the table's first column under a lead (0, or 1 after a lead column)
     * @param usual each column's usual start
     * @return whether the cell keeps column {@code c}
     */
    static boolean stays(Line l, int c, int to, int first, int[] usual) {
        if (to >= c || l.texts()[to] == null || l.texts()[to].isBlank() || l.starts()[to] < 0 || usual[to] < 0 || usual[c] < 0) {
            return false;
        }
        for (int k = to + 1; k < c; k++) {
            if (l.texts()[k] != null && !l.texts()[k].isBlank()) {
                return false; // not the cell right before it
            }
        }
        if (!LaidOutTable.anchored(l, to, first)) {
            return false; // the cell before is not packed after the cells before it: nothing pushed it
        }
        int shift = usual[to] - l.starts()[to];
        if (shift < PACKED) {
            return false;
        }
        for (int k = 0; k < usual.length; k++) {
            if (usual[k] >= 0 && Math.abs(l.starts()[to] - usual[k]) + 2 <= shift) {
                return false; // the cell before is nearer another column's start: misplaced itself (a label's 标), no measure
            }
        }
        int x = l.starts()[c] + shift;
        return Math.abs(x - usual[to]) > Math.abs(x - usual[c]) + 2;
    }
}
