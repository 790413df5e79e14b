package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A two-period sheet's doubled heading row printed by a browser over two lines ({@link LowerHeads}): the right half's
 * heading words a line below the left half's, a half one space after a whole heading (指标值 一级指), and the left half's
 * first heading whose tail stands among the lead label's lines further down.
 */
class SpacedLowerHeadingTest {

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
    void theRightHalfsHeadingsPrintedALineLowerJoinTheHeadingRow() {
        // a two-period sheet printed by Chromium: the annual half's headings a line under the mid-term half's
        List<List<String>> rows = rows(
                "     一级指 二级指标           三级指标    指标值 一级指",
                "                                     标 二级指标               三级指标       指标值",
                "绩效",
                "指标    标",
                "     产出指标   数量指标    参加培训人数       ≥3人       产出指标  数量指标     参加培训人数        ≥3人");
        assertEquals(List.of("", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                rows.get(0), rows.toString());
    }

    @Test
    void aHalfOneSpaceAfterAWholeHeadingStartsTheNextHeading() {
        assertEquals(true, LowerHeads.nextHead("指标值", "一级指"));
        // a heading printed with a space stays one heading
        assertEquals(false, LowerHeads.nextHead("二级", "指标"));
        assertEquals(false, LowerHeads.nextHead("指标性", "质"));
    }

    @Test
    void aHeaderLineAboveTheHeadingRowTakesNoHeadingWords() {
        // a scored self-evaluation printed as spaced text: the goals line over the heading row is no heading line
        List<List<String>> rows = rows(
                "年度 总体目标     巩固参保率。",
                "一级指标          二级指标                    三级 指标                年度指标值          实际完成值     分值       得分",
                "产出指标          数量 指标                   补助对象人数             ≥1618人             1709人         10         10");
        assertEquals(List.of("年度 总体目标", "巩固参保率。"), rows.get(0), rows.toString());
    }
}
