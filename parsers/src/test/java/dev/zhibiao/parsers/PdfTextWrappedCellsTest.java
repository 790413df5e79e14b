package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.ReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext pages printed a cell per paragraph (split from {@link PdfTextReaderTest}, which had grown past 900
 * lines): a wrapped name and the value printed between its lines, numbered names, labels cut at a line's end or printed
 * apart from their rows, and a self-evaluation's goals, completion and money block.
 */
class PdfTextWrappedCellsTest {

    private static List<List<String>> table(String... lines) throws ReadException {
        return PdfTextReaderTest.tableRows(PdfTextReader.read(String.join("\n", lines), "t.txt")).stream().map(PdfTextReaderTest::cells).toList();
    }

    @Test
    void aShortTextPrintedBetweenTheLinesOfAWrappedNameIsItsValue() throws ReadException {
        List<List<String>> rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "社会成本指标", "", "对离休干部和建老人员医疗待遇保", "成效明显", "障", "",
                "数量指标", "", "补助对象人次", "", "≥3人", "", "成本指标", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("对离休干部和建老人员医疗待遇保障")
                && r.get(3).equals("成效明显")), rows.toString());
        // a full-width middle line is the name's own second line
        rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "社会成本指标", "", "对离休干部和建老人员医疗待遇保", "障水平的提高以及长期照护服务", "覆盖", "", "成效明显", "",
                "成本指标", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("对离休干部和建老人员医疗待遇保障水平的提高以及长期照护服务覆盖")
                && r.get(3).equals("成效明显")), rows.toString());
    }

    @Test
    void aNumberedNameWrappedAroundItsValueKeepsItsLongSecondLine() throws ReadException {
        List<List<String>> rows = table("某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "数量指标", "",
                "指标 1：以常住人口数为基数计算的基本", "≥95%", "参保综合参保率(%)", "", "质量指标", "",
                "指标 2：开展门诊统筹, 实行个人账户的,", "普遍开展", "向门诊统筹过渡", "", "产出指标", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 1：以常住人口数为基数计算的基本参保综合参保率(%)")
                && r.get(3).equals("≥95%")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 2：开展门诊统筹, 实行个人账户的,向门诊统筹过渡")
                && r.get(3).equals("普遍开展")), rows.toString());
    }

    @Test
    void numberedNamesWithTheirValueOnTheirLineAreSeparateRows() throws ReadException {
        List<List<String>> rows = table("某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "成本指标", "",
                "指标 1：中央财政人均补助标准 312 元", "指标 2：省级财政人均补助标准 124.8 元", "指标 3：参保次数不低于 3 次", "", "产出指标", "");
        assertTrue(rows.contains(List.of("产出指标", "成本指标", "指标 1：中央财政人均补助标准", "312 元")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 2：省级财政人均补助标准")
                && r.get(3).equals("124.8 元")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 3：参保次数不低于 3 次")), "a number after 不低于 stays in the name: " + rows);
    }

    @Test
    void labelsCutAtTheirLineEndTakeTheirEndsPrintedAfterOtherCells() throws ReadException {
        List<List<String>> rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "数量指标", "", "救助人次", "", "≥3人", "", "产出指标", "",
                "满意度指 服务对象满意度指", "政策知晓率", "标", "标", "", "≥80%", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.subList(1, 4).equals(List.of("服务对象满意度指标", "政策知晓率", "≥80%"))),
                rows.toString());
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.equals("标") || c.equals("满意度指")), rows.toString());
        rows = table("某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "数量指标", "",
                "指标 1：参保人数(人)", "", "≥40 万人", "", "产出指标", "", "满意度", "指标", "",
                "服务对象满意度", "指标 1：参保对象满意度(%)", "指标", "", "≥90%", "");
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "指标 1：参保对象满意度(%)", "≥90%")), rows.toString());
    }

    @Test
    void aRunOfLabelsBeforeANameEndsWithTheRowsOwnTheRestBelongToEarlierRows() throws ReadException {
        List<List<String>> rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "数量指标", "", "救助人次", "", "≥3人", "", "就医方便程度", "", "明显提高", "",
                "产出指标", "", "效益指标 社会效益指标", "", "满意度指标 服务对象满意度指标", "", "政策知晓率", "", "≥80%", "");
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "政策知晓率", "≥80%")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "就医方便程度", "明显提高")), rows.toString());
    }

    @Test
    void rowsPrintedOnTheNextPageBeforeTheNextTitleEndThePreviousSheet() throws ReadException {
        String text = String.join("\n", "某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "数量指标", "",
                "指标 1：参保人数(人)", "", "≥40 万人", "", "产出指标", "",
                "\f满意度", "指标", "", "服务对象满意度", "指标 1：参保对象满意度(%)", "指标", "", "≥90%", "",
                "某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "另一资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "数量指标", "",
                "指标 1：救助人数(人)", "", "≥3 万人", "", "产出指标", "");
        Document d = PdfTextReader.read(text, "p.txt");
        List<String> order = d.rows().stream().map(r -> r.cells().size() == 4 ? r.cells().get(2).text() : r.text()).toList();
        int satisfaction = order.indexOf("指标 1：参保对象满意度(%)");
        int secondTitle = order.lastIndexOf("某省对市县专项转移支付整体绩效目标表");
        assertTrue(satisfaction > 0 && secondTitle > satisfaction, order.toString());
        assertTrue(PdfTextReaderTest.tableRows(d).stream().map(PdfTextReaderTest::cells)
                .anyMatch(r -> r.equals(List.of("满意度指标", "服务对象满意度指标", "指标 1：参保对象满意度(%)", "≥90%"))), order.toString());
    }

    @Test
    void levelTwoLabelsStackedApartLabelTheNumberedGroupsInOrder() throws ReadException {
        List<List<String>> rows = table("某省对市县专项转移支付整体绩效目标表", "（2019 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "产出指标", "数量指标", "", "三级指标", "", "指标值", "",
                "指标 1：参保人数(人)", "", "≥40 万人", "", "指标 2：补助标准(元)", "", "≥520 元", "",
                "指标 1：参保率(%)", "", "≥90%", "", "指标 2：重复参保人数(人)", "", "0", "",
                "质量指标", "", "时效指标", "", "成本指标", "", "指标 3：虚报人数(人)", "", "0", "",
                "指标 1：中央资金到位率", "", "100%", "", "指标 2：省级资金到位率", "", "100%", "",
                "指标 1：人均补助标准", "", "≥312 元", "");
        List<List<String>> pairs = rows.stream().filter(r -> r.size() == 4).map(r -> List.of(r.get(1), r.get(2))).toList();
        assertTrue(pairs.contains(List.of("数量指标", "指标 2：补助标准(元)")), pairs.toString());
        assertTrue(pairs.contains(List.of("质量指标", "指标 1：参保率(%)")), pairs.toString());
        assertTrue(pairs.contains(List.of("质量指标", "指标 3：虚报人数(人)")), pairs.toString());
        assertTrue(pairs.contains(List.of("时效指标", "指标 2：省级资金到位率")), pairs.toString());
        assertTrue(pairs.contains(List.of("成本指标", "指标 1：人均补助标准")), pairs.toString());
    }

    @Test
    void aSelfEvaluationWrappedTitleAndItsActualColumnAreRead() throws ReadException {
        Document d = PdfTextReader.read(String.join("\n", "某县补助资金转移支付区域（项目）绩效自", "评表", "（2023 年度）",
                "转移支付(项目)名称", "", "补助资金", "", "全年预算数(A)", "", "未归位的说明文字", "",
                "一级", "指标", "", "二级指标", "", "三级指标", "", "数量指标", "",
                "离休干部人数规模", "544", "(人)", "", "544", "", "满足离休人员就医", "成效明显", "需求", "", "基本满足", "",
                "指标值", "", "全年实际完成值", "", "产出指标", ""), "e.txt");
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.text().equals("某县补助资金转移支付区域（项目）绩效自评表")),
                d.rows().toString());
        List<List<String>> rows = PdfTextReaderTest.tableRows(d).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "离休干部人数规模(人)", "544", "544")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 5 && r.get(2).equals("满足离休人员就医需求")
                && r.get(3).equals("成效明显") && r.get(4).equals("基本满足")), rows.toString());
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.text().equals("未归位的说明文字")), "text above the table is kept");
    }
    @Test
    void aSelfEvaluationMoneyBlockOfOneParagraphPerCellBecomesItsRows() throws ReadException {
        List<List<String>> rows = table("某县补助资金绩效自评表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "资金情况（万", "元）", "", "资金管理情况", "", "全年预算数(A)", "", "全年执行数(B)", "", "预算执行率", "",
                "年度资金总", "额：", "", "10.5", "", "9", "", "85.71%", "", "其中：中央", "财政资金", "", "0", "", "0", "",
                "其他资金", "", "2", "", "情况说明", "", "存在问题和改进措施", "", "分配科学性", "", "分配合理", "", "无", "",
                "下达及时性", "", "及时", "", "无", "", "总体目标", "", "一级指标", "", "二级指标", "", "三级指标", "",
                "指标值", "", "全年实际完成值", "");
        assertTrue(rows.contains(List.of("资金情况（万元）", "全年预算数(A)", "全年执行数(B)", "预算执行率")), rows.toString());
        assertTrue(rows.contains(List.of("", "年度资金总额：", "10.5", "9", "85.71%")), rows.toString());
        assertTrue(rows.contains(List.of("", "其中：中央财政资金", "0", "0")), rows.toString());
        assertTrue(rows.contains(List.of("", "其他资金", "2")), rows.toString());
        assertTrue(rows.contains(List.of("资金管理情况", "情况说明", "存在问题和改进措施")), rows.toString());
        assertTrue(rows.contains(List.of("分配科学性", "分配合理", "无")), rows.toString());
        assertTrue(rows.contains(List.of("下达及时性", "及时", "无")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("总体目标") && r.size() == 3 && r.get(0).equals("总体目标") && r.get(1).equals("一级指标")),
                "the management block ends before 总体目标: " + rows);
    }
    @Test
    void headingCellsWrappedAndPrintedLineByLineAreJoined() {
        List<PdfTextReader.Frag> in = new java.util.ArrayList<>();
        String[] texts = {"数量指标", "指标", "全年实际", "未完成原因和改", "值", "完成值", "进措施", "参保人数"};
        for (int i = 0; i < texts.length; i++) {
            in.add(new PdfTextReader.Frag(texts[i], i * 2 + 1, i, true, true));
        }
        List<String> out = PdfTextFragments.joinInterleaved(in).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("数量指标", "指标值", "全年实际完成值", "未完成原因和改进措施", "参保人数"), out);
        // pieces that do not spell headings stay apart
        List<PdfTextReader.Frag> other = List.of(new PdfTextReader.Frag("指标", 1, 0, true, true),
                new PdfTextReader.Frag("全年", 3, 1, true, true), new PdfTextReader.Frag("值", 5, 2, true, true),
                new PdfTextReader.Frag("计划", 7, 3, true, true));
        assertEquals(4, PdfTextFragments.joinInterleaved(other).size());
    }

    @Test
    void theFirstPieceOfAWrappedHeadingEndsTheGoalsAndTheManagementBlock() throws ReadException {
        Document d = PdfTextReader.read(String.join("\n", "某县补助资金绩效自评表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "情况说明", "", "存在问题和改进措施", "", "分配科学性", "", "分配合理", "", "无", "",
                "资金管理情况", "", "总体目标", "", "全年实际完成情况", "", "目标 1：巩固参保率。", "", "基本完成", "",
                "绩效", "", "一级指", "", "指标", "", "标", "", "二级指标", "", "三级指标", "", "指标值", "", "全年实际完成值", "",
                "产出指标", "", "数量指标", "", "参保人数(人)", "", "≥600人", "", "≥623人", ""), "g.txt");
        List<List<String>> rows = PdfTextReaderTest.tableRows(d).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("分配科学性", "分配合理", "无")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.get(0).equals("资金管理情况") && r.size() == 3 && !r.get(1).equals("情况说明")),
                "the management label after the items is no item: " + rows);
        assertFalse(d.rows().stream().anyMatch(r -> r.text().contains("绩效") && r.text().contains("目标 1")),
                "绩效 (of 绩效指标) is no part of a goal: " + d.rows());
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值")), rows.toString());
    }
    @Test
    void selfEvaluationGoalsAndTheirCompletionPrintedApartBecomeTheCompletionRows() throws ReadException {
        Document d = PdfTextReader.read(String.join("\n", "某县补助资金绩效自评表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "总体目标", "总体目", "标完成", "情况", "", "全年实际完成情况", "", "目标 1：巩固参保", "率。", "总体目标完成情况", "",
                "目标 2：稳步提高保障水平。", "", "基本完成", "", "目标 3：实现收支平衡。", "绩效", "", "一级指标", "", "二级指标", "",
                "三级指标", "", "指标值", "", "全年实际完成值", "", "产出指标", "", "数量指标", "", "参保人数(人)", "", "≥600人", "",
                "≥623人", ""), "c.txt");
        List<List<String>> rows = PdfTextReaderTest.tableRows(d).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("总体目标完成情况", "总体目标", "全年实际完成情况")), rows.toString());
        assertTrue(rows.contains(List.of("", "目标 1：巩固参保率。\n目标 2：稳步提高保障水平。\n目标 3：实现收支平衡。", "基本完成")),
                rows.toString());
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值")), rows.toString());
    }
    @Test
    void aValueBetweenTheLinesOfANameWhoseLastLineIsNoWiderThanItsFirstIsTheValue() throws ReadException {
        List<List<String>> rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "质量指标", "", "市直离休干部异地", "100%", "就医报销办结率", "", "数量指标", "", "补助对象人次", "", "≥3人", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("市直离休干部异地就医报销办结率")
                && r.get(3).equals("100%")), rows.toString());
    }
    @Test
    void aShortCellPrintedAfterTheFirstLineOfAWrappedNameIsTheValue() throws ReadException {
        List<List<String>> rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "社会效益指标", "", "对健全离休干部医 成效明显", "疗保障制度体系的", "作用", "", "数量指标", "", "补助对象人次", "",
                "≥3人", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("对健全离休干部医疗保障制度体系的作用")
                && r.get(3).equals("成效明显")), rows.toString());
        // a numbered name keeps its inner space
        rows = table("某县项目支出绩效目标表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "数量指标", "", "指标 1：补助对象人次", "", "≥3人", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(2).equals("指标 1：补助对象人次") && r.get(3).equals("≥3人")),
                rows.toString());
    }
    @Test
    void moneyBlockPiecesPrintedOutOfPlaceGoToTheirRows() throws ReadException {
        List<List<String>> rows = table("某县补助资金绩效自评表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "资金情况（万元）", "", "资金使用单", "长春地区", "位", "全年预算数(A)", "", "全年执行数", "预算执行率", "(B)", "",
                "16722", "", "16722", "", "100.00%", "", "其中：中央财", "13108", "政资金", "", "13108", "", "100.00%", "",
                "地方财政资金 3536", "", "3536", "", "年度资金总", "额：", "", "资金管理情况", "");
        assertTrue(rows.contains(List.of("资金使用单位", "长春地区")), "a value printed inside its wrapped label: " + rows);
        assertTrue(rows.contains(List.of("资金情况（万元）", "全年预算数(A)", "全年执行数(B)", "预算执行率")), rows.toString());
        assertTrue(rows.contains(List.of("", "年度资金总额：", "16722", "16722", "100.00%")),
                "the label printed after the rows names the row printed without one: " + rows);
        assertTrue(rows.contains(List.of("", "其中：中央财政资金", "13108", "13108", "100.00%")), rows.toString());
        assertTrue(rows.contains(List.of("", "地方财政资金", "3536", "3536")), rows.toString());
    }
    @Test
    void theCompletionHeadingWrappedAmongTheGoalsIsNoCompletionText() throws ReadException {
        Document d = PdfTextReader.read(String.join("\n", "某县补助资金绩效自评表", "（2023 年度）", "项目名称", "", "补助资金", "",
                "总体目标", "", "全年实际完成情况", "", "目标 1：巩固参保率。", "总体目标完", "成情况", "", "目标 2：稳步提高保障水平。", "",
                "基本完成", "", "目标 3：实现收支平衡。", "一级指", "标", "", "二级指标", "", "三级指标", "", "指标值", "",
                "产出指标", "", "数量指标", "", "参保人数(人)", "", "≥600人", ""), "w.txt");
        List<List<String>> rows = PdfTextReaderTest.tableRows(d).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("", "目标 1：巩固参保率。\n目标 2：稳步提高保障水平。\n目标 3：实现收支平衡。", "基本完成")),
                rows.toString());
    }
    @Test
    void aLabelWrappedAroundTheParagraphOfItsValueIsJoined() throws ReadException {
        Document d = PdfTextReader.read(String.join("\n", "某县补助资金绩效自评表", "（2023 年度）", "转移支付(项", "",
                "城乡居民长期护理保险补助资金", "", "目)名称", "中央主管部门", "", "国家医疗保障局", "",
                "一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", "产出指标", "", "数量指标", "", "参保人数(人)", "",
                "≥600人", ""), "a.txt");
        List<List<String>> rows = PdfTextReaderTest.tableRows(d).stream().map(PdfTextReaderTest::cells).toList();
        assertTrue(rows.contains(List.of("转移支付(项目)名称", "城乡居民长期护理保险补助资金")), rows.toString());
        assertTrue(rows.contains(List.of("中央主管部门", "国家医疗保障局")), rows.toString());
    }

    /** A self-evaluation's indicator block, one cell per paragraph, as LibreOffice's PDFs print it. */
    private static List<List<String>> selfEvaluation(String... body) throws ReadException {
        List<String> lines = new java.util.ArrayList<>(List.of("某市转移支付区域（项目）绩效自评表", "（2023 年度）",
                "转移支付(项目)名称", "", "补助资金", "", "一级指", "标", "", "产出指", "标", "", "满意度", "指标", "",
                "二级指标", "", "数量指标", "", "三级指标", "", "指标值", "", "全年实际完 未完成原因和改", "成值", "进措施", ""));
        lines.addAll(List.of(body));
        return table(lines.toArray(new String[0]));
    }

    @Test
    void aSelfEvaluationValueInsideItsWrappedNameIsFoundByTheActualRepeatingIt() throws ReadException {
        List<List<String>> rows = selfEvaluation("参保人数(人)", "", "≥623 万人", "", "≥623 万人", "",
                "实行按病种(组)、按人头付费", "逐步推开", "等支付方式改革", "", "逐步推开", "",
                "基金滚存结余可支付月数(月) 6-9", "", "6-9", "",
                "服务对象满意", "度指标", "", "参保对象满意度", "", "≥85%", "", "80%", "");
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "参保人数(人)", "≥623 万人", "≥623 万人")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 5 && r.subList(2, 5).equals(List.of("实行按病种(组)、按人头付费等支付方式改革", "逐步推开", "逐步推开"))),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 5 && r.subList(2, 5).equals(List.of("基金滚存结余可支付月数(月)", "6-9", "6-9"))), rows.toString());
        // the 一级 labels printed together above the body: the first is the first row's, the next a later group's
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "参保对象满意度", "≥85%", "80%")), rows.toString());
    }

    @Test
    void aSelfEvaluationLabelOutsideTheVocabularyBeforeItsNameIsALevelTwoLabel() throws ReadException {
        List<List<String>> rows = selfEvaluation("开展门诊统筹", "", "普遍开展", "", "普遍开展", "",
                "政策知晓率", "", "参保群众政策知晓率", "", "普遍知晓", "", "普遍知晓", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 5 && r.subList(1, 5).equals(List.of("政策知晓率", "参保群众政策知晓率", "普遍知晓", "普遍知晓"))),
                rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.size() >= 5 && r.get(2).equals("政策知晓率")), rows.toString());
    }

    @Test
    void levelTwoLabelsPrintedApartLabelRunsInPrintOrderATimelyRateBeingTimeliness() throws ReadException {
        List<List<String>> rows = selfEvaluation("人数规模(人)", "", "544", "", "544", "",
                "医疗费超支补偿率", "", "100%", "", "100%", "", "医疗费用即时结算率", "", "100%", "", "100%", "",
                "满足就医需求", "", "成效明显", "", "成效明显", "", "质量指标", "", "时效指标", "效益", "指标", "",
                "社会效益指标", "", "服务对象满意", "度指标", "", "工作满意度", "", "100%", "", "99%", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 5 && r.subList(1, 3).equals(List.of("质量指标", "医疗费超支补偿率"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 5 && r.subList(1, 3).equals(List.of("时效指标", "医疗费用即时结算率"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 5 && r.subList(1, 3).equals(List.of("社会效益指标", "满足就医需求"))), rows.toString());
    }

    @Test
    void aWideSentenceAmongTheIndicatorCellsIsTheGoalsCompletion() throws ReadException {
        List<List<String>> rows = table("某市转移支付区域（项目）绩效自评表", "（2023 年度）", "转移支付(项目)名称", "", "补助资金", "",
                "总体目标", "总体目", "标完成", "情况", "", "全年实际完成情况", "", "目标 1：保障离休干部享受医疗待", "遇。",
                "一级", "指标", "", "产出", "指标", "", "二级指标", "", "三级指标", "", "数量指标", "", "人数规模(人)", "", "544", "", "544", "",
                "能够充分做好市直离休干部医疗待遇保障工作,与特殊事项处", "理工作,同时能够做好与老干部局、管理中心的沟通协调工作。", "",
                "指标值", "", "全年实际完成值", "", "未完成原因和改进措施", "");
        assertTrue(rows.stream().anyMatch(r -> r.size() == 3 && r.get(2).startsWith("能够充分做好") && r.get(1).startsWith("目标 1")),
                rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "人数规模(人)", "544", "544")), rows.toString());
    }

    @Test
    void anUnnumberedGoalParagraphIsFollowedByItsCompletionParagraph() throws ReadException {
        List<List<String>> rows = table("某市转移支付区域（项目）绩效自评表", "（2023 年度）", "转移支付(项目)名称", "", "医疗救助资金", "",
                "总体目", "标完成", "情况", "", "总体目标", "", "全年实际完成情况", "",
                "通过实施城乡医疗救助，将符合救助条件的对象", "按规定纳入救助范围。", "",
                "已将符合救助条件的对象按规定纳入救助", "范围。", "",
                "一级", "指标", "", "产出", "指标", "", "二级指标", "", "三级指标", "", "数量指标", "", "救助人次", "", "≥500", "", "612", "",
                "指标值", "", "全年实际完成值", "", "未完成原因和改进措施", "");
        assertTrue(rows.contains(List.of("", "通过实施城乡医疗救助，将符合救助条件的对象按规定纳入救助范围。", "已将符合救助条件的对象按规定纳入救助范围。")),
                rows.toString());
    }

    @Test
    void levelTwoLabelsOutOfTheFrameworkOrderAreReorderedLabelsOutsideItKeepTheirPlaces() {
        List<PdfTextReader.Piece> labels = new java.util.ArrayList<>();
        int line = 1;
        for (String t : List.of("质量指标", "时效指标", "数量指标", "政策知晓率", "社会效益指标", "可持续影响指标")) {
            labels.add(new PdfTextReader.Piece(t, line++, PdfTextReader.Kind.LABEL));
        }
        PdfTextLabelFit.canonicalOrder(labels);
        assertEquals(List.of("数量指标", "质量指标", "时效指标", "政策知晓率", "社会效益指标", "可持续影响指标"),
                labels.stream().map(PdfTextReader.Piece::text).toList());
    }
}
