package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Locator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectBudgetRowsTest {
    private int line = 1;

    private Row row(String... cells) {
        List<Cell> out = new ArrayList<>();
        int at = line;
        for (int i = 0; i < cells.length; i++) {
            out.add(new Cell(cells[i], new Locator(line++, i + 1, null)));
        }
        line++;
        return new Row(out, true, Locator.line(at));
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void readsUnitBudgetUnitMoneyBlockPurposeAndSpendingPlan() {
        List<Row> header = List.of(
                row("450002顺平县医疗保障局", "单位：元"),
                row("项目编码", "450-0201-JXN-2T53", "项目名称", "某资金"),
                row("预算规模及资金用途", "预算数", "90100.00", "其中：财政资金", "90100.00", "其他资金", ""),
                row("", "用于村级代办员补助"),
                row("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"),
                row("", "", "50.00", "", "100.00"),
                row("绩效目标", "1、确保参保率100%"));
        SheetDraft d = new SheetDraft();
        List<Row> rest = ProjectBudgetRows.take(header, d);
        assertEquals(List.of(header.get(1), header.get(6)), rest);
        assertEquals("元", d.fundingUnit);
        assertEquals("450002顺平县医疗保障局", d.attributes.get("预算单位"));
        assertEquals("用于村级代办员补助", d.attributes.get("资金用途"));
        assertEquals(List.of(new FundingItem("预算数", n("90100.00"), null, null, null, null),
                new FundingItem("财政资金", n("90100.00"), null, null, null, null),
                new FundingItem("其他资金", null, null, null, null, null)), d.funding);
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        plan.put("3月底", null);
        plan.put("6月底", n("50.00"));
        plan.put("10月底", null);
        plan.put("12月底", n("100.00"));
        assertEquals(plan, d.spendingPlan);
        assertEquals(List.copyOf(plan.keySet()), List.copyOf(d.spendingPlan.keySet()));
    }

    @Test
    void spendingPlanWithPeriodsAndSharesAlternating() {
        SheetDraft d = new SheetDraft();
        List<Row> rest = ProjectBudgetRows.take(List.of(row("资金支出计划", "3月底", "25%", "12月底", "100%")), d);
        assertTrue(rest.isEmpty());
        assertEquals(Map.of("3月底", n("25"), "12月底", n("100")), d.spendingPlan);
    }

    @Test
    void moneyBlockWithoutAUnitAssumesWanYuanAndSaysSo() {
        SheetDraft d = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模", "预算数", "12.5")), d);
        assertEquals("万元", d.fundingUnit);
        assertEquals(List.of(new FundingItem("预算数", n("12.5"), null, null, null, null)), d.funding);
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("funding-unit")));
    }

    @Test
    void aMoneyLabelMergedOverTwoCellsTakesTheAmountAfterTheEmptyOne() {
        SheetDraft d = new SheetDraft();
        ProjectBudgetRows.take(List.of(row("预算规模及资金用途", "预算数", "", "90100.00", "其中：财政资金", "", "90100.00",
                "其他资金", "", "")), d);
        assertEquals(List.of(new FundingItem("预算数", n("90100.00"), null, null, null, null),
                new FundingItem("财政资金", n("90100.00"), null, null, null, null),
                new FundingItem("其他资金", null, null, null, null, null)), d.funding);
        assertTrue(d.remnants.isEmpty(), d.remnants.toString());
    }

    @Test
    void rowsItDoesNotKnowPassThroughUnchanged() {
        List<Row> header = List.of(
                row("项目名称", "某资金", "主管部门", "某局"),
                row("资金情况（万元）", "年度资金总额", "100"),
                row("", "其中：财政拨款", "100"),
                row("资金支出计划", "按进度拨付"),
                row("单位：万元", "填报日期：2020年1月"));
        SheetDraft d = new SheetDraft();
        List<Row> rest = ProjectBudgetRows.take(header, d);
        assertEquals(header.subList(0, 4), rest.subList(0, 4));
        // the unit statement is read; the other cell stays for the general header reader
        assertEquals(List.of("填报日期：2020年1月"), rest.get(4).cells().stream().map(Cell::text).toList());
        assertEquals("万元", d.fundingUnit);
        assertTrue(d.funding.isEmpty());
        assertNull(d.spendingPlan);
        assertTrue(d.attributes.isEmpty());
    }

    @Test
    void documentYearComesFromTheTitlePageOnly() {
        List<Row> rows = Arrays.asList(Row.prose("某县医疗保障局", Locator.line(1)),
                Row.prose("2020年部门预算绩效文本", Locator.line(2)),
                row("项目名称", "某资金"));
        assertEquals(2020, ProjectBudgetRows.documentYear(rows));
        // a year stated after the first table, or in a sentence, is not the document's
        assertNull(ProjectBudgetRows.documentYear(List.of(row("项目名称", "某资金"),
                Row.prose("2021年部门预算绩效文本", Locator.line(9)))));
        assertNull(ProjectBudgetRows.documentYear(List.of(Row.prose("关于下达2019年补助资金的通知", Locator.line(1)))));
        assertNull(ProjectBudgetRows.documentYear(List.of(Row.prose("2019年某资金绩效目标表", Locator.line(1)))));
    }
}
