package dev.zhibiao.read;

import dev.zhibiao.Locator;
import java.util.List;
import java.util.Objects;

/**
 * The rows a reader made of a document, before layout recovery: table rows of cells and prose
 * lines, each with its position in the source. What recovery starts from, for auditing a
 * recovered sheet against its source (the command line's {@code rows}). Obtain with
 * {@link Zhibiao.SheetReader#rows(java.nio.file.Path)}.
 *
 * @param source the document's file name
 * @param rows   table rows and prose lines in source order
 */
public record SourceRows(String source, List<Row> rows) {

    /**
     * Copies the rows.
     *
     * @param source the document's file name
     * @param rows   table rows and prose lines in source order
     */
    public SourceRows {
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
    }

    /** @return one row per line, as {@link Row#toString()} prints it */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            b.append(r).append('\n');
        }
        return b.toString();
    }

    /**
     * One row: a table row (cells in printed order) or a line of prose (one cell).
     *
     * @param cells the cells in printed order
     * @param table true for a table row, false for a line of prose (a title, a year line, a note)
     * @param at    where the row starts ({@link Locator#UNKNOWN} for null)
     */
    public record Row(List<Cell> cells, boolean table, Locator at) {
        /**
         * Copies the cells.
         *
         * @param cells the cells in printed order
         * @param table true for a table row, false for a line of prose (a title, a year line, a note)
         * @param at    where the row starts ({@link Locator#UNKNOWN} for null)
         */
        public Row {
            cells = List.copyOf(cells);
            at = at == null ? Locator.UNKNOWN : at;
        }

        /** @return {@code "line 6 | 产出指标 | 数量指标 | 参保人数(人) | ≥299.68万人"} ({@code ~} for prose) */
        @Override
        public String toString() {
            return at + (table ? " | " : " ~ ") + String.join(" | ", cells.stream().map(Cell::text).toList());
        }
    }

    /**
     * One cell as printed.
     *
     * @param text the printed text (empty, never null, for an empty cell)
     * @param at   its position: line and cell index, or page ({@link Locator#UNKNOWN} for null)
     */
    public record Cell(String text, Locator at) {
        /**
         * Null text becomes empty.
         *
         * @param text the printed text (empty, never null, for an empty cell)
         * @param at   its position: line and cell index, or page ({@link Locator#UNKNOWN} for null)
         */
        public Cell {
            text = text == null ? "" : text;
            at = at == null ? Locator.UNKNOWN : at;
        }

        /** @return the text */
        @Override
        public String toString() {
            return text;
        }
    }
}
