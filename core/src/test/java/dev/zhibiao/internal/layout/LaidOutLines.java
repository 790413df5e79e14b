package dev.zhibiao.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as {@code pdftotext -layout} prints it, made into {@link SpacedRows} lines and read back as rows, for tests. */
final class LaidOutLines {
    private LaidOutLines() {
    }

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** A line's tokens on pdftotext -layout's grid: one column a character (1-based), the spaces before each. */
    static SpacedRows.Line line(int no, String text, int page) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int end = 0;
        while (m.find()) {
            toks.add(new SpacedRows.Token(m.group(), m.start() + 1, toks.isEmpty() ? 0 : m.start() - end));
            end = m.end();
        }
        return new SpacedRows.Line(no, toks, page);
    }

    /** The rows {@link SpacedRows#rows} reads from the lines (blank ones skipped), each as {@code LINE:cell|cell…}. */
    static List<String> rows(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                in.add(line(i + 1, lines[i], 0));
            }
        }
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            out.add(r.at().line() + ":" + String.join("|", r.cells().stream().map(Cell::text).toList()));
        }
        return out;
    }

    /**
     * As {@link #rows(String...)}, a line opening with a form feed starting a new page (pdftotext's page break; the form
     * feed dropped).
     */
    static List<String> pagedRows(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i];
            if (t.startsWith("\f")) {
                page++;
                t = t.substring(1);
            }
            if (!t.isBlank()) {
                in.add(line(i + 1, t, page));
            }
        }
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            out.add(r.at().line() + ":" + String.join("|", r.cells().stream().map(Cell::text).toList()));
        }
        return out;
    }

    /**
     * A line numbered {@code no} of a {@link LaidOutTable} of {@code columns} columns: {@code cells} is a run of triples
     * (column index, text, start character), every column not named empty (start -1).
     */
    static LaidOutTable.Line tableLine(int columns, int no, String... cells) {
        String[] texts = new String[columns];
        int[] starts = new int[columns];
        java.util.Arrays.fill(starts, -1);
        for (int i = 0; i + 2 < cells.length; i += 3) {
            int c = Integer.parseInt(cells[i]);
            texts[c] = cells[i + 1];
            starts[c] = Integer.parseInt(cells[i + 2]);
        }
        return new LaidOutTable.Line(no, texts, starts);
    }
}
