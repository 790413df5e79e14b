package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a self-evaluation whose money block prints a cell (or a few) per paragraph under its
 * column headings 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (tprint24): headings wrapped side by
 * side ({@code 全年预算 全年执行 / 分值 / 数 / 数}), a row's rate printed before its executed amount, which
 * comes after the goals' label printed amid the block; the total's label printed after the rows. Each item
 * reads its budget (全年预算数), executed amount and rate. Made-up sheets.
 */
class PdfTextMoneyColumnsTest {

    private static final String TABLE = String.join("\n\n", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
            "分值", "得分",
            "产出指标", "数量指标", "修缮文物点数量", "≥12 处", "12 处", "30", "30",
            "效益指标", "社会效益指标", "文物安全状况", "明显改善", "明显改善", "30", "30",
            "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "30", "30") + "\n\f";

    private static Sheet read(String head) throws Exception {
        List<Sheet> sheets = Readers.read(head + "\n\n" + TABLE, "t.txt", Format.PDFTOTEXT, Limits.defaults());
        return sheets.stream().filter(x -> !x.indicators().isEmpty()).findFirst().orElseThrow();
    }

    private static void assertItem(Sheet s, String label, String budget, String executed, String rate) {
        FundingItem i = s.funding().items().stream().filter(x -> label.equals(x.label())).findFirst().orElse(null);
        assertNotNull(i, label + " lost: " + s.funding() + " remnants " + s.remnants());
        assertEquals(0, new BigDecimal(budget).compareTo(i.budget()), i.toString());
        assertEquals(0, new BigDecimal(executed).compareTo(i.executed()), i.toString());
        assertEquals(0, new BigDecimal(rate).compareTo(i.rate()), i.toString());
    }

    @Test
    void figuresUnderWrappedHeadingsAndAfterTheGoalsLabel() throws Exception {
        Sheet s = read(String.join("\n\n", "项目支出绩效自评表", "（2024 年度）", "项目名称", "文物保护修缮补助",
                "项目资金\n（万元）", "年初预算数", "全年预算 全年执行\n分值\n数\n数", "执行率", "得分",
                "年度资金总额", "300", "320 310 10", "96.88%", "9.7",
                "其中：财政拨款", "280", "300\n290", "—", "96.67%", "—",
                "其他资金", "20", "20", "100%", "—",
                "年度总体目\n预期目标\n标", "20", "—", "实际完成情况",
                "完成 12 处文物点修缮。", "完成 12 处文物点修缮，文物安全状况明显改善。"));
        assertItem(s, "年度资金总额", "320", "310", "96.88");
        assertItem(s, "财政拨款", "300", "290", "96.67");
        assertItem(s, "其他资金", "20", "20", "100");
        assertEquals("万元", s.funding().unit());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-money-columns")), s.diagnostics().toString());
    }

    @Test
    void theTotalsLabelPrintedAfterTheRows() throws Exception {
        Sheet s = read(String.join("\n\n", "部门整体支出绩效自评表", "（2024 年度）", "部门名称", "某县文化和旅游局",
                "年度预算\n（万元）", "年初预算数", "全年预算\n数", "全年执行数 分值 执行率 得分",
                "900", "950", "940", "10", "98.95%", "9.9",
                "其中：基本支出", "600", "620", "620", "—", "100% —",
                "项目支出", "300", "330", "320", "—", "96.97% —",
                "年度资金总额\n按支出性质分：", "年度总体目标", "完成年度文物保护任务。"));
        assertItem(s, "年度资金总额", "950", "940", "98.95");
        assertItem(s, "基本支出", "620", "620", "100");
        assertItem(s, "项目支出", "330", "320", "96.97");
        assertTrue(s.remnants().contains("按支出性质分："), s.remnants().toString());
    }
}
