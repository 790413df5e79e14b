package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A category label's last characters printed under its first part in a label column (产出指 | 标) that the line's
 * split put in the name column: alone on the label column's side of a line, the tail costs the split less as a name
 * than as a label with the name column skipped (参保人数(人) is printed on the line between, at the row's middle).
 */
final class LabelTails {
    private LabelTails() {
    }

    /**
     * The lines with each such tail moved to its label column: a name column's text that is a label's last characters
     * ({@link LaidOutPages#isLabelEnd}: 标, 指标), starting inside a label column (from two columns left of its heading to two left of the next
     * heading) that is empty on its line, where the text of that column a few lines up ({@link LaidOutPages#LABEL_END_REACH}) is no label alone
     * and a whole level label with the tail.
     *
     * @param lines   the table's lines, placed in the heading's columns
     * @param roles   the heading's column roles
     * @param heading where each heading starts (display columns)
     * @param nameAt  the name column
     * @return the lines, those holding such a tail replaced
     */
    static List<Line> toTheirLabel(List<Line> lines, List<ColumnFit.Role> roles, int[] heading, int nameAt) {
        if (heading == null || nameAt < 1) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.texts()[nameAt];
            int s = l.starts()[nameAt];
            int c = t == null || s < 0 || !LaidOutPages.isLabelEnd(t) ? -1 : labelColumn(roles, heading, nameAt, s);
            if (c >= 0 && l.texts()[c] == null && completes(out, c, t, l.number())) {
                String[] texts = l.texts().clone();
                int[] starts = l.starts().clone();
                texts[c] = t;
                starts[c] = s;
                texts[nameAt] = null;
                starts[nameAt] = -1;
                l = new Line(l.number(), texts, starts, l.page());
            }
            out.add(l);
        }
        return out;
    }

    /** The level column (一级, 二级) left of the name whose room a text starting at {@code s} stands in, or -1. */
    private static int labelColumn(List<ColumnFit.Role> roles, int[] heading, int nameAt, int s) {
        for (int c = 0; c < nameAt; c++) {
            ColumnFit.Role r = roles.get(c);
            if ((r == ColumnFit.Role.L1 || r == ColumnFit.Role.L2) && s >= heading[c] - 2 && s <= heading[c + 1] - 2) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the last text of column {@code c} a few lines up is no label alone and a level label with the tail. */
    private static boolean completes(List<Line> before, int c, String tail, int number) {
        for (int k = before.size() - 1; k >= 0 && number - before.get(k).number() <= LaidOutPages.LABEL_END_REACH; k--) {
            String head = before.get(k).texts()[c];
            if (head != null) {
                return !level(head) && level(head + tail);
            }
        }
        return false;
    }

    private static boolean level(String text) {
        return Vocabulary.isLevel1Label(text) || Vocabulary.isLevel2Label(text);
    }
}
