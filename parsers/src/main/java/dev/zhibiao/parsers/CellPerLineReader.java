package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word's plain-text export of a document with tables ("one cell per line").
 *
 * <p>The export writes every table cell on its own line, introduced by a tab; a cell of several
 * paragraphs continues on the following lines without the tab, its paragraphs separated by a blank
 * line; every table row ends with a blank line and every table with one more. Text outside tables
 * (titles, the year line, a table of contents, body prose) is written as untabbed lines. So:
 * <ul>
 * <li>a tabbed line is a cell; it opens a new row when a blank line (or prose) precedes it, else it
 * is the next cell of the same row;</li>
 * <li>an untabbed line that follows a cell (or a cell's previous paragraph) with at most one blank
 * line between them is a further paragraph of that cell; the paragraphs are joined with a line
 * break;</li>
 * <li>every other untabbed line is prose, one prose row per line.</li>
 * </ul>
 * A table row whose only non-empty cell is a sheet's title (…绩效目标表, …绩效目标自评表, one line of
 * at most 120 characters) or its year line ({@code （2023年度）}) is the title or year line printed as a
 * row spanning the table (Word documents often put them in the table's first rows); it is read as
 * prose, as if printed above the table.
 *
 * <p>One exception keeps a title from being swallowed by a table that lacks its closing blank line: an
 * untabbed line after a blank line that names a sheet (…绩效目标表, …绩效自评表) and is immediately
 * followed by a cell is prose.
 *
 * <p>Word field codes that leak into the export ({@code TC "…" \f C \l 1}, {@code PAGEREF _Toc… \h})
 * are removed from prose lines; they repeat the line's own text and carry no content.
 *
 * <p>A document without any tabbed line is read in the plainer form of the same rendering: blocks of
 * lines separated by blank lines; a block of two or more lines is one table row (one cell per line),
 * a single line is prose; title and year lines at the head of a block stay prose. This is also what a
 * web page's table copied as text gives; a cell line may keep the cell's border as a trailing
 * {@code " |"} (dropped), and a line holding only {@code |} is an empty cell.
 */
final class CellPerLineReader {
    private CellPerLineReader() {
    }

    /**
     * Where a cell line's text starts: a cell line is optional spaces (ASCII, ideographic,
     * no-break), then a tab introducing the cell text, which holds no line terminator; what the
     * expression {@code ^[ \u3000\u00a0]*\t(.*)$} matches, by a scan.
     *
     * @param line a line
     * @return the index after the tab, or -1 when it is no cell line
     */
    static int cellStart(String line) {
        int at = cellStart(line, 0, line.length());
        return at < 0 ? -1 : at;
    }

    /** {@link #cellStart(String)} of {@code text[from, to)}, as an offset in {@code text} (-1: no cell line). */
    private static int cellStart(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\t') {
                break;
            }
            if (c != ' ' && c != '\u3000' && c != '\u00a0') {
                return -1;
            }
            i++;
        }
        if (i == to) {
            return -1;
        }
        for (int k = i + 1; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1; // '.' matches no line terminator
            }
        }
        return i + 1;
    }

    /** A Word field code left in the text: the field name, then anything up to the end of the line. */
    private static final Pattern FIELD = Pattern.compile("\\s*\\b(?:TC|PAGEREF|HYPERLINK|TOC|REF)\\s.*$");

    /** A switch of a field code, e.g. {@code \f C}, {@code \l 1}, {@code \h}. */
    private static final Pattern SWITCH = Pattern.compile("\\\\[a-zA-Z*](?:\\s|$)");

    /**
     * A line naming a sheet: 绩效目标表, 绩效自评表, 绩效评价表 and their longer forms such as
     * 绩效目标自评表 (the title rule of the layout recovery).
     */
    private static final Pattern TITLE = Pattern.compile("绩效(?:目标|自评|评价)[^。；;，,]{0,12}表");

    /** A year line such as {@code 2020年度} or {@code （2023年）}. */
    private static final Pattern YEAR = Pattern.compile("^[(（]?\\s*\\d[\\d,，]*\\s*年度?\\s*[)）]?$");

    static Document read(String text, String source) {
        // line bounds, not line strings: a cell is one substring of the text, its line none
        int[] lines = Lines.bounds(text);
        boolean tabbed = false;
        for (int i = 0; i < lines.length; i += 2) {
            if (cellStart(text, lines[i], lines[i + 1]) >= 0) {
                tabbed = true;
                break;
            }
        }
        if (tabbed) {
            return new Document(source, readTabbed(text, lines));
        }
        String[] split = Lines.split(text);
        // LibreOffice's text export: a cell a line and nothing between rows (CellLines); a block of more
        // lines than any table row has is no row either (the same export of a document with no indicator
        // table: its lines are cut at labels, the rest prose, so the outside-sheets summary can tell
        // budget tables from contents and prose)
        return new Document(source, CellLines.looksLike(split) || longestBlock(split) > MAX_ROW_LINES
                ? CellLines.read(split) : readBlocks(split));
    }

    /** The usual form: cells introduced by a tab ({@code lines}: the bounds of the text's lines). */
    private static List<Row> readTabbed(String text, int[] lines) {
        List<Row> rows = new ArrayList<>();
        RowBuilder row = null;
        int blanks = 0;
        int count = lines.length / 2;
        Lines.Texts texts = Lines.Texts.forDocument(); // equal cell texts of the document made once
        for (int i = 0; i < count; i++) {
            int from = lines[2 * i];
            int to = lines[2 * i + 1];
            int lineNo = i + 1;
            int cell = cellStart(text, from, to);
            if (cell >= 0) {
                if (row == null || blanks > 0) {
                    flush(row, rows);
                    row = new RowBuilder(lineNo);
                }
                row.addCell(cellText(texts, text, cell, to), lineNo);
                blanks = 0;
            } else if (Lines.blank(text, from, to)) {
                blanks++;
            } else if (row != null && blanks <= 1 && !(blanks == 1 && namesSheet(text.substring(from, to))
                    && i + 1 < count && cellStart(text, lines[2 * i + 2], lines[2 * i + 3]) >= 0)) {
                row.continueCell(Lines.stripped(text, from, to), lineNo);
                blanks = 0;
            } else {
                flush(row, rows);
                row = null;
                blanks = 0;
                rows.add(Row.prose(cleanProse(text.substring(from, to)), Locator.line(lineNo)));
            }
        }
        flush(row, rows);
        return rows;
    }

    /** More lines between blank lines than a table row has cells: not a row. */
    private static final int MAX_ROW_LINES = 60;

    private static int longestBlock(String[] lines) {
        int longest = 0;
        int run = 0;
        for (String l : lines) {
            run = l.isBlank() ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The plainer form: no tabs, rows are blocks of lines separated by blank lines. */
    private static List<Row> readBlocks(String[] lines) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            int start = i;
            while (start < end && end - start >= 2 && isHeading(lines[start])) {
                rows.add(Row.prose(cleanProse(lines[start]), Locator.line(start + 1)));
                start++;
            }
            if (end - start == 1) {
                rows.add(Row.prose(cleanProse(unbordered(lines[start])), Locator.line(start + 1)));
            } else if (end > start) {
                RowBuilder row = new RowBuilder(start + 1);
                for (int k = start; k < end; k++) {
                    row.addCell(cellText(unbordered(lines[k])), k + 1);
                }
                rows.add(row.build());
            }
            i = end;
        }
        return rows;
    }

    /**
     * A cell line copied from a web page's table may keep the cell's right border as a trailing
     * {@code " |"}; a line holding only that border is an empty cell.
     */
    private static String unbordered(String line) {
        String t = line.stripTrailing();
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            return t.substring(0, t.length() - 1);
        }
        return line;
    }

    private static boolean isHeading(String line) {
        String t = cleanProse(unbordered(line));
        return TITLE.matcher(t).find() || YEAR.matcher(t).matches();
    }

    private static boolean namesSheet(String line) {
        return TITLE.matcher(line).find();
    }

    private static void flush(RowBuilder row, List<Row> rows) {
        if (row == null) {
            return;
        }
        String caption = row.caption();
        rows.add(caption != null ? Row.prose(caption, Locator.line(row.captionLine())) : row.build());
    }

    /** Longest cell text taken for a title printed in a table row. */
    private static final int MAX_CAPTION = 120;

    /**
     * @param text the only text of a table row
     * @return true when it is a sheet's title or year line printed as a row spanning the table
     */
    private static boolean isCaption(String text) {
        return text.indexOf('\n') < 0 && text.length() <= MAX_CAPTION
                && (TITLE.matcher(text).find() || YEAR.matcher(text).matches());
    }

    /** Cell text: further tabs inside a cell become spaces, the ends are trimmed. */
    private static String cellText(String raw) {
        return raw.replace('\t', ' ').strip();
    }

    /**
     * {@code cellText(text.substring(from, to))} with one copy: a tab and a space are both white
     * space, so stripping before or after the replacement gives the same text.
     */
    private static String cellText(Lines.Texts texts, String text, int from, int to) {
        return texts.stripped(text, from, to).replace('\t', ' ');
    }

    /**
     * @param line a prose line
     * @return the line without a trailing Word field code and without surrounding white space
     */
    static String cleanProse(String line) {
        String t = line.replace('\t', ' ');
        Matcher m = FIELD.matcher(t);
        while (m.find()) {
            if (SWITCH.matcher(t.substring(m.start())).find() && m.start() > 0) {
                t = t.substring(0, m.start());
                break;
            }
        }
        return t.strip();
    }

    /** Collects the cells of one table row; a cell gathers its paragraphs. */
    private static final class RowBuilder {
        private final int line;
        /** Per cell, its text: a String, or a StringBuilder once a paragraph continues it. */
        private CharSequence[] texts = new CharSequence[8];
        private int[] lines = new int[8];
        /** Per cell, the line its text starts on (a cell may open with an empty paragraph). */
        private int[] textLines = new int[8];
        private int size;

        RowBuilder(int line) {
            this.line = line;
        }

        void addCell(String text, int lineNo) {
            if (size == texts.length) {
                texts = java.util.Arrays.copyOf(texts, size * 2);
                lines = java.util.Arrays.copyOf(lines, size * 2);
                textLines = java.util.Arrays.copyOf(textLines, size * 2);
            }
            texts[size] = text;
            lines[size] = lineNo;
            textLines[size] = lineNo;
            size++;
        }

        void continueCell(String paragraph, int lineNo) {
            CharSequence t = texts[size - 1];
            StringBuilder last = t instanceof StringBuilder b ? b : new StringBuilder(t);
            texts[size - 1] = last;
            if (last.length() > 0) {
                last.append('\n');
            } else {
                textLines[size - 1] = lineNo;
            }
            last.append(paragraph);
        }

        /** @return the text of a row whose only non-empty cell is a title or year line, else null */
        String caption() {
            String only = null;
            for (int c = 0; c < size; c++) {
                CharSequence t = texts[c];
                if (t.length() > 0) {
                    if (only != null) {
                        return null;
                    }
                    only = t.toString();
                }
            }
            return only != null && isCaption(only) ? only : null;
        }

        /** @return the line on which the text of the row's non-empty cell starts */
        int captionLine() {
            for (int c = 0; c < size; c++) {
                if (texts[c].length() > 0) {
                    return textLines[c];
                }
            }
            return line;
        }

        Row build() {
            Cell[] cells = new Cell[size];
            for (int c = 0; c < size; c++) {
                cells[c] = new Cell(texts[c].toString(), new Locator(lines[c], c + 1, null));
            }
            // an unmodifiable list, which Row keeps as it is (List.copyOf of an ArrayList copies twice)
            return new Row(List.of(cells), true, Locator.line(line));
        }
    }
}
