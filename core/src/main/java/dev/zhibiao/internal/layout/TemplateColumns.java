package dev.zhibiao.internal.layout;

import dev.zhibiao.Direction;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns other templates add to the indicator table, read into the model's fields:
 * <ul>
 * <li>split values (指标性质 | 指标值 | 度量单位): {@code value} is the operator, the number and the
 * unit joined without spaces ({@code ≥ | 95 | %} → {@code ≥95%}); 定性 and 定量 are not part of it;</li>
 * <li>权重 / 分值 and 得分 as numbers ({@code weight}, {@code score});</li>
 * <li>指标方向性 (正向指标 / 反向指标), or, where only a split operator shows it, ≤ and &lt; negative and
 * the other operators positive;</li>
 * <li>the template's placeholder rows (指标2: with no name, ……) and 总分 rows, which are no indicators.</li>
 * </ul>
 * The column roles come from the heading row through {@code headings.tsv}; a heading no rule names
 * keeps its column (its cells become remnants named by the heading), never dropped.
 */
final class TemplateColumns {
    /** Operators a split 指标性质 column prints, folded, and whether each means "less is better". */
    private static final Map<String, Boolean> OPERATORS = new HashMap<>();

    static {
        for (String s : List.of("≥", ">=", "≧", ">", "=", "==", "大于", "大于等于", "不低于", "不少于", "不小于", "高于", "多于",
                "至少", "达到", "等于")) {
            OPERATORS.put(s, false);
        }
        for (String s : List.of("≤", "<=", "≦", "<", "小于", "小于等于", "不高于", "不超过", "不多于", "低于", "少于", "至多",
                "最多")) {
            OPERATORS.put(s, true);
        }
    }

    private static final LazyPattern DASH = new LazyPattern("^[-—–/_]{1,3}$");
    /** 定性 / 定量 in the 指标性质 column: the kind of indicator, not part of its value. */
    private static final LazyPattern KIND = new LazyPattern("^(定性|定量)(指标)?$");
    private static final Pattern POSITIVE = Pattern.compile("^正向(指标)?$");
    private static final Pattern NEGATIVE = Pattern.compile("^(反向|逆向|负向)(指标)?$");
    private static final Pattern NUMBER = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)分?$");
    /** A placeholder cell of a template: an ellipsis, or a 指标N: numbering with no name after it (or only an ellipsis). */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:[…⋯.。·]{1,6}|指标[0-9]+[:：.、]?[…⋯.。·]{0,6})$");
    /** The 总分 row under a scored table. */
    private static final java.util.Set<String> TOTALS = java.util.Set.of("总分", "合计", "总计", "分值合计", "得分合计");

    private TemplateColumns() {
    }

    /** Column roles by heading position, with the printed heading of each column no rule names. */
    static final class Roles extends TreeMap<Integer, Column> {
        private static final long serialVersionUID = 1L;
        private final Map<Integer, String> unknown = new HashMap<>();
        private final transient Map<Integer, String> why = new HashMap<>();
        private final transient Map<Integer, dev.zhibiao.Locator> where = new HashMap<>();

        /** The printed heading of an unknown column at {@code at}, or null. */
        String unknownHeading(Integer at) {
            return unknown.get(at);
        }

        /** Gives the unknown column at {@code at} the role {@code c}: its cells are read, no longer remnants. */
        void known(Integer at, Column c) {
            put(at, c);
            unknown.remove(at);
            why.remove(at);
            where.remove(at);
        }
    }

    /**
     * The column roles of a heading row. A second operator or unit column after the actual is the
     * actual's own; any other repeated role, and a heading no rule names, is an unknown column
     * (its cells kept as remnants, recorded with a diagnostic by {@link #byContent}).
     */
    static Roles roles(Row heading, SheetDraft d) {
        Roles roles = new Roles();
        for (int i = 0; i < heading.cells().size(); i++) {
            Cell h = heading.cells().get(i);
            if (h.isEmpty()) {
                continue;
            }
            Column c = Vocabulary.column(h.text());
            if ((c == Column.LEAD || c == Column.DESCRIPTION) && !roles.containsValue(Column.NAME)
                    && (roles.containsValue(Column.L1) || roles.containsValue(Column.L2)) && !namesItsName(heading)) {
                // 一级指标 | 二级指标 | 绩效指标 (or 指标内容) | 年度目标值: right of the levels, in a heading
                // with no name column, the word names the indicators, not the merged lead or a note
                c = Column.NAME;
            }
            if (roles.containsValue(Column.ACTUAL) && roles.containsValue(c)) {
                if (c == Column.OPERATOR) {
                    c = Column.ACTUAL_OPERATOR;
                } else if (c == Column.UNIT) {
                    c = Column.ACTUAL_UNIT;
                }
            }
            if (c == null || c == Column.CATEGORY || c == Column.FORECAST || c != Column.OTHER && roles.containsValue(c)) {
                roles.unknown.put(i, Text.clean(h.text()));
                roles.why.put(i, c == null ? " is not a known heading"
                        : c == Column.CATEGORY ? " holds no level's labels alone"
                        : c == Column.FORECAST ? " is a forecast (预计), which the model has no field for"
                        : " repeats a column");
                roles.where.put(i, h.at());
                c = Column.OTHER;
            }
            roles.put(i, c);
        }
        return roles;
    }

    /** Whether a heading row has a cell naming the name column (三级指标, 指标名称). */
    private static boolean namesItsName(Row heading) {
        for (Cell h : heading.cells()) {
            if (!h.isEmpty() && Vocabulary.column(h.text()) == Column.NAME) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unknown columns whose cells say what they are: where the heading names no level-1 (or level-2)
     * column and an unknown heading's column (a category heading, 指标类型, or one no rule names)
     * holds two labels of that level or more and nothing else (产出指标, 效益指标 …), it is that
     * level's column, recorded with a diagnostic. A column that also holds anything else (定量,
     * 定性) stays unknown, its cells remnants, recorded with a diagnostic.
     */
    static void byContent(Roles roles, List<Row> rows, SheetDraft d) {
        for (Map.Entry<Integer, String> e : new TreeMap<>(roles.unknown).entrySet()) {
            int at = e.getKey();
            for (Column level : List.of(Column.L1, Column.L2)) {
                if (roles.containsValue(level) || roles.get(at) != Column.OTHER) {
                    continue;
                }
                int labels = 0;
                boolean other = false;
                for (Row r : rows) {
                    if (at >= r.cells().size() || r.cells().get(at).isEmpty()) {
                        continue;
                    }
                    String t = r.cells().get(at).text();
                    if (level == Column.L1 ? Vocabulary.isLevel1Label(t) : Vocabulary.isLevel2Label(t)) {
                        labels++;
                    } else {
                        other = true;
                        break;
                    }
                }
                if (!other && labels >= 2) {
                    roles.put(at, level);
                    roles.unknown.remove(at);
                    d.diag("column-by-content", roles.where.get(at), "indicator column \"" + e.getValue() + "\" holds only "
                            + (level == Column.L1 ? "level-1" : "level-2") + " labels: read as the "
                            + (level == Column.L1 ? "一级指标" : "二级指标") + " column");
                }
            }
            if (roles.unknown.containsKey(at)) {
                d.diag("column-unknown", roles.where.get(at), "indicator column \"" + e.getValue() + "\""
                        + roles.why.get(at) + ": its cells are kept as remnants");
            }
        }
    }

    /**
     * The printed value of a split value: operator, number and unit joined without spaces; the
     * operator only where it is one (not 定性/定量) and the value does not start with one already,
     * the unit only where the value does not end with it already. Null when the value is empty.
     */
    static String compose(Map<Column, Cell> content, Column valueColumn, Column opColumn, Column unitColumn,
                          String fallbackUnit, SheetDraft d) {
        Cell valueCell = content.get(valueColumn);
        String value = valueCell == null ? null : Text.clean(valueCell.text());
        String op = operator(content.get(opColumn));
        String unit = content.get(unitColumn) == null ? fallbackUnit : Text.clean(content.get(unitColumn).text());
        if (value == null || value.isEmpty()) {
            if (content.get(unitColumn) != null || op != null) {
                Cell at = content.get(opColumn) != null ? content.get(opColumn) : content.get(unitColumn);
                d.diag("value-empty", at.at(), "operator or unit printed without a value: kept out of the value");
            }
            return null;
        }
        String vk = Text.key(value);
        boolean withOp = op != null && !startsWithOperator(vk);
        String v = content.get(opColumn) == null && content.get(unitColumn) == null ? value : value.replace(" ", "");
        boolean withUnit = unit != null && !unit.isEmpty() && !vk.endsWith(Text.key(unit))
                && (content.get(unitColumn) != null || Rx.matches(NUMBER, vk));
        if (!withOp && !withUnit) {
            return v; // the cell's own text object: readings kept for it are found again
        }
        StringBuilder b = new StringBuilder();
        if (withOp) {
            b.append(op.replace(" ", ""));
        }
        b.append(v);
        if (withUnit) {
            b.append(unit.replace(" ", ""));
        }
        return b.toString();
    }

    private static boolean startsWithOperator(String key) {
        for (String o : OPERATORS.keySet()) {
            if (key.startsWith(o)) {
                return true;
            }
        }
        return false;
    }

    /** The printed operator of a 指标性质 cell, or null when it holds none (定性, 定量, empty). */
    static String operator(Cell c) {
        if (c == null) {
            return null;
        }
        String k = Text.key(c.text());
        return OPERATORS.containsKey(k) ? Text.clean(c.text()) : null;
    }

    /** Whether a 指标性质 cell holds what that column is for: an operator, 定性 or 定量. */
    static boolean isOperatorColumnText(Cell c) {
        String k = Text.key(c.text());
        return OPERATORS.containsKey(k) || Rx.matches(KIND.get(), k) || direction(k) != null;
    }

    /**
     * The direction of an indicator: from its 指标方向性 cell, else from a split operator (≤ and &lt;
     * negative, other operators positive), else null.
     */
    static Direction direction(Cell directionCell, Cell operatorCell) {
        if (directionCell != null) {
            Direction d = direction(Text.key(directionCell.text()));
            if (d != null) {
                return d;
            }
        }
        if (operatorCell != null) {
            String k = Text.key(operatorCell.text());
            Direction d = direction(k);
            if (d != null) {
                return d;
            }
            Boolean less = OPERATORS.get(k);
            if (less != null) {
                return less ? Direction.NEGATIVE : Direction.POSITIVE;
            }
        }
        return null;
    }

    private static Direction direction(String key) {
        if (Rx.matches(POSITIVE, key)) {
            return Direction.POSITIVE;
        }
        if (Rx.matches(NEGATIVE, key)) {
            return Direction.NEGATIVE;
        }
        return null;
    }

    /** A weight or score ({@code 10}, {@code 10分}, {@code 7.5}); what is no number is a remnant. */
    static BigDecimal number(Cell c, String what, SheetDraft d) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(Text.key(c.text()));
        if (m.matches()) {
            return new BigDecimal(m.group(1));
        }
        d.remnant(c, what + " column holds no number");
        return null;
    }

    private static final List<Column> SPLIT = List.of(Column.OPERATOR, Column.UNIT, Column.ACTUAL_OPERATOR,
            Column.ACTUAL_UNIT, Column.WEIGHT, Column.SCORE, Column.DIRECTION);

    /** Whether a table's content columns include split-value, weight, score or direction columns. */
    static boolean hasSplitColumns(List<Column> order) {
        for (Column c : order) {
            if (SPLIT.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row read by content on a table with split columns, where empty cells may have been left
     * out: each cell (name first) goes to the next column in heading order it can fill, skipping
     * the split columns it cannot (an operator column takes only an operator, 定性 or 定量; a unit
     * column only a unit; weight and score only numbers; a direction column only 正向/反向). Cells
     * left over are remnants.
     */
    static void assignByKind(List<Cell> cells, List<Column> order, Map<Column, Cell> content, SheetDraft d) {
        int at = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            int found = -1;
            for (int k = at; k < order.size() && found < 0; k++) {
                if (fitsColumn(c, order.get(k)) || at == 0 && k == 0) {
                    found = k;
                }
            }
            int weightAt = order.indexOf(Column.WEIGHT);
            if (found >= 0 && order.get(found) == Column.VALUE && weightAt > found && qualitative(content.get(Column.OPERATOR))
                    && Rx.matches(NUMBER, Text.key(c.text()))
                    && placeable(cells.subList(i + 1, cells.size()), order.subList(weightAt + 1, order.size()))) {
                // 定性 | 15 | 正向指标: a bare number where the cells after it fit only the columns after
                // the weight is the weight of an indicator whose value was left empty
                found = weightAt;
            }
            if (found < 0) {
                d.remnant(c, "cell beyond the indicator columns");
                continue;
            }
            content.put(order.get(found), c);
            at = found + 1;
        }
    }

    /**
     * Where the heading puts an operator column right after the name, the index of the name among
     * a row's cells read by content: the cell before the first operator cell (cells before it are
     * labels); 0 when the table has no such column or the row no operator cell.
     */
    static int nameBeforeOperator(List<Cell> cells, List<Column> order) {
        int at = order.indexOf(Column.NAME);
        if (at < 0 || at + 1 >= order.size() || order.get(at + 1) != Column.OPERATOR) {
            return 0;
        }
        for (int i = 1; i < cells.size(); i++) {
            if (fitsColumn(cells.get(i), Column.OPERATOR)) {
                return i - 1;
            }
        }
        return 0;
    }

    private static boolean qualitative(Cell operator) {
        return operator != null && Rx.matches(KIND.get(), Text.key(operator.text()));
    }

    /** Whether cells can go, in order, each to a later column it fits. */
    private static boolean placeable(List<Cell> cells, List<Column> columns) {
        int at = 0;
        for (Cell c : cells) {
            while (at < columns.size() && !fitsColumn(c, columns.get(at))) {
                at++;
            }
            if (at++ >= columns.size()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a non-empty cell can be what a column holds (see {@link #assignByKind}). */
    static boolean fitsColumn(Cell c, Column role) {
        String k = Text.key(c.text());
        return switch (role) {
            case OPERATOR, ACTUAL_OPERATOR -> isOperatorColumnText(c) && direction(k) == null;
            case UNIT, ACTUAL_UNIT -> isUnit(k);
            case WEIGHT, SCORE -> Rx.matches(NUMBER, k) || Rx.matches(DASH.get(), k);
            case DIRECTION -> direction(k) != null;
            case NAME, VALUE, MID_VALUE, ACTUAL -> direction(k) == null;
            default -> true;
        };
    }

    /** A unit printed alone ({@code %}, {@code 次}, {@code 万人}, {@code 分钟}): the grammar reads 1 of it. */
    private static boolean isUnit(String key) {
        if (key.isEmpty() || key.length() > 6 || Rx.holdsDigitOnOneLine(key)) {
            return false;
        }
        return dev.zhibiao.Targets.parse("1" + key) instanceof dev.zhibiao.Target.Comparison cmp
                && cmp.quantity().unit() != null
                // 月 alone: after a bare number the grammar reads a month (1月, a deadline), after 个 the unit
                || dev.zhibiao.Targets.parse("1个" + key) instanceof dev.zhibiao.Target.Comparison m
                && m.quantity().unit() != null && m.quantity().unit().equals(key);
    }

    /** A cell of a template's placeholder: {@code ……}, {@code …}, {@code 指标3:} with no name. */
    static boolean isPlaceholder(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty()) {
            return false;
        }
        char c = k.charAt(0); // what PLACEHOLDER starts with: no matcher for any other text
        return (c == '…' || c == '⋯' || c == '.' || c == '。' || c == '·' || c == '指') && Rx.matches(PLACEHOLDER, k);
    }

    private static final java.util.Set<String> BUDGET_ROWS = java.util.Set.of("预算执行率", "预算执行情况", "资金执行率");

    /**
     * A self-evaluation's budget execution row printed at the head of its indicator table, in the
     * level-1 column (预算执行率 |  |  | 100% | 95% | 10 | 9.5): scored like the indicators, but no
     * indicator of any category. Space-aligned text may place its label in the name column (the
     * figures line up there), so the label is the row's first filled cell, in any column, with no
     * category anywhere in the row; the caller asks only before the table's first indicator.
     */
    static boolean isBudgetExecutionRow(Row r, List<Cell> cells) {
        if (!BUDGET_ROWS.contains(Vocabulary.labelKey(cells.get(0).text()))) {
            return false;
        }
        for (Cell c : r.cells()) {
            if (c == cells.get(0)) {
                break;
            }
            if (!c.isEmpty()) {
                return false; // something printed before the label
            }
        }
        for (Cell c : cells) {
            if (Vocabulary.category(c.text()) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A blank template: a titled sheet whose indicator rows were all set aside as placeholders (no
     * indicator read). It is read as a sheet with no indicators, so the user sees its title, labels
     * and the placeholders' diagnostics, with a {@code blank-template} diagnostic saying so.
     */
    static boolean blankTemplate(SheetDraft d) {
        if (d.title == null || !d.indicators.isEmpty()) {
            return false;
        }
        int placeholders = 0;
        for (dev.zhibiao.Diagnostic g : d.diagnostics) {
            if (g.code().startsWith("placeholder-row") || g.code().startsWith("placeholder-label")) {
                placeholders++;
            }
        }
        if (placeholders == 0) {
            return false;
        }
        d.diag("blank-template", d.locator, "a blank template: its " + placeholders
                + " indicator rows are template placeholders, no indicator is filled in");
        return true;
    }

    /** A heading word of the name or the value column ({@code 具体指标}, {@code 三级指标}, {@code 指标值}). */
    private static boolean isNameOrValueHeading(String printed) {
        Vocabulary.Column col = Vocabulary.column(printed);
        return col == Vocabulary.Column.NAME || col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE;
    }

    /** A 总分 / 合计 row label. */
    static boolean isTotal(String printed) {
        return TOTALS.contains(Vocabulary.labelKey(printed));
    }

    /**
     * The template's empty rows, which are no indicators, set aside with a diagnostic: rows of
     * placeholders only ({@code 指标2: | ……}), a category label with only placeholders beside it
     * ({@code 生态效益指标 | …}), and the 总分 row (its numbers kept as remnants).
     *
     * @return true when the row was set aside
     */
    static boolean setAside(Row r, List<Cell> cells, SheetDraft d) {
        return setAside(r, cells, d, false);
    }

    /**
     * As {@link #setAside(Row, List, SheetDraft)}; a blank template also prints its columns' heading
     * words in the rows as their placeholders ({@code 质量指标 | 具体指标 | 指标值}, {@code 指标1 | 指标值}):
     * a heading word in an indicator row counts as a placeholder where the row also prints a category
     * label or a placeholder, or, after an indicator row ({@code afterIndicators}), where the row prints
     * both the name's and the value's heading words; a row of heading words alone under the heading row
     * is the heading's wrapped tail (the caller's {@code heading-continued}).
     */
    static boolean setAside(Row r, List<Cell> cells, SheetDraft d, boolean afterIndicators) {
        // the total's label, or the first cell after category labels printed beside it (a merged label
        // cell centred on the last rows, printed on the total's line: 满意度指标 | 服务对象满意度指标 | 总分)
        int t = 0;
        while (t < cells.size() - 1 && Vocabulary.category(cells.get(t).text()) != null) {
            t++;
        }
        if (isTotal(cells.get(t).text())) {
            for (Cell c : cells) {
                d.remnant(c, "total row (" + Text.clean(cells.get(t).text()) + "), not an indicator");
            }
            return true;
        }
        int placeholders = 0;
        int labels = 0;
        int headingWords = 0;
        boolean nameWord = false;
        boolean valueWord = false;
        for (int i = 0, n = cells.size(); i < n; i++) {
            Cell c = cells.get(i);
            if (isPlaceholder(c.text())) {
                placeholders++;
            } else if (Vocabulary.category(c.text()) != null) {
                labels++;
            } else if (isNameOrValueHeading(c.text())) {
                headingWords++;
                nameWord |= Vocabulary.column(c.text()) == Column.NAME;
                valueWord |= Vocabulary.column(c.text()) != Column.NAME;
            } else {
                return false;
            }
        }
        // alone, the name's and the value's placeholders together (具体指标 | 指标值): a heading word printed alone on a
        // line among the rows is the caller's (a stray heading word, kept as a remnant)
        if (headingWords > 0 && (placeholders > 0 || labels > 0 || afterIndicators && nameWord && valueWord)) {
            placeholders += headingWords;
        } else if (headingWords > 0) {
            return false;
        }
        if (placeholders == 0) {
            return false;
        }
        d.diag(labels == 0 ? "placeholder-row" : "placeholder-label", r.at(), "template placeholder, not an indicator: \""
                + r.text() + "\"");
        return true;
    }
}
