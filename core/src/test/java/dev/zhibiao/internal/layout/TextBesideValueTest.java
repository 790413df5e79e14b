package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A text column beside the value column ({@code 指标值 | 指标值确定依据}, {@code 绩效指标描述 | 指标值}) printed by
 * {@code pdftotext -layout}: the text wrapped round the value, a line above and below it, was read into the value
 * column (layout19).
 */
class TextBesideValueTest {

    private static final List<Role> ROLES = List.of(Role.L1, Role.L2, Role.NAME, Role.TEXT, Role.VALUE, Role.TEXT);
    private static final int[] HEADING = {1, 9, 24, 42, 58, 61};

    private static LaidOutTable.Line line(int no, String... cells) {
        return LaidOutLines.tableLine(ROLES.size(), no, cells);
    }

    /** {@code 按上级文件 / ≥90 / 政策}: the basis printed above and below the value, right of the basis heading's start. */
    private static List<LaidOutTable.Line> basisRoundValues() {
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "4", "按上级文件", "64"));
        lines.add(line(2, "0", "产出指标", "1", "1", "质量指标", "8", "2", "定点医疗机构监管", "20", "4", "≥90", "58"));
        lines.add(line(3, "4", "政策", "64"));
        lines.add(line(4, "4", "按上级文件", "64"));
        lines.add(line(5, "2", "高血压患者规范管理率", "20", "4", "≥90", "58"));
        lines.add(line(6, "4", "政策", "64"));
        return lines;
    }

    @Test
    void textRoundTheValueGoesToTheTextColumnBesideIt() {
        Set<Integer> moved = new TreeSet<>();
        List<LaidOutTable.Line> out = TextBesideValue.apart(basisRoundValues(), ROLES, HEADING, moved);
        assertEquals(Set.of(1, 3, 4, 6), moved);
        assertNull(out.get(0).texts()[4]);
        assertEquals("按上级文件", out.get(0).texts()[5]);
        assertEquals("≥90", out.get(1).texts()[4], "a value stays where the values stand");
    }

    @Test
    void theRowsReadTheirValuesAloneAndTheRepairIsNoted() {
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(basisRoundValues(), ROLES, HEADING, notes);
        assertNotNull(rows);
        assertEquals(2, rows.size(), "rows: " + rows);
        assertEquals("≥90", rows.get(0).cells().get(4).text());
        assertEquals("按上级文件政策", rows.get(0).cells().get(5).text());
        assertTrue(notes.get(rows.get(0)).stream().anyMatch(d -> d.code().equals(TextBesideValue.CODE)), "noted: " + notes);
    }

    /** Without two values the column's place is unknown: nothing moves (a qualitative value packed left stays). */
    @Test
    void aValueColumnWithoutValuesKeepsItsCells() {
        List<LaidOutTable.Line> lines = List.of(line(1, "2", "政策知晓率", "20", "4", "普遍知晓", "44"),
                line(2, "2", "群众满意度", "20", "4", "有效缓解", "44"));
        Set<Integer> moved = new TreeSet<>();
        assertEquals(lines, TextBesideValue.apart(lines, ROLES, HEADING, moved));
        assertTrue(moved.isEmpty());
    }
    /**
     * {@code 定点医疗机构监管 | ≥90}, then {@code 高血压患者规范管} / {@code ≥90} / {@code 理率}: the first name is as wide as
     * the narrow name column and looked full, but its line holds a value and the line under the next name another; a row
     * has one value, so the names are two rows ({@link OneValuePerRow}).
     */
    @Test
    void aNameBesideAValueDoesNotGoOnIntoANameWithAValueUnderIt() {
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "5", "按上级文件", "64"));
        lines.add(line(2, "2", "定点医疗机构监管", "20", "4", "≥90", "58"));
        lines.add(line(3, "5", "政策", "64"));
        lines.add(line(4, "2", "高血压患者规范管", "20", "5", "按上级文件", "64"));
        lines.add(line(5, "1", "质量指标", "8", "4", "≥90", "58"));
        lines.add(line(6, "2", "理率", "20", "5", "政策", "64"));
        List<Row> rows = LaidOutTable.rows(lines, ROLES, HEADING);
        assertNotNull(rows);
        assertEquals(List.of("定点医疗机构监管", "高血压患者规范管理率"), rows.stream().map(r -> r.cells().get(2).text()).toList());
        assertEquals(List.of("≥90", "≥90"), rows.stream().map(r -> r.cells().get(4).text()).toList());
    }

    /**
     * A narrow value column ({@code 指标 | 指标值确定依} a space apart) with one value among empty cells: the basis printed
     * round the value, right of the value's heading and nearer the basis heading ({@code 根据上级文件 / ≥85 / 或方案}, the
     * other rows' {@code 根据上级文件 / 或方案} alone), goes to the basis column by the value column's heading (tmpl30).
     */
    @Test
    void aBasisRightOfANarrowValueColumnWithOneValueGoesToTheBasis() {
        List<Role> roles = List.of(Role.L1, Role.L2, Role.NAME, Role.TEXT, Role.VALUE, Role.TEXT);
        int[] heading = {0, 8, 19, 38, 49, 52};
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "0", "产出指", "0", "4", "根据上级文件", "57"));
        lines.add(line(2, "1", "质量指标", "8", "2", "参保率（%）", "18", "3", "已参保人数占应参保人数的比率", "30", "4", "≥85", "50"));
        lines.add(line(3, "0", "标", "1", "4", "或方案", "59"));
        lines.add(line(4, "0", "效果指", "0", "2", "城镇居民医保覆盖率", "17", "3", "参加医保的城镇居民人数", "29", "4", "根据上级文件", "57"));
        lines.add(line(5, "1", "社会效益指标", "7"));
        lines.add(line(6, "0", "标", "1", "2", "（%）", "20", "3", "总人数的比率", "34", "4", "或方案", "59"));
        Set<Integer> moved = new TreeSet<>();
        List<LaidOutTable.Line> out = TextBesideValue.apart(lines, roles, heading, moved);
        assertEquals(Set.of(1, 3, 4, 6), moved);
        assertEquals("根据上级文件", out.get(0).texts()[5]);
        assertNull(out.get(0).texts()[4]);
        assertEquals("≥85", out.get(1).texts()[4], "the value stays");
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(lines, roles, heading, notes);
        assertNotNull(rows);
        assertEquals(List.of("≥85", ""), rows.stream().map(r -> r.cells().get(4).text()).toList(), "rows: " + rows);
        assertEquals(List.of("根据上级文件或方案", "根据上级文件或方案"), rows.stream().map(r -> r.cells().get(5).text()).toList());
        assertTrue(notes.get(rows.get(0)).stream().anyMatch(d -> d.code().equals(TextBesideValue.CODE)), "noted: " + notes);
    }
}
