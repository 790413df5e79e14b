package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The level-1 and level-2 categories a row's labels mean, one rule at a time: two labels by what
 * each is, one label by its level, its column and the labels above.
 */
class LabelResolutionTest {

    private static Label label(String printed, Column column) {
        return new Label(new Cell(printed, null), Vocabulary.CATEGORIES.get(printed), column);
    }

    private static String[] resolve(List<Label> labels, String l1, String l2) {
        return LabelResolution.resolve(labels, l1, l2);
    }

    @Test
    void twoLabelsAreLevelOneAndLevelTwo() {
        assertArrayEquals(new String[] {"产出指标", "数量指标"},
                resolve(List.of(label("产出指标", Column.L1), label("数量指标", Column.L2)), null, null));
        // 成本指标 first is level 1 (newer templates)
        assertArrayEquals(new String[] {"成本指标", "经济成本指标"},
                resolve(List.of(label("成本指标", Column.L1), label("经济成本指标", Column.L2)), null, null));
        // an unknown first label: the known level-2 label brings its parent
        assertArrayEquals(new String[] {"产出指标", "数量指标"},
                resolve(List.of(label("自定义", Column.L1), label("数量指标", Column.L2)), null, null));
        // two level-2 labels: the second brings its parent
        assertArrayEquals(new String[] {"产出指标", "质量指标"},
                resolve(List.of(label("数量指标", Column.L1), label("质量指标", Column.L2)), null, null));
        // a level-2 label first and an unknown second: the first's parent, the second as printed
        assertArrayEquals(new String[] {"产出指标", "其他"},
                resolve(List.of(label("数量指标", Column.L1), label("其他", Column.L2)), null, null));
        // nothing known: as printed
        assertArrayEquals(new String[] {"甲", "乙"}, resolve(List.of(label("甲", Column.L1), label("乙", Column.L2)), null, null));
        // 成本指标 second after 产出指标 is 产出's level 2
        assertArrayEquals(new String[] {"产出指标", "成本指标"},
                resolve(List.of(label("产出指标", Column.L1), label("成本指标", Column.L2)), null, null));
        // of three labels the last two count
        assertArrayEquals(new String[] {"效益指标", "社会效益指标"}, resolve(List.of(label("产出指标", Column.LEAD),
                label("效益指标", Column.L1), label("社会效益指标", Column.L2)), null, null));
    }

    @Test
    void aLevelTwoBesideAnotherLevelOnesLabelTakesItsOwnParent() {
        // a level-1 group holds whole level-2 groups: the level-2 category names the level-1 meant
        assertArrayEquals(new String[] {"产出指标", "质量指标"},
                resolve(List.of(label("效益指标", Column.L1), label("质量指标", Column.L2)), null, null));
        assertArrayEquals(new String[] {"产出指标", "数量指标"},
                resolve(List.of(label("满意度指标", Column.L1), label("数量指标", Column.L2)), null, null));
        assertArrayEquals(new String[] {"效益指标", "可持续影响指标"},
                resolve(List.of(label("产出指标", Column.L1), label("可持续影响指标", Column.L2)), null, null));
        // 成本指标 as level 2 is 产出's
        assertArrayEquals(new String[] {"产出指标", "成本指标"},
                resolve(List.of(label("效益指标", Column.L1), label("成本指标", Column.L2)), null, null));
        assertArrayEquals(new String[] {"产出指标", "成本指标"},
                resolve(List.of(label("满意度指标", Column.L1), label("成本指标", Column.L2)), null, null));
        assertEquals("满意度指标", LabelResolution.foreignLevel1(List.of(label("满意度指标", Column.L1),
                label("成本指标", Column.L2))));
        // agreeing labels, a level-1 filing nothing of its own (效果指标), 成本指标 twice: as printed
        assertNull(LabelResolution.foreignLevel1(List.of(label("效益指标", Column.L1), label("社会效益指标", Column.L2))));
        assertNull(LabelResolution.foreignLevel1(List.of(label("效果指标", Column.L1), label("社会效益指标", Column.L2))));
        assertArrayEquals(new String[] {"效果指标", "社会效益指标"},
                resolve(List.of(label("效果指标", Column.L1), label("社会效益指标", Column.L2)), null, null));
        assertNull(LabelResolution.foreignLevel1(List.of(label("成本指标", Column.L1), label("成本指标", Column.L2))));
        assertArrayEquals(new String[] {"成本指标", "经济成本指标"},
                resolve(List.of(label("成本指标", Column.L1), label("经济成本指标", Column.L2)), null, null));
    }

    @Test
    void twoLevelOneWordsTakeTheLevelTwoAbove() {
        assertArrayEquals(new String[] {"满意度指标", "服务对象满意度指标"}, resolve(List.of(label("满意度指标", Column.L1),
                label("满意度指标", Column.L2)), "满意度指标", "服务对象满意度指标"));
        // a level-1 word and an unknown label: the unknown label is level 2 as printed
        assertArrayEquals(new String[] {"满意度指标", "乙"},
                resolve(List.of(label("满意度指标", Column.L1), label("乙", Column.L2)), "满意度指标", "服务对象满意度指标"));
    }

    @Test
    void oneUnknownLabelIsReadByItsColumn() {
        assertArrayEquals(new String[] {"甲", null}, resolve(List.of(label("甲", Column.L1)), "产出指标", "数量指标"));
        assertArrayEquals(new String[] {"甲", null}, resolve(List.of(label("甲", Column.LEAD)), "产出指标", "数量指标"));
        assertArrayEquals(new String[] {"产出指标", "甲"}, resolve(List.of(label("甲", Column.L2)), "产出指标", "数量指标"));
        assertArrayEquals(new String[] {"产出指标", "甲"}, resolve(List.of(label("甲", Column.NAME)), "产出指标", "数量指标"));
    }

    @Test
    void oneKnownLabelIsReadByItsLevel() {
        // the level-1 category above again: the level 2 above stays
        assertArrayEquals(new String[] {"产出指标", "数量指标"}, resolve(List.of(label("产出指标", Column.L1)), "产出指标", "数量指标"));
        // a new level-1 category: its only child, or none when it has several
        assertArrayEquals(new String[] {"满意度指标", "服务对象满意度指标"},
                resolve(List.of(label("满意度指标", Column.L1)), "产出指标", "数量指标"));
        assertArrayEquals(new String[] {"效益指标", null}, resolve(List.of(label("效益指标", Column.L1)), "产出指标", "数量指标"));
        // a level-2 category brings its parent
        assertArrayEquals(new String[] {"效益指标", "社会效益指标"},
                resolve(List.of(label("社会效益指标", Column.L2)), "产出指标", "数量指标"));
        // 成本指标: level 1 in the level-1 column or where the sheet uses it so, else level 2 under 产出指标
        assertArrayEquals(new String[] {"成本指标", null}, resolve(List.of(label("成本指标", Column.L1)), "产出指标", "数量指标"));
        assertArrayEquals(new String[] {"成本指标", "经济成本指标"},
                resolve(List.of(label("成本指标", Column.L1)), "成本指标", "经济成本指标"));
        assertArrayEquals(new String[] {"成本指标", "经济成本指标"},
                resolve(List.of(label("成本指标", Column.L2)), "成本指标", "经济成本指标"));
        assertArrayEquals(new String[] {"产出指标", "成本指标"}, resolve(List.of(label("成本指标", Column.L2)), "产出指标", "数量指标"));
    }

    @Test
    void twoLevelOneLabelsBeforeOneRowAreLaterGroupsLabels() {
        // plain35: a page's 一级 column printed first (效益指标 / 满意度指标) before a row of the 质量指标 group above
        List<Label> two = List.of(label("效益指标", Column.L1), label("满意度指标", Column.L2));
        assertArrayEquals(new String[] {"产出指标", "质量指标"}, resolve(two, "产出指标", "质量指标"));
        assertArrayEquals(new String[] {"产出指标", "时效指标"}, resolve(two, "产出指标", "时效指标"));
        // nothing above, or labels above that disagree: read as before (the first label's level 1)
        assertEquals("效益指标", resolve(two, null, null)[0]);
        assertEquals("效益指标", resolve(two, "效益指标", "质量指标")[0]);
        // a level-1 label over its own level 2 (满意度指标 | 满意度指标) is no pair of other groups
        assertArrayEquals(new String[] {"满意度指标", "质量指标"},
                resolve(List.of(label("满意度指标", Column.L1), label("满意度指标", Column.L2)), "产出指标", "质量指标"));
        assertEquals(false, LabelResolution.levelOnesOfOtherGroups(
                List.of(label("产出指标", Column.L1), label("数量指标", Column.L2)), "产出指标", "质量指标"));
        // a group before the one above in the framework's order (产出指标 after 服务对象满意度指标): not groups below
        assertEquals(false, LabelResolution.levelOnesOfOtherGroups(List.of(label("产出指标", Column.L1),
                label("满意度指标", Column.L2)), "满意度指标", "服务对象满意度指标"));
    }
}
