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
 * Plain pdftotext of whole disclosures (session 31, plaintxt33): the fiscal form's 一级 and 二级 columns printed whole
 * before the first rows (成本指标 / 社会成本指标 / 产出指标 / 数量指标 / 质量指标 / 时效指标, four rows), the labels printed
 * apart further down out of the framework's order, so the 二级 column is read again as a whole: the rows the run dealt
 * keep their labels ({@link PdfTextWholeRun}). The text is a generated disclosure's sheet (disclosures-t70 d2) as
 * pdftotext printed it.
 */
class PdfTextWholeRunTest {

    private static Indicator named(Sheet s, String namePrefix) {
        for (Indicator i : s.indicators()) {
            if (i.name() != null && i.name().startsWith(namePrefix)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void theRowsTheRunDealtKeepTheirLabels() throws Exception {
        List<Sheet> sheets = Readers.read(A, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        Indicator first = named(s, "对健全医疗保障制度体系的影响");
        assertEquals("成本指标", first.level1(), s.indicators().toString());
        assertEquals("社会成本指标", first.level2(), s.indicators().toString());
        Indicator second = named(s, "医疗救助对象人次规模");
        assertEquals("产出指标", second.level1(), s.indicators().toString());
        assertEquals("数量指标", second.level2(), s.indicators().toString());
        assertEquals("时效指标", named(s, "城市内一站式即时结算覆盖").level2(), s.indicators().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-label-run-kept")));
    }

    private static final String A = String.join("\n",
            "财政项目支出绩效目标申报表",
            "（2023 年度）",
            "",
            "项目名称",
            "",
            "城乡医疗救助县级财政补助资金",
            "",
            "主管部门及",
            "",
            "[126]青山区城",
            "",
            "代码",
            "",
            "市管理局",
            "",
            "项目属性",
            "",
            "一次性项目",
            "",
            "实施单位",
            "",
            "青山区城市管理局",
            "",
            "项目期",
            "",
            "1年",
            "244,800,000,000.00",
            "",
            "项目资金总额",
            "年度资金申请总",
            "项目资金",
            "（元）",
            "",
            "244,800,000,000.00",
            "",
            "额",
            "其中：当年财政",
            "",
            "220,320,000,000.00",
            "",
            "拨款",
            "",
            "24,480,000,000.00",
            "",
            "上年结转资金",
            "项目总目标",
            "",
            "总体目标",
            "",
            "年度总体目标",
            "",
            "1、确保困难群众医保有所保障",
            "2、建立健全长效机制，巩固项目",
            "",
            "1、确保困难群众医保有所保障",
            "",
            "实施成效。",
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
            "对健全医疗保障制度体系的",
            "影响",
            "",
            "医疗救助对象人次规模",
            "",
            "重点救助对象自负费用年度",
            "限额内住院救助比例",
            "城市内一站式即时结算覆盖",
            "",
            "指标值",
            "",
            "成效明显",
            "",
            "符合救助条件的对象按规",
            "定纳入救助范围",
            "",
            "≥70.00(%)",
            "",
            "不低于上年",
            "",
            "地区",
            "效益指标",
            "",
            "满意度指标",
            "",
            "社会效益指标",
            "服务对象满意",
            "度指标",
            "",
            "困难群众看病就医方便程度",
            "",
            "明显提高",
            "",
            "政策知晓率",
            "",
            "≥80.00(%)",
            "");
}
