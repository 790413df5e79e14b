package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables among HTML (what converters such as pandoc write): turned into HTML tables
 * line for line before the HTML reader parses the page (moved out of {@link HtmlReader}).
 */
final class HtmlPipeTables {
    private HtmlPipeTables() {
    }

    /**
     * Markdown pipe tables among the HTML (what converters such as pandoc write for tables
     * without spans, next to HTML for tables with spans) become HTML tables, line for line, so
     * that positions stay those of the source. Cell contents are kept as they are (they may hold
     * inline HTML).
     */
    static String pipeTablesToHtml(String text) {
        // (":::" and "]{" found from their first character by indexOf(char): String.indexOf(String) of an ASCII word
        // in a text holding Chinese ran its slow loop, not the vectorised search, 24% of the HTML reader's CPU)
        if (text.indexOf('|') < 0 && text.indexOf('#') < 0 && !Detector.containsIgnoreCase(text, text.length(), ":::")
                && !Detector.containsIgnoreCase(text, text.length(), "]{")) {
            return text; // no pipe and nothing markdown marks (a scan each, not a loop over every line)
        }
        int pipes = 0;
        int markdown = 0;
        // counted over the lines' bounds: a page of plain HTML (most) makes no string per line
        for (int from = 0; from <= text.length(); ) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            if (isPipeLine(text, from, to)) {
                pipes++;
            } else if (mayBeMarkdown(text, from, to) && MARKDOWN_LINE.matcher(text.substring(from, to)).find()) {
                // (what the expression needs, asked first: no matcher per line of plain HTML)
                markdown++;
            }
            from = to + 1;
        }
        if (pipes < 2 && markdown == 0) {
            return text;
        }
        // over the lines' bounds (no array of lines); a pipe line's cells appended from the line itself
        // unless one holds what markup or an escaped pipe would change (pipeCells and markup then, as before)
        StringBuilder out = new StringBuilder(text.length() + pipes * 32);
        boolean open = false;
        for (int from = 0; from <= text.length(); ) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int a = from;
            int z = to;
            while (a < z && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (z > a && Character.isWhitespace(text.charAt(z - 1))) {
                z--;
            }
            if (z - a > 1 && text.charAt(a) == '|' && text.charAt(z - 1) == '|') {
                if (!open) {
                    out.append("<table>");
                    open = true;
                }
                String x = text.substring(a, z);
                if (!MarkdownReader.isDelimiter(x)) {
                    out.append("<tr>");
                    if (x.indexOf('\\') >= 0) {
                        for (String cell : pipeCells(x)) {
                            out.append("<td>").append(MarkdownReader.markup(cell)).append("</td>");
                        }
                    } else {
                        appendCells(out, x);
                    }
                    out.append("</tr>");
                }
            } else {
                if (open) {
                    out.append("</table>");
                    open = false;
                }
                // markdown around the HTML: fenced divs, headings, spans, emphasis; a blank line
                // ends a paragraph
                if (a < z && plainLine(text, a, z)) {
                    // (most lines of a page with HTML tables: HTML itself, which markup leaves as it is) appended
                    // from the text, not copied into a line first
                    out.append(text, a, z);
                    if (nl >= 0) {
                        out.append('\n');
                    }
                    from = to + 1;
                    continue;
                }
                String x = text.substring(a, z);
                if (x.startsWith(":::")) {
                    out.append("<br>");
                } else if (x.isEmpty()) {
                    out.append("<br>");
                } else {
                    out.append(MarkdownReader.markup(x.startsWith("#") ? HEADING.matcher(x).replaceFirst("") : x));
                }
            }
            if (nl >= 0) {
                out.append('\n');
            }
            from = to + 1;
        }
        if (open) {
            out.append("</table>");
        }
        return out.toString();
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

    /** Markdown a converter writes around HTML: fenced divs, headings, bracketed spans. */
    private static final Pattern MARKDOWN_LINE =
            Pattern.compile("^\\s*(:::|#{1,6}\\s)|\\]\\{[^{}]*\\}");

    /** Whether {@code text[from, to)}, stripped, starts and ends with a pipe (two characters at least). */
    private static boolean isPipeLine(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from > 1 && text.charAt(from) == '|' && text.charAt(to - 1) == '|';
    }

    /**
     * Whether {@code text[from, to)} (stripped, not empty) is a line the loop above appends as it is: it starts with
     * neither {@code #} nor {@code :::} and holds nothing {@link MarkdownReader#markup} changes ({@code [ * _ \}).
     */
    private static boolean plainLine(String text, int from, int to) {
        char first = text.charAt(from);
        if (first == '#' || first == ':' && text.startsWith(":::", from)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '*' || c == '_' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} holds {@code #}, {@code :::} or <code>]{</code>. */
    private static boolean mayBeMarkdown(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '#' || c == ':' && i + 2 < to && text.charAt(i + 1) == ':' && text.charAt(i + 2) == ':'
                    || c == ']' && i + 1 < to && text.charAt(i + 1) == '{') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code <td>} + {@link MarkdownReader#markup} of each of {@link #pipeCells}{@code (x)} + {@code </td>}, for a
     * line without a backslash: a cell without a markup character ({@code [ * _}) is appended from the line.
     */
    static void appendCells(StringBuilder out, String x) {
        int start = 1;
        int end = x.length() - 1;
        for (int i = 1; i <= end; i++) {
            if (i == end || x.charAt(i) == '|') {
                out.append("<td>");
                boolean plain = true;
                for (int k = start; k < i && plain; k++) {
                    char c = x.charAt(k);
                    plain = c != '[' && c != '*' && c != '_';
                }
                if (plain) {
                    out.append(x, start, i);
                } else {
                    out.append(MarkdownReader.markup(x.substring(start, i)));
                }
                out.append("</td>");
                start = i + 1;
            }
        }
    }

    static List<String> pipeCells(String x) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 1; i < x.length() - 1; i++) {
            char c = x.charAt(i);
            if (c == '\\' && x.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}
