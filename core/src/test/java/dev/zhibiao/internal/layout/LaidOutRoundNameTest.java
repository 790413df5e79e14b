package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value printed round its row's one-line name at a page's head ({@link RoundName}, layout25). */
class LaidOutRoundNameTest {

    private static final List<ColumnFit.Role> ROLES = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2,
            ColumnFit.Role.NAME, ColumnFit.Role.VALUE);

    private static LaidOutTable.Line line(int no, int page, String[] texts, int[] starts) {
        return new LaidOutTable.Line(no, texts, starts, page);
    }

    private static String[] t(String... texts) {
        return texts;
    }

    private static int[] x(int... starts) {
        return starts;
    }

    private static List<String> rows(List<LaidOutTable.Line> lines, int[] heading) {
        List<String> out = new ArrayList<>();
        for (Row r : LaidOutTable.rows(lines, ROLES, heading)) {
            List<String> cells = new ArrayList<>();
            r.cells().forEach(c -> cells.add(c.text()));
            out.add(r.at().line() + ":" + String.join("|", cells));
        }
        return out;
    }

    /**
     * The fiscal form as the split read it (disclosures.py seed 271601, d1): the page ends with a row whose value
     * wraps as wide as its column ({@code 成年人≥270 元; 大中小} / {@code 学生、儿童≥200 元}); the next page, printed two
     * columns short, opens with a two-line value round its one-line name ({@code 成年人≤192.59%; 大中} / {@code
     * 财政补助与个人缴费比值} / {@code 小学生、儿童≤260%}). The page break drops the blank lines between the rows, so the
     * value's first line stood right under the row above's last value line and read as its wrapped rest.
     */
    @Test
    void aValuePrintedRoundTheNextPagesFirstNameStartsThatRowsValue() {
        int[] heading = {1, 10, 24, 38, 66};
        List<LaidOutTable.Line> lines = List.of(
                line(343, 14, t(null, "产出指标", "数量指标", "参保人数(人)", "≥299.68 万人"), x(-1, 10, 24, 37, 63)),
                line(346, 14, t(null, null, null, "各级财政实际补助标准(元)", "≥520 元"), x(-1, -1, -1, 33, 65)),
                line(349, 14, t(null, null, null, "参保居民个人实际缴费标准", "成年人≥270 元; 大中小"), x(-1, -1, -1, 33, 61)),
                line(351, 14, t(null, null, null, "(元)", "学生、儿童≥200 元"), x(-1, -1, -1, 43, 62)),
                line(352, 15, t(null, null, null, "成年人≤192.59%; 大中", null), x(-1, -1, -1, 31, -1)),
                line(353, 15, t(null, null, null, "财政补助与个人缴费比值", null), x(-1, -1, -1, 8, -1)),
                line(354, 15, t(null, null, null, "小学生、儿童≤260%", null), x(-1, -1, -1, 30, -1)),
                line(357, 15, t(null, null, null, "以户籍人口数为基数计算的", null), x(-1, -1, -1, 8, -1)),
                line(358, 15, t(null, null, null, null, "≥100.00(%)"), x(-1, -1, -1, -1, 33)),
                line(359, 15, t(null, null, null, "基本医保综合参保率(%)", null), x(-1, -1, -1, 9, -1)),
                line(362, 15, t(null, null, null, "重复参保人数(人)", "0"), x(-1, -1, -1, 11, 37)),
                line(365, 15, t(null, null, null, "参保人政策范围内住院费用", null), x(-1, -1, -1, 8, -1)),
                line(366, 15, t(null, null, null, null, "≥71.85(%)"), x(-1, -1, -1, -1, 33)),
                line(367, 15, t(null, null, null, "报销比例", null), x(-1, -1, -1, 14, -1)),
                line(368, 15, t(null, null, "质量指标", null, null), x(-1, -1, 1, -1, -1)),
                line(370, 15, t(null, null, null, "参保人住院费用实际报销比", null), x(-1, -1, -1, 8, -1)),
                line(371, 15, t(null, null, null, null, "≥52.80(%)"), x(-1, -1, -1, -1, 33)),
                line(372, 15, t(null, null, null, "例", null), x(-1, -1, -1, 16, -1)));
        List<String> rows = rows(lines, heading);
        assertEquals("349:|||参保居民个人实际缴费标准(元)|成年人≥270 元; 大中小学生、儿童≥200 元", rows.get(2), "rows: " + rows);
        assertEquals("353:|||财政补助与个人缴费比值|成年人≤192.59%; 大中小学生、儿童≤260%", rows.get(3), "rows: " + rows);
        assertEquals("357:|||以户籍人口数为基数计算的基本医保综合参保率(%)|≥100.00(%)", rows.get(4), "rows: " + rows);
    }

    /** The rule's own words: a one-line name with the column's text on the lines above and below and none beside it. */
    @Test
    void onlyALineRightAboveAOneLineNameWithTheColumnGoingOnUnderIt() {
        java.util.Map<Integer, LaidOutTable.Line> byNumber = new java.util.HashMap<>();
        for (LaidOutTable.Line l : List.of(
                line(1, 0, t(null, null, null, null, "成年人≤192.59%; 大中"), x(-1, -1, -1, -1, 31)),
                line(2, 0, t(null, null, null, "财政补助与个人缴费比值", null), x(-1, -1, -1, 8, -1)),
                line(3, 0, t(null, null, null, null, "小学生、儿童≤260%"), x(-1, -1, -1, -1, 30)),
                line(4, 0, t(null, null, null, "两行名称的", "值"), x(-1, -1, -1, 8, 30)),
                line(5, 0, t(null, null, null, "第二行", null), x(-1, -1, -1, 8, -1)),
                line(6, 0, t(null, null, null, null, "下一行"), x(-1, -1, -1, -1, 30)))) {
            byNumber.put(l.number(), l);
        }
        LaidOutTable.Chunk one = new LaidOutTable.Chunk(3, 2, "财政补助与个人缴费比值");
        LaidOutTable.Chunk two = new LaidOutTable.Chunk(3, 4, "两行名称的");
        two.add(5, "第二行");
        assertEquals(true, RoundName.startsCell(1, 4, byNumber, List.of(one, two)));
        assertEquals(false, RoundName.startsCell(3, 4, byNumber, List.of(one, two)), "a value beside a name's line is no such line");
        assertEquals(false, RoundName.startsCell(1, 4, byNumber, List.of(two)), "no name starts a row under it");
        assertEquals(false, RoundName.startsCell(4, 4, byNumber, List.of(one, two)), "the line holds a name");
    }
}
