package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The category words readers ask core for: levels of whole labels, parents, the framework's order. */
class VocabularyLevelsTest {

    @Test
    void levelsOfWholeLabels() {
        assertTrue(Vocabulary.isLevel1Label("产出指标"));
        assertTrue(Vocabulary.isLevel1Label("成本指标"));
        assertFalse(Vocabulary.isLevel1Label("产出"), "a level-1 label is read whole");
        assertFalse(Vocabulary.isLevel1Label("数量指标"));
        assertTrue(Vocabulary.isLevel2Label("数量指标"));
        assertTrue(Vocabulary.isLevel2Label("社会效益"), "a level-2 label without 指标");
        assertTrue(Vocabulary.isLevel2Label("成本指标"));
        assertTrue(Vocabulary.isLevel2Label("满意度指标"), "printed in the 二级 column by some templates");
        assertFalse(Vocabulary.isLevel2Label("满意度"));
        assertFalse(Vocabulary.isLevel2Label("产出指标"));
        assertFalse(Vocabulary.isLevel2Label("服务对象"), "no truncations");
        assertFalse(Vocabulary.isLevel2Label("政策知晓率"));
    }

    @Test
    void parentsAndOrder() {
        assertEquals("产出指标", Vocabulary.parentOf("数量指标"));
        assertEquals("产出指标", Vocabulary.parentOf("成本"));
        assertEquals("成本指标", Vocabulary.parentOf("经济成本指标"));
        assertEquals("效益指标", Vocabulary.parentOf("可持续影响指标"));
        assertEquals("满意度指标", Vocabulary.parentOf("服务对象满意度指标"));
        assertEquals("满意度指标", Vocabulary.parentOf("满意度指标"));
        assertNull(Vocabulary.parentOf("效益指标"));
        assertNull(Vocabulary.parentOf("指标值"));
        assertTrue(Vocabulary.frameworkRank("数量指标") < Vocabulary.frameworkRank("时效指标"));
        assertTrue(Vocabulary.frameworkRank("时效") < Vocabulary.frameworkRank("成本指标"));
        assertTrue(Vocabulary.frameworkRank("社会效益指标") < Vocabulary.frameworkRank("服务对象满意度指标"));
        assertEquals(-1, Vocabulary.frameworkRank("产出指标"));
    }
}
