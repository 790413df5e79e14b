package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What labels printed apart from their rows stand for (moved from the plain pdftotext reader in session 31). */
class ApartLabelLevelsTest {

    @Test
    void costFamilyApartMakesCostLevelOne() {
        List<String> apart = List.of("成本指标", "社会成本指标", "产出指标", "数量指标");
        assertTrue(ApartLabelLevels.costFamilyApart(apart, Function.identity(), Function.identity()));
        assertEquals(1, ApartLabelLevels.costLabels(apart, Function.identity()));
        assertFalse(ApartLabelLevels.costFamilyApart(List.of("成本指标", "产出指标", "数量指标"),
                Function.identity(), Function.identity()));
    }

    @Test
    void costIsLevelOneOnlyOnTheNewFramework() {
        assertTrue(ApartLabelLevels.apartLevel1("成本指标", true, false));
        assertFalse(ApartLabelLevels.apartLevel1("成本指标", false, false));
        assertTrue(ApartLabelLevels.apartLevel1("满意度指标", false, false));
        assertFalse(ApartLabelLevels.apartLevel1("满意度指标", false, true));
        assertFalse(ApartLabelLevels.apartLevel1("数量指标", true, false));
    }

    @Test
    void aRunOfLabelsPrintedWhole() {
        assertTrue(ApartLabelLevels.levelOneInRun("成本指标", "社会成本指标"));
        assertFalse(ApartLabelLevels.levelOneInRun("成本指标", "产出指标"));
        assertTrue(ApartLabelLevels.levelOneInRun("产出指标", "数量指标"));
        assertFalse(ApartLabelLevels.levelOneInRun("数量指标", "质量指标"));
    }

    @Test
    void aRowsOwnLabels() {
        assertEquals(ApartLabelLevels.Inline.TWO_LEVEL2, ApartLabelLevels.inline(List.of("时效指标", "成本指标")));
        assertEquals(ApartLabelLevels.Inline.LEVEL2_LEVEL1, ApartLabelLevels.inline(List.of("质量指标", "产出指标")));
        assertEquals(ApartLabelLevels.Inline.LEVEL1_LEVEL2, ApartLabelLevels.inline(List.of("产出指标", "质量指标")));
        assertEquals(ApartLabelLevels.Inline.NONE, ApartLabelLevels.inline(List.of("产出指标")));
        assertTrue(ApartLabelLevels.loneLabelLevel1("产出指标"));
        assertFalse(ApartLabelLevels.loneLabelLevel1("成本指标"));
        assertFalse(ApartLabelLevels.loneLabelLevel1("质量指标"));
        assertEquals("成本指标", ApartLabelLevels.family("社会成本指标"));
        assertTrue(ApartLabelLevels.costFamily("经济成本指标"));
    }
}
