package dev.zhibiao.parsers.geometry;

import dev.zhibiao.internal.layout.Row;
import java.util.Arrays;

/**
 * A row with where it starts on its page, to put the rows of a page in reading order.
 *
 * @param top     the top of the row
 * @param left    the left of the row (or of its table)
 * @param row     the row
 * @param columns the left edges of a ruled table's grid columns, or null (not a ruled row)
 */
public record Placed(float top, float left, Row row, float[] columns) {
    /** A row that is not on a ruled grid. */
    public Placed(float top, float left, Row row) {
        this(top, left, row, null);
    }

    @Override
    public String toString() {
        return "Placed[" + top + "," + left + " " + row + (columns == null ? "" : " on " + Arrays.toString(columns)) + "]";
    }
}
