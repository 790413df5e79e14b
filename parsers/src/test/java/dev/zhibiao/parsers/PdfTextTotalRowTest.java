package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a self-evaluation whose last row's labels and target are printed after its other cells,
 * beside the total row's label (tprint22): {@code 学生满意度 / 91% / 20 / 19 / 满意度指标 服务对象满意度指标 / 总分 /
 * ≥90%}. The labels and the target go back to the last row; 总分 is no indicator, kept as a remnant.
 */
class PdfTextTotalRowTest {

    private static final String TEXT = String.join("\n\n", "部门整体支出绩效自评表", "（2024 年度）", "部门名称 某县教育局",
            "年度总体目\n预期目标\n标", "实际完成情况", "完成义务教育阶段学校校舍\n维修改造 12 所。",
            "完成义务教育阶段学校校舍维修改造 12 所，\n验收合格率 100%。\n年度指标\n值",
            "一级指标", "二级指标", "三级指标",
            "产出指标", "数量指标", "校舍维修改造\n≥12 所\n学校数量", "12 所", "20", "20",
            "产出指标", "质量指标", "工程验收合格率 100%", "100%", "30", "30",
            "效益指标", "社会效益指标", "办学条件\n明显改善\n改善情况", "明显改善", "30", "30",
            "学生满意度", "91%", "20", "19", "满意度指标 服务对象满意度指标", "总分", "≥90%",
            "实际完成值 分值 得分", "100 99", "偏差原因分析及改进\n措施") + "\n\f";

    @Test
    void cellsPrintedOnTheirNamesLineAreSplitOff() throws Exception {
        // a row's value, actual and points printed on its name's line, one space apart; its score on the next
        String text = TEXT.replace("办学条件\n明显改善\n改善情况\n\n明显改善\n\n30\n\n30", "办学条件改善 明显改善 明显改善 30\n\n30");
        assertTrue(!text.equals(TEXT));
        List<Sheet> sheets = Readers.read(text, "t.txt", Format.PDFTOTEXT, Limits.defaults());
        Sheet s = sheets.stream().filter(x -> !x.indicators().isEmpty()).findFirst().orElseThrow();
        List<String> names = s.indicators().stream().map(Indicator::name).toList();
        Indicator row = s.indicators().stream().filter(i -> "办学条件改善".equals(i.name())).findFirst().orElse(null);
        assertNotNull(row, "the name's line not split: " + names);
        assertEquals("明显改善", row.value());
        assertEquals("明显改善", row.actual());
        Indicator last = s.indicators().stream().filter(i -> "学生满意度".equals(i.name())).findFirst().orElse(null);
        assertNotNull(last, "the last row is lost: " + names);
        assertEquals("≥90%", last.value());
        assertEquals(4, s.indicators().size(), names.toString());
    }

    @Test
    void theTotalRowGivesTheLastRowItsLabelsAndTarget() throws Exception {
        List<Sheet> sheets = Readers.read(TEXT, "t.txt", Format.PDFTOTEXT, Limits.defaults());
        Sheet s = sheets.stream().filter(x -> !x.indicators().isEmpty()).findFirst().orElseThrow();
        List<String> names = s.indicators().stream().map(Indicator::name).toList();
        assertTrue(!names.contains("总分"), "总分 read as an indicator: " + names);
        Indicator last = s.indicators().stream().filter(i -> "学生满意度".equals(i.name())).findFirst().orElse(null);
        assertNotNull(last, "the last row is lost: " + names);
        assertEquals("满意度指标", last.level1());
        assertEquals("服务对象满意度指标", last.level2());
        assertEquals("≥90%", last.value());
        assertEquals("91%", last.actual());
        assertEquals(4, s.indicators().size(), names.toString());
        assertTrue(s.remnants().contains("总分"), "总分 not kept: " + s.remnants());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.message().contains("printed beside the total row")),
                s.diagnostics().toString());
    }

    @Test
    void theTotalRowsNameColumnIsTheHeadingsNotTheThird() {
        assertEquals(2, PdfTextTotalRow.nameColumn(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")));
        // a number column first, or one level only: the name stands where the heading puts it
        assertEquals(3, PdfTextTotalRow.nameColumn(List.of("序号", "一级指标", "二级指标", "三级指标", "指标值", "分值")));
        assertEquals(1, PdfTextTotalRow.nameColumn(List.of("一级指标", "三级指标", "指标值", "权重")));
        assertEquals(2, PdfTextTotalRow.nameColumn(List.of("一级指标", "二级指标", "指标值", "权重")));
    }
}
