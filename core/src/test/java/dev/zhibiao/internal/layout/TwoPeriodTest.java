package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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

class TwoPeriodTest {
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

    private static List<Row> twoPeriodSheet() {
        return List.of(
                Row.prose("某县项目支出绩效目标表", Locator.line(1)),
                Row.prose("（2020年）", Locator.line(2)),
                row("项目名称", "培训经费"),
                row("项目资金（万元）", "中期资金总额：", "11.25万元", "年度资金总额：", "3.75万元"),
                row("", "其中：财政拨款", "11.25万元", "其中：财政拨款", "3.75万元"),
                row("", "其他资金", "", "其他资金", ""),
                row("总体目标", "中期目标（2020-2022）", "年度目标"),
                row("", "三年完成培训", "本年完成培训"),
                row("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "培训次数", "≥6次", "产出指标", "数量指标", "培训次数", "≥2次"));
    }

    @Test
    void splitsEveryTwoPeriodRowIntoItsHalves() {
        TwoPeriod.Split s = TwoPeriod.split(twoPeriodSheet());
        assertNotNull(s);
        assertEquals(s.annual().size(), s.midTerm().size());
        List<List<String>> annual = s.annual().stream().map(TwoPeriodTest::texts).toList();
        List<List<String>> mid = s.midTerm().stream().map(TwoPeriodTest::texts).toList();
        assertEquals(List.of("某县项目支出绩效目标表"), annual.get(0));
        assertEquals(List.of("项目名称", "培训经费"), annual.get(2));
        assertEquals(List.of("项目名称", "培训经费"), mid.get(2));
        assertEquals(List.of("项目资金（万元）", "年度资金总额：", "3.75万元"), annual.get(3));
        assertEquals(List.of("项目资金（万元）", "中期资金总额：", "11.25万元"), mid.get(3));
        assertEquals(List.of("", "其中：财政拨款", "3.75万元"), annual.get(4));
        assertEquals(List.of("", "其他资金", ""), mid.get(5));
        assertEquals(List.of("总体目标", "本年完成培训"), annual.get(6));
        assertEquals(List.of("总体目标", "三年完成培训"), mid.get(6));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), annual.get(7));
        assertEquals(List.of("产出指标", "数量指标", "培训次数", "≥2次"), annual.get(8));
        assertEquals(List.of("产出指标", "数量指标", "培训次数", "≥6次"), mid.get(8));
        // locators survive the split
        assertEquals(5, s.annual().get(8).cells().get(0).at().column());
    }

    @Test
    void singlePeriodRowsAreNotSplit() {
        List<Row> rows = List.of(
                Row.prose("某县项目支出绩效目标表", Locator.line(1)),
                row("年度目标", "本年完成培训"),
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "培训次数", "≥2次"));
        assertNull(TwoPeriod.split(rows));
        assertEquals(false, TwoPeriod.isTwoPeriod(rows));
    }

    private static Indicator ind(String name, String value) {
        return new Indicator("产出指标", "数量指标", name, value, null, null, null, null, null, null, null, null,
                Locator.line(3));
    }

    private static Sheet sheet(List<Indicator> inds, List<FundingItem> items, List<String> goals) {
        return new Sheet("x.txt", Locator.line(1), Kind.TARGET, "t", 2020, "p", null, null, null,
                new Funding("万元", items), null, goals, null, inds, null, null);
    }

    @Test
    void mergeCarriesMidTermValuesAmountsAndGoals() {
        Sheet annual = sheet(List.of(ind("培训次数", "≥2次"), ind("培训人数", "≥3人")),
                List.of(new FundingItem("年度资金总额", new BigDecimal("3.75"), null, null, null, null),
                        new FundingItem("其中：财政拨款", new BigDecimal("3.75"), null, null, null, null)),
                List.of("本年完成培训"));
        Sheet mid = sheet(List.of(ind("培训次数", "≥6次"), ind("培训人数", "≥9人")),
                List.of(new FundingItem("中期资金总额", new BigDecimal("11.25"), null, null, null, null),
                        new FundingItem("其中：财政拨款", new BigDecimal("11.25"), null, null, null, null)),
                List.of("三年完成培训"));
        Sheet m = TwoPeriod.merge(annual, mid);
        assertEquals("≥2次", m.indicators().get(0).value());
        assertEquals("≥6次", m.indicators().get(0).midTermValue());
        assertEquals("≥9人", m.indicators().get(1).midTermValue());
        assertEquals("年度资金总额", m.funding().items().get(0).label());
        assertEquals(new BigDecimal("11.25"), m.funding().items().get(0).midTermAmount());
        assertEquals(new BigDecimal("3.75"), m.funding().items().get(1).amount());
        assertEquals(List.of("本年完成培训"), m.goals());
        assertEquals(List.of("三年完成培训"), m.midTermGoals());
    }

    @Test
    void mergePairsByNameWhenCountsDiffer() {
        Sheet annual = sheet(List.of(ind("培训次数", "≥2次"), ind("培训人数", "≥3人")), List.of(), List.of());
        Sheet mid = sheet(List.of(ind("培训人数", "≥9人")), List.of(), List.of());
        Sheet m = TwoPeriod.merge(annual, mid);
        assertNull(m.indicators().get(0).midTermValue());
        assertEquals("≥9人", m.indicators().get(1).midTermValue());
        assertEquals(1, m.diagnostics().size());
        assertEquals("mid-term-missing", m.diagnostics().get(0).code());
    }

    /**
     * The grid of an HTML or ruled PDF table: a 绩效指标 cell spanning the indicator block prints as
     * a leading column, and spanned columns pad the funding rows with empty cells.
     */
    @Test
    void splitsAGridWithABlockLabelColumnAndSpanPadding() {
        List<Row> rows = List.of(
                Row.prose("某县项目支出绩效目标表", Locator.line(1)),
                row("项目名称", "培训经费", "", "", "", "", "", "", ""),
                row("项目资金（万元）", "中期资金总额：", "11.25万元", "", "", "年度资金总额：", "3.75万元", "", ""),
                row("", "其中：财政拨款", "11.25万元", "", "", "其中：财政拨款", "3.75万元", "", ""),
                row("", "其他资金", "", "", "", "其他资金", "", "", ""),
                row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                row("", "产出指标", "数量指标", "培训次数", "≥6次", "产出指标", "数量指标", "培训次数", "≥2次"),
                row("", "", "", "培训人数", "≥9人", "", "", "培训人数", "≥3人"));
        assertEquals(true, TwoPeriod.isTwoPeriod(rows));
        TwoPeriod.Split s = TwoPeriod.split(rows);
        List<List<String>> annual = s.annual().stream().map(TwoPeriodTest::texts).toList();
        List<List<String>> mid = s.midTerm().stream().map(TwoPeriodTest::texts).toList();
        assertEquals(List.of("项目资金（万元）", "年度资金总额：", "3.75万元"), annual.get(2));
        assertEquals(List.of("项目资金（万元）", "中期资金总额：", "11.25万元"), mid.get(2));
        assertEquals(List.of("", "其他资金", ""), annual.get(4));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), annual.get(5));
        assertEquals(List.of("", "", "培训人数", "≥3人"), annual.get(7));
        assertEquals(List.of("", "", "培训人数", "≥9人"), mid.get(7));
    }
}
