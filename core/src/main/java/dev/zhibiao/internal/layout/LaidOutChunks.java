package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.LaidOutTable.COMPARED_START;
import static dev.zhibiao.internal.layout.LaidOutTable.FULL;
import static dev.zhibiao.internal.layout.LaidOutTable.ITEM_NUMBER;
import static dev.zhibiao.internal.layout.LaidOutTable.UNIT_ONLY;
import static dev.zhibiao.internal.layout.LaidOutTable.WRAP_GAP;
import static dev.zhibiao.internal.layout.LaidOutTable.cutInDecimals;
import static dev.zhibiao.internal.layout.LaidOutTable.cutInDigits;
import static dev.zhibiao.internal.layout.LaidOutTable.isLabel;
import static dev.zhibiao.internal.layout.LaidOutTable.unitRest;
import static dev.zhibiao.internal.layout.PrintWidths.width;

import dev.zhibiao.internal.grammar.Grammar;
import dev.zhibiao.internal.layout.LaidOutTable.Chunk;
import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a laid-out table's columns, each over the lines it wraps: which lines of a column are one cell
 * (a name wrapped round its row, a label over its block, a value clause over two lines), for {@link LaidOutTable#rows}.
 * Moved out of {@link LaidOutTable} unchanged (session 28: that file had reached the size limit).
 */
final class LaidOutChunks {
    private LaidOutChunks() {
    }

    /**
     * The cells of one column: its lines' texts, wrapped lines joined; none wraps onto a line in
     * {@code rowStarts} (a line where a name starts a row of its own starts this column's cell too), nor onto the
     * first line of a cell printed round the next row's one-line name ({@link RoundName#startsCell}); a line opening with
     * a comparison only as the rest of a clause that names no figure yet ({@link ValueClauses}).
     */
    static List<Chunk> chunks(List<Line> lines, int c, boolean label, double widest, java.util.Set<Integer> rowStarts,
                                      List<Chunk> rows, java.util.NavigableSet<Integer> clauses) {
        List<Chunk> out = new ArrayList<>();
        Chunk open = null;
        java.util.Map<Integer, Line> byNumber = new java.util.HashMap<>();
        lines.forEach(l -> byNumber.put(l.number(), l));
        Line before = null;
        for (Line l : lines) {
            String t = l.texts()[c];
            Line above = before;
            before = l;
            if (t == null || t.isBlank()) {
                continue;
            }
            boolean goesOn = open != null && (label ? LaidOutLabels.labelGoesOn(open, l.number(), t) || LaidOutLabels.tailOverPage(open, above, l, t)
                    : !rowStarts.contains(l.number()) && !crossesRow(open, l.number(), rows) && wraps(open, l.number(), t, widest)
                    && !RoundName.startsCell(l.number(), c, byNumber, rows)
                    && (!Rx.find(COMPARED_START, Text.key(t)) || ValueClauses.joins(open.text.toString(), t, l.number(), clauses)));
            boolean rest = !goesOn && open != null && !label && l.number() - open.last <= 2 && (cutInDecimals(open.text.toString(), t)
                    || unitRest(open.text.toString(), t) || open.first == open.last && cutInDigits(open.text.toString(), t, widest));
            if (goesOn || rest) {
                boolean glued = !label && open.first == open.last && cutInDigits(open.text.toString(), t, widest);
                if (glued || !goesOn) {
                    open.rests.add(l.number()); // a repair, not a wrap: noted on the row (noteRests)
                }
                if (glued) {
                    open.addGlued(l.number(), t); // one number: no space inside its digits
                    continue;
                }
                open.add(l.number(), t);
                continue;
            }
            open = new Chunk(c, l.number(), t);
            out.add(open);
        }
        return out;
    }

    /** The code of {@link #noteRests}' diagnostic. */
    static final String VALUE_REST = "value-rest-joined";

    /**
     * Notes each line of the row read as the rest of a value the column's edge cut: in its decimals ({@code ≥98.} /
     * {@code 5%}), before its unit ({@code ≤3.05} / {@code 万元}) or inside its digits ({@code ≥4848} / {@code 0人}, joined
     * without a space).
     */
    static void noteRests(Row row, int first, int last, java.util.NavigableSet<Integer> rests,
                          java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        for (Integer n : rests.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(VALUE_REST, "a value cut at its"
                    + " column's edge (in its number or before its unit): line " + n + " read as its rest", dev.zhibiao.Locator.line(n)));
        }
    }

    /**
     * The name cells: the name column's lines, wrapped lines joined, except where the other cells
     * printed around them say the name is whole. Cells are printed at the vertical middle of their
     * row, so a name line with another content cell on the line just above and just below and no
     * name there, the line above as wide as its column (it wraps onto the line below), is a one-line
     * name centred in a row of three lines; and a name line beside a value (the 指标值 column)
     * that does not reach its column's width, followed by a name line beside a value of its own, is
     * a row of one line (a wrapped name's one-line value is printed between its lines, a two-line
     * value reaches its column's width and goes on in no new value: no comparison or number starts
     * its second line). A name beside a cell of its own does not go on into such a centred name. A
     * name also goes on around its row's centred value ({@link #around}).
     */
    static List<Chunk> names(List<Line> lines, List<ColumnFit.Role> roles, int nameAt, double[] widest) {
        return names(lines, roles, nameAt, widest, new java.util.TreeSet<>());
    }

    /** As {@link #names(List, List, int, double[])}, recording in {@code tails} each name line read by {@link NameTailAfterValue}. */
    static List<Chunk> names(List<Line> lines, List<ColumnFit.Role> roles, int nameAt, double[] widest, java.util.NavigableSet<Integer> tails) {
        return names(lines, roles, nameAt, widest, tails, new java.util.TreeSet<>());
    }

    /** As above, recording in {@code round} each name line joined round a line of labels ({@link NameRoundLabels}). */
    static List<Chunk> names(List<Line> lines, List<ColumnFit.Role> roles, int nameAt, double[] widest, java.util.NavigableSet<Integer> tails,
                             java.util.NavigableSet<Integer> round) {
        return names(lines, roles, nameAt, widest, tails, round, new java.util.TreeSet<>());
    }

    /** As above, recording in {@code asActual} each name line joined round its completed value ({@link #wrappedAsActual}). */
    static List<Chunk> names(List<Line> lines, List<ColumnFit.Role> roles, int nameAt, double[] widest, java.util.NavigableSet<Integer> tails,
                             java.util.NavigableSet<Integer> round, java.util.NavigableSet<Integer> asActual) {
        return names(lines, roles, nameAt, widest, tails, round, asActual, new java.util.TreeSet<>());
    }

    /** As above, recording in {@code overPage} each name line joined to the name before a page break ({@link CellOverPage}). */
    static List<Chunk> names(List<Line> lines, List<ColumnFit.Role> roles, int nameAt, double[] widest, java.util.NavigableSet<Integer> tails,
                             java.util.NavigableSet<Integer> round, java.util.NavigableSet<Integer> asActual,
                             java.util.NavigableSet<Integer> overPage) {
        java.util.Map<Integer, Line> byNumber = new java.util.HashMap<>();
        for (Line l : lines) {
            byNumber.put(l.number(), l);
        }
        List<Chunk> out = new ArrayList<>();
        Chunk open = null;
        List<java.util.Set<Integer>> labelCells = labelCells(lines, roles);
        for (Line l : lines) {
            String t = l.texts()[nameAt];
            if (t == null || t.isBlank()) {
                continue;
            }
            boolean overBreak = open != null && CellOverPage.goesOn(open, l, byNumber, nameAt, widest[nameAt]);
            if (open != null && (wraps(open, l.number(), t, widest[nameAt]) && !apart(open, l.number(), byNumber)
                    || around(open, l, byNumber, roles, nameAt) || overBreak)
                    && !whole(open, l, byNumber, roles, nameAt, widest) && !secondLabel(open, l, byNumber, roles)
                    && !secondLabelCell(open, l.number(), labelCells)
                    && !RoundName.balanced(open, byNumber, roles, nameAt)
                    || unitUnder(open, l.number(), t)) {
                if (besideThenApart(byNumber.get(open.last), l, byNumber, roles, nameAt)) {
                    tails.add(l.number()); // read as the name's end by NameTailAfterValue
                }
                if (wrappedAsActual(byNumber.get(open.last), l, byNumber.get(open.last + 1), roles)
                        && apartBeside(open, l, byNumber, roles, nameAt, widest)) {
                    asActual.add(l.number()); // joined only by the completed value between (else two rows)
                }
                if (overBreak && !(wraps(open, l.number(), t, widest[nameAt]) && !apart(open, l.number(), byNumber))) {
                    overPage.add(l.number()); // joined only over the page break
                }
                open.add(l.number(), t);
                continue;
            }
            if (open != null && NameRoundLabels.joins(open, l, byNumber, roles, nameAt, widest) && round.add(l.number())) {
                open.add(l.number(), t); // a name wrapped round its row's labels
                continue;
            }
            open = new Chunk(nameAt, l.number(), t);
            out.add(open);
        }
        return out;
    }

    /**
     * Whether a name line holds, in a label column, a whole category label of the vocabulary while a line of the name
     * so far holds another in that column: a row has one label per column, so a name never goes on past a second
     * label (质量指标 beside one one-line name, 时效指标 beside the next, both names as wide as their column).
     */
    private static boolean secondLabel(Chunk open, Line next, java.util.Map<Integer, Line> byNumber, List<ColumnFit.Role> roles) {
        int nameAt = roles.indexOf(ColumnFit.Role.NAME);
        Line middle = byNumber.get(next.number() + 1);
        if (open.first == open.last && !has(middle, nameAt) && everyLabel(byNumber.get(open.last), roles)
                && everyLabel(middle, roles)) {
            // rows whose cells are not merged, each label printed on its row: the row above on one line, every
            // label beside its name, the next row three lines (慢性病规范管理长 / 效益指标 | 可持续影响指标 … / 效机制)
            return true;
        }
        for (int c = 0; c < roles.size(); c++) {
            if (!isLabel(roles.get(c)) || !wholeLabel(next, c)) {
                continue;
            }
            for (int n = open.first; n <= open.last; n++) {
                if (wholeLabel(byNumber.get(n), c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For each column, the lines where a label cell starts whose lines joined ({@link LaidOutLabels#labelGoesOn}) are a
     * whole category label of the vocabulary ({@code 社会效益指 / 标}, {@code 可持续影响 / 指标}); empty for other columns.
     */
    static List<java.util.Set<Integer>> labelCells(List<Line> lines, List<ColumnFit.Role> roles) {
        List<java.util.Set<Integer>> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            java.util.Set<Integer> starts = new java.util.HashSet<>();
            if (isLabel(roles.get(c)) && roles.get(c) != ColumnFit.Role.LEAD) {
                for (Chunk ch : chunks(lines, c, true, 0, java.util.Set.of(), List.of(), new java.util.TreeSet<>())) {
                    String k = ch.text.toString();
                    if (ch.last > ch.first && (Vocabulary.isLevel1Label(k) || Vocabulary.isLevel2Label(k))) {
                        starts.add(ch.first);
                    }
                }
            }
            out.add(starts);
        }
        return out;
    }

    /**
     * Whether a name line stands beside the first line of a label cell wrapped over lines ({@link #labelCells}), or
     * such a cell starts on a line between the name's last line and it, while a line of the name so far stands beside
     * the first line of another in the same column: a row has one label per column, so the name does not go on past a
     * second wrapped label's start ({@code 确保医疗保障 / 工作顺利开展} beside {@code 社会效益指 / 标}, then {@code 提高工作人员}
     * beside {@code 可持续影响}), as {@link #secondLabel} keeps it from going on past a second label printed on one line.
     * Rows printed with no blank line between them, each label centred on its group (LibreOffice's unruled two-period
     * prints), start the next label on the line after the name's last and the next name one line lower
     * ({@code 本医疗保险权益} / {@code 满意度 服务对象满意} / {@code 群众满意度}: tmpl38).
     */
    static boolean secondLabelCell(Chunk open, int next, List<java.util.Set<Integer>> labelCells) {
        for (java.util.Set<Integer> starts : labelCells) {
            boolean after = false;
            for (int n = open.last + 1; n <= next && !after; n++) {
                after = starts.contains(n);
            }
            if (after) {
                for (int n = open.first; n <= open.last; n++) {
                    if (starts.contains(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a name's two lines, two lines apart, each beside a piece of the value, stand round a line that holds only
     * the completed value, the two pieces joined ({@code 实行按病种(组)、按人头付费 | 逐步} / {@code 逐步推开} / {@code 等支付方式改革 |
     * 推开}): the value wrapped as its name is, not two rows each with a value of its own.
     */
    static boolean wrappedAsActual(Line at, Line next, Line between, List<ColumnFit.Role> roles) {
        int v = roles.indexOf(ColumnFit.Role.VALUE);
        int a = roles.indexOf(ColumnFit.Role.ACTUAL);
        if (v < 0 || a < 0 || at == null || between == null || next.number() != at.number() + 2 || between.number() != at.number() + 1
                || !has(at, v) || !has(next, v) || !has(between, a)) {
            return false;
        }
        for (int c = 0; c < roles.size(); c++) {
            if (c != a && has(between, c)) {
                return false;
            }
        }
        String joined = Text.key(at.texts()[v] + next.texts()[v]);
        return joined.length() >= 2 && joined.equals(Text.key(between.texts()[a]));
    }

    /** The code of the note on a row whose name and value were read round its completed value. */
    static final String AS_ACTUAL = "wrapped-round-actual";

    /** Notes, on a row, the name lines joined round its completed value ({@link #wrappedAsActual}). */
    static void noteAsActual(Row row, int first, int last, java.util.NavigableSet<Integer> asActual,
                             java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        for (Integer n : asActual.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(AS_ACTUAL, "a name and its value"
                    + " wrapped line by line round the completed value printed whole between them (the value's pieces joined),"
                    + " read as one row (line " + n + ")", dev.zhibiao.Locator.line(n)));
        }
    }

    /** Whether a line holds a whole category label in every label column (and there is one). */
    private static boolean everyLabel(Line l, List<ColumnFit.Role> roles) {
        boolean any = false;
        for (int c = 0; c < roles.size(); c++) {
            if (isLabel(roles.get(c))) {
                if (!wholeLabel(l, c)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean wholeLabel(Line l, int c) {
        String t = l == null ? null : l.texts()[c];
        return t != null && (Vocabulary.isLevel1Label(t) || Vocabulary.isLevel2Label(t));
    }

    /**
     * A unit in brackets alone in the name column (（%）) is the end of the name just above, wrapped
     * under it (参保人员对医保服务的满意度 / （%）): no indicator is named by a unit.
     */
    private static boolean unitUnder(Chunk open, int line, String t) {
        return open != null && line - open.last <= WRAP_GAP && Rx.matches(UNIT_ONLY, Text.key(t))
                && !Text.key(open.text.toString()).endsWith(")");
    }

    /** Whether the other cells printed around a name's line say it is whole (see {@link #names}). */
    private static boolean whole(Chunk open, Line next, java.util.Map<Integer, Line> byNumber, List<ColumnFit.Role> roles,
                                 int nameAt, double[] widest) {
        if (wrappedAsActual(byNumber.get(open.last), next, byNumber.get(open.last + 1), roles)) {
            return false;
        }
        return apartBeside(open, next, byNumber, roles, nameAt, widest);
    }

    /** {@link #whole} before {@link #wrappedAsActual} is asked. */
    private static boolean apartBeside(Chunk open, Line next, java.util.Map<Integer, Line> byNumber, List<ColumnFit.Role> roles,
                                       int nameAt, double[] widest) {
        Line above = byNumber.get(open.last - 1);
        Line at = byNumber.get(open.last);
        Line below = byNumber.get(open.last + 1);
        int around = content(above, roles, nameAt);
        if (open.first == open.last && around >= 0 && has(below, around) && !has(above, nameAt) && !has(below, nameAt)
                && content(at, roles, nameAt, true) < 0 && width(above.texts()[around]) >= widest[around] - FULL
                && !(next.number() == open.last + 2 && interleaved(next, byNumber, around))) {
            return true;
        }
        if (content(at, roles, nameAt) >= 0 && centred(next, byNumber, roles, nameAt, widest)) {
            return true; // a name beside its own cell does not go on into a name centred in a row of its own
        }
        if (besideThenApart(at, next, byNumber, roles, nameAt) && !NameTailAfterValue.ends(open, next, nameAt, widest)
                || OneValuePerRow.secondValueUnderNext(at, next, byNumber, roles, nameAt)
                || OneValuePerRow.wholeValueThenNext(at, next, byNumber, roles, nameAt, widest)) {
            return true;
        }
        int c = roles.indexOf(ColumnFit.Role.VALUE);
        return c >= 0 && has(at, c) && has(next, c) && !cutInDecimals(at.texts()[c], next.texts()[c])
                && !unitRest(at.texts()[c], next.texts()[c])
                && !(next.number() - at.number() <= 2 && cutInDigits(at.texts()[c], next.texts()[c], widest[c]))
                && (width(at.texts()[c]) < widest[c] - FULL || Grammar.opensValue(next.texts()[c]))
                || OneValuePerRow.apartByActuals(at, next, byNumber, roles, widest);
    }

    /**
     * Whether a name line beside a cell of its own is followed, on the very next line, by a name line beside no cell,
     * and the line after that holds a cell of that column and no name: a row's cells are centred on one another and
     * printed on shared lines, so a cell beside a name's first line goes on, if it goes on at all, beside its second;
     * a cell two lines down is the next row's, printed between the lines of a name wrapped around it (居家照护服务试点运行情况
     * | 运行良好 / 符合待遇享受条件的参保人 / 有效缓解 / 员照护费用负担减轻程度, a table printed without space between rows).
     * So too where a blank line stands between the two name lines (the same rows printed with space between them: a blank
     * line is no line of a cell, and the cell under the next name line is that name's row's).
     */
    private static boolean besideThenApart(Line at, Line next, java.util.Map<Integer, Line> byNumber, List<ColumnFit.Role> roles,
                                           int nameAt) {
        int c = content(at, roles, nameAt);
        if (at == null || c < 0 || !nextOrOverBlank(at, next, byNumber) || content(next, roles, nameAt) >= 0) {
            return false;
        }
        Line after = byNumber.get(next.number() + 1);
        return has(after, c) && !has(after, nameAt);
    }

    /**
     * Whether {@code next} is the line right after {@code at}, or the one after a blank line on the same page (a table
     * printed with a blank line between its rows: the line between holds no text).
     */
    private static boolean nextOrOverBlank(Line at, Line next, java.util.Map<Integer, Line> byNumber) {
        int gap = next.number() - at.number();
        return gap == 1 || gap == 2 && at.page() == next.page() && !byNumber.containsKey(at.number() + 1);
    }

    /**
     * Whether a name line is a one-line name centred in a row of three lines: another content cell
     * on the line just above (as wide as its column: it wraps) and just below, no name there, and no
     * content cell on the name's own line.
     */
    private static boolean centred(Line l, java.util.Map<Integer, Line> byNumber, List<ColumnFit.Role> roles, int nameAt,
                                   double[] widest) {
        Line above = byNumber.get(l.number() - 1);
        Line below = byNumber.get(l.number() + 1);
        int c = content(above, roles, nameAt);
        // the other half's name of a two-period print is no cell beside it, when the cell above opens a value of its own by a
        // comparison sign (≥700人 / ≥37370 / 本年度参保人数 / 人), not the rest of the value beside the name before (≤2.0 / 2万 /
        // 作人员工资 / 元)
        return c >= 0 && has(below, c) && !has(above, nameAt) && !has(below, nameAt)
                && content(l, roles, nameAt, Rx.lookingAt(COMPARED_START, above.texts()[c])) < 0
                && width(above.texts()[c]) >= widest[c] - FULL;
    }

    /**
     * Whether a name goes on two lines down around its row's one-line cell: the name's line holds no
     * other cell, the line after holds another content cell and no name, and the next name line,
     * right after, holds no other cell, and neither the line before the name nor the line after the
     * next name line holds that cell's column without a name of its own (a two-line name printed around
     * its centred value, not a one-line name inside a two-line value: 不低于 / “一站式”即时结算覆盖地区 /
     * 上年 after the last line of the name above).
     */
    private static boolean around(Chunk open, Line next, java.util.Map<Integer, Line> byNumber, List<ColumnFit.Role> roles,
                                  int nameAt) {
        Line at = byNumber.get(open.last);
        Line between = byNumber.get(open.last + 1);
        int c = content(between, roles, nameAt);
        return next.number() == open.last + 2 && c >= 0 && !has(byNumber.get(open.last - 1), c)
                && !has(between, nameAt) && wrappedAlike(at, between, next, roles, nameAt)
                && !(has(byNumber.get(next.number() + 1), c) && !has(byNumber.get(next.number() + 1), nameAt))
                && !Rx.find(ITEM_NUMBER, Text.key(next.texts()[nameAt])) && ColumnFit.category(next.texts()[nameAt]) == null;
    }

    /**
     * Whether the name's two lines hold the same other cells and the line between none of those: no other cell (a name
     * wrapped round its row's one-line cells), or the two lines of other cells wrapped round the same middle line (a
     * browser centres every cell of a row: 城乡居民参加医 | 根据上级文件 / 数量指标 | ≥100% / 疗保险率 | 或方案).
     */
    private static boolean wrappedAlike(Line at, Line between, Line next, List<ColumnFit.Role> roles, int nameAt) {
        for (int c = 0; c < roles.size(); c++) {
            if (c == nameAt || isLabel(roles.get(c))) {
                continue;
            }
            if (has(at, c) != has(next, c) || has(at, c) && has(between, c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the next name line holds nothing in column {@code c} while the lines before and after it do: a value wrapped line
     * by line with its name, each line between two of the other's ({@code ≤2.0} / {@code 支付临聘、见习工} / {@code 2万} /
     * {@code 作人员工资} / {@code 元}), goes on past the name's next line, so the name does too. Asked of a next line right
     * under the value's line below the name (a next row's name stands further down, its own value's first line between).
     */
    private static boolean interleaved(Line next, java.util.Map<Integer, Line> byNumber, int c) {
        return !has(next, c) && has(byNumber.get(next.number() - 1), c) && has(byNumber.get(next.number() + 1), c);
    }

    /** The first column other than the name's and the labels' where a line holds text, or -1. */
    private static int content(Line l, List<ColumnFit.Role> roles, int nameAt) {
        return content(l, roles, nameAt, false);
    }

    /**
     * As {@link #content(Line, List, int)}, with {@code names} every name column left out as well: a two-period table
     * printed twice side by side has a name column in each half, and the other half's name is the row's name again, no
     * cell beside it (a one-line name between the lines of its wrapped value, {@code ≤0.76万} / {@code 政务外网网络维护费}
     * / {@code 元}, printed in both halves).
     */
    private static int content(Line l, List<ColumnFit.Role> roles, int nameAt, boolean names) {
        if (l == null) {
            return -1;
        }
        for (int c = 0; c < roles.size(); c++) {
            if (c != nameAt && !isLabel(roles.get(c)) && !(names && roles.get(c) == ColumnFit.Role.NAME) && has(l, c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean has(Line l, int c) {
        return l != null && l.texts()[c] != null && !l.texts()[c].isBlank();
    }

    /**
     * Whether a cell printed on the lines of one row would wrap past the start of another row's
     * name: a cell beside a name belongs to that name's row (补助到位 beside its name does not go on
     * in the next row's value); a cell printed above a name, on no name's lines, may be centred on it.
     */
    private static boolean crossesRow(Chunk open, int line, List<Chunk> rows) {
        boolean beside = false;
        boolean between = false;
        for (Chunk r : rows) {
            beside |= r.first <= open.first && open.first <= r.last;
            between |= r.first > open.last && r.first <= line;
        }
        return beside && between;
    }

    /**
     * Whether two or more blank lines and nothing else stand between a cell's last line and a line: the
     * print's space between rows, no wrap (a cell's lines are printed a line apart, or with one blank line
     * where a cell beside it wraps at the same height).
     */
    static boolean apart(Chunk open, int line, java.util.Map<Integer, Line> byNumber) {
        if (line - open.last < 3) {
            return false;
        }
        for (int n = open.last + 1; n < line; n++) {
            if (byNumber.containsKey(n)) {
                return false;
            }
        }
        return true;
    }

    /** A line as wide as the column's widest text wraps onto the column's next text, unless that starts an item. */
    static boolean wraps(Chunk open, int line, String t, double widest) {
        return line - open.last <= WRAP_GAP && open.lastWidth >= widest - FULL && widest >= 4
                && !Rx.find(ITEM_NUMBER, Text.key(t)) && ColumnFit.category(t) == null;
    }
}
