package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LaidOutTable} over pages (split from {@link LaidOutTableTest}, which had grown past 840 lines): a one-line name
 * inside a two-line value, a later page short of its empty columns, a value line opening with a comparison, a name
 * stopped by a second label of one column, labels measured at a page's end, rows on the page after their heading.
 */
class LaidOutTablePagesTest {

    /**
     * A value wrapped around a one-line name (不低于 / name / 上年) right after the last line of the name above, no
     * blank line between (a page's rows printed close): the one-line name is a row of its own with both value lines,
     * not the end of the name above printed around a value.
     */
    @Test
    void aOneLineNameInsideATwoLineValueDoesNotGoOnTheNameAbove() {
        List<String> rows = LaidOutTableTest.rows(
                "绩效指标      一级指标            二级指标                三级指标           指标值",
                "",
                "",
                "          产出指标                        重特大疾病医疗救助人次占直接救        ≥28.0",
                "                          数量指标",
                "                                             助人次比例           0(%)",
                "",
                "",
                "                          质量指标        重点对象住院政策范围内个人自负        ≥70.0",
                "",
                "                                      医疗费用大病保险起付线以上部分        0(%)",
                "",
                "                                          年度限额内救助比例",
                " ".repeat(61) + "不低于",
                " ".repeat(26) + "时效指标" + " ".repeat(8) + "“一站式”即时结算覆盖地区",
                " ".repeat(61) + "上年");
        assertEquals(List.of(
                "1:绩效指标|一级指标|二级指标|三级指标|指标值",
                "4:|产出指标|数量指标|重特大疾病医疗救助人次占直接救助人次比例|≥28.00(%)",
                "9:||质量指标|重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例|≥70.00(%)",
                "15:||时效指标|“一站式”即时结算覆盖地区|不低于上年"), rows);
    }

    /**
     * A table's later page printed short of its empty columns: the lead and level-1 cells are on the first page, so
     * pdftotext {@code -layout} gives the second page no room for them and every cell stands a column left of its own
     * (a level-2 label under 一级指标, a level-1 label under 绩效指标, names under 二级指标, values under 三级指标). The
     * vocabulary's labels say by how much; the page's cells are placed that far right, in their order along the line,
     * and a text that is no label right of the label columns.
     * A page whose labels stand in their own columns, and a text without pages, are left to {@code realigned}'s medians.
     */
    @Test
    void aLaterPageShortOfItsEmptyColumnsIsPlacedByItsLabels() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        int[] heading = {1, 11, 27, 47, 62};
        List<LaidOutTable.Line> lines = List.of(
                new LaidOutTable.Line(5, new String[] {null, "产出指标", "数量指标", "参保人数", "≥28"}, new int[] {-1, 11, 27, 39, 62}, 3),
                new LaidOutTable.Line(7, new String[] {null, null, "质量指标", "报销比例", "≥70"}, new int[] {-1, -1, 27, 39, 62}, 3),
                new LaidOutTable.Line(9, new String[] {null, null, null, "救助比例", "≥75"}, new int[] {-1, -1, -1, 39, 62}, 3),
                new LaidOutTable.Line(11, new String[] {null, "时效指标", null, "即时结算覆盖地区", "不低于上年"}, new int[] {-1, 11, -1, 22, 38}, 4),
                new LaidOutTable.Line(13, new String[] {null, null, null, "医疗救助对象覆盖范围", "逐步扩大"}, new int[] {-1, -1, -1, 23, 38}, 4),
                new LaidOutTable.Line(15, new String[] {null, "效益指标", "社会效益指标", "看病就医方便程度", "明显提高"}, new int[] {-1, 1, 9, 18, 33}, 4),
                new LaidOutTable.Line(16, new String[] {null, "可持续影响指标", null, null, null}, new int[] {-1, 10, -1, -1, -1}, 4),
                new LaidOutTable.Line(18, new String[] {null, "效益指标", null, "医疗费用负担减轻程度", "有效缓解"}, new int[] {-1, 1, -1, 19, 36}, 4));
        List<LaidOutTable.Line> out = LaidOutTable.realigned(lines, roles, heading);
        assertArrayEquals(new String[] {null, null, "时效指标", "即时结算覆盖地区", "不低于上年"}, out.get(3).texts());
        assertArrayEquals(new String[] {null, null, null, "医疗救助对象覆盖范围", "逐步扩大"}, out.get(4).texts());
        assertArrayEquals(new String[] {null, "效益指标", "社会效益指标", "看病就医方便程度", "明显提高"}, out.get(5).texts(),
                "packed cells keep their order along the line (看病… starts as near 一级 as 二级)");
        assertArrayEquals(new String[] {null, "效益指标", null, "医疗费用负担减轻程度", "有效缓解"}, out.get(7).texts(),
                "a text that is no label goes right of the label columns (at 19 it is as near 一级 as 二级)");
        assertArrayEquals(lines.get(1).texts(), out.get(1).texts(), "the first page is left as it was");
        List<LaidOutTable.Line> onePage = lines.stream().map(l -> new LaidOutTable.Line(l.number(), l.texts(), l.starts())).toList();
        assertEquals(java.util.Map.of(), LaidOutPages.shiftedPages(onePage, roles, heading).lines(), "a text without pages");
        assertEquals(java.util.Map.of(11, 1), LaidOutPages.shiftedPages(lines, roles, heading).pages());
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = LaidOutTable.rows(lines, roles, heading, notes);
        List<String> codes = new ArrayList<>();
        for (Row r : rows) {
            for (dev.zhibiao.Diagnostic d : notes.getOrDefault(r, List.of())) {
                codes.add(r.at().line() + ":" + d.code() + "@" + d.position().line());
            }
        }
        assertEquals(List.of("11:page-realigned@11"), codes, "the repair is recorded on the page's first row");
    }

    /**
     * A value line opening with a comparison sign is a value of its own, never the rest of the one-line value above it
     * ({@code 成效明显} / {@code ≥80.00(} / name / {@code %)}): the cut value is centred on the next name (issue 17,
     * disclosures14). Without the rule the last rows took each other's values and labels.
     */
    @Test
    void aValueLineOpeningWithAComparisonSignStartsAValueOfItsOwn() {
        List<String> rows = LaidOutTableTest.rows(
                "          一级指标              二级指标               三级指标        指标值",
                "                                      重特大疾病医疗救助人次占直接救助人 ≥28.00(",
                "                     数量指标",
                "                                      次比例               %)",
                "                                      重点对象住院政策范围内个人自负医疗",
                "                                                        ≥70.00(",
                "       产出指标          质量指标             费用大病保险起付线以上部分年度限额",
                "                                                        %)",
                "                                      内救助比例",
                "                                                          不低于上",
                "                     时效指标             “一站式”即时结算覆盖地区",
                "                                                          年",
                "绩效指标                                  医疗救助对象覆盖范围          逐步扩大",
                "                     社会效益指标           困难群众看病就医方便程度        明显提高",
                "       效益指标                           困难群众医疗费用负担减轻程度      有效缓解",
                "                                      对健全社会救助体系的影响        成效明显",
                "                     可持续影响指标",
                "                                      对健全医疗保障制度体系的作用      成效明显",
                "                                                          ≥80.00(",
                "                                      政策知晓率",
                "                                                          %)",
                "       满意度指标         服务对象满意度指标",
                "                                                          ≥85.00(",
                "                                      工作满意度",
                "                                                          %)");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                // the lead label (one merged cell over every row) goes to the first row, where recovery sets it aside
                "2:绩效指标|产出指标|数量指标|重特大疾病医疗救助人次占直接救助人次比例|≥28.00(%)",
                "5:||质量指标|重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例|≥70.00(%)",
                "11:||时效指标|“一站式”即时结算覆盖地区|不低于上年",
                "13:|效益指标|社会效益指标|医疗救助对象覆盖范围|逐步扩大",
                "14:|||困难群众看病就医方便程度|明显提高",
                "15:|||困难群众医疗费用负担减轻程度|有效缓解",
                "16:||可持续影响指标|对健全社会救助体系的影响|成效明显",
                "18:|||对健全医疗保障制度体系的作用|成效明显",
                "20:|满意度指标|服务对象满意度指标|政策知晓率|≥80.00(%)",
                "24:|||工作满意度|≥85.00(%)"), rows);
    }

    /**
     * A name never goes on past a second whole category label of one label column: a row has one label per column, so
     * two names as wide as their column, each beside a level-2 label of its own (质量指标, 时效指标), are two rows.
     */
    @Test
    void aNameDoesNotGoOnPastASecondLabelOfOneColumn() {
        List<String> rows = LaidOutTableTest.rows(
                "          一级指标             二级指标                 三级指标        指标值",
                "       成本指标         经济成本指标              县级财政对长护的补助       补助到位",
                "                                        城镇职工困难企业和城乡居民医",
                "                    数量指标                                 全面参保",
                "                                        保人数",
                "绩效指标   产出指标",
                "                    质量指标                需要长期护理的重症失能人员    纳入长护",
                "                    时效指标                逐步调整保障范围和保障水平    逐步提高",
                "       效益指标         社会效益指标              提高长护人员护理水平       逐步提高",
                "       满意度指标        服务对象满意度指标           政策知晓率            ≥95.00(%)");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                "2:绩效指标|成本指标|经济成本指标|县级财政对长护的补助|补助到位",
                "3:|产出指标|数量指标|城镇职工困难企业和城乡居民医保人数|全面参保",
                "7:||质量指标|需要长期护理的重症失能人员|纳入长护",
                "8:||时效指标|逐步调整保障范围和保障水平|逐步提高",
                "9:|效益指标|社会效益指标|提高长护人员护理水平|逐步提高",
                "10:|满意度指标|服务对象满意度指标|政策知晓率|≥95.00(%)"), rows);
    }

    /**
     * Labels measured on the rows' heights and a merged cell cut by a page's end: a row whose one-line name stands
     * between its value's two lines is two lines high though printed on three, so 数量指标 (printed at the middle of
     * four rows) is read over four rows, not three; 成本指标, whose rows end at the page's foot, is printed at the top of
     * its first row. On the next page, printed short of its empty lead column, the cut label 服务对象满意 / 度指标
     * around 满意度指标 says the shift.
     */
    @Test
    void labelsAreMeasuredOnTheRowsHeightsAndAtTheTopOfACellCutByThePageEnd() {
        List<String> rows = LaidOutTableTest.pagedRows(
                "绩效指标     一级指标      二级指标                  三级指标                      指标值",
                "        产出指标                     参保人数(人)                 ≥18 万人",
                "                                 各级财政实际补助标准(元)           ≥520 元",
                "",
                "                 数量指标                                    成年人≥270 元; 大中小学生、",
                "                                 参保居民个人实际缴费标准(元)",
                "                                                         儿童≥200 元",
                "                                                         成年人≤192.59%; 大中小学",
                "                                 财政补助与个人缴费比值",
                "                                                         生、儿童≤260%",
                "                                 以户籍人口数为基数计算的基本",
                "                                                         ≥80.00(%)",
                "                                 医保综合参保率(%)",
                "                                 以常住人口数为基数计算的基本",
                "                                                         ≥85.00(%)",
                "                                 参保综合参保率(%)",
                "                                 重复参保人数(人)               0",
                "                                 虚报参保人数(人)               0",
                "                 质量指标",
                "                                 参保人政策范围内住院费用报销",
                "                                                         ≥57.00(%)",
                "                                 比例",
                "                                 参保人住院费用实际报销比例           ≥52.50(%)",
                "                                 实行按病种(组)、按人头付费等支",
                "                                                  逐步推开",
                "                                 付方式改革",
                "                                 基金滚存结余可支配月数(月)          6-9 个月",
                "                                 2019 年 12 月 31 日前中央财政",
                "                                                         =100.00(%)",
                "                                 补助资金到位率",
                "                                 2019 年 12 月 31 日前省级财政",
                "                 时效指标                                    =100.00(%)",
                "                                 补助资金到位率",
                "                                 2019 年 12 月 31 日前地方财政",
                "                                                         =100.00(%)",
                "                                 补助资金到位率",
                "                 成本指标            中央财政补助资金人均补助标准          312 元",
                "                                 省级财政补助资金人均补助标准          124.8 元",
                "                                 地方财政补助资金人均补助标准          83.2 元",
                "\f        服务对象满意度",
                "满意度指标           参保对象满意度(%)   ≥90.00(%)",
                "        指标");
        List<String> labelled = rows.stream().filter(r -> !r.matches("\\d+:\\|\\|\\|.*")).toList();
        assertEquals(List.of(
                "1:绩效指标|一级指标|二级指标|三级指标|指标值",
                "2:|产出指标|数量指标|参保人数(人)|≥18 万人",
                "11:||质量指标|以户籍人口数为基数计算的基本医保综合参保率(%)|≥80.00(%)",
                "28:||时效指标|2019 年 12 月 31 日前中央财政补助资金到位率|=100.00(%)",
                "37:||成本指标|中央财政补助资金人均补助标准|312 元",
                "41:|满意度指标|服务对象满意度指标|参保对象满意度(%)|≥90.00(%)"), labelled);
        assertEquals(19, rows.size() - 1, "every indicator a row of its own");
    }

    /**
     * A heading printed at a page's foot and every row on the next page, short of its empty lead column: the rows'
     * labels stand a column left of their own on the heading's grid (产出指标 under 绩效指标, 数量指标 under 一级指标),
     * so the page is placed on that grid one column right, as a later page is.
     */
    @Test
    void rowsAllOnThePageAfterTheirHeadingArePlacedOnTheHeadingsGrid() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        int[] heading = {1, 9, 20, 40, 56};
        List<LaidOutTable.Line> lines = List.of(
                new LaidOutTable.Line(5, new String[] {null, "数量指标", "政策覆盖农村贫困人口数量", "全覆盖", null}, new int[] {-1, 9, 17, 38, -1}, 7),
                new LaidOutTable.Line(8, new String[] {null, null, "至定点救治医疗机构就诊率", "≥90.00(%)", null}, new int[] {-1, -1, 20, 37, -1}, 7),
                new LaidOutTable.Line(10, new String[] {"产出指标", null, null, null, null}, new int[] {1, -1, -1, -1, -1}, 7),
                new LaidOutTable.Line(11, new String[] {null, "质量指标", "目录外医疗费用比例", "≤10.00(%)", null}, new int[] {-1, 9, 17, 38, -1}, 7));
        LaidOutPages.Shifted shifted = LaidOutPages.shiftedPages(lines, roles, heading);
        assertEquals(java.util.Map.of(5, 1), shifted.pages());
        assertArrayEquals(new String[] {null, null, "数量指标", "政策覆盖农村贫困人口数量", "全覆盖"}, shifted.lines().get(5).texts());
        assertArrayEquals(new String[] {null, "产出指标", null, null, null}, shifted.lines().get(10).texts());
        List<LaidOutTable.Line> atHome = List.of(
                new LaidOutTable.Line(5, new String[] {null, "产出指标", "数量指标", "参保人数", "≥28"}, new int[] {-1, 9, 20, 40, 56}, 7),
                new LaidOutTable.Line(7, new String[] {null, null, "质量指标", "报销比例", "≥70"}, new int[] {-1, -1, 20, 40, 56}, 7));
        assertEquals(java.util.Map.of(), LaidOutPages.shiftedPages(atHome, roles, heading).pages(), "labels in their own columns");
    }
}
