package dev.zhibiao.internal.layout;

import java.util.List;
import java.util.NavigableSet;

/**
 * Which row of a laid-out table ({@code pdftotext -layout}) a cell goes to when it stands as near the row above it
 * as the row below and the row above ends on an earlier page: {@code pdftotext} prints a page's cells on that page, so
 * a page's first cell with no name beside it, as near the last row of the page before as the page's first row, is
 * the first row's (a value wrapped round its row's one-line name at a page's head, {@code 普遍} / {@code 开展门诊统筹} /
 * {@code 开展}, went to the row printed on the line before the page break, {@code 基金滚存结余可支付月数(月) | 6-9}).
 */
final class PageRows {
    private PageRows() {
    }

    /** The code of the note on a row given such a cell. */
    static final String CODE = "cell-to-its-page";

    /**
     * @param rows  the table's rows, by their name chunks
     * @param ch    a cell's lines
     * @param lines the table's lines
     * @param moved where the cell's first line goes when it is given to the row of its page
     * @return the row the cell goes to
     */
    static LaidOutTable.Out nearest(List<LaidOutTable.Out> rows, LaidOutTable.Chunk ch, List<LaidOutTable.Line> lines,
                                    NavigableSet<Integer> moved) {
        LaidOutTable.Out best = LaidOutTable.nearest(rows, ch);
        if (best == null || best.last >= ch.first) {
            return best;
        }
        LaidOutTable.Out below = null;
        for (LaidOutTable.Out r : rows) {
            if (r.first > ch.last && (below == null || r.first < below.first)) {
                below = r;
            }
        }
        if (below == null) {
            return best;
        }
        double up = ch.centre() - (best.first + best.last) / 2.0;
        double down = (below.first + below.last) / 2.0 - ch.centre();
        int page = page(lines, ch.first);
        if (down <= up && page(lines, best.last) < page && page(lines, below.first) == page && page(lines, ch.last) == page) {
            moved.add(ch.first);
            return below;
        }
        return best;
    }

    private static int page(List<LaidOutTable.Line> lines, int number) {
        for (LaidOutTable.Line l : lines) {
            if (l.number() == number) {
                return l.page();
            }
        }
        return Integer.MIN_VALUE;
    }

    /** A {@value #CODE} note on a row given a cell of its page's head. */
    static void note(Row row, int first, int last, NavigableSet<Integer> moved, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        for (Integer n : moved.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new java.util.ArrayList<>()).add(new dev.zhibiao.Diagnostic(CODE, "a cell at a page's head"
                    + " (line " + n + "), as near the row on the page before as this row of its own page, given to this row",
                    dev.zhibiao.Locator.line(n)));
        }
    }
}
