package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows from the plain text of an OCR engine: each line's pieces (text between runs of spaces and
 * the table's rules, cut by the reader) become cells; a line of one piece that is a title or a year
 * is prose.
 */
public final class OcrTextRows {
    private OcrTextRows() {
    }

    /**
     * One line of OCR text.
     *
     * @param cells   its pieces, in order, marked as read by an engine
     * @param indent  the spaces before its first piece
     */
    public record Line(List<Cell> cells, int indent) {
        /** Copies the cells. */
        public Line {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param lines the document's non-blank lines in order
     * @return its rows
     */
    public static List<Row> rows(List<Line> lines) {
        List<Row> out = new ArrayList<>();
        for (Line l : lines) {
            Cell first = l.cells().get(0);
            Locator at = new Locator(first.at().line(), null, first.at().page());
            if (l.cells().size() == 1 && (SpacedRows.isTitle(first.text()) || SpacedRows.isYear(first.text()))) {
                out.add(new Row(l.cells(), false, at));
            } else {
                out.add(new Row(l.cells(), true, at));
            }
        }
        return out;
    }
}
