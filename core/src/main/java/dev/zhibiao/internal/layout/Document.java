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
 * @param cellsUnseen  true when the reader laid an OCR engine's words out by position on pages read without
 *                     their image (word boxes alone): the columns are the table's, but each table row is a
 *                     line the engine read, and a merged cell's label stands on the line it was printed on,
 *                     not on its cell's first row. Recovery then tells from the table whether its labels
 *                     are printed at their cells' middles ({@link CentredOcrGroups}).
 */
public record Document(String source, List<Row> rows, boolean printedLines, Map<Row, List<Diagnostic>> notes,
                       boolean cellsUnseen) {
    /** Copies the rows and the notes. */
    public Document {
        rows = List.copyOf(rows);
        notes = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(notes));
    }

    /**
     * A document whose rows are cells as the reader saw them, or printed lines.
     *
     * @param source       the file name (no directories)
     * @param rows         table rows and prose lines in source order
     * @param printedLines the table rows are printed lines
     * @param notes        the reader's repairs, by row
     */
    public Document(String source, List<Row> rows, boolean printedLines, Map<Row, List<Diagnostic>> notes) {
        this(source, rows, printedLines, notes, false);
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
