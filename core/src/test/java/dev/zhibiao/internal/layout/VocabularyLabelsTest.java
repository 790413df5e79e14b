package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the vocabulary calls a printed label: a header label (known, or shaped like one: at most 16
 * characters, no digit, no office name), a goals label and which kind, the money block's label and
 * its unit, a money line label, the indicator block's label, a category.
 */
class VocabularyLabelsTest {

    static Arguments row(String printed, boolean header, boolean goals, boolean midTerm, boolean projectGoals,
            boolean funding, boolean money, String unit, boolean indicatorBlock, String category) {
        return Arguments.of(printed, header, goals, midTerm, projectGoals, funding, money, unit, indicatorBlock, category);
    }

    static Stream<Arguments> labels() {
        return Stream.of(
            row("项目名称", true, false, false, false, false, false, null, false, null),
            row("实施单位:", true, false, false, false, false, false, null, false, null),
            row("主管部门：", true, false, false, false, false, false, null, false, null),
            row("甲乙丙丁戊己庚辛壬癸甲乙丙单位", true, false, false, false, false, false, null, false, null),
            row("甲乙丙丁戊己庚辛壬癸甲乙丙丁单位", true, false, false, false, false, false, null, false, null),
            row("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊单位", false, false, false, false, false, false, null, false, null),
            row("卫生局单位", false, false, false, false, false, false, null, false, null),
            row("第1单位", false, false, false, false, false, false, null, false, null),
            row("医疗中心单位", false, false, false, false, false, false, null, false, null),
            row("人民医院单位", false, false, false, false, false, false, null, false, null),
            row("财政厅单位", false, false, false, false, false, false, null, false, null),
            row("", false, false, false, false, false, false, null, false, null),
            row("年度目标", false, true, false, false, false, false, null, false, null),
            row("年度总体目标", false, true, false, false, false, false, null, false, null),
            row("中期目标", false, true, true, true, false, false, null, false, null),
            row("项目总目标", false, true, false, true, false, false, null, false, null),
            row("总目标", false, true, false, true, false, false, null, false, null),
            row("长期目标", false, true, false, true, false, false, null, false, null),
            row("实施期目标", false, true, false, true, false, false, null, false, null),
            row("目标1", false, false, false, false, false, false, null, false, null),
            row("完成目标", false, false, false, false, false, false, null, false, null),
            row("甲乙丙丁戊己庚辛目标", false, true, false, false, false, false, null, false, null),
            row("甲乙丙丁戊己庚辛壬目标", false, false, false, false, false, false, null, false, null),
            row("年度中期目标", false, true, true, false, false, false, null, false, null),
            row("资金情况(万元)", false, false, false, false, true, false, "万元", false, null),
            row("项目资金（元）", false, false, false, false, true, false, "元", false, null),
            row("资金来源", false, false, false, false, true, false, null, false, null),
            row("预算资金(亿元)", false, false, false, false, true, false, "亿元", false, null),
            row("资金投入(千元)", false, false, false, false, true, false, "千元", false, null),
            row("年度资金情况", false, false, false, false, true, false, null, false, null),
            row("甲乙丙丁戊己庚辛壬癸甲乙丙丁资金", false, false, false, false, false, false, null, false, null),
            row("资金情况甲乙丙丁戊己庚辛壬癸甲乙丙", false, false, false, false, false, false, null, false, null),
            row("年度资金总额", false, false, false, false, false, true, null, false, null),
            row("其中：财政拨款", false, false, false, false, false, true, null, false, null),
            row("中央补助", false, false, false, false, false, true, null, false, null),
            row("预算数", false, false, false, false, false, true, null, false, null),
            row("甲乙丙丁戊己庚辛壬癸资金", false, false, false, false, false, true, null, false, null),
            row("甲乙丙丁戊己庚辛壬癸甲资金", false, false, false, false, false, false, null, false, null),
            row("绩效指标", false, false, false, false, false, false, null, true, null),
            row("绩效指标:", false, false, false, false, false, false, null, true, null),
            row("产出指标(50分)", false, false, false, false, false, false, null, false, "产出指标"),
            row("产出", false, false, false, false, false, false, null, false, "产出指标"),
            row("满意", false, false, false, false, false, false, null, false, "满意度指标"),
            row("产出指标甲乙丙丁戊己庚辛壬", false, false, false, false, false, false, null, false, null),
            row("产出指标甲乙丙丁戊己庚辛", false, false, false, false, false, false, null, false, null)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void whatALabelIs(String printed, boolean header, boolean goals, boolean midTerm, boolean projectGoals,
            boolean funding, boolean money, String unit, boolean indicatorBlock, String category) {
        assertEquals(header, Vocabulary.isHeaderLabel(printed), "header label");
        assertEquals(goals, Vocabulary.isGoalsLabel(printed), "goals");
        assertEquals(midTerm, Vocabulary.isMidTermGoalsLabel(printed), "mid-term goals");
        assertEquals(projectGoals, Vocabulary.isProjectGoalsLabel(printed), "project goals");
        assertEquals(funding, MoneyVocabulary.isFundingLabel(printed), "money block");
        assertEquals(money, MoneyVocabulary.isMoneyLabel(printed), "money line");
        assertEquals(unit, MoneyVocabulary.fundingUnit(printed), "unit");
        assertEquals(indicatorBlock, Vocabulary.isIndicatorBlockLabel(printed), "indicator block");
        Vocabulary.Category c = Vocabulary.category(printed);
        assertEquals(category, c == null ? null : c.label(), "category");
    }

    @Test
    void aLabelAndItsValueInOneCell() {
        assertEquals("实施单位", Vocabulary.leadingLabel("实施单位 弋阳县医疗保障服务中心"));
        assertEquals("项目名称", Vocabulary.leadingLabel("项目名称 甲"));
        assertNull(Vocabulary.leadingLabel(" 项目名称"));
        assertNull(Vocabulary.leadingLabel("主题 甲"));
        assertNull(Vocabulary.leadingLabel("实施单位"));
        assertNull(Vocabulary.leadingLabel(null));
    }

    /** The words an OCR page is asked for before the engine's orientation detection is (an upside-down page reads as none). */
    @Test
    void sheetWordsOfAPage() {
        org.junit.jupiter.api.Assertions.assertTrue(Vocabulary.printsSheetWords("2019年度绩效目标表"));
        org.junit.jupiter.api.Assertions.assertTrue(Vocabulary.printsSheetWords("一级指标"));
        org.junit.jupiter.api.Assertions.assertTrue(Vocabulary.printsSheetWords("项目名称: 城乡居民"));
        // an upside-down page as the engine read it (scan/h1_000.jpg turned half round)
        org.junit.jupiter.api.Assertions.assertFalse(Vocabulary.printsSheetWords("科灿响六荆 Y 术络咱站产区总条 :5 台避"));
        org.junit.jupiter.api.Assertions.assertFalse(Vocabulary.printsSheetWords("骆导水三"));
        org.junit.jupiter.api.Assertions.assertFalse(Vocabulary.printsSheetWords(""));
        org.junit.jupiter.api.Assertions.assertFalse(Vocabulary.printsSheetWords(null));
    }
}
