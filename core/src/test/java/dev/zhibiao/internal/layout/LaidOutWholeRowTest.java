package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A later page's whole row on one line keeps the split's columns ({@code LaidOutPages.wholeRow}, layout27). */
class LaidOutWholeRowTest {

    /**
     * The fiscal form printed by Chromium with its default header and footer (furniture_prints.py of disclosures.py seed
     * 271591, d1; the furniture lines left out): the table's last row stands alone on the next page, which pdftotext
     * {@code -layout} lays out narrower (满意度指标 at 25 by 一级 at 26, 服务对象满意度指标 at 34, 政策知晓率 at 48,
     * the value at 56). The split read the line right; placed by the first page's usual starts, the name went into the
     * 二级 column ({@code 服务对象满意度指标 政策知晓率}) and the value into the name's.
     */
    @Test
    void aLaterPagesWholeRowKeepsTheSplitsColumns() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "    绩效指标                  一级指标            二级指标                  三级指标              指标值",
                "",
                "",
                "",
                "                          成本指标            经济成本指标          县级财政对长护的补助              补助到位",
                "",
                "",
                "                                                        城镇职工困难企业和城乡居民医",
                "                                          数量指标                                    全面参保",
                "                                                              保人数",
                "",
                "                          产出指标",
                "                                          质量指标          需要长期护理的重症失能人员             纳入长护",
                "",
                "",
                "                                          时效指标          逐步调整保障范围和保障水平             逐步提高",
                "",
                "",
                "                          效益指标            社会效益指标          提高长护人员护理水平              逐步提高",
                "",
                "\f",
                "",
                "",
                "                         满意度指标    服务对象满意度指标   政策知晓率   ≥95.00(%)",
                "",
                "",
                "",
                "",
                "\f",
                "",
                "");
        assertEquals("24:|满意度指标|服务对象满意度指标|政策知晓率|≥95.00(%)", rows.get(rows.size() - 1), "rows: " + rows);
        assertTrue(rows.contains("19:|效益指标|社会效益指标|提高长护人员护理水平|逐步提高"), "rows: " + rows);
    }

    /** The rule's words: every column but the lead filled, the label columns whole labels of their levels. */
    @Test
    void onlyALineWithEveryColumnAndItsLabels() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2,
                ColumnFit.Role.NAME, ColumnFit.Role.VALUE);
        int[] x = {-1, 25, 34, 48, 56};
        assertTrue(LaidOutPages.wholeRow(new LaidOutTable.Line(1, new String[] {null, "满意度指标", "服务对象满意度指标",
                "政策知晓率", "≥95.00(%)"}, x, 1), roles));
        assertFalse(LaidOutPages.wholeRow(new LaidOutTable.Line(1, new String[] {null, "满意度指标", "服务对象满意度指标",
                "政策知晓率", null}, x, 1), roles), "no value");
        assertFalse(LaidOutPages.wholeRow(new LaidOutTable.Line(1, new String[] {null, "满意度指标", "政策知晓率",
                "≥95.00(%)", "有所提高"}, x, 1), roles), "no level-2 label");
        assertFalse(LaidOutPages.wholeRow(new LaidOutTable.Line(1, new String[] {null, "标", "服务对象满意度指标",
                "政策知晓率", "≥95.00(%)"}, x, 1), roles), "no level-1 label");
        List<ColumnFit.Role> narrow = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2,
                ColumnFit.Role.NAME, ColumnFit.Role.OP, ColumnFit.Role.VALUE);
        assertFalse(LaidOutPages.wholeRow(new LaidOutTable.Line(1, new String[] {null, "满意度指标", "服务对象满意度指标",
                "政策知晓率", "≥", "95"}, new int[] {-1, 25, 34, 48, 54, 56}, 1), narrow), "a table with narrow columns besides");
    }
}
