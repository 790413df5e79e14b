package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.FOUR;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.codes;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.lines;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.read;
import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NameValueTails}: a value printed a second time at the end of its indicator's name is cut off. */
class NameValueTailsTest {

    @Test
    void aValueGluedToTheNameAndPrintedInItsColumnIsCutFromTheName() {
        // a self-evaluation's 指标值 glued by one space to the name, its 全年实际完成值 in the value column
        SheetDraft d = lines(FOUR,
                row("效益指标", "社会效益指标", "困难群众医疗费用负担 有效缓解", "有效缓解"),
                row("", "", "满足离休人员就医成效明显", "成效明显"));
        assertEquals(List.of("效益指标/社会效益指标/困难群众医疗费用负担/有效缓解",
                "效益指标/社会效益指标/满足离休人员就医/成效明显"), read(d));
        assertEquals(List.of("有效缓解", "成效明显"), d.remnants);
        assertEquals(2, codes(d).stream().filter("name-value-cut"::equals).count(), d.diagnostics.toString());
    }

    @Test
    void aNameThatOnlyContainsItsValueStays() {
        SheetDraft d = lines(FOUR,
                row("产出指标", "质量指标", "验收合格率", "合格"),
                row("", "", "100%覆盖率", "100%"));
        assertEquals(List.of("产出指标/质量指标/验收合格率/合格", "产出指标/质量指标/100%覆盖率/100%"), read(d));
        assertFalse(codes(d).contains("name-value-cut"));
    }

    @Test
    void whereTheTailStarts() {
        assertEquals(11, NameValueTails.tail("困难群众医疗费用负担 有效缓解", "有效缓解"));
        assertEquals(8, NameValueTails.tail("参保人数(人) ≥ 623万人", "≥623万人"));
        assertEquals(-1, NameValueTails.tail("人 100%", "100%")); // one character would be left
        assertEquals(-1, NameValueTails.tail("完成率 0", "0")); // a one-character value
        assertEquals(-1, NameValueTails.tail("有效缓解", "有效缓解")); // the whole name
    }
}
