package dev.zhibiao.internal.layout;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Kind;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money block of a sheet's header ({@link HeaderBlock} reads the rest): money rows and their
 * labels, amounts (with their unit), a self-evaluation's money columns (预算数 | 执行数 | 执行率) read
 * by heading or by their printed grid, label and amount printed in one cell, and amounts printed on
 * the row under their labels.
 */
final class MoneyRows {

    private static final Pattern AMOUNT = Pattern.compile("^([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|元|亿元|千元|%)?$");
    private static final Pattern UNIT_ONLY = Pattern.compile("^(万元|元|亿元|千元)$");

    private MoneyRows() {
    }

    /**
     * A self-evaluation's money printed as pairs on one header row, {@code 预算数（万元） | 500 | 执行数（万元）
     * | 480 | 执行率 | 96%}: one item with its budget, executed amount and rate. The executed amount
     * and the rate were remnants ("header cell without a label").
     *
     * @param label the item's label (the budget label without its unit)
     * @param i     where the budget label stands in {@code cells}; its amount follows it
     * @return how many cells were taken (0 when the row is not such pairs)
     */
    static int executionPairs(String label, List<Cell> cells, int i, SheetDraft d) {
        if (!Text.key(cells.get(i).text()).contains("预算") || i + 1 >= cells.size()) {
            return 0;
        }
        BigDecimal budget = amount(cells.get(i + 1).text());
        BigDecimal executed = null;
        BigDecimal rate = null;
        int j = i + 2;
        while (budget != null && j + 1 < cells.size()) {
            String k = Text.key(cells.get(j).text());
            BigDecimal a = amount(cells.get(j + 1).text());
            if (a == null) {
                break;
            }
            if (k.contains("执行率") && rate == null) {
                rate = a;
            } else if ((k.contains("执行数") || k.contains("执行金额") || k.contains("实际支出")) && executed == null) {
                executed = a;
            } else {
                break;
            }
            j += 2;
        }
        if (budget == null || executed == null && rate == null) {
            return 0;
        }
        d.funding.add(new FundingItem(label, null, null, budget, executed, rate));
        d.reportsExecution();
        return j - i;
    }

    /**
     * A row of the money block printed without the block's label: a money label ({@link
     * Vocabulary#isMoneyLabel}) followed by amounts only, or alone under a unit statement.
     */
    static boolean isMoneyRow(List<Cell> cells, SheetDraft d) {
        if (!MoneyVocabulary.isMoneyLabel(cells.get(0).text())) {
            return false;
        }
        if (cells.size() == 1) {
            return d.fundingUnit != null;
        }
        for (Cell c : cells.subList(1, cells.size())) {
            if (amount(c.text()) == null && !Rx.matches(UNIT_ONLY, Text.key(c.text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the money items a row named without any amount start ({@code 资金总额 | 财政拨款 | 其他资金},
     * their amounts printed on the row below), or -1 when the row gave fewer than two or any amount.
     */
    static int labelsOnly(SheetDraft d, int from) {
        if (d.funding.size() - from < 2) {
            return -1;
        }
        for (int k = from; k < d.funding.size(); k++) {
            FundingItem f = d.funding.get(k);
            if (f.amount() != null || f.midTermAmount() != null || f.budget() != null || f.executed() != null
                    || f.rate() != null) {
                return -1;
            }
        }
        return from;
    }

    /**
     * A row of amounts only under a row of money labels ({@code 资金总额 | 财政拨款 | 其他资金} over
     * {@code 500 | 450 | 50}): each amount goes to the label above it, in order, when the counts agree.
     */
    static boolean amountsUnderLabels(List<Cell> cells, int from, SheetDraft d) {
        if (from < 0 || cells.size() != d.funding.size() - from) {
            return false;
        }
        for (Cell c : cells) {
            if (amount(c.text()) == null && !isPlaceholder(c.text())) {
                return false;
            }
        }
        for (int k = 0; k < cells.size(); k++) {
            FundingItem f = d.funding.get(from + k);
            d.funding.set(from + k, new FundingItem(f.label(), amount(cells.get(k).text()), null, null, null, null));
        }
        return true;
    }

    /** 全年预算数(A) | 全年执行数(B) | 预算执行率: the self-evaluation money columns. */
    static boolean isFundingColumnRow(List<Cell> cells) {
        int hits = 0;
        for (Cell c : cells) {
            String k = Text.key(c.text());
            if (k.contains("预算数") || k.contains("执行数") || k.contains("执行率") || k.contains("分值") || k.contains("得分")) {
                hits++;
            }
        }
        return hits >= 2;
    }

    /**
     * A money item's label ending a header row of label/amount pairs with no amount after it ({@code 预算数 | 230000.00 |
     * 其中：财政资金 | 230000.00 | 其他资金}, a budget text's money row printed above its wrapped 预算规模及资金用途 label): the
     * item with no amount, as the pairs read under that label give it ({@link ProjectBudgetRows}); false (nothing read)
     * for any other cell.
     *
     * @param cells the row's filled cells
     * @param i     the cell asked about
     */
    static boolean lastLabelWithoutAmount(List<Cell> cells, int i, SheetDraft d) {
        if (i != cells.size() - 1 || i < 2 || !MoneyVocabulary.isMoneyLabel(cells.get(i).text())
                || amount(cells.get(i - 1).text()) == null) {
            return false;
        }
        d.funding.add(new dev.zhibiao.FundingItem(fundingLabel(cells.get(i).text()), null, null, null, null, null));
        return true;
    }

    /** One line of the money block: a label, then its amount(s). */
    static void fundingItem(List<Cell> cells, List<String> columns, SheetDraft d) {
        if (cells.isEmpty()) {
            return;
        }
        cells = splitLabelAndAmount(cells, d);
        int i = 0;
        String label = null;
        while (i < cells.size() && label == null) {
            String t = cells.get(i).text();
            if (amount(t) == null && !Rx.matches(UNIT_ONLY, Text.key(t))) {
                label = fundingLabel(t);
            } else {
                d.remnant(cells.get(i), "money cell without a label");
            }
            i++;
        }
        if (label == null) {
            return;
        }
        int at = d.funding.size();
        List<BigDecimal> nums = new ArrayList<>();
        List<Cell> numCells = new ArrayList<>();
        for (; i < cells.size(); i++) {
            String t = cells.get(i).text();
            BigDecimal a = amount(t);
            if (a != null || Rx.matches(UNIT_ONLY, Text.key(t)) || isPlaceholder(t)) {
                nums.add(a);
                numCells.add(cells.get(i));
            } else {
                // a second label on the same row (two periods side by side): read it separately
                fundingItem(cells.subList(i, cells.size()), columns, d);
                break;
            }
        }
        if (!columns.isEmpty() && nums.size() == columns.size()) {
            d.funding.add(at, byColumn(label, nums, numCells, columns, d));
        } else if (!columns.isEmpty() && !nums.isEmpty() && nums.size() < columns.size() && fillsFromTheLeft(numCells, columns)) {
            // fewer amounts than the block's column headings, the empty cells not printed (a flattened or plain-text
            // rendering): the amounts stand under the headings from the first on as far as 执行数 (the budget and the
            // executed amount are where the headings say); past it, which column was left out is not known (分值 |
            // 执行率 | 得分: the total line's only, or a rate wrapped onto a line of its own), so those amounts are
            // remnants, but a rate (%) printed last, which goes under 执行率
            int executedAt = executedColumn(columns);
            int rateAt = rateColumn(columns);
            List<BigDecimal> under = new ArrayList<>();
            List<Cell> cellsUnder = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                under.add(null);
                cellsUnder.add(null);
            }
            boolean rateMoved = false;
            List<Cell> unsure = new ArrayList<>();
            for (int k = 0; k < nums.size(); k++) {
                if (k <= executedAt) {
                    under.set(k, nums.get(k));
                    cellsUnder.set(k, numCells.get(k));
                } else if (k == nums.size() - 1 && isRate(numCells.get(k).text())) {
                    under.set(rateAt, nums.get(k));
                    cellsUnder.set(rateAt, numCells.get(k));
                    rateMoved = true;
                } else {
                    unsure.add(numCells.get(k));
                }
            }
            d.diag("money-columns-from-left", numCells.get(0).at(), "money row " + label + " prints " + nums.size()
                    + " amount(s) under " + columns.size() + " column headings: read under "
                    + String.join(" | ", columns.subList(0, Math.min(nums.size(), executedAt + 1)))
                    + (rateMoved ? " and " + columns.get(rateAt) : "")
                    + (unsure.isEmpty() ? "" : "; " + unsure.size() + " amount(s) after " + columns.get(executedAt)
                    + " of no sure column kept as remnants"));
            d.funding.add(at, byColumn(label, under, cellsUnder, columns, d));
            for (Cell c : unsure) {
                d.remnant(c, "money amount after " + columns.get(executedAt) + " whose column is not sure (" + label + ")");
            }
        } else if (!columns.isEmpty() || d.kind.reportsExecution()) {
            BigDecimal budget = nums.size() > 0 ? nums.get(0) : null;
            BigDecimal executed = nums.size() > 1 ? nums.get(1) : null;
            BigDecimal rate = nums.size() > 2 ? nums.get(2) : null;
            d.funding.add(at, new FundingItem(label, null, null, budget, executed, rate));
        } else {
            BigDecimal amount = nums.isEmpty() ? null : nums.get(0);
            d.funding.add(at, new FundingItem(label, amount, null, null, null, null));
            for (int k = 1; k < numCells.size(); k++) {
                d.remnant(numCells.get(k), "extra amount in a money row");
            }
        }
    }

    /** The column of the rate (执行率) among a money block's headings, -1 when there is none. */
    static int rateColumn(List<String> columns) {
        return MoneyVocabulary.firstColumn(columns, MoneyVocabulary.RATE_COLUMN);
    }

    private static boolean isRate(String printed) {
        String k = Text.key(printed);
        return k.endsWith("%");
    }

    /**
     * Whether a short row's amounts stand under the headings from the first on: they reach the executed
     * amount's column (执行数), so that the budget and the executed amount are where the headings say
     * whatever was left out on the right (two amounts under 年初预算数 | 全年预算数 | 全年执行数 could be
     * either pair: read in order as before); no rate (%) before the last amount, and a rate that is last
     * goes under 执行率, which must stand right of 执行数.
     */
    static boolean fillsFromTheLeft(List<Cell> numCells, List<String> columns) {
        for (int k = 0; k < numCells.size() - 1; k++) {
            if (isRate(numCells.get(k).text())) {
                return false;
            }
        }
        int last = numCells.size() - 1;
        boolean rateLast = isRate(numCells.get(last).text());
        if (rateLast && rateColumn(columns) <= executedColumn(columns)) {
            return false;
        }
        int executedAt = executedColumn(columns);
        int amounts = rateLast ? last : last + 1;
        return executedAt >= 0 && amounts > executedAt;
    }

    /** The first column of the executed amount (执行数) among a money block's headings, -1 when there is none. */
    static int executedColumn(List<String> columns) {
        return MoneyVocabulary.firstColumn(columns, MoneyVocabulary.EXECUTED_COLUMN);
    }

    /**
     * A self-evaluation money row read by its column headings: 全年预算数 (else 年初预算数, 预算数) is the
     * budget, 执行数 the executed amount, 执行率 the rate; the other columns (年初预算数 beside a
     * 全年预算数, 分值, 得分) have no field and are kept as remnants.
     */
    static FundingItem byColumn(String label, List<BigDecimal> nums, List<Cell> numCells, List<String> columns,
                                        SheetDraft d) {
        int budgetAt = -1;
        for (int k = 0; k < columns.size(); k++) {
            String c = columns.get(k);
            if (c.contains("预算数") && (budgetAt < 0 || columns.get(budgetAt).contains("年初") && !c.contains("年初"))) {
                budgetAt = k;
            }
        }
        BigDecimal budget = null;
        BigDecimal executed = null;
        BigDecimal rate = null;
        for (int k = 0; k < columns.size(); k++) {
            String c = columns.get(k);
            if (k == budgetAt) {
                budget = nums.get(k);
            } else if (c.contains(MoneyVocabulary.EXECUTED_COLUMN) && executed == null) {
                executed = nums.get(k);
            } else if (c.contains(MoneyVocabulary.RATE_COLUMN) && rate == null) {
                rate = nums.get(k);
            } else if (numCells.get(k) != null) {
                d.remnant(numCells.get(k), "money column " + c + " the model has no field for (" + label + ")");
            }
        }
        return new FundingItem(label, null, null, budget, executed, rate);
    }

    /** A money cell that says "none" or "not applicable" ({@code —}, {@code /}): no amount, not a label. */
    static boolean isPlaceholder(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty()) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) { // ^[—\\-－–/／]+$ by a scan: asked of most money cells
            if ("—-－–/／".indexOf(k.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a money block's column headings sit in their printed row (its cells, the empty ones too),
     * matched in order from cell {@code from}; null when not every heading is found.
     */
    static int[] rawColumns(Row r, List<String> columns, int from) {
        List<Cell> all = r.cells();
        int[] at = new int[columns.size()];
        int k = 0;
        for (int i = 0; i < all.size() && k < at.length; i++) {
            if (!all.get(i).isEmpty() && Text.key(all.get(i).text()).equals(columns.get(k))) {
                if (k == 0 && i < from) {
                    continue;
                }
                at[k++] = i;
            }
        }
        return k == at.length ? at : null;
    }

    /**
     * A self-evaluation money row printed on the grid of its column headings (as wide as the
     * headings' row): each amount read from the cell under its heading, so an empty or {@code —}
     * cell is no amount and moves nothing (上年结转资金 | 0 | 0 | 0 | — |  | —). False, and nothing
     * read, when the row is not a label before the columns and amounts (or nothing) under them.
     */
    static boolean fundingItemByGrid(Row r, int[] at, List<String> columns, SheetDraft d) {
        List<Cell> all = r.cells();
        Cell labelCell = null;
        for (int i = 0; i < at[0]; i++) {
            Cell c = all.get(i);
            if (c.isEmpty()) {
                continue;
            }
            if (labelCell != null || amount(c.text()) != null || isPlaceholder(c.text())) {
                return false;
            }
            labelCell = c;
        }
        if (labelCell == null) {
            return false;
        }
        List<BigDecimal> nums = new ArrayList<>();
        List<Cell> numCells = new ArrayList<>();
        int k = 0;
        for (int i = at[0]; i < all.size(); i++) {
            Cell c = all.get(i);
            boolean column = k < at.length && at[k] == i;
            if (column) {
                k++;
            }
            if (c.isEmpty() || isPlaceholder(c.text())) {
                if (column) {
                    nums.add(null);
                    numCells.add(null);
                }
                continue;
            }
            BigDecimal a = amount(c.text());
            if (a == null || !column) {
                return false;
            }
            nums.add(a);
            numCells.add(c);
        }
        if (nums.size() != columns.size()) {
            return false;
        }
        d.funding.add(byColumn(fundingLabel(labelCell.text()), nums, numCells, columns, d));
        return true;
    }

    private static final Pattern LABEL_AMOUNT = Pattern.compile(
            "^(.*[^0-9０-９.,\\s])\\s+([-+]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\\s*(?:万元|元|亿元|千元|%)?)$");

    /** Whether {@code t} holds a white space ({@code \\s}) and a digit, as every text {@link #LABEL_AMOUNT} matches does. */
    static boolean spaceAndDigit(String t) {
        boolean space = false;
        boolean digit = false;
        for (int i = 0; i < t.length() && !(space && digit); i++) {
            char c = t.charAt(i);
            space |= c == ' ' || c >= '\t' && c <= '\r';
            digit |= c >= '0' && c <= '9' || c >= '０' && c <= '９';
        }
        return space && digit;
    }

    /** A money label and its amount printed in one cell ({@code 其中：财政资金 30160000.00}) are split. */
    static List<Cell> splitLabelAndAmount(List<Cell> cells, SheetDraft d) {
        List<Cell> out = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            Matcher m = spaceAndDigit(c.text()) && amount(c.text()) == null ? LABEL_AMOUNT.matcher(c.text().strip()) : null;
            if (m != null && m.matches() && amount(m.group(2)) != null && !m.group(1).isBlank()) {
                if (out == null) {
                    out = new ArrayList<>(cells.subList(0, i));
                }
                out.add(new Cell(m.group(1), c.at()));
                out.add(new Cell(m.group(2), c.at()));
                d.diag("cell-split", c.at(), "money label and amount printed in one cell: \"" + c.text() + "\"");
            } else if (out != null) {
                out.add(c);
            }
        }
        return out == null ? cells : out;
    }

    static String fundingLabel(String printed) {
        String c = Text.cleanLabel(printed);
        if (c == null) {
            return null; // a blank cell is no label (the row's label is looked for further on)
        }
        c = c.replace(" ", "");
        while (c.endsWith(":") || c.endsWith("：")) {
            c = c.substring(0, c.length() - 1);
        }
        if (c.startsWith("其中")) {
            String rest = c.substring(2);
            while (rest.startsWith(":") || rest.startsWith("：")) {
                rest = rest.substring(1);
            }
            if (!rest.isEmpty()) {
                c = rest;
            }
        }
        return c;
    }

    /** An amount: {@code 138486万元}, {@code 1,907,400}, {@code 99.14%}; null when not a number. */
    static BigDecimal amount(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty() || !(k.charAt(0) >= '0' && k.charAt(0) <= '9' || k.charAt(0) == '-' || k.charAt(0) == '+')) {
            return null; // AMOUNT starts with a sign or a digit: no matcher for every other cell
        }
        String number = Rx.group(AMOUNT, k, 1);
        if (number == null) {
            return null;
        }
        try {
            return new BigDecimal(number.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
