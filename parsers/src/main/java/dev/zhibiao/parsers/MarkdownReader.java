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
            int first = i;
            // an inline HTML tag broken over lines (<span\nstyle="...">) is joined back
            while (i - first < 5 && i + 1 < lines.length && openTag(line)) {
                i++;
                line = line + " " + lines[i];
            }
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            int lineNo = first + 1;
            if (t.startsWith("|")) {
                if (DELIMITER.matcher(t).matches()) {
                    continue;
                }
                rows.add(new Row(split(t, lineNo), true, Locator.line(lineNo)));
            } else {
                if (t.startsWith(":::")) {
                    continue; // a converter's fenced div marker
                }
                String p = inline(HEADING.matcher(t).replaceFirst(""));
                if (!p.isBlank()) {
                    rows.add(Row.prose(p, Locator.line(lineNo)));
                }
            }
        }
        return new Document(source, rows);
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SPAN = Pattern.compile("\\[((?:\\\\.|[^\\[\\]\\\\])*)\\]\\{[^{}]*\\}");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!~<>])");

    /**
     * Markdown inline markup a converter adds around cell text: pandoc's bracketed spans
     * ({@code [参保人数]{lang="ZH-CN"}}), strong emphasis, backslash escapes.
     */
    static String markup(String s) {
        if (s.indexOf('[') < 0 && s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('\\') < 0) {
            return s;
        }
        String t = SPAN.matcher(s).replaceAll("$1");
        t = STRONG.matcher(t).replaceAll("$1$2");
        return ESCAPE.matcher(t).replaceAll("$1");
    }

    /**
     * {@link #markup} plus common entities, for text read as markdown. Inline HTML tags stay in
     * the cell as printed; recovery reads through them.
     */
    static String inline(String s) {
        String t = markup(s);
        if (t.indexOf('&') >= 0) {
            t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        return t;
    }

    /** Whether a line ends inside an HTML tag ({@code <span} without its {@code >}). */
    private static boolean openTag(String line) {
        int lt = line.lastIndexOf('<');
        return lt >= 0 && line.indexOf('>', lt) < 0 && lt + 1 < line.length() && Character.isLetter(line.charAt(lt + 1));
    }

    /** Whether a line is a delimiter row ({@code |---|:--|}). */
    static boolean isDelimiter(String line) {
        return DELIMITER.matcher(line.strip()).matches();
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
                cells.add(new Cell(inline(cur.toString()).strip(), new Locator(lineNo > 0 ? lineNo : null, cells.size() + 1, null)));
                cur.setLength(0);
                start = i + 1;
            } else {
                cur.append(c);
            }
        }
        cells.add(new Cell(inline(cur.toString()).strip(), new Locator(lineNo > 0 ? lineNo : null, cells.size() + 1, null)));
        return cells;
    }
}
