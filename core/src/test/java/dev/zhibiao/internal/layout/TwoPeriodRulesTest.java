package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Funding;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link TwoPeriod} beyond {@link TwoPeriodTest}'s whole sheets: the goals block's label
 * and end, the funding rows' pairs (compact and padded) and what is no pair, where the doubled
 * indicator rows end, and how merge pairs funding items and keeps remnants and the unit.
 */
class TwoPeriodRulesTest {
    private static int line = 1;

    private static Row row(String... cells) {
        List<Cell> cs = new ArrayList<>();
        int n = line++;
        for (int i = 0; i < cells.length; i++) {
            cs.add(new Cell(cells[i], new Locator(n, i + 1, null)));
        }
        return new Row(cs, true, Locator.line(n));
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    private static List<List<String>> annual(Row... rows) {
        return TwoPeriod.split(List.of(rows)).annual().stream().map(TwoPeriodRulesTest::texts).toList();
    }

    private static List<List<String>> mid(Row... rows) {
        return TwoPeriod.split(List.of(rows)).midTerm().stream().map(TwoPeriodRulesTest::texts).toList();
    }

    @Test
    void theGoalsRowsTakeTheHeadersLabelOr总体目标() {
        Row head = row("绩效目标", "中期目标", "年度目标");
        Row text = row("", "三年完成", "本年完成");
        assertEquals(List.of(List.of("绩效目标", "本年完成")), annual(head, text));
        assertEquals(List.of(List.of("绩效目标", "三年完成")), mid(head, text));
        // no label cell before the periods: 总体目标
        assertEquals(List.of(List.of("总体目标", "本年完成")), annual(row("中期目标", "年度目标"), row("三年完成", "本年完成")));
        assertEquals(List.of(List.of("总体目标", "本年完成")),
                annual(row("", "中期目标", "年度目标"), row("", "三年完成", "本年完成")));
        // the label keeps the text row's locator
        Row t = row("", "三年完成", "本年完成");
        assertEquals(t.cells().get(0).at(),
                TwoPeriod.split(List.of(row("总体目标", "中期目标", "年度目标"), t)).annual().get(0).cells().get(0).at());
    }

    @Test
    void theAnnualGoalsMayBePrintedFirst() {
        Row head = row("年度目标", "中期目标");
        Row text = row("本年完成", "三年完成");
        assertTrue(TwoPeriod.isTwoPeriod(List.of(head, text)));
        assertEquals(List.of(List.of("总体目标", "本年完成")), annual(head, text));
        assertEquals(List.of(List.of("总体目标", "三年完成")), mid(head, text));
    }

    @Test
    void goalsGoOnOverSeveralRowsAndEndAtAFundingRowOrAShortRow() {
        Row head = row("总体目标", "中期目标", "年度目标");
        List<List<String>> a = annual(head, row("", "甲", "乙"), row("", "丙", "丁"), row("", "年度资金总额", "3"));
        assertEquals(List.of(List.of("总体目标", "乙"), List.of("总体目标", "丁"), List.of("", "年度资金总额", "3")), a);
        // 项目资金 is no funding row's label here: the row is a goal's
        assertEquals(List.of("总体目标", "乙"), annual(head, row("项目资金", "甲", "乙")).get(0));
        // a row too short for the annual column ends the goals
        assertEquals(List.of(List.of("项目名称", "某某")), annual(head, row("项目名称", "某某")));
    }

    @Test
    void compactFundingRowsWithAndWithoutTheRowLabel() {
        Row head = row("总体目标", "中期目标", "年度目标");
        assertEquals(List.of(List.of("x"), List.of("年度资金总额", "3")),
                annual(head, row("x"), row("中期资金总额", "9", "年度资金总额", "3")));
        assertEquals(List.of(List.of("其中", "财政拨款", "3")),
                annual(head, row("x"), row("其中", "财政拨款", "9", "财政拨款", "3")).subList(1, 2));
        assertEquals(List.of(List.of("其中", "财政拨款", "9")),
                mid(head, row("x"), row("其中", "财政拨款", "9", "财政拨款", "3")).subList(1, 2));
        // the labels must both be money labels, and 项目资金 is the block's label, no pair's
        List<String> notPair = List.of("其中", "甲", "9", "财政拨款", "3");
        assertEquals(notPair, annual(head, row("x"), row(notPair.toArray(String[]::new))).get(1));
        List<String> block = List.of("项目资金", "9", "结转资金", "3");
        assertEquals(block, annual(head, row("x"), row(block.toArray(String[]::new))).get(1));
        List<String> second = List.of("年度资金总额", "9", "甲", "3");
        assertEquals(second, annual(head, row("x"), row(second.toArray(String[]::new))).get(1));
    }

    @Test
    void aFundingRowOfBothPeriodsMarksATwoPeriodSheet() {
        assertTrue(TwoPeriod.isTwoPeriod(List.of(row("中期资金总额", "9", "年度资金总额", "3"))));
        assertTrue(TwoPeriod.isTwoPeriod(List.of(row("项目资金", "中期资金总额：", "9", "", "年度资金总额：", "3", ""))));
        assertFalse(TwoPeriod.isTwoPeriod(List.of(row("财政拨款", "9", "年度资金总额", "3"))), "no 中期 label");
        assertFalse(TwoPeriod.isTwoPeriod(List.of(row("中期资金总额", "9"))), "no pair");
        assertFalse(TwoPeriod.isTwoPeriod(List.of(row("其中", "", "中期资金总额", "9", "年度资金总额", "3", "", ""))),
                "a padded row's first label is one of its first two cells");
    }

    @Test
    void paddedFundingPairsTakeTheOneFilledCellAfterEachLabel() {
        Row padded = row("项目资金", "中期资金总额", "", "9", "", "年度资金总额", "", "3");
        assertTrue(TwoPeriod.isTwoPeriod(List.of(padded)));
        TwoPeriod.Split s = TwoPeriod.split(List.of(padded));
        assertEquals(List.of("项目资金", "年度资金总额", "3"), texts(s.annual().get(0)));
        assertEquals(List.of("项目资金", "中期资金总额", "9"), texts(s.midTerm().get(0)));
        // no filled cell: the cell right after the label
        Row empty = row("中期资金总额", "", "", "年度资金总额", "", "", "");
        TwoPeriod.Split e = TwoPeriod.split(List.of(row("中期目标", "年度目标"), empty));
        assertEquals(List.of("年度资金总额", ""), texts(e.annual().get(0)));
        assertEquals(List.of("中期资金总额", ""), texts(e.midTerm().get(0)));
        assertEquals(empty.cells().get(4), e.annual().get(0).cells().get(1));
    }

    @Test
    void paddedRowsThatAreNoPairStayWhole() {
        Row head = row("中期目标", "年度目标");
        // two amounts after the first label
        Row two = row("中期资金总额", "9", "8", "年度资金总额", "3", "", "");
        assertEquals(texts(two), annual(head, row("x"), two).get(1));
        // two amounts after the second
        Row twoB = row("中期资金总额", "9", "", "年度资金总额", "3", "2", "");
        assertEquals(texts(twoB), annual(head, row("x"), twoB).get(1));
        // the second label last: no amount cell after it
        Row last = row("中期资金总额", "9", "", "", "", "年度资金总额");
        assertEquals(texts(last), annual(head, row("x"), last).get(1));
        // the labels side by side: no amount between them
        Row adjacent = row("中期资金总额", "年度资金总额", "9", "", "", "");
        assertEquals(texts(adjacent), annual(head, row("x"), adjacent).get(1));
        // three labels
        Row three = row("中期资金总额", "9", "年度资金总额", "3", "结转资金", "1");
        assertEquals(texts(three), annual(head, row("x"), three).get(1));
        // the first label in the third cell
        Row late = row("", "", "中期资金总额", "9", "年度资金总额", "3");
        assertEquals(texts(late), annual(head, row("x"), late).get(1));
    }

    @Test
    void doubledIndicatorRowsEndAtARowOfAnotherWidthOrAtProse() {
        Row head = row("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值");
        Row ind = row("产出指标", "数量指标", "次数", "≥6次", "产出指标", "数量指标", "次数", "≥2次");
        Row other = row("说明", "甲");
        Row after = row("产出指标", "数量指标", "次数", "≥6次", "产出指标", "数量指标", "次数", "≥2次");
        List<List<String>> a = annual(head, ind, other, after);
        assertEquals(List.of("产出指标", "数量指标", "次数", "≥2次"), a.get(1));
        assertEquals(List.of("说明", "甲"), a.get(2));
        assertEquals(8, a.get(3).size(), "after a row of another width the rows are no longer split");
        Row prose = Row.prose("注：甲", Locator.line(99));
        List<List<String>> p = annual(head, ind, prose, after);
        assertEquals(List.of("注：甲"), p.get(2));
        assertEquals(8, p.get(3).size(), "after prose too");
    }

    @Test
    void aDoubledHeaderNeedsTwoIndicatorHeadings() {
        assertTrue(TwoPeriod.isTwoPeriod(List.of(row("三级指标", "指标值", "三级指标", "指标值"))));
        assertFalse(TwoPeriod.isTwoPeriod(List.of(row("三级指标", "说明", "三级指标", "说明"))));
        // a lead cell that is itself a heading is no lead: the row is odd
        assertFalse(TwoPeriod.isTwoPeriod(List.of(row("一级指标", "二级指标", "三级指标", "二级指标", "三级指标"))));
        assertFalse(TwoPeriod.isTwoPeriod(List.of(row("绩效指标", "二级指标", "三级指标"))), "too short for a lead");
    }

    // ---- merge -------------------------------------------------------------------------------------------

    private static Indicator ind(String name, String value) {
        return new Indicator("产出指标", "数量指标", name, value, null, null, null, null, null, null, null, null,
                Locator.line(3));
    }

    private static Sheet sheet(String unit, List<Indicator> inds, List<FundingItem> items, List<String> remnants) {
        return new Sheet("x.txt", Locator.line(1), Kind.TARGET, "t", 2020, "p", null, null, null,
                new Funding(unit, items), null, List.of(), null, inds, remnants, null);
    }

    private static FundingItem item(String label, String amount) {
        return new FundingItem(label, new BigDecimal(amount), null, null, null, null);
    }

    @Test
    void fundingItemsPairByTheirLabelWithoutPeriodWhenCountsDiffer() {
        Sheet a = sheet("万元", List.of(), List.of(item("年度资金总额", "3"), item("其中：财政拨款", "2"), item("其他资金", "1")),
                List.of());
        Sheet m = sheet(null, List.of(), List.of(item("中期资金总额", "9"), item("财政拨款", "6")), List.of());
        Sheet s = TwoPeriod.merge(a, m);
        assertEquals(new BigDecimal("9"), s.funding().items().get(0).midTermAmount());
        assertEquals(new BigDecimal("6"), s.funding().items().get(1).midTermAmount());
        assertNull(s.funding().items().get(2).midTermAmount());
        assertEquals("万元", s.funding().unit());
        assertEquals(new BigDecimal("3"), s.funding().items().get(0).amount());
    }

    @Test
    void theUnitComesFromTheMidTermWhenTheAnnualStatesNone() {
        Sheet a = sheet(null, List.of(), List.of(), List.of());
        Sheet m = sheet("元", List.of(), List.of(), List.of());
        assertEquals("元", TwoPeriod.merge(a, m).funding().unit());
    }

    @Test
    void remnantsOfBothHalvesAreKeptOnce() {
        Sheet a = sheet("万元", List.of(), List.of(), List.of("甲", "乙"));
        Sheet m = sheet("万元", List.of(), List.of(), List.of("乙", "丙"));
        assertEquals(List.of("甲", "乙", "丙"), TwoPeriod.merge(a, m).remnants());
    }

    @Test
    void indicatorsOfTheSameNamePairInOrder() {
        Sheet a = sheet("万元", List.of(ind("次数", "≥2"), ind("次数", "≥3"), ind("人数：", "≥4")), List.of(), List.of());
        Sheet m = sheet("万元", List.of(ind("次数", "≥6"), ind("次数", "≥9")), List.of(), List.of());
        Sheet s = TwoPeriod.merge(a, m);
        assertEquals("≥6", s.indicators().get(0).midTermValue());
        assertEquals("≥9", s.indicators().get(1).midTermValue());
        assertNull(s.indicators().get(2).midTermValue());
        assertEquals("≥4", s.indicators().get(2).value());
        assertEquals(1, s.diagnostics().size());
        assertTrue(s.diagnostics().get(0).message().contains("人数"));
        assertEquals(Locator.line(3), s.diagnostics().get(0).position());
    }

    @Test
    void aRowsLevelsPrintedInTheMidTermHalfOnlyAreTheAnnualRowsToo() {
        // pdftotext -layout of h5_003_twoperiod (LibreOffice): the merged labels' pieces of the right half went to the left's
        Indicator bare = new Indicator(null, null, "次数", "≥2", null, null, null, null, null, null, null, null, Locator.line(3));
        Indicator other = new Indicator(null, null, "人数", "≥3", null, null, null, null, null, null, null, null, Locator.line(4));
        Sheet a = sheet("万元", List.of(bare, other), List.of(), List.of());
        Sheet m = sheet("万元", List.of(ind("次数", "≥6"), ind("天数", "≥9")), List.of(), List.of());
        Sheet s = TwoPeriod.merge(a, m);
        assertEquals("产出指标", s.indicators().get(0).level1());
        assertEquals("数量指标", s.indicators().get(0).level2());
        assertNull(s.indicators().get(1).level1(), "another name: no level taken");
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("level-from-mid-term")), s.diagnostics().toString());
    }

    @Test
    void printedLinesAreCutWhereTheyPrintTheSameCellsTwice() {
        Row funding = row("中期资金总额：", "9", "年度资金总额：", "3");
        Row head = row("二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值");
        // the engine cut the halves into pieces of their own: three on the left, two on the right
        Row line1 = row("数量指标", "参加培训人数", "≥3人", "数量指标参加培训人数", "≥3人");
        Row line2 = row("工作人员出差", "工作人员出差");
        Row noise = row("甲乙", "丙丁");
        TwoPeriod.Split s = TwoPeriod.split(List.of(funding, head, line1, line2, noise), true);
        assertEquals(List.of("数量指标参加培训人数", "≥3人"), texts(s.annual().get(2)));
        assertEquals(List.of("数量指标", "参加培训人数", "≥3人"), texts(s.midTerm().get(2)));
        assertEquals(List.of("工作人员出差"), texts(s.annual().get(3)));
        assertEquals(List.of("工作人员出差"), texts(s.midTerm().get(3)));
        // halves that share nothing: both periods keep the line
        assertEquals(List.of("甲乙", "丙丁"), texts(s.annual().get(4)));
        assertEquals(List.of("甲乙", "丙丁"), texts(s.midTerm().get(4)));
        // not printed lines: a row of another width is no indicator row of the doubled table
        TwoPeriod.Split grid = TwoPeriod.split(List.of(funding, head, line1, line2), false);
        assertEquals(5, grid.annual().get(2).cells().size());
    }

    @Test
    void aPrintedDoubledHeaderMayBeMisreadInPieces() {
        Row funding = row("中期资金总额：", "9", "年度资金总额：", "3");
        Row head = row("指标", "一级指标", "级指标", "值", "指标", "三级指标标", "二级指标村", "三级指标值");
        Row line = row("产出", "数量指标", "检查次数", "≥24", "产出", "数量指标", "检查次数", "≥8");
        TwoPeriod.Split s = TwoPeriod.split(List.of(funding, head, line), true);
        assertEquals(List.of("产出", "数量指标", "检查次数", "≥8"), texts(s.annual().get(2)));
        assertEquals(List.of("产出", "数量指标", "检查次数", "≥24"), texts(s.midTerm().get(2)));
    }
}
