package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * A wrapped category label's last line ({@code 标}, {@code 指标}, {@code 意度指标}) in a {@code pdftotext -layout} table,
 * printed under the label's first line: a merged cell's lines are printed inside the cell, so the rest starts within the
 * first line's span (left-aligned at its start, or centred under it), and it ends that label. The split and the table's
 * usual starts may put it elsewhere — in the name column, or in the other label column whose usual start is nearer (a
 * later page printed on a narrower grid: {@code 满意度指 服务对象满意度} / {@code 标    指标}, the level-2 tail nearer the
 * level-1 column's start than its own; {@code 服务对象满} / {@code 意度指标} at its start, read as a name) — and the label,
 * cut short, then no longer spans its row, the rest a row of its own. {@link LaidOutTable#realigned} puts it in its
 * label's column.
 */
final class LabelTailUnder {
    private LabelTailUnder() {
    }

    /** The code of the note on a row holding such a tail moved to its label. */
    static final String CODE = "label-tail-under";

    /**
     * The level column (一级, 二级) whose label a cell ends, or -1: the cell is no level label itself, the column is
     * empty on its line, and the column's nearest text a few lines up ({@link LaidOutPages#LABEL_END_REACH}) is a
     * category's whole label with the cell and not alone ({@link #completes}), and spans the cell's start as printed
     * (from a column left of its start to two columns a character right of it: a wide character is at most two columns
     * of the text). Where two columns
     * qualify, the one whose label starts nearer the cell.
     *
     * @param above the table's lines above, as placed
     * @param l     the line
     * @param c     the cell's column
     * @param roles the heading's column roles
     */
    static int column(List<Line> above, Line l, int c, List<ColumnFit.Role> roles) {
        String t = l.texts()[c];
        int s = l.starts()[c];
        if (t == null || s < 0 || Vocabulary.isLevel1Label(t) || Vocabulary.isLevel2Label(t) || ends(above, l, c, c, roles) >= 0) {
            return -1; // a tail in a level column whose label it ends stays
        }
        int best = -1;
        int bestGap = Integer.MAX_VALUE;
        for (int k = 0; k < roles.size(); k++) {
            if (k == c || l.texts()[k] != null && !l.texts()[k].isBlank()) {
                continue;
            }
            int gap = ends(above, l, c, k, roles);
            if (gap >= 0 && gap < bestGap) {
                best = k;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * How far from the cell's start the label in level column {@code k} a few lines up starts, where the cell ends that
     * label and stands within its first line's span; -1 where not.
     */
    private static int ends(List<Line> above, Line l, int c, int k, List<ColumnFit.Role> roles) {
        ColumnFit.Role r = roles.get(k);
        if (r != ColumnFit.Role.L1 && r != ColumnFit.Role.L2) {
            return -1;
        }
        String t = l.texts()[c];
        int s = l.starts()[c];
        for (int i = above.size() - 1; i >= 0 && l.number() - above.get(i).number() <= LaidOutPages.LABEL_END_REACH; i--) {
            String head = above.get(i).texts()[k];
            if (head == null || head.isBlank()) {
                continue;
            }
            int hs = above.get(i).starts()[k];
            return hs >= 0 && completes(head, t, r) && s >= hs - 1 && s <= hs + 2 * PrintWidths.width(head)
                    ? Math.abs(s - hs) : -1;
        }
        return -1;
    }

    /**
     * Whether {@code tail} completes {@code head} into a category's whole label, which {@code head} is not
     * ({@code 服务对象满意度} / {@code 指标}: the short form is a label too, but printed whole it would not wrap), of the
     * level of the column {@code head} stands in. A label put in the other level's column (a later page on a narrower
     * grid: {@code 可持续影} at the level-2 column's start there, the level-1 column's on the table's first page) is no label
     * of that column, and its tail is none either: taken there, the cut level-2 label became the group's level-1 label.
     */
    static boolean completes(String head, String tail, ColumnFit.Role column) {
        Vocabulary.Category cat = Vocabulary.category(head + tail);
        return cat != null && Text.key(head + tail).equals(cat.label()) && !Text.key(head).equals(cat.label())
                && (cat.level() == Vocabulary.Level.BOTH || (cat.level() == Vocabulary.Level.L1) == (column == ColumnFit.Role.L1));
    }
}
