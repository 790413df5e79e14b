package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value of two clauses wrapped just before its second clause's comparison ({@code 成年人≥270元; 大中小学生、儿童} /
 * {@code ≥200元}) in a table printed by {@code pdftotext -layout} ({@link ValueClauses}, layout29).
 */
class ValueClausesTest {

    /**
     * The fiscal form printed by Chromium with its default header and footer (furniture_prints.py of disclosures.py seed
     * 290210, d1's second sheet): the value's second line opens with a comparison and was kept apart as a value of its
     * own, the row's value; the first line went to the row above ({@code ≥520元成年人≥270元;大中小学生、儿童}).
     */
    @Test
    void aClauseWithoutItsFigureTakesTheComparisonUnderIt() {
        List<String> rows = LaidOutLines.rows(
                "   绩效指标                一级指标         二级指标                     三级指标                     指标值",
                "                   产出指标                            参保人数(人)                ≥85.8万人",
                "                                                   各级财政实际补助标准(元)          ≥520元",
                "                                  数量指标                                    成年人≥270元; 大中小学生、儿童",
                "                                                   参保居民个人实际缴费标准(元)",
                "                                                                          ≥200元",
                "                                                                          成年人≤192.59%; 大中小学生、",
                "                                                   财政补助与个人缴费比值",
                "                                                                          儿童≤260%",
                "                                                   以户籍人口数为基数计算的基本医保",
                "                                                                          ≥71.00(%)",
                "                                                   综合参保率(%)",
                "                                                   重复参保人数(人)              0",
                "                                  质量指标             虚报参保人数(人)              0",
                "                                                   参保人政策范围内住院费用报销比例       ≥61.00(%)");
        assertTrue(rows.contains("3:|||各级财政实际补助标准(元)|≥520元"), "rows: " + rows);
        assertTrue(rows.contains("5:|||参保居民个人实际缴费标准(元)|成年人≥270元; 大中小学生、儿童≥200元"),
                "rows: " + rows);
        assertTrue(rows.contains("8:|||财政补助与个人缴费比值|成年人≤192.59%; 大中小学生、儿童≤260%"), "rows: " + rows);
    }

    private static final List<Role> ROLES = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);

    private static LaidOutTable.Line line(int no, String... cells) {
        return LaidOutLines.tableLine(ROLES.size(), no, cells);
    }

    @Test
    void theJoinIsNotedOnItsRow() {
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "0", "产出指标", "1", "2", "各级财政实际补助标准(元)", "30", "3", "≥520元", "60"));
        lines.add(line(2, "1", "数量指标", "15", "3", "成年人≥270元; 大中小学生、儿童", "60"));
        lines.add(line(3, "2", "参保居民个人实际缴费标准(元)", "30"));
        lines.add(line(4, "3", "≥200元", "60"));
        lines.add(line(5, "2", "参保人数(人)", "30", "3", "≥24.8万人", "60"));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(lines, ROLES, null, notes);
        assertNotNull(rows);
        assertEquals(3, rows.size(), "rows: " + rows);
        assertEquals("≥520元", rows.get(0).cells().get(3).text());
        assertEquals("成年人≥270元; 大中小学生、儿童≥200元", rows.get(1).cells().get(3).text());
        assertTrue(notes.get(rows.get(1)).stream().anyMatch(d -> d.code().equals(ValueClauses.CODE)), "noted: " + notes);
    }

    @Test
    void onlyAClauseThatNamesNoFigureAfterOneThatCompares() {
        assertTrue(ValueClauses.awaitsComparison("成年人≥270元; 大中小学生、儿童", "≥200元"));
        assertTrue(ValueClauses.awaitsComparison("成年人≥270元；大中学生、儿童", "≥200元"));
        assertFalse(ValueClauses.awaitsComparison("成年人≥270元; 儿童≥200元", "≥200元"), "the last clause has its figure");
        assertFalse(ValueClauses.awaitsComparison("符合条件的对象", "≥200元"), "one clause: a value of its own follows");
        assertFalse(ValueClauses.awaitsComparison("成年人; 大中小学生", "≥200元"), "the clause before compares nothing");
        assertFalse(ValueClauses.awaitsComparison("成年人≥270元; 大中小学生、儿童", "200元"), "no comparison opens the line");
        assertFalse(ValueClauses.awaitsComparison("成年人≥270元;", "≥200元"), "an empty last clause");
    }
}
