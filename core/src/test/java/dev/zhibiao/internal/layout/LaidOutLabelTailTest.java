package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A level-1 label wrapped over lines round its row's middle line ({@code 产出指} | {@code 标}), its tail alone on the label
 * column's side of a line with only a value's rest beside it: the tail goes to the label, not the name column
 * ({@link LabelTails}).
 */
class LaidOutLabelTailTest {

    @Test
    void aLabelsTailUnderItsFirstPartJoinsTheLabelNotTheNameColumn() {
        // a self-evaluation printed by a browser and by LibreOffice (h7_004_gov): 产出指 and 标 two lines apart, the name between
        List<String> rows = LaidOutLines.rows(
                "绩效指   一级指   二级指标         三级指标             指标值 全年实际完 未完成原因和改",
                " 标     标                                        成值    进措施",
                "      产出指   数量指标                          ≥623万",
                "                        参保人数(人)                   ≥623万人",
                "       标                                    人",
                "",
                "",
                "                       重复参保人数(人)            0       0",
                "",
                "",
                "                       虚报参保人数(人)            0       0");
        assertEquals("4:|产出指标|数量指标|参保人数(人)|≥623万人|≥623万人|", rows.get(1));
        assertTrue(rows.stream().noneMatch(r -> r.contains("|标|")), rows.toString());
        assertEquals(4, rows.size(), rows.toString());
    }
}
