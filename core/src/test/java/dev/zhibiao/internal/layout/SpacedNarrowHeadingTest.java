package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An indicator heading printed in narrow columns (a browser's print read with {@code pdftotext -layout}): heading words one
 * space apart, each its own column ({@link HeadingBand#apart}); a wrapped heading's last characters centred under its first
 * line joined to it ({@code HeadingBand.centredUnder}), or to the half beside it they complete ({@code HeadingBand.halfOver}).
 */
class SpacedNarrowHeadingTest {

    /** Each character one column wide (pdftotext {@code -layout}'s grid). */
    private static SpacedRows.Line narrow(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        int col = 1;
        int gap = 0;
        for (String t : text.split(" ", -1)) {
            if (t.isEmpty()) {
                gap++;
                col++;
                continue;
            }
            toks.add(new SpacedRows.Token(t, col, toks.isEmpty() ? 0 : gap + 1));
            col += t.length() + 1;
            gap = 0;
        }
        return new SpacedRows.Line(no, toks);
    }

    private static List<List<String>> rows(String... text) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (!text[i].isBlank()) {
                in.add(narrow(i + 1, text[i]));
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            out.add(r.cells().stream().map(Cell::text).toList());
        }
        return out;
    }

    @Test
    void headingWordsOneSpaceApartAreColumnsAndTheirWrappedTailsJoinThem() {
        // h8_001_unruled printed by Chromium: 一级指 二级指标 one space apart, 指标 指标值确定依 too; 据 centred under 指标值确定依
        List<List<String>> rows = rows(
                "一级指 二级指标         三级指标                        绩效指标描述                          指标 指标值确定依",
                " 标                                                                           值     据",
                "产出指标 数量指标       城乡居民参加医疗保险率          已参保人数占应参保人数的比率          ≥100% 根据上级文件");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), rows.get(0));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("≥100%", rows.get(1).get(4), rows.toString());
    }

    @Test
    void aSelfEvaluationsNarrowHeadingTakesItsTailsFromTheLineBelow() {
        // h7_004_gov printed by Chromium: 指标值 全年实际完 未完成原因和 one space apart, 成值 and 改进措施 under them
        List<List<String>> rows = rows(
                "     一级指     二级指标          三级指标           指标值 全年实际完 未完成原因和",
                "      标                                         成值   改进措施",
                "     产出指标   数量指标     试点地区居民参保覆盖率         ≥95%     ≥95%");
        assertEquals(List.of("", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"), rows.get(0));
        assertEquals(2, rows.size(), rows.toString());
    }

    @Test
    void aTailJoinsTheHalfItCompletesNotTheWholeHeadingItStandsUnder() {
        // h8_001_unruled printed by LibreOffice: 值 stands under 指标值确定 (which it does not complete) and 3 columns right of 指标
        List<List<String>> rows = rows(
                "一级指                                                          指标 指标值确定",
                "       二级指标       三级指标                绩效指标描述",
                " 标                                                              值    依据",
                "",
                "",
                "               城乡居民参加医                                       ≥100 根据上级文");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), rows.get(0), rows.toString());
    }

    @Test
    void aBrowsersHeadingLineHoldsTheHalfWhoseTailStandsLeftOfItBelow() {
        // h1_000 printed by Chromium: 绩效指标 一级指 二级指标 三级指标 指标值 on one line, 标 three columns left of 一级指 below
        // (the half printed right of its column after the wide 绩效指标; the column's labels 产出指 | 标 stand where 标 does)
        List<List<String>> rows = rows(
                "绩效指标       一级指    二级指标          三级指标              指标值",
                "        标",
                "        产出指           指标1：参保人数(人)            ≥299.68万人",
                "        标");
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), rows.get(0), rows.toString());
        assertEquals("≥299.68万人", rows.get(1).get(4), rows.toString());
    }
}
