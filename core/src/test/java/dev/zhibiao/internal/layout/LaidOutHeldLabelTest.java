package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label column that holds a whole label of its level on a line takes no other cell of the line by where it starts
 * ({@code LaidOutPages.holdsItsLabel}, layout29).
 */
class LaidOutHeldLabelTest {

    /**
     * The fiscal form printed by Chromium with a page number at each foot (furniture_prints.py of disclosures.py seed
     * 290210, d1's first sheet): the last row's name printed one space after its level-2 label, wider than its column
     * ({@code 服务对象满意度指标 政策知晓率}); pdftotext gives the name a start nearer the 二级 column's usual start than the
     * name column's, and the name was moved into the label: the row lost, its label and value joined to the row above.
     */
    @Test
    void aNameOneSpaceAfterAWideLabelStaysAName() {
        List<String> rows = LaidOutLines.rows(
                "          一级指标            二级指标                     三级指标           指标值",
                "       成本指标          经济成本指标                 中央、省、县三级财政补助      补助到位",
                "                     数量指标                   参保人数              全民参保",
                "                                            以常住人口数为基数计算的基本医",
                "       产出指标          质量指标                                     ≥98.00(%)",
                "绩效指标                                        保参保率",
                "                     时效指标                   城乡居民医保受益面         =100.00(%)",
                "                                            缓解城乡居民看病贵和因病致贫问",
                "       效益指标          社会效益指标                                   有效缓解",
                "                                            题",
                "       满意度指标         服务对象满意度指标 政策知晓率                          普遍知晓");
        assertTrue(rows.contains("11:|满意度指标|服务对象满意度指标|政策知晓率|普遍知晓"), "rows: " + rows);
        assertTrue(rows.contains("8:|效益指标|社会效益指标|缓解城乡居民看病贵和因病致贫问题|有效缓解"), "rows: " + rows);
    }

    @Test
    void onlyAWholeLabelOfTheColumnsLevel() {
        List<Role> roles = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);
        LaidOutTable.Line l = new LaidOutTable.Line(1, new String[] {"满意度指标", "服务对象满意度指标", "政策知晓率", null},
                new int[] {1, 10, 20, -1});
        assertTrue(LaidOutPages.holdsItsLabel(l, 0, roles));
        assertTrue(LaidOutPages.holdsItsLabel(l, 1, roles));
        assertFalse(LaidOutPages.holdsItsLabel(l, 2, roles), "no label column");
        LaidOutTable.Line half = new LaidOutTable.Line(2, new String[] {"满意度指标", "服务对象满意度指", null, null},
                new int[] {1, 10, -1, -1});
        assertFalse(LaidOutPages.holdsItsLabel(half, 1, roles), "a label's first half");
        LaidOutTable.Line other = new LaidOutTable.Line(3, new String[] {"数量指标", "产出指标", null, null},
                new int[] {1, 10, -1, -1});
        assertFalse(LaidOutPages.holdsItsLabel(other, 0, roles), "a level-2 label in the level-1 column");
        assertFalse(LaidOutPages.holdsItsLabel(other, 1, roles), "a level-1 label in the level-2 column");
    }
}
