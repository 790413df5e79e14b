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
 * Plain pdftotext of whole disclosures (session 36, plaintxt38): a two-row group's labels printed at its middle. Read
 * first by plaintxt38's level1-before-value rule, then (after session 36's merge) by plain38's category fits before that
 * rule was asked; the rule, reached by no plain text of the corpus, was removed in session 37 (plain39) and this test
 * keeps the outcome. The sheet is disclosures-t70 d11's second, as pdftotext printed it: {@code
 * 对健全医疗保障制度体系的作用 / 政策知晓率 / 满意度指标 / 成效明显 / ≥80.00(%) / 服务对象满意度指标 / 工作满意度 / ≥85.00(%)}; the
 * level-1 label printed after 政策知晓率's name and before its value puts that row in the satisfaction group.
 */
class PdfTextTwoRowGroupMiddleTest {

    private static Indicator named(Sheet s, String name) {
        for (Indicator i : s.indicators()) {
            if (name.equals(i.name())) {
                return i;
            }
        }
        return null;
    }

    private static Sheet read(String text) throws Exception {
        List<Sheet> sheets = Readers.read(text, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    @Test
    void aRowWhoseLevelOneLabelWasPrintedBeforeItsValueOpensTheGroup() throws Exception {
        Sheet s = read(SHEET);
        String all = s.indicators().toString();
        assertEquals(10, s.indicators().size(), all);
        Indicator known = named(s, "政策知晓率");
        assertNotNull(known, all);
        assertEquals("≥80.00(%)", known.value(), all);
        assertEquals("满意度指标", known.level1(), all);
        assertEquals("服务对象满意度指标", known.level2(), all);
        assertEquals("服务对象满意度指标", named(s, "工作满意度").level2(), all);
        // the group above keeps its two rows
        assertEquals("可持续影响指标", named(s, "对健全医疗保障制度体系的作用").level2(), all);
        assertEquals("可持续影响指标", named(s, "对健全社会救助体系的影响").level2(), all);
        // plaintxt38's rule read this sheet (pdftotext-level1-before-value); merged with plain38's category fits (知晓率
        // with a percent suits 满意度), the dealing reads it right: the levels above are the outcome
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("pdftotext-level1-before-value")), s.diagnostics().toString());
    }

    private static final String SHEET = String.join("\n",
            "\f财政项目支出绩效目标申报表",
            "（2019 年度）",
            "",
            "项目名称",
            "",
            "医疗救助补助资金",
            "",
            "主管部门",
            "",
            "[764]平江县文化和旅",
            "",
            "及代码",
            "",
            "游局",
            "",
            "项目属性",
            "",
            "经常性项目",
            "",
            "项目资金",
            "（元）",
            "",
            "实施单位",
            "",
            "平江县文化和旅游服务中心",
            "",
            "项目期",
            "",
            "3年",
            "",
            "项目资金总额",
            "",
            "18,150,000.00",
            "",
            "年度资金申请总额",
            "",
            "18,150,000.00",
            "",
            "其中：当年财政拨款",
            "",
            "16,335,000.00",
            "",
            "上年结转资金",
            "",
            "1,815,000.00",
            "",
            "项目总目标",
            "",
            "年度总体目标",
            "",
            "1、持续实施重特大疾病医疗救助",
            "1、持续实施重特大疾病医疗救助",
            "2、重点对象住院政策范围内个人自负医疗费用",
            "大病保险起付线以上部分年度限额内救助比例",
            "",
            "2、重点对象住院政策范围内个人自负医疗费",
            "",
            "达到 70%",
            "",
            "用大病保险起付线以上部分年度限额内救助比",
            "",
            "总体目标",
            "",
            "例达到 70%",
            "3、年度救助对象人次规模与上年持平",
            "3、年度救助对象人次规模与上年持平",
            "4、强化医疗救助规范管理。",
            "4、强化医疗救助规范管理。",
            "5、建立健全长效机制，巩固项目实施成效。",
            "绩效指标",
            "",
            "一级指标",
            "产出指标",
            "",
            "二级指标",
            "",
            "数量指标",
            "",
            "质量指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "重特大疾病医疗救助人次占直接救",
            "",
            "≥28.0",
            "",
            "助人次比例",
            "",
            "0(%)",
            "",
            "重点对象住院政策范围内个人自负",
            "",
            "≥70.0",
            "",
            "医疗费用大病保险起付线以上部分",
            "",
            "0(%)",
            "",
            "年度限额内救助比例",
            "",
            "\f时效指标",
            "",
            "“一站式”即时结算覆盖地区",
            "",
            "医疗救助对象覆盖范围",
            "",
            "社会效益指标",
            "",
            "效益指标",
            "",
            "困难群众看病就医方便程度",
            "",
            "困难群众医疗费用负担减轻程度",
            "",
            "对健全社会救助体系的影响",
            "",
            "不低于",
            "上年",
            "逐步扩",
            "大",
            "明显提",
            "高",
            "有效缓",
            "解",
            "成效明",
            "显",
            "",
            "可持续影响指标",
            "对健全医疗保障制度体系的作用",
            "",
            "政策知晓率",
            "满意度指标",
            "",
            "成效明",
            "显",
            "≥80.0",
            "",
            "0(%)",
            "",
            "服务对象满意度指标",
            "工作满意度",
            "",
            "≥85.0",
            "",
            "0(%)",
            "",
            "\f");
}
