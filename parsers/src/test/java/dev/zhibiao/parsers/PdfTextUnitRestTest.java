package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of Chromium's prints (session 37, plain39, issue 17): a name's bracketed unit printed alone as the last
 * line of the name's paragraph ({@link PdfTextUnitRest}). The sheet is made up for the test: a small target sheet whose
 * money block prints 项目资金 / （元） and whose cost row prints {@code 基层文化骨干每人培训补助标准 / (元)}.
 */
class PdfTextUnitRestTest {

    private static Sheet read(String text) throws Exception {
        List<Sheet> sheets = Readers.read(text, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size(), sheets.toString());
        return sheets.get(0);
    }

    private static String sheet(String costName) {
        return SHEET.replace("每人培训补助标准", costName);
    }

    @Test
    void aUnitAloneUnderANameIsTheNamesRest() throws Exception {
        Sheet s = read(sheet("基层文化骨干每人培训补助标准\n(元)"));
        String all = s.indicators().toString();
        // main (6e3d322c): a row 基层文化骨干每人培训补助标准 with no value, a row (元) | 150 元, and the two rows under it
        // given (元) as their level 1
        assertEquals(7, s.indicators().size(), all);
        Indicator cost = s.indicators().get(3);
        assertEquals("基层文化骨干每人培训补助标准(元)", cost.name(), all);
        assertEquals("150 元", cost.value(), all);
        assertEquals("成本指标", cost.level2(), all);
        for (Indicator i : s.indicators()) {
            assertFalse(i.name().equals("(元)") || "(元)".equals(i.level1()), all);
        }
        assertEquals("成本指标", s.indicators().get(5).level2(), all);
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-unit-rest")), s.diagnostics().toString());
        // the money block's own caption 项目资金 / （元） keeps its unit
        assertNotNull(s.funding(), s.toString());
        assertEquals("元", s.funding().unit(), s.toString());
    }

    @Test
    void aNameOnOneLineIsNotNoted() throws Exception {
        Sheet s = read(sheet("每人培训补助标准"));
        assertEquals(7, s.indicators().size(), s.indicators().toString());
        assertEquals("每人培训补助标准", s.indicators().get(3).name());
        assertFalse(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-unit-rest")), s.diagnostics().toString());
    }

    @Test
    void onlyAUnitAloneAtTheParagraphsEndUnderAnIndicatorsName() {
        PdfTextReader.Frag name = new PdfTextReader.Frag("基层文化骨干每人培训补助标准", 10, 3, true, true);
        PdfTextReader.Frag unit = new PdfTextReader.Frag("(元)", 11, 3, true, true);
        PdfTextReader.Frag value = new PdfTextReader.Frag("150 元", 13, 4, true, true);
        assertTrue(PdfTextUnitRest.isRest(name.text(), name, unit, value));
        assertTrue(PdfTextUnitRest.isRest(name.text(), name, unit, null));
        // the money block's caption (项目资金 / （元）), a short text: not a name's rest
        PdfTextReader.Frag money = new PdfTextReader.Frag("项目资金", 10, 3, true, true);
        assertFalse(PdfTextUnitRest.isRest(money.text(), money, unit, value));
        PdfTextReader.Frag shortText = new PdfTextReader.Frag("补助标准", 10, 3, true, true);
        assertFalse(PdfTextUnitRest.isRest(shortText.text(), shortText, unit, value));
        // the unit in another paragraph, or not its paragraph's last line
        PdfTextReader.Frag apart = new PdfTextReader.Frag("(元)", 12, 5, true, true);
        assertFalse(PdfTextUnitRest.isRest(name.text(), name, apart, value));
        PdfTextReader.Frag more = new PdfTextReader.Frag("人均", 12, 3, true, true);
        assertFalse(PdfTextUnitRest.isRest(name.text(), name, unit, more));
        // another word than a money unit
        PdfTextReader.Frag words = new PdfTextReader.Frag("(人)", 11, 3, true, true);
        assertFalse(PdfTextUnitRest.isRest(name.text(), name, words, value));
    }

    private static final String SHEET = String.join("\n",
            "项目支出绩效目标表",
            "（2023 年度）",
            "",
            "项目名称",
            "",
            "乡村文化培训补助经费",
            "",
            "主管部门",
            "",
            "县文化馆",
            "",
            "实施单位",
            "",
            "县文化馆",
            "",
            "项目资金",
            "（元）",
            "",
            "项目资金总额",
            "",
            "120,000.00",
            "",
            "年度目标",
            "",
            "目标 1：完成基层文化骨干培训。",
            "",
            "绩效指标",
            "",
            "一级指标 二级指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "产出指标",
            "",
            "数量指标",
            "",
            "培训人数(人)",
            "",
            "≥300 人",
            "",
            "发放培训手册数量(册)",
            "",
            "≥2000 册",
            "",
            "质量指标",
            "",
            "培训考核合格率(%)",
            "",
            "≥90%",
            "",
            "成本指标",
            "",
            "每人培训补助标准",
            "",
            "150 元",
            "",
            "每册手册印刷成本",
            "",
            "8 元",
            "",
            "每场培训场地租赁费用",
            "满意度指 服务对象满意度",
            "参训人员满意度(%)",
            "标",
            "指标",
            "",
            "600 元",
            "≥95%",
            "");
}
