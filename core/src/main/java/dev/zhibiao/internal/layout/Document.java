package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as a reader sees it: its file name and its rows in source order.
 *
 * @param source       the file name (no directories)
 * @param rows         table rows and prose lines in source order
 * @param printedLines true when the table rows are the printed lines of tables whose rows the reader
 *                     could not see (plain OCR text): a cell may wrap onto the lines below, and the
 *                     label of a merged cell is printed at the vertical middle of the lines it spans.
 *                     Recovery then joins wrapped lines and places labels by that rule.
 * @param notes        repairs the reader made in its rows (lines joined), by row (identity): they go
 *                     first among the diagnostics of the sheet holding the row
 */
public record Document(String source, List<Row> rows, boolean printedLines, Map<Row, List<Diagnostic>> notes) {
    /** Copies the rows and the notes. */
    public Document {
        rows = List.copyOf(rows);
        notes = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(notes));
    }

    /**
     * A document with no repairs of the reader's.
     *
     * @param source       the file name (no directories)
     * @param rows         table rows and prose lines in source order
     * @param printedLines the table rows are printed lines
     */
    public Document(String source, List<Row> rows, boolean printedLines) {
        this(source, rows, printedLines, Map.of());
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
