package dev.zhibiao.internal.layout;

import java.util.List;

/**
 * A document as a reader sees it: its file name and its rows in source order.
 *
 * @param source       the file name (no directories)
 * @param rows         table rows and prose lines in source order
 * @param printedLines true when the table rows are the printed lines of tables whose rows the reader
 *                     could not see (plain OCR text): a cell may wrap onto the lines below, and the
 *                     label of a merged cell is printed at the vertical middle of the lines it spans.
 *                     Recovery then joins wrapped lines and places labels by that rule.
 */
public record Document(String source, List<Row> rows, boolean printedLines) {
    /** Copies the rows. */
    public Document {
        rows = List.copyOf(rows);
    }

    /**
     * A document whose table rows are the table's rows.
     *
     * @param source the file name (no directories)
     * @param rows   table rows and prose lines in source order
     */
    public Document(String source, List<Row> rows) {
        this(source, rows, false);
    }
}
