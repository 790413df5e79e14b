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
 * A name wrapped round a line of category labels only, in a table printed by {@code pdftotext -layout}
 * ({@link NameRoundLabels}, tmpl33).
 */
class NameRoundLabelsTest {

    /**
     * pdftotext-layout (LibreOffice) h6's second sheet, as printed, with the text after the table: the row's name, its
     * description and its basis each wrap round the line that holds only its level-2 label, and were read as two rows.
     */
    @Test
    void aNameWrappedRoundItsLabelLineIsOneName() {
        List<String> rows = LaidOutLines.rows(
                "一级指                                           指标    指标值确定依",
                "        二级指标      三级指标          绩效指标描述",
                " 标                                            值       据",
                "",
                "",
                "产出指                                                 根据上级文件",
                "        质量指标     参保率（%）     已参保人数占应参保人数的比率    ≥85",
                " 标                                                   或方案",
                "",
                "",
                "效果指             城镇居民医保覆盖    参加医保的城镇居民人数占城镇居         根据上级文件",
                "       社会效益指标",
                " 标                率（%）          民总人数的比率              或方案",
                "",
                "",
                "满意度    服务对象满意                                       根据上级文件",
                "                 群众满意度       群众满意数量占总数的比例。",
                "指标      度指标                                          或方案",
                "3、冀财社【2019】116 号河北省财政厅、河北省医疗保障局关于提前下达 2020 年中央财政医疗救助补助",
                "资金（第一批）绩效目标表");
        assertTrue(rows.contains("11:效果指标|社会效益指标|城镇居民医保覆盖率（%）|参加医保的城镇居民人数占城镇居民总人数的比率||根据上级文件或方案"),
                "rows: " + rows);
        assertTrue(rows.contains("17:满意度指标|服务对象满意度指标|群众满意度|群众满意数量占总数的比例。||根据上级文件或方案"), "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.contains("|率（%）|")), "rows: " + rows);
    }

    /**
     * pdftotext-layout h4's unruled table: rows on consecutive lines, a level-1 label's first line between two one-line
     * rows whose values are their own (≥95% opens a value): two rows, not one name.
     */
    @Test
    void oneLineRowsRoundALabelStayApart() {
        List<String> rows = LaidOutLines.rows(
                "            一级指标   二级指标          三级指标              指标值",
                "            成本指标   经济成本指标        县级财政对长护的补助         补助到位",
                "                                 城镇职工困难企业和城乡居民医保",
                "                   数量指标                                 全面参保",
                "                                 人数",
                "            产出指标",
                "绩效指标                   质量指标     需要长期护理的重症失能人员        纳入长护",
                "                   时效指标    逐步调整保障范围和保障水平       逐步提高",
                "            效益指标   社会效益指标        提高长护人员护理水平         逐步提高",
                "            满意度指",
                "                   服务对象满意度指标      政策知晓率            ≥95%",
                "            标");
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|提高长护人员护理水平|逐步提高")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|政策知晓率|≥95%")), "rows: " + rows);
    }

    private static final List<Role> ROLES = List.of(Role.L1, Role.L2, Role.NAME, Role.TEXT, Role.VALUE, Role.TEXT);

    private static LaidOutTable.Line line(int no, String... cells) {
        return LaidOutLines.tableLine(ROLES.size(), no, cells);
    }

    /**
     * A Chromium print (layout_heldout_chromium.py seed 330153, c2_000_gov, a study set not committed): two one-line rows
     * set apart round a level-1 label's first line, each with a value as wide as its column: two rows, not one name.
     */
    @Test
    void twoRowsWithValuesRoundALevel1LabelStayApart() {
        List<Role> roles = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(new LaidOutTable.Line(1, new String[] {null, null, "医疗救助对象覆盖范围", "逐步扩大"}, new int[] {-1, -1, 17, 41}));
        lines.add(new LaidOutTable.Line(4, new String[] {null, "社会效益指标", "困难群众看病就医方便程度", "明显提高"}, new int[] {-1, 7, 22, 50}));
        lines.add(new LaidOutTable.Line(5, new String[] {"效益指", null, null, null}, new int[] {1, -1, -1, -1}));
        lines.add(new LaidOutTable.Line(6, new String[] {"标", null, "困难群众医疗费用负担减轻程度", "有效缓解"}, new int[] {2, -1, 16, 48}));
        lines.add(new LaidOutTable.Line(9, new String[] {null, null, "对健全社会救助体系的影响", "成效明显"}, new int[] {-1, -1, 16, 45}));
        List<Row> rows = LaidOutTable.rows(lines, roles, null, new java.util.IdentityHashMap<>());
        assertNotNull(rows);
        assertTrue(rows.stream().anyMatch(r -> r.cells().get(2).text().equals("困难群众看病就医方便程度")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.cells().get(2).text().equals("困难群众医疗费用负担减轻程度")), "rows: " + rows);
    }

    /** The join is noted on its row. */
    @Test
    void theJoinIsNoted() {
        List<LaidOutTable.Line> lines = new ArrayList<>();
        lines.add(line(1, "0", "产出指", "1", "5", "根据上级文件", "70"));
        lines.add(line(2, "1", "质量指标", "8", "2", "参保率（%）", "20", "3", "已参保人数占应参保人数的比率", "36", "4", "≥85", "68"));
        lines.add(line(3, "0", "标", "1", "5", "或方案", "70"));
        lines.add(line(6, "0", "效果指", "1", "2", "城镇居民医保覆盖", "20", "3", "参加医保的城镇居民人数占城镇居", "36", "5", "根据上级文件", "70"));
        lines.add(line(7, "1", "社会效益指标", "8"));
        lines.add(line(8, "0", "标", "1", "2", "率（%）", "20", "3", "民总人数的比率", "36", "5", "或方案", "70"));
        lines.add(line(11, "2", "受益群众及其他相关部门的满意程度", "20"));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(lines, ROLES, null, notes);
        assertNotNull(rows);
        Row joined = rows.stream().filter(r -> r.cells().get(2).text().startsWith("城镇居民")).findFirst().orElseThrow();
        assertEquals("城镇居民医保覆盖率（%）", joined.cells().get(2).text(), "rows: " + rows);
        assertTrue(notes.get(joined).stream().anyMatch(d -> d.code().equals(NameRoundLabels.CODE)), "noted: " + notes);
    }
}
