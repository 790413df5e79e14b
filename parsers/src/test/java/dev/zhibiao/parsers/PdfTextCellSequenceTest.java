package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of wide indicator tables printed one line a cell, read in the heading's column sequence
 * ({@link PdfTextCellSequence}): two heading cells wrapped side by side and printed interleaved, a target and its
 * actual on one line, a direction column printing operators, the value heading and the columns after it printed
 * after the rows.
 */
class PdfTextCellSequenceTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static boolean noted(Document d, String words) {
        return d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.message().contains(words));
    }

    @Test
    void interleavedHeadingWordsAndATargetBesideItsActual() throws Exception {
        String page = String.join("\n\n", "2023 年度项目支出绩效自评表", "项目名称", "乡村教师培训", "主管部门", "某县教育局",
                "一级指标", "二级指标", "三级指标", "年度指标\n实际完成值\n值", "分值", "得分",
                "产出指标", "数量指标", "培训乡村教师人数", "≥500 人 526 人", "20", "20",
                "产出指标", "质量指标", "培训考核合格率", "≥95%", "97%", "20", "20",
                "效益指标", "社会效益指标", "教学能力提升教师", "≥300 人", "288 人", "20", "16") + "\n";
        Document d = PdfTextReader.read(page, "s.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "培训乡村教师人数", "≥500 人", "526 人", "20", "20")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "质量指标", "培训考核合格率", "≥95%", "97%", "20", "20")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "教学能力提升教师", "≥300 人", "288 人", "20", "16")), rows.toString());
        assertTrue(noted(d, "two heading words printed interleaved"), d.notes().toString());
        assertTrue(noted(d, "a target and its actual printed on one line cut"), d.notes().toString());
    }

    @Test
    void aDirectionColumnPrintingOperatorsKeepsThem() throws Exception {
        String page = String.join("\n\n", "2023 年度项目支出绩效目标表", "项目名称", "农村公厕改造", "主管部门", "某县农业农村局",
                "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位",
                "产出指标", "数量指标", "改造农村公厕座数", "≥", "45", "座",
                "产出指标", "质量指标", "改造验收合格率", "=", "100", "%",
                "效益指标", "社会效益指标", "卫生厕所普及率", "≥", "85", "%") + "\n";
        Document d = PdfTextReader.read(page, "d.txt");
        List<List<String>> rows = tableRows(d);
        List<String> first = rows.stream().filter(r -> r.contains("改造农村公厕座数")).findFirst().orElseThrow();
        assertEquals("≥", first.get(3), rows.toString());
        assertTrue(first.get(4).startsWith("45"), rows.toString());
        List<String> last = rows.stream().filter(r -> r.contains("卫生厕所普及率")).findFirst().orElseThrow();
        assertEquals("≥", last.get(3), rows.toString());
        assertTrue(last.get(4).startsWith("85"), rows.toString());
    }

    @Test
    void theValueHeadingPrintedAfterTheRows() throws Exception {
        String page = String.join("\n\n", "2023 年度项目支出绩效自评表", "项目名称", "河道保洁", "主管部门", "某县水务局",
                "一级指标", "二级指标", "三级指标",
                "产出指标", "数量指标", "保洁河道长度", "≥120 公里", "126 公里", "30", "30",
                "产出指标", "质量指标", "保洁考核达标率", "≥90%", "92%", "30", "30",
                "满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥85%", "83%", "20", "18",
                "年初目标值 实际完成值 分值 得分") + "\n";
        Document d = PdfTextReader.read(page, "l.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "分值", "得分")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "保洁河道长度", "≥120 公里", "126 公里", "30", "30")), rows.toString());
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥85%", "83%", "20", "18")), rows.toString());
        assertTrue(noted(d, "after the rows"), d.notes().toString());
    }

    @Test
    void aWrappedHeadingCellsEndAfterItsNeighbourAndPointsBesideAValue() throws Exception {
        String page = String.join("\n\n", "2023 年度项目支出绩效自评表", "项目名称", "残疾人康复服务", "主管部门", "某县残联",
                "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成", "得分", "值",
                "产出指标", "数量指标", "康复服务人数", "20", "≥800 人", "842 人 20",
                "产出指标", "质量指标", "康复训练达标率", "20", "≥85%", "88%", "20",
                "效益指标", "社会效益指标", "家庭照护负担", "20", "有所减轻", "有所减轻 20") + "\n";
        Document d = PdfTextReader.read(page, "p.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "康复服务人数", "20", "≥800 人", "842 人", "20")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "家庭照护负担", "20", "有所减轻", "有所减轻", "20")), rows.toString());
        assertTrue(noted(d, "the points after it printed on one line cut"), d.notes().toString());
    }

    @Test
    void twoPeriodsValuesTheAnnualFirstAndANameWrappedBeforeItsValue() throws Exception {
        String page = String.join("\n\n", "2025 年度项目支出绩效目标表", "项目名称", "农田水利设施改造", "主管部门", "某县水利局",
                "一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值", "备注",
                "产出指标", "数量指标", "新建灌溉泵站\n数量", "12 座", "36 座",
                "产出指标", "时效指标", "年度工程完工时间", "2025 年 11 月底前 2027 年 11 月底前",
                "效益指标", "经济效益指标", "新增有效灌溉面积", "≥3000 亩", "≥9000 亩") + "\n";
        Document d = PdfTextReader.read(page, "m.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值", "备注")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "新建灌溉泵站数量", "12 座", "36 座", "")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "时效指标", "年度工程完工时间", "2025 年 11 月底前", "2027 年 11 月底前", "")),
                rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "经济效益指标", "新增有效灌溉面积", "≥3000 亩", "≥9000 亩", "")), rows.toString());
        assertTrue(noted(d, "a name's wrapped last line joined"), d.notes().toString());
    }

    @Test
    void interleavedWordsNeedTwoHeadingWordsOfDifferentRoles() {
        assertEquals(List.of("年度指标值", "实际完成值"), PdfTextCellSequence.interleaved("年度指标实际完成值值"));
        assertNull(PdfTextCellSequence.interleaved("偏差原因分析及改进措施"));
        assertNull(PdfTextCellSequence.interleaved("全年实际完成值"));
        assertNull(PdfTextCellSequence.interleaved("指标方向权重")); // two words side by side (PdfTextWideTable.together)
        assertNull(PdfTextCellSequence.valueAndActual("20 20"));
        assertEquals(List.of("≥3 个", "4 个"), List.of(PdfTextCellSequence.valueAndActual("≥3 个 4 个")));
        assertEquals(List.of("实际完成值", "得分"), PdfTextCellSequence.interleaved("实际完成得分值"));
        assertNull(PdfTextCellSequence.valueThenPoints("100 95"));
        assertEquals(List.of("≤0.75 万元", "万元"), List.of(PdfTextCellSequence.unitRepeated("≤0.75 万元 万元")));
    }
}
