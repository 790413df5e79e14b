package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import java.util.List;

/**
 * One row of a document: a table row (cells in printed order) or a prose line (one cell, not in a
 * table). Readers turn every rendering into a list of rows; recovery does the rest.
 *
 * @param cells the cells in printed order
 * @param table true for a table row, false for a line of prose (a title, a year line, a note)
 * @param at    where the row starts
 */
public record Row(List<Cell> cells, boolean table, Locator at) {
    /** Copies the cells. */
    public Row {
        cells = List.copyOf(cells);
        at = at == null ? Locator.UNKNOWN : at;
    }

    /** @return a prose line */
    public static Row prose(String text, Locator at) {
        return new Row(List.of(new Cell(text, at)), false, at);
    }

    /** @return all cell texts joined by a space */
    public String text() {
        int only = -1; // a row of one non-empty cell (most prose lines): its text stripped, no builder
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                if (only >= 0) {
                    only = -2;
                    break;
                }
                only = i;
            }
        }
        if (only == -1) {
            return "";
        }
        if (only >= 0) {
            return cells.get(only).text().strip();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (!c.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(c.text().strip());
            }
        }
        return b.toString();
    }

    /** @return true when every cell is empty */
    public boolean isEmpty() {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return at + (table ? " | " : " ~ ") + String.join(" | ", cells.stream().map(Cell::text).toList());
    }
}
