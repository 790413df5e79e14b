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

    /**
     * A self-evaluation's second page printed without its lead column (绩效指标, empty there): its level-1 label
     * 满意度指标 (a label of both levels) stands at the margin, the level-2 labels at 4–5, between the first page's lead
     * (1) and 一级 (7) starts, names at 11–12, values at 26 and 33. A label as near two columns says either shift, and
     * a label of both levels standing left of a level-2 label on its page is the level-1 label, which says one column;
     * a cell as near two columns goes to the right one (the page's cells stand left of their own). Without these the
     * page was moved two columns (可持续影响指标 taken at the lead's start), every name into the value column.
     */
    @Test
    void aPageShortOfItsLeadIsPlacedOneColumnRightByALevelOneLabelLeftOfItsLevelTwoLabels() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE, ColumnFit.Role.ACTUAL);
        int[] heading = {1, 7, 11, 22, 36, 47};
        List<LaidOutTable.Line> lines = List.of(
                line(5, 14, t(null, null, "数量指标", "自付费用年度限额内住院", "≥70%", "≥70%"), x(-1, -1, 13, 22, 36, 47)),
                line(6, 14, t(null, "产出指", null, null, null, null), x(-1, 7, -1, -1, -1, -1)),
                line(7, 14, t(null, "标", null, "符合资助条件的农村低收", null, null), x(-1, 7, -1, 22, -1, -1)),
                line(8, 14, t(null, null, "质量指标", "医保综合监管能力", "有所提升", "有所提升"), x(-1, -1, 13, 22, 36, 47)),
                line(9, 14, t(null, "效益指", "社会效益指标", "困难群众医疗费用负担", "有效缓解", "有效缓解"), x(-1, 7, 11, 18, 36, 47)),
                line(10, 14, t(null, null, null, "城乡医疗救助政策知晓率", "≥80%", "≥80%"), x(-1, -1, -1, 18, 36, 47)),
                line(11, 15, t(null, null, null, "困难群众就医方便程度", "明显提高", "明显提高"), x(-1, -1, -1, 12, 27, 34)),
                line(12, 15, t(null, null, null, "对健全社会救助体系的影", null, null), x(-1, -1, -1, 11, -1, -1)),
                line(13, 15, t(null, null, null, "成效明显", "成效明显", null), x(-1, -1, -1, 26, 33, -1)),
                line(14, 15, t(null, null, "可持续影响指", "响", null, null), x(-1, -1, 4, 11, -1, -1)),
                line(15, 15, t(null, null, null, "标", "对健全医疗保障制度体系", null), x(-1, -1, -1, 4, 11, -1)),
                line(16, 15, t(null, null, null, "成效明显", "成效明显", null), x(-1, -1, -1, 26, 33, -1)),
                line(17, 15, t(null, null, null, "的作用", null, null), x(-1, -1, -1, 11, -1, -1)),
                line(18, 15, t(null, "满意度", "服务对象满意", "救助对象对救治工作满意度", null, null), x(-1, 1, 5, 12, -1, -1)),
                line(19, 15, t(null, null, null, null, "≥85%", "≥85%"), x(-1, -1, -1, -1, 26, 33)),
                line(20, 15, t(null, null, null, "指标", "度指标", null), x(-1, -1, -1, 1, 5, -1)));
        assertEquals(java.util.Map.of(11, 1), LaidOutPages.shiftedPages(lines, roles, heading).pages());
        List<LaidOutTable.Line> out = LaidOutTable.realigned(lines, roles, heading);
        assertArrayEquals(t(null, null, null, "困难群众就医方便程度", "明显提高", "明显提高"), out.get(6).texts());
        assertArrayEquals(t(null, null, "可持续影响指", "响", null, null), out.get(9).texts());
        assertArrayEquals(t(null, null, "标", "对健全医疗保障制度体系", null, null), out.get(10).texts());
        assertArrayEquals(t(null, null, null, null, "成效明显", "成效明显"), out.get(11).texts());
        assertArrayEquals(t(null, "满意度", "服务对象满意", "救助对象对救治工作满意度", null, null), out.get(13).texts());
        assertArrayEquals(t(null, "指标", "度指标", null, null, null), out.get(15).texts());
    }

    /**
     * The fiscal form's last rows printed at the next page's head on a grid of their own (disclosures-t91 d6, seed
     * 271591): 效益指标 at the margin, 社会效益指标 at 9, the name wrapped round its value, {@code 补助对象医疗费用负担减轻}
     * (20) / {@code 有效缓解} (35) on the labels' line / {@code 程度} (24). The page is placed one column right by its
     * labels, each cell by the first page's usual start it is nearest. On the first page the split read two qualitative
     * values under the name (按文件完成补助, 按规定实报实销, at 62), so the name column's starts split evenly between 36–40
     * and 62, and the upper median took 62 as the name's usual start: 有效缓解 at 35 then stood nearest the 二级 column
     * (27), moved into the name and read as the name's middle ({@code 补助对象医疗费用负担减轻有效缓解}, a row {@code 程度}
     * of its own). The name column's usual start is the left of two there, as {@code realigned} takes it (a value follows
     * its name).
     */
    @Test
    void aPagePlacedByItsLabelsTakesTheNameColumnsLeftStartWhenValuesWereReadUnderTheName() {
        int[] heading = {1, 12, 27, 44, 64};
        List<LaidOutTable.Line> lines = List.of(
                line(366, 14, t(null, null, null, "对离休干部和建老人员医疗", null), x(-1, -1, -1, 36, -1)),
                line(367, 14, t(null, "成本指标", "社会成本指标", null, "成效明显"), x(-1, 12, 25, -1, 63)),
                line(368, 14, t(null, null, null, "待遇保障", null), x(-1, -1, -1, 44, -1)),
                line(371, 14, t(null, "产出指标", null, "按文件完成补助", null), x(-1, 12, -1, 62, -1)),
                line(372, 14, t(null, null, "数量指标", "补助对象范围人次规模", null), x(-1, -1, 27, 40, -1)),
                line(373, 14, t(null, null, null, "人次", null), x(-1, -1, -1, 65, -1)),
                line(376, 14, t(null, null, null, "补助对象政策内住院报销比", null), x(-1, -1, -1, 36, -1)),
                line(377, 14, t(null, null, "质量指标", "按规定实报实销", null), x(-1, -1, 27, 62, -1)),
                line(378, 14, t(null, null, null, "例", null), x(-1, -1, -1, 47, -1)),
                line(381, 14, t(null, null, "时效指标", "当年各级财政补助资金到位", "=100.00(%)"), x(-1, -1, 27, 36, 62)),
                line(383, 14, t(null, null, null, "率", null), x(-1, -1, -1, 47, -1)),
                line(384, 15, t(null, null, null, "补助对象医疗费用负担减轻", null), x(-1, -1, -1, 20, -1)),
                line(385, 15, t(null, "效益指标", "社会效益指标", "有效缓解", null), x(-1, 1, 9, 35, -1)),
                line(386, 15, t(null, null, null, "程度", null), x(-1, -1, -1, 24, -1)),
                line(389, 15, t(null, null, "服务对象满意度", null, null), x(-1, -1, 9, -1, -1)),
                line(390, 15, t(null, "满意度指标", null, "工作满意度", "≥85.00(%)"), x(-1, 1, -1, 22, 34)),
                line(391, 15, t(null, null, null, "指标", null), x(-1, -1, -1, 11, -1)));
        assertEquals(java.util.Map.of(384, 1), LaidOutPages.shiftedPages(lines, ROLES, heading).pages());
        List<String> rows = new ArrayList<>();
        for (Row r : LaidOutTable.rows(lines, ROLES, heading)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            rows.add(String.join("|", cells));
        }
        assertEquals("|效益指标|社会效益指标|补助对象医疗费用负担减轻程度|有效缓解", rows.get(rows.size() - 2), "rows: " + rows);
        assertEquals("|满意度指标|服务对象满意度指标|工作满意度|≥85.00(%)", rows.get(rows.size() - 1), "rows: " + rows);
    }
}
