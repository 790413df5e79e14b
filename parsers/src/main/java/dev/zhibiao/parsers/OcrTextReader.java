package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.OcrTextRows;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain text an OCR engine prints for a page of a ruled table ({@code tesseract page.png out -l
 * chi_sim}): pages split by form feeds, the words of a line in reading order with runs of spaces
 * where the page had gaps, and the table's rules read as characters glued to the words beside them
 * ({@code 成本指标“|经济成本指标}, {@code |全面参保}, {@code [}). The reader only cuts each line into
 * pieces: at runs of two or more spaces and at rule fragments (a {@code |} or {@code 丨} with the
 * quote marks the engine prints beside it, a bracket standing alone); each piece is a cell, marked
 * as read by an OCR engine (no confidence: plain text has none), with its line, its place in the
 * line and its page. Which piece is what is decided in core ({@link OcrTextRows}); the characters a
 * rule was read as are separators, not text.
 */
final class OcrTextReader {
    /** A rule fragment: a vertical bar with the quote marks and brackets printed beside it. */
    private static final Pattern RULE = Pattern.compile("[“”\"'‘’「」]*[|丨¦][“”\"'‘’「」]*|(?<=\\s)[\\[\\]【】](?=\\s|$)|^[\\[\\]【】](?=\\s)");
    /** A piece that is only a bracket or quote: a rule read on its own. */
    private static final Pattern LONE = Pattern.compile("[\\[\\]【】“”\"'‘’「」]+");
    private static final Pattern GAP = Pattern.compile("[ \\u00a0\\u3000\\t]{2,}|\\t|\\u3000");

    private OcrTextReader() {
    }

    static Document read(String text, String source) {
        return read(lines(text), source);
    }

    /**
     * Whether the text holds an indicator table the engine printed column by column (a block of
     * names under 三级指标, a block of values under 指标值) that core pairs back into rows: the
     * space-aligned reader hands such an unruled page to this one, which reads it line by line.
     */
    static boolean printedByColumns(String text) {
        return OcrTextRows.printedByColumns(lines(text));
    }

    /**
     * Whether the text holds an indicator table whose value column the engine printed apart from its rows (a heading of level words
     * only, {@code 指标值} alone over a block of values) that core gives back to the rows: the
     * space-aligned reader hands such an unruled page to this one.
     */
    static boolean valueColumnApart(String text) {
        return text.contains("指标值") && text.contains("三级指标") && OcrTextRows.mayHoldValueColumnApart(text)
                && OcrTextRows.valueColumnApart(lines(text));
    }

    private static Document read(List<OcrTextRows.Line> out, String source) {
        OcrTextRows.Result rows = OcrTextRows.read(out);
        return new Document(source, rows.rows(), true, rows.notes());
    }

    private static List<OcrTextRows.Line> lines(String text) {
        String[] lines = Lines.split(text);
        List<OcrTextRows.Line> out = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int ff;
            while ((ff = line.indexOf('\f')) >= 0) {
                String before = line.substring(0, ff);
                add(out, before, i + 1, page);
                page++;
                line = line.substring(ff + 1);
            }
            add(out, line, i + 1, page);
        }
        return out;
    }

    /** A line's pieces, unless it has none (blank, or only a rule). */
    private static void add(List<OcrTextRows.Line> out, String line, int no, int page) {
        List<Cell> pieces = pieces(line, no, page);
        if (!pieces.isEmpty()) {
            out.add(new OcrTextRows.Line(pieces, leading(line)));
        }
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The pieces of one line: text between gaps and rule fragments, single spaces kept inside. */
    static List<Cell> pieces(String line, int no, int page) {
        List<Cell> out = new ArrayList<>();
        for (String part : GAP.split(line.strip())) {
            for (String piece : RULE.split(part)) {
                String t = piece.strip();
                if (t.isEmpty() || LONE.matcher(t).matches()) {
                    continue;
                }
                out.add(new Cell(t, new Locator(no, out.size() + 1, page), Double.NaN));
            }
        }
        return out;
    }

    /** A word opened by a closing quote: the engine's reading of a rule or speck before it ({@code  ”社会成本指标}). */
    private static final Pattern QUOTE_OPENS = Pattern.compile("(?:^|\\s)”\\p{IsHan}");
    /** ASCII brackets padded with a space beside Chinese ({@code (2023 年度 )}): how the engine spaces its glyphs. */
    private static final Pattern PADDED_BRACKET = Pattern.compile("\\p{IsHan} \\)|\\( [\\p{IsHan}0-9]");

    /**
     * Whether text shows the marks of an OCR engine's printing, ruled or not: words opened by a
     * closing quote and ASCII brackets padded with spaces beside Chinese, three such or more. Typed
     * text and {@code pdftotext} output of these sheets have neither (none of the corpus's 147 texts
     * read as space-aligned); Tesseract's text of the same pages has two to sixteen.
     *
     * @param text a document's text
     * @return true when the text was printed by an OCR engine
     */
    static boolean printedByOcr(String text) {
        int n = quotesOpening(text, 3);
        return n + paddedBrackets(text, 3 - n) >= 3;
    }

    /**
     * How many times {@link #QUOTE_OPENS} is found in {@code s}, counting to {@code limit} at most: a
     * scan (detection asks it of every space-aligned text, and the expression's search tries both
     * alternatives at every character). Matches cannot overlap: each ends with a Han character, which
     * is neither white space nor the quote.
     */
    static int quotesOpening(String s, int limit) {
        int n = 0;
        for (int i = s.indexOf('”'); i >= 0 && n < limit; i = s.indexOf('”', i + 1)) {
            if ((i == 0 || isRegexSpace(s.charAt(i - 1))) && i + 1 < s.length() && isHan(s.codePointAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many times {@link #PADDED_BRACKET} is found in {@code s}, counting to {@code limit} at most: a
     * scan that tries its two alternatives where the expression's search does, from each match's end.
     */
    static int paddedBrackets(String s, int limit) {
        int n = 0;
        int len = s.length();
        int i = 0;
        while (i < len && n < limit) {
            char c = s.charAt(i);
            if (c == '(' && i + 2 < len && s.charAt(i + 1) == ' ') {
                int cp = s.codePointAt(i + 2);
                if (isHan(cp) || cp >= '0' && cp <= '9') {
                    n++;
                    i += 2 + Character.charCount(cp);
                    continue;
                }
            }
            if (c >= 0x2e80) {
                int cp = s.codePointAt(i);
                int w = Character.charCount(cp);
                if (i + w + 1 < len && s.charAt(i + w) == ' ' && s.charAt(i + w + 1) == ')' && isHan(cp)) {
                    n++;
                    i += w + 2;
                    continue;
                }
            }
            i++;
        }
        return n;
    }

    /** {@code \s} of {@link Pattern}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \p{IsHan}} of {@link Pattern}. */
    private static boolean isHan(int cp) {
        return cp >= 0x2e80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether text looks like an OCR engine's plain text of ruled tables: no tabs, table rules read
     * as bars glued to or standing between words on three lines or more, and either a quarter of
     * the lines with runs of spaces between words or a fifth with such bars (markdown's pipe rows
     * are found before this).
     */
    static boolean looksLikeOcrText(String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('|') < 0) {
            return false; // (a ruled line holds a bar)
        }
        int nonEmpty = 0;
        int spaced = 0;
        int ruled = 0;
        for (String line : text.split("\r?\n|\r|\f")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (t.contains("  ")) {
                spaced++;
            }
            int bar = t.indexOf('|');
            if (bar > 0 && bar < t.length() - 1 || t.contains("“|") || t.contains("|“")) {
                ruled++;
            }
        }
        // a scan's noise breaks the gaps into single spaces (a quarter of the lines keep a run of
        // spaces no more), but the rules it reads as bars still show on a fifth of them
        return nonEmpty > 0 && ruled >= 3 && (spaced * 4 >= nonEmpty || ruled * 5 >= nonEmpty);
    }
}
