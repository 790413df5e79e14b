package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated text: a line with a tab is a table row, other non-blank lines are prose. */
final class TsvReader {
    private TsvReader() {
    }

    static Document read(String text, String source) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            if (line.indexOf('\t') >= 0) {
                String[] parts = line.split("\t", -1);
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < parts.length; c++) {
                    cells.add(new Cell(parts[c].strip(), new Locator(lineNo, c + 1, null)));
                }
                rows.add(new Row(cells, true, Locator.line(lineNo)));
            } else {
                rows.add(Row.prose(line.strip(), Locator.line(lineNo)));
            }
        }
        return new Document(source, rows);
    }
}
