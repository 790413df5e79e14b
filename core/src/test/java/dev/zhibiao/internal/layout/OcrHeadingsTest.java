package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A heading row printed twice (two periods) with a cell misread reads as its other half prints it. */
class OcrHeadingsTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.3);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static List<Row> repaired(Row... rows) {
        return OcrLabels.repair(new OcrRepair.Result(List.of(rows), new IdentityHashMap<>())).rows();
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void aCellOfOnePeriodsHeadingReadsAsTheOtherPeriodPrintsIt() {
        Row heading = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("二级指标"),
                ocr("二级指标"), ocr("三级指标"), ocr("本示什"));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                texts(repaired(heading).get(0)));
        // two cells unlike the other half: not a doubled heading
        Row two = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("一级指标"),
                ocr("二级指标"), ocr("三织"), ocr("本示什"));
        assertEquals("本示什", texts(repaired(two).get(0)).get(8));
        // a line of plain OCR text (no confidence) whose pieces are the two halves: the heading line's pieces are its cells
        Row plain = new Row(heading.cells().stream().map(c -> new Cell(c.text(), AT, Double.NaN)).toList(), true, AT);
        assertEquals("指标值", texts(repaired(plain).get(0)).get(8));
        // there each half may misread one cell the other prints (二级指 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 示什)
        Row both = new Row(List.of(new Cell("二级指", AT, Double.NaN), new Cell("三级指标", AT, Double.NaN), new Cell("指标值", AT, Double.NaN),
                new Cell("二级指标", AT, Double.NaN), new Cell("三级指标", AT, Double.NaN), new Cell("示什", AT, Double.NaN)), true, AT);
        assertEquals(List.of("二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), texts(repaired(both).get(0)));
        // but not two cells of a half unlike the other
        Row twoPlain = new Row(two.cells().stream().map(c -> new Cell(c.text(), AT, Double.NaN)).toList(), true, AT);
        assertEquals("本示什", texts(repaired(twoPlain).get(0)).get(8));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(c -> new Cell(c.text(), AT)).toList(), true, AT);
        assertEquals("本示什", texts(repaired(printed).get(0)).get(8));
    }

    @Test
    void aMisreadValueHeadingRightOfTheNameHeadingOverValuesIs指标值() {
        Row heading = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("失村信人"), ocr("全年实际完成值"));
        Row a = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("参保人数(人)"), ocr("≥623 万人"), ocr("≥623 万人"));
        Row b = table(ocr(""), ocr(""), ocr(""), ocr("参保人政策范围内住院费用报销比例"), ocr("》70%"), ocr("≥70%"));
        Row c = table(ocr(""), ocr(""), ocr(""), ocr("实行按病种付费等支付方式改革"), ocr("、逐步推开"), ocr("逐步推开"));
        Row d = table(ocr(""), ocr(""), ocr(""), ocr("基金滚存结余可支付月数(月)"), ocr("6-9"), ocr("6-9"));
        List<Row> out = repaired(heading, a, b, c, d);
        assertEquals("指标值", texts(out.get(0)).get(4));
        assertEquals("≥70%", texts(out.get(2)).get(4)); // the value repairs the heading kept from its column
        assertEquals("逐步推开", texts(out.get(3)).get(4));
        // over a column of words (a split 指标性质 or a note), the heading stays as printed
        Row w1 = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("参保人数(人)"), ocr("定量"), ocr("≥623 万人"));
        Row w2 = table(ocr(""), ocr(""), ocr(""), ocr("重复参保人数(人)"), ocr("定性"), ocr("0"));
        assertEquals("失村信人", texts(repaired(heading, w1, w2).get(0)).get(4));
        // a row that names its value column keeps every heading
        Row named = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("失村信人"), ocr("指标值"));
        Row n1 = table(ocr("产出指标"), ocr("数量指标"), ocr("参保人数(人)"), ocr("≥1"), ocr("≥623 万人"));
        Row n2 = table(ocr(""), ocr(""), ocr("重复参保人数(人)"), ocr("0"), ocr("0"));
        assertEquals("失村信人", texts(repaired(named, n1, n2).get(0)).get(3));
    }
    @Test
    void misreadLevelHeadingsLeftOfTheNameHeadingOverColumnsOfCategoriesAreTheLevelHeadings() {
        // 一级指标 lost by the engine, 二级指标 read 二扣: the row was no heading, the rows under it the money block's
        Row heading = table(ocr(""), ocr(""), ocr("二扣"), ocr("三级指标"), ocr("指标值"));
        Row a = table(ocr(""), ocr("产册指岂"), ocr("数量指标"), ocr("指标1:参保人数(人)"), ocr("≥94万人"));
        Row b = table(ocr(""), ocr(""), ocr(""), ocr("指标2:各级财政实际补助标准(元)"), ocr("≥520元"));
        Row c = table(ocr(""), ocr(""), ocr("质量指标"), ocr("指标1:重复参保人数(人)"), ocr("0"));
        List<Row> out = repaired(heading, a, b, c);
        assertEquals(List.of("", "", "二级指标", "三级指标", "指标值"), texts(out.get(0)));
        assertEquals(true, Recovery.isIndicatorHeading(out.get(0)));
        // the cell left of it over level-1 categories is 一级指标
        Row lead = table(ocr("绩效指标"), ocr("你"), ocr("二级搬"), ocr("三级指标"), ocr("指标值"));
        Row l1 = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("参保人数"), ocr("≥94万人"));
        Row l2 = table(ocr(""), ocr("效益指标"), ocr("社会效益指标"), ocr("群众看病就医方便程度"), ocr("明显提高"));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), texts(repaired(lead, l1, l2).get(0)));
        // over a column of other words the cell stays as printed
        Row w1 = table(ocr(""), ocr(""), ocr("二扣"), ocr("三级指标"), ocr("指标值"));
        Row w2 = table(ocr(""), ocr(""), ocr("定量"), ocr("参保人数"), ocr("≥94万人"));
        Row w3 = table(ocr(""), ocr(""), ocr("定性"), ocr("群众满意度"), ocr("≥90%"));
        assertEquals("二扣", texts(repaired(w1, w2, w3).get(0)).get(2));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(x -> new Cell(x.text(), AT)).toList(), true, AT);
        assertEquals("二扣", texts(repaired(printed, a, b, c).get(0)).get(2));
    }
    @Test
    void aDepartmentSheetsMisreadValueAndBasisHeadingsReadByTheirPlaceAndStart() {
        // 指标值 read 标 right of 绩效指标描述, 指标值确定依据 read 指标值确人人 (as printed: a value column, its 上级文件政策 the value)
        Row heading = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("绩效指标描述"), ocr("标"), ocr("指标值确人人"));
        Row a = table(ocr("产出指标"), ocr("数量指标"), ocr("农村人口参加医疗保险率"), ocr("城乡居民参保"), ocr("≥100%"), ocr("上级政策文件"));
        Row b = table(ocr("效果指标"), ocr("社会效益指标"), ocr("政策知晓率"), ocr("参保居民政策知晓率"), ocr("≥90%"), ocr("上级文件政策"));
        Row c = table(ocr("满意度指标"), ocr("服务对象满意度指标"), ocr("受益人口满意度"), ocr("参保群众满意度"), ocr("≥90%"), ocr("上级文件政策"));
        List<Row> out = repaired(heading, a, b, c);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), texts(out.get(0)));
        assertEquals(Vocabulary.Column.BASIS, Vocabulary.column(texts(out.get(0)).get(5)));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(x -> new Cell(x.text(), AT)).toList(), true, AT);
        assertEquals("指标值确人人", texts(repaired(printed, a, b, c).get(0)).get(5));
    }

    @Test
    void aTextLayersHeadingCellsWithoutConfidenceAreRepairedAsWordBoxesButNotPlainTextsPieces() {
        // a searchable PDF's text layer: the engine's words without their confidences, placed in the cells by geometry
        Row heading = layer(table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("绩效指标描述"), ocr("标"), ocr("指标值确人人")));
        Row a = layer(table(ocr("产出指标"), ocr("数量指标"), ocr("农村人口参加医疗保险率"), ocr("城乡居民参保"), ocr("≥100%"), ocr("上级政策文件")));
        Row b = layer(table(ocr("效果指标"), ocr("社会效益指标"), ocr("政策知晓率"), ocr("参保居民政策知晓率"), ocr("≥90%"), ocr("上级文件政策")));
        List<Row> placed = OcrLabels.repair(new OcrRepair.Result(List.of(heading, a, b), new IdentityHashMap<>()), false).rows();
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), texts(placed.get(0)));
        // 二级指标 read 二扣 over a column of level-2 categories, in a layer
        Row h2 = layer(table(ocr(""), ocr(""), ocr("二扣"), ocr("三级指标"), ocr("指标值")));
        Row c = layer(table(ocr(""), ocr("产册指岂"), ocr("数量指标"), ocr("指标1:参保人数(人)"), ocr("≥94万人")));
        Row d = layer(table(ocr(""), ocr(""), ocr("质量指标"), ocr("指标1:重复参保人数(人)"), ocr("0")));
        assertEquals("二级指标", texts(OcrLabels.repair(new OcrRepair.Result(List.of(h2, c, d), new IdentityHashMap<>()), false)
                .rows().get(0)).get(2));
        // the same cells as a plain OCR text's printed lines (no confidence either): its pieces stand under no column
        List<Row> lines = OcrLabels.repair(new OcrRepair.Result(List.of(heading, a, b), new IdentityHashMap<>()), true).rows();
        assertEquals("指标值确人人", texts(lines.get(0)).get(5));
        assertEquals("二扣", texts(OcrLabels.repair(new OcrRepair.Result(List.of(h2, c, d), new IdentityHashMap<>()), true)
                .rows().get(0)).get(2));
    }

    private static Row layer(Row r) {
        return new Row(r.cells().stream().map(x -> new Cell(x.text(), AT, Double.NaN)).toList(), r.table(), r.at());
    }

    @Test
    void theStartsRepairedAreThoseOfTheHeadingWordsOnlyOneHeadingStartsWithAndThatHoldAnotherHeadingWord() {
        // from the vocabulary's heading list: 指标值确 starts only 指标值确定依据 and holds 指标值 (a value heading);
        // 绩效指标描 starts only 绩效指标描述 and holds 绩效指标 (the lead column); 一 starts only 一级指标 and holds no heading word
        assertEquals(java.util.Map.of("指标值确", "指标值确定依据", "绩效指标描", "绩效指标描述"), OcrHeadings.BY_START);
        // a word that starts another (指标值, 指标值说明) has no start of its own; 年 holds no heading word
        assertEquals(java.util.Map.of("指标值确", "指标值确定依据"), OcrHeadings.byStart(List.of("指标值", "指标值确定依据", "年度指标值")));
    }

    @Test
    void aMisreadLevel1HeadingLeftOfAPrinted二级指标OverAColumnOfLevel1CategoriesIs一级指标() {
        // 一级指标 read 称指, 二级指标 read whole (with the engine's 。): the 称指 column's 产出指标 were remnants
        Row heading = table(ocr("绩效指标"), ocr("称指"), ocr("。二级指标"), ocr("三级指标"), ocr("指标值"));
        Row a = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("指标1:参保人数(人)"), ocr("≥299.68万人"));
        Row b = table(ocr(""), ocr(""), ocr(""), ocr("指标2:各级财政实际补助标准(元)"), ocr("≥520元"));
        Row c = table(ocr(""), ocr("澳则攻"), ocr("服务对象满意度指标"), ocr("指标1:参保对象满意度(%)"), ocr("≥90%"));
        Row d = table(ocr(""), ocr("效益指标"), ocr("社会效益指标"), ocr("指标1:政策知晓率(%)"), ocr("≥90%"));
        List<Row> out = repaired(heading, a, b, c, d);
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), texts(out.get(0)));
        // a column of no level-1 categories keeps its heading
        Row e = table(ocr(""), ocr("澳则攻"), ocr("数量指标"), ocr("指标1:参保人数(人)"), ocr("≥299.68万人"));
        assertEquals("称指", texts(repaired(heading, e, b).get(0)).get(1));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(x -> new Cell(x.text(), AT)).toList(), true, AT);
        assertEquals("称指", texts(repaired(printed, a, b, c, d).get(0)).get(1));
    }

    @Test
    void aHeadingNamingTwoLevelsBesideOnePrintingOneOfThemIsTheOtherLevel() {
        // 二级指标 read 二三级指标 beside a printed 三级指标: read as printed the row names the name column twice
        Row heading = table(ocr(""), ocr(""), ocr("二三级指标"), ocr("三级指标"), ocr("指标值"));
        Row a = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("指标1:参保人数(人)"), ocr("≥299.68万人"));
        List<Row> out = repaired(heading, a);
        assertEquals(List.of("", "", "二级指标", "三级指标", "指标值"), texts(out.get(0)));
        assertEquals(Vocabulary.Column.L2, Vocabulary.column(texts(out.get(0)).get(2)));
        // the same beside a printed level of the pair on its left: 一二级指标 right of 一级指标 is 二级指标
        Row left = table(ocr("一级指标"), ocr("一二级指标"), ocr("三级指标"), ocr("指标值"));
        assertEquals("二级指标", texts(repaired(left, a).get(0)).get(1));
        // a row that prints the other level already, or no level of the pair beside the cell, keeps it
        Row twice = table(ocr("二级指标"), ocr("绩效"), ocr("二三级指标"), ocr("三级指标"), ocr("指标值"));
        assertEquals("二三级指标", texts(repaired(twice, a).get(0)).get(2));
        Row alone = table(ocr("绩效指标"), ocr("二三级指标"), ocr("指标值"));
        assertEquals("二三级指标", texts(repaired(alone, a).get(0)).get(1));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(x -> new Cell(x.text(), AT)).toList(), true, AT);
        assertEquals("二三级指标", texts(repaired(printed, a).get(0)).get(2));
    }
}
