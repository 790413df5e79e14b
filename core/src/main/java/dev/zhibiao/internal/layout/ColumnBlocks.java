package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator table an OCR engine printed column by column: the level labels in a run of lines
 * under {@code 一级指标} / {@code 二级指标}, later {@code 三级指标} alone on its line with a block of
 * names under it (one a line), later {@code 指标值} alone with a block of values. Nothing on such
 * lines pairs a name with its value; the page says how many rows there are only through the level-2
 * labels it lists (one per row in these sheets). When the names, and the values, come to exactly
 * that count, the three blocks are paired back by order into rows under a heading made of the level
 * words; otherwise the lines are left as they were printed.
 *
 * <p>A block counts one printed line as one cell, except a cell wrapped at its column's width: when
 * a block has more lines than rows, a line as wide as the widest of the block's first lines (ten
 * characters or more: the column's width reached) takes the shorter line after it, top down, while
 * the count asks. A block may run on past the table (the engine's next block, an org name printed
 * before 指标值): only its first cells, as many as rows, are taken; the rest stays where it was
 * printed and the diagnostic counts it. A block with fewer cells than rows pairs nothing. Every
 * pairing and join is a diagnostic on the rows made.
 */
final class ColumnBlocks {
    /** A cell that reached its column's width: the shortest line a wrap is looked for after. */
    private static final int WRAP_WIDTH = 10;
    /** Money printed in the header beside the blocks ({@code 24480000}): no name nor value. */
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("[0-9.,]{5,}");

    private ColumnBlocks() {
    }

    /**
     * The lines with each column-by-column table made back into a heading line and one line per
     * row, and the diagnostics of each row made (identity of the line).
     */
    record Result(List<OcrTextRows.Line> lines, Map<OcrTextRows.Line, List<Diagnostic>> notes) {
    }

    static Result rewrite(List<OcrTextRows.Line> in) {
        List<OcrTextRows.Line> lines = new ArrayList<>(in);
        Map<OcrTextRows.Line, List<Diagnostic>> notes = new IdentityHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (alone(lines.get(i), Vocabulary.Column.NAME)) {
                int next = pair(lines, i, notes);
                if (next >= 0) {
                    i = next;
                }
            }
        }
        return new Result(lines, notes);
    }

    /** Whether a line is one piece, a heading word naming {@code col}. */
    static boolean alone(OcrTextRows.Line l, Vocabulary.Column col) {
        if (l.cells().size() != 1) {
            return false;
        }
        String t = l.cells().get(0).text();
        return levelHeading(t) && OcrTextRows.column(t) == col;
    }

    private static Integer page(OcrTextRows.Line l) {
        return l.cells().isEmpty() ? null : l.cells().get(0).at().page();
    }

    static boolean samePage(OcrTextRows.Line a, OcrTextRows.Line b) {
        return java.util.Objects.equals(page(a), page(b));
    }

    /**
     * Pairs the names under the 三级指标 line at {@code at} with a later value block and the level
     * labels before it; returns the index of the last line made, or -1 when nothing was paired.
     */
    private static int pair(List<OcrTextRows.Line> lines, int at, Map<OcrTextRows.Line, List<Diagnostic>> notes) {
        OcrTextRows.Line head = lines.get(at);
        List<Integer> labelLines = new ArrayList<>();
        java.util.Set<String> level1 = new java.util.LinkedHashSet<>();
        List<Cell> level2 = labels(lines, at, labelLines, level1);
        if (level2.size() < 2) {
            return -1;
        }
        int rows = level2.size();
        int namesEnd = block(lines, at + 1, head);
        List<Cell> names = cells(lines, at + 1, namesEnd);
        int v = -1;
        for (int j = namesEnd; j < lines.size() && samePage(lines.get(j), head); j++) {
            if (alone(lines.get(j), Vocabulary.Column.VALUE)) {
                v = j;
                break;
            }
            if (alone(lines.get(j), Vocabulary.Column.NAME)) {
                return -1;
            }
        }
        if (v < 0) {
            return -1;
        }
        int valuesEnd = block(lines, v + 1, head);
        List<Cell> values = cells(lines, v + 1, valuesEnd);
        List<Diagnostic> diags = new ArrayList<>();
        Fitted fn = fit(names, rows, "name", diags);
        Fitted fv = fit(values, rows, "value", diags);
        if (fn == null || fv == null) {
            return -1;
        }
        names = fn.cells();
        values = fv.cells();
        int takenNames = at + 1 + fn.lines();
        int takenValues = v + 1 + fv.lines();
        // the rows, where the value heading was printed (what lies between stays before the table)
        List<OcrTextRows.Line> made = new ArrayList<>();
        Cell h = lines.get(v).cells().get(0);
        Locator hat = head.cells().get(0).at();
        List<Cell> heading = List.of(new Cell("一级指标", hat, h.confidence()), new Cell("二级指标", hat, h.confidence()),
                head.cells().get(0).withText("三级指标"), h.withText("指标值"));
        OcrTextRows.Line headingLine = new OcrTextRows.Line(heading, 0);
        made.add(headingLine);
        diags.add(0, new Diagnostic("ocr-repaired", "table printed column by column (" + rows + " level-2 labels, then "
                + rows + " names under 三级指标, then " + rows + " values under 指标值): paired back by order"
                + (fn.left() + fv.left() > 0 ? "; the lines printed after them (" + fn.left() + " after the names, " + fv.left()
                        + " after the values) left where they were" : ""), hat));
        notes.put(headingLine, diags);
        for (int r = 0; r < rows; r++) {
            Cell l2 = level2.get(r);
            String l2text = Vocabulary.category(l2.text()).label();
            String parent = parent(l2, level2, level1, diags);
            Cell name = names.get(r);
            List<Cell> row = new ArrayList<>();
            row.add(l2.withText(parent == null ? l2text : parent));
            row.add(l2.withText(l2text));
            row.add(name);
            row.add(values.get(r));
            made.add(new OcrTextRows.Line(row, 0));
        }
        // remove the consumed lines (from the end, so indices hold), then put the rows at the value heading
        List<Integer> drop = new ArrayList<>(labelLines);
        for (int k = at; k < takenNames; k++) {
            drop.add(k);
        }
        for (int k = v; k < takenValues; k++) {
            drop.add(k);
        }
        // the value block's lines past the table: the engine's next block, no row of this table
        for (int k = takenValues; k < valuesEnd; k++) {
            OcrTextRows.Line left = lines.get(k);
            lines.set(k, new OcrTextRows.Line(left.cells(), left.indent(), true));
        }
        java.util.Collections.sort(drop);
        // the rows go where the value heading was (what lies between, the header's cells, stays
        // before the table), unless a sheet's title was printed between the labels and the values:
        // then the next sheet starts there, and the rows go where the labels were
        int runStart = labelLines.isEmpty() ? at : java.util.Collections.min(labelLines);
        int where = v;
        for (int k = runStart; k < v; k++) {
            if (lines.get(k).cells().size() == 1 && SpacedRows.isTitle(lines.get(k).cells().get(0).text())) {
                where = runStart;
                break;
            }
        }
        int insertAt = where;
        for (int k = drop.size() - 1; k >= 0; k--) {
            int d = drop.get(k);
            lines.remove(d);
            if (d < where) {
                insertAt--;
            }
        }
        lines.addAll(insertAt, made);
        return insertAt + made.size() - 1;
    }

    /**
     * The level-1 label of a row: the vocabulary's parent of its level-2 label, unless the run
     * printed level-1 labels without it and exactly one printed label is no parent of any level-2
     * label listed (效果指标 where the vocabulary names 效益指标): then that one, a diagnostic.
     */
    private static String parent(Cell l2, List<Cell> level2, java.util.Set<String> level1, List<Diagnostic> diags) {
        String parent = Vocabulary.category(l2.text()).parent();
        if (parent == null || level1.isEmpty() || level1.contains(parent)) {
            return parent;
        }
        List<String> spare = new ArrayList<>(level1);
        for (Cell c : level2) {
            spare.remove(Vocabulary.category(c.text()).parent());
        }
        if (spare.size() != 1) {
            return parent;
        }
        diags.add(new Diagnostic("label-canonical", "level-1 label of " + Vocabulary.category(l2.text()).label() + ": the page prints "
                + spare.get(0) + ", not " + parent + ", among its level-1 labels", l2.at()));
        return spare.get(0);
    }

    /**
     * The level-2 labels of the run of label lines nearest before {@code at} on its page: a run
     * starts at a line holding 一级指标 or 二级指标 and holds only level headings, category labels
     * and the tails of labels wrapped in their cells (标, 指标); its lines are added to {@code used}.
     */
    private static List<Cell> labels(List<OcrTextRows.Line> lines, int at, List<Integer> used, java.util.Set<String> level1) {
        OcrTextRows.Line head = lines.get(at);
        for (int s = at - 1; s >= 0 && samePage(lines.get(s), head); s--) {
            if (!startsRun(lines.get(s))) {
                continue;
            }
            List<Cell> l2 = new ArrayList<>();
            int e = s;
            while (e < at && labelLine(lines.get(e))) {
                for (Cell c : lines.get(e).cells()) {
                    Vocabulary.Category cat = isTail(c.text()) || levelHeading(c.text()) ? null : Vocabulary.category(c.text());
                    if (cat != null && cat.level() == Vocabulary.Level.L2) {
                        l2.add(c);
                    }
                }
                used.add(e);
                e++;
            }
            if (e > s + 1) {
                // the level-1 column's run printed just before (一级指标 / 成本指标 / 产出指标 …) goes too
                for (int b = s - 1; b >= 0 && samePage(lines.get(b), head) && labelLine(lines.get(b)); b--) {
                    used.add(b);
                }
                for (int k : used) {
                    for (Cell c : lines.get(k).cells()) {
                        Vocabulary.Category cat = isTail(c.text()) || levelHeading(c.text()) ? null : Vocabulary.category(c.text());
                        if (cat != null && cat.level() == Vocabulary.Level.L1) {
                            level1.add(cat.label());
                        }
                    }
                }
                return l2;
            }
            used.clear();
        }
        return List.of();
    }

    private static boolean startsRun(OcrTextRows.Line l) {
        for (Cell c : l.cells()) {
            if (levelHeading(c.text())) {
                Vocabulary.Column col = OcrTextRows.column(c.text());
                if (col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2) {
                    return labelLine(l);
                }
            }
        }
        return false;
    }

    /** A heading word (or one character off one) that is no category label (时效指标 is one off 绩效指标). */
    static boolean levelHeading(String t) {
        return Vocabulary.wholeCategory(t) == null && OcrTextRows.isHeading(t);
    }

    private static boolean labelLine(OcrTextRows.Line l) {
        for (Cell c : l.cells()) {
            String t = c.text();
            if (isTail(t)) {
                continue;
            }
            if (levelHeading(t)) {
                Vocabulary.Column col = OcrTextRows.column(t);
                if (col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.LEAD) {
                    continue;
                }
                return false;
            }
            if (Vocabulary.category(t) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTail(String t) {
        String k = Text.key(t);
        return k.equals("标") || k.equals("指标");
    }

    /** The end (exclusive) of a block of one-piece lines from {@code from}: cells of the table, one a line. */
    static int block(List<OcrTextRows.Line> lines, int from, OcrTextRows.Line head) {
        int e = from;
        while (e < lines.size() && samePage(lines.get(e), head) && inBlock(lines.get(e))) {
            e++;
        }
        return e;
    }

    private static boolean inBlock(OcrTextRows.Line l) {
        if (l.cells().size() != 1) {
            return false;
        }
        String t = l.cells().get(0).text();
        String k = Text.key(t);
        return !k.isEmpty() && !levelHeading(t) && !SpacedRows.isTitle(t) && !SpacedRows.isYear(t)
                && !Vocabulary.isKnownHeaderLabel(t) && !MoneyVocabulary.isFundingLabel(t) && Vocabulary.wholeCategory(t) == null
                && !Rx.matches(MONEY, k);
    }

    static List<Cell> cells(List<OcrTextRows.Line> lines, int from, int to) {
        List<Cell> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(lines.get(k).cells().get(0));
        }
        return out;
    }

    /**
     * A block brought to {@code rows} cells: lines after the widest line (the column's width
     * reached) joined to it while there are more; a value block's lines past the rows left out
     * (the engine's next block). Null when the block has fewer cells than rows, or more that no
     * wrap explains.
     */
    static Fitted fit(List<Cell> block, int rows, String what, List<Diagnostic> diags) {
        List<Cell> out = new ArrayList<>(block);
        List<Integer> spans = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            spans.add(1);
        }
        // the column's width: the widest of the lines that can be the table's (as many as rows, and one)
        int width = 0;
        for (int k = 0; k < Math.min(out.size(), rows + 1); k++) {
            width = Math.max(width, Text.key(out.get(k).text()).length());
        }
        List<Diagnostic> joins = new ArrayList<>();
        for (int k = 0; k + 1 < out.size() && out.size() > rows && k < rows; k++) {
            String a = out.get(k).text();
            Cell bc = out.get(k + 1);
            String b = bc.text();
            if (spans.get(k) == 1 && width >= WRAP_WIDTH && Text.key(a).length() == width && Text.key(b).length() < width) {
                out.set(k, out.get(k).withText(a + b));
                spans.set(k, 1 + spans.remove(k + 1));
                out.remove(k + 1);
                joins.add(new Diagnostic("cell-joined", what + " \"" + a + "\" wrapped at its column's width: \""
                        + b + "\" on the next printed line joined to it", bc.at()));
            }
        }
        if (out.size() < rows) {
            return null;
        }
        diags.addAll(joins);
        int used = 0;
        for (int k = 0; k < rows; k++) {
            used += spans.get(k);
        }
        return new Fitted(new ArrayList<>(out.subList(0, rows)), used, block.size() - used);
    }

    /** A block's cells, one a row, and how many printed lines they took. */
    record Fitted(List<Cell> cells, int lines, int left) {
    }
}
