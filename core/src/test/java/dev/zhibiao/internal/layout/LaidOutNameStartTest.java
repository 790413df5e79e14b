package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name column's usual start when short qualitative values printed under a centred 指标值 read as names (layout20):
 * the fiscal form's table as pdftotext {@code -layout} prints it (one grid cell a character), names centred over three
 * lines round their label and value. {@code 按文件完成补助} and {@code 按规定实报实销} stand last on their lines, a label
 * before them, two characters left of 指标值; the split read them as names (a name fits them as well as a value), two such
 * against two real names made the name column's usual start theirs, and the realignment moved every name into 二级.
 */
class LaidOutNameStartTest {

    private static final String[] TABLE = {
        "绩效指标       一级指标           二级指标             三级指标              指标值",
        "",
        "",
        "                                   对离休干部和建老人员医疗",
        "           成本指标         社会成本指标                              成效明显",
        "                                           待遇保障",
        "",
        "",
        "           产出指标                                            按文件完成补助",
        "                          数量指标         补助对象范围人次规模",
        "                                                              人次",
        "",
        "",
        "                                   补助对象政策内住院报销比",
        "                          质量指标                             按规定实报实销",
        "                                              例",
        "",
        "",
        "                          时效指标     当年各级财政补助资金到位            =100.00(%)",
        "",
        "                                              率",
    };

    @Test
    void namesKeepTheirColumnWhenValuesReadAsNamesAreAsMany() {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < TABLE.length; i++) {
            SpacedRows.Line l = line(i + 1, TABLE[i]);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() == 5 && !r.cells().get(3).text().isEmpty() && !r.cells().get(3).text().equals("三级指标")) {
                rows.add(r.cells().stream().map(Cell::text).toList());
            }
        }
        assertTrue(rows.contains(List.of("", "产出指标", "数量指标", "补助对象范围人次规模", "按文件完成补助人次")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("社会成本指标") && r.get(3).equals("对离休干部和建老人员医疗待遇保障")
                && r.get(4).equals("成效明显")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("质量指标") && r.get(3).equals("补助对象政策内住院报销比例")
                && r.get(4).equals("按规定实报实销")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("时效指标") && r.get(3).equals("当年各级财政补助资金到位率")),
                "rows: " + rows);
    }

    /** The usual start of the name column: of two starts as well supported, the left one; other columns as before. */
    @Test
    void ofTwoStartsAsWellSupportedTheNameTakesTheLeftOne() {
        List<LaidOutTable.Line> lines = List.of(
                cells(1, new String[] {"产出指标", null, "按文件完成补助", null}, new int[] {12, -1, 60, -1}),
                cells(2, new String[] {null, "数量指标", "补助对象范围人次规模", null}, new int[] {-1, 27, 40, -1}),
                cells(3, new String[] {null, "质量指标", "按规定实报实销", null}, new int[] {-1, 27, 60, -1}),
                cells(4, new String[] {null, "时效指标", "当年各级财政补助资金到位", "=100.00(%)"}, new int[] {-1, 27, 36, 60}));
        assertEquals(40, ColumnStarts.usualStarts(lines, 4, 2)[2]);
        assertEquals(60, ColumnStarts.usualStarts(lines, 4)[2], "any other column: the upper median, as before");
    }

    private static LaidOutTable.Line cells(int no, String[] texts, int[] starts) {
        return new LaidOutTable.Line(no, texts, starts, 0);
    }

    /** A line's tokens on pdftotext -layout's grid: one column a character, the spaces before each. */
    private static SpacedRows.Line line(int no, String text) {
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
            col += t.codePointCount(0, t.length()) + 1;
            gap = 0;
        }
        return new SpacedRows.Line(no, toks, 0);
    }
}
