package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OcrRepair}'s rules one by one (its Javadoc): one substitution off a word, the remnants of
 * a rule before a word, the heading between its neighbours, the ends of names and values, the
 * value repairs and when they stand, and which rows and cells are repaired at all.
 */
class OcrRepairRulesTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.5);
    }

    /** A cell of an engine's plain text: OCR'd, no confidence. */
    private static Cell plain(String t) {
        return new Cell(t, AT, Double.NaN);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    private static String value(String printed, String name, boolean noGe) {
        return OcrRepair.value(ocr(printed), name, noGe, new ArrayList<>()).text();
    }

    @Test
    void substitutionsAndTheOneNearestWord() {
        assertEquals(0, OcrRepair.distance("指标值", "指标值"));
        assertEquals(1, OcrRepair.distance("间标值", "指标值"));
        assertEquals(3, OcrRepair.distance("abc", "xyz"));
        assertEquals(Integer.MAX_VALUE, OcrRepair.distance("ab", "abc"));
        assertEquals("指标值", OcrRepair.nearest("间标值", OcrRepair.HEADING_WORDS));
        assertNull(OcrRepair.nearest("指标值", List.of("指标值")), "no substitution: not a misreading");
        assertNull(OcrRepair.nearest("ab", List.of("ac")), "under three characters");
        assertEquals("abc", OcrRepair.nearest("abd", List.of("abc")), "three characters");
        assertNull(OcrRepair.nearest("abd", List.of("abc", "abe")), "two words as near: none");
        assertEquals("abc", OcrRepair.nearest("abd", List.of("abc", "abc")), "the same word twice is one word");
    }

    @Test
    void remnantsOfARuleBeforeAWord() {
        assertEquals("二级指标", OcrRepair.remnantsBefore("一，一二级指标", OcrRepair.HEADING_WORDS));
        assertEquals("三级指标", OcrRepair.remnantsBefore("一人三级指标", OcrRepair.HEADING_WORDS));
        assertEquals("年度指标值", OcrRepair.remnantsBefore("丨年度指标值", OcrRepair.HEADING_WORDS), "the longest word");
        assertNull(OcrRepair.remnantsBefore("指标值", OcrRepair.HEADING_WORDS), "a word itself");
        assertNull(OcrRepair.remnantsBefore("间标值", OcrRepair.HEADING_WORDS), "one substitution off a word");
        assertNull(OcrRepair.remnantsBefore("甲乙指标值", OcrRepair.HEADING_WORDS), "text before it, not a rule");
        assertNull(OcrRepair.remnantsBefore("一一一一指标值", OcrRepair.HEADING_WORDS), "four strokes are more than a rule");
    }

    @Test
    void titleWordsInsideALine() {
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("项目支出绩效目标表", OcrRepair.word(ocr("项目支出绩效日标表"), List.of("绩效目标表", "绩效自评表"), true, "title word", d).text());
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("title word 绩效目标表"), d.get(0).message());
        Cell whole = ocr("项目支出绩效目标表");
        assertSame(whole, OcrRepair.word(whole, List.of("绩效目标表", "绩效自评表"), true, "title word", d));
        Cell typed = new Cell("项目支出绩效日标表", AT);
        assertSame(typed, OcrRepair.word(typed, List.of("绩效目标表", "绩效自评表"), true, "title word", d));
        Cell empty = ocr(" ");
        assertSame(empty, OcrRepair.word(empty, List.of("绩效目标表"), true, "title word", d));
        // a word at the line's end
        assertEquals("甲绩效目标表", OcrRepair.word(ocr("甲绩效目标衣"), List.of("绩效目标表", "绩效自评表"), true, "title word", d).text());
        // cells: the one word a substitution away
        assertEquals("指标值", OcrRepair.word(ocr("间标值"), OcrRepair.HEADING_WORDS, false, "indicator heading", d).text());
        assertEquals("甲乙丙", OcrRepair.word(ocr("甲乙丙"), OcrRepair.HEADING_WORDS, false, "indicator heading", d).text());
    }

    @Test
    void theEndsOfNamesAndValues() {
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("项目完成率", OcrRepair.edges(ocr("。项目完成率。"), true, d).text());
        assertEquals("逐步推开。", OcrRepair.edges(ocr("、逐步推开。"), false, d).text(), "a value may end with a stop");
        assertEquals(2, d.size());
        assertTrue(d.get(0).message().contains("indicator name: stops or strokes"), d.get(0).message());
        assertTrue(d.get(1).message().contains("value: stops or strokes"), d.get(1).message());
        d.clear();
        Cell clean = ocr("项目完成率");
        assertSame(clean, OcrRepair.edges(clean, true, d));
        Cell onlyStops = ocr("。、");
        assertSame(onlyStops, OcrRepair.edges(onlyStops, true, d), "nothing left: as read");
        Cell typed = new Cell("。项目完成率", AT);
        assertSame(typed, OcrRepair.edges(typed, true, d));
        assertEquals(List.of(), d);
    }

    @Test
    void rulesReadAsText() {
        assertTrue(OcrRepair.isRule("。"));
        assertTrue(OcrRepair.isRule("_、"));
        assertTrue(OcrRepair.isRule("..."));
        assertFalse(OcrRepair.isRule("...."));
        assertFalse(OcrRepair.isRule("甲"));
        assertFalse(OcrRepair.isRule(""));
    }

    @Test
    void comparatorsWhereTheEngineCannotPrintThem() {
        assertEquals("≥95%", value(">95%", "合格率", true));
        assertEquals("≤5天", value("<5天", "时限", true));
        assertEquals(">95%", value(">95%", "合格率", false), "an engine that prints ≥ printed > as >");
        assertEquals("≤5天", value("《5天", "时限", false));
        assertEquals("≤5天", value("≦=5天", "时限", false));
        assertEquals("≥5天", value("二5天", "时限", false));
        assertEquals("≥5天", value("》=5天", "时限", false));
    }

    @Test
    void lettersAndUnitsInNumbers() {
        assertEquals("5元", value("5兀", "补助标准", false));
        assertEquals("3月", value("3Fl", "完成时间", false));
        assertEquals("100%", value("1O0%", "合格率", false));
        assertEquals("10", value("1O", "人数", false));
        assertEquals("100", value("l00", "人数", false));
        assertEquals("0.5", value("O.5", "比例", false));
        assertEquals("95.5%", value("95,5%", "合格率", false));
        assertEquals("≥95.5%", value("≥95。5%", "合格率", false));
        assertEquals("1,000", value("1,000", "人数", false), "three digits after a comma: thousands");
        assertEquals("兀", value("兀", "人数", false), "兀 after no number");
    }

    @Test
    void percentagesWhereTheNameSaysSo() {
        assertEquals("95%", value("959", "合格率", false));
        assertEquals("100%", value("1009", "合格率", false));
        assertEquals("96%", value("969", "满意度", false));
        assertEquals("95%", value("9596", "比例", false));
        assertEquals("95%", value("957", "百分比", false));
        assertEquals("≥95%", value("≥959", "合格率", false));
        assertEquals("959", value("959", "人数", false), "no percentage in the name");
        assertEquals("99%", value("999", "合格率", false), "999 is over 100, 99 is not");
        assertEquals("1019", value("1019", "合格率", false), "101 is over 100 too: no percentage");
        assertEquals("100", value("100", "合格率", false), "a percentage of 100 or under stays");
    }

    @Test
    void percentSignsReadWithASix() {
        assertEquals("85%", value("85%6", "合格率", false));
        assertEquals("90%", value("909%6", "合格率", false));
        assertEquals("100%", value("100%6", "合格率", false), "100 is no percentage over 100");
        assertEquals("85%", value("85g", "合格率", false));
        assertEquals("85g", value("85g", "重量", false), "grams where the name says no percentage");
    }

    @Test
    void aCountsUnitTheEngineMisreadIsTheUnitTheNameCountsIn() {
        assertEquals("≥3次", value("≥3从", "工作人员出差次数", false));
        assertEquals("≥500人次", value("≥500次人", "医疗救助人次数", false), "人次 read the other way round");
        assertEquals("≥2次", value("≥2/人", "工作人员参加培训次数", false), "次 lost before a stroke");
        assertEquals("≥2/人", value("≥2/人", "人均培训次数", false), "a count per person keeps its /人");
        assertEquals("≥50名", value("≥50名", "参加培训人数", false), "a unit of the grammar stays");
        assertEquals("≥3000余", value("≥3000余", "参保人数", false), "余 qualifies the number");
        assertEquals("≥3从", value("≥3从", "出差情况", false), "the name counts in no unit");
        assertEquals("≥3从", value("≥3从", "项目数", false), "项目 is no unit");
        assertEquals("≥3次", value("≥3次", "出差次数", false));
    }

    @Test
    void aValueTheGrammarReadsStays() {
        assertEquals("95%", value("95%", "合格率", false));
        assertEquals("≥95%", value("≥95%", "合格率", false));
        assertEquals("良好", value("良好", "质量", false));
        assertEquals("", OcrRepair.value(ocr("  "), "质量", false, new ArrayList<>()).text().strip());
    }

    @Test
    void onlyOcrRowsAreRepaired() {
        List<Row> typed = List.of(table(new Cell("间标值", AT), new Cell("一级措标", AT), new Cell("三级指标", AT)));
        OcrRepair.Result r = OcrRepair.repair(typed);
        assertSame(typed, r.rows());
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void valuesUnderTheHeadingsValueColumns() {
        Row heading = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("实际完成值"));
        Row row = table(ocr("产出指标"), ocr("数量指标"), ocr("。合格率"), ocr("》95%"), ocr("969"));
        OcrRepair.Result r = OcrRepair.repair(List.of(heading, row));
        assertEquals(List.of("产出指标", "数量指标", "合格率", "≥95%", "96%"), texts(r.rows().get(1)));
        assertEquals(3, r.notes().get(r.rows().get(1)).size());
        assertSame(heading, r.rows().get(0), "nothing to repair: the row itself");
        // a row shorter than the heading: the columns it has
        Row shorter = table(ocr("产出指标"), ocr("数量指标"), ocr("合格率"), ocr("》95%"));
        assertEquals("≥95%", texts(OcrRepair.repair(List.of(heading, shorter)).rows().get(1)).get(3));
        // a value cell printed as text is not repaired
        Row typed = table(ocr("产出指标"), ocr("数量指标"), ocr("合格率"), new Cell("》95%", AT), ocr("1"));
        assertEquals("》95%", texts(OcrRepair.repair(List.of(heading, typed)).rows().get(1)).get(3));
        // before any heading, values are not known
        assertEquals("》95%", texts(OcrRepair.repair(List.of(row)).rows().get(0)).get(3));
        // a new sheet's title: its own heading names its columns
        Row title = new Row(List.of(ocr("项目支出绩效目标表")), false, AT);
        assertEquals("》95%", texts(OcrRepair.repair(List.of(heading, title, row)).rows().get(2)).get(3));
        Row prose = new Row(List.of(ocr("单位：万元")), false, AT);
        assertEquals("≥95%", texts(OcrRepair.repair(List.of(heading, prose, row)).rows().get(2)).get(3));
    }

    @Test
    void anEngineThatPrintsGeAnywhere() {
        Row heading = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"));
        Row gt = table(ocr("产出指标"), ocr("数量指标"), ocr("合格率"), ocr(">95%"));
        assertEquals("≥95%", texts(OcrRepair.repair(List.of(heading, gt)).rows().get(1)).get(3));
        for (String ge : List.of("≥", "≤", "≧", "≦")) {
            Row other = table(ocr("产出指标"), ocr("数量指标"), ocr("及时率"), ocr(ge + "90%"));
            assertEquals(">95%", texts(OcrRepair.repair(List.of(heading, gt, other)).rows().get(1)).get(3), ge);
        }
        // a ≥ printed as text says nothing of the engine
        Row typed = table(ocr("产出指标"), ocr("数量指标"), ocr("及时率"), new Cell("≥90%", AT));
        assertEquals("≥95%", texts(OcrRepair.repair(List.of(heading, gt, typed)).rows().get(1)).get(3));
    }

    @Test
    void plainTextLinesUnderAHeading() {
        Row heading = table(plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("指标值"));
        // a line's pieces: a rule read as text goes, the merged 绩效指标 cell goes, a value after a name is repaired
        Row line = table(plain("产出指标"), plain("。"), plain("合格率"), plain("》95%"), plain("绩效指标"));
        Row out = OcrRepair.repair(List.of(heading, line)).rows().get(1);
        assertEquals(List.of("产出指标", "", "合格率", "≥95%", ""), texts(out));
        // the first piece is never a value
        Row first = table(plain("》95%"), plain("合格率"));
        assertEquals("》95%", texts(OcrRepair.repair(List.of(heading, first)).rows().get(1)).get(0));
        // with a 绩效指标 heading the lead cell is a column of its own and stays
        Row leadHeading = table(plain("绩效指标"), plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("指标值"));
        Row withLead = table(plain("绩效指标"), plain("产出指标"), plain("合格率"));
        assertEquals("绩效指标", texts(OcrRepair.repair(List.of(leadHeading, withLead)).rows().get(1)).get(0));
        // a name and its value in one piece, last on the line: cut where the number starts
        Row glued = table(plain("产出指标"), plain("人均补助标准312元"));
        assertEquals(List.of("产出指标", "人均补助标准", "312元"), texts(OcrRepair.repair(List.of(heading, glued)).rows().get(1)));
        // not when a piece of the line is a value already, nor a short name, nor a category
        Row valued = table(plain("产出指标"), plain("100"), plain("人均补助标准312元"));
        assertEquals(3, OcrRepair.repair(List.of(heading, valued)).rows().get(1).cells().size());
        Row shortName = table(plain("产出指标"), plain("补助312元"));
        assertEquals(2, OcrRepair.repair(List.of(heading, shortName)).rows().get(1).cells().size());
        // cells with a confidence are placed cells, not a line's pieces
        Row placed = table(ocr("产出指标"), ocr("合格率"), ocr("》95%"));
        assertEquals(List.of("产出指标", "合格率", "》95%"), texts(OcrRepair.repair(List.of(heading, placed)).rows().get(1)));
    }

    @Test
    void theHeadingBetweenItsNeighbours() {
        List<Diagnostic> d = new ArrayList<>();
        List<Cell> noL1 = new ArrayList<>(List.of(plain("“执指"), plain("二级指标"), plain("三级指标"), plain("指标值")));
        OcrRepair.gaps(noL1, d);
        assertEquals("一级指标", noL1.get(0).text());
        List<Cell> noL2 = new ArrayList<>(List.of(plain("一级指标"), plain(""), plain("二x"), plain("三级指标"), plain("指标值")));
        OcrRepair.gaps(noL2, d);
        assertEquals("二级指标", noL2.get(2).text());
        List<Cell> noName = new ArrayList<>(List.of(plain("一级指标"), plain("二级指标"), plain("指x"), plain("指标值")));
        OcrRepair.gaps(noName, d);
        assertEquals("三级指标", noName.get(2).text());
        assertEquals(3, d.size());
        d.clear();
        // no character in common, not between the right neighbours, nothing before it, a cell with a confidence: as read
        List<Cell> nothing = new ArrayList<>(List.of(plain("甲乙"), plain("二级指标"), plain("三级指标"), plain("指标值")));
        OcrRepair.gaps(nothing, d);
        List<Cell> wrongNeighbour = new ArrayList<>(List.of(plain("甲"), plain("二x"), plain("三级指标"), plain("指标值")));
        OcrRepair.gaps(wrongNeighbour, d);
        List<Cell> first = new ArrayList<>(List.of(plain(""), plain("二级指标"), plain("三级指标"), plain("指标值")));
        OcrRepair.gaps(first, d);
        List<Cell> confident = new ArrayList<>(List.of(ocr("“执指"), plain("二级指标"), plain("三级指标"), plain("指标值")));
        OcrRepair.gaps(confident, d);
        assertEquals(List.of(), d);
    }

    /**
     * No value column is printed left of the level headings: the heading row's first cell (绩效指标,
     * misread {@code 指标、}) is not repaired to 指标值, which would make the row name its value column
     * twice; the same reading right of the levels is.
     */
    @Test
    void noValueHeadingLeftOfTheLevels() {
        Row heading = table(ocr("指标、"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("全年实际完成值"));
        assertEquals("指标、", texts(OcrRepair.repair(List.of(heading)).rows().get(0)).get(0));
        Row right = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标、"), ocr("全年实际完成值"));
        assertEquals("指标值", texts(OcrRepair.repair(List.of(right)).rows().get(0)).get(4));
    }

    /**
     * A heading printed twice for two periods in plain OCR text: its levels are each half's, not one
     * heading's read twice (三级指标 | … | 二级指标 | 三级指标 stays), and the unknown piece before the second
     * half's 二级指标 is not that half's 一级指标; the value heading right of 三级指标 misread beyond one
     * substitution ({@code 标值}) is 指标值.
     */
    @Test
    void aHeadingPrintedTwiceForTwoPeriods() {
        Row doubled = table(plain("二级指"), plain("三级指标"), plain("标值"), plain("二级指标"), plain("三级指标"), plain("示什"));
        List<Row> out = OcrLabels.repair(OcrRepair.repair(List.of(doubled)), true).rows();
        assertEquals(List.of("二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), texts(out.get(0)));
        // one heading read with a level twice is still given back left to right
        Row once = table(plain("二级指标"), plain("二级指标"), plain("三级指标"), plain("指标值"));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), texts(OcrRepair.repair(List.of(once)).rows().get(0)));
    }

    /** The value heading with a speck after a stroke ({@code 指标舍、 0}) is 指标值; a value heading already named stays. */
    @Test
    void aValueHeadingWithASpeckAfterIt() {
        Row heading = table(plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("指标舍、 0"));
        assertEquals("指标值", texts(OcrRepair.repair(List.of(heading)).rows().get(0)).get(3));
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("指标值确定依据", OcrRepair.beforeSpecks(plain("指标值确定依据"), d).text());
        assertEquals("甲乙丙、 0", OcrRepair.beforeSpecks(plain("甲乙丙、 0"), d).text());
        assertEquals(List.of(), d);
        // an unknown value heading of five characters or one sharing nothing with 指标值: as read
        List<Cell> far = new ArrayList<>(List.of(plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("甲乙")));
        OcrRepair.valueAfterName(far, d);
        assertEquals("甲乙", far.get(3).text());
        List<Cell> near = new ArrayList<>(List.of(plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("标什")));
        OcrRepair.valueAfterName(near, d);
        assertEquals("指标值", near.get(3).text());
        // word boxes are placed by geometry (OcrHeadings.valueByPlace reads their column)
        List<Cell> boxes = new ArrayList<>(List.of(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("标什")));
        OcrRepair.valueAfterName(boxes, d);
        assertEquals("标什", boxes.get(3).text());
    }
}
