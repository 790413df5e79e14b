package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfTextReaderTest {

    static List<String> cells(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    static List<Row> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).toList();
    }

    private static Row rowStarting(Document d, String first) {
        return d.rows().stream().filter(r -> r.cells().get(0).text().equals(first)).findFirst().orElseThrow();
    }

    /** A single-period page: vertical level-1 label, wrapped name and value, header after the body. */
    private static final String SINGLE = String.join("\n",
            "",
            "一级",
            "指标",
            "",
            "二级指标 三级指标 指标值",
            "",
            "培训参加",
            "人员次数",
            "",
            "≥0.6万",
            "",
            "人次",
            "",
            "质量指标 培训合格率 100%",
            "",
            "产",
            "出",
            "指",
            "标",
            "",
            "数量指标",
            "",
            "某县项目支出绩效目标表",
            "",
            "（2020年）",
            "",
            "项目名称 培训经费",
            "");

    @Test
    void titleAndYearPrintedAfterTheBodyComeFirst() throws ReadException {
        Document d = PdfTextReader.read(SINGLE, "s.txt");
        Row title = d.rows().get(0);
        assertFalse(title.table());
        assertEquals("某县项目支出绩效目标表", title.text());
        assertEquals(2, title.at().line(), "a sheet starts at its page's first line");
        assertEquals(23, title.cells().get(0).at().line(), "the title cell keeps its own line");
        assertEquals("（2020年）", d.rows().get(1).text());
        assertEquals(List.of("项目名称", "培训经费"), cells(d.rows().get(2)));
    }

    @Test
    void wrappedCellsAndVerticalLabelsAreJoined() throws ReadException {
        Document d = PdfTextReader.read(SINGLE, "s.txt");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), cells(rowStarting(d, "一级指标")));
        List<Row> rows = tableRows(d);
        Row first = rows.stream().filter(r -> r.cells().size() == 4 && r.cells().get(2).text().equals("培训参加人员次数"))
                .findFirst().orElseThrow();
        assertEquals(List.of("产出指标", "数量指标", "培训参加人员次数", "≥0.6万人次"), cells(first));
        assertEquals(7, first.cells().get(2).at().line(), "a cell is located at its first line");
        Row second = rows.stream().filter(r -> r.cells().size() == 4 && r.cells().get(2).text().equals("培训合格率"))
                .findFirst().orElseThrow();
        assertEquals(List.of("产出指标", "质量指标", "培训合格率", "100%"), cells(second));
    }

    /** Two periods side by side: each row printed as left (中期) copy then right (年度) copy. */
    private static final String TWO = String.join("\n",
            "其中：财政拨款",
            "",
            "一级",
            "指标",
            "",
            "二级指标 三级指标 指标值",
            "一级",
            "指标",
            "",
            "二级指标 三级指标 指标值",
            "",
            "工作人员参加",
            "培训次数",
            "",
            "≥6次",
            "工作人员参加",
            "培训次数",
            "",
            "≥2次",
            "",
            "培训人数 ≥9人 培训人数 ≥3人",
            "",
            "质量指标 完成率 100% 质量指标 完成率 100%",
            "",
            "培训费用",
            "≤1.8万",
            "",
            "元",
            "培训费用",
            "",
            "≤0.6万",
            "元",
            "",
            "社会效益",
            "指标",
            "",
            "提高工作人员",
            "工作积极性",
            "",
            "明显提高",
            "社会效益",
            "",
            "指标",
            "提高工作人员",
            "工作积极性",
            "",
            "明显提高",
            "",
            "产",
            "出",
            "指",
            "标",
            "",
            "效",
            "益",
            "指",
            "标",
            "",
            "数量指标",
            "",
            "成本指标",
            "",
            "绩",
            "效",
            "指",
            "标",
            "",
            "产",
            "出",
            "指",
            "标",
            "",
            "效",
            "益",
            "指",
            "标",
            "",
            "数量指标",
            "",
            "成本指标",
            "",
            "中期目标（2020-2022） 年度目标",
            "",
            "三年内完成全部人员",
            "培训",
            "",
            "本年完成三分之一人员",
            "培训",
            "",
            "项目",
            "资金",
            "",
            "（万元）",
            "",
            "总",
            "体",
            "目",
            "标",
            "",
            "1.8万元 其中：财政拨款 0.6万元",
            "",
            "其他资金 其他资金",
            "",
            "中期资金总额： 1.8万元 年度资金总额： 0.6万元",
            "",
            "某县县级项目支出绩效目标表",
            "",
            "（2020年）",
            "",
            "项目名称 培训经费",
            "",
            "",
            "");

    @Test
    void interleavedPeriodsBecomeOneRowMidTermLeftAnnualRight() throws ReadException {
        Document d = PdfTextReader.read(TWO, "t.txt");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                cells(rowStarting(d, "一级指标")));
        List<List<String>> ind = tableRows(d).stream().filter(r -> r.cells().size() == 8).skip(1).map(PdfTextReaderTest::cells)
                .toList();
        assertEquals(List.of(
                List.of("产出指标", "数量指标", "工作人员参加培训次数", "≥6次", "产出指标", "数量指标", "工作人员参加培训次数", "≥2次"),
                List.of("产出指标", "数量指标", "培训人数", "≥9人", "产出指标", "数量指标", "培训人数", "≥3人"),
                List.of("产出指标", "质量指标", "完成率", "100%", "产出指标", "质量指标", "完成率", "100%"),
                List.of("产出指标", "成本指标", "培训费用", "≤1.8万元", "产出指标", "成本指标", "培训费用", "≤0.6万元"),
                List.of("效益指标", "社会效益指标", "提高工作人员工作积极性", "明显提高", "效益指标", "社会效益指标",
                        "提高工作人员工作积极性", "明显提高")), ind);
    }

    @Test
    void emptyValuesAndAValueRunIntoTheNextNameAreSeparated() throws ReadException {
        String text = String.join("\n", "一级指标 二级指标 三级指标 指标值 一级指标 二级指标 三级指标 指标值", "",
                "工作人员出差", "次数", "工作人员出差", "次数", "", "购买电脑台数 ≥5台 购买电脑台数 ≥5台", "",
                "提高工作人员", "工作积极性", "", "长期", "提高工作人员", "工作积极性", "", "长期", "",
                "中期目标（2020-2022） 年度目标", "", "三年内完成全部人员的培训", "", "本年完成三分之一人员的培训", "",
                "某县项目支出绩效目标表", "", "项目名称 培训经费", "");
        Document d = PdfTextReader.read(text, "e.txt");
        List<List<String>> ind = tableRows(d).stream().filter(r -> r.cells().size() == 8).skip(1)
                .map(r -> List.of(r.cells().get(2).text(), r.cells().get(3).text(), r.cells().get(6).text(), r.cells().get(7).text()))
                .toList();
        assertEquals(List.of(List.of("工作人员出差次数", "", "工作人员出差次数", ""),
                List.of("购买电脑台数", "≥5台", "购买电脑台数", "≥5台"),
                List.of("提高工作人员工作积极性", "长期", "提高工作人员工作积极性", "长期")), ind);
        assertEquals(List.of("", "三年内完成全部人员的培训", "本年完成三分之一人员的培训"),
                cells(d.rows().get(d.rows().indexOf(rowStarting(d, "总体目标")) + 1)));
    }

    @Test
    void twoPeriodFundingAndGoals() throws ReadException {
        Document d = PdfTextReader.read(TWO, "t.txt");
        assertEquals(List.of("项目资金（万元）", "中期资金总额：", "1.8万元", "年度资金总额：", "0.6万元"),
                cells(rowStarting(d, "项目资金（万元）")));
        List<List<String>> rest = tableRows(d).stream().map(PdfTextReaderTest::cells)
                .filter(c -> c.size() == 5 && c.get(0).isEmpty()).toList();
        assertEquals(List.of(List.of("", "其中：财政拨款", "1.8万元", "其中：财政拨款", "0.6万元"),
                List.of("", "其他资金", "", "其他资金", "")), rest);
        assertEquals(List.of("总体目标", "中期目标（2020-2022）", "年度目标"), cells(rowStarting(d, "总体目标")));
        Row text = d.rows().get(d.rows().indexOf(rowStarting(d, "总体目标")) + 1);
        assertEquals(List.of("", "三年内完成全部人员培训", "本年完成三分之一人员培训"), cells(text));
        // the title row comes first, then the year, then the header rows
        assertEquals("某县县级项目支出绩效目标表", d.rows().get(0).text());
        assertEquals(1, d.rows().get(0).at().line());
        // nothing left unplaced
        assertTrue(d.rows().stream().noneMatch(r -> r.table() && r.cells().size() == 1), d.rows().toString());
    }

    @Test
    void onePeriodGoalsAndFundingAreLabelValueRows() throws ReadException {
        String text = String.join("\n", "年度资金总额： 5万元", "", "一级指标 二级指标 三级指标 指标值", "",
                "数量指标 培训次数 ≥2次", "", "年", "度", "目", "标", "", "本年完成三分之一人员", "培训", "", "项", "目", "资", "金", "",
                "（万元）", "", "其中：财政拨款 5万元", "", "某县项目支出绩效目标表", "", "项目名称 培训经费", "");
        Document d = PdfTextReader.read(text, "o.txt");
        assertEquals(List.of("年度目标", "本年完成三分之一人员培训"), cells(rowStarting(d, "年度目标")));
        assertEquals(List.of("项目资金（万元）", "年度资金总额：", "5万元"), cells(rowStarting(d, "项目资金（万元）")));
        assertEquals(List.of("", "其中：财政拨款", "5万元"), cells(d.rows().get(d.rows().indexOf(rowStarting(d, "项目资金（万元）")) + 1)));
        assertEquals(List.of("", "数量指标", "培训次数", "≥2次"), cells(tableRows(d).get(tableRows(d).size() - 1)));
    }

    /** A department budget sheet cut into narrow fragments, labels wrapped, a number cut after its first decimal. */
    private static final String BUDGET = String.join("\n",
            "2021 年部门预算绩效文本",
            "2、某某县图书馆免费开放补助",
            "资金（第二批）绩效目标表",
            "123456 某某县文化和旅游局",
            "",
            "项目编",
            "码",
            "预算规",
            "单位：元",
            "601-0101-ABC-",
            "预算数",
            "48000.0",
            "项目名称",
            "0",
            "其中：财政资金",
            "某某县图书馆免费开放补助资金（第二",
            "批）",
            "48000.00",
            "其他资金",
            "模及资",
            "用于图书馆免费开放运行",
            "金用途",
            "",
            "X9Q2",
            "",
            "资金支",
            "3 月底",
            "6 月底",
            "10 月底",
            "12 月底",
            "40.00",
            "70.00",
            "100.00",
            "出计划",
            "（%）",
            "绩效目",
            "标",
            "一级指",
            "标",
            "1、保障图书馆全年免费开放，年接待读者不少于",
            "2 万人次。",
            "",
            "二级指标",
            "三级指标",
            "接待读者人次",
            "≥2 万人次",
            "");

    @Test
    void departmentBudgetSheetIsReadByWhatEachFragmentIs() throws ReadException {
        assertTrue(PdfTextReader.looksLikePdfText(BUDGET), "labels cut at a line end mark pdftotext output");
        Document d = PdfTextReader.read(BUDGET, "b.txt");
        assertEquals("2、某某县图书馆免费开放补助资金（第二批）绩效目标表", d.rows().get(1).cells().get(0).text());
        assertEquals(List.of("123456 某某县文化和旅游局", "单位：元"), cells(rowStarting(d, "123456 某某县文化和旅游局")));
        assertEquals(List.of("项目编码", "601-0101-ABC-X9Q2", "项目名称", "某某县图书馆免费开放补助资金(第二批)"),
                cells(rowStarting(d, "项目编码")));
        assertEquals(List.of("预算规模及资金用途", "预算数", "48000.00", "其中：财政资金", "48000.00", "其他资金", ""),
                cells(rowStarting(d, "预算规模及资金用途")));
        assertTrue(d.rows().stream().anyMatch(r -> cells(r).equals(List.of("", "用于图书馆免费开放运行"))));
        assertEquals(List.of("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"), cells(rowStarting(d, "资金支出计划（%）")));
        assertTrue(d.rows().stream().anyMatch(r -> cells(r).equals(List.of("", "40.00", "70.00", "100.00"))));
        assertEquals(List.of("绩效目标", "1、保障图书馆全年免费开放，年接待读者不少于2 万人次。"), cells(rowStarting(d, "绩效目标")));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), cells(rowStarting(d, "一级指标")));
        // the indicator text it cannot place is kept, as prose after the table
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.text().equals("接待读者人次")));
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.text().equals("≥2 万人次")));
    }

    /** A two-period header, funding and goal block with every cell its own paragraph (a LibreOffice-printed PDF). */
    private static final String TWO_PARAGRAPHS = String.join("\n",
            "某县县级项目支出绩效目标表", "（2021 年）", "项目名称", "主管部门", "及代码", "项目属性", "", "项目资金（万", "元）", "",
            "道路养护经费", "", "310002", "", "实施单位", "", "某县交通运输局", "", "新增项目", "", "项目期", "", "一次性项目", "",
            "中期资金总额：", "", "9 万元", "", "年度资金总额：", "", "3 万元", "", "其中：财政拨款", "", "9 万元", "",
            "其中：财政拨款", "", "3 万元", "", "其他资金", "", "总体目标", "", "其他资金", "",
            "中期目标（2021-2023 年）", "", "年度目标", "",
            "养护县乡道路，保障", "", "养护县乡道路，保障", "", "群众安全出行", "", "群众安全出行", "",
            "二级指标", "", "三级指标", "", "指标值", "", "数量指标", "", "养护里程", "", "≥30 公里", "");

    @Test
    void twoPeriodCellsPrintedAsParagraphs() throws ReadException {
        Document d = PdfTextReader.read(TWO_PARAGRAPHS, "t.txt");
        // a label printed between two values keeps the value after it; the column of labels takes the rest in order
        assertEquals(List.of("项目名称", "道路养护经费"), cells(rowStarting(d, "项目名称")));
        assertEquals(List.of("主管部门及代码", "310002"), cells(rowStarting(d, "主管部门及代码")));
        assertEquals(List.of("项目属性", "新增项目"), cells(rowStarting(d, "项目属性")));
        assertEquals(List.of("实施单位", "某县交通运输局"), cells(rowStarting(d, "实施单位")));
        assertEquals(List.of("项目期", "一次性项目"), cells(rowStarting(d, "项目期")));
        // funding labels each with the amount after it, paired mid-term left, annual right
        assertEquals(List.of("项目资金（万元）", "中期资金总额：", "9 万元", "年度资金总额：", "3 万元"), cells(rowStarting(d, "项目资金（万元）")));
        assertTrue(d.rows().stream().anyMatch(r -> cells(r).equals(List.of("", "其中：财政拨款", "9 万元", "其中：财政拨款", "3 万元"))));
        assertTrue(d.rows().stream().anyMatch(r -> cells(r).equals(List.of("", "其他资金", "", "其他资金", ""))));
        // the period heads on their own lines, the goal printed line by line left copy then right copy
        assertEquals(List.of("总体目标", "中期目标(2021-2023年)", "年度目标"), cells(rowStarting(d, "总体目标")));
        assertTrue(d.rows().stream().anyMatch(r -> cells(r).equals(List.of("", "养护县乡道路，保障群众安全出行", "养护县乡道路，保障群众安全出行"))));
    }

    @Test
    void pagesAreSplitAtFormFeedsAndBlankRuns() {
        assertEquals(2, PdfTextReader.pages("a\n绩效目标表甲\n\fb\n绩效目标表乙\n").size());
        assertEquals(2, PdfTextReader.pages(TWO + TWO).size());
        assertEquals(1, PdfTextReader.pages("a\nb\n\nc\n").size());
    }

    @Test
    void emptyInputIsAClearError() {
        ReadException e = assertThrows(ReadException.class, () -> PdfTextReader.read("  \n\n", "e.txt"));
        assertTrue(e.getMessage().contains("e.txt"), e.getMessage());
    }

    @Test
    void detection() {
        assertTrue(PdfTextReader.looksLikePdfText(TWO));
        assertTrue(PdfTextReader.looksLikePdfText(SINGLE));
        assertTrue(PdfTextReader.looksLikePdfText("标题\f第二页"));
        String cellPerLine = String.join("\n", "某县项目支出绩效目标表", "", "项目名称", "培训经费", "", "一级指标", "二级指标",
                "三级指标", "指标值", "", "产出指标", "数量指标", "培训次数", "≥2次", "", "效益指标", "社会效益指标", "工作积极性", "提高", "");
        assertFalse(PdfTextReader.looksLikePdfText(cellPerLine));
        // a table of contents listing titles between blank lines is not a title printed after its body
        String toc = String.join("\n", "目录", "1、甲项目绩效目标表", "", "", "2、乙项目绩效目标表", "", "", "项目名称", "甲项目", "");
        assertFalse(PdfTextReader.looksLikePdfText(toc));
        // a space-separated table joins header labels on one line but is not pdftotext flow
        String spaced = String.join("\n", "某县项目支出绩效目标表", "项目名称 培训经费 实施单位 某局", "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 培训次数 ≥2次", "产出指标 质量指标 合格率 100%", "效益指标 社会效益指标 积极性 提高");
        assertFalse(PdfTextReader.looksLikePdfText(spaced));
        // only a title printed after its body, then a page break
        String late = String.join("\n", "培训次数", "", "≥2次", "", "某县项目支出绩效目标表", "", "项目名称 培训经费", "", "", "下一页");
        assertTrue(PdfTextReader.looksLikePdfText(late));
        assertEquals(Format.PDFTOTEXT, Detector.detect(TWO, "t.txt"));
    }

    /** The corpus document: 7 pages, one sheet each, two periods. */
    @Test
    void corpusDocument003() throws Exception {
        Path p = Path.of("../fixtures/corpus/raw/003_2eec33ba817418ff.txt");
        Assumptions.assumeTrue(Files.exists(p), "corpus not present");
        String text = Files.readString(p);
        assertTrue(PdfTextReader.looksLikePdfText(text));
        Document d = PdfTextReader.read(text, "003.txt");
        List<Row> titles = d.rows().stream().filter(r -> !r.table() && r.text().endsWith("绩效目标表")).toList();
        assertEquals(7, titles.size());
        assertEquals(List.of(2, 185, 382, 588, 791, 950, 1131), titles.stream().map(r -> r.at().line()).toList());
        List<Row> ind = tableRows(d).stream().filter(r -> r.cells().size() == 8
                && !r.cells().get(0).text().equals("一级指标")).toList();
        assertEquals(11 + 11 + 11 + 9 + 7 + 8 + 7, ind.size());
        for (Row r : ind) {
            List<String> c = cells(r);
            assertEquals(c.subList(0, 3), c.subList(4, 7), "both periods name the same indicator: " + r);
            assertTrue(c.stream().noneMatch(String::isEmpty), "no empty cell: " + r);
        }
        assertTrue(d.rows().stream().noneMatch(r -> r.table() && r.cells().size() == 1), "nothing unplaced");
    }

    /**
     * A page printed one cell per paragraph, title first (a ruled PDF of a one-period sheet): labels
     * and values alternate, a value may come after the funding block, a label and the goal head wrap.
     */
    private static final String PARAGRAPHS = String.join("\n",
            "某县项目支出绩效目标表",
            "（2023 年度）",
            "项目名称",
            "",
            "培训经费",
            "",
            "主管部门及代码",
            "",
            "610-某县医疗保障",
            "局",
            "",
            "地方财政部门",
            "",
            "某县财政局",
            "",
            "资金情况（万",
            "元）",
            "",
            "年度目标",
            "",
            "绩效指标",
            "",
            "实施单位",
            "",
            "年度资金总额：",
            "",
            "1907400",
            "",
            "其中：中央资金",
            "",
            "97109",
            "",
            "其他资金",
            "",
            "某县医疗保障服务中心",
            "",
            "目标 1：提高参保率。",
            "目标 2：稳步提高保障水平。",
            "一级指",
            "标",
            "",
            "二级指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "数量指标",
            "",
            "参保人数",
            "",
            "≥95%",
            "",
            "产出指标",
            "");

    @Test
    void labelsPrintedAloneTakeTheNextParagraphThatIsNoLabel() throws ReadException {
        Document d = PdfTextReader.read(PARAGRAPHS, "p.txt");
        assertEquals(List.of("项目名称", "培训经费"), cells(rowStarting(d, "项目名称")));
        assertEquals(List.of("主管部门及代码", "610-某县医疗保障局"), cells(rowStarting(d, "主管部门及代码")),
                "a wrapped value is joined");
        assertEquals(List.of("地方财政部门", "某县财政局"), cells(rowStarting(d, "地方财政部门")),
                "any known header label, not only the reader's own list");
        assertEquals(List.of("实施单位", "某县医疗保障服务中心"), cells(rowStarting(d, "实施单位")),
                "a value printed after the funding block skips labels and amounts");
    }

    @Test
    void fundingAmountsAndAWrappedUnitLabelPrintedAsParagraphs() throws ReadException {
        Document d = PdfTextReader.read(PARAGRAPHS, "p.txt");
        assertEquals(List.of("资金情况（万元）", "年度资金总额：", "1907400"), cells(rowStarting(d, "资金情况（万元）")));
        List<List<String>> rows = tableRows(d).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("", "其中：中央资金", "97109")), rows.toString());
        assertTrue(rows.contains(List.of("", "其他资金", "")), "a label without amount stays empty: " + rows);
    }

    @Test
    void goalTextPrintedApartFromItsHeadStopsAtAWrappedTableLabel() throws ReadException {
        Document d = PdfTextReader.read(PARAGRAPHS, "p.txt");
        assertEquals(List.of("年度目标", "目标 1：提高参保率。\n目标 2：稳步提高保障水平。"), cells(rowStarting(d, "年度目标")));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), cells(rowStarting(d, "一级指标")));
        assertTrue(tableRows(d).stream().map(PdfTextReaderTest::cells)
                .anyMatch(r -> r.equals(List.of("产出指标", "数量指标", "参保人数", "≥95%"))), d.rows().toString());
    }

    @Test
    void aHeaderLabelWrappedOverTwoLinesIsOneLabel() throws ReadException {
        String text = String.join("\n", "某县项目绩效自评表", "（2023 年度）", "转移支付(项目)", "名称", "", "离休医疗费补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "产出指标", "", "数量指标", "", "人数", "", "≥3人", "");
        Document d = PdfTextReader.read(text, "w.txt");
        assertEquals(List.of("转移支付(项目)名称", "离休医疗费补助资金"), cells(rowStarting(d, "转移支付(项目)名称")));
    }

    @Test
    void onAParagraphPageSpacesStayInsideCellsButLabelsAreSplitOff() throws ReadException {
        String text = String.join("\n", "某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "数量指标", "", "指标 1：参保人数(人)", "", "≥ 99 万人", "",
                "服务对象满意度指标 指标 2：参保对象满意度(%)", "", "≥90%", "", "产出指标", "");
        List<List<String>> rows = tableRows(PdfTextReader.read(text, "s.txt")).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 1：参保人数(人)") && r.get(3).equals("≥ 99 万人")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(1).equals("服务对象满意度指标")
                && r.get(2).equals("指标 2：参保对象满意度(%)") && r.get(3).equals("≥90%")), rows.toString());
    }

    @Test
    void aValuePrintedBetweenTheLinesOfAWrappedNameFollowsTheWholeName() throws ReadException {
        String text = String.join("\n", "某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "质量指标", "", "以常住人口数为基数计算的基本医保参", "≥98%", "保率", "",
                "指标 5：参保人政策范围内住院费用报销", "≥ 71.85%", "比例", "指标 6：参保人住院费用实际报销比例", "≥ 52.8%", "",
                "产出指标", "");
        List<List<String>> rows = tableRows(PdfTextReader.read(text, "s.txt")).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("产出指标", "质量指标", "以常住人口数为基数计算的基本医保参保率", "≥98%")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 5：参保人政策范围内住院费用报销比例") && r.get(3).equals("≥ 71.85%")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 6：参保人住院费用实际报销比例") && r.get(3).equals("≥ 52.8%")),
                rows.toString());
    }

    @Test
    void aLabelWrappedAfterAKnownPrefixAndANumericCodeAreRead() throws ReadException {
        String text = String.join("\n", "某县县级项目支出绩效目标表", "（2020 年）", "项目名称", "主管部门及代", "码", "", "培训经费", "",
                "238001", "", "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "数量指标", "", "人数", "", "≥3人", "",
                "产出指标", "");
        Document d = PdfTextReader.read(text, "c.txt");
        assertEquals(List.of("项目名称", "培训经费"), cells(rowStarting(d, "项目名称")), "the end of a wrapped label is no value");
        assertEquals(List.of("主管部门及代码", "238001"), cells(rowStarting(d, "主管部门及代码")), "a code is a number, not an amount");
    }

    @Test
    void theLastValuePrintedAfterTheLabelsPrintedApartIsTheLastRowsValue() throws ReadException {
        String text = String.join("\n", "某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "数量指标", "", "参保人数", "", "全民参保", "", "服务对象满意度指标", "", "政策知晓率", "", "产出指标", "", "普遍知晓", "");
        List<List<String>> rows = tableRows(PdfTextReader.read(text, "s.txt")).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("政策知晓率") && r.get(3).equals("普遍知晓")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("普遍知晓") && !r.contains("政策知晓率")), rows.toString());
    }

    @Test
    void numberingRestartsStartTheGroupOfALabelPrintedInItsMiddle() throws ReadException {
        String text = String.join("\n", "某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "产出指标", "数量指标", "", "三级指标", "", "指标值", "",
                "指标 1：参保人数(人)", "", "≥40 万人", "", "指标 2：补助标准(元)", "", "≥520 元", "",
                "指标 1：以户籍人口数计算的参保率(%)", "", "≥90%", "", "质量指标", "", "指标 2：重复参保人数(人)", "", "0", "",
                "时效指标", "成本指标", "", "指标 1：中央资金到位率", "", "100%", "", "指标 2：省级资金到位率", "", "100%", "",
                "指标 1：人均补助标准", "", "≥312 元", "");
        List<List<String>> rows = tableRows(PdfTextReader.read(text, "n.txt")).stream().map(PdfTextReaderTest::cells)
                .filter(r -> r.size() == 4).map(r -> List.of(r.get(1), r.get(2))).toList();
        assertTrue(rows.contains(List.of("质量指标", "指标 1：以户籍人口数计算的参保率(%)")), rows.toString());
        assertTrue(rows.contains(List.of("时效指标", "指标 1：中央资金到位率")), rows.toString());
        assertTrue(rows.contains(List.of("成本指标", "指标 1：人均补助标准")), "the second of two stacked labels: " + rows);
    }

    @Test
    void theEndOfAWrappedUnitLabelIsNoHeaderValue() throws ReadException {
        String text = String.join("\n", "某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "", "主管部门及代码", "",
                "610-某县医疗保", "实施单位", "障局", "", "资金情况（万", "元）", "", "年度目标", "", "绩效指标", "",
                "年度资金总额：", "", "100", "", "某县医疗保障服务中心", "", "确保困难群众医保有所保障",
                "一级指标 二级指标", "", "三级指标", "", "指标值", "", "数量指标", "", "人数", "", "≥3人", "", "产出指标", "");
        Document d = PdfTextReader.read(text, "u.txt");
        assertEquals(List.of("主管部门及代码", "610-某县医疗保障局"), cells(rowStarting(d, "主管部门及代码")));
        assertEquals(List.of("实施单位", "某县医疗保障服务中心"), cells(rowStarting(d, "实施单位")));
        assertEquals(List.of("年度目标", "确保困难群众医保有所保障"), cells(rowStarting(d, "年度目标")));
    }
}
