package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A browser's print of a table with a basis column right of a narrow value column ({@code pdftotext -layout}): 指标 | 值 and
 * 指标值确定依 | 据 printed a space apart, the basis (根据上级文件 / 或方案) at the rows' top and bottom lines right of the basis
 * heading, nothing before it on its line: it is the basis column's, not the value's ({@code ColumnFit.past}).
 */
class SpacedPastNextHeadingTest {

    /** A budget sheet printed by Chromium (h6_001_budget's second sheet). */
    static final String[] SHEET = {
        "一级指     二级指标       三级指标               绩效指标描述     指标 指标值确定依",
        " 标                                                值    据",
        "产出指                                                      根据上级文件",
        "        质量指标      参保率（%）      已参保人数占应参保人数的比率      ≥85",
        " 标                                                         或方案",
        "",
        "",
        "效果指              城镇居民医保覆盖率   参加医保的城镇居民人数占城镇居民            根据上级文件",
        "       社会效益指标",
        " 标                  （%）           总人数的比率                   或方案",
        "",
        "",
        "满意度    服务对象满意                                            根据上级文件",
        "                  群众满意度       群众满意数量占总数的比例。",
        " 指标      度指标                                               或方案",
    };

    @Test
    void aCellRightOfTheNextHeadingWithNothingBeforeItIsThatColumns() {
        List<String> rows = LaidOutLines.rows(SHEET);
        assertEquals("4:产出指标|质量指标|参保率（%）|已参保人数占应参保人数的比率|≥85|根据上级文件或方案", rows.get(1));
        assertEquals("8:效果指标|社会效益指标|城镇居民医保覆盖率（%）|参加医保的城镇居民人数占城镇居民总人数的比率||根据上级文件或方案",
                rows.get(2));
        assertEquals(4, rows.size(), rows.toString());
    }
}
