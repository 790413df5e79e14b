package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * Which cells a label column of a {@code pdftotext -layout} line takes by where they start, for
 * {@link LaidOutTable#realigned}. A category label column holds a category's label, whole ({@code 服务对象满意度指标}) or
 * the first line of it wrapped ({@code 服务对象满意度指} / {@code 标}); a browser prints a name one space after such a label
 * and {@code pdftotext -layout} then starts the name nearer the label column's usual start than its own (its character
 * columns are counted over the wide glyphs before it: a start one space after a text is a lower bound only). Such a
 * column takes no other cell of the line that the label does not go on in, and no cell with neither a Han character nor
 * a digit (a unit's {@code （%）}, a bracket: the tail of a name or value, no label's text) in any case. A figure
 * ({@code >959%} in OCR text) is left to the start as before: the rows read it back by content.
 */
final class LabelColumnCells {
    private LabelColumnCells() {
    }

    /** A Han character or a digit: a text holding neither (（%）, a bracket, a unit sign) is a tail of another cell. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{IsHan}0-9]");

    /**
     * Whether column {@code k} of the line takes no cell {@code c} by where that cell starts.
     *
     * @param l     the line as split
     * @param k     the column the cell's start is asked against
     * @param c     the cell's column
     * @param roles the columns' roles
     * @return whether the cell is kept out of column {@code k}
     */
    static boolean closed(Line l, int k, int c, List<ColumnFit.Role> roles) {
        if (k == c || !LaidOutTable.isLabel(roles.get(k)) || roles.get(k) == ColumnFit.Role.LEAD) {
            return false;
        }
        return LaidOutPages.holdsItsLabel(l, k, roles) || reason(l, k, c, roles) != null;
    }

    /**
     * Why label column {@code k} takes no cell {@code c} beyond holding a whole label of its own, or null: the cell holds
     * neither a Han character nor a digit, or the column holds a wrapped category label's first line the cell does not go on.
     */
    static String reason(Line l, int k, int c, List<ColumnFit.Role> roles) {
        String cell = l.texts()[c];
        if (cell == null || !LaidOutTable.isLabel(roles.get(k)) || roles.get(k) == ColumnFit.Role.LEAD) {
            return null;
        }
        if (!WORD.matcher(cell).find()) {
            return "a label column takes no text without a Han character or a digit";
        }
        String t = l.texts()[k];
        if (t == null || t.isBlank() || c < k) {
            return null;
        }
        return wrappedLabel(t, cell, roles.get(k)) ? "it holds the first line of the wrapped label \"" + t.strip()
                + "\", which the text does not go on" : null;
    }

    /**
     * Why label column {@code k} takes no cell {@code c} of a line by the line above it, or null: the cell stands in a
     * column that is no label's (a name, a value), the column is empty on the line and the line right above holds in it the first line of a wrapped category label of its level
     * ({@code 服务对象满意度指}, its {@code 标} below) that the cell does not go on. A browser centres a row's name on the
     * label wrapped round it, and pdftotext starts such a name (工作满意度) nearer the label column than its own; the
     * label's lines are its own cell's.
     *
     * @param above the line right above, or null
     */
    static String under(Line above, Line l, int k, int c, List<ColumnFit.Role> roles) {
        String cell = l.texts()[c];
        if (above == null || above.number() != l.number() - 1 || cell == null || c < k || LaidOutTable.isLabel(roles.get(c))
                || !LaidOutTable.isLabel(roles.get(k))
                || roles.get(k) == ColumnFit.Role.LEAD || l.texts()[k] != null && !l.texts()[k].isBlank()) {
            return null;
        }
        String t = above.texts()[k];
        if (t == null || t.isBlank()) {
            return null;
        }
        return wrappedLabel(t, cell, roles.get(k)) ? "the line above holds the first line of the wrapped label \""
                + t.strip() + "\", which the text does not go on" : null;
    }

    /**
     * Whether {@code t}, printed in a label column of {@code role}, is the first line of a wrapped category label of that
     * column's level (not a whole label) that {@code cell} does not go on.
     */
    private static boolean wrappedLabel(String t, String cell, ColumnFit.Role role) {
        Vocabulary.Category head = Vocabulary.category(t);
        boolean level = role == ColumnFit.Role.L2 ? head != null && head.level() != Vocabulary.Level.L1
                : head != null && head.level() != Vocabulary.Level.L2;
        return level && !Text.key(t).equals(head.label()) && Vocabulary.category(t + cell) == null;
    }

    /**
     * Whether label column {@code c} keeps its cell from column {@code k}, a column after the labels: the cell is a whole
     * category label of the column's level ({@code 数量指标} in 二级指标), which no name or value is. A print whose names
     * drift left of their heading (Chromium's unruled gov style: 指标1：… at 7 under 三级指标 at 30) gives the name column
     * a usual start nearer the label's own than the label column's.
     */
    static boolean keeps(Line l, int k, int c, List<ColumnFit.Role> roles) {
        if (k == c || !LaidOutTable.isLabel(roles.get(c)) || roles.get(c) == ColumnFit.Role.LEAD || LaidOutTable.isLabel(roles.get(k))) {
            return false;
        }
        String t = l.texts()[c];
        Vocabulary.Category cat = t == null ? null : Vocabulary.category(t);
        if (cat == null || !Text.key(t).equals(cat.label())) {
            return false;
        }
        return roles.get(c) == ColumnFit.Role.L2 ? cat.level() != Vocabulary.Level.L1 : cat.level() != Vocabulary.Level.L2;
    }
}
