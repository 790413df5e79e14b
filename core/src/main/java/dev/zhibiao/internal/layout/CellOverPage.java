package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.LaidOutTable.FULL;
import static dev.zhibiao.internal.layout.LaidOutTable.ITEM_NUMBER;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.LaidOutTable.Chunk;
import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * A wrapped cell's last line carried over a page break in a {@code pdftotext -layout} table: the page's foot and the
 * next page's head print blank lines and page furniture between the cell's lines, so they stand further apart than any
 * wrap ({@link LaidOutChunks#wraps}) and look like the space between rows ({@link LaidOutChunks#apart}). The line before
 * the break reaches its column's width (it wraps), and the later page opens with a line holding that column's text
 * alone, with nothing printed on the line under it: a new row would print its value or label beside its name, or go on
 * with the name on the next line ({@code 重点对象住院政策范围内个人自负} / {@code 医疗费用大病保险起付线以上部分} /
 * {@code - 15 -} / {@code 年度限额内救助比例}). Asked of the name column ({@link LaidOutChunks#names}); written for any
 * column, it is not asked of values yet (a worded value's last line over a break, {@code 对象按规定纳入} / {@code 救助范围},
 * stays a lead: on the print that has one, the page after is placed a column off first).
 */
final class CellOverPage {
    private CellOverPage() {
    }

    /** The code of the note on a row whose cell's last line was joined to it over a page break. */
    static final String CODE = "cell-over-page";

    /** Notes on {@code row} each of its lines (between {@code first} and {@code last}) joined to a cell over a page break. */
    static void note(Row row, int first, int last, NavigableSet<Integer> joined, Map<Row, List<Diagnostic>> notes) {
        for (Integer n : joined.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new Diagnostic(CODE, "a line opening a page alone in its column,"
                    + " after the page before's last line of that column as wide as the column, read as the end of that wrapped cell (line " + n
                    + ")", Locator.line(n)));
        }
    }

    /**
     * Whether the line {@code next} ends the cell {@code open} of its column across a page break: {@code next} is its
     * page's first line of the table and {@code open}'s last line its page's last; {@code open}'s last line is as wide as
     * the column's widest; {@code next} holds no cell but the column's, the line under it none at all, and its text opens
     * no item and is no category label.
     *
     * @param byNumber the table's lines by number
     * @param column   the cell's column
     * @param widest   the column's widest text
     */
    static boolean goesOn(Chunk open, Line next, Map<Integer, Line> byNumber, int column, double widest) {
        Line last = byNumber.get(open.last);
        if (last == null || next.page() <= last.page() || open.lastWidth < widest - FULL || widest < 4) {
            return false;
        }
        for (int n = open.last + 1; n < next.number(); n++) {
            if (byNumber.containsKey(n)) {
                return false; // a line of the table between: not the page's last and the next page's first
            }
        }
        for (int c = 0; c < next.texts().length; c++) {
            if (c != column && next.texts()[c] != null && !next.texts()[c].isBlank()) {
                return false;
            }
        }
        Line under = byNumber.get(next.number() + 1);
        if (under != null && java.util.Arrays.stream(under.texts()).anyMatch(t -> t != null && !t.isBlank())) {
            return false;
        }
        String t = next.texts()[column];
        return !Rx.find(ITEM_NUMBER, Text.key(t)) && ColumnFit.category(t) == null;
    }
}
