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
 * Plain pdftotext of whole disclosures (plaintxt32): a sheet of the 2021 framework whose first group is
 * 成本指标 / 社会成本指标, its labels printed in the run before the heading's 三级指标 with 产出指标 and 效益指标
 * ({@link dev.zhibiao.internal.layout.ApartLabelLevels#costFamilyApart}). The text is a generated disclosure's sheet (disclosures-t91 d1) as pdftotext printed it.
 */
class PdfTextCostLevelTest {

    private static Indicator named(Sheet s, String namePrefix) {
        for (Indicator i : s.indicators()) {
            if (i.name() != null && i.name().startsWith(namePrefix)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void aCostLevelTwoPrintedApartMakesCostLevelOne() throws Exception {
        List<Sheet> sheets = Readers.read(A, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        Indicator first = named(s, "对离休干部和建老人员医疗待");
        assertEquals("成本指标", first.level1(), s.indicators().toString());
        assertEquals("社会成本指标", first.level2(), s.indicators().toString());
        assertTrue(s.indicators().stream().noneMatch(i -> "成本指标".equals(i.level2())), s.indicators().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-cost-level1")));
    }

    private static final String A = String.join("\n",
            "项目支出绩效目标申报表",
            "（2023 年度）",
            "",
            "项目名称",
            "",
            "离休伤残人员县级财政补助资金",
            "",
            "主管部门及代",
            "",
            "[413]宁乡县教育",
            "",
            "码",
            "",
            "局",
            "",
            "项目属性",
            "",
            "经常性项目",
            "",
            "实施单位",
            "",
            "宁乡县教育事务中心",
            "",
            "项目期",
            "",
            "2年",
            "21,160,000,000.00",
            "",
            "项目资金总额",
            "年度资金申请总",
            "项目资金",
            "（元）",
            "",
            "21,160,000,000.00",
            "",
            "额",
            "其中：当年财政",
            "",
            "21,160,000,000.00",
            "",
            "拨款",
            "",
            "0.00",
            "",
            "上年结转资金",
            "项目总目标",
            "",
            "总体目标",
            "",
            "年度总体目标",
            "",
            "1、补助对象医药费按规定实报实销",
            "2、建立健全长效机制，巩固项目实施",
            "",
            "1、补助对象医药费按规定实报实销",
            "",
            "成效。",
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
            "效益指标",
            "",
            "三级指标",
            "对离休干部和建老人员医疗待",
            "遇保障",
            "",
            "指标值",
            "",
            "成效明显",
            "",
            "按文件完成补助",
            "",
            "数量指标",
            "",
            "补助对象范围人次规模",
            "",
            "质量指标",
            "",
            "补助对象政策内住院报销比例",
            "",
            "按规定实报实销",
            "",
            "时效指标",
            "",
            "当年各级财政补助资金到位率",
            "",
            "=100.00(%)",
            "",
            "社会效益指标",
            "",
            "补助对象医疗费用负担减轻程",
            "",
            "有效缓解",
            "",
            "人次",
            "",
            "度",
            "",
            "满意度指标",
            "",
            "服务对象满意度指",
            "标",
            "",
            "工作满意度",
            "",
            "≥85.00(%)",
            "");
}
