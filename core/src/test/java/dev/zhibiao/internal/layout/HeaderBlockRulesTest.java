package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The header block's rules one by one, on small hand-made rows (docs/sheet-json.md: header, funding,
 * goals): label/value pairs, the money block with its unit and its self-evaluation columns, goals
 * by their labels and in two columns, the management and completion blocks of self-evaluations.
 */
class HeaderBlockRulesTest {

    /** A table row of cells without column positions. */
    static Row row(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (String c : cells) {
            l.add(new Cell(c, Locator.line(1)));
        }
        return new Row(l, true, Locator.line(1));
    }

    /** A cell at a column. */
    static Cell at(String text, int column) {
        return new Cell(text, new Locator(1, column, null));
    }

    static Row cells(Cell... cells) {
        return new Row(List.of(cells), true, Locator.line(1));
    }

    static SheetDraft read(Row... rows) {
        SheetDraft d = new SheetDraft();
        HeaderBlock.read(List.of(rows), d);
        return d;
    }

    static FundingItem amount(String label, String amount) {
        return new FundingItem(label, amount == null ? null : new BigDecimal(amount), null, null, null, null);
    }

    static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static List<String> codes(SheetDraft d) {
        return d.diagnostics.stream().map(Diagnostic::code).toList();
    }

    static List<String> messages(SheetDraft d) {
        return d.diagnostics.stream().map(Diagnostic::message).toList();
    }

    @Test
    void theMoneyBlockWithItsUnit() {
        SheetDraft d = read(
                row("项目资金（万元）", "年度资金总额", "100"),
                row("其中：财政拨款", "80"),
                row("其他资金", "20", "5"));
        assertEquals("万元", d.fundingUnit);
        assertEquals(List.of(amount("年度资金总额", "100"), amount("财政拨款", "80"), amount("其他资金", "20")), d.funding);
        assertEquals(Kind.TARGET, d.kind);
        // a second amount on a target sheet's money row has no field: a remnant, not dropped
        assertEquals(List.of("5"), d.remnants);
        assertEquals(List.of("remnant"), codes(d), "the unit is stated: no funding-unit diagnostic");
        assertTrue(messages(d).get(0).startsWith("extra amount in a money row"));
    }

    @Test
    void budgetExecutedAndRatePrintedAsPairs() {
        // 执行数 and 执行率 were remnants ("header cell without a label")
        SheetDraft d = read(row("项目名称", "农机购置补贴"),
                row("预算数（万元）", "500", "执行数（万元）", "480", "执行率", "96%"));
        assertEquals(List.of(new FundingItem("预算数", null, null, n("500"), n("480"), n("96"))), d.funding);
        assertEquals(List.of(), d.remnants);
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        // a budget pair alone stays an amount
        d = read(row("项目名称", "甲", "预算数（万元）", "500"));
        assertEquals(List.of(amount("预算数", "500")), d.funding);
    }

    @Test
    void goalsAmongThePairsOfARow() {
        SheetDraft d = read(row("项目名称", "培训补贴", "主管部门", "人社局", "年度绩效目标", "1、培训5000人次；2、合格率90%。"));
        assertEquals(List.of("培训5000人次；", "合格率90%。"), d.goals);
        assertEquals("培训补贴", d.project);
        assertEquals(List.of(), d.remnants);
    }

    @Test
    void aLeadLineAfterTheGoalsIsNoGoal() {
        SheetDraft d = read(row("年度绩效目标：完成培训5000人次。"), row("绩效指标："));
        assertEquals(List.of("完成培训5000人次。"), d.goals);
        assertEquals(List.of("绩效指标："), d.remnants);
    }

    @Test
    void amountsPrintedUnderTheirLabels() {
        // 资金总额 | 财政拨款 | 其他资金 over 500 | 450 | 50: the amounts were remnants, the items empty
        SheetDraft d = read(
                row("项目资金（万元）", "资金总额", "财政拨款", "其他资金"),
                row("500", "450", "50"));
        assertEquals(List.of(amount("资金总额", "500"), amount("财政拨款", "450"), amount("其他资金", "50")), d.funding);
        assertEquals(List.of(), d.remnants);
        // the labels on a row of their own under the block's label, a placeholder for an empty amount
        d = read(row("项目资金（万元）"), row("资金总额", "财政拨款", "其他资金"), row("500", "500", "-"));
        assertEquals(List.of(amount("资金总额", "500"), amount("财政拨款", "500"), amount("其他资金", null)), d.funding);
        // counts that do not agree pair nothing: the amounts stay remnants
        d = read(row("项目资金（万元）", "资金总额", "财政拨款", "其他资金"), row("500", "450"));
        assertEquals(List.of(amount("资金总额", null), amount("财政拨款", null), amount("其他资金", null)), d.funding);
        assertEquals(List.of("500", "450"), d.remnants);
    }

    @Test
    void theBlockLabelWithItsOwnAmountAndASecondLabelOnTheRow() {
        // 项目资金（元） | 16 | 其中：财政拨款 | 16: the label's bracketed unit is not part of the item's label
        SheetDraft d = read(row("项目资金（元）", "16", "其中：财政拨款", "12"));
        assertEquals("元", d.fundingUnit);
        assertEquals(List.of(amount("项目资金", "16"), amount("财政拨款", "12")), d.funding, "in printed order");
        assertEquals(List.of(), d.remnants);
    }

    @Test
    void aMoneyBlockStatingNoUnitIsInTenThousands() {
        SheetDraft d = read(row("资金情况", "年度资金总额", "10"), row("资金情况", "中央补助", "4"));
        assertEquals("万元", d.fundingUnit);
        assertEquals(List.of("funding-unit"), codes(d), "said once");
        assertEquals(List.of(amount("年度资金总额", "10"), amount("中央补助", "4")), d.funding);
        // a unit stated later is the block's unit
        SheetDraft later = read(row("资金情况", "年度资金总额", "10"), row("资金情况（元）", "中央补助", "4"));
        assertEquals("元", later.fundingUnit);
    }

    @Test
    void moneyRowsWithoutTheBlockLabel() {
        // 年度资金总额 | 141 | 万元: a money label followed by amounts only opens the money block
        SheetDraft d = read(row("年度资金总额", "141"), row("中央补助", "100"));
        assertEquals("万元", d.fundingUnit);
        assertEquals(List.of("funding-unit"), codes(d));
        assertEquals(List.of(amount("年度资金总额", "141"), amount("中央补助", "100")), d.funding);
        // a unit in its own cell counts as an amount cell of such a row
        SheetDraft unit = read(row("年度资金总额", "141", "万元"));
        assertEquals(List.of(amount("年度资金总额", "141")), unit.funding);
        // a money label followed by text is not a money row: a header cell without a label
        SheetDraft text = read(row("中央补助", "按进度拨付"));
        assertEquals(List.of(), text.funding);
        assertNull(text.fundingUnit);
        assertEquals(List.of("中央补助", "按进度拨付"), text.remnants);
        // a money label alone is a money row only once a unit is known
        SheetDraft alone = read(row("中央补助"));
        assertEquals(List.of(), alone.funding);
        assertEquals(List.of("中央补助"), alone.remnants);
        SheetDraft afterBlock = read(row("资金情况（元）", "年度资金总额", "10"), row("项目名称", "甲"), row("中央补助"));
        assertEquals(List.of(amount("年度资金总额", "10"), amount("中央补助", null)), afterBlock.funding);
        assertEquals("甲", afterBlock.project);
        assertEquals(List.of(), afterBlock.remnants);
        assertEquals("元", afterBlock.fundingUnit, "the block's stated unit holds for its rows printed later");
        assertEquals(List.of(), codes(afterBlock));
    }

    @Test
    void selfEvaluationMoneyColumns() {
        SheetDraft d = read(
                row("资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row("年度资金总额", "10", "12", "9", "10", "75%", "7.5"),
                row("其中：财政拨款", "5", "4"));
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        // 全年预算数 is the budget beside a 年初预算数; 年初预算数, 分值 and 得分 have no field: remnants
        assertEquals(new FundingItem("年度资金总额", null, null, n("12"), n("9"), n("75")), d.funding.get(0));
        assertEquals(List.of("10", "10", "7.5"), d.remnants);
        assertTrue(messages(d).get(0).contains("money column 年初预算数"), messages(d).toString());
        // fewer amounts than columns, not reaching 全年执行数: budget, executed, rate in order
        assertEquals(new FundingItem("财政拨款", null, null, n("5"), n("4"), null), d.funding.get(1));
        assertEquals(2, d.funding.size());
    }

    @Test
    void shortMoneyRowsStandUnderTheHeadingsFromTheLeft() {
        // a flattened rendering drops the empty cells: 年初 | 全年 | 执行 printed, 分值 | 执行率 | 得分 (the total
        // line's only) left out; the amounts reach 全年执行数, so they stand under the first three headings
        SheetDraft d = read(
                row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row("年度资金总额", "100", "95", "90", "10", "94.7%", "9.5"),
                row("其中：本年财政拨款", "90", "89.974", "89.974"),
                row("上年结转资金", "10", "5.026", "0.026", "0.5%"));
        assertEquals(new FundingItem("本年财政拨款", null, null, n("89.974"), n("89.974"), null), d.funding.get(1));
        // a rate printed last goes under 执行率
        assertEquals(new FundingItem("上年结转资金", null, null, n("5.026"), n("0.026"), n("0.5")), d.funding.get(2));
        assertTrue(d.remnants.contains("90") && d.remnants.contains("10"), d.remnants.toString());
        assertEquals(2, codes(d).stream().filter("money-columns-from-left"::equals).count(), messages(d).toString());
        assertTrue(messages(d).stream().anyMatch(m -> m.contains("read under 年初预算数 | 全年预算数 | 全年执行数 and 执行率")),
                messages(d).toString());
        // five amounts under six headings: which column past 全年执行数 was left out is not known (here the rate,
        // wrapped onto a line of its own): 10 and 9.6 are remnants, no rate is made up
        SheetDraft total = read(row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row("年度资金总额", "640", "680", "652", "10", "9.6"));
        assertEquals(new FundingItem("年度资金总额", null, null, n("680"), n("652"), null), total.funding.get(0));
        assertEquals(List.of("640", "10", "9.6"), total.remnants);
        // a rate among the amounts: not a row of amounts from the left (read in order, as before)
        SheetDraft odd = read(row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row("年度资金总额", "100", "95%", "90"));
        assertTrue(!codes(odd).contains("money-columns-from-left"), messages(odd).toString());
    }

    @Test
    void selfEvaluationColumnsOnTheirOwnRow() {
        SheetDraft d = read(
                row("资金情况（万元）", "年度资金总额", "1"),
                row("预算数", "执行数", "执行率"),
                row("年度资金总额", "8", "6", "75"));
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        // the first row read before the columns were known: budget first, as a self-evaluation
        assertEquals(new FundingItem("年度资金总额", n("1"), null, null, null, null), d.funding.get(0));
        assertEquals(new FundingItem("年度资金总额", null, null, n("8"), n("6"), n("75")), d.funding.get(1));
        // the first 执行数 and 执行率 columns take the value; a repeated one is a remnant
        SheetDraft twice = read(row("资金情况（万元）", "预算数", "执行数", "执行数"), row("年度资金总额", "8", "6", "5"));
        assertEquals(new FundingItem("年度资金总额", null, null, n("8"), n("6"), null), twice.funding.get(0));
        assertEquals(List.of("5"), twice.remnants);
        SheetDraft rate = read(row("资金情况（万元）", "预算数", "执行率", "执行率"), row("年度资金总额", "8", "70", "71"));
        assertEquals(new FundingItem("年度资金总额", null, null, n("8"), null, n("70")), rate.funding.get(0));
        assertEquals(List.of("71"), rate.remnants);
        // 年初预算数 alone is the budget; a second 年初预算数 column is not
        SheetDraft start = read(row("资金情况（万元）", "年初预算数", "年初预算数", "执行数"), row("年度资金总额", "8", "7", "6"));
        assertEquals(new FundingItem("年度资金总额", null, null, n("8"), n("6"), null), start.funding.get(0));
        assertEquals(List.of("7"), start.remnants);
        // two heading hits make a column row
        SheetDraft two = read(row("资金情况（万元）", "预算数", "执行数"), row("年度资金总额", "8", "6"));
        assertEquals(Kind.SELF_EVALUATION, two.kind);
        assertEquals(List.of(new FundingItem("年度资金总额", null, null, n("8"), n("6"), null)), two.funding);
        // one column heading hit is not a column row
        SheetDraft one = read(row("资金情况（万元）", "预算数", "1"));
        assertEquals(Kind.TARGET, one.kind);
    }

    @Test
    void moneyHeadingsWithoutTheBlockLabelOpenTheBlock() {
        // the block's label spans the rows below and is printed beside the first item, not on the headings' row
        SheetDraft d = read(
                row("部门名称", "某县农业农村局"),
                row("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row("年度预算申请（万元）", "年度资金总额", "1,520.36", "1,688.10", "1,650.22", "10", "97.76%", "9.8"));
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        assertEquals(new FundingItem("年度资金总额", null, null, n("1688.10"), n("1650.22"), n("97.76")), d.funding.get(0));
        // an indicator heading's 分值 | 得分 opens no money block
        assertTrue(!HeaderBlock.moneyHeadingsAlone(List.of(at("实际完成值", 1), at("分值", 2), at("得分", 3))));
        assertTrue(HeaderBlock.moneyHeadingsAlone(List.of(at("全年预算数", 1), at("分值", 2), at("得分", 3))));
    }

    @Test
    void selfEvaluationRowsWithoutColumns() {
        SheetDraft d = read(row("资金管理情况", "情况说明"), row("资金情况（万元）", "年度资金总额", "8", "6", "75"));
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        assertEquals(List.of(new FundingItem("年度资金总额", null, null, n("8"), n("6"), n("75"))), d.funding);
        SheetDraft none = read(row("资金管理情况", "情况说明"), row("资金情况（万元）", "年度资金总额"));
        assertEquals(List.of(new FundingItem("年度资金总额", null, null, null, null, null)), none.funding);
    }

    @Test
    void amountsBeforeAnyLabelAreRemnants() {
        SheetDraft d = read(row("资金情况（万元）", "5", "万元", "年度资金总额", "7"));
        // the block label has its own amount (5); the unit cell is an extra amount
        assertEquals(List.of(amount("资金情况", "5"), amount("年度资金总额", "7")), d.funding);
        assertEquals(List.of("万元"), d.remnants);
        SheetDraft onlyAmounts = read(row("资金情况（万元）", "年度资金总额", "1"), row("5", "6"));
        assertEquals(List.of(amount("年度资金总额", "1")), onlyAmounts.funding);
        assertEquals(List.of("5", "6"), onlyAmounts.remnants);
        assertTrue(messages(onlyAmounts).get(0).startsWith("money cell without a label"));
    }

    @Test
    void aLabelAndItsAmountInOneCell() {
        SheetDraft d = new SheetDraft();
        List<Cell> split = MoneyRows.splitLabelAndAmount(
                List.of(new Cell("年度资金总额", Locator.line(1)), new Cell("其中：财政资金 30160000.00", Locator.line(2)),
                        new Cell("备注", Locator.line(3))), d);
        assertEquals(List.of("年度资金总额", "其中：财政资金", "30160000.00", "备注"), split.stream().map(Cell::text).toList());
        assertEquals(Locator.line(2), split.get(2).at());
        assertEquals(List.of("cell-split"), codes(d));
        assertEquals(List.of("5", "甲"), MoneyRows.splitLabelAndAmount(
                List.of(new Cell("5", Locator.line(1)), new Cell("甲", Locator.line(1))), d).stream().map(Cell::text).toList());
        assertEquals(List.of("中央 补助", "12万元"), MoneyRows.splitLabelAndAmount(
                List.of(new Cell("中央 补助 12万元", Locator.line(1))), d).stream().map(Cell::text).toList());
        // a read of the whole block: the split amount goes to the label
        SheetDraft block = read(row("资金情况（万元）", "其中：财政资金 3016.5"));
        assertEquals(List.of(amount("财政资金", "3016.5")), block.funding);
    }

    @Test
    void fundingLabels() {
        assertEquals("财政拨款", MoneyRows.fundingLabel("其中：财政拨款"));
        assertEquals("中央补助", MoneyRows.fundingLabel("其中:: 中央 补助："));
        assertEquals("其中", MoneyRows.fundingLabel("其中："), "nothing after 其中: 其中 is the label");
        assertEquals("年度资金", MoneyRows.fundingLabel("年度 资金 :"));
    }

    @Test
    void amounts() {
        assertEquals(n("138486"), MoneyRows.amount("138486万元"));
        assertEquals(n("1907400"), MoneyRows.amount("1,907,400"));
        assertEquals(n("99.14"), MoneyRows.amount("99.14%"));
        assertEquals(n("-5"), MoneyRows.amount("-5"));
        assertEquals(n("5"), MoneyRows.amount("+5"));
        assertEquals(n("9"), MoneyRows.amount("9"));
        assertEquals(n("0"), MoneyRows.amount("0 元"));
        assertNull(MoneyRows.amount(""));
        assertNull(MoneyRows.amount("约5"));
        assertNull(MoneyRows.amount("5吨"));
        assertNull(MoneyRows.amount("1.2.3"));
        assertNull(MoneyRows.amount("/"));
        assertNull(MoneyRows.amount(":5"));
    }

    @Test
    void labelValuePairs() {
        SheetDraft d = read(row("项目名称", "甲项目", "主管部门", "乙局"), row("实施单位 丙中心", "项目属性", "新增"),
                row("地区", "丁县"));
        assertEquals("甲项目", d.project);
        assertEquals("丁县", d.region);
        assertEquals(Map.of("主管部门", "乙局", "实施单位", "丙中心"), d.parties);
        assertEquals(Map.of("项目属性", "新增"), d.attributes);
        assertEquals(List.of("cell-split"), codes(d), "label and value in one cell");
    }

    @Test
    void aValueRunsOnUntilTheNextLabel() {
        // a value of several cells is joined by spaces
        assertEquals("甲 乙", read(row("项目名称", "甲", "乙")).project);
        // the first cell after a label is its value unless it is a known label: 财政部门 is shaped like one
        SheetDraft shaped = read(row("主管部门", "财政部门"));
        assertEquals(Map.of("主管部门", "财政部门"), shaped.parties);
        // a known label right after a label: the first has no value
        SheetDraft known = read(row("项目负责人", "联系电话", "123"));
        assertTrue(known.attributes.containsKey("项目负责人"));
        assertNull(known.attributes.get("项目负责人"));
        assertEquals("123", known.attributes.get("联系电话"));
        // past the first cell, a cell shaped like a label starts the next pair
        SheetDraft next = read(row("实施单位", "乙镇", "某某单位", "丙"));
        assertEquals(Map.of("实施单位", "乙镇", "某某单位", "丙"), next.parties);
        // and so does a label printed with its value
        SheetDraft lead = read(row("项目名称", "甲", "实施单位 乙镇"));
        assertEquals("甲", lead.project);
        assertEquals(Map.of("实施单位", "乙镇"), lead.parties);
        // a cell without a label in a pair row is a remnant
        SheetDraft stray = read(row("项目名称", "甲"), row("说明文字"));
        assertEquals(List.of("说明文字"), stray.remnants);
        assertTrue(messages(stray).get(0).startsWith("header cell without a label"));
    }

    @Test
    void projectRegionAndParties() {
        SheetDraft d = read(row("项目名称：", "甲"), row("项目名称", "乙"), row("资金使用单位", "丙"), row("资金使用单位", "丁"),
                row("项目", "戊"), row("管理机构名称", "己"));
        assertEquals("甲", d.project, "the first project name; the label's colon is not part of it");
        assertEquals("乙", d.attributes.get("项目名称"), "a second project name is kept");
        assertEquals("丙", d.region);
        assertEquals("丁", d.parties.get("资金使用单位"), "a second region label names a party");
        assertEquals("戊", d.attributes.get("项目"), "项目 alone does not name the project");
        assertEquals("己", d.parties.get("管理机构名称"));
        SheetDraft regions = read(row("地区", "甲"), row("地区", "乙"));
        assertEquals("甲", regions.region);
        assertEquals(Map.of("地区", "乙"), regions.attributes);
    }

    @Test
    void goalsByTheirLabels() {
        SheetDraft d = read(row("年度绩效目标", "1、甲 2、乙"), row("3、丙"), row("中期目标", "目标1：丁"), row("目标2：戊"));
        assertEquals(List.of("甲", "乙", "丙"), d.goals);
        assertEquals(List.of("丁", "戊"), d.midTermGoals);
    }

    @Test
    void goalsInTwoColumns() {
        // 总体目标 | 项目总目标 | 年度总体目标: each cell below goes to the column nearest to it
        SheetDraft d = read(cells(at("总体目标", 0), at("项目总目标", 2), at("年度总体目标", 5)),
                cells(at("甲", 2), at("乙", 5)), cells(at("丙", 4)));
        assertEquals(List.of("甲"), d.midTermGoals);
        assertEquals(List.of("乙 丙"), d.goals, "unnumbered goals on two rows, not split by ；: one goal");
        // the year's column first, without positions: by order, the last column taking the rest
        SheetDraft order = read(row("年度目标", "实施期目标"), row("甲", "乙", "丙"));
        assertEquals(List.of("甲"), order.goals);
        assertEquals(List.of("乙 丙"), order.midTermGoals);
        // two columns both of the year (or both of the project) are not goal columns
        // a goals label with its text beside it is no pair of goal columns
        SheetDraft text = read(row("中期目标", "建成体系"));
        assertEquals(List.of("建成体系"), text.midTermGoals);
        SheetDraft year = read(row("年度目标", "年度总体目标"));
        assertEquals(List.of("年度总体目标"), year.goals);
        SheetDraft both = read(row("总体目标", "中期目标", "项目总目标"), row("甲"));
        assertEquals(List.of("中期目标 项目总目标 甲"), both.goals);
        // three cells whose first is no goals label are no goal columns either
        SheetDraft three = read(row("项目名称", "中期目标", "年度目标"));
        assertEquals(List.of(), three.midTermGoals);
        assertEquals(List.of(), three.goals);
        // two cells nearest the same heading both go to it
        SheetDraft near = read(cells(at("项目总目标", 2), at("年度总体目标", 8)), cells(at("甲", 1), at("乙", 3)));
        assertEquals(List.of("甲 乙"), near.midTermGoals);
        assertEquals(List.of(), near.goals);
        // a cell between two headings at the same distance goes to the left one
        SheetDraft tie = read(cells(at("项目总目标", 2), at("年度总体目标", 6)), cells(at("甲", 4)));
        assertEquals(List.of("甲"), tie.midTermGoals);
        SheetDraft right = read(cells(at("年度总体目标", 2), at("项目总目标", 6)), cells(at("甲", 4)), cells(at("乙", 5)));
        assertEquals(List.of("甲"), right.goals);
        assertEquals(List.of("乙"), right.midTermGoals);
    }

    @Test
    void footnotesAfterABlockAreRemnants() {
        SheetDraft d = read(row("年度目标", "甲"), row("备注", "以上为预计数"));
        assertEquals(List.of("甲"), d.goals, "the note does not join the goals");
        assertEquals(List.of("备注", "以上为预计数"), d.remnants);
        assertTrue(messages(d).stream().allMatch(m -> m.startsWith("footnote row")), messages(d).toString());
    }

    @Test
    void theManagementBlock() {
        SheetDraft d = read(cells(at("资金管理情况", 0), at("情况说明", 2), at("问题及改进", 5)),
                cells(at("管理制度", 0), at("健全", 2), at("无", 5)),
                cells(at("资金使用", 0), at("挪用", 6)),
                cells(at("会计核算", 0), at("规范", 3), at("另述", 1)));
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        assertEquals("健全", d.attributes.get("资金管理情况/管理制度"));
        assertEquals("无", d.attributes.get("资金管理情况/管理制度/问题及改进"), "the problems column is named by its heading");
        assertTrue(d.attributes.containsKey("资金管理情况/资金使用"));
        assertNull(d.attributes.get("资金管理情况/资金使用"), "no explanation printed");
        assertEquals("挪用", d.attributes.get("资金管理情况/资金使用/问题及改进"));
        assertEquals("规范", d.attributes.get("资金管理情况/会计核算"));
        assertEquals(List.of("另述"), d.remnants, "a second explanation is a remnant");
        assertEquals(false, d.attributes.containsKey("资金管理情况/会计核算/问题及改进"));
        // without positions the cells go in order; with one heading the problems label is the usual one
        SheetDraft order = read(row("资金管理情况", "情况说明"), row("财务监控", "到位", "无问题", "多余"));
        assertEquals("到位", order.attributes.get("资金管理情况/财务监控"));
        assertEquals("无问题", order.attributes.get("资金管理情况/财务监控/存在问题和改进措施"));
        assertEquals(List.of("多余"), order.remnants);
        // one heading without a position: in order too
        SheetDraft mixed = read(cells(at("资金管理情况", 0), new Cell("情况说明", Locator.line(1)), at("问题", 4)),
                cells(at("制度", 0), at("有", 1), at("无", 4)));
        assertEquals("有", mixed.attributes.get("资金管理情况/制度"));
        assertEquals("无", mixed.attributes.get("资金管理情况/制度/问题"));
    }

    @Test
    void theCompletionBlock() {
        SheetDraft d = read(row("总体目标完成情况"), row("完成年度培训任务", "已完成"));
        assertEquals(List.of("完成年度培训任务"), d.goals);
        assertEquals("已完成", d.attributes.get("全年实际完成情况"));
        SheetDraft one = read(row("总体目标完成情况"), row("完成年度培训任务"));
        assertEquals(List.of("完成年度培训任务"), one.goals);
        assertEquals(false, one.attributes.containsKey("全年实际完成情况"));
        SheetDraft three = read(row("总体目标完成情况"), row("1、甲", "2、乙", "均已完成"));
        assertEquals(List.of("甲", "乙"), three.goals);
        assertEquals("均已完成", three.attributes.get("全年实际完成情况"));
    }

    @Test
    void theCompletionBlockNamedByItsHeadsWhenItsLabelIsMisread() {
        // an OCR engine's reading of 总体目标完成情况 beside the block's heads, after the management block
        Row heads = new Row(List.of(new Cell("人昌竺完成展况", Locator.line(1), 0.3), new Cell("总体目标", Locator.line(1), 0.9),
                new Cell("全年实际完成情况", Locator.line(1), 0.9)), true, Locator.line(1));
        SheetDraft d = read(row("资金管理情况", "情况说明", "存在问题和改进措施"), row("使用规范性", "规范"), heads,
                row("通过实施城乡医疗救助，确保困难群众基本医疗有保障。", "通过实施城乡医疗救助，已完成。"));
        assertEquals(List.of("通过实施城乡医疗救助，确保困难群众基本医疗有保障。"), d.goals);
        assertEquals("通过实施城乡医疗救助，已完成。", d.attributes.get("全年实际完成情况"));
        assertEquals(false, d.attributes.containsKey("资金管理情况/人昌竺完成展况"));
        assertTrue(codes(d).contains("label-implied"), codes(d).toString());
        // a known label before such heads is that label's row, not the block's
        SheetDraft named = read(row("项目名称", "总体目标", "全年实际完成情况"));
        assertEquals(false, codes(named).contains("label-implied"));
        // printed text (pdftotext -layout: 总体目标完成 / 情况, a label cut by its wrap) is left to its reader
        SheetDraft printed = read(row("资金管理情况", "情况说明", "存在问题和改进措施"), row("总体目标完成", "总体目标", "全年实际完成情况"));
        assertEquals(false, codes(printed).contains("label-implied"));
    }

    @Test
    void sequentialNumbersRunTogether() {
        assertEquals("1、甲 2、乙 3、丙", GoalText.spaceSequentialNumbers("1、甲2、乙3、丙"));
        assertEquals("1、甲 2、乙4、丁", GoalText.spaceSequentialNumbers("1、甲2、乙4、丁"), "in order only");
        assertEquals("1、达到12、13项", GoalText.spaceSequentialNumbers("1、达到12、13项"), "12、 is not 2、");
        assertEquals("1、达到12、13项 2、乙", GoalText.spaceSequentialNumbers("1、达到12、13项2、乙"));
        assertEquals("2、甲3、乙", GoalText.spaceSequentialNumbers("2、甲3、乙"), "only from 1、");
        assertEquals("1、甲 2、乙", GoalText.spaceSequentialNumbers("1、甲 2、乙"));
        assertEquals("１、甲 ２、乙", GoalText.spaceSequentialNumbers("１、甲２、乙"), "full-width digits");
        assertEquals("甲1、乙2、丙", GoalText.spaceSequentialNumbers("甲1、乙2、丙"));
        // a 3、 before the 2、 is not the next number: the search goes on after 2、
        assertEquals("1、甲3、 2、乙", GoalText.spaceSequentialNumbers("1、甲3、2、乙"));
        StringBuilder many = new StringBuilder("1、a");
        StringBuilder spaced = new StringBuilder("1、a");
        for (int k = 2; k <= 12; k++) {
            many.append(k).append("、a");
            spaced.append(' ').append(k).append("、a");
        }
        assertEquals(spaced.toString(), GoalText.spaceSequentialNumbers(many.toString()));
    }

    @Test
    void goalsSplitOnTheirNumbering() {
        assertEquals(List.of(), GoalText.splitGoals(""));
        assertEquals(List.of(), GoalText.splitGoals("  "));
        assertEquals(List.of("总述", "甲", "乙"), GoalText.splitGoals("总述 1、甲 2、乙"), "text before the first number");
        assertEquals(List.of("甲", "乙"), GoalText.splitGoals("1.甲；2.乙"), "the ； joining two bare numbers goes");
        assertEquals(List.of("甲", "乙"), GoalText.splitGoals("1.甲;2.乙"));
        assertEquals(List.of("甲", "乙"), GoalText.splitGoals("1.甲 2.乙"), "no joiner: nothing taken off");
        assertEquals(List.of("甲", "乙；"), GoalText.splitGoals("1.甲；2.乙；"), "the last goal keeps its own");
        assertEquals(List.of("甲;", "乙"), GoalText.splitGoals("目标1：甲; 目标2：乙"));
        assertEquals(List.of("甲；", "乙"), GoalText.splitGoals("（1）甲；（2）乙"));
        assertEquals(List.of("增长3.5%"), GoalText.splitGoals("增长3.5%"));
        assertEquals(List.of("甲", "乙"), GoalText.splitGoals("甲；乙；"));
        assertEquals(List.of("甲", "乙"), GoalText.splitGoals("1、 、甲 2、：乙"), "punctuation after the number goes");
        assertEquals(List.of("甲"), GoalText.splitGoals("1、 甲 2、"), "a number with nothing after it");
        assertEquals(List.of("甲", "乙"), GoalText.splitGoals("<p>1、甲</p><p>2、乙</p>"));
    }

    @Test
    void anAnnualTasksTableIsKeptWholeAsRemnantsUntilTheNextLabel() {
        SheetDraft d = read(row("部门（单位）名称", "某市文化和旅游局"),
                row("年度主要任务", "任务名称", "主要内容", "预算金额（万元）"),
                row("公共文化服务", "开展送戏下乡", "320.5"),
                row("金额合计", "470.5"),
                row("年度总体目标", "完成送戏下乡200场。"));
        assertEquals(List.of("年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "公共文化服务", "开展送戏下乡", "320.5",
                "金额合计", "470.5"), d.remnants);
        assertTrue(d.attributes.isEmpty(), d.attributes.toString());
        assertEquals(List.of("完成送戏下乡200场。"), d.goals);
        assertEquals("某市文化和旅游局", d.parties.get("部门(单位)名称"));
    }
}
