package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of whole disclosures (session 32, plaintxt34): the 一级 and 二级 columns printed whole before the
 * first four rows (成本指标 / 社会成本指标 / 产出指标 / 数量指标 / 质量指标 / 时效指标), the labels printed apart further
 * down out of the framework's order, so the 二级 column is read again as a whole; that reading gave the cost row
 * 数量指标 and the 到位率 row 质量指标. Every row the run dealt prints a name and a value, so the run's labels stand
 * ({@link PdfTextSoundRun}). The text is a generated disclosure's sheet (disclosures-t91 d6) as pdftotext printed it.
 */
class PdfTextSoundRunTest {

    private static Indicator named(Sheet s, String namePrefix) {
        for (Indicator i : s.indicators()) {
            if (i.name() != null && i.name().startsWith(namePrefix)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void aRunOverRowsWithValuesKeepsItsLabels() throws Exception {
        List<Sheet> sheets = Readers.read(A, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        Indicator first = named(s, "对离休干部和建老人员医疗待遇保障");
        assertEquals("成本指标", first.level1(), s.indicators().toString());
        assertEquals("社会成本指标", first.level2(), s.indicators().toString());
        assertEquals("数量指标", named(s, "补助对象范围人次规模").level2(), s.indicators().toString());
        assertEquals("质量指标", named(s, "补助对象政策内住院报销比例").level2(), s.indicators().toString());
        Indicator fourth = named(s, "当年各级财政补助资金到位率");
        assertEquals("产出指标", fourth.level1(), s.indicators().toString());
        assertEquals("时效指标", fourth.level2(), s.indicators().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-label-run-sound")));
    }

    private static final String A = String.join("\n",
            "部门预算项目支出绩效目标表",
            "（2023 年度）",
            "",
            "项目名称",
            "",
            "离休伤残人员县级财政补助资金",
            "",
            "主管部门及",
            "",
            "[155]宁乡区市场监督",
            "",
            "代码",
            "",
            "管理局",
            "",
            "项目属性",
            "",
            "一次性项目",
            "",
            "项目资金",
            "（元）",
            "",
            "实施单位",
            "",
            "宁乡区市场监督管理局",
            "",
            "项目期",
            "",
            "3年",
            "",
            "项目资金总额",
            "",
            "21,160,000,000.00",
            "",
            "年度资金申请总额",
            "",
            "21,160,000,000.00",
            "",
            "其中：当年财政拨款",
            "",
            "21,160,000,000.00",
            "",
            "上年结转资金",
            "",
            "0.00",
            "",
            "项目总目标",
            "",
            "总体目标",
            "",
            "年度总体目标",
            "",
            "1、补助对象医药费按规定实报实销",
            "2、建立健全长效机制，巩固项目实施成",
            "",
            "1、补助对象医药费按规定实报实销",
            "",
            "效。",
            "绩效指标",
            "",
            "一级指标",
            "",
            "二级指标",
            "",
            "成本指标",
            "",
            "社会成本指标",
            "",
            "产出指标",
            "",
            "数量指标",
            "",
            "质量指标",
            "",
            "时效指标",
            "",
            "三级指标",
            "对离休干部和建老人员医疗",
            "待遇保障",
            "",
            "补助对象范围人次规模",
            "",
            "补助对象政策内住院报销比",
            "例",
            "当年各级财政补助资金到位",
            "率",
            "",
            "指标值",
            "",
            "成效明显",
            "",
            "按文件完成补助",
            "人次",
            "",
            "按规定实报实销",
            "",
            "=100.00(%)",
            "",
            "\f效益指标",
            "",
            "满意度指标",
            "",
            "社会效益指标",
            "",
            "服务对象满意度",
            "指标",
            "",
            "补助对象医疗费用负担减轻",
            "程度",
            "",
            "工作满意度",
            "",
            "有效缓解",
            "",
            "≥85.00(%)",
            "");
}
