package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.LaidOutTable.FULL;
import static dev.zhibiao.internal.layout.LaidOutTable.ITEM_NUMBER;
import static dev.zhibiao.internal.layout.LaidOutTable.isLabel;
import static dev.zhibiao.internal.layout.PrintWidths.width;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.grammar.Grammar;
import dev.zhibiao.internal.layout.LaidOutTable.Chunk;
import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * A name wrapped round a line that holds only the row's category labels, for {@link LaidOutChunks#names}.
 *
 * <p>A print centres every cell of a row on the row's middle: a name of two lines beside other cells of two lines, in a
 * row of three lines, leaves the middle line to the one-line labels ({@code 效果指 | 城镇居民医保覆盖 | 参加医保的城镇居民人数占城镇居
 * | 根据上级文件} / {@code 社会效益指标} / {@code 标 | 率（%） | 民总人数的比率 | 或方案}). The two name lines are one name when
 * the three lines stand apart (a blank line, the print's space between rows, before the first and after the last), the
 * line between holds a label and no other cell, and every other cell beside the first name line is as wide as its
 * column (it wraps) and goes on, in the same column, beside the second, with no value opening there (no comparison or
 * number starts it), each a text (a description, a basis: no value, which a row prints whole beside its name): the name's
 * line and the cells beside it wrap alike. Two one-line rows set apart round a level-1 label's first line hold values
 * ({@code 社会效益指标 | 困难群众看病就医方便程度 | 明显提高} / {@code 效益指} / {@code 标 | 困难群众医疗费用负担减轻程度 | 有效缓解}: a
 * value as wide as its column is no wrapped value). Rows printed on consecutive lines round a label
 * between them (an unruled table, or one printed without space between rows: 提高长护人员护理水平 | 逐步提高 / 满意度指 /
 * 政策知晓率 | ≥95%; 对健全社会救助体系的影响 | 成效明显 / 可持续影响指标 / 对健全医疗保障制度体系的作用 | 成效明显) are not
 * set apart that way, and hold values of their own.
 */
final class NameRoundLabels {
    /** The code of the note on a row whose name was joined this way. */
    static final String CODE = "name-round-labels";

    private NameRoundLabels() {
    }

    /**
     * Whether a name line two lines below the open name goes on it, round a line of labels only.
     *
     * @param open     the name so far
     * @param next     the name line asked about
     * @param byNumber the table's lines by number
     * @param roles    the columns' roles
     * @param nameAt   the name column
     * @param widest   per column, the widest text it holds
     * @return whether {@code next} is the open name's second line
     */
    static boolean joins(Chunk open, Line next, Map<Integer, Line> byNumber, List<ColumnFit.Role> roles, int nameAt,
                         double[] widest) {
        if (next.number() != open.last + 2) {
            return false;
        }
        Line at = byNumber.get(open.last);
        Line between = byNumber.get(open.last + 1);
        String t = next.texts()[nameAt];
        if (at == null || between == null || byNumber.containsKey(open.last - 1) || byNumber.containsKey(next.number() + 1)
                || has(between, nameAt) || t == null || Rx.find(ITEM_NUMBER, Text.key(t))
                || ColumnFit.category(t) != null) {
            return false;
        }
        boolean label = false;
        int wrapping = 0;
        for (int c = 0; c < roles.size(); c++) {
            if (c == nameAt) {
                continue;
            }
            if (isLabel(roles.get(c))) {
                label |= has(between, c);
                continue;
            }
            if (has(between, c) || has(at, c) != has(next, c)) {
                return false;
            }
            if (has(at, c)) {
                if (roles.get(c) != ColumnFit.Role.TEXT || width(at.texts()[c]) < widest[c] - FULL || widest[c] < 4
                        || Grammar.opensValue(next.texts()[c])) {
                    return false;
                }
                wrapping++;
            }
        }
        return label && wrapping > 0;
    }

    private static boolean has(Line l, int c) {
        return l != null && l.texts()[c] != null && !l.texts()[c].isBlank();
    }

    /** Notes on a row each of its lines in {@code joined} (a name's second line read as such by {@link #joins}). */
    static void note(Row row, int first, int last, NavigableSet<Integer> joined, Map<Row, List<Diagnostic>> notes) {
        for (Integer n : joined.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new Diagnostic(CODE, "a name line two lines below the name,"
                    + " round a line of category labels only, read as the name's second line: the cells beside the name's first"
                    + " line reach their columns' width and go on beside it (line " + n + ")", Locator.line(n)));
        }
    }
}
