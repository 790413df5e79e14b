package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Zhibiao;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LibreOffice's text export: a cell a line, nothing between rows ({@link CellLines}). */
class CellLinesTest {
    /** A target sheet as soffice --convert-to txt writes it: merged level cells as empty lines, an empty cell too. */
    private static final String EXPORT = String.join("\n",
            "\uFEFF\u00A0",
            "2024年度项目支出绩效目标表",
            "项目名称",
            "农村公路养护补助资金", // a project name that looks like a money label: still the value
            "主管部门",
            "某县交通运输局",
            "项目资金（万元）",
            "年度资金总额",
            "320",
            "",
            "其中：财政拨款",
            "300",
            "",
            "年度绩效目标",
            "完成县乡道养护320公里。",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "备注",
            "产出指标",
            "数量指标",
            "养护里程",
            "≥320公里",
            "",
            "",
            "质量指标",
            "路况优良率",
            "≥80%",
            "抽检",
            "效益指标",
            "社会效益指标",
            "群众出行条件",
            "改善", // the 备注 cell merged into 指标值: the row is one line short
            "满意度指标",
            "服务对象满意度指标",
            "群众满意度",
            "≥90%",
            "",
            "");

    private static List<List<String>> rows(String text) {
        return CellLines.read(Lines.split(text)).stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void rowsAreRunsOfTheHeadingsWidth() {
        List<List<String>> rows = rows(EXPORT);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "指标值", "备注")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "养护里程", "≥320公里", "")), rows.toString());
        assertTrue(rows.contains(List.of("", "质量指标", "路况优良率", "≥80%", "抽检")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "群众出行条件", "改善")), "a short row: " + rows);
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "")), rows.toString());
        assertTrue(rows.contains(List.of("项目名称", "农村公路养护补助资金")), rows.toString());
        assertTrue(rows.contains(List.of("年度资金总额", "320")), rows.toString());
        assertTrue(rows.contains(List.of("年度绩效目标", "完成县乡道养护320公里。")), rows.toString());
    }

    @Test
    void detectedAndReadEndToEnd() throws Exception {
        assertEquals(Format.CELL_PER_LINE, Detector.detect(EXPORT, "t.txt"));
        assertTrue(CellLines.mayHold(EXPORT));
        assertFalse(CellLines.mayHold("一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 养护里程 ≥320公里"),
                "heading words sharing a line: not this export, and the text is not split to ask");
        List<Sheet> sheets = Zhibiao.reader().read(EXPORT, "t.txt");
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals("农村公路养护补助资金", s.project());
        assertEquals(4, s.indicators().size(), s.indicators().toString());
        assertEquals("质量指标", s.indicators().get(1).level2());
        assertEquals("产出指标", s.indicators().get(1).level1());
        assertEquals("≥80%", s.indicators().get(1).value());
        assertEquals("改善", s.indicators().get(2).value());
    }

    @Test
    void aLeadColumnOfJoinedLevelsAndLabelsWithTheirValuesOnOneLine() {
        String text = String.join("\n", "2024年度项目支出绩效目标表", "项目名称：高标准农田建设资金",
                "项目资金（万元）：年度资金总额 1500　其中：财政拨款 1200", "绩效指标", "指标内容", "指标值",
                "产出指标—数量指标", "新建高标准农田面积", "≥2万亩", "产出指标—质量指标", "工程验收合格率", "100%",
                "满意度指标—服务对象满意度指标", "农户满意度", "≥90%");
        List<List<String>> rows = rows(text);
        assertTrue(rows.contains(List.of("产出指标—质量指标", "工程验收合格率", "100%")), rows.toString());
        // a label and its value on one line stay a line of prose (core reads its pairs), not a label row
        assertTrue(rows.contains(List.of("项目资金（万元）：年度资金总额 1500　其中：财政拨款 1200")), rows.toString());
    }

    @Test
    void aBudgetTextsBlocksAndNumberedParagraphs() {
        String text = String.join("\n", "1、城乡居民医疗保险县级配套资金绩效目标表", "单位：元", "项目名称",
                "城乡居民医疗保险县级配套资金", "预算规模及资金用途", "预算数", "30160000.00", "其中：财政资金",
                "30160000.00", "其他资金", " ", "", "资金支出计划（%）", "3月底", "6月底", "12月底", "", "25.00", "50.00",
                "100.00", "总体目标完成情况", "总体目标", "全年实际完成情况", "", "目标1：巩固参保率。", "目标2：稳步提高保障水平。",
                "基本完成", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "参保率", "≥95%",
                "满意度指标", "政策知晓率", "参保群众政策知晓率", "普遍知晓");
        List<List<String>> rows = rows(text);
        // the project's name ends like a money label, but a label before it takes it as its value
        assertTrue(rows.contains(List.of("项目名称", "城乡居民医疗保险县级配套资金")), rows.toString());
        // the money block's pairs stay on its row
        assertTrue(rows.contains(List.of("预算规模及资金用途", "预算数", "30160000.00", "其中：财政资金", "30160000.00", "其他资金")),
                rows.toString());
        // periods are headings, the shares the row below
        assertTrue(rows.contains(List.of("资金支出计划（%）", "3月底", "6月底", "12月底")), rows.toString());
        assertTrue(rows.contains(List.of("", "25.00", "50.00", "100.00")), rows.toString());
        // numbered paragraphs are one cell; the headings over them a row
        assertTrue(rows.contains(List.of("总体目标完成情况", "总体目标", "全年实际完成情况")), rows.toString());
        assertTrue(rows.contains(List.of("", "目标1：巩固参保率。\n目标2：稳步提高保障水平。", "基本完成")), rows.toString());
        // a level-2 category the vocabulary does not know, under a level-1 label, is still a row
        assertTrue(rows.contains(List.of("满意度指标", "政策知晓率", "参保群众政策知晓率", "普遍知晓")), rows.toString());
    }

    @Test
    void blocksSeparatedByBlankLinesAreNotThisExport() {
        // a web page's table copied as text: each row a block, a blank line after it
        String blocks = String.join("\n", "项目支出绩效目标表", "", "一级指标", "二级指标", "三级指标", "指标值", "",
                "产出指标", "数量指标", "养护里程", "≥320公里", "", "产出指标", "质量指标", "路况优良率", "≥80%", "",
                "效益指标", "社会效益指标", "群众出行条件", "改善", "");
        assertFalse(CellLines.looksLike(Lines.split(blocks)));
    }

    @Test
    void aHeadingOfTwoRowsWithAnUnknownHeadingWord() {
        // a monitoring sheet: 偏差原因分析 over four choices and 完成目标可能性 (no column the vocabulary knows)
        // over three, the choices printed in a second heading row under empty lines for the other headings
        String text = String.join("\n", "项目支出绩效目标执行监控表", "项目名称", "校舍维修", "一级指标", "二级指标", "三级指标",
                "年度指标值", "1-7月执行情况", "偏差原因分析", "完成目标可能性", "", "", "", "", "", "经费保障", "制度保障",
                "人员保障", "其他", "确定能", "有可能", "完全不可能", "产出指标", "数量指标", "维修学校数", "30所", "14所",
                "", "", "", "", "√", "", "", "", "时效指标", "完工时间", "12月底前", "按进度推进", "√", "", "", "", "", "√", "",
                "效益指标", "社会效益指标", "隐患消除率", "≥95%", "50%", "", "", "", "", "√", "", "");
        List<List<String>> rows = rows(text);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "偏差原因分析", "", "", "",
                "完成目标可能性", "", "")), "the heading widened over the choices, each span cut where its words are: " + rows);
        assertTrue(rows.contains(List.of("", "", "", "", "", "经费保障", "制度保障", "人员保障", "其他", "确定能", "有可能", "完全不可能")),
                rows.toString());
        assertTrue(rows.contains(List.of("", "时效指标", "完工时间", "12月底前", "按进度推进", "√", "", "", "", "", "√", "")), rows.toString());
        assertTrue(CellLines.looksLike(Lines.split(text)));
    }

    @Test
    void moneyColumnsWithTheirLetters() {
        String text = String.join("\n", "项目支出绩效目标执行监控表", "项目资金（万元）", "", "全年预算数（A）", "1-7月执行数（B）",
                "1-7月执行率（B/A）", "", "年度资金总额", "2000", "900", "45%", "一级指标", "二级指标", "三级指标", "指标值",
                "产出指标", "数量指标", "维修学校数", "30所", "效益指标", "社会效益指标", "隐患消除率", "≥95%");
        List<List<String>> rows = rows(text);
        assertTrue(rows.contains(List.of("项目资金（万元）", "全年预算数（A）", "1-7月执行数（B）", "1-7月执行率（B/A）")), rows.toString());
    }
}
