package dev.zhibiao.internal.layout;

import java.util.List;
import java.util.Map;

/**
 * A row of an indicator table has one value: in a table printed as aligned text ({@code pdftotext -layout}), a name
 * line beside a value does not go on into the next name line when the value column holds another value on the line
 * right under that next name line (with no name of its own there). Joined, the row would hold both values; the next
 * name is a row of its own, wrapped round its value ({@code 定点医疗机构监管 | ≥90}, then {@code 高血压患者规范管} /
 * {@code ≥90} / {@code 理率}, the basis column's {@code 按上级文件 / 政策} printed between). A name exactly as wide as its
 * narrow column looked full and took the next name.
 */
final class OneValuePerRow {
    private OneValuePerRow() {
    }

    /**
     * @param at       the last line of the open name
     * @param next     the next line with text in the name column
     * @param byNumber the table's lines by number
     * @param roles    the heading's column roles
     * @param nameAt   the name column
     * @return whether the name on {@code at} is whole: its line holds a value and the next name's next line another
     */
    static boolean secondValueUnderNext(LaidOutTable.Line at, LaidOutTable.Line next, Map<Integer, LaidOutTable.Line> byNumber,
                                        List<ColumnFit.Role> roles, int nameAt) {
        int v = roles.indexOf(ColumnFit.Role.VALUE);
        if (v < 0 || at == null || next == null || next.number() <= at.number() || !value(at, v) || has(next, v)) {
            return false;
        }
        LaidOutTable.Line after = byNumber.get(next.number() + 1);
        return value(after, v) && !has(after, nameAt);
    }

    private static boolean value(LaidOutTable.Line l, int c) {
        return has(l, c) && ColumnFit.readsAsValue(l.texts()[c]);
    }

    private static boolean has(LaidOutTable.Line l, int c) {
        return l != null && l.texts()[c] != null && !l.texts()[c].isBlank();
    }
}
