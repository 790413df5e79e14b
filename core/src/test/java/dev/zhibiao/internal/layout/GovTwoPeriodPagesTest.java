package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gov prints of two periods side by side and numbered names (tmpl40, session 38): a later page short of its lead column
 * placed by its labels measured against their own half ({@link LaidOutPages#shiftedPages}), each half's one cell on a
 * line placed by the page's own starts ({@link LaidOutTable#oneEach}), and a {@code 指标N:} prefix printed after a run of
 * spaces starting its own cell ({@link ColumnFit#split}). Synthetic sheets with invented words, laid out as Chromium
 * prints the form and pdftotext {@code -layout} reads it.
 */
class GovTwoPeriodPagesTest {

    /**
     * The second page (from the form feed) has no lead column: its level-1 labels stand at the margin, its level-2 labels
     * where the first page's level-1 labels do, and the second half's labels where the first half's values do. Before,
     * the page was laid out on its own grid and its labels crossed: 社会效益指标 read as the level-1 label, 效益指标 as the
     * level-2, and 满意度 / 指标 joined into the level-2 cell with 服务对象满 / 意度指标.
     */
    @Test
    void aLaterPageShortOfItsLeadColumnIsPlacedByBothHalvesLabels() {
        List<String> rows = LaidOutLines.pagedRows(
                "绩效   一级指                                  一级指",
                "           二级指标         三级指标    指标值              二级指标      三级指标       指标值",
                "指标   标                                     标",
                "",
                "",
                "",
                "     产出指           年度巡查覆盖点                产出指            年度巡查覆盖点",
                "                                 ≥2次                                   ≥2次",
                "      标              位数                   标               位数",
                "",
                "",
                "                    抽检批次数量       ≥3人                     抽检批次数量        ≥3人",
                "           数量指标                                  数量指标",
                "                   现场核查完成                               现场核查完成",
                "                                 ≥3次                                   ≥3次",
                "                      数                                     数",
                "",
                "",
                "                    更新设备台数       ≥5台                     更新设备台数        ≥5台",
                "",
                "",
                "           质量指标         验收合格率    100%            质量指标      验收合格率      100%",
                "",
                "",
                "           成本指标         巡查费用    ≤0.6万元           成本指标      巡查费用      ≤0.6万元",
                "",
                "",
                "                                260元/                                 260元/",
                "                        人员补助费                              人员补助费",
                "                                 人.次                                   人.次",
                "\f                        3600元/                           3600元/",
                "              更新设备台数                           更新设备台数",
                "                          台                                台",
                "",
                "",
                "      社会效益指   保障巡查工作持   稳步提            社会效益指   保障巡查工作持   稳步提",
                "        标      续稳定推进     高               标      续稳定推进     高",
                "效益指                              效益指",
                " 标                                标",
                "      可持续影响   增强巡查人员履                  可持续影响   增强巡查人员履",
                "                         长期                               长期",
                "        指标      职能力强                     指标      职能力强",
                "",
                "",
                "满意度   服务对象满                      满意度   服务对象满",
                "              受检单位满意度   100%                   受检单位满意度   100%",
                " 指标    意度指标                       指标    意度指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|效益指标|社会效益指标|保障巡查工作持续稳定推进|稳步提高|||保障巡查工作持续稳定推进|稳步提高")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("||可持续影响指标|增强巡查人员履职能力强|长期|||增强巡查人员履职能力强|长期")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|满意度指标|服务对象满意度指标|受检单位满意度|100%|||受检单位满意度|100%")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|||更新设备台数|3600元/台|||更新设备台数|3600元/台")), "rows: " + rows);
    }

    /**
     * A level-2 label of no vocabulary (政策知晓率) printed six spaces before a numbered name: before, the two were read as
     * one name cell, the row had no name of its own and its value was joined to the row above (全面开展广泛知).
     */
    @Test
    void aNumberedPrefixAfterSpacesStartsItsCell() {
        List<String> rows = LaidOutLines.rows(
                "     一级指                                         全年实际完    未完成原因和",
                "            二级指标           三级指标          指标值",
                "      标                                           成值       改进措施",
                "",
                "",
                "",
                "                                         ≥126万",
                "                        指标1：巡查点位(个)              ≥126万人",
                "                                           人",
                "",
                "",
                "                       指标2：重复巡查点位(个)       0       0",
                "",
                "",
                "                       指标3：虚报巡查点位(个)       0       0",
                "",
                "",
                "                     指标4：巡查点位范围内问题整改",
                "                                         ≥70%     ≥70%",
                "     产出指                   完成比例",
                "            数量指标",
                "      标",
                "绩效",
                "指标                   指标5：推行分级(类)、按风险巡   稳步推",
                "                                                 稳步推开",
                "                         查等监管方式改革         开",
                "",
                "",
                "                     指标6：问题台账滚动更新周期",
                "                                          6-9      6-9",
                "                            (月)",
                "",
                "",
                "                                         全面开",
                "                        指标7：开展联合巡查               全面开展",
                "                                          展",
                "",
                "",
                "                                         广泛知",
                "           政策知晓率      指标1：受检单位政策知晓率              广泛知晓",
                "                                          晓",
                "     满意度",
                "      指标",
                "           服务对象满意",
                "                       指标1：受检对象满意度       ≥85%     ≥85%",
                "             度指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|||指标7：开展联合巡查|全面开展|全面开展|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|满意度指标|政策知晓率|指标1：受检单位政策知晓率|广泛知晓|广泛知晓|")), "rows: " + rows);
        assertTrue(rows.stream().noneMatch(r -> r.contains("政策知晓率 指标1")), "rows: " + rows);
    }

    /** oneEach asked directly: one cell, or one in each half of a heading printed twice. */
    @Test
    void oneCellOrOneInEachHalf() {
        assertTrue(LaidOutTable.oneEach(LaidOutLines.tableLine(9, 1, "3", "助", "14", "7", "助", "47"), 5), "one in each half");
        assertTrue(LaidOutTable.oneEach(LaidOutLines.tableLine(9, 1, "7", "助", "47"), 5), "one in the second half");
        assertFalse(LaidOutTable.oneEach(LaidOutLines.tableLine(9, 1, "2", "指标", "9", "3", "作积极性", "17"), 5), "two in the first half");
        assertFalse(LaidOutTable.oneEach(LaidOutLines.tableLine(9, 1, "3", "助", "14", "7", "助", "47"), -1), "two cells, printed once");
        assertTrue(LaidOutTable.oneEach(LaidOutLines.tableLine(5, 1, "3", "助", "14"), -1), "one cell, printed once");
        assertEquals(5, TwiceLines.secondHalf(List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.VALUE)));
    }
}
