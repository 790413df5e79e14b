package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.FOUR;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.lines;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.read;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LineFragments}: printed lines holding only a name no indicator is named by are set aside. */
class LineFragmentsTest {

    @Test
    void aLineOfAValueNoIndicatorTookIsNoIndicator() {
        // a wrapped value cell's line printed above the first row: nothing above to take it
        SheetDraft d = lines(FOUR,
                row("", "", "655", ""),
                row("产出指标", "数量指标", "参保人数(人)", "≥623万人"),
                row("产出指标", "质量指标", "重复参保人数(人)", "0"));
        assertEquals(List.of("产出指标/数量指标/参保人数(人)/≥623万人", "产出指标/质量指标/重复参保人数(人)/0"), read(d));
        assertEquals(List.of("655"), d.remnants);
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("remnant") && x.message().contains("no indicator took")));
    }

    @Test
    void aLabelsPieceBesideItsLabelLeavesTheLabel() {
        // 度指 of 服务对象满意度指标 wrapped in its merged cell, on the line of the level-1 label
        SheetDraft d = lines(FOUR,
                row("满意度指标", "", "度指", ""),
                row("", "服务对象满意度指标", "参保对象满意度", "≥85%"));
        assertEquals(List.of("满意度指标/服务对象满意度指标/参保对象满意度/≥85%"), read(d));
        assertEquals(List.of("度指"), d.remnants);
    }

    @Test
    void aLabelsPieceWithCellsBesideItIsNoIndicator() {
        // 指标, the tail of 产出指标 wrapped in its merged cell, with the tail of a wrapped name (培训次数) beside it
        SheetDraft d = lines(FOUR,
                row("产出指标", "数量指标", "工作人员参加", "≥2次"),
                row("", "", "指标", "培训次数"),
                row("", "", "参加培训人数", "≥3人"));
        List<String> got = read(d);
        assertFalse(got.stream().anyMatch(x -> x.contains("/指标/")), got.toString());
        assertTrue(got.contains("产出指标/数量指标/参加培训人数/≥3人"), got.toString());
        assertTrue(d.remnants.containsAll(List.of("指标", "培训次数")), d.remnants.toString());
    }

    @Test
    void aValuePrintedTwiceOnALineOfItsOwnIsNoIndicator() {
        // 指标值 and 全年实际完成值 printed again on a line of their own, read into the name and value columns
        SheetDraft d = lines(FOUR,
                row("满意度指标", "服务对象满意度指标", "参保对象满意度", "≥85%"),
                row("", "", "≥85%", "≥85%"),
                row("", "", "工作满意度", "100%"));
        List<String> got = read(d);
        assertFalse(got.stream().anyMatch(x -> x.contains("/≥85%/")), got.toString());
        assertEquals(List.of("满意度指标/服务对象满意度指标/参保对象满意度/≥85%", "满意度指标/服务对象满意度指标/工作满意度/100%"), got);
        assertEquals(List.of("≥85%", "≥85%"), d.remnants, got.toString());
    }

    @Test
    void whatIsSetAsideWithCellsBesideIt() {
        assertNotNull(LineFragments.withCells("本指标"));
        assertNotNull(LineFragments.withCells("指标值"));
        assertNotNull(LineFragments.withCells("≥85%")); // a value printed twice, read into the name column
        assertNull(LineFragments.withCells("服务对象满意度指标")); // a whole label
        assertNull(LineFragments.withCells("工作人员满意度"));
    }

    @Test
    void whatIsSetAside() {
        assertNotNull(LineFragments.why("≥95"));
        assertNotNull(LineFragments.why("指标值"));
        assertNotNull(LineFragments.why("度指标"));
        assertNull(LineFragments.why("社会效益指标")); // a whole label: the label placement reads it
        assertNull(LineFragments.why("指标3：重复参保人数")); // a numbered name
        assertNull(LineFragments.why("参保人数(人)"));
        assertFalse(LineFragments.labelPiece("产出"));
        assertTrue(LineFragments.labelPiece("意度指"));
    }
}
