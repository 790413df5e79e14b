package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of Chromium's prints (session 38, plain40, issue 17): a worded value printed between a name's two lines
 * ({@code 开展门诊统筹, 实行个人账户的, 向 / 普遍开展 / 门诊统筹过渡}) where the paragraph goes on after the name's rest with a
 * level label or with the next row's name and its value on one line.
 */
class PdfTextValueRoundNameTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String sheet(List<String> middle) {
        List<String> parts = new ArrayList<>(List.of("部门预算项目支出绩效目标表", "项目名称", "医疗救助补助资金",
                "一级指标", "产出指标", "二级指标", "指标值", "数量指标",
                "重特大疾病医疗救助人次占直接救助人\n≥28.00(%)\n次比例", "质量指标"));
        parts.addAll(middle);
        parts.add("三级指标");
        return String.join("\n\n", parts) + "\n";
    }

    private static boolean noted(Document d) {
        return d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-value-round-name"));
    }

    private static List<PdfTextReader.Line> paragraph(String... texts) {
        List<PdfTextReader.Line> in = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(new PdfTextReader.Line(i + 1, texts[i], 0));
        }
        return in;
    }

    private static List<String> texts(List<PdfTextReader.Line> in) {
        return in.stream().map(PdfTextReader.Line::text).toList();
    }

    @Test
    void aWordedValueBetweenANamesLinesBeforeALevelLabelGoesAfterTheName() throws Exception {
        Document d = PdfTextReader.read(sheet(List.of("开展门诊统筹, 实行个人账户的, 向\n普遍开展\n门诊统筹过渡\n时效指标",
                "“一站式”即时结算覆盖地区", "不低于上\n年")), "p.txt");
        List<List<String>> rows = tableRows(d);
        // main (937d3337): 开展门诊统筹, 实行个人账户的, 向普遍开展 | 门诊统筹过渡
        assertTrue(rows.contains(List.of("", "质量指标", "开展门诊统筹, 实行个人账户的, 向门诊统筹过渡", "普遍开展")), rows.toString());
        assertTrue(rows.contains(List.of("", "时效指标", "“一站式”即时结算覆盖地区", "不低于上年")), rows.toString());
        assertTrue(noted(d), d.notes().toString());
    }

    @Test
    void aWordedValueBetweenANamesLinesBeforeTheNextNameWithItsValueGoesAfterTheName() throws Exception {
        Document d = PdfTextReader.read(sheet(List.of("医疗救助对象人次规模", "≥300人次",
                "享受长期护理保险制度待遇的失能老\n有所提升\n人生活质量\n参保人员对医保服务的满意度（%） ≥90.00(%)",
                "时效指标", "“一站式”即时结算覆盖地区", "不低于上\n年")), "p.txt");
        List<List<String>> rows = tableRows(d);
        // main (937d3337): 享受长期护理保险制度待遇的失能老有所提升 | 人生活质量 (the paragraph's widest line measured with the
        // next row's value beside its name, so the first line did not look full)
        assertTrue(rows.contains(List.of("", "", "享受长期护理保险制度待遇的失能老人生活质量", "有所提升")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "参保人员对医保服务的满意度（%）", "≥90.00(%)")), rows.toString());
        assertTrue(noted(d), d.notes().toString());
    }

    @Test
    void theCasesBeforeAreNotNotedAndALongLineAfterTheValueStays() {
        int[] ended = new int[1];
        // the older case (the paragraph ends after the name's rest): moved, not counted as the new cases
        assertEquals(List.of("实行按病种(组)、按人头付费等支", "付方式改革", "逐步推开"),
                texts(PdfTextLineRepairs.valueInsideName(paragraph("实行按病种(组)、按人头付费等支", "逐步推开", "付方式改革"), ended)));
        assertEquals(0, ended[0]);
        // the label after a line longer than a name's rest: that line is another cell, nothing moves
        List<PdfTextReader.Line> in = paragraph("开展门诊统筹, 实行个人账户的, 向", "普遍开展", "门诊统筹过渡工作全面推进", "时效指标");
        assertEquals(texts(in), texts(PdfTextLineRepairs.valueInsideName(in, ended)));
        // a next line whose name part is wider than the first line: the first line is a whole name, nothing moves
        in = paragraph("享受长期护理保险待遇的失能老", "有所提升", "人生活质量", "参保人员对本市医疗保障经办服务的满意度（%） ≥90.00(%)");
        assertEquals(texts(in), texts(PdfTextLineRepairs.valueInsideName(in, ended)));
        assertEquals(0, ended[0]);
        assertEquals("参保人员对医保服务的满意度（%）", PdfTextLineRepairs.namePart("参保人员对医保服务的满意度（%） ≥90.00(%)"));
        assertEquals("开展门诊统筹, 实行个人账户的, 向", PdfTextLineRepairs.namePart("开展门诊统筹, 实行个人账户的, 向"));
    }

    @Test
    void aLongLineAfterTheValueIsNoNamesRestAndNothingIsNoted() throws Exception {
        // the same paragraph with a long line after the value: unchanged, no note
        Document d = PdfTextReader.read(sheet(List.of("开展门诊统筹, 实行个人账户的, 向\n普遍开展\n门诊统筹过渡工作全面推进\n时效指标",
                "“一站式”即时结算覆盖地区", "不低于上\n年")), "p.txt");
        assertFalse(noted(d), d.notes().toString());
    }
}
