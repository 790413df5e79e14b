package dev.zhibiao.internal.layout;

import dev.zhibiao.FundingItem;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The money of a department's annual tasks table (部门整体支出绩效目标申报表: {@code 年度主要任务 | 任务名称 |
 * 主要内容 | 预算金额（万元）} over {@code 总额 | 财政拨款 | 其他资金}, a row per task, then {@code 金额合计 | 5000 |
 * 4820 | 180}). Where the sheet prints no money block of its own, the total row is the department's money:
 * one item per amount, named by the heading over it, in the unit the money heading states. A table with
 * one money column and no heads under it (预算金额 alone) stays remnants whole, as before. The task rows stay remnants; a read total is recorded
 * ({@code tasks-total}).
 */
final class TaskTotals {
    /** The longest cell read as an amount's heading (总额, 财政拨款, 其中：其他资金). */
    private static final int HEAD_CHARS = 10;
    private final String unit;
    private final boolean moneyHeading;
    private List<String> heads = List.of();

    /** The tasks table's label row ({@code 年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元）}). */
    TaskTotals(List<Cell> labelRow) {
        String money = null;
        String moneyUnit = null;
        for (Cell c : labelRow.subList(1, labelRow.size())) {
            String bare = MoneyRows.fundingLabel(Rx.replaceAll(HeaderBlock.UNIT_BRACKET, c.text(), ""));
            if (bare != null && MoneyVocabulary.isMoneyLabel(bare)) {
                money = bare;
                moneyUnit = MoneyVocabulary.fundingUnit(c.text());
            }
        }
        this.unit = moneyUnit;
        this.moneyHeading = money != null;
    }

    /**
     * Reads a row of the tasks table: the heads under the money heading (kept, the caller still keeps
     * them as remnants) and the total row.
     *
     * @return true when the row was the total row and became the sheet's money (not to be kept as remnants)
     */
    boolean row(List<Cell> cells, SheetDraft d) {
        if (!moneyHeading) {
            return false;
        }
        if (heads.isEmpty() && cells.size() >= 2 && cells.stream().allMatch(c -> MoneyRows.amount(c.text()) == null)
                && cells.stream().anyMatch(c -> MoneyVocabulary.isMoneyLabel(c.text()))) {
            // 总额 | 财政拨款 | 其他资金 under 预算金额（万元）: the amounts' own names
            // (a PDF's row may carry the task column's text run up beside them: only short cells are heads)
            heads = cells.stream().filter(c -> Text.key(c.text()).length() <= HEAD_CHARS)
                    .map(c -> MoneyRows.fundingLabel(c.text())).filter(java.util.Objects::nonNull).toList();
            return false;
        }
        if (heads.isEmpty() || !MoneyVocabulary.isTotalLabel(cells.get(0).text()) || cells.size() - 1 != heads.size()
                || !d.funding.isEmpty()) {
            return false;
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (Cell c : cells.subList(1, cells.size())) {
            BigDecimal a = MoneyRows.amount(c.text());
            if (a == null) {
                return false;
            }
            amounts.add(a);
        }
        StringBuilder read = new StringBuilder();
        for (int k = 0; k < amounts.size(); k++) {
            d.funding.add(new FundingItem(heads.get(k), amounts.get(k), null, null, null, null));
            read.append(k == 0 ? "" : ", ").append(heads.get(k)).append(' ').append(amounts.get(k).toPlainString());
        }
        if (d.fundingUnit == null) {
            d.fundingUnit = unit == null ? "万元" : unit;
        }
        d.diag("tasks-total", cells.get(0).at(), "the annual tasks table's total row (" + Text.clean(cells.get(0).text())
                + ") read as the sheet's money, which it prints nowhere else: " + read
                + (unit == null ? " (no unit stated; 万元 assumed)" : " " + unit));
        return true;
    }
}
