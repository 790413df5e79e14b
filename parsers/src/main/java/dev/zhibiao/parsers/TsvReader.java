package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text: a line with a tab is a table row, other non-blank lines are prose. A cell
 * that starts with a straight double quote is quoted the way spreadsheet programs export text
 * ("Unicode text", tab-delimited): it may hold tabs and line breaks, and {@code ""} stands for
 * one quote. Comma-separated values (a spreadsheet saved as CSV, RFC 4180) are read the same way
 * with the comma as the separator.
 */
final class TsvReader {
    private TsvReader() {
    }

    static Document read(String text, String source) {
        return read(text, source, '\t');
    }

    /** Comma-separated values: the same rows, cells split on commas outside quotes. */
    static Document readCsv(String text, String source) {
        return read(text, source, ',');
    }

    private static Document read(String text, String source, char sep) {
        List<Row> rows = new ArrayList<>();
        String[] lines = Lines.split(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            if (line.indexOf(sep) >= 0) {
                // tab-separated: one cell per tab and one more (a CSV line's commas may stand inside quotes)
                List<Cell> cells = sep == '\t' ? new ArrayList<>(separators(line, sep) + 1) : new ArrayList<>();
                i = cells(lines, i, cells, sep);
                rows.add(new Row(cells, true, Locator.line(lineNo)));
            } else {
                rows.add(Row.prose(line.strip(), Locator.line(lineNo)));
            }
        }
        return new Document(source, rows);
    }

    /** Reads the cells of the row starting at line {@code i}; returns the row's last line. */
    private static int cells(String[] lines, int i, List<Cell> out, char sep) {
        String line = lines[i];
        int lineNo = i + 1;
        StringBuilder cur = null; // a cell's text before its plain run, once it has a quoted part (made then)
        boolean quotedPart = false;
        int from = 0; // where the cell's current plain run starts on this line
        int p = 0;
        boolean atStart = true;
        while (true) {
            if (p >= line.length()) {
                out.add(new Cell(text(cur, quotedPart, line, from, p), new Locator(lineNo, out.size() + 1, null)));
                return i;
            }
            char c = line.charAt(p);
            if (atStart && c == '"') {
                Quoted q = quoted(lines, i, p, sep);
                if (q != null) {
                    if (cur == null) {
                        cur = new StringBuilder();
                    }
                    cur.append(line, from, p).append(q.text);
                    quotedPart = true;
                    i = q.line;
                    line = lines[i];
                    p = q.end;
                    from = p;
                    atStart = false;
                    continue;
                }
            }
            if (c == sep) {
                out.add(new Cell(text(cur, quotedPart, line, from, p), new Locator(lineNo, out.size() + 1, null)));
                if (cur != null) {
                    cur.setLength(0);
                }
                quotedPart = false;
                from = p + 1;
                atStart = true;
            } else {
                atStart = atStart && c == ' ';
            }
            p++;
        }
    }

    /** How many times {@code sep} stands in {@code line}: the cells of a one-line row, less one. */
    private static int separators(String line, char sep) {
        int n = 0;
        for (int i = line.indexOf(sep); i >= 0; i = line.indexOf(sep, i + 1)) {
            n++;
        }
        return n;
    }

    /** A cell's text, stripped: its plain run alone is one substring, no builder. */
    private static String text(StringBuilder cur, boolean quotedPart, String line, int from, int to) {
        return (quotedPart ? cur.append(line, from, to).toString() : line.substring(from, to)).strip();
    }

    /** A quoted cell's text, the line it ends on and the offset after its closing quote. */
    private record Quoted(String text, int line, int end) {
    }

    /**
     * Reads a quoted cell starting at {@code lines[i].charAt(p)}; null when the quote does not
     * close right before a separator or the end of a line (then the quote is part of the text, as in
     * {@code "一站式"结算}).
     */
    private static Quoted quoted(String[] lines, int i, int p, char sep) {
        StringBuilder b = new StringBuilder();
        String line = lines[i];
        int start = i;
        p++;
        while (true) {
            int q = line.indexOf('"', p);
            if (q < 0) {
                if (i + 1 >= lines.length || i - start >= 50) {
                    return null;
                }
                b.append(line, p, line.length()).append('\n');
                i++;
                line = lines[i];
                p = 0;
                continue;
            }
            if (q + 1 < line.length() && line.charAt(q + 1) == '"') {
                b.append(line, p, q + 1);
                p = q + 2;
                continue;
            }
            if (q + 1 < line.length() && line.charAt(q + 1) != sep) {
                return null;
            }
            b.append(line, p, q);
            return new Quoted(b.toString(), i, q + 1);
        }
    }
}
