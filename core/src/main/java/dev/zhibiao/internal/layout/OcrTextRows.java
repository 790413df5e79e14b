package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Rx;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows from the plain text of an OCR engine: each line's pieces (text between runs of spaces and
 * the table's rules, cut by the reader) become cells; a line of one piece that is a title or a year
 * is prose.
 */
public final class OcrTextRows {
    private OcrTextRows() {
    }

    /**
     * One line of OCR text.
     *
     * @param cells   its pieces, in order, marked as read by an engine
     * @param indent  the spaces before its first piece
     */
    public record Line(List<Cell> cells, int indent, boolean prose) {
        /** Copies the cells. */
        public Line {
            cells = List.copyOf(cells);
        }

        /**
         * A line of the page, table or prose as its pieces say.
         *
         * @param cells  its pieces, in order
         * @param indent the spaces before its first piece
         */
        public Line(List<Cell> cells, int indent) {
            this(cells, indent, false);
        }
    }

    /**
     * @param lines the document's non-blank lines in order
     * @return its rows
     */
    public static List<Row> rows(List<Line> lines) {
        return read(lines).rows();
    }

    /**
     * Whether the lines hold an indicator table the engine printed column by column that
     * {@link ColumnBlocks} pairs back into rows (level labels, then names under 三级指标, then values
     * under 指标值, as many of each).
     *
     * @param lines the document's non-blank lines in order
     * @return true when such a table is found and paired
     */
    public static boolean printedByColumns(List<Line> lines) {
        return !ColumnBlocks.rewrite(lines).notes().isEmpty();
    }

    /**
     * Whether the lines hold an indicator table whose value column the engine printed apart from its
     * rows that {@link ValueColumnBlocks} gives back (a heading of level words only, 指标值 alone over
     * as many values as the heading has rows, as many such headings as value headings on the page).
     *
     * @param lines the document's non-blank lines in order
     * @return true when such a table is found and paired
     */
    public static boolean valueColumnApart(List<Line> lines) {
        return !ValueColumnBlocks.rewrite(lines).notes().isEmpty();
    }

    /**
     * A necessary condition of {@link #valueColumnApart} found by one scan of the text, without splitting
     * it into lines and pieces: some line whose Han characters are level words only, 三级指标 among them
     * (detection asks this of every text with no tab or bar; the full test only where it holds).
     *
     * @param text a document's text, as the OCR text reader splits it into lines (line feeds,
     *             carriage returns and form feeds) and pieces (dropping {@code 丨} as a rule)
     * @return false when {@link #valueColumnApart} of its lines cannot be true
     */
    public static boolean mayHoldValueColumnApart(String text) {
        return ValueColumnBlocks.mayHoldHeading(text);
    }

    /**
     * The rows and what was joined to make them.
     *
     * @param rows  the rows
     * @param notes per row (identity) the joins made in it, as {@code cell-joined} diagnostics
     */
    public record Result(List<Row> rows, Map<Row, List<Diagnostic>> notes) {
    }

    /**
     * @param lines the document's non-blank lines in order
     * @return its rows, and the joins made in them (each a diagnostic on the row that took the text)
     */
    public static Result read(List<Line> lines) {
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        List<Row> out = new ArrayList<>();
        List<Cell> prev = null;
        ColumnBlocks.Result blocks = ColumnBlocks.rewrite(lines);
        ValueColumnBlocks.Result apart = ValueColumnBlocks.rewrite(blocks.lines());
        List<Line> all = new ArrayList<>(apart.lines());
        Map<Line, List<Diagnostic>> made = new IdentityHashMap<>(blocks.notes());
        made.putAll(apart.notes());
        for (int li = 0; li < all.size(); li++) {
            Line l = all.get(li);
            if (l.cells().isEmpty()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(l.cells());
            if (prev != null && li + 1 < all.size()) {
                Across three = acrossThreeLines(prev, cells, all.get(li + 1).cells());
                if (three != null) {
                    // the heading's other words printed over the lines above and below its level words
                    Row last = out.remove(out.size() - 1);
                    if (!three.above().isEmpty()) {
                        Row kept = new Row(three.above(), last.table(), last.at());
                        out.add(kept);
                        note(notes, last, kept, null);
                    }
                    cells = new ArrayList<>(three.heading());
                    Cell head = cells.get(0);
                    Row row = new Row(cells, true, new Locator(head.at().line(), null, head.at().page()));
                    out.add(row);
                    notes.put(row, three.notes());
                    all.set(li + 1, new Line(three.below(), all.get(li + 1).indent()));
                    prev = cells;
                    continue;
                }
            }
            Cell first = cells.get(0);
            Locator at = new Locator(first.at().line(), null, first.at().page());
            if (l.prose() || cells.size() == 1 && (SpacedRows.isTitle(first.text()) || SpacedRows.isYear(first.text()))) {
                out.add(new Row(cells, false, at));
                prev = null;
                continue;
            }
            // the merged 绩效指标 cell printed first on a line stands left of the labels
            int t = 0;
            while (t < cells.size() - 1 && Vocabulary.column(cells.get(t).text()) == Vocabulary.Column.LEAD) {
                t++;
            }
            int h = 0;
            while (prev != null && h < prev.size() - 1 && Vocabulary.column(prev.get(h).text()) == Vocabulary.Column.LEAD) {
                h++;
            }
            List<Diagnostic> rest = prev != null && cells.size() > t + 1 ? WrappedRowTails.join(prev, cells, t) : null;
            if (rest != null) {
                // the row's second printed line: its label's end and its other cells' ends, joined back
                Row last = out.remove(out.size() - 1);
                Row joined = new Row(prev, last.table(), last.at());
                out.add(joined);
                note(notes, last, joined, null);
                notes.computeIfAbsent(joined, k -> new ArrayList<>()).addAll(rest);
                continue;
            }
            if (prev != null && cells.size() > t + 1 && wrapped(prev.get(h).text(), cells.get(t).text())) {
                // the end of a label wrapped in its merged cell (产出指 / 标): back onto its first line
                Cell p = prev.get(h);
                prev.set(h, p.withText(p.text() + cells.get(t).text()));
                Row last = out.remove(out.size() - 1);
                Row joined = new Row(prev, last.table(), last.at());
                out.add(joined);
                note(notes, last, joined, new Diagnostic("cell-joined", "label \"" + p.text() + "\" ends on the next printed line (\""
                        + cells.get(t).text() + "\", wrapped in its merged cell): joined back", cells.get(t).at()));
                cells.remove(t);
            } else if (prev != null && out.size() >= 2) {
                wrappedOverValues(out, notes, prev, cells);
            }
            List<Diagnostic> tails = li + 1 < all.size() && headings(cells) >= 2 ? tailsBelow(cells, all, li + 1) : List.of();
            if (prev != null && headings(cells) >= 2) {
                // a heading row printed over two lines (全年实际完 / 成值): the line above holds the
                // heads of its last headings
                int taken = 0;
                int i = cells.size() - 1;
                int j = prev.size() - 1;
                List<Diagnostic> heads = new ArrayList<>();
                while (i >= 0 && j >= 0 && !isHeading(cells.get(i).text())
                        && dev.zhibiao.internal.text.Text.key(cells.get(i).text()).length() <= 4
                        && !OcrRepair.HEADING_WORDS.contains(dev.zhibiao.internal.text.Text.key(prev.get(j).text()))
                        && isHeading(prev.get(j).text() + cells.get(i).text())) {
                    Cell c = cells.get(i);
                    heads.add(new Diagnostic("cell-joined", "heading \"" + prev.get(j).text() + c.text() + "\" printed over two lines (\""
                            + prev.get(j).text() + "\" / \"" + c.text() + "\"): joined", c.at()));
                    cells.set(i, c.withText(prev.get(j).text() + c.text()));
                    prev.set(j, prev.get(j).withText(""));
                    taken++;
                    i--;
                    j--;
                }
                if (taken > 0) {
                    Row last = out.remove(out.size() - 1);
                    List<Cell> left = new ArrayList<>();
                    for (Cell c : prev) {
                        if (!c.text().isEmpty()) {
                            left.add(c);
                        }
                    }
                    if (!left.isEmpty()) {
                        Row kept = new Row(left, last.table(), last.at());
                        out.add(kept);
                        note(notes, last, kept, null);
                    } else if (notes.containsKey(last)) {
                        heads.addAll(0, notes.remove(last)); // the line above is all taken: its notes go with the heading
                    }
                }
                Row row = new Row(cells, true, at);
                out.add(row);
                heads.addAll(tails);
                if (!heads.isEmpty()) {
                    notes.put(row, heads);
                }
                prev = cells;
                continue;
            }
            Row row = new Row(cells, true, at);
            out.add(row);
            if (!tails.isEmpty()) {
                notes.put(row, new ArrayList<>(tails));
            }
            prev = cells;
        }
        for (Map.Entry<Line, List<Diagnostic>> e : made.entrySet()) {
            // the pairing's notes go on the row made of the heading line (first cell the same object)
            for (Row r : out) {
                if (!r.cells().isEmpty() && r.cells().get(0) == e.getKey().cells().get(0)) {
                    notes.computeIfAbsent(r, k -> new ArrayList<>()).addAll(e.getValue());
                    break;
                }
            }
        }
        return new Result(out, notes);
    }

    /**
     * The end of a label wrapped in its merged cell two printed lines below its head, the line
     * between holding only the value printed in the middle of the row ({@code 产出 | 工作人员参加} /
     * {@code >2 次} / {@code 指标 | 培训次数}): each piece of this line that ends the piece printed
     * at the same place two lines up ({@link #wrapped}) goes back onto it, as many as the line
     * prints (a two-period sheet prints the label twice). The line between must hold no label,
     * heading or piece that could head a wrapped label, and this line must keep text of its own.
     * Each join a {@code cell-joined} diagnostic.
     */
    private static void wrappedOverValues(List<Row> out, Map<Row, List<Diagnostic>> notes, List<Cell> between, List<Cell> cells) {
        Row above = out.get(out.size() - 2);
        if (!above.table() || between.size() > 2) {
            return;
        }
        for (Cell c : between) {
            if (!IndicatorTable.isValueLike(c.text())) {
                return; // only a value (>2 次) stands between a label's two lines
            }
        }
        if (cells.stream().allMatch(c -> dev.zhibiao.internal.text.Text.key(c.text()).length() <= 2)) {
            return; // the line keeps a name of its own (培训次数)
        }
        List<Cell> head = new ArrayList<>(above.cells());
        List<Diagnostic> joins = new ArrayList<>();
        for (int j = cells.size() - 1; j >= 0; j--) {
            if (j >= head.size()) {
                continue;
            }
            Cell tail = cells.get(j);
            Cell h = head.get(j);
            if (wrapped(h.text(), tail.text())) {
                head.set(j, h.withText(h.text() + tail.text()));
                joins.add(0, new Diagnostic("cell-joined", "label \"" + h.text() + "\" ends two printed lines below (\""
                        + tail.text() + "\", wrapped in its merged cell around the row's value): joined back", tail.at()));
                cells.remove(j);
            }
        }
        if (joins.isEmpty()) {
            return;
        }
        Row joined = new Row(head, true, above.at());
        out.set(out.size() - 2, joined);
        note(notes, above, joined, null);
        notes.computeIfAbsent(joined, k -> new ArrayList<>()).addAll(joins);
    }

    /**
     * A heading row whose tall cells wrap onto the next printed line ({@code 三级指标 | 绩效指标描述 |
     * 指标 | 指标值确定依} / {@code 值 | 据}): from the right, each piece of the next line that ends the
     * heading line's piece above it in a heading word exactly (指标 + 值 = 指标值; the piece above no
     * heading word alone) is joined to it, while they pair; at least two pairs, or none is joined.
     * The pieces of the next line left over stay on it. Not where the next line holds a heading word
     * itself (then it is the heading row, the heads of its words above it). Each join a
     * {@code cell-joined} diagnostic.
     *
     * @return the joins made (the heading line's cells and the next line changed in place), or none
     */
    static List<Diagnostic> tailsBelow(List<Cell> cells, List<Line> all, int next) {
        List<Cell> below = all.get(next).cells();
        if (headings(below) > 0) {
            return List.of(); // the heading's own line (its heads above it: the caller's other join)
        }
        int i = cells.size() - 1;
        int k = below.size() - 1;
        List<String> words = new ArrayList<>();
        while (i >= 0 && k >= 0) {
            String a = Rx.replaceAll(STROKES, dev.zhibiao.internal.text.Text.key(cells.get(i).text()), "");
            String b = Rx.replaceAll(STROKES, dev.zhibiao.internal.text.Text.key(below.get(k).text()), "");
            if (a.isEmpty() || b.isEmpty() || OcrRepair.HEADING_WORDS.contains(a) || !OcrRepair.HEADING_WORDS.contains(a + b)) {
                break;
            }
            words.add(0, a + b);
            i--;
            k--;
        }
        if (words.size() < 2) {
            return List.of();
        }
        List<Diagnostic> notes = new ArrayList<>();
        for (int j = 0; j < words.size(); j++) {
            Cell head = cells.get(i + 1 + j);
            Cell tail = below.get(k + 1 + j);
            notes.add(new Diagnostic("cell-joined", "heading \"" + words.get(j) + "\" printed over two lines (\"" + head.text() + "\" / \""
                    + tail.text() + "\", the line under the heading row): joined", tail.at()));
            cells.set(i + 1 + j, head.withText(words.get(j)));
        }
        all.set(next, new Line(new ArrayList<>(below.subList(0, k + 1)), all.get(next).indent()));
        return notes;
    }

    /** A heading printed over three lines: what is left above it, the heading, what is left below. */
    record Across(List<Cell> above, List<Cell> heading, List<Cell> below, List<Diagnostic> notes) {
    }

    /** Stops, commas, quotes and bars a rule is read as: no heading word holds one. */
    private static final java.util.regex.Pattern STROKES = java.util.regex.Pattern.compile("[。、，,.．;；:：“”‘’'\"|丨_·\\s]+");

    /**
     * A heading row whose level words fill one printed line ({@code 二级指标  三级指标}) while the
     * words of its taller cells are split over the lines above and below it ({@code 指标 | 全年实际 |
     * 未完成原因和} / {@code 值 | 完成值 | 改进措施}): from the right, the pieces above and below are
     * joined in pairs while each pair makes a heading word (or one character off one) that neither
     * piece is alone (a piece one character off a word may still take the rest of it when the pair
     * makes a heading word exactly: {@code 指标值确定依} / {@code 据}); at least two pairs, one of them
     * no level word. The middle line may name other columns (绩效指标描述) but not the value column
     * (then it is a heading of its own). The level words joined (一级指标 beside the merged 绩效指标)
     * go before the middle line's, the others after it.
     *
     * @return the three lines re-cut, or null when the lines are no such heading
     */
    static Across acrossThreeLines(List<Cell> above, List<Cell> middle, List<Cell> below) {
        int levels = 0;
        for (Cell c : middle) {
            Vocabulary.Column col = isHeading(c.text()) ? column(c.text()) : null;
            if (col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME) {
                levels++;
            } else if (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.ACTUAL) {
                return null; // the middle line names the value column: a heading of its own
            }
        }
        if (levels < 2 || above.isEmpty() || below.isEmpty()) {
            return null;
        }
        List<Cell> joined = new ArrayList<>();
        List<Diagnostic> notes = new ArrayList<>();
        int i = above.size() - 1;
        int k = below.size() - 1;
        boolean other = false;
        while (i >= 0 && k >= 0) {
            String a = Rx.replaceAll(STROKES, dev.zhibiao.internal.text.Text.key(above.get(i).text()), "");
            String b = Rx.replaceAll(STROKES, dev.zhibiao.internal.text.Text.key(below.get(k).text()), "");
            // a piece one character off a heading word is that word misread, unless with the
            // piece below it makes a heading word exactly (指标值确定依 / 据, 二级指 / 标)
            boolean exact = OcrRepair.HEADING_WORDS.contains(a + b);
            if (a.isEmpty() || b.isEmpty() || !exact && (whole(a) != null || whole(b) != null) || whole(a + b) == null) {
                break;
            }
            Vocabulary.Column col = column(a + b);
            other |= col != Vocabulary.Column.LEAD && col != Vocabulary.Column.L1 && col != Vocabulary.Column.L2;
            joined.add(0, above.get(i).withText(a + b));
            notes.add(0, new Diagnostic("cell-joined", "heading \"" + a + b + "\" printed over the lines above and below the level headings (\""
                    + above.get(i).text() + "\" / \"" + below.get(k).text() + "\"): joined", above.get(i).at()));
            i--;
            k--;
        }
        if (joined.size() < 2 || !other) {
            return null;
        }
        List<Cell> heading = new ArrayList<>();
        List<Cell> after = new ArrayList<>();
        for (Cell c : joined) {
            Vocabulary.Column col = column(c.text());
            (col == Vocabulary.Column.LEAD || col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 ? heading : after).add(c);
        }
        heading.addAll(middle);
        heading.addAll(after);
        return new Across(new ArrayList<>(above.subList(0, i + 1)), heading, new ArrayList<>(below.subList(0, k + 1)), notes);
    }

    /** The whole heading word {@code k} is, or is one character off, or null. */
    private static String whole(String k) {
        return OcrRepair.HEADING_WORDS.contains(k) ? k : OcrRepair.nearest(k, OcrRepair.HEADING_WORDS);
    }

    /** The column a heading word names, or the one it is one character off, or null. */
    static Vocabulary.Column column(String text) {
        String k = dev.zhibiao.internal.text.Text.key(text);
        String w = whole(k);
        return Vocabulary.column(w == null ? k : w);
    }

    /** Moves the notes of a row replaced by another to it, and adds one. */
    private static void note(Map<Row, List<Diagnostic>> notes, Row was, Row now, Diagnostic added) {
        List<Diagnostic> list = notes.remove(was);
        list = list == null ? new ArrayList<>() : list;
        if (added != null) {
            list.add(added);
        }
        if (!list.isEmpty()) {
            notes.put(now, list);
        }
    }

    private static int headings(List<Cell> cells) {
        int n = 0;
        for (Cell c : cells) {
            if (isHeading(c.text())) {
                n++;
            }
        }
        return n;
    }

    /** A heading of the indicator table, or one character off one. */
    static boolean isHeading(String text) {
        String k = dev.zhibiao.internal.text.Text.key(text);
        return !k.isEmpty() && (Vocabulary.column(k) != null && ColumnFit.isHeadingWord(k)
                || OcrRepair.nearest(k, OcrRepair.HEADING_WORDS) != null);
    }

    /**
     * Whether {@code tail}, one or two characters starting a line, ends the label {@code head}
     * started on the line above: together they are a category label or an indicator heading,
     * {@code head} alone is neither.
     */
    static boolean wrapped(String head, String tail) {
        String t = dev.zhibiao.internal.text.Text.key(tail);
        String h = dev.zhibiao.internal.text.Text.key(head);
        if (t.isEmpty() || t.length() > 2 || !t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        String joined = h + t;
        // a truncated label (产出指) already reads as its category: the tail completes the word
        return !Vocabulary.CATEGORIES.containsKey(h) && Vocabulary.column(h) == null
                && (Vocabulary.CATEGORIES.containsKey(joined) || Vocabulary.column(joined) != null);
    }
}
