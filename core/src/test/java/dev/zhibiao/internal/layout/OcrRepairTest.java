package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCR confusions are repaired only in OCR'd cells and only where the sheet shows the right reading. */
class OcrRepairTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.61);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static String value(String printed, String name) {
        List<Diagnostic> d = new ArrayList<>();
        Cell c = OcrRepair.value(ocr(printed), name, d);
        if (!c.text().equals(printed)) {
            assertEquals(1, d.size());
            assertEquals("ocr-repaired", d.get(0).code());
            assertTrue(d.get(0).message().contains("engine confidence 0.61"), d.get(0).message());
        } else {
            assertTrue(d.isEmpty());
        }
        return c.text();
    }

    @Test
    void comparatorsTheEngineCannotPrint() {
        assertEquals("≥85%", value("二85%", "参保率"));
        assertEquals("≥90%", value("》90%", "满意度"));
        // ≧ is a comparator the grammar reads as ≥: the print stays
        assertEquals("≧90%", value("≧90%", "满意度"));
        assertEquals("≥95%", value("三95%", "知晓率"));
        assertEquals("≤5天", value("《5天", "办理时限"));
        // a value the grammar reads as printed stays: nothing says = is wrong
        assertEquals("=100%", value("=100%", "覆盖率"));
        assertEquals(">95%", value(">95%", "满意度"));
    }

    @Test
    void percentSignReadAsDigitsWhereTheNameSaysPercent() {
        assertEquals("≥28%", value("=287", "参保率"));
        assertEquals("≥85%", value("二8596", "群众满意度(%)"));
        assertEquals("90%", value("909", "资金到位率"));
        assertEquals(">90%", value(">909%", "综合参保率(%)"));
        assertEquals("≥95%", value("≥959%", "综合参保率(%)"));
        assertEquals("100%", value("1009%%", "工作人员满意度"));
        // a count: nothing says percent, 287 stays
        assertEquals("=287", value("=287", "参保人数"));
        assertEquals("909", value("909", "培训人数"));
    }

    @Test
    void lettersAndStopsInNumbers() {
        assertEquals("120元", value("120兀", "人均补助标准"));
        assertEquals("12月底", value("12Fl底", "完成时间"));
        assertEquals("100%", value("1O0%", "完成率"));
        assertEquals("≥95.5%", value("≥95，5%", "合格率"));
        assertEquals("≥1000人", value("≥l000人", "培训人数"));
        // prose in a value column is left alone
        assertEquals("逐步提高", value("逐步提高", "水平"));
    }

    @Test
    void ruleRemnantsBeforeAHeadingOrLabel() {
        Row heading = table(ocr("绩效指标"), ocr("一级指标"), ocr("一，一二级指标"), ocr("一 人三级指标"), ocr("指标值"));
        Row body = table(ocr(""), ocr("|产出指标"), ocr("一数量指标"), ocr("参保人数"), ocr("≥5万人"));
        OcrRepair.Result r = OcrRepair.repair(List.of(heading, body));
        assertEquals("二级指标", r.rows().get(0).cells().get(2).text());
        assertEquals("三级指标", r.rows().get(0).cells().get(3).text());
        assertEquals("产出指标", r.rows().get(1).cells().get(1).text());
        assertEquals("数量指标", r.rows().get(1).cells().get(2).text());
        // a word before a heading word is no rule: 全年实际完成值 and 年度指标值 stay
        assertEquals(null, OcrRepair.remnantsBefore("全年实际完成值", OcrRepair.HEADING_WORDS));
        assertEquals(null, OcrRepair.remnantsBefore("年度指标值", OcrRepair.HEADING_WORDS));
        assertEquals(null, OcrRepair.remnantsBefore("参保人数量指标", List.of("数量指标")));
    }

    @Test
    void labelsBetweenStrokesOfTheirRules() {
        Row heading = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"));
        Row body = table(ocr("产出指标"), ocr("数量指标。。"), ocr("参保人数"), ocr("≥5万人"));
        Row next = table(ocr(""), ocr("质量招标。"), ocr("重复参保人数"), ocr("0"));
        Row third = table(ocr("效益指标"), ocr("”社会效益指标"), ocr("负担减轻程度"), ocr("有效缓解"));
        OcrRepair.Result r = OcrRepair.repair(List.of(heading, body, next, third));
        assertEquals("数量指标", r.rows().get(1).cells().get(1).text());
        assertEquals("质量指标", r.rows().get(2).cells().get(1).text());
        assertEquals("社会效益指标", r.rows().get(3).cells().get(1).text());
        // a name with a stop is no label; too short a core, or a typed cell, stays
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("。项目完成率。", OcrRepair.betweenStrokes(ocr("。项目完成率。"), d).text());
        assertEquals("。指标", OcrRepair.betweenStrokes(ocr("。指标"), d).text());
        assertEquals("数量指标。", OcrRepair.betweenStrokes(new Cell("数量指标。", AT), d).text());
        assertTrue(d.isEmpty());
    }

    @Test
    void levelHeadingsReadTwice() {
        Row heading = table(ocr(""), ocr("二级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"));
        OcrRepair.Result r = OcrRepair.repair(List.of(heading));
        assertEquals("一级指标", r.rows().get(0).cells().get(1).text());
        assertEquals("二级指标", r.rows().get(0).cells().get(2).text());
        assertEquals(1, r.notes().values().iterator().next().size());
        // all three distinct, or only two level headings: nothing shows which one is wrong
        Row two = table(ocr("二级指标"), ocr("二级指标"), ocr("指标名称"), ocr("指标值"));
        assertEquals("二级指标", OcrRepair.repair(List.of(two)).rows().get(0).cells().get(0).text());
        // not read by OCR: left alone
        Row typed = table(new Cell("二级指标", AT), new Cell("二级指标", AT), new Cell("三级指标", AT), new Cell("指标值", AT));
        assertEquals("二级指标", OcrRepair.repair(List.of(typed, heading)).rows().get(0).cells().get(0).text());
    }

    @Test
    void headingWordsOneCharacterOff() {
        Row heading = table(ocr("绩效指标"), ocr("一级措标"), ocr("二级指标"), ocr("三级指标"), ocr("间标值"));
        OcrRepair.Result r = OcrRepair.repair(List.of(heading));
        Row fixed = r.rows().get(0);
        assertEquals("一级指标", fixed.cells().get(1).text());
        assertEquals("指标值", fixed.cells().get(4).text());
        assertEquals(2, r.notes().get(fixed).size());
        assertTrue(Recovery.isIndicatorHeading(fixed));
    }

    @Test
    void labelsAndTitles() {
        Row title = new Row(List.of(ocr("项目支出绩效目际表")), false, AT);
        Row labels = table(ocr("产出措标"), ocr("数量指标"), ocr("参保人数"), ocr("100人"));
        OcrRepair.Result r = OcrRepair.repair(List.of(title, labels));
        assertEquals("项目支出绩效目标表", r.rows().get(0).text());
        assertEquals("产出指标", r.rows().get(1).cells().get(0).text());
        assertEquals("数量指标", r.rows().get(1).cells().get(1).text());
        // 数量指标 is printed right: not moved to 质量指标, one character away
        assertEquals(1, r.notes().get(r.rows().get(1)).size());
    }

    @Test
    void theColonAfterAnIndicatorsNumber() {
        Row row = table(ocr("产出指标"), ocr("数量指标"), ocr("指标 1;: 参保人数(人)"), ocr("指标 2，补助标准"), ocr("指标 3: 参保率"));
        Row fixed = OcrRepair.repair(List.of(row)).rows().get(0);
        assertEquals("指标 1：参保人数(人)", fixed.cells().get(2).text());
        assertEquals("指标 2：补助标准", fixed.cells().get(3).text());
        assertEquals("指标 3: 参保率", fixed.cells().get(4).text());
    }

    @Test
    void textPrintedAsTextIsNeverTouched() {
        Row heading = table(new Cell("一级措标", AT), new Cell("二级指标", AT), new Cell("三级指标", AT), new Cell("间标值", AT));
        Row row = table(new Cell("产出措标", AT), new Cell("数量指标", AT), new Cell("参保率", AT), new Cell("二85%", AT));
        List<Row> rows = List.of(heading, row);
        OcrRepair.Result r = OcrRepair.repair(rows);
        assertEquals(rows, r.rows());
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void recoveryUsesTheRepairsAndReportsThem() {
        List<Row> rows = List.of(
                new Row(List.of(ocr("项目支出绩效目标表")), false, AT),
                table(ocr("项目名称"), ocr("城乡居民医疗保险补助")),
                table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("间标值")),
                table(ocr("产出指标"), ocr("质量指标"), ocr("基本医保参保率"), ocr("二95%")),
                table(ocr("满意度指标"), ocr("服务对象满意度指标"), ocr("群众满意度"), ocr("》90%")));
        List<Sheet> sheets = Recovery.recover(new Document("scan.pdf", rows));
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(2, s.indicators().size(), s.toString());
        assertEquals("≥95%", s.indicators().get(0).value());
        assertEquals("≥90%", s.indicators().get(1).value());
        long repairs = s.diagnostics().stream().filter(d -> d.code().equals("ocr-repaired")).count();
        assertEquals(3, repairs, s.diagnostics().toString());
    }

    @Test
    void aTitleOfTheFamilyIsNotRepairedIntoAnother() {
        List<Diagnostic> diags = new ArrayList<>();
        Cell printed = new Cell("县级专项资金绩效目标自评表", new Locator(3, 0, null), 0.9);
        assertEquals(printed, OcrRepair.word(printed, List.of("绩效目标表", "绩效自评表"), true, "title word", diags));
        assertEquals(List.of(), diags);
        Cell misread = new Cell("县级专项资金绩效目标衰", new Locator(3, 0, null), 0.9);
        assertEquals("县级专项资金绩效目标表", OcrRepair.word(misread, List.of("绩效目标表", "绩效自评表"), true, "title word", diags).text());
    }

    @Test
    void percentSignReadWithASixAfterIt() {
        assertEquals("≥85%", value("≥85%6", "医疗救助政策知晓率"));
        assertEquals("≥90%", value("≥909%6", "受益人口满意度"));
        assertEquals("100%", value("100%6", "项目完成率"));
        // a count: nothing says percent
        assertEquals("85%6", value("85%6", "培训人数"));
    }

    @Test
    void comparatorReadAsTwoAndGreaterThan() {
        assertEquals("≥70%", value("2>70%", "住院费用报销比例"));
    }

    @Test
    void stopsTheEngineReadTheRulesAsLeaveTheEndsOfNamesAndValues() {
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("项目完成率", OcrRepair.edges(ocr("。项目完成率。"), true, d).text());
        assertEquals("医疗救助对象人次规模", OcrRepair.edges(ocr(",、医疗救助对象人次规模"), true, d).text());
        assertEquals("逐步推开", OcrRepair.edges(ocr("、逐步推开"), false, d).text());
        // a value may end with a full stop; a quotation mark may open a name
        assertEquals("逐步推开。", OcrRepair.edges(ocr("逐步推开。"), false, d).text());
        assertEquals("“一站式”结算率", OcrRepair.edges(ocr("“一站式”结算率"), true, d).text());
        assertEquals(3, d.size());
        assertTrue(d.get(0).message().contains("engine confidence 0.61"), d.get(0).message());
        // printed text and cells without a confidence: no confidence in the note
        Cell plain = new Cell("。项目完成率", AT, Double.NaN);
        OcrRepair.edges(plain, true, d);
        assertTrue(!d.get(3).message().contains("confidence"), d.get(3).message());
        Cell printed = new Cell("。项目完成率", AT, null);
        assertEquals("。项目完成率", OcrRepair.edges(printed, true, d).text());
    }
}
