package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown tables: a pipe-table line {@code | a | b |} is a table row (its cells split on
 * unescaped pipes) and its delimiter line {@code |---|:--|} is skipped; a grid table (pandoc's
 * {@code +----+----+} borders) gives one row per bordered band, each cell the lines of its
 * column joined; every other non-blank line is prose.
 */
final class MarkdownReader {
    private static final Pattern DELIMITER = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");

    private MarkdownReader() {
    }

    static Document read(String text, String source) {
        List<Row> rows = new ArrayList<>();
        String[] lines = Lines.split(text);
        int bareRows = 0;
        for (String l : lines) {
            if (isBareRow(l.strip())) {
                bareRows++;
            }
        }
        boolean bare = bareRows >= 3; // pipe rows without the outer pipes are rows in this document
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
            if (t.startsWith("+") && gridBorder(t)) {
                i = grid(lines, i, rows) - 1;
                continue;
            }
            if (t.startsWith("|")) {
                if (t.contains("--") && DELIMITER.matcher(t).matches()) {
                    continue;
                }
                rows.add(new Row(split(t, lineNo), true, Locator.line(lineNo)));
            } else if (bare && (isBareRow(t) || t.endsWith("|") && !t.endsWith("\\|"))) {
                if (t.contains("--") && DELIMITER.matcher(t).matches()) {
                    continue;
                }
                rows.add(new Row(split("|" + t, lineNo), true, Locator.line(lineNo)));
            } else {
                if (t.startsWith(":::")) {
                    continue; // a converter's fenced div marker
                }
                String p = inline(t.startsWith("#") ? HEADING.matcher(t).replaceFirst("") : t);
                if (!p.isBlank()) {
                    rows.add(Row.prose(p, Locator.line(lineNo)));
                }
            }
        }
        return new Document(source, rows);
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    /**
     * Whether a stripped line is a grid table's border: what {@code \+(:?[-=]+:?\+)+} matches (the expression
     * written before speed34), by a scan. Its pieces' characters are apart (colon, rule, plus), so the first way
     * through is the only one: the expression never backtracks into another.
     */
    static boolean gridBorder(String t) {
        int n = t.length();
        if (n < 3 || t.charAt(0) != '+') {
            return false;
        }
        int i = 1;
        while (i < n) {
            if (t.charAt(i) == ':') {
                i++;
            }
            int rule = i;
            while (i < n && (t.charAt(i) == '-' || t.charAt(i) == '=')) {
                i++;
            }
            if (i == rule) {
                return false;
            }
            if (i < n && t.charAt(i) == ':') {
                i++;
            }
            if (i >= n || t.charAt(i) != '+') {
                return false;
            }
            i++;
        }
        return true;
    }
    // each expression here is asked only of text holding what it needs (a leading + or #, a --):
    // a matcher per line was a tenth of this reader's allocation

    /**
     * Reads a grid table starting at the border line {@code lines[at]}: each band of lines between
     * two borders is one row; a line's text is given to the column (of the border above) in which
     * it starts, counting display width (a Chinese character is two columns wide, as the
     * converter aligned it), and the lines of a cell are joined: without a space where either side
     * of the break is a Chinese character (converters wrap Chinese anywhere), with one otherwise; a
     * trailing backslash (a hard line break) becomes a space.
     *
     * @return the index of the first line after the table
     */
    private static int grid(String[] lines, int at, List<Row> rows) {
        int[] bounds = borders(lines[at].strip(), lead(lines[at]));
        int i = at + 1;
        List<StringBuilder> cells = null;
        boolean[] full = new boolean[0];
        int rowLine = -1;
        while (i < lines.length) {
            String line = lines[i];
            String t = line.strip();
            if (t.startsWith("+") && gridBorder(t)) {
                if (cells != null) {
                    rows.add(gridRow(cells, rowLine));
                    cells = null;
                }
                int[] b = borders(t, lead(line));
                if (b.length >= 2) {
                    bounds = b;
                }
                i++;
                continue;
            }
            if (!t.startsWith("|") || !t.endsWith("|")) {
                break;
            }
            if (cells == null) {
                cells = new ArrayList<>();
                for (int k = 0; k + 1 < bounds.length; k++) {
                    cells.add(new StringBuilder());
                }
                full = new boolean[cells.size()];
                rowLine = i + 1;
            }
            // the text between consecutive unescaped pipes, with its display column
            int col = 0;
            int segStart = -1;
            int segCol = 0;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                boolean pipe = c == '|' && (k == 0 || line.charAt(k - 1) != '\\');
                if (pipe) {
                    if (segStart >= 0) {
                        put(cells, full, bounds, segCol, col - segCol, line, segStart, k);
                    }
                    segStart = k + 1;
                    segCol = col + 1;
                }
                col += width(c);
            }
            i++;
        }
        if (cells != null) {
            rows.add(gridRow(cells, rowLine));
        }
        return i;
    }

    private static int lead(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Display columns of the {@code +} of a border line. */
    private static int[] borders(String border, int lead) {
        int[] out = new int[border.length()];
        int n = 0;
        for (int k = 0; k < border.length(); k++) {
            if (border.charAt(k) == '+') {
                out[n++] = lead + k;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Adds a line's piece of text to the cell whose column span holds its start. Converters wrap
     * Chinese anywhere and cut a token too long for its column (an amount, a project code, a
     * styled span) wherever the column ends, so a soft break is joined without a space; only a
     * break between two Latin letters on a line that did not fill its cell was a space between
     * words. A missing space costs nothing in Chinese text, a spurious one splits a number.
     *
     * @param span the display width between the piece's two pipes
     */
    private static void put(List<StringBuilder> cells, boolean[] full, int[] bounds, int col, int span, String line,
            int from, int to) {
        // the piece line[from, to) stripped, without copying it
        int a = from;
        int z = to;
        while (a < z && Character.isWhitespace(line.charAt(a))) {
            a++;
        }
        while (z > a && Character.isWhitespace(line.charAt(z - 1))) {
            z--;
        }
        if (a == z) {
            return;
        }
        int k = 0;
        while (k + 2 < bounds.length && col >= bounds[k + 1]) {
            k++;
        }
        k = Math.min(k, cells.size() - 1);
        StringBuilder b = cells.get(k);
        if (b.length() > 0) {
            char last = b.charAt(b.length() - 1);
            if (last == '\\') {
                b.setLength(b.length() - 1);
                b.append(' ');
            } else if (letter(last) && letter(line.charAt(a)) && !full[k]) {
                b.append(' ');
            }
        }
        b.append(line, a, z);
        int w = 0;
        for (int c = a; c < z; c++) {
            w += width(line.charAt(c));
        }
        full[k] = w >= span - 2; // the text reached the padding before the border
    }

    private static Row gridRow(List<StringBuilder> cells, int lineNo) {
        List<Cell> out = new ArrayList<>();
        for (StringBuilder b : cells) {
            String text = b.toString();
            if (text.endsWith("\\")) {
                text = text.substring(0, text.length() - 1);
            }
            out.add(new Cell(inline(text).strip(), new Locator(lineNo, out.size() + 1, null)));
        }
        return new Row(out, true, Locator.line(lineNo));
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Display width as a converter aligns text: East Asian wide and full-width characters take two columns. */
    static int width(char c) {
        return doubleWidth(c) ? 2 : 1;
    }

    /**
     * East Asian wide and full-width characters (Unicode's EastAsianWidth W and F), the ones a
     * converter counts as two columns; not {@link PdfReader#wide}, which says where a line break
     * needs no space and so also covers curly quotes and dashes.
     */
    private static boolean doubleWidth(char c) {
        return dev.zhibiao.internal.text.Text.isWide(c);
    }

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
        // each expression only where the text holds what it must match (three per cell were most of this reader)
        String t = s.contains("]{") ? spans(s) : s;
        t = t.contains("**") || t.contains("__") ? STRONG.matcher(t).replaceAll("$1$2") : t;
        return t.indexOf('\\') >= 0 ? ESCAPE.matcher(t).replaceAll("$1") : t;
    }

    /**
     * {@code SPAN.matcher(s).replaceAll("$1")} by a scan (a bracketed span is in most cells of a
     * pandoc document, and the expression's matcher and groups were a tenth of this reader's
     * allocation): from each {@code [}, characters other than brackets and backslashes, or a
     * backslash and the character after it (not a line terminator, which {@code .} does not
     * match), up to {@code ]{}, then anything but braces up to {@code }}; the span becomes its
     * bracketed text. Where that fails the scan goes on from the next character, as the matcher
     * does (the expression cannot backtrack into another match: what its loop takes is never a
     * closing bracket). {@code MarkdownReaderTest} compares the two.
     */
    static String spans(String s) {
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = s.indexOf('['); i >= 0 && i < n; i = s.indexOf('[', i + 1)) {
            int j = i + 1;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\\') {
                    if (j + 1 < n && !lineTerminator(s.charAt(j + 1))) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                if (c == '[' || c == ']') {
                    break;
                }
                j++;
            }
            if (j + 1 >= n || s.charAt(j) != ']' || s.charAt(j + 1) != '{') {
                continue;
            }
            int k = j + 2;
            while (k < n && s.charAt(k) != '{' && s.charAt(k) != '}') {
                k++;
            }
            if (k >= n || s.charAt(k) != '}') {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copied, i).append(s, i + 1, j);
            copied = k + 1;
            i = k;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
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

    /**
     * Whether a stripped line is a pipe row without the outer pipes: GitHub markdown's
     * {@code a | b | c |} or {@code a | b} (cells joined by " | "), or a row with empty trailing
     * cells ({@code 指标3: ||||}). A line with one pipe at its end is not (a cell copied from a web
     * page with its border), nor one that starts with a pipe (a full pipe row).
     */
    static boolean isBareRow(String t) {
        return isBareRow(t, 0, t.length());
    }

    /**
     * {@link #isBareRow(String)} of {@code text.substring(from, to)}, without the copy.
     *
     * @param text a text
     * @param from where the line starts
     * @param to   where it ends
     * @return whether that line is a bare pipe row
     */
    static boolean isBareRow(String text, int from, int to) {
        if (from >= to || text.charAt(from) == '|') {
            return false;
        }
        int pipes = 0;
        int inner = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|' && (i == from || text.charAt(i - 1) != '\\')) {
                pipes++;
                if (i < to - 1 && text.charAt(i + 1) != '|') {
                    inner++;
                }
            }
        }
        if (pipes >= 2) {
            return true;
        }
        if (inner < 1) {
            return false;
        }
        for (int i = from; i + 3 <= to; i++) {
            if (text.charAt(i) == ' ' && text.charAt(i + 1) == '|' && text.charAt(i + 2) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether a line is a delimiter row ({@code |---|:--|}). */
    static boolean isDelimiter(String line) {
        return line.contains("--") && DELIMITER.matcher(line.strip()).matches();
    }

    static List<Cell> split(String t, int lineNo) {
        List<Cell> cells = new ArrayList<>();
        // a line without a markup character (most): no cell of it asks inline (five searches by indexOf, not a
        // comparison of every character with each, cell by cell)
        boolean plain = t.indexOf('[') < 0 && t.indexOf('*') < 0 && t.indexOf('_') < 0 && t.indexOf('\\') < 0
                && t.indexOf('&') < 0;
        int start = 1;
        boolean escaped = false;
        int end = t.endsWith("|") && t.length() > 1 && t.charAt(t.length() - 2) != '\\' ? t.length() - 1 : t.length();
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < end && t.charAt(i + 1) == '|') {
                escaped = true;
                i++;
            } else if (c == '|') {
                cells.add(new Cell(cellText(t, start, i, escaped, plain), new Locator(lineNo > 0 ? lineNo : null, cells.size() + 1, null)));
                start = i + 1;
                escaped = false;
            }
        }
        cells.add(new Cell(cellText(t, Math.min(start, end), end, escaped, plain),
                new Locator(lineNo > 0 ? lineNo : null, cells.size() + 1, null)));
        return cells;
    }

    /**
     * The text of the cell {@code t[from, to)} between two pipes: escaped pipes unescaped, markup
     * taken out ({@link #inline}), stripped. A piece without markup characters (most cells) is one
     * substring of the line.
     *
     * @param plain the whole line holds no markup character (then no cell of it is asked)
     */
    private static String cellText(String t, int from, int to, boolean escaped, boolean plain) {
        if (escaped) {
            return inline(t.substring(from, to).replace("\\|", "|")).strip();
        }
        for (int i = plain ? to : from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '[' || c == '*' || c == '_' || c == '\\' || c == '&') {
                return inline(t.substring(from, to)).strip();
            }
        }
        // inline changes nothing here: strip by index
        int a = from;
        int z = to;
        while (a < z && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (z > a && Character.isWhitespace(t.charAt(z - 1))) {
            z--;
        }
        return t.substring(a, z);
    }
}
