package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Locator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ProjectBudgetRows} beyond {@link ProjectBudgetRowsTest}'s whole sheet: the unit
 * statement and what sits beside it, the money block's unit and its rows below, the spending plan's
 * shares by printed column or by position, and the rows that are no plan.
 */
class ProjectBudgetRowsRulesTest {
    private int line = 1;

    private Row row(String... cells) {
        List<Cell> out = new ArrayList<>();
        int at = line;
        for (int i = 0; i < cells.length; i++) {
            out.add(new Cell(cells[i], new Locator(at, i + 1, null)));
        }
        line++;
        return new Row(out, true, Locator.line(at));
    }

    /** A row whose cells know no printed column (a reader of flow text). */
    private Row unplaced(String... cells) {
        List<Cell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(new Cell(c, new Locator(line, null, null)));
        }
        return new Row(out, true, Locator.line(line++));
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static FundingItem item(String label, String amount) {
        return new FundingItem(label, amount == null ? null : n(amount), null, null, null, null);
    }

    private static List<String> codes(SheetDraft d) {
        return d.diagnostics.stream().map(x -> x.code()).toList();
    }

    @Test
    void unitStatementsAreThreeToSevenCharactersNamingAMoneyUnit() {
        assertEquals("元", ProjectBudgetRows.unitStatement("单位元"));
        assertEquals("万元", ProjectBudgetRows.unitStatement("金额单位:万元"));
        assertEquals("千元", ProjectBudgetRows.unitStatement("单位:千元"));
        assertEquals("亿元", ProjectBudgetRows.unitStatement("单位:亿元"));
        assertNull(ProjectBudgetRows.unitStatement("单位"));
        assertNull(ProjectBudgetRows.unitStatement("单位:人"));
        assertNull(ProjectBudgetRows.unitStatement("单位名称"));
        assertNull(ProjectBudgetRows.unitStatement("预算单位:万元"));
        assertNull(ProjectBudgetRows.unitStatement("元"));
    }

    @Test
    void aUnitStatementAloneIsUsedUp() {
        SheetDraft d = new SheetDraft();
        List<Row> rest = ProjectBudgetRows.take(List.of(row("", "金额单位：万元", "")), d);
        assertTrue(rest.isEmpty(), rest.toString());
        assertEquals("万元", d.fundingUnit);
        assertTrue(d.attributes.isEmpty());
    }

    @Test
    void besideAUnitStatementAHeaderLabelOrSeveralCellsStayForTheHeaderBlock() {
        SheetDraft d = new SheetDraft();
        Row r = row("项目名称", "单位：元");
        List<Row> rest = ProjectBudgetRows.take(List.of(r), d);
        assertEquals(1, rest.size());
        assertEquals(List.of("项目名称"), rest.get(0).cells().stream().map(Cell::text).toList());
        assertEquals(r.at(), rest.get(0).at());
        assertEquals("元", d.fundingUnit);
        assertTrue(d.attributes.isEmpty(), d.attributes.toString());
        SheetDraft e = new SheetDraft();
        List<Row> two = ProjectBudgetRows.take(List.of(row("某某县医疗保障局", "单位：元", "填报日期")), e);
        assertEquals(List.of("某某县医疗保障局", "填报日期"), two.get(0).cells().stream().map(Cell::text).toList());
        assertTrue(e.attributes.isEmpty());
        SheetDraft f = new SheetDraft();
        List<Row> word = ProjectBudgetRows.take(List.of(row("填报日期2020", "单位：元")), f);
        assertEquals(1, word.size(), "no organisation: the cell stays");
        assertTrue(f.attributes.isEmpty());
    }

    @Test
    void anEmptyRowPassesThrough() {
        SheetDraft d = new SheetDraft();
        Row empty = row("", "");
        assertSame(empty, ProjectBudgetRows.take(List.of(empty), d).get(0));
    }

    @Test
    void theMoneyBlocksUnitIsPrintedInItsLabel() {
        SheetDraft d = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模(元)", "预算数", "100")), d);
        assertEquals("元", d.fundingUnit);
        assertTrue(d.diagnostics.isEmpty());
        SheetDraft e = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模及资金用途(万元)", "预算数", "100")), e);
        assertEquals("万元", e.fundingUnit);
        assertTrue(e.diagnostics.isEmpty());
        // a unit stated before the block is kept, without a diagnostic
        SheetDraft f = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("单位：元"), row("预算规模", "预算数", "100")), f);
        assertEquals("元", f.fundingUnit);
        assertTrue(f.diagnostics.isEmpty(), f.diagnostics.toString());
    }

    @Test
    void theMoneyBlockGoesOnOverRowsUnderItsMergedLabel() {
        SheetDraft d = new SheetDraft();
        Row after = row("绩效目标", "确保参保率");
        List<Row> rest = ProjectBudgetRows.take(List.of(
                row("预算规模及资金用途", "预算数", "100"),
                row("", "", ""),
                row("", "其中：财政资金", "80", "其他资金", "20"),
                row("", "用于补助"),
                after), d);
        assertEquals(List.of(item("预算数", "100"), item("财政资金", "80"), item("其他资金", "20")), d.funding);
        assertEquals("用于补助", d.attributes.get("资金用途"));
        assertEquals(List.of(after), rest);
    }

    @Test
    void theBlockEndsAtALabelOrAtSeveralTextCells() {
        SheetDraft d = new SheetDraft();
        Row goals = row("", "年度目标");
        Row texts = row("", "甲", "乙");
        List<Row> rest = ProjectBudgetRows.take(List.of(row("预算规模及资金用途", "预算数", "100"), goals), d);
        assertEquals(List.of(goals), rest);
        assertTrue(d.attributes.isEmpty());
        SheetDraft e = new SheetDraft();
        assertEquals(List.of(texts), ProjectBudgetRows.take(List.of(row("预算规模及资金用途", "预算数", "100"), texts), e));
        SheetDraft f = new SheetDraft();
        Row project = row("", "项目名称");
        assertEquals(List.of(project), ProjectBudgetRows.take(List.of(row("预算规模及资金用途", "预算数", "100"), project), f));
        // without a second thing named, a text row below is no part of the block
        SheetDraft g = new SheetDraft();
        Row text = row("", "用于补助");
        assertEquals(List.of(text), ProjectBudgetRows.take(List.of(row("预算规模", "预算数", "100"), text), g));
        assertTrue(g.attributes.isEmpty());
        // a row with no cell at all ends it too
        SheetDraft h = new SheetDraft();
        Row none = new Row(List.of(), true, Locator.line(99));
        assertEquals(List.of(none), ProjectBudgetRows.take(List.of(row("预算规模及资金用途", "预算数", "100"), none), h));
    }

    @Test
    void anAmountWithoutALabelIsARemnant() {
        SheetDraft d = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模(万元)", "100", "预算数", "", "")), d);
        assertEquals(List.of("100"), d.remnants);
        assertEquals(List.of(item("预算数", null)), d.funding);
    }

    @Test
    void emptyCellsBetweenMoneyLabelsAreSkipped() {
        SheetDraft d = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模(万元)", "", "预算数", "100")), d);
        assertEquals(List.of(item("预算数", "100")), d.funding);
        SheetDraft e = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模(万元)", "预算数", "", "其他资金", "20")), e);
        assertEquals(List.of(item("预算数", null), item("其他资金", "20")), e.funding, "a label with no amount, then the next");
    }

    @Test
    void sharesUnderThePeriodsByPrintedColumn() {
        SheetDraft d = new SheetDraft();
        List<Row> rest = ProjectBudgetRows.take(List.of(
                row("资金支出计划（%）", "3月底", "6月底", "12月底"),
                row("", "30%", "", "100")), d);
        assertTrue(rest.isEmpty(), rest.toString());
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        plan.put("3月底", n("30"));
        plan.put("6月底", null);
        plan.put("12月底", n("100"));
        assertEquals(plan, d.spendingPlan);
    }

    @Test
    void sharesUnderThePeriodsByPositionWhereNoColumnIsKnown() {
        SheetDraft d = new SheetDraft();
        ProjectBudgetRows.take(List.of(
                unplaced("用款计划", "上半年", "全年"),
                unplaced("", "40", "")), d);
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        plan.put("上半年", n("40"));
        plan.put("全年", null);
        assertEquals(plan, d.spendingPlan);
        SheetDraft e = new SheetDraft();
        ProjectBudgetRows.take(List.of(unplaced("支出计划", "一季度", "二季度", "第三季度"), unplaced("", "10")), e);
        Map<String, BigDecimal> short2 = new LinkedHashMap<>();
        short2.put("一季度", n("10"));
        short2.put("二季度", null);
        short2.put("第三季度", null);
        assertEquals(short2, e.spendingPlan);
    }

    @Test
    void periodsWithoutSharesAreAPlanWithoutShares() {
        SheetDraft d = new SheetDraft();
        Row next = row("绩效目标", "甲");
        List<Row> rest = ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "12月底"), next), d);
        assertEquals(List.of(next), rest);
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        plan.put("3月底", null);
        plan.put("12月底", null);
        assertEquals(plan, d.spendingPlan);
        assertEquals(List.of("spending-plan"), codes(d));
        // a period followed by another period (not by a share) is no alternating plan
        SheetDraft e = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "6月底", "50", "12月底", "100")), e);
        assertEquals(List.of("spending-plan"), codes(e));
        assertEquals(List.of("3月底", "6月底", "50", "12月底", "100"), List.copyOf(e.spendingPlan.keySet()));
    }

    @Test
    void aRowThatIsNoPlanStaysForTheHeaderBlock() {
        SheetDraft d = new SheetDraft();
        Row words = row("资金支出计划", "按进度拨付");
        Row none = row("资金支出计划", "", "");
        assertEquals(List.of(words, none), ProjectBudgetRows.take(List.of(words, none), d));
        assertNull(d.spendingPlan);
    }

    @Test
    void aValueRowHasAnEmptyFirstCellAndOnlyShares() {
        SheetDraft d = new SheetDraft();
        Row notShares = row("", "按进度");
        List<Row> rest = ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "12月底"), notShares), d);
        assertEquals(List.of(notShares), rest, "a row of words under the plan is no value row");
        SheetDraft e = new SheetDraft();
        Row labelled = row("比例", "50", "100");
        assertEquals(List.of(labelled), ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "12月底"), labelled), e));
        // an empty row of several cells under the plan is its (empty) value row, used up with it
        SheetDraft f = new SheetDraft();
        assertTrue(ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "12月底"), row("", "", "")), f).isEmpty());
        assertTrue(f.diagnostics.isEmpty(), f.diagnostics.toString());
        SheetDraft g = new SheetDraft();
        Row single = row("");
        assertEquals(List.of(single), ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "12月底"), single), g));
    }
}
