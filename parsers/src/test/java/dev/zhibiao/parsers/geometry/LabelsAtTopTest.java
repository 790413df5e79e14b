package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unruled table that prints its category labels on their groups' first rows keeps them there (CentredSpans.labelsAtTop). */
class LabelsAtTopTest {

    /** A library sheet printed as an office suite prints a web page's table: each label on its group's first row. */
    private static List<String[]> topPrinted() {
        return new ArrayList<>(List.of(
                new String[] {"一级指标", "二级指标", "三级指标", "指标值"},
                new String[] {"产出指标", "数量指标", "新增图书册数", "≥3000册"},
                new String[] {"", "", "流通服务人次", "≥2万人次"},
                new String[] {"", "质量指标", "图书编目准确率", "≥98%"},
                new String[] {"", "", "借阅系统可用率", "≥99%"},
                new String[] {"", "时效指标", "采购完成时间", "2026年6月底前"},
                new String[] {"效益指标", "社会效益指标", "读者到馆人次增长", "≥5%"},
                new String[] {"满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"}));
    }

    @Test
    void aLabelOnItsGroupsFirstRowStaysThere() {
        // 产出指标 has no empty cell above it and four below: the sheet prints labels at the top, so 质量指标, one
        // empty cell above it and one below, is its own row's (main lifted it onto 流通服务人次's row)
        List<String[]> grid = topPrinted();
        assertTrue(CentredSpans.labelsAtTop(grid, null));
        CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("二级指标", "数量指标", "", "质量指标", "", "时效指标", "社会效益指标", "服务对象满意度指标"),
                grid.stream().map(r -> r[1]).toList());
        assertEquals("产出指标", grid.get(1)[0]);
    }

    @Test
    void aCentredLabelIsStillLifted() {
        // labels centred down their groups (数量指标 on the middle of three rows, 产出指标 on the middle of five):
        // no label stands right under a filled cell with two or more empty cells below it
        List<String[]> grid = new ArrayList<>(List.of(
                new String[] {"一级指标", "二级指标", "三级指标", "指标值"},
                new String[] {"", "", "新增图书册数", "≥3000册"},
                new String[] {"", "数量指标", "流通服务人次", "≥2万人次"},
                new String[] {"产出指标", "", "馆际互借册数", "≥500册"},
                new String[] {"", "质量指标", "图书编目准确率", "≥98%"},
                new String[] {"", "", "借阅系统可用率", "≥99%"}));
        assertFalse(CentredSpans.labelsAtTop(grid, null));
        CentredSpans.liftCentredSpans(grid);
        assertEquals("数量指标", grid.get(1)[1]);
        assertEquals("产出指标", grid.get(1)[0]);
    }
}
