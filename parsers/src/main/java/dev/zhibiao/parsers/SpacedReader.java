package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.FlatWords;
import dev.zhibiao.internal.layout.PageFurniture;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.SpacedRows;
import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Text whose cells are separated by spaces only: a spreadsheet pasted as text, {@code pdftotext
 * -layout} output, the plain text OCR engines print, or a table flattened into one long line. The
 * reader only cuts each line into tokens (text between spaces, ideographic spaces and tabs) with
 * their display column (a wide character counts two, as the text was aligned) and the number of
 * spaces before each; where cells end is decided in core ({@link SpacedRows}), since that needs to
 * know what each token is. Every non-space character of the source lands in a token. Text an OCR
 * engine printed ({@link OcrTextReader#printedByOcr}: an unruled page has no rules for the OCR text
 * reader to cut at) gives cells marked as read by an engine.
 */
final class SpacedReader {
    private SpacedReader() {
    }

    static Document read(String text, String source) {
        String[] lines = Lines.splitShared(text);
        boolean[] wide = pageGrids(lines);
        // page numbers, a browser's date and address at the pages' heads and feet: kept as notes, not read
        boolean[] furniture = PageFurniture.lines(lines);
        List<PageFurniture.Line> taken = new ArrayList<>();
        List<SpacedRows.Line> out = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < lines.length; i++) {
            for (int k = lines[i].indexOf('\f'); k >= 0; k = lines[i].indexOf('\f', k + 1)) {
                page++;
            }
            if (furniture[i]) {
                taken.add(new PageFurniture.Line(i + 1, lines[i].replace('\f', ' ').strip()));
                continue;
            }
            List<SpacedRows.Token> tokens = tokens(lines[i], wide[i]);
            if (!tokens.isEmpty()) {
                out.add(new SpacedRows.Line(i + 1, tokens, page));
            }
        }
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = SpacedRows.rows(out, notes);
        if (OcrTextReader.printedByOcr(text)) {
            // an OCR engine's text of an unruled page: its cells are marked as read by an engine (no
            // confidence, as plain text gives none), so core's OCR repairs apply to them
            List<Row> ocr = new ArrayList<>(rows.size());
            for (Row r : rows) {
                List<Cell> cells = new ArrayList<>(r.cells().size());
                for (Cell c : r.cells()) {
                    cells.add(c.ocr() ? c : new Cell(c.text(), c.at(), Double.NaN));
                }
                Row now = new Row(cells, r.table(), r.at());
                List<dev.zhibiao.Diagnostic> mine = notes.remove(r);
                if (mine != null) {
                    notes.put(now, mine);
                }
                ocr.add(now);
            }
            rows = ocr;
        }
        PageFurniture.note(taken, rows, notes);
        return new Document(source, rows, false, notes);
    }

    /** The tokens of one line with their display columns (a wide character counts two) and the spaces before each. */
    static List<SpacedRows.Token> tokens(String line) {
        return tokens(line, true);
    }

    /**
     * The grid of each line: pdftotext {@code -layout} lays out each page (form feeds part pages) on a
     * grid of its own, so each page takes the grid its own words line up on ({@link #widthAligns}),
     * or the whole text's when the page lines up equally either way.
     */
    static boolean[] pageGrids(String[] lines) {
        // the whole text's grid (widthAligns), counted only when a page lines up equally either way: when that page is
        // the whole text, its own counts are the whole's (w == n, so widthAligns is true)
        Boolean whole = null;
        boolean[] out = new boolean[lines.length];
        int from = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || i > from && lines[i].indexOf('\f') >= 0) {
                boolean all = from == 0 && i == lines.length;
                String[] page = all ? lines : java.util.Arrays.copyOfRange(lines, from, i);
                int w = aligned(page, true);
                int n = aligned(page, false);
                if (w == n && whole == null) {
                    whole = all || widthAligns(lines);
                }
                boolean wide = w == n ? whole : w > n;
                java.util.Arrays.fill(out, from, i, wide);
                from = i;
            }
        }
        return out;
    }

    /**
     * Whether the text's columns line up when a wide character counts two columns (text aligned for a
     * terminal or a fixed-width font) rather than one (pdftotext {@code -layout}, which puts each
     * character on a grid of one cell per character): the count of words that start a cell (after
     * the indentation or a run of two spaces or more) at a column where a word on another line starts
     * too, under each way of counting; the wide count unless the other aligns more.
     */
    static boolean widthAligns(String[] lines) {
        return aligned(lines, true) >= aligned(lines, false);
    }

    /**
     * The count {@link #widthAligns} compares: the cell-starting words (a line's first word past column 1, a later word
     * after a run of two spaces or more) whose column starts such a word on another line too. By a scan that finds the
     * words as {@link #tokens(String, boolean)} does, counting each column's lines in an array, without making a token.
     */
    static int aligned(String[] lines, boolean wide) {
        int[] perColumn = new int[128]; // per column: the lines with a cell-starting word there
        for (String line : lines) {
            int col = 1;
            int gap = 0;
            boolean inWord = false;
            boolean first = true;
            int last = 0; // the column last counted on this line (columns only grow along a line)
            for (int i = 0, n = line.length(); i <= n; i++) {
                char c = i < n ? line.charAt(i) : ' ';
                boolean space = c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f';
                if (space) {
                    if (inWord) {
                        inWord = false;
                        first = false;
                        gap = 0;
                    }
                    gap += c == ' ' || c == '\u00a0' ? 1 : 2;
                } else if (!inWord) {
                    inWord = true;
                    int g = first ? 0 : gap;
                    if ((g >= 2 || g == 0 && col > 1) && col != last) {
                        if (col >= perColumn.length) {
                            perColumn = java.util.Arrays.copyOf(perColumn, Math.max(col + 1, 2 * perColumn.length));
                        }
                        perColumn[col]++;
                        last = col;
                    }
                }
                col += c == '\t' ? 4 : wide ? MarkdownReader.width(c) : 1;
            }
        }
        int n = 0;
        for (int k : perColumn) {
            n += k >= 2 ? k : 0;
        }
        return n;
    }

    private static List<SpacedRows.Token> tokens(String line, boolean wide) {
        line = FlatWords.spaced(line); // a sheet flattened into one line with nothing between its cells: cut at its words
        List<SpacedRows.Token> out = new ArrayList<>(tokenCount(line)); // sized once (a scan), not grown
        int col = 1;
        int gap = 0;
        int start = -1;
        int startCol = 0;
        int startGap = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            boolean space = c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f';
            if (space) {
                if (start >= 0) {
                    out.add(new SpacedRows.Token(line.substring(start, i), startCol, out.isEmpty() ? 0 : startGap));
                    start = -1;
                    gap = 0;
                }
                // an ideographic space or a tab is as wide as two spaces
                gap += c == ' ' || c == '\u00a0' ? 1 : 2;
            } else if (start < 0) {
                start = i;
                startCol = col;
                startGap = gap;
            }
            col += c == '\t' ? 4 : wide ? MarkdownReader.width(c) : 1;
        }
        return out;
    }

    /**
     * Whether text looks like a table printed with spaces: some line holds three or more indicator
     * column headings separated by spaces, and a fifth of the lines or more hold three or more
     * space-separated tokens.
     */
    static boolean looksSpaced(String text) {
        return count(text).spaced(5);
    }

    /** What {@link #count} found in a text's non-blank lines. */
    private record Counts(int nonEmpty, int multi, int apart, int headings, int longLines) {
        /**
         * Whether some line holds an indicator heading row (two or more of 一级指标, 二级指标, 三级指标
         * separated by spaces) and one line in {@code per} or more holds three or more tokens (or one
         * line twenty or more).
         */
        boolean spaced(int per) {
            // a short sheet (four indicator rows under a long header block of label/value lines) has a
            // fifth of its lines with three or more tokens; one cell per line has none holding two headings
            return headings >= 1 && (multi * per >= nonEmpty || longLines >= 1);
        }

        /** Whether a heading row is found and one line in {@link #APART_SHARE} holds two words a run of spaces apart. */
        boolean apartEnough() {
            return headings >= 1 && apart * APART_SHARE >= nonEmpty;
        }
    }

    /** Counts a text's lines for {@link Counts#spaced} and {@link Counts#apartEnough}, in one pass. */
    private static Counts count(String text) {
        String[] lines = Lines.splitShared(text);
        int nonEmpty = 0;
        int multi = 0;
        int apart = 0; // lines holding two words a run of two spaces or more apart
        int headings = 0;
        int longLines = 0;
        boolean ownWordsAbove = false; // the line before was a run of heading words (绩效指标  指标内容  指标值)
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            nonEmpty++;
            apart += wordsApart(line) ? 1 : 0;
            if (headings >= 1) {
                // a heading found: the lines after it only count their tokens (no token made, no word asked)
                int count = tokenCount(line);
                multi += count >= 3 ? 1 : 0;
                longLines += count >= 20 ? 1 : 0;
                continue;
            }
            List<SpacedRows.Token> tokens = tokens(line);
            if (ownWordsAbove && tokens.size() >= 3 && Vocabulary.isJoinedLevels(tokens.get(0).text())) {
                headings++; // a heading whose first column holds both levels joined (产出指标—数量指标) under it
            }
            ownWordsAbove = tokens.size() >= 3 && tokens.stream().allMatch(x -> Vocabulary.column(x.text()) != null);
            if (tokens.size() >= 3) {
                multi++;
            }
            if (tokens.size() >= 20) {
                longLines++;
            }
            int named = 0;
            boolean wide = true; // every word a run of two spaces or more from the one before
            for (int k = 0; k < tokens.size(); k++) {
                String a = dev.zhibiao.internal.text.Text.key(tokens.get(k).text());
                if (isLevelHeading(a)) {
                    named++;
                } else if (k + 1 < tokens.size() && tokens.get(k + 1).gap() == 1
                        && isLevelHeading(a + dev.zhibiao.internal.text.Text.key(tokens.get(k + 1).text()))) {
                    // a heading word printed wrapped, its two halves one space apart (一级 指标)
                    named++;
                    k++;
                }
                wide &= k == 0 || tokens.get(k).gap() >= 2;
            }
            // 一级指标 二级指标 …; or 指标类型  指标名称  目标值  备注: a name, a value, every word a
            // heading, runs of spaces between them (a cell's words are one space apart)
            // (a heading of its own words has three words or more: fewer are not listed for the question)
            if (named >= 2 || wide && tokens.size() >= 3
                    && Vocabulary.isHeadingOfItsOwnWords(tokens.stream().map(SpacedRows.Token::text).toList())) {
                headings++;
            }
        }
        return new Counts(nonEmpty, multi, apart, headings, longLines);
    }

    /**
     * One line in this many or more holding two words a run of spaces apart makes an aligned text with a heading row a
     * printed page even where few lines hold three words: a narrow table printed by a browser, its cells wrapped and
     * centred, prints a name and its value on a line and the rest of a cell's lines alone.
     */
    private static final int APART_SHARE = 5;

    /** Whether a line holds two words a run of two spaces or more apart (a form feed read as a space). */
    private static boolean wordsApart(String line) {
        int a = 0;
        int b = line.length() - 1;
        while (a <= b && space(line.charAt(a))) {
            a++;
        }
        while (b >= a && (space(line.charAt(b)) || Character.isWhitespace(line.charAt(b)))) {
            b--;
        }
        for (int i = a; i + 1 < b; i++) {
            if (space(line.charAt(i)) && space(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code tokens(line).size()}: the runs of characters between spaces, counted by a scan. */
    static int tokenCount(String line) {
        line = FlatWords.spaced(line);
        int n = 0;
        boolean inWord = false;
        for (int i = 0, len = line.length(); i < len; i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f';
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /**
     * Whether text is laid out as a printed page ({@code pdftotext -layout}): a third or more of its
     * lines are indented by four spaces or more or hold a run of three spaces or more between two
     * words, a line holds an indicator heading row, and a tenth of the lines or more hold three
     * tokens or more. Neither plain pdftotext nor an OCR engine's text indents lines or aligns words
     * in columns. {@link #looksSpaced} asks a fifth: a whole budget disclosure's prose and one-cell
     * lines leave its sheets' lines at about a fifth of the text, often under.
     */
    static boolean looksLaidOut(String text) {
        if (!alignedLines(text)) {
            return false;
        }
        Counts c = count(text);
        return c.spaced(10) || c.apartEnough();
    }

    /**
     * Whether a third or more of the non-blank lines are indented by four spaces or hold a run of three
     * inside: by a scan over the lines {@link Lines#split} gives (no string per line), a form feed read
     * as a space, as {@code line.replace('\f', ' ')} read it.
     */
    static boolean alignedLines(String text) {
        // by a scan over the lines Lines.split gives: a line with a form feed read as a space
        // (line.replace('\f', ' ')), blank, indented by four or holding a run of three in its stripped body
        int nonEmpty = 0;
        int aligned = 0;
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int a = start;
            while (a < end && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            if (a < end) {
                nonEmpty++;
                int b = end - 1;
                while (Character.isWhitespace(text.charAt(b))) {
                    b--;
                }
                boolean indented = end - start >= 4 && space(text.charAt(start)) && space(text.charAt(start + 1))
                        && space(text.charAt(start + 2)) && space(text.charAt(start + 3));
                boolean run = false;
                for (int i = a; !indented && !run && i + 2 <= b; i++) {
                    run = space(text.charAt(i)) && space(text.charAt(i + 1)) && space(text.charAt(i + 2));
                }
                if (indented || run) {
                    aligned++;
                }
            }
            start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return nonEmpty > 0 && aligned * 3 >= nonEmpty;
    }

    /** A space as {@link #alignedLines} reads it: a space, or a form feed read as one. */
    private static boolean space(char c) {
        return c == ' ' || c == '\f';
    }

    private static boolean isLevelHeading(String key) {
        return key.equals("一级指标") || key.equals("二级指标") || key.equals("三级指标");
    }
}
