package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables: a line {@code | a | b |} is a table row (its cells split on unescaped
 * pipes), a delimiter line {@code |---|:--|} is skipped, every other non-blank line is prose.
 */
final class MarkdownReader {
    private static final Pattern DELIMITER = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");

    private MarkdownReader() {
    }

    static Document read(String text, String source) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            if (t.startsWith("|")) {
                if (DELIMITER.matcher(t).matches()) {
                    continue;
                }
                rows.add(new Row(split(t, lineNo), true, Locator.line(lineNo)));
            } else {
                rows.add(Row.prose(t, Locator.line(lineNo)));
            }
        }
        return new Document(source, rows);
    }

    static List<Cell> split(String t, int lineNo) {
        List<Cell> cells = new ArrayList<>();
        int start = 1;
        StringBuilder cur = new StringBuilder();
        int end = t.endsWith("|") && t.length() > 1 && t.charAt(t.length() - 2) != '\\' ? t.length() - 1 : t.length();
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < end && t.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(new Cell(cur.toString().strip(), new Locator(lineNo, cells.size() + 1, null)));
                cur.setLength(0);
                start = i + 1;
            } else {
                cur.append(c);
            }
        }
        cells.add(new Cell(cur.toString().strip(), new Locator(lineNo, cells.size() + 1, null)));
        return cells;
    }
}
