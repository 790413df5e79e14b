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
 * A value one space after a name printed left of its column, in a table printed by {@code pdftotext -layout}
 * ({@link PackedLineCells}, layout33).
 */
class PackedLineCellsTest {

    /**
     * The fiscal form printed by Chromium with a numbered header and footer (furniture_prints.py of disclosures.py seed
     * 310310, d2's sheet): the first row's name is packed one space after its level-2 label and its value one space after
     * the name; the value started nearer the name column's usual start than its own and was joined to the name, and the
     * next row's value then went up to the empty value of that row.
     */
    @Test
    void aValueAfterAPackedNameKeepsItsColumn() {
        List<String> rows = LaidOutLines.rows(
                "          一级指标      二级指标                        三级指标               指标值",
                "        成本指标      社会成本指标 对健全医疗保障制度体系的影响 成效明显",
                "                                                       符合救助条件的对象按规定纳",
                "                  数量指标          医疗救助对象人次规模",
                "                                                       入救助范围",
                "        产出指标                    重点救助对象自负费用年度限额",
                "绩效指标              质量指标                         ≥70.00(%)",
                "                                内住院救助比例",
                "                  时效指标          城市内一站式即时结算覆盖地区 不低于上年",
                "        效益指标      社会效益指标 困难群众看病就医方便程度                  明显提高",
                "                  服务对象满意",
                "        满意度指标            政策知晓率                         ≥80.00(%)",
                "                  度指标");
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|对健全医疗保障制度体系的影响|成效明显")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|医疗救助对象人次规模|符合救助条件的对象按规定纳入救助范围")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|重点救助对象自负费用年度限额内住院救助比例|≥70.00(%)")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|城市内一站式即时结算覆盖地区|不低于上年")), "rows: " + rows);
        assertEquals(7, rows.size(), "rows (the heading's first): " + rows);
    }

    private static final List<Role> ROLES = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);

    private static LaidOutTable.Line line(int no, String... cells) {
        return LaidOutLines.tableLine(ROLES.size(), no, cells);
    }

    /**
     * The kept cell is noted on its row; a cell whose left neighbour is itself out of place (a wrapped label's 标 split
     * into the name column), or stands left of its column with no label before it on the line, is placed by its own start
     * as before.
     */
    @Test
    void theKeptCellIsNotedAndAMisplacedNeighbourMeasuresNothing() {
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "0", "成本指标", "9", "1", "社会成本指标", "19", "2", "对健全医疗保障制度体系的影响", "26", "3", "成效明显", "41"));
        lines.add(line(2, "3", "符合救助条件的对象按规定纳", "56"));
        lines.add(line(3, "1", "数量指标", "19", "2", "医疗救助对象人次规模", "33"));
        lines.add(line(4, "3", "入救助范围", "56"));
        lines.add(line(5, "0", "产出指标", "9", "1", "质量指标", "19", "2", "城市内一站式即时结算覆盖地区", "33", "3", "不低于上年", "48"));
        lines.add(line(6, "1", "社会效益指标", "19", "2", "困难群众看病就医方便程度", "26", "3", "明显提高", "56"));
        lines.add(line(7, "0", "满意度指标", "9", "1", "服务对象满意度指标", "19", "2", "政策知晓率", "33", "3", "≥80.00(%)", "56"));
        lines.add(line(8, "2", "参保对象满意度", "33", "3", "≥90.00(%)", "56"));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(lines, ROLES, null, notes);
        assertNotNull(rows);
        assertEquals(6, rows.size(), "rows: " + rows);
        assertEquals("对健全医疗保障制度体系的影响", rows.get(0).cells().get(2).text());
        assertEquals("成效明显", rows.get(0).cells().get(3).text());
        assertEquals("符合救助条件的对象按规定纳入救助范围", rows.get(1).cells().get(3).text());
        assertTrue(notes.get(rows.get(0)).stream().anyMatch(d -> d.code().equals(PackedLineCells.CODE)), "noted: " + notes);

        int[] usual = {9, 19, 33, 56};
        LaidOutTable.Line label = line(9, "0", "标", "1", "2", "标", "9", "3", "的监管效率", "33");
        assertFalse(PackedLineCells.stays(label, 3, 2, 0, usual), "a 标 in the name column measures nothing");
        LaidOutTable.Line alone = line(10, "2", "政策知晓率", "6", "3", "参保群众政策知晓率", "17");
        assertFalse(PackedLineCells.stays(alone, 3, 2, 0, usual), "a name with no label before it on its line was pushed by nothing");
        assertTrue(PackedLineCells.stays(lines.get(0), 3, 2, 0, usual));
    }
}
