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

    /**
     * As {@link #secondValueUnderNext}, for a value that does not read as one by itself (a qualitative 成效明显): the name
     * on {@code at} is whole when its line holds a value narrower than the value column's widest (it does not wrap), the
     * next name line holds no cell of its own and is as wide as its column (a name's first line that wraps, not a name's
     * end), and the line right under it holds a value and no name (the next row's name wrapped round its value: 对健全社会救助体系的影响 | 成效明显, then 对健全医疗保障制度体系的 / 成效明显 / 作用).
     *
     * @param widest per column, its widest cell's print width
     */
    static boolean wholeValueThenNext(LaidOutTable.Line at, LaidOutTable.Line next, Map<Integer, LaidOutTable.Line> byNumber,
                                      List<ColumnFit.Role> roles, int nameAt, double[] widest) {
        int v = roles.indexOf(ColumnFit.Role.VALUE);
        if (v < 0 || at == null || next == null || next.number() <= at.number() || !has(at, v)
                || PrintWidths.width(at.texts()[v]) >= widest[v] - FULL) {
            return false;
        }
        for (int c = 0; c < roles.size(); c++) {
            if (c != nameAt && !LaidOutTable.isLabel(roles.get(c)) && has(next, c)) {
                return false;
            }
        }
        LaidOutTable.Line after = byNumber.get(next.number() + 1);
        return has(after, v) && !has(after, nameAt) && PrintWidths.width(next.texts()[nameAt]) >= widest[nameAt] - FULL;
    }

    /** The code of the note on a row whose name was kept apart from the next by the completed values beside both. */
    static final String ACTUALS = "name-beside-actual";

    /**
     * Whether a name line and the next name line each stand beside a cell of their own in the 实际完成值 column, the
     * first one whole (narrower than the column's widest cell, or the next opening as a value does): a self-report
     * prints one completed value per row, so the names are two rows, not one name wrapped. The value column's own test
     * ({@code LaidOutTable.whole}) asks the same of 指标值 first; this one is for lines where the value column says
     * nothing: a page whose values the split read a column right ({@code 参保对象满意度(%) | 100% | 98%} then
     * {@code 工作满意度 | 100% | 99%}, the value column empty on both lines), or a row whose value is wrapped round its
     * line ({@code 基金滚存结余可支付月数(月) | 6-9 | 6-9} at a page's foot, then {@code 普遍} / {@code 开展门诊统筹 | 普遍开展} /
     * {@code 开展}): joined, two names and two completed values ran together.
     *
     * @param at     the last line of the open name
     * @param next   the next line with text in the name column
     * @param widest per column, its widest cell's print width
     */
    static boolean eachItsActual(LaidOutTable.Line at, LaidOutTable.Line next, List<ColumnFit.Role> roles, double[] widest) {
        int a = roles.indexOf(ColumnFit.Role.ACTUAL);
        return a >= 0 && at != null && next != null && next.number() > at.number() && has(at, a) && has(next, a)
                && !LaidOutTable.cutInDecimals(at.texts()[a], next.texts()[a])
                && (PrintWidths.width(at.texts()[a]) < widest[a] - FULL || dev.zhibiao.internal.grammar.Grammar.opensValue(next.texts()[a]));
    }

    /**
     * {@link #eachItsActual}, asked only where the value column says nothing on the two lines and between them (a page whose values the
     * split read a column right) or where a page break falls between the two lines (a row whole on a page's last line,
     * the next page's first name under it): elsewhere a name wrapped beside a completed value wrapped with it (a
     * numbered print's {@code 指标1：…} over two lines, each beside a piece of its 实际完成值) is one name.
     */
    static boolean apartByActuals(LaidOutTable.Line at, LaidOutTable.Line next, Map<Integer, LaidOutTable.Line> byNumber,
                                  List<ColumnFit.Role> roles, double[] widest) {
        if (!eachItsActual(at, next, roles, widest)) {
            return false;
        }
        if (at.page() != next.page()) {
            return true;
        }
        int v = roles.indexOf(ColumnFit.Role.VALUE);
        for (int n = at.number(); v >= 0 && n <= next.number(); n++) {
            if (has(byNumber.get(n), v)) {
                return false; // a value beside the lines, or between them: the value column's own test decides
            }
        }
        return true;
    }

    /** How much narrower than the column's widest text a wrapped line may be (as {@code LaidOutTable}'s). */
    private static final double FULL = 0.95;

    /**
     * The first lines of the names {@link #eachItsActual} kept apart from the name before them where the value column
     * did not (it holds no value on the two lines) and the name before looked wrapped ({@code LaidOutTable.wraps}: it
     * would have gone on), for the {@value #ACTUALS} note.
     */
    static java.util.NavigableSet<Integer> apartByActual(List<LaidOutTable.Chunk> names, List<LaidOutTable.Line> lines,
                                                         List<ColumnFit.Role> roles, double[] widest) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        int v = roles.indexOf(ColumnFit.Role.VALUE);
        int name = roles.indexOf(ColumnFit.Role.NAME);
        Map<Integer, LaidOutTable.Line> byNumber = new java.util.HashMap<>();
        for (LaidOutTable.Line l : lines) {
            byNumber.put(l.number(), l);
        }
        for (int k = 1; k < names.size(); k++) {
            LaidOutTable.Line at = byNumber.get(names.get(k - 1).last);
            LaidOutTable.Line next = byNumber.get(names.get(k).first);
            if (apartByActuals(at, next, byNumber, roles, widest) && !(v >= 0 && has(at, v) && has(next, v))
                    && LaidOutChunks.wraps(names.get(k - 1), next.number(), next.texts()[name], widest[name])) {
                out.add(next.number());
            }
        }
        return out;
    }

    /** A {@value #ACTUALS} note on a row that opens on such a line. */
    static void note(Row row, int first, int last, java.util.NavigableSet<Integer> apart,
                     Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        for (Integer n : apart.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new java.util.ArrayList<>()).add(new dev.zhibiao.Diagnostic(ACTUALS, "a name beside a"
                    + " completed value of its own, under a name beside another, read as a row of its own, not that name's"
                    + " wrapped end (line " + n + ")", dev.zhibiao.Locator.line(n)));
        }
    }

    private static boolean value(LaidOutTable.Line l, int c) {
        return has(l, c) && ColumnFit.readsAsValue(l.texts()[c]);
    }

    private static boolean has(LaidOutTable.Line l, int c) {
        return l != null && l.texts()[c] != null && !l.texts()[c].isBlank();
    }
}
