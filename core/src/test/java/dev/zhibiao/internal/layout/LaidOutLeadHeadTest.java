package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lead column's 绩效指标 wrapped in its narrow cell on the heading line ({@code SpacedRows.leadHeadFirst}, layout27). */
class LaidOutLeadHeadTest {

    /**
     * The fiscal form printed by Chromium with a page number at each page's foot (furniture_prints.py of disclosures.py
     * seed 271591, d9): the lead column is narrow, so its 绩效指标 prints {@code 绩效指} on the heading line and {@code 标}
     * alone under it. The line was no heading (its first word no heading word), the table was read without its grid and
     * 标 became an indicator, every wrapped name two ({@code 参加医保工作省级新闻发布会、政} / {@code 策吹风会次数}).
     */
    @Test
    void theLeadLabelWrappedUnderTheHeadingLineIsPartOfTheHeading() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "绩效指       一级指标             二级指标                三级指标              指标值",
                "标",
                "                                         参加医保工作省级新闻发布会、政",
                "                                                           ≥2次",
                "                                         策吹风会次数",
                "                      数量指标",
                "                                         参加医保工作政府信息公开省级工",
                "                                                           ≥2次",
                "                                         作会议或培训",
                "                                         医保信息系统验收合格率       ≥90.00(%)",
                "",
                "      产出指标                               医保信息系统正常运行率       ≥90.00(%)",
                "                                         医保信息系统重大安全事件响应时",
                "                                                           ≤60分钟",
                "                      质量指标               间",
                "                                         定点医药机构监督检查覆盖率     =100.00(%)");
        assertEquals("1:绩效指标|一级指标|二级指标|三级指标|指标值", rows.get(0), "rows: " + rows);
        assertTrue(rows.stream().noneMatch(r -> r.endsWith("|标|")), "标 is no row: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("参加医保工作省级新闻发布会、政策吹风会次数|≥2次")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("医保信息系统重大安全事件响应时间|≤60分钟")), "rows: " + rows);
    }

    /** The lead label's head is 绩效 or 绩效指 only: a line led by another word that is no heading stays no heading. */
    @Test
    void onlyTheLeadLabelsHeadLeadsSuchALine() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "资金用       一级指标             二级指标                三级指标              指标值",
                "途",
                "      产出指标      数量指标                 参保人数                    ≥100人");
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("1:资金用途|一级指标")), "rows: " + rows);
    }
}
