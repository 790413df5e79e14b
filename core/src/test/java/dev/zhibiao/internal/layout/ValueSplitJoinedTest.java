package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value the split cut at a space inside it on a later page laid out on a grid of its own ({@code
 * ValueClauses.splitJoined}, layout30).
 */
class ValueSplitJoinedTest {

    /**
     * The fiscal form printed by Chromium with a page number at each foot (furniture_prints.py of disclosures.py seed
     * 290210, d9's third sheet; the page number blanked): the next page opens with a value of two clauses wrapped round
     * its row's name ({@code 成年人≤192.59%; 大中小 学} / {@code 财政补助与个人缴费比值} / {@code 生、儿童≤260%}), printed with a
     * space inside its first line; the split put {@code 成年人≤192.59%; 大中小} into the name column and {@code 学} into the
     * value's, and the page, placed by its labels, keeps its lines' cells in their order: a row of its own, its name a
     * value.
     */
    @Test
    void aValueCutAtItsSpaceGoesBackTogether() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "绩效指标     一级指标       二级指标              三级指标                    指标值",
                "",
                "",
                "",
                "         产出指标       数量指标          参保人数(人)                   ≥ 22.3万人",
                "",
                "",
                "                           各级财政实际补助标准(元)                     ≥520元",
                "",
                "",
                "                           参保居民个人实际缴费标准                  成年人≥270元; 大中小学",
                "                                (元)                        生、儿童≥200元",
                "",
                "",
                "",
                "",
                "",
                "\f\f                          成年人≤192.59%; 大中小 学",
                "       财政补助与个人缴费比值",
                "                             生、儿童≤260%",
                "",
                "",
                "       以户籍人口数为基数计算的",
                "                               ≥67.50(%)",
                "        基本医保综合参保率(%)",
                "",
                "",
                "       以常住人口数为基数计算的",
                "                               ≥67.50(%)",
                "        基本参保综合参保率(%)",
                "",
                "",
                "          重复参保人数(人)                0",
                "",
                "",
                "          虚报参保人数(人)                0",
                "",
                "",
                "       参保人政策范围内住院费用",
                "                               ≥64.00(%)",
                "质量指标       报销比例",
                "",
                "",
                "       参保人住院费用实际报销比",
                "                               ≥54.00(%)",
                "             例",
                "",
                "",
                "       实行按病种(组)、按人头付费",
                "                               逐步推开",
                "          等支付方式改革",
                "",
                "",
                "       基金滚存结余可支配月数(月)           6-9个月");
        assertTrue(rows.stream().noneMatch(r -> r.contains("|成年人≤192.59%; 大中小|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|||财政补助与个人缴费比值|成年人≤192.59%; 大中小 学生、儿童≤260%")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|||参保居民个人实际缴费标准(元)|成年人≥270元; 大中小学生、儿童≥200元")), "rows: " + rows);
    }

    private static final List<Role> ROLES = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE);

    @Test
    void onlyAComparedClauseAndAPieceNamingNoFigureOneSpaceApart() {
        PagePlacements placed = new PagePlacements();
        LaidOutTable.Line cut = new LaidOutTable.Line(5, new String[] {null, null, null, "成年人≤192.59%; 大中小", "学"},
                new int[] {-1, -1, -1, 27, 44}, 1);
        LaidOutTable.Line joined = ValueClauses.splitJoined(cut, ROLES, placed);
        assertEquals(null, joined.texts()[3]);
        assertEquals("成年人≤192.59%; 大中小 学", joined.texts()[4]);
        assertEquals(27, joined.starts()[4]);
        LaidOutTable.Line apart = new LaidOutTable.Line(6, new String[] {null, null, null, "成年人≤192.59%; 大中小", "学"},
                new int[] {-1, -1, -1, 27, 50}, 1);
        assertSame(apart, ValueClauses.splitJoined(apart, ROLES, placed), "a column apart: two cells");
        LaidOutTable.Line name = new LaidOutTable.Line(7, new String[] {null, null, null, "参保人数(人)", "全民参保"},
                new int[] {-1, -1, -1, 27, 35}, 1);
        assertSame(name, ValueClauses.splitJoined(name, ROLES, placed), "a name compares no figure");
        LaidOutTable.Line figure = new LaidOutTable.Line(8, new String[] {null, null, null, "成年人≤192.59%;", "儿童≤260%"},
                new int[] {-1, -1, -1, 27, 43}, 1);
        assertSame(figure, ValueClauses.splitJoined(figure, ROLES, placed), "the value cell names a figure of its own");
        Row row = new Row(List.of(), true, dev.zhibiao.Locator.line(5));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        placed.note(row, 8, true, notes);
        assertEquals(List.of(ValueClauses.SPLIT_CODE), notes.get(row).stream().map(dev.zhibiao.Diagnostic::code).toList());
        assertFalse(notes.get(row).get(0).message().isBlank());
    }
}
