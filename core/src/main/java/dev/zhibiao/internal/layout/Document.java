package dev.zhibiao.internal.layout;

import java.util.List;

/**
 * A document as a reader sees it: its file name and its rows in source order.
 *
 * @param source the file name (no directories)
 * @param rows   table rows and prose lines in source order
 */
public record Document(String source, List<Row> rows) {
    /** Copies the rows. */
    public Document {
        rows = List.copyOf(rows);
    }
}
