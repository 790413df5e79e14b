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
 * A wrapped name's last line printed after the line beside its row's value, in a table printed by
 * {@code pdftotext -layout} ({@link NameTailAfterValue}, layout32).
 */
class NameTailAfterValueTest {

    /**
     * The fiscal form printed by Chromium with its default header and footer (furniture_prints.py of disclosures.py seed
     * 310310, d1's sheet): the second row's name is three lines round its value, and its last line {@code 例} was read as
     * a row of its own (the next row's name wrapped round that row's value {@code 不低于上 / 年}).
     */
    @Test
    void aShortNameLineAfterTheValueLineEndsTheNameAbove() {
        List<String> rows = LaidOutLines.rows(
                "                         一级指标           二级指标                  三级指标          指标值",
                "                                                     重特大疾病医疗救助人次占直接救助人次比",
                "                                  数量指标                                     ≥28.00(%)",
                "                                                     例",
                "                                                     重点对象住院政策范围内个人自负医疗费用",
                "               产出指标               质量指标               大病保险起付线以上部分年度限额内救助比   ≥70.00(%)",
                "                                                     例",
                "                                                                           不低于上",
                "                                  时效指标               “一站式”即时结算覆盖地区",
                "                                                                           年",
                "                                                     医疗救助对象覆盖范围            逐步扩大",
                "                                  社会效益指标             困难群众看病就医方便程度          明显提高");
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例|≥70.00(%)")),
                "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|“一站式”即时结算覆盖地区|不低于上年")), "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.endsWith("|例|")), "rows: " + rows);
        assertEquals(6, rows.size(), "rows: " + rows);
    }

    private static final List<Role> ROLES = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);

    private static LaidOutTable.Line line(int no, String... cells) {
        return LaidOutLines.tableLine(ROLES.size(), no, cells);
    }

    /** The join is noted on its row; a name line as wide as its column there still starts the next row's name. */
    @Test
    void theTailIsNotedAndAFullLineStillStartsTheNextName() {
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "2", "重点对象住院政策范围内个人自负医疗费用", "30"));
        lines.add(line(2, "0", "产出指标", "1", "1", "质量指标", "15", "2", "大病保险起付线以上部分年度限额内救助比", "30", "3", "≥70.00(%)", "60"));
        lines.add(line(3, "2", "例", "30"));
        lines.add(line(4, "3", "不低于上", "60"));
        lines.add(line(5, "1", "时效指标", "15", "2", "“一站式”即时结算覆盖地区", "30"));
        lines.add(line(6, "3", "年", "60"));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(lines, ROLES, null, notes);
        assertNotNull(rows);
        assertEquals(2, rows.size(), "rows: " + rows);
        assertEquals("重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例", rows.get(0).cells().get(2).text());
        assertTrue(notes.get(rows.get(0)).stream().anyMatch(d -> d.code().equals(NameTailAfterValue.CODE)), "noted: " + notes);

        List<LaidOutTable.Line> full = new ArrayList<>();
        full.add(line(1, "2", "居家照护服务试点运行情况", "30", "3", "运行良好", "60"));
        full.add(line(2, "2", "符合待遇享受条件的参保人", "30"));
        full.add(line(3, "3", "有效缓解", "60"));
        full.add(line(4, "2", "员照护费用负担减轻程度", "30"));
        full.add(line(5, "2", "服务对象满意度", "30", "3", "≥90%", "60"));
        List<Row> kept = LaidOutTable.rows(full, ROLES, null, new java.util.IdentityHashMap<>());
        assertNotNull(kept);
        assertEquals("居家照护服务试点运行情况", kept.get(0).cells().get(2).text(), "rows: " + kept);
    }
}
