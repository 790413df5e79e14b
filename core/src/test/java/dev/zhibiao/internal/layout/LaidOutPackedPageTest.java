package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A laid-out table's last rows printed packed from the margin at the next page's head, the page not placed by its
 * labels ({@link LaidOutPages#packedPages}, {@link LaidOutTable#realigned}; layout22).
 */
class LaidOutPackedPageTest {

    private static final List<ColumnFit.Role> ROLES = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2,
            ColumnFit.Role.NAME, ColumnFit.Role.VALUE);
    /** 绩效指标 一级指标 二级指标 三级指标 指标值, as the fiscal form's heading stands (disclosures.py seed 271543, d4). */
    private static final int[] HEADING = {1, 12, 26, 45, 62};

    private static LaidOutTable.Line line(int no, int page, String[] texts, int[] starts) {
        return new LaidOutTable.Line(no, texts, starts, page);
    }

    private static String[] t(String... texts) {
        return texts;
    }

    private static int[] x(int... starts) {
        return starts;
    }

    /**
     * The fiscal form's last row printed at the next page's head, packed from the margin, as the split read it:
     * {@code 度} (the name above's rest), {@code 服务对象满意度指} / {@code 满意度指标 工作满意度 ≥85.00(%)} / {@code 标}. By
     * the first page's usual starts the name stood nearest the 二级 column and the value nearest the name's, and the
     * row went into the row above ({@code 补助对象医疗费用负担减轻程 | 有效缓解}); the page keeps the split's columns,
     * and the label's last character goes under the label it completes.
     */
    @Test
    void aPagePackedFromTheMarginKeepsTheSplitsColumns() {
        List<LaidOutTable.Line> lines = List.of(
                line(429, 16, t(null, null, null, "对离休干部和建老人员医疗待", null), x(-1, -1, -1, 34, -1)),
                line(430, 16, t(null, "成本指标", "社会成本指标", null, "成效明显"), x(-1, 12, 23, -1, 61)),
                line(431, 16, t(null, null, null, "遇保障", null), x(-1, -1, -1, 46, -1)),
                line(435, 16, t(null, null, "数量指标", "补助对象范围人次规模", "按文件完成补助人次"), x(-1, -1, 26, 36, 60)),
                line(438, 16, t(null, "产出指标", null, null, null), x(-1, 12, -1, -1, -1)),
                line(439, 16, t(null, null, "质量指标", "补助对象政策内住院报销比例", "按规定实报实销"), x(-1, -1, 26, 34, 60)),
                line(442, 16, t(null, null, "时效指标", "当年各级财政补助资金到位率", "=100.00(%)"), x(-1, -1, 26, 34, 60)),
                line(445, 16, t(null, "效益指标", "社会效益指标", "补助对象医疗费用负担减轻程", "有效缓解"), x(-1, 12, 23, 34, 61)),
                line(446, 17, t(null, null, null, "度", null), x(-1, -1, -1, 23, -1)),
                line(449, 17, t(null, null, "服务对象满意度指", null, null), x(-1, -1, 9, -1, -1)),
                line(450, 17, t(null, "满意度指标", null, "工作满意度", "≥85.00(%)"), x(-1, 1, -1, 20, 28)),
                line(451, 17, t(null, null, null, "标", null), x(-1, -1, -1, 12, -1)));
        List<LaidOutTable.Line> out = LaidOutTable.realigned(lines, ROLES, HEADING);
        assertArrayEquals(t(null, "满意度指标", null, "工作满意度", "≥85.00(%)"), out.get(10).texts());
        assertArrayEquals(t(null, null, "标", null, null), out.get(11).texts(), "the label's last character under the label");
        assertArrayEquals(t(null, null, null, "度", null), out.get(8).texts(), "the name's rest stays in the name");
        List<String> rows = new ArrayList<>();
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        for (Row r : LaidOutTable.rows(lines, ROLES, HEADING, notes)) {
            List<String> cells = new ArrayList<>();
            r.cells().forEach(c -> cells.add(c.text()));
            rows.add(String.join("|", cells));
        }
        assertEquals("效益指标|社会效益指标|补助对象医疗费用负担减轻程度|有效缓解", rows.get(rows.size() - 2).substring(rows.get(rows.size() - 2).indexOf('|') + 1), "rows: " + rows);
        assertEquals(1, notes.values().stream().flatMap(List::stream)
                .filter(d -> d.code().equals(LaidOutTable.PAGE_PLACED) && d.message().contains("packed from the margin")).count(),
                "the repair is recorded: " + notes);
        assertEquals("满意度指标|服务对象满意度指标|工作满意度|≥85.00(%)", rows.get(rows.size() - 1).substring(rows.get(rows.size() - 1).indexOf('|') + 1), "rows: " + rows);
    }
}
