package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Text;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the OCR text reader joined from two printed lines ({@link WrappedRowTails}), found by its
 * notes on them: such a row takes two printed lines' places in the table, and its name is as wide
 * as two lines of its cell, so the cell's width is measured by its first printed line
 * ({@link PrintedLines#cellWidth}).
 */
final class TwoLineRows {
    private TwoLineRows() {
    }

    /**
     * The cells of the rows joined from two printed lines, as the reader's notes on them say ({@link
     * WrappedRowTails#firstLine}), each with its first printed line where a note names it: the first
     * cell of the row, not yet taken, that opens with the line a note names (a cell whose characters
     * the OCR repairs changed there keeps an empty line).
     *
     * @param rows  a segment's rows
     * @param notes the reader's and the OCR repairs' notes, by row (identity)
     * @return the cells (identity) with their first printed lines; empty when no row was joined so
     */
    static Map<Cell, String> cells(List<Row> rows, Map<Row, List<Diagnostic>> notes) {
        Map<Cell, String> out = null;
        for (Row r : rows) {
            for (Diagnostic n : notes.getOrDefault(r, List.of())) {
                String first = WrappedRowTails.firstLine(n);
                if (first == null) {
                    continue;
                }
                if (out == null) {
                    out = new IdentityHashMap<>();
                }
                for (Cell c : r.cells()) {
                    out.putIfAbsent(c, "");
                }
                String k = Text.key(first);
                for (Cell c : r.cells()) {
                    if (out.get(c).isEmpty() && !k.isEmpty() && Text.key(c.text()).startsWith(k)) {
                        out.put(c, first);
                        break;
                    }
                }
            }
        }
        return out == null ? Map.of() : out;
    }

    /**
     * @param row      a row of the table
     * @param twoLines {@link SheetDraft#twoLineCells}
     * @return true when the reader joined the row from two printed lines
     */
    static boolean of(Row row, Map<Cell, String> twoLines) {
        return firstLine(row, twoLines) != null;
    }

    /**
     * @param row      a row of the table
     * @param twoLines {@link SheetDraft#twoLineCells}
     * @return the first printed line of a cell of a row joined from two printed lines (empty where
     *         not known), or null when the row was not joined so
     */
    static String firstLine(Row row, Map<Cell, String> twoLines) {
        if (twoLines.isEmpty()) {
            return null;
        }
        for (Cell c : row.cells()) {
            String first = twoLines.get(c);
            if (first != null) {
                return first;
            }
        }
        return null;
    }
}
