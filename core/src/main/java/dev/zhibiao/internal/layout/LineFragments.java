package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * Printed lines (plain OCR text, {@link Document#printedLines}) read as indicators that hold nothing
 * but a name cell no indicator can be named by, once every join of the lines is made: a value
 * ({@code 623}, {@code ≥95}: a wrapped value cell's line, or a value printed twice, that no indicator
 * took), an indicator heading word ({@code 三级指标}: a heading cell's line printed among the rows), or a
 * piece of a category label wrapped in its merged cell ({@code 度指标}, {@code 度指}: the end or middle
 * of 服务对象满意度指标, ending 指 or 指标, not a whole category). The cell is a remnant; the line's labels,
 * if it has any, stay as a row of labels (the label placement reads them). A line whose name cell is a
 * heading word or a label's piece and that prints more cells ({@code 指标 | 培训次数}: the label's tail
 * in the name column, a wrapped name's tail in the value column) is no indicator either: every cell of
 * it is a remnant ({@link #withCells}).
 */
final class LineFragments {
    private LineFragments() {
    }

    /**
     * Sets the fragments aside.
     *
     * @param reads the table's reads after the printed-line joins
     * @param d     where the remnants go
     */
    static void setAside(List<Read> reads, SheetDraft d) {
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            Cell name = r.content.get(Column.NAME);
            if (name == null) {
                continue;
            }
            String why = r.content.size() == 1 && r.others.isEmpty() ? why(name.text()) : withCells(name.text());
            if (why == null) {
                continue;
            }
            d.remnant(name, why);
            r.content.remove(Column.NAME);
            for (Cell c : r.content.values()) {
                d.remnant(c, "a cell on the line of " + name.text().strip() + " (" + why + ")");
            }
            for (Cell c : r.others) {
                d.remnant(c, "a cell on the line of " + name.text().strip() + " (" + why + ")");
            }
            r.content.clear();
            r.others.clear();
            r.otherHeadings.clear();
            if (r.labels.isEmpty()) {
                reads.remove(i--);
            }
        }
    }

    /** Why a name-only line is no indicator, or null when it may be one. */
    static String why(String text) {
        return reason(text, ALONE);
    }

    /**
     * Why a line whose name cell has other cells beside it is no indicator, or null when it may be
     * one: its name is a value ({@code 0 | 0}, {@code ≥85% | ≥85%}: a value printed twice, 指标值 and
     * 全年实际完成值 side by side, read into the name and value columns; {@code 8 | 救助比例}), an indicator
     * heading word or a piece of a category label (as {@link #why}), so whatever the line prints beside it
     * (the tail of a wrapped name, a value's piece) names no indicator either.
     */
    static String withCells(String text) {
        return reason(text, BESIDE);
    }

    /** The reasons of {@link #why}: a value, a heading word, a label's piece. */
    private static final String[] ALONE = {
        "a value on a printed line of its own that no indicator took, not an indicator",
        "an indicator heading word on a printed line among the rows, not an indicator",
        "a piece of a category label wrapped in its merged cell, printed where a name stands"};
    /** The reasons of {@link #withCells}, in the same order. */
    private static final String[] BESIDE = {
        "a value where a name stands, with cells beside it, not an indicator",
        "an indicator heading word where a name stands, with cells beside it, not an indicator",
        "a piece of a category label wrapped in its merged cell, printed where a name stands, with cells beside it"};

    private static String reason(String text, String[] reasons) {
        String k = Text.key(text);
        if (k.isEmpty() || IndicatorTable.numberedName(k)) {
            return null;
        }
        if (IndicatorTable.isValueLike(text)) {
            return reasons[0];
        }
        if (Vocabulary.column(text) != null) {
            return reasons[1];
        }
        if (Vocabulary.category(text) == null && labelPiece(k)) {
            return reasons[2];
        }
        return null;
    }

    /** A key of two characters or more, ending 指 or 指标, inside a category label longer than it. */
    static boolean labelPiece(String k) {
        if (k.length() < 2 || !(k.endsWith("指") || k.endsWith("指标"))) {
            return false;
        }
        for (String label : Vocabulary.CATEGORIES.keySet()) {
            if (label.length() > k.length() && label.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
