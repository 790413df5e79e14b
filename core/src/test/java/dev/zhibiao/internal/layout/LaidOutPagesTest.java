package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A laid-out table's later pages printed on a grid of their own ({@link LaidOutPages}, {@link LaidOutTable#realigned}).
 */
class LaidOutPagesTest {

    private static final List<ColumnFit.Role> ROLES = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2,
            ColumnFit.Role.NAME, ColumnFit.Role.VALUE);
    /** 绩效指标 一级指标 二级指标 三级指标 指标值, as the fiscal form's heading stands. */
    private static final int[] HEADING = {1, 10, 20, 37, 66};

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
     * A page placed by its labels ({@link LaidOutPages#shiftedPages}) has columns of its own: on the fiscal form's
     * second page the level-2 labels stand at the margin, the names at 8 and the values at 36, so a wrapped name's
     * last character printed alone under the name's middle ({@code 准} at 17) stands nearest the first page's 二级
     * column and, moved as far right as the labels say, fell into the value ({@code 312 元准}); the next row's name
     * then went on into the row after it. A one-cell line of such a page goes to the column whose start on that page
     * it is nearest, as {@code realigned} does with the first page's starts; lines of several cells keep their order.
     */
    @Test
    void aOneCellLineOfAPagePlacedByItsLabelsGoesToThePagesOwnNearestColumn() {
        List<LaidOutTable.Line> lines = List.of(
                line(5, 14, t(null, "产出指标", "数量指标", "参保人数(人)", "≥40.8 万人"), x(-1, 10, 20, 39, 68)),
                line(8, 14, t(null, null, null, "各级财政实际补助标准(元)", "≥520 元"), x(-1, -1, -1, 28, 68)),
                line(11, 14, t(null, null, null, "参保居民个人缴费标准(元)", "≥270 元"), x(-1, -1, -1, 28, 68)),
                line(14, 15, t(null, null, null, "参保人住院费用实际报销比例", "≥55.00(%)"), x(-1, -1, -1, 8, 36)),
                line(17, 15, t(null, null, "时效指标", "当年财政补助资金到位率", "=100.00(%)"), x(-1, -1, 1, 8, 35)),
                line(20, 15, t(null, null, null, "中央财政补助资金人均补助标", null), x(-1, -1, -1, 8, -1)),
                line(21, 15, t(null, null, null, null, "312 元"), x(-1, -1, -1, -1, 36)),
                line(22, 15, t(null, null, null, "准", null), x(-1, -1, -1, 17, -1)),
                line(23, 15, t(null, null, "成本指标", null, null), x(-1, -1, 1, -1, -1)),
                line(24, 15, t(null, null, null, "省级财政补助资金人均补助标", null), x(-1, -1, -1, 8, -1)),
                line(25, 15, t(null, null, null, null, "124.8 元"), x(-1, -1, -1, -1, 36)),
                line(26, 15, t(null, null, null, "准", null), x(-1, -1, -1, 17, -1)));
        List<LaidOutTable.Line> out = LaidOutTable.realigned(lines, ROLES, HEADING);
        assertArrayEquals(t(null, null, null, "准", null), out.get(7).texts(), "the name's last character stays in the name");
        assertArrayEquals(t(null, null, "时效指标", "当年财政补助资金到位率", "=100.00(%)"), out.get(4).texts());
        List<String> rows = new ArrayList<>();
        for (Row r : LaidOutTable.rows(lines, ROLES, HEADING)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            rows.add(r.at().line() + ":" + String.join("|", cells));
        }
        assertEquals(List.of(
                "5:|产出指标|数量指标|参保人数(人)|≥40.8 万人",
                "8:|||各级财政实际补助标准(元)|≥520 元",
                "11:|||参保居民个人缴费标准(元)|≥270 元",
                "14:|||参保人住院费用实际报销比例|≥55.00(%)",
                "17:||时效指标|当年财政补助资金到位率|=100.00(%)",
                "20:||成本指标|中央财政补助资金人均补助标准|312 元",
                "24:|||省级财政补助资金人均补助标准|124.8 元"), rows, "成本指标, printed between them, heads both rows");
    }
}
