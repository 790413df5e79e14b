package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Zhibiao;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chromium's numbered prints of whole disclosures and a two-period sheet in {@code pdftotext -layout} text (layout38,
 * session 36): a cell's last line over a page break goes on in that cell ({@code CellOverPage}); a value wrapped round
 * its one-line name and read into the name column is the row's value ({@code ValueRoundName}); a label's last
 * characters say no column's start ({@code ColumnStarts.starts}); a wrapped label's tail goes only to a level column of
 * its level ({@code LabelTailUnder.completes}). Each excerpt is read whole, as {@code zhibiao extract} reads it; each test
 * fails with main's code (b5b877e3), as noted on it. Page numbers ({@code - 15 -}) are taken out, the form feed kept.
 */
class LaidOutPrints38Test {

    /** disclosures-print-t91 d2, numbered print, lines 398–420: 年度限额内救助比例 opens page 15 alone. */
    static final String[] NAME_OVER_PAGE = {
            "绩效指标     一级指标           二级指标                  三级指标            指标值",
            "",
            "",
            "",
            "         产出指标                          重特大疾病医疗救助人次占直接救",
            "                        数量指标                                 ≥28.00(%)",
            "                                            助人次比例",
            "",
            "",
            "                        质量指标           重点对象住院政策范围内个人自负       ≥70.00(%)",
            "                                       医疗费用大病保险起付线以上部分",
            "",
            "",
            "",
            "\f                        年度限额内救助比例",
            "",
            "",
            "                                       不低于上",
            "          时效指标         “一站式”即时结算覆盖地区",
            "                                         年",
            "",
            ""
    };

    /** disclosures-print-t290 d4, numbered print, lines 369–406: 按文件完成补助人 / 补助对象范围人次规模 / 次. */
    static final String[] VALUE_ROUND_NAME = {
            "\f                       项目支出绩效目标申报表",
            "                                 （2023年度）",
            "",
            "项目名称     离休伤残人员县级财政补助资金",
            "主管部门及代",
            "         [125]西林县教育局   实施单位                西林县教育局",
            "码",
            "项目属性     经常性项目         项目期                 2年",
            "         项目资金总额        21,160,000,000.00",
            "         年度资金申请总额      21,160,000,000.00",
            "项目资金",
            "（元）      其中：当年财政拨",
            "                       19,044,000,000.00",
            "         款",
            "         上年结转资金        2,116,000,000.00",
            "         项目总目标                             年度总体目标",
            "",
            "         1、补助对象医药费按规定实报实销",
            "总体目标",
            "                                           1、补助对象医药费按规定实报实销",
            "         2、建立健全长效机制，巩固项目实施成",
            "         效。",
            "",
            "            一级指标           二级指标                    三级指标          指标值",
            "                                           对离休干部和建老人员医疗待遇",
            "         成本指标          社会成本指标                               成效明显",
            "                                           保障",
            "                                                            按文件完成补助人",
            "                       数量指标                补助对象范围人次规模",
            "                                                            次",
            "绩效指标     产出指标",
            "                       质量指标                补助对象政策内住院报销比例    按规定实报实销",
            "                       时效指标                当年各级财政补助资金到位率    =100.00(%)",
            "         效益指标          社会效益指标              补助对象医疗费用负担减轻程度   有效缓解",
            "                       服务对象满意度指",
            "         满意度指标                             工作满意度            ≥85.00(%)",
            "                       标",
            ""
    };

    /** disclosures-print-t380 d3, numbered print, lines 495–537: a self-evaluation whose first page holds one row. */
    static final String[] ONE_ROW_FIRST_PAGE = {
            "     活。",
            "",
            "绩效   一级                                                         未完成原因",
            "           二级指标   三级指标             指标值        全年实际完成值",
            "指标   指标                                                         和改进措施",
            "",
            "     产出    数量指标   医疗救助对象人次规模       符合救助条件的 符合救助条件的对象按",
            "     指标                            对象按规定纳入 规定纳入救助范围",
            "",
            "",
            "",
            "\f                              救助范围",
            "",
            "            重点对象政策范围内个人自",
            "            付费用年度限额内住院救助 ≥70%         ≥70%",
            "            比例",
            "",
            "            符合资助条件的农村低收入",
            "                         ≥99%         ≥99%",
            "            人口资助参保政策覆盖率",
            "",
            "     质量指标   医保综合监管能力          有所提升    有所提升",
            "",
            "            市域内“一站式”即时结算覆",
            "     时效指标                     不低于上年   不低于上年",
            "            盖率",
            "",
            "            困难群众医疗费用负担        有效缓解    有效缓解",
            "     社会效益",
            "            城乡医疗救助政策知晓率       ≥80%    ≥80%",
            "     指标",
            "效益          困难群众就医方便程度        明显提高    明显提高",
            "指标",
            "            对健全社会救助体系的影响 成效明显         成效明显",
            "     可持续影",
            "     响指标    对健全医疗保障制度体系的",
            "                         成效明显         成效明显",
            "            作用",
            "",
            "满意   服务对象",
            "度指   满意度指   救助对象对救治工作满意度 ≥85%         ≥85%",
            "标    标"
    };

    /** pdftotext-layout h5_003_twoperiod.txt, lines 117–160: the second sheet's table, a later page on a narrower grid. */
    static final String[] TWO_PERIOD_NARROW_PAGE = {
            "绩效   一级                           指标     一级                          指标",
            "          二级指标         三级指标                    二级指标      三级指标",
            "指标   指标                            值     指标                           值",
            "",
            "",
            "     产出   数量指标     检查定点药店、医       ≥24    产出    数量指标    检查定点药店、医      ≥24",
            "     指标                院的次数        次     指标              院的次数         次",
            "",
            "",
            "                   见习临聘人员工资        ≥3                  见习临聘人员工资       ≥3",
            "\f            检查药店、医院的   100                检查药店、医院的   100",
            "              完成率       %                   完成率       %",
            "     质量指标                          质量指标",
            "            见习临聘人员工资   100                见习临聘人员工资   100",
            "             发放完成率      %                  发放完成率      %",
            "",
            "",
            "                       ≤20                           ≤200",
            "            支付交通燃油费                       支付交通燃油费",
            "                       0元                             元",
            "",
            "     成本指标                          成本指标",
            "                       ≤2.0                          ≤2.0",
            "            支付临聘、见习工                      支付临聘、见习工",
            "                       2万                            2万",
            "             作人员工资                         作人员工资",
            "                        元                             元",
            "",
            "",
            "     社会效益   确保医疗保障工作   明显          社会效益   确保医疗保障工作   明显",
            "      指标      顺利开展     改善           指标      顺利开展     改善",
            "效益                            效益",
            "指标          解决民生问题、确          指标          解决民生问题、确",
            "     可持续影                          可持续影",
            "            保医疗救助对象得   长期                 保医疗救助对象得   长期",
            "     响指标                           响指标",
            "             到及时救助                         到及时救助",
            "",
            "",
            "满意   服务对象                     满意   服务对象",
            "                       100                           100",
            "度指   满意度指   工作人员满意度           度指   满意度指   工作人员满意度",
            "                        %                             %",
            "标     标                       标     标"
    };

    private static List<Indicator> read(String[] lines) throws Exception {
        List<Sheet> sheets = Zhibiao.reader().read(String.join("\n", lines), "t.txt");
        assertEquals(1, sheets.size());
        return sheets.get(0).indicators();
    }

    private static String row(Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value();
    }

    private static void has(List<Indicator> rows, String row) {
        assertTrue(rows.stream().anyMatch(i -> row(i).equals(row)), row + " in " + rows.stream().map(LaidOutPrints38Test::row).toList());
    }

    /** Main read 年度限额内救助比例 as a row of its own, without a value (4 rows). */
    @Test
    void aNamesLastLineOverAPageBreakEndsThatName() throws Exception {
        List<Indicator> rows = read(NAME_OVER_PAGE);
        assertEquals(3, rows.size(), rows.toString());
        has(rows, "产出指标|质量指标|重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例|≥70.00(%)");
        has(rows, "产出指标|时效指标|“一站式”即时结算覆盖地区|不低于上年");
    }

    /** Main read the value's two lines as two names round the row's, three rows without a value. */
    @Test
    void aValueWrappedRoundAOneLineNameIsThatRowsValue() throws Exception {
        List<Indicator> rows = read(VALUE_ROUND_NAME);
        assertEquals(6, rows.size(), rows.toString());
        has(rows, "产出指标|数量指标|补助对象范围人次规模|按文件完成补助人次");
        has(rows, "产出指标|质量指标|补助对象政策内住院报销比例|按规定实报实销");
    }

    /**
     * The 指标 under 产出 on the first page, split into the name column, made the names' usual start the labels' and the
     * next page was placed a column off: main read 度指 as every row's level-1 label and the labels as values.
     */
    @Test
    void aLabelsLastCharactersSayNoColumnStart() throws Exception {
        List<Indicator> rows = read(ONE_ROW_FIRST_PAGE);
        assertEquals(11, rows.size(), rows.toString());
        assertTrue(row(rows.get(0)).startsWith("产出指标|数量指标|医疗救助对象人次规模|符合救助条件的对象按规定纳入"), row(rows.get(0)));
        has(rows, "产出指标|质量指标|医保综合监管能力|有所提升");
        has(rows, "产出指标|时效指标|市域内“一站式”即时结算覆盖率|不低于上年");
        has(rows, "效益指标|可持续影响指标|对健全医疗保障制度体系的作用|成效明显");
        has(rows, "满意度指标|服务对象满意度指标|救助对象对救治工作满意度|≥85%");
    }

    /**
     * 响指标 under 可持续影, the level-2 label split into the level-1 column on the narrower page: main took it as the
     * level-1 label's tail there, and the rows below took their labels a row off (质量指标's second row 成本指标, 工作人员满意度
     * under 满意满意度指标标).
     */
    @Test
    void aLabelsTailGoesOnlyToAColumnOfItsLevel() throws Exception {
        List<Indicator> rows = read(TWO_PERIOD_NARROW_PAGE);
        has(rows, "产出指标|质量指标|见习临聘人员工资发放完成率|100%");
        has(rows, "效益指标|可持续影响指标|解决民生问题、确保医疗救助对象得到及时救助|长期");
        has(rows, "满意度指标|服务对象满意度指标|工作人员满意度|100%");
    }
}
