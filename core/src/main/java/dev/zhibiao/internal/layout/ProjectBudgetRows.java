package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.FundingItem;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header rows of the project sheets of a department's budget text (部门预算绩效文本), read before the
 * general {@link HeaderBlock}:
 * <ul>
 * <li>the unit statement {@code 单位：元} (the unit of the money block) and, beside it, the budget
 * unit printed without a label ({@code 450002顺平县医疗保障局}, attribute 预算单位);</li>
 * <li>the money block under a merged label naming two things, {@code 预算规模及资金用途}: label/amount
 * pairs on its first row ({@code 预算数 | 90100.00 | 其中：财政资金 | 90100.00 | 其他资金 | }), and
 * on the row below, under the same merged label, the text of the second thing (attribute 资金用途);</li>
 * <li>the spending plan {@code 资金支出计划（%） | 3月底 | 6月底 | 10月底 | 12月底} with its shares on the
 * next row, cell under cell (or periods and shares alternating on one row).</li>
 * </ul>
 * Rows it does not recognise are returned unchanged, in order, for {@link HeaderBlock}.
 */
final class ProjectBudgetRows {
    private static final Pattern UNIT_STATEMENT = Pattern.compile("^(?:金额)?单位[:：]?(万元|元|亿元|千元)$");
    private static final LazyPattern ORGANIZATION = new LazyPattern(
            "^[0-9A-Za-z-]{0,20}[\\p{IsHan}（）()]{2,40}(局|厅|委|委员会|中心|院|办公室|办|所|站|处|室|会|部|队|社|馆|校|园|公司|政府)$");
    private static final Pattern BUDGET_SCALE = Pattern.compile("^(?:预算|资金)规模(?:\\(([万千亿]?元)\\))?(?:及(.+?))?(?:\\(([万千亿]?元)\\))?$");
    private static final Pattern PLAN = Pattern.compile("^(?:资金|预算)?(?:支出|使用|用款|拨付)计划");
    private static final Pattern PERIOD = Pattern.compile(
            "^(?:[0-9一二三四五六七八九十]{1,2}月(?:底|末|份|前|上旬|中旬|下旬)?|第?[一二三四1-4]季度(?:末)?|[上下]半年|全年|年底|年末)$");

    /**
     * Whether a cell is the label of a budget text's money block ({@code 预算规模及资金用途}) or of its
     * spending plan ({@code 资金支出计划（%）}).
     */
    static boolean isBlockLabel(String printed) {
        String k = Text.key(printed);
        return k.length() <= 16 && (isScaleLabel(k) || PLAN.matcher(k).find());
    }

    /** Whether a folded cell is the money block's label ({@code 预算规模及资金用途}). */
    static boolean isScaleLabel(String key) {
        return key.length() <= 16 && Rx.matches(BUDGET_SCALE, key);
    }

    /** Whether a cell is a period of the spending plan ({@code 3月底}, {@code 第一季度}, {@code 全年}). */
    static boolean isPeriod(String printed) {
        return Rx.matches(PERIOD, Text.key(printed));
    }

    private static final Pattern TITLE_PAGE_YEAR = Pattern.compile("^((?:19|20)[0-9]{2})年度?.{0,30}(?:预算|决算|绩效)");

    private ProjectBudgetRows() {
    }

    /**
     * The year a document's title page states ({@code 2020年部门预算绩效文本}), for sheets that print
     * no year of their own: the first prose line before the first table that starts with a year and
     * names a budget or performance text.
     *
     * @param rows a document's rows
     * @return the year, or null
     */
    /**
     * @param r a row of a title page
     * @return the year it names when it is a title page's year line ({@code 2024年度部门预算}), else null
     */
    static Integer titlePageYear(Row r) {
        String k = Text.key(r.text());
        if (k.length() > 40 || k.length() < 5 || k.charAt(4) != '年' || !(k.startsWith("19") || k.startsWith("20"))) {
            return null; // what the expression needs first: 19xx年 or 20xx年
        }
        Matcher m = TITLE_PAGE_YEAR.matcher(k);
        return m.find() && !Recovery.isTitle(r) ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Whether a row is a title page's year line a reader cut into two cells at the space a LibreOffice print puts between
     * the year and its 年 ({@code 2020 | 年部门预算绩效文本}): a bare year, then the rest of a {@link #titlePageYear} line.
     * It is no table row: the title page's year is read from it and looked for after it as from a prose line.
     */
    static boolean isYearLineCut(Row r) {
        Cell first = null;
        Cell second = null;
        for (Cell c : r.cells()) {
            if (c.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = c;
            } else if (second == null) {
                second = c;
            } else {
                return false;
            }
        }
        return second != null && fourDigits(Text.key(first.text()))
                && Text.key(second.text()).startsWith("年") && titlePageYear(r) != null;
    }

    /** Four characters, each a digit (a loop, not a stream: no lambda on a text file's path; StartupClassesTest). */
    private static boolean fourDigits(String k) {
        if (k.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(k.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The year of a title page: the first {@link #titlePageYear} before a table row of several cells ({@link SheetStream} reads it as rows arrive). */
    static Integer documentYear(List<Row> rows) {
        for (Row r : rows) {
            if (r.table() && !Recovery.singleCell(r) && !isYearLineCut(r)) {
                return null; // a one-cell row is a line of the title page too (a spreadsheet saved as CSV)
            }
            Integer y = titlePageYear(r);
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    /**
     * Reads the rows this class knows into the draft.
     *
     * @param header the header rows of a sheet (before its indicator heading)
     * @param d      the sheet being assembled
     * @return the rows left for {@link HeaderBlock}
     */
    static List<Row> take(List<Row> header, SheetDraft d) {
        List<Row> rest = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Row r = header.get(i);
            if (r.isEmpty()) { // (no list of the non-empty cells: only whether there is one)
                rest.add(r);
                continue;
            }
            Row left = unitStatement(r, d);
            if (left != r) {
                if (left != null) {
                    rest.add(left);
                }
                continue;
            }
            Cell first = r.cells().get(0);
            String firstKey = Vocabulary.labelKey(first.text());
            // both expressions need their last word (规模, 计划): no matcher for a row without it
            Matcher scale = firstKey.contains("规模") ? BUDGET_SCALE.matcher(firstKey) : null;
            if (!first.isEmpty() && scale != null && scale.matches()) {
                i = budgetScale(header, i, scale, d);
                continue;
            }
            if (!first.isEmpty() && firstKey.contains("计划") && Rx.find(PLAN, firstKey) && spendingPlan(header, i, d)) {
                if (i + 1 < header.size() && isPlanValueRow(header.get(i + 1))) {
                    i++;
                }
                continue;
            }
            rest.add(r);
        }
        return rest;
    }

    /**
     * @param key a cell's or a line's text as {@link Text#key} folds it
     * @return the money unit a unit statement ({@code 金额单位：元}, {@code 单位:万元}) states, or null
     */
    static String unitStatement(String key) {
        if (!maybeUnitStatement(key)) {
            return null;
        }
        Matcher m = UNIT_STATEMENT.matcher(key);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Where an organisation glued after a title's sheet name begins ({@code …绩效目标表450002顺平县医疗保障局}: a
     * budget unit an OCR engine boxed with the title's line): after the title's last 表, the rest of the text
     * an unlabelled organisation as {@link #unitStatement(Row, SheetDraft)} takes one beside the unit statement.
     *
     * @return the index in {@code title} where the organisation begins, or -1 when none is glued after the title
     */
    static int organizationAfterTitle(String title) {
        int end = title.lastIndexOf('表') + 1;
        if (end <= 0 || end == title.length()) {
            return -1;
        }
        String rest = Text.key(title.substring(end));
        return Rx.matches(ORGANIZATION.get(), rest) && !Vocabulary.isHeaderLabel(rest) ? end : -1;
    }

    /** What {@link #UNIT_STATEMENT} can match: 3 to 7 characters holding 单位 (asked of every cell: no matcher for the rest). */
    private static boolean maybeUnitStatement(String key) {
        return key.length() >= 3 && key.length() <= 7 && key.contains("单位");
    }

    /**
     * The row holding {@code 单位：元}: sets the money unit; an unlabelled organisation beside it is
     * the budget unit (预算单位).
     *
     * @return {@code r} when it holds no unit statement, null when the row was used up, else the row
     *         without the cells read
     */
    private static Row unitStatement(Row r, SheetDraft d) {
        Cell unitCell = null;
        String unit = null;
        List<Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            String k = Text.key(c.text());
            if (!maybeUnitStatement(k)) {
                continue;
            }
            Matcher m = UNIT_STATEMENT.matcher(k);
            if (m.matches()) {
                unitCell = c;
                unit = m.group(1);
                break;
            }
        }
        if (unitCell == null) {
            return r;
        }
        d.fundingUnit = unit;
        List<Cell> others = new ArrayList<>();
        for (Cell c : r.cells()) {
            if (c != unitCell && !c.isEmpty()) {
                others.add(c);
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        if (others.size() == 1 && Rx.matches(ORGANIZATION.get(), Text.key(others.get(0).text()))
                && !Vocabulary.isHeaderLabel(others.get(0).text())) {
            d.attributes.putIfAbsent("预算单位", Text.clean(others.get(0).text()));
            return null;
        }
        return new Row(others, r.table(), r.at());
    }

    /**
     * The money block under {@code 预算规模及资金用途}: amounts on its first row, the second named
     * thing on the rows below whose first cell is empty (the merged label).
     *
     * @return the index of the last row read
     */
    private static int budgetScale(List<Row> header, int i, Matcher scale, SheetDraft d) {
        String unit = scale.group(1) != null ? scale.group(1) : scale.group(3);
        if (unit != null) {
            d.fundingUnit = unit;
        } else if (d.fundingUnit == null) {
            d.fundingUnit = "万元";
            d.diag("funding-unit", header.get(i).at(), "money block states no unit; 万元 assumed");
        }
        String second = scale.group(2);
        Row r = header.get(i);
        moneyPairs(r.cells().subList(1, r.cells().size()), d);
        int last = i;
        for (int j = i + 1; j < header.size(); j++) {
            Row next = header.get(j);
            if (next.cells().isEmpty() || !next.cells().get(0).isEmpty()) {
                break;
            }
            List<Cell> cells = HeaderBlock.nonEmpty(next);
            if (cells.isEmpty()) {
                last = j;
                continue;
            }
            boolean money = false; // a loop, not a lambda (each costs a class spun at start-up)
            for (Cell c : cells) {
                if (MoneyRows.amount(c.text()) != null) {
                    money = true;
                    break;
                }
            }
            if (money) {
                moneyPairs(next.cells().subList(1, next.cells().size()), d);
            } else if (second != null && cells.size() == 1 && !Vocabulary.isHeaderLabel(cells.get(0).text())
                    && !Vocabulary.isGoalsLabel(cells.get(0).text())) {
                d.attributes.putIfAbsent(second, Text.clean(cells.get(0).text()));
            } else {
                break;
            }
            last = j;
        }
        return last;
    }

    /** Label, amount, label, amount...: a label followed by no amount has a null amount. */
    private static void moneyPairs(List<Cell> cells, SheetDraft d) {
        cells = MoneyRows.splitLabelAndAmount(cells, d);
        int k = 0;
        while (k < cells.size()) {
            Cell c = cells.get(k);
            if (c.isEmpty()) {
                k++;
                continue;
            }
            if (MoneyRows.amount(c.text()) != null) {
                d.remnant(c, "money cell without a label");
                k++;
                continue;
            }
            String label = MoneyRows.fundingLabel(c.text());
            BigDecimal amount = null;
            // the amount is the next filled cell: a label merged over two columns (预算数 spanning
            // two cells of a spreadsheet or a colspan) leaves an empty cell before it
            int v = k + 1;
            while (v < cells.size() && cells.get(v).isEmpty()) {
                v++;
            }
            if (v < cells.size() && MoneyRows.amount(cells.get(v).text()) != null) {
                amount = MoneyRows.amount(cells.get(v).text());
                k = v;
            } else {
                k = v - 1; // the empty cells were this label's empty amount
            }
            d.funding.add(new FundingItem(label, amount, null, null, null, null));
            k++;
        }
    }

    /**
     * The spending plan: periods after the label, shares on the next row under them (by cell
     * position), or periods and shares alternating on the label's row.
     *
     * @return false when the row does not read as a plan
     */
    private static boolean spendingPlan(List<Row> header, int i, SheetDraft d) {
        Row r = header.get(i);
        List<Cell> cells = r.cells();
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        boolean alternating = true;
        int periods = 0;
        for (int k = 1; k < cells.size(); k++) {
            Cell c = cells.get(k);
            if (c.isEmpty()) {
                continue;
            }
            if (Rx.matches(PERIOD, Text.key(c.text()))) {
                periods++;
                Cell v = k + 1 < cells.size() ? cells.get(k + 1) : null;
                if (v == null || !v.isEmpty() && share(v.text()) == null) {
                    alternating = false;
                }
            } else if (share(c.text()) == null) {
                return false;
            }
        }
        if (periods == 0) {
            return false;
        }
        boolean below = i + 1 < header.size() && isPlanValueRow(header.get(i + 1));
        if (below) {
            List<Cell> values = header.get(i + 1).cells();
            for (int k = 1; k < cells.size(); k++) {
                Cell c = cells.get(k);
                if (c.isEmpty()) {
                    continue;
                }
                Cell v = valueUnder(c, k, values);
                plan.put(Text.key(c.text()), v == null ? null : share(v.text()));
            }
        } else if (alternating) {
            for (int k = 1; k + 1 < cells.size(); k++) {
                Cell c = cells.get(k);
                if (!c.isEmpty() && Rx.matches(PERIOD, Text.key(c.text()))) {
                    plan.put(Text.key(c.text()), share(cells.get(k + 1).text()));
                    k++;
                }
            }
        } else {
            for (int k = 1; k < cells.size(); k++) {
                if (!cells.get(k).isEmpty()) {
                    plan.put(Text.key(cells.get(k).text()), null);
                }
            }
            d.diag("spending-plan", r.at(), "spending plan without its shares");
        }
        d.spendingPlan = plan;
        return true;
    }

    /** The cell of the value row under the period cell at index {@code k}: same printed column if known, else same index. */
    private static Cell valueUnder(Cell period, int k, List<Cell> values) {
        Integer col = period.at().column();
        if (col != null) {
            for (Cell v : values) {
                if (col.equals(v.at().column())) {
                    return v.isEmpty() ? null : v;
                }
            }
        }
        if (k < values.size()) {
            Cell v = values.get(k);
            return v.isEmpty() ? null : v;
        }
        return null;
    }

    /** The row of shares under the periods: empty first cell (merged label), then only numbers or empties. */
    private static boolean isPlanValueRow(Row r) {
        if (r.cells().isEmpty() || !r.cells().get(0).isEmpty()) {
            return false;
        }
        boolean any = false;
        for (Cell c : r.cells()) {
            if (c.isEmpty()) {
                continue;
            }
            if (share(c.text()) == null) {
                return false;
            }
            any = true;
        }
        return any || r.cells().size() > 1;
    }

    /** A share: {@code 25.00}, {@code 25%}. */
    private static BigDecimal share(String printed) {
        String k = Text.key(printed);
        if (k.endsWith("%")) {
            k = k.substring(0, k.length() - 1);
        }
        return MoneyRows.amount(k);
    }
}
