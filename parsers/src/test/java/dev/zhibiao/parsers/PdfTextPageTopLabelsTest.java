package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a table run onto a new page (Chromium's prints, plain36, issue 17): the new page's label
 * column is printed before its first name, and that row may still belong to the last group of the page before,
 * whose merged cell printed its label on that page only.
 */
class PdfTextPageTopLabelsTest {

    private static final List<String> PAGE_ONE = List.of("部门预算项目支出绩效目标表", "项目名称", "医疗服务与保障能力提升补助资金",
            "绩效指标", "一级指标", "二级指标", "数量指标", "产出指标", "质量指标", "效益指标", "社会效益指标", "三级指标", "指标值",
            "参加医保工作省级新闻发布会次数", "≥2次", "医保信息系统验收合格率", "≥90.00(%)", "医保信息系统正常运行率", "≥90.00(%)",
            "定点医药机构监督检查覆盖率", "=100.00(%)", "参保群众政策知晓率", "普遍知晓", "异地就医直接结算率", "有所提高", "15/17");

    private static String print(List<String> pageTwo, boolean formFeed) {
        return String.join("\n\n", PAGE_ONE) + "\n\n" + (formFeed ? "\f" : "") + String.join("\n\n", pageTwo) + "\n\n"
                + (formFeed ? "\f" : "");
    }

    private static List<List<String>> tableRows(Document d) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : d.rows()) {
            if (r.table()) {
                out.add(r.cells().stream().map(Cell::text).toList());
            }
        }
        return out;
    }

    private static boolean noted(Document d) {
        return d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-page-top-labels"));
    }

    @Test
    void aPagesFirstRowContinuesTheGroupAboveAndTheLabelsGoToTheNextRow() throws Exception {
        Document d = PdfTextReader.read(print(List.of("满意度指标", "服务对象满意度指标", "享受长期护理保险制度待遇的失能老人生活质量",
                "有所提升", "参保人员对医保服务的满意度（%）", "≥90.00(%)", "16/17"), true), "top.txt");
        List<List<String>> rows = tableRows(d);
        // main read the first row of page two under the satisfaction labels printed before it
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "享受长期护理保险制度待遇的失能老人生活质量", "有所提升")), rows.toString());
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "参保人员对医保服务的满意度（%）", "≥90.00(%)")), rows.toString());
        assertTrue(noted(d), d.notes().toString());
    }

    @Test
    void aRowTheLabelsSuitKeepsThemAndOnePageMovesNothing() throws Exception {
        // the page's first row is a satisfaction row: the group opens with it
        Document d = PdfTextReader.read(print(List.of("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%",
                "参保人员对医保服务的满意度（%）", "≥90.00(%)", "16/17"), true), "top.txt");
        assertTrue(tableRows(d).contains(List.of("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%")), tableRows(d).toString());
        assertFalse(noted(d));
        // no form feed: no page is known, nothing is moved
        Document one = PdfTextReader.read(print(List.of("满意度指标", "服务对象满意度指标", "享受长期护理保险制度待遇的失能老人生活质量",
                "有所提升", "参保人员对医保服务的满意度（%）", "≥90.00(%)", "16/17"), false), "top.txt");
        assertFalse(noted(one));
    }
}
