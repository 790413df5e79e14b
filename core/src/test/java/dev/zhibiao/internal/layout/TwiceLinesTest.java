package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A two-period table printed twice side by side under a heading printed twice, read from {@code pdftotext -layout}
 * text ({@link TwiceLines}, tmpl34).
 */
class TwiceLinesTest {

    /**
     * pdftotext-layout-chromium h5's first sheet, its indicator table as printed from the heading on: the value cut over
     * two lines (4500元/ | 台, 长期) stands a few columns right of where the heading's second half starts, and the heading's
     * columns read the annual half's pieces into the mid-term value (4500元/ 4500元/台 台, 长期 长期). Moved by where its
     * words stand against the first half's, each half's value is its own.
     */
    @Test
    void eachHalfOfALinePrintedTwiceIsItsOwnPeriod() {
        List<String> rows = LaidOutLines.rows(
                "     一级指 二级指标           三级指标    指标值 一级指",
                "                                     标 二级指标               三级指标       指标值",
                "绩效",
                "指标    标",
                "     产出指           工作人员参加培                产出指           工作人员参加培",
                "                                 ≥2次                                  ≥2次",
                "      标              训次数                   标              训次数",
                "",
                "",
                "                    参加培训人数       ≥3人                    参加培训人数        ≥3人",
                "           数量指标                                 数量指标",
                "                   工作人员出差次                              工作人员出差次",
                "                                 ≥3次                                  ≥3次",
                "                      数                                    数",
                "",
                "",
                "                    购买电脑台数       ≥5台                    购买电脑台数        ≥5台",
                "",
                "",
                "           质量指标         项目完成率    100%           质量指标      项目完成率      100%",
                "",
                "",
                "           成本指标         培训费用    ≤0.6万元          成本指标      培训费用      ≤0.6万元",
                "",
                "",
                "                                480元/                                480元/",
                "                        工作人员费                             工作人员费",
                "                                 人.天                                  人.天",
                "                                  4500元/                               4500元/",
                "                       购买电脑台数                               购买电脑台数",
                "                                    台                                    台",
                "",
                "",
                "            社会效益指      确保医疗保障工    明显提             社会效益指    确保医疗保障工     明显提",
                "              标         作顺利开展      高                标       作顺利开展       高",
                "     效益指                                    效益指",
                "      标                                      标",
                "            可持续影响      提高工作人员工                    可持续影响    提高工作人员工",
                "                                   长期                                   长期",
                "              指标         作积极性                       指标       作积极性",
                "",
                "",
                "     满意度    服务对象满                           满意度   服务对象满",
                "                       工作人员满意度     100%                    工作人员满意度      100%",
                "      指标     意度指标                            指标    意度指标",
                "",
                "");
        assertTrue(rows.stream().anyMatch(r -> r.contains("|购买电脑台数|4500元/台|") && r.endsWith("|购买电脑台数|4500元/台")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|提高工作人员工作积极性|长期|") && r.endsWith("|提高工作人员工作积极性|长期")),
                "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.contains("长期 长期") || r.contains("4500元/ 4500元/台")), "rows: " + rows);
    }

    /**
     * The same table (tmpl35): a line whose halves are one word each, a unit or a value's last line ({@code 人.天 … 人.天},
     * {@code 高 … 高}), goes to the value column of each half, not both to the first half's value (480元/人.天 人.天, the
     * annual value left 480元/) nor cut from the row it ends (明显提 | 高 read as two rows).
     */
    @Test
    void aLineOfOneWordEachHalfGoesToItsValueColumnInBothHalves() {
        List<String> rows = LaidOutLines.rows(
                "     一级指 二级指标           三级指标    指标值 一级指",
                "                                     标 二级指标               三级指标       指标值",
                "绩效",
                "指标    标",
                "     产出指           工作人员参加培                产出指           工作人员参加培",
                "                                 ≥2次                                  ≥2次",
                "      标              训次数                   标              训次数",
                "",
                "",
                "           成本指标         培训费用    ≤0.6万元          成本指标      培训费用      ≤0.6万元",
                "",
                "",
                "                                480元/                                480元/",
                "                        工作人员费                             工作人员费",
                "                                 人.天                                  人.天",
                "                                  4500元/                               4500元/",
                "                       购买电脑台数                               购买电脑台数",
                "                                    台                                    台",
                "",
                "",
                "            社会效益指      确保医疗保障工    明显提             社会效益指    确保医疗保障工     明显提",
                "              标         作顺利开展      高                标       作顺利开展       高",
                "     效益指                                    效益指",
                "      标                                      标",
                "            可持续影响      提高工作人员工                    可持续影响    提高工作人员工",
                "                                   长期                                   长期",
                "              指标         作积极性                       指标       作积极性",
                "",
                "");
        assertTrue(rows.stream().anyMatch(r -> r.contains("|工作人员费|480元/人.天|") && r.endsWith("|工作人员费|480元/人.天")),
                "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|确保医疗保障工作顺利开展|明显提高|")
                && r.endsWith("|确保医疗保障工作顺利开展|明显提高")), "rows: " + rows);
    }

    /**
     * Where each half of such a line goes (pdftotext-layout h5's lines): a unit to the value column (none of unit), a
     * value's last word to the column its start is nearest, a word that reads as a value to the value column even printed
     * under the name's heading, a whole category label to its level's column (质量指标, drifted under 一级 in the first
     * half); a label's piece is left to the placement by content.
     */
    @Test
    void aLoneWordGoesToTheSameColumnOfEachHalf() {
        List<Role> twice = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE, Role.L1, Role.L2, Role.NAME, Role.VALUE);
        int[] starts = {1, 7, 12, 24, 32, 42, 49, 59, 69};
        TwiceLines.Cut unit = TwiceLines.cut(List.of(new ColumnFit.Tok("元/台", 35, 0), new ColumnFit.Tok("元/台", 70, 32)), twice, starts,
                null);
        assertEquals(List.of(new ColumnFit.Placed(4, 0, 1), new ColumnFit.Placed(8, 1, 2)), unit.runs());
        assertEquals(70, unit.toks().get(1).column(), "the printed starts are kept");
        TwiceLines.Cut word = TwiceLines.lone(List.of(new ColumnFit.Tok("长期", 35, 0), new ColumnFit.Tok("长期", 69, 32)), twice, starts, 1,
                5, 34);
        assertEquals(List.of(new ColumnFit.Placed(4, 0, 1), new ColumnFit.Placed(8, 1, 2)), word.runs());
        TwiceLines.Cut name = TwiceLines.lone(List.of(new ColumnFit.Tok("工作人员费", 25, 0), new ColumnFit.Tok("工作人员费", 61, 36)), twice,
                starts, 1, 5, 36);
        assertEquals(List.of(new ColumnFit.Placed(3, 0, 1), new ColumnFit.Placed(7, 1, 2)), name.runs());
        TwiceLines.Cut label = TwiceLines.cut(List.of(new ColumnFit.Tok("质量指标", 6, 0), new ColumnFit.Tok("质量指标", 36, 26)), twice,
                new int[] {1, 6, 11, 24, 35, 42, 48, 58, 70}, null);
        assertEquals(List.of(new ColumnFit.Placed(2, 0, 1), new ColumnFit.Placed(6, 1, 2)), label.runs(), "a level-2 label in both halves");
        TwiceLines.Cut value = TwiceLines.cut(List.of(new ColumnFit.Tok("100%", 25, 0), new ColumnFit.Tok("100%", 57, 28)), twice, starts,
                null);
        assertEquals(List.of(new ColumnFit.Placed(4, 0, 1), new ColumnFit.Placed(8, 1, 2)), value.runs());
        assertTrue(TwiceLines.labelWord("效益") && TwiceLines.labelWord("标") && TwiceLines.labelWord("质量指标"));
        assertFalse(TwiceLines.labelWord("元/台") || TwiceLines.labelWord("长期"));
    }

    /** The note names the lines cut, on the rows that hold them. */
    @Test
    void theCutLinesAreNoted() {
        List<SpacedRows.Line> in = new ArrayList<>();
        String[] lines = {
                "     一级指 二级指标           三级指标    指标值 一级指",
                "                                     标 二级指标               三级指标       指标值",
                "绩效",
                "指标    标",
                "     产出指           工作人员参加培                产出指           工作人员参加培",
                "                                 ≥2次                                  ≥2次",
                "      标              训次数                   标              训次数",
                "",
                "",
                "           成本指标         培训费用    ≤0.6万元          成本指标      培训费用      ≤0.6万元",
                "",
                "",
                "                                  4500元/                               4500元/",
                "                       购买电脑台数                               购买电脑台数",
                "                                    台                                    台"};
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                in.add(LaidOutLines.line(i + 1, lines[i], 0));
            }
        }
        Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = SpacedRows.rows(in, notes);
        List<String> codes = notes.values().stream().flatMap(List::stream).map(dev.zhibiao.Diagnostic::code).toList();
        assertTrue(codes.contains(TwiceLines.CODE), "notes: " + notes);
        assertTrue(rows.stream().anyMatch(r -> r.cells().stream().map(Cell::text).toList().equals(
                List.of("", "", "", "购买电脑台数", "4500元/台", "", "", "购买电脑台数", "4500元/台"))), "rows: " + rows);
    }

    /** A heading whose columns are not the same sequence twice cuts nothing; nor does a line that prints its text once. */
    @Test
    void onlyAHeadingPrintedTwiceCuts() {
        List<Role> once = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE);
        List<Role> twice = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE, Role.L1, Role.L2, Role.NAME, Role.VALUE);
        assertEquals(-1, TwiceLines.secondHalf(once));
        assertEquals(5, TwiceLines.secondHalf(twice));
        assertEquals(-1, TwiceLines.secondHalf(List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE, Role.ACTUAL, Role.L1, Role.L2,
                Role.NAME, Role.VALUE, Role.L1)));
        int[] starts = {0, 5, 10, 23, 37, 42, 47, 57, 75};
        List<ColumnFit.Tok> one = List.of(new ColumnFit.Tok("支付交通燃油费", 12, 0), new ColumnFit.Tok("≤200", 30, 11));
        assertNull(TwiceLines.cut(one, twice, starts, null));
    }

    /**
     * The split of the line as it stands that the cut makes on its way (speed35) is the one {@link ColumnFit#split} gives, so
     * that {@link SpacedRows} places a line the cut leaves by it instead of splitting the line again; the cut itself is
     * as without the hand-over.
     */
    @Test
    void theWholeSplitHandedOverIsTheLinesSplit() {
        List<Role> twice = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE, Role.L1, Role.L2, Role.NAME, Role.VALUE);
        int[] starts = {0, 5, 10, 23, 37, 42, 47, 57, 75};
        List<List<ColumnFit.Tok>> lines = List.of(
                List.of(new ColumnFit.Tok("质量指标", 11, 0), new ColumnFit.Tok("项目完成率", 28, 9), new ColumnFit.Tok("100%", 42, 4),
                        new ColumnFit.Tok("质量指标", 57, 11), new ColumnFit.Tok("项目完成率", 71, 6), new ColumnFit.Tok("100%", 87, 6)),
                List.of(new ColumnFit.Tok("参加培训人数", 20, 0), new ColumnFit.Tok("≥3人", 39, 7), new ColumnFit.Tok("参加培训人数", 63, 20),
                        new ColumnFit.Tok("≥3人", 83, 8)),
                List.of(new ColumnFit.Tok("成本指标", 11, 0), new ColumnFit.Tok("培训费用", 28, 9), new ColumnFit.Tok("≤0.6万元", 40, 4),
                        new ColumnFit.Tok("成本指标", 58, 10), new ColumnFit.Tok("培训费用", 72, 6), new ColumnFit.Tok("≤0.6万元", 86, 6)),
                List.of(new ColumnFit.Tok("支付交通燃油费", 12, 0), new ColumnFit.Tok("≤200", 30, 11)));
        int handed = 0;
        for (List<ColumnFit.Tok> toks : lines) {
            List<List<List<ColumnFit.Placed>>> whole = new ArrayList<>();
            TwiceLines.Cut cut = TwiceLines.cut(toks, twice, starts, null, whole);
            assertEquals(TwiceLines.cut(toks, twice, starts, null), cut, toks.toString());
            assertTrue(whole.size() <= 1, whole.toString());
            if (!whole.isEmpty()) {
                handed++;
                assertEquals(ColumnFit.split(toks, twice, starts, null, false), whole.get(0), toks.toString());
            }
        }
        assertTrue(handed >= 2, "lines printed twice hand their split over: " + handed);
    }
}
