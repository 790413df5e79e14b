package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A later page's row with its category label wrapped round its line keeps the split's columns
 * ({@code LaidOutPages.labelRoundRows}, layout28).
 */
class LaidOutLabelRoundRowTest {

    private static final List<ColumnFit.Role> ROLES = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2,
            ColumnFit.Role.NAME, ColumnFit.Role.VALUE);

    /**
     * The fiscal form printed by Chromium with its default header and footer (furniture_prints.py of disclosures.py seed
     * 271591, d1; the furniture lines left out): the table's last row alone on the next page, which pdftotext {@code
     * -layout} lays out narrower, its level-2 label wrapped round the row's line (服务对象满意度指 | 标). Placed by the first
     * page's usual starts, the name went into the 二级 column and the value into the name's ({@code 服务对象满意度指满意度指标
     * | 工作满意度标}).
     */
    @Test
    void aLaterPagesRowWithItsLabelRoundItKeepsTheSplitsColumns() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "       绩效指标                  一级指标           二级指标              三级指标                    指标值",
                "",
                "",
                "",
                "                                                     对离休干部和建老人员医疗待遇",
                "                             成本指标       社会成本指标                                        成效明显",
                "                                                           保障",
                "",
                "",
                "                                                                                    按文件完成补助人",
                "                                            数量指标          补助对象范围人次规模",
                "                                                                                        次",
                "",
                "                             产出指标",
                "                                            质量指标     补助对象政策内住院报销比例                  按规定实报实销",
                "",
                "",
                "                                            时效指标     当年各级财政补助资金到位率                   =100.00(%)",
                "",
                "",
                "                             效益指标       社会效益指标       补助对象医疗费用负担减轻程度                   有效缓解",
                "",
                "",
                "",
                "\f",
                "",
                "",
                "                                   服务对象满意度指",
                "                           满意度指标              工作满意度   ≥85.00(%)",
                "                                       标",
                "",
                "");
        assertEquals("29:|满意度指标|服务对象满意度指标|工作满意度|≥85.00(%)", rows.get(rows.size() - 1), "rows: " + rows);
        assertTrue(rows.contains("21:|效益指标|社会效益指标|补助对象医疗费用负担减轻程度|有效缓解"), "rows: " + rows);
    }

    /**
     * The same print's d4: the next page's two rows each with its level-2 label round it, the first row's level-1 label
     * printed on the page before (可持续影响指 | 标, 服务对象满意 | 度指标); the values had gone into the names, and the name
     * column's widest text, so widened, joined the first page's name and value wrapped over the same two lines into one row
     * with the next.
     */
    @Test
    void rowsWithoutTheirLevelOneLabelToo() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "   绩效指标             一级指标            二级指标                     三级指标                指标值",
                "",
                "                                                                          对符合条件农村贫困人",
                "                                  数量指标           政策覆盖深度贫困地区农村贫困人口数量",
                "                                                                          口全覆盖",
                "                                                 明确保障对象范围                 出台文件予以明确",
                "                                                 确定贫困人口定点救助医疗机构",
                "                                                 建立规范的转诊制度",
                "                                                 至定点救治医疗机构就诊率             ≥90.00(%)",
                "                   产出指标",
                "                                  质量指标",
                "                                                 农村贫困人口住院及门诊治疗目录外医疗费用比例   ≤10.00(%)",
                "                                                                          在定点救助医疗机构逐",
                "                                                 实行按病种（组）付费等支付方式改革",
                "                                                                          步推进",
                "                                                 农村贫困人口住院及门诊大病、慢性病和特殊疾病医 各地区根据实际情况确",
                "                                                 疗费用个人自付比例控制在一定水平        定具体标准",
                "                                  时效指标           一站式结算覆盖地区                不低于上年",
                "                   效益指标           社会效益指标 农村因病致贫人数                         较上年减少",
                "",
                "",
                "",
                "\f",
                "",
                "                                  可持续影响指",
                "                                         相关保障政策与政府承受能力相适应   不超过政府承受能力",
                "                                  标",
                "                                  服务对象满意",
                "                   满意度指标                 农村贫困患者对保障政策满意度     持续提高",
                "                                  度指标",
                "");
        assertTrue(rows.contains("26:||可持续影响指标|相关保障政策与政府承受能力相适应|不超过政府承受能力"), "rows: " + rows);
        assertTrue(rows.contains("29:|满意度指标|服务对象满意度指标|农村贫困患者对保障政策满意度|持续提高"), "rows: " + rows);
        assertTrue(rows.contains("16:|||农村贫困人口住院及门诊大病、慢性病和特殊疾病医疗费用个人自付比例控制在一定水平|各地区根据实际情况确定具体标准"),
                "rows: " + rows);
    }

    /**
     * The same print's d6: the next page's first row holds its labels and its value on one line, its name wrapped round it
     * (补助对象医疗费用负担减轻程 | 效益指标 社会效益指标 有效缓解 | 度); the value stands at the page's own value start, which
     * the page's last row (its label round it) gives, nearer the first page's names than its values: it was read into the
     * name ({@code 补助对象医疗费用负担减轻程有效缓解}, the row's value empty, 度 a row of its own).
     */
    @Test
    void thePagesKeptRowsGiveItsValueStart() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "      绩效指标                        一级指标       二级指标             三级指标                 指标值",
                "",
                "",
                "",
                "                                                      对离休干部和建老人员医疗待",
                "                                  成本指标       社会成本指标                                成效明显",
                "                                                           遇保障",
                "",
                "",
                "                                                                                 按文件完成补助人",
                "                                             数量指标         补助对象范围人次规模",
                "                                                                                    次",
                "",
                "                                  产出指标",
                "                                             质量指标     补助对象政策内住院报销比例              按规定实报实销",
                "",
                "",
                "                                             时效指标     当年各级财政补助资金到位率               =100.00(%)",
                "",
                "",
                "",
                "",
                "\f",
                "",
                "",
                "                                                   补助对象医疗费用负担减轻程",
                "                                  效益指标   社会效益指标                    有效缓解",
                "                                                         度",
                "",
                "",
                "                                         服务对象满意度",
                "                             满意度指标                    工作满意度        ≥85.00(%)",
                "                                            指标",
                "",
                "",
                "");
        assertTrue(rows.contains("26:|效益指标|社会效益指标|补助对象医疗费用负担减轻程度|有效缓解"), "rows: " + rows);
        assertEquals("32:|满意度指标|服务对象满意度指标|工作满意度|≥85.00(%)", rows.get(rows.size() - 1), "rows: " + rows);
    }

    /** The starts a page's kept rows give: their name's and value's, the middle one of several, per page. */
    @Test
    void keptStartsPerPage() {
        Map<Integer, int[]> at = LaidOutPages.keptStarts(List.of(line(6, null, "满意度指标", null, "工作满意度", "≥85.00(%)"),
                line(8, null, null, "社会效益指标", "甲", null)), ROLES);
        assertEquals("[-1, -1, -1, 30, 40]", java.util.Arrays.toString(at.get(2)));
        assertTrue(LaidOutPages.keptStarts(List.of(line(8, null, null, "社会效益指标", "甲", null)), ROLES).isEmpty(), "no value");
    }

    private static LaidOutTable.Line line(int n, String... texts) {
        int[] starts = new int[texts.length];
        for (int c = 0; c < texts.length; c++) {
            starts[c] = texts[c] == null ? -1 : 10 * c;
        }
        return new LaidOutTable.Line(n, texts, starts, 2);
    }

    /** The rule's words: a later page, one text above and below joined a label of one level, a name and a value between. */
    @Test
    void onlyALabelOfOneLevelRoundANameAndAValue() {
        LaidOutTable.Line first = new LaidOutTable.Line(1, new String[] {null, "产出指标", "数量指标", "甲", "1"},
                new int[] {-1, 10, 20, 30, 40}, 1);
        Map<Integer, LaidOutTable.Line> round = LaidOutPages.labelRoundRows(List.of(first,
                line(5, null, null, "服务对象满意度指", null, null),
                line(6, null, "满意度指标", null, "工作满意度", "≥85.00(%)"),
                line(7, null, null, null, "标", null)), ROLES);
        assertEquals("7:||标||", round.get(7).toString());
        assertEquals("6:|满意度指标||工作满意度|≥85.00(%)", round.get(6).toString());
        assertTrue(LaidOutPages.labelRoundRows(List.of(first,
                line(5, null, null, "服务对象满意度指", null, null),
                line(6, null, "满意度指标", null, "工作满意度", null),
                line(7, null, null, null, "标", null)), ROLES).isEmpty(), "no value");
        assertTrue(LaidOutPages.labelRoundRows(List.of(first,
                line(5, null, null, null, "补助对象医疗费用负担减轻程", null),
                line(6, null, null, null, "工作满意度", "有效缓解"),
                line(7, null, null, null, "度", null)), ROLES).isEmpty(), "a name round the line, no label");
        assertTrue(LaidOutPages.labelRoundRows(List.of(first,
                line(5, null, null, "服务对象满意度指", null, null),
                line(6, null, "满意度指标", null, "工作满意度", "≥85.00(%)"),
                line(9, null, null, null, "标", null)), ROLES).isEmpty(), "the label's end three lines below");
        assertTrue(LaidOutPages.labelRoundRows(List.of(
                new LaidOutTable.Line(5, new String[] {null, null, "服务对象满意度指", null, null}, new int[] {-1, -1, 20, -1, -1}, 1),
                new LaidOutTable.Line(6, new String[] {null, "满意度指标", null, "工作满意度", "≥85.00(%)"}, new int[] {-1, 10, -1, 30, 40}, 1),
                new LaidOutTable.Line(7, new String[] {null, null, null, "标", null}, new int[] {-1, -1, -1, 30, -1}, 1)), ROLES).isEmpty(),
                "the table's first page");
    }
}
