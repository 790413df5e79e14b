package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A template's placeholders left in a sheet: the columns' heading words printed in the indicator rows
 * ({@code 具体指标 | 指标值}), a goal that is its number only ({@code 目标2：……}), and a template with no
 * indicator filled in at all. Sheets written for the test (rows built as in {@link RecoveryTest#doc}).
 */
class TemplatePlaceholdersTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static long count(Sheet s, String code) {
        return s.diagnostics().stream().filter(d -> d.code().equals(code)).count();
    }

    @Test
    void headingWordsLeftInTheRowsAreNoIndicators() {
        Sheet s = recover(
                "2026年度项目支出绩效目标表",
                "| 项目名称 | 乡镇图书室图书更新 | | | |",
                "| 主管部门 | 某县文化旅游局 | | 实施单位 | 某县图书馆 |",
                "| 年度绩效目标 | 目标1：为30个乡镇图书室更新图书。 目标2：…… | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注 |",
                "| 产出指标 | 数量指标 | 更新图书册数 | ≥1.5万册 | |",
                "| | | 具体指标 | 指标值 | |",
                "| | 质量指标 | 图书验收合格率 | 100% | |",
                "| | 时效指标 | 具体指标 | 指标值 | |",
                "| 满意度指标 | 服务对象满意度指标 | 读者满意度 | ≥90% | |",
                "| | | 具体指标 | 指标值 | |").get(0);
        List<String> names = s.indicators().stream().map(Indicator::name).toList();
        assertEquals(List.of("更新图书册数", "图书验收合格率", "读者满意度"), names);
        assertEquals("质量指标", s.indicators().get(1).level2());
        assertEquals(List.of("为30个乡镇图书室更新图书。"), s.goals());
        assertEquals(2, count(s, "placeholder-row"), s.diagnostics().toString());
        assertEquals(1, count(s, "placeholder-label"), s.diagnostics().toString());
        assertEquals(1, count(s, "placeholder-goal"), s.diagnostics().toString());
    }

    @Test
    void aTemplateWithNoIndicatorFilledInIsReadAsABlankTemplate() {
        List<Sheet> sheets = recover(
                "项目支出绩效目标表",
                "| 项目名称 | | | |",
                "| 主管部门 | | 实施单位 | |",
                "| 年度绩效目标 | 目标1： 目标2： …… | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 具体指标 | 指标值 |",
                "| | | …… | |",
                "| | 质量指标 | 指标1： | |",
                "| 满意度指标 | 服务对象满意度指标 | 具体指标 | 指标值 |");
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals("项目支出绩效目标表", s.title());
        assertTrue(s.indicators().isEmpty(), s.indicators().toString());
        assertTrue(s.goals().isEmpty(), s.goals().toString());
        assertEquals(1, count(s, "blank-template"), s.diagnostics().toString());
        assertEquals(4, count(s, "placeholder-row") + count(s, "placeholder-label"), s.diagnostics().toString());
    }

    @Test
    void aRowOfHeadingWordsUnderTheHeadingIsStillTheHeadingsTail() {
        Sheet s = recover(
                "项目支出绩效目标表",
                "| 项目名称 | 甲 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| | | 指标名称 | 指标值 |",
                "| 产出指标 | 数量指标 | 培训人次 | ≥200人次 |").get(0);
        assertEquals(1, s.indicators().size(), s.indicators().toString());
        assertEquals(0, count(s, "placeholder-row") + count(s, "placeholder-label"), s.diagnostics().toString());
    }
}
