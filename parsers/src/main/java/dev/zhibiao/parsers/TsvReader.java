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
        // line bounds, not line strings: a cell is one substring of the text, its line none
        int[] lines = Lines.bounds(text);
        CellList cells = new CellList(); // one for the document: each row's list is made from it
        Lines.Texts texts = Lines.Texts.forDocument(); // equal cell texts of the document made once
        for (int i = 0; i < lines.length / 2; i++) {
            int from = lines[2 * i];
            int to = lines[2 * i + 1];
            if (Lines.blank(text, from, to)) {
                continue;
            }
            Integer lineNo = i + 1; // boxed once: every cell's locator of the row shares it
            int at = text.indexOf(sep, from);
            if (at >= 0 && at < to) {
                cells.clear();
                i = cells(text, lines, i, lineNo, cells, sep, texts);
                rows.add(new Row(cells.list(), true, new Locator(lineNo, null, null)));
            } else {
                Locator loc = new Locator(lineNo, null, null);
                rows.add(Row.prose(texts.stripped(text, from, to), loc));
            }
        }
        return new Document(source, rows);
    }

    /**
     * The cells of a row, gathered in an array kept for the document's rows: each row's list is one
     * array of its size (the fixed-arity {@code List.of} keeps the array it is given; the varargs one
     * copies it).
     */
    private static final class CellList {
        private Cell[] cells = new Cell[16];
        private int size;
        /** Where the last quoted cell read ({@link #quoted}) ends: its line and the offset after its closing quote. */
        int quotedLine;
        int quotedEnd;

        /** Empties the list for the next row. */
        void clear() {
            java.util.Arrays.fill(cells, 0, size, null);
            size = 0;
        }

        void add(Cell c) {
            if (size == cells.length) {
                cells = java.util.Arrays.copyOf(cells, size * 2);
            }
            cells[size++] = c;
        }

        int size() {
            return size;
        }

        /** An unmodifiable list, which {@link Row} keeps as it is ({@code List.copyOf} of it is itself). */
        List<Cell> list() {
            Cell[] c = cells;
            return switch (size) {
                case 1 -> List.of(c[0]);
                case 2 -> List.of(c[0], c[1]);
                case 3 -> List.of(c[0], c[1], c[2]);
                case 4 -> List.of(c[0], c[1], c[2], c[3]);
                case 5 -> List.of(c[0], c[1], c[2], c[3], c[4]);
                case 6 -> List.of(c[0], c[1], c[2], c[3], c[4], c[5]);
                case 7 -> List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
                case 8 -> List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
                case 9 -> List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
                case 10 -> List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
                default -> List.of(java.util.Arrays.copyOf(c, size));
            };
        }
    }

    /** Reads the cells of the row starting at line {@code i}; returns the row's last line. */
    private static int cells(String text, int[] lines, int i, Integer lineNo, CellList out, char sep,
                             Lines.Texts texts) {
        int end = lines[2 * i + 1];
        StringBuilder cur = null; // a cell's text before its plain run, once it has a quoted part (made then)
        String quotedOnly = null; // a quoted part right at the cell's start (most quoted cells): no builder
        boolean quotedPart = false;
        int from = lines[2 * i]; // where the cell's current plain run starts on this line
        int p = from;
        boolean atStart = true;
        while (true) {
            if (p >= end) {
                out.add(new Cell(text(cur, quotedOnly, quotedPart, text, from, p, texts),
                        new Locator(lineNo, out.size() + 1, null)));
                return i;
            }
            char c = text.charAt(p);
            if (atStart && c == '"') {
                String q = quoted(text, lines, i, p, sep, out);
                if (q != null) {
                    // at a cell's start nothing of the cell is in cur (emptied at each separator)
                    if (from == p) {
                        quotedOnly = q;
                    } else {
                        if (cur == null) {
                            cur = new StringBuilder();
                        }
                        cur.append(text, from, p).append(q);
                    }
                    quotedPart = true;
                    i = out.quotedLine;
                    end = lines[2 * i + 1];
                    p = out.quotedEnd;
                    from = p;
                    atStart = false;
                    continue;
                }
            }
            if (c == sep) {
                out.add(new Cell(text(cur, quotedOnly, quotedPart, text, from, p, texts),
                        new Locator(lineNo, out.size() + 1, null)));
                if (cur != null) {
                    cur.setLength(0);
                }
                quotedOnly = null;
                quotedPart = false;
                from = p + 1;
                atStart = true;
            } else {
                atStart = atStart && c == ' ';
            }
            p++;
        }
    }

    /** A cell's text, stripped: its plain run alone is one substring, no builder. */
    private static String text(StringBuilder cur, String quotedOnly, boolean quotedPart, String text, int from,
                               int to, Lines.Texts texts) {
        if (!quotedPart) {
            return texts.stripped(text, from, to);
        }
        if (quotedOnly != null) {
            // the quoted part and what follows it up to the separator
            return (from == to ? quotedOnly : quotedOnly.concat(text.substring(from, to))).strip();
        }
        return cur.append(text, from, to).toString().strip();
    }

    /**
     * Reads a quoted cell starting at {@code text.charAt(p)} on line {@code i}: its text, with the line it
     * ends on and the offset after its closing quote left in {@code row} ({@link CellList#quotedLine},
     * {@link CellList#quotedEnd}: no object per quoted cell); null when the quote does not close right
     * before a separator or the end of a line (then the quote is part of the text, as in {@code "一站式"结算}).
     */
    private static String quoted(String text, int[] lines, int i, int p, char sep, CellList row) {
        StringBuilder b = null; // made when the text is not one run of the line (a doubled quote, a line break)
        int end = lines[2 * i + 1];
        int start = i;
        p++;
        while (true) {
            int q = p;
            while (q < end && text.charAt(q) != '"') {
                q++;
            }
            if (q >= end) {
                if (2 * (i + 1) >= lines.length || i - start >= 50) {
                    return null;
                }
                b = b == null ? new StringBuilder() : b;
                b.append(text, p, end).append('\n');
                i++;
                p = lines[2 * i];
                end = lines[2 * i + 1];
                continue;
            }
            if (q + 1 < end && text.charAt(q + 1) == '"') {
                b = b == null ? new StringBuilder() : b;
                b.append(text, p, q + 1);
                p = q + 2;
                continue;
            }
            if (q + 1 < end && text.charAt(q + 1) != sep) {
                return null;
            }
            row.quotedLine = i;
            row.quotedEnd = q + 1;
            return b == null ? text.substring(p, q) : b.append(text, p, q).toString();
        }
    }
}
