package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gov prints read with {@code pdftotext -layout} (tmpl39): the value column is a few characters wide, so a value is cut at
 * its edge — before its unit ({@code ≤3.05} / {@code 万元}) or inside its number ({@code ≥4848} / {@code 0人}) — beside a
 * name that wraps at the same height. The second line is the rest of the value, not a row of its own.
 */
class GovValueRestsTest {

    /**
     * Chromium's print of a table printed twice (two periods side by side, the second half's labels at the lines' ends),
     * rows with no space between them and the next row on a new page: {@code 发放外聘、临时工作 ≤3.05} / {@code 人员补贴
     * 万元}. A unit alone is no value;
     * the name goes on and the value is {@code ≤3.05万元} (main's classes read two rows: {@code ≤3.05} and
     * {@code 人员补贴 | 万元}).
     */
    @Test
    void aUnitAloneUnderANumberIsItsValuesRest() {
        List<String> rows = LaidOutLines.pagedRows(
                "绩效   一级",
                "          二级指标         三级指标      指标值",
                "指标   指标",
                "",
                "",
                "",
                "                      购买办公用纸张    ≤300元",
                "",
                "          成本指标",
                "                 发放外聘、临时工作        ≤3.05",
                "                   人员补贴           万元",
                "\f     社会效益   保障城乡供水工程稳   明显提         社会效益",
                "      指标       定运行       升           指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|发放外聘、临时工作人员补贴|≤3.05万元")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|购买办公用纸张|≤300元")), "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.endsWith("|万元")), "rows: " + rows);
    }

    /**
     * LibreOffice's print, a blank line between a cell's lines: {@code 本年度受助人 ≥4848} / {@code 数 0人}. The bare
     * number fills the column and the line under it is digits and the unit it lacks: one value cut inside its digits
     * ({@code ≥48480人}), and the name goes on (before, two rows: {@code 本年度受助人 | ≥4848} and {@code 数 | 0人}).
     */
    @Test
    void aNumberCutInsideItsDigitsIsOneValue() {
        List<String> rows = LaidOutLines.rows(
                "      一级     二级指标       三级指标      指标值",
                "      指标",
                "",
                "",
                "      产出             年度内新增受     ≥500",
                "",
                "      指标              助人数         人",
                "           数量指标",
                "                     本年度受助人     ≥4848",
                "",
                "                       数         0人",
                "",
                "",
                "                     救助资金发放",
                "           质量指标                 100%",
                "                      及时率"
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|本年度受助人数|≥48480人")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|年度内新增受助人数|≥500人")), "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.endsWith("|0人")), "rows: " + rows);
    }

    /** Each rest is a repair noted on its row ({@code value-rest-joined}, at the rest's line); a wrapped name is not. */
    @Test
    void eachRestIsNotedOnItsRow() {
        String[] text = {
            "      一级     二级指标       三级指标      指标值",
            "      指标",
            "",
            "",
            "      产出             年度内新增受     ≥500",
            "",
            "      指标              助人数         人",
            "           数量指标",
            "                     本年度受助人     ≥4848",
            "",
            "                       数         0人",
            "",
            "",
            "                     救助资金发放",
            "           质量指标                 100%",
            "                      及时率"};
        List<SpacedRows.Line> in = new java.util.ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (!text[i].isBlank()) {
                in.add(LaidOutLines.line(i + 1, text[i], 0));
            }
        }
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = SpacedRows.rows(in, notes);
        List<Integer> noted = notes.values().stream().flatMap(List::stream).filter(d -> d.code().equals(LaidOutChunks.VALUE_REST))
                .map(d -> d.position().line()).sorted().toList();
        assertEquals(List.of(7, 11), noted, "rows: " + rows + " notes: " + notes);
    }

    /** The rests asked directly: a unit alone, and digits with a unit under a bare number that fills its column only. */
    @Test
    void theRestsAskedDirectly() {
        assertTrue(LaidOutTable.unitRest("≤3.05", "万元"));
        assertTrue(LaidOutTable.unitRest("≥100", "%"));
        assertTrue(LaidOutTable.unitRest("≤12.5", "元/人"));
        assertFalse(LaidOutTable.unitRest("≤3.05", "有效缓解"), "a worded value is a value of its own");
        assertFalse(LaidOutTable.unitRest("明显改", "善"));
        double widest = PrintWidths.width("明显改", false);
        assertTrue(LaidOutTable.cutInDigits("≥4848", "0人", widest));
        assertFalse(LaidOutTable.cutInDigits("≥4", "0人", widest), "a short number does not fill the column: it ends there");
        assertFalse(LaidOutTable.cutInDigits("≥4848", "≥10人", widest), "a compared value opens a value of its own");
        assertFalse(LaidOutTable.cutInDigits("≥48.5", "0人", widest), "cut in its decimals is another rule's");
        assertFalse(LaidOutTable.cutInDigits("≥4848", "10", widest), "no unit under it: a value of its own");
        assertEquals(3.0, PrintWidths.width("≥4848"), 1e-9);
    }
}
