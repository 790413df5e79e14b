package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator table whose value column an OCR engine printed apart from its rows: the heading
 * line prints the level words and {@code 三级指标} but no value heading ({@code 一级指标 二级指标
 * 三级指标}), the rows under it print their labels and names only, and elsewhere on the same page
 * {@code 指标值} stands alone on its line with a block of one-piece lines under it (the column the
 * engine read as a block of its own, before or after the tables). Nothing on such lines pairs a
 * name with its value but the order: where a page has as many such headings as lone value headings,
 * the k-th value block belongs to the k-th heading, and when the block holds at least as many cells
 * as the heading has rows, its first cells are the rows' values, top down (a value cell wrapped at
 * its column's width joined as {@link ColumnBlocks} joins it). The value heading is added to the
 * heading line, each value to the end of its row's line; the block's lines past the rows (the
 * engine's next block: an implementing unit, a goal's end) are left where they were printed as
 * prose. A block with fewer cells than rows pairs nothing. Each pairing is an {@code ocr-repaired}
 * diagnostic on the heading row.
 *
 * <p>The rows of a heading are the lines right under it that print two pieces or more, or a piece
 * holding 指标 (a label the engine glued to its name); the first other line (a title, a year, a lone
 * name or unit) ends them. Headings printing anything but level words (a value, an actual value, a
 * description column) are not of this kind.
 */
final class ValueColumnBlocks {
    private ValueColumnBlocks() {
    }

    /** The level words a heading of this kind prints: all of them, and 三级指标 with one other. */
    private static final List<String> LEVEL_WORDS = List.of("绩效指标", "一级指标", "二级指标", "三级指标");

    /**
     * The lines with each value column printed apart given back to its rows, and the diagnostics
     * of each pairing (identity of the heading line made).
     */
    record Result(List<OcrTextRows.Line> lines, Map<OcrTextRows.Line, List<Diagnostic>> notes) {
    }

    static Result rewrite(List<OcrTextRows.Line> in) {
        List<OcrTextRows.Line> lines = new ArrayList<>(in);
        Map<OcrTextRows.Line, List<Diagnostic>> notes = new IdentityHashMap<>();
        int start = 0;
        while (start < lines.size()) {
            int first = start;
            while (first < lines.size() && lines.get(first).cells().isEmpty()) {
                first++;
            }
            int end = first;
            while (end < lines.size() && (lines.get(end).cells().isEmpty() || ColumnBlocks.samePage(lines.get(end), lines.get(first)))) {
                end++;
            }
            end = page(lines, start, end, notes);
            start = end;
        }
        return new Result(lines, notes);
    }

    /** Pairs the headings and value blocks of the page in lines [start, end); returns the page's new end. */
    private static int page(List<OcrTextRows.Line> lines, int start, int end, Map<OcrTextRows.Line, List<Diagnostic>> notes) {
        List<Integer> heads = new ArrayList<>();
        List<Integer> valueHeads = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (levelsOnly(lines.get(i))) {
                heads.add(i);
            } else if (ColumnBlocks.alone(lines.get(i), Vocabulary.Column.VALUE)) {
                valueHeads.add(i);
            }
        }
        if (heads.isEmpty() || heads.size() != valueHeads.size()) {
            return end;
        }
        // plan every pairing before changing a line, so indices hold
        List<int[]> plans = new ArrayList<>();
        List<ColumnBlocks.Fitted> fits = new ArrayList<>();
        List<List<Diagnostic>> joins = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            int h = heads.get(k);
            int rows = 0;
            while (h + 1 + rows < end && isRow(lines.get(h + 1 + rows))) {
                rows++;
            }
            int v = valueHeads.get(k);
            if (rows < 2 || v > h && v <= h + rows || numbered(lines, h + 1, h + 1 + rows)) {
                continue;
            }
            int blockEnd = Math.min(ColumnBlocks.block(lines, v + 1, lines.get(v)), end);
            List<Diagnostic> diags = new ArrayList<>();
            ColumnBlocks.Fitted fit = ColumnBlocks.fit(ColumnBlocks.cells(lines, v + 1, blockEnd), rows, "value", diags);
            if (fit == null) {
                continue;
            }
            plans.add(new int[] {h, rows, v, blockEnd});
            fits.add(fit);
            joins.add(diags);
        }
        if (plans.isEmpty()) {
            return end;
        }
        List<Integer> drop = new ArrayList<>();
        for (int p = 0; p < plans.size(); p++) {
            int h = plans.get(p)[0], rows = plans.get(p)[1], v = plans.get(p)[2], blockEnd = plans.get(p)[3];
            ColumnBlocks.Fitted fit = fits.get(p);
            OcrTextRows.Line head = lines.get(h);
            Cell vh = lines.get(v).cells().get(0);
            List<Diagnostic> diags = new ArrayList<>();
            List<Cell> hc = new ArrayList<>(head.cells());
            hc.add(vh.withText("指标值"));
            OcrTextRows.Line made = new OcrTextRows.Line(hc, head.indent(), head.prose());
            lines.set(h, made);
            for (int r = 0; r < rows; r++) {
                OcrTextRows.Line row = lines.get(h + 1 + r);
                List<Cell> rc = split(row.cells(), diags);
                rc.add(fit.cells().get(r));
                lines.set(h + 1 + r, new OcrTextRows.Line(rc, row.indent(), row.prose()));
            }
            int taken = v + 1 + fit.lines();
            for (int k = v; k < taken; k++) {
                drop.add(k);
            }
            for (int k = taken; k < blockEnd; k++) {
                OcrTextRows.Line left = lines.get(k);
                lines.set(k, new OcrTextRows.Line(left.cells(), left.indent(), true));
            }
            // the column's cells printed right above its 指标值 (the implementing unit beside the header): no rows either
            int top = v - 1;
            while (top >= start && !lines.get(top).cells().isEmpty() && !heads.contains(top) && !valueHeads.contains(top) && ColumnBlocks.block(lines, top, lines.get(v)) > top
                    && !lines.get(top).cells().get(0).text().contains("指标")) {
                OcrTextRows.Line above = lines.get(top);
                lines.set(top, new OcrTextRows.Line(above.cells(), above.indent(), true));
                top--;
            }
            Locator at = head.cells().get(0).at();
            diags.add(0, new Diagnostic("ocr-repaired", "value column printed apart from its rows (指标值 alone on line "
                    + vh.at().line() + " with " + rows + " values under it; the heading prints no value column): paired back by"
                    + " order with the " + rows + " rows under the heading"
                    + (fit.left() > 0 ? "; the " + fit.left() + " lines printed after the values left where they were" : ""), at));
            diags.addAll(joins.get(p));
            notes.put(made, diags);
        }
        java.util.Collections.sort(drop);
        for (int k = drop.size() - 1; k >= 0; k--) {
            lines.remove((int) drop.get(k));
        }
        return end - drop.size();
    }

    /** A numbered indicator name ({@code 指标3:}, the word misread or a speck before it). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^.{0,3}标\\s*\\d");

    /**
     * Whether a row of lines [from, to) prints a numbered name: the forms that number their indicators
     * are ruled, and their values print on their rows (a lone 指标值 there is a heading word printed
     * apart, not a column of values).
     */
    private static boolean numbered(List<OcrTextRows.Line> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            for (Cell c : lines.get(k).cells()) {
                if (NUMBERED.matcher(c.text().strip()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two category labels in one piece with a rule's stroke read as a quote between them ({@code 成本指标 ”社会成本指标}). */
    private static final java.util.regex.Pattern TWO_LABELS = java.util.regex.Pattern.compile("(\\S+)\\s+[“”\"]+(\\S+)");

    /** A row's cells with each piece holding two category labels split at the stroke between them (a cell-split note each). */
    private static List<Cell> split(List<Cell> cells, List<Diagnostic> diags) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            java.util.regex.Matcher m = TWO_LABELS.matcher(c.text().strip());
            if (m.matches() && Vocabulary.wholeCategory(m.group(1)) != null && Vocabulary.wholeCategory(m.group(2)) != null) {
                out.add(c.withText(m.group(1)));
                out.add(c.withText(m.group(2)));
                diags.add(new Diagnostic("cell-split", "two category labels in one piece, a rule's stroke read as a quote between"
                        + " them: \"" + c.text().strip() + "\" split", c.at()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a line is a heading of level words only with 三级指标 among them and no value heading:
     * its Han characters are level words ({@code 绩效指标}, {@code 一级指标}, {@code 二级指标},
     * {@code 三级指标}; one of the first three at least) and at most two other characters (specks).
     */
    static boolean levelsOnly(OcrTextRows.Line l) {
        StringBuilder han = new StringBuilder();
        for (Cell c : l.cells()) {
            String t = c.text();
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                    han.append(ch);
                }
            }
        }
        return levelWordsOnly(han.toString());
    }

    /** {@link #levelsOnly} of a line's Han characters. */
    private static boolean levelWordsOnly(String s) {
        if (!s.contains("三级指标") || s.contains("值")) {
            return false;
        }
        int others = 0;
        for (String w : LEVEL_WORDS) {
            if (!w.equals("三级指标") && s.contains(w)) {
                others++;
            }
            s = s.replace(w, "");
        }
        return others >= 1 && s.length() <= 2;
    }

    /**
     * Whether some line of a document's text could be a heading of {@link #levelsOnly} once split into
     * an OCR text reader's pieces: a necessary condition of {@link #rewrite} pairing anything, found by
     * one scan of the text without splitting it (detection asks it of every text with no tab or bar).
     * The lines are those the reader makes (ended by a line feed, carriage return or form feed); a
     * piece keeps every Han character of its line but {@code 丨}, which the reader takes for a rule, so
     * the line's Han characters less 丨 are the heading's.
     *
     * @param text a document's text
     * @return false when no line can be such a heading (then nothing would be paired)
     */
    static boolean mayHoldHeading(String text) {
        int len = text.length();
        int from = 0;
        while (from < len) {
            int end = from;
            boolean three = false;
            while (end < len) {
                char c = text.charAt(end);
                if (c == '\n' || c == '\r' || c == '\f') {
                    break;
                }
                three |= c == '三';
                end++;
            }
            if (three) {
                StringBuilder han = new StringBuilder();
                for (int i = from; i < end; i++) {
                    char ch = text.charAt(i);
                    if (ch != '丨' && Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                        han.append(ch);
                    }
                }
                if (levelWordsOnly(han.toString())) {
                    return true;
                }
            }
            from = end + 1;
        }
        return false;
    }

    /** A row under such a heading: two pieces or more, or a piece holding 指标; no heading, title or year. */
    private static boolean isRow(OcrTextRows.Line l) {
        if (l.cells().isEmpty() || l.prose() || levelsOnly(l)) {
            return false;
        }
        if (l.cells().size() >= 2) {
            for (Cell c : l.cells()) {
                if (ColumnBlocks.levelHeading(c.text()) && OcrTextRows.column(c.text()) == Vocabulary.Column.VALUE) {
                    return false;
                }
            }
            return true;
        }
        String t = l.cells().get(0).text();
        return t.contains("指标") && !ColumnBlocks.levelHeading(t) && !SpacedRows.isTitle(t) && !SpacedRows.isYear(t);
    }
}
