package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tables printed as aligned text ({@code pdftotext -layout}: one grid cell per character), whose
 * rows are several printed lines: {@link LaidOutTable} and the heading and header rules of
 * {@link SpacedRows} for such text.
 */
class LaidOutTableTest {

    /** A line's words, each at its character column (1-based), with the spaces before it. */
    static SpacedRows.Line line(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        int end = 0;
        while (m.find()) {
            toks.add(new SpacedRows.Token(m.group(), m.start() + 1, toks.isEmpty() ? 0 : m.start() - end));
            end = m.end();
        }
        return new SpacedRows.Line(no, toks);
    }

    static List<String> rows(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                in.add(line(i + 1, lines[i]));
            }
        }
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            out.add(r.at().line() + ":" + String.join("|", cells));
        }
        return out;
    }

    /** As {@link #rows}, a line opening with a form feed starting the next page. */
    static List<String> pagedRows(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i];
            if (t.startsWith("\f")) {
                page++;
                t = " " + t.substring(1);
            }
            if (!t.isBlank()) {
                SpacedRows.Line l = line(i + 1, t);
                in.add(new SpacedRows.Line(l.number(), l.tokens(), page));
            }
        }
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            out.add(r.at().line() + ":" + String.join("|", cells));
        }
        return out;
    }

    @Test
    void aWrappedNameIsOneRowWithTheValueAndLabelPrintedAtItsMiddle() {
        List<String> rows = rows(
                "          一级指标   二级指标           三级指标              指标值",
                "",
                "          成本指标   经济成本指标         县级财政对长护的补助        补助到位",
                "",
                "                                城镇职工困难企业和城乡居民医保",
                "                 数量指标                             全面参保",
                "                                人数",
                "",
                "          产出指标",
                "绩效指标             质量指标           需要长期护理的重症失能人员     纳入长护",
                "",
                "                 时效指标           逐步调整保障范围和保障水平     逐步提高");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                // the lead label (one merged cell over every row) goes to the first row, where recovery sets it aside
                "3:绩效指标|成本指标|经济成本指标|县级财政对长护的补助|补助到位",
                "5:|产出指标|数量指标|城镇职工困难企业和城乡居民医保人数|全面参保",
                "10:|||质量指标|需要长期护理的重症失能人员|纳入长护".replace("|||", "||"),
                "12:|||时效指标|逐步调整保障范围和保障水平|逐步提高".replace("|||", "||")), rows);
    }

    @Test
    void aFullNameDoesNotGoOnOverTheBlankLinesBetweenRows() {
        // a fiscal form (names printed left of their heading, two blank lines between rows): 基金滚存结余可支配月数(月)
        // fills its column, and the next name, two blank lines down, starts a row of its own; its clause after a
        // comma one space on (开展门诊统筹, 实行个人账户) is the same cell
        List<String> rows = rows(
                "绩效指标     一级指标          二级指标           三级指标                 指标值",
                "",
                "",
                "         产出指标          数量指标          参保人数(人)               ≥28 万人",
                "       参保人政策范围内住院费用",
                "                                ≥60.00(%)",
                "质量指标         报销比例",
                "",
                "",
                "       实行按病种(组)、按人头付费",
                "                                 逐步推开",
                "          等支付方式改革",
                "",
                "",
                "       基金滚存结余可支配月数(月)            6-9 个月",
                "",
                "",
                "       开展门诊统筹, 实行个人账户",
                "                                 普遍开展",
                "         的, 向门诊统筹过渡");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("15:") && r.contains("|基金滚存结余可支配月数(月)|6-9 个月")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("18:") && r.contains("|开展门诊统筹, 实行个人账户的, 向门诊统筹过渡|普遍开展")),
                rows.toString());
    }

    @Test
    void aValuePrintedAtItsHeadingIsNoNameAndAWrappedLabelsTailIsNoName() {
        // 成效明显 starts where 指标值 does: a value beside its labels, not a name (the names, printed left of 三级指标,
        // kept their column only while no value was read into it)
        List<String> rows = rows(
                "绩效指标     一级指标        二级指标             三级指标                     指标值",
                "",
                "",
                "                                 对健全医疗保障制度体系的",
                "         成本指标       社会成本指标                                    成效明显",
                "                                          影响",
                "",
                "",
                "         产出指标                                              符合救助条件的对象按规",
                "                     数量指标         医疗救助对象人次规模",
                "                                                             定纳入救助范围",
                "",
                "",
                "                                 重点救助对象自负费用年度",
                "                     质量指标                                    ≥70.00(%)",
                "                                   限额内住院救助比例");
        assertEquals(List.of(
                "1:绩效指标|一级指标|二级指标|三级指标|指标值",
                "4:|成本指标|社会成本指标|对健全医疗保障制度体系的影响|成效明显",
                "10:|产出指标|数量指标|医疗救助对象人次规模|符合救助条件的对象按规定纳入救助范围",
                "14:||质量指标|重点救助对象自负费用年度限额内住院救助比例|≥70.00(%)"), rows);
    }

    @Test
    void aNameCentredBetweenItsValueLinesIsWholeAndANamePrintedAroundItsValueGoesOn() {
        // 参保居民… is one line centred between the two lines of its value, as wide as the column's
        // widest text; 以户籍… wraps around its value printed on the line between its two lines
        List<String> rows = rows(
                "        一级指标        二级指标                    三级指标                       指标值",
                "        产出指标                        参保人数(人)                  ≥121 万人",
                "                   数量指标                                      成年人≥270 元; 大中学生、",
                "                                    参保居民个人实际缴费标准(元)",
                "                                                             儿童≥200 元",
                "                                    以户籍人口数为基数计算的基本医",
                "                                                    ≥90.00(%)",
                "                                    保综合参保率(%)");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                "2:|产出指标|数量指标|参保人数(人)|≥121 万人",
                "4:|||参保居民个人实际缴费标准(元)|成年人≥270 元; 大中学生、儿童≥200 元",
                "6:|||以户籍人口数为基数计算的基本医保综合参保率(%)|≥90.00(%)"), rows);
    }

    @Test
    void aLineOfDigitsAndCharactersFillsItsColumnAsPrintedAndALineACharacterShortDoesNot() {
        // a 部门预算项目支出绩效目标表 printed by LibreOffice: the column holds 14 characters (以户籍… wraps after 14); 2019 年 12 月 31 日前中央财政 is as wide
        // as printed (2019年12月31日前中央财政: the spaces are pdftotext's, the digits narrower than a
        // character) and goes on under its value; 参保人住院费用实际报销比例 is one character short and
        // beside a value of its own: a whole name, not the head of the next
        List<String> rows = rows(
                "绩效指标     一级指标      二级指标                  三级指标                        指标值",
                "                                 以户籍人口数为基数计算的基本",
                "                                                         ≥89.60(%)",
                "                                 医保综合参保率(%)",
                "                                 以常住人口数为基数计算的基本",
                "                                                         ≥100.00(%)",
                "                                 参保综合参保率(%)",
                "                                 重复参保人数(人)               0",
                "                                 虚报参保人数(人)               0",
                "                 质量指标",
                "                                 参保人政策范围内住院费用报销",
                "                                                         ≥73.00(%)",
                "                                 比例",
                "                                 参保人住院费用实际报销比例           ≥51.00(%)",
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
                "                                 补助资金到位率");
        assertEquals(List.of(
                "1:绩效指标|一级指标|二级指标|三级指标|指标值",
                "2:||质量指标|以户籍人口数为基数计算的基本医保综合参保率(%)|≥89.60(%)",
                "5:|||以常住人口数为基数计算的基本参保综合参保率(%)|≥100.00(%)",
                "8:|||重复参保人数(人)|0",
                "9:|||虚报参保人数(人)|0",
                "11:|||参保人政策范围内住院费用报销比例|≥73.00(%)",
                "14:|||参保人住院费用实际报销比例|≥51.00(%)",
                "15:|||实行按病种(组)、按人头付费等支付方式改革|逐步推开",
                "18:|||基金滚存结余可支配月数(月)|6-9 个月",
                "19:||时效指标|2019 年 12 月 31 日前中央财政补助资金到位率|=100.00(%)",
                "22:|||2019 年 12 月 31 日前省级财政补助资金到位率|=100.00(%)",
                "25:|||2019 年 12 月 31 日前地方财政补助资金到位率|=100.00(%)"), rows);
        // a column of 16 characters whose widest line counted by characters is the dated one (2019 年 … 补助资):
        // 以户籍人口数为基数计算的基本医保 fills the column and goes on under its value
        rows = pagedRows(
                "绩效指标        一级指标 二级指标       三级指标                     指标值",
                "            产出指标            参保人数(人)                  ≥28 万人",
                "                            各级财政实际补助标准(元)            ≥520 元",
                "",
                "                   数量指标                              成年人≥270 元;大中小学生、儿",
                "                            参保居民个人实际缴费标准(元)",
                "                                                     童≥200 元",
                "                                                     成年人≤192.59%;大中小学生、",
                "                            财政补助与个人缴费比值",
                "                                                     儿童≤260%",
                "                            以户籍人口数为基数计算的基本医保",
                "                                                     ≥ 77.4%",
                "                            综合参保率(%)",
                "                            以常住人口数为基数计算的基本参保",
                "                                                     ≥ 98 %",
                "                            综合参保率(%)",
                "                            重复参保人数(人)                0",
                "",
                "                   质量指标     虚报参保人数(人)                0",
                "                            参保人政策范围内住院费用报销比例         ≥ 49.74%",
                "                            参保人住院费用实际报销比例            ≥ 40.62 %",
                "                            实行按病种(组)、按人头付费等支付",
                "                                                     逐步推开",
                "                            方式改革",
                "                            基金滚存结余可支配月数(月)           6-9 个月",
                "                            2019 年 12 月 31 日前中央财政补助资",
                "                                                     100%",
                "                            金到位率",
                "                            2019 年 12 月 31 日前省级财政补助资",
                "                   时效指标                              100%",
                "                            金到位率",
                "                            2019 年 12 月 31 日前地方财政补助资",
                "                                                     100%",
                "                            金到位率",
                "                   成本指标     中央财政补助资金人均补助标准           312 元",
                "                            省级财政补助资金人均补助标准           124.8 元",
                "\f             地方财政补助资金人均补助标准   83.2 元",
                "满意度指 服务对象满意度",
                "             参保对象满意度(%)       ≥90%",
                "标    指标");
        assertEquals("11:||质量指标|以户籍人口数为基数计算的基本医保综合参保率(%)|≥ 77.4%", rows.get(5));
        assertEquals("14:|||以常住人口数为基数计算的基本参保综合参保率(%)|≥ 98 %", rows.get(6));
        assertEquals("25:|||基金滚存结余可支配月数(月)|6-9 个月", rows.get(12));
        assertEquals("26:||时效指标|2019 年 12 月 31 日前中央财政补助资金到位率|100%", rows.get(13));
        assertEquals("32:|||2019 年 12 月 31 日前地方财政补助资金到位率|100%", rows.get(15));
    }

    @Test
    void theNextSheetsTitleRightUnderATableCutByItsGridEndsTheTable() {
        // the title follows the table's last line with no blank line, and the table's grid cuts it into
        // cells; read as a row it took the last row's cell below it (政策) and was no title any more
        List<String> rows = rows(
                "一级指                                                                 指标值确",
                "        二级指标                 三级指标             绩效指标描述        指标值",
                " 标                                                                   定依据",
                "",
                "",
                "                                                            ≥3000   上级文件",
                "                      资助人口参加基本医疗保险人数          资助参保人数",
                "                                                             0人      政策",
                "        数量指标",
                "产出指                                                         ≥300    上级文件",
                "                          医疗救助人次数            大病患者救助人数",
                " 标                                                           人次      政策",
                "",
                "",
                "                    县域内人口医疗保险和医疗救助费          一站式保销结算、和              上级文件",
                "        质量指标                                                ≥100%",
                "                         用“一站式”结算率             报销及时率                 政策",
                "",
                "",
                "效果指                                          资助参保人员政策知              上级文件",
                "       社会效益指标           医疗救助政策知晓率                           ≥85%",
                " 标                                              晓率                   政策",
                "",
                "",
                "满意度    服务对象满意                                资助参保人员满意程              上级文件",
                "                          受益人口满意度                           ≥85%",
                " 指标     度指标                                      度                   政策",
                "2、冀财社[2019]101 号河北省财政厅关于提前下达 2020 年省级财政医疗救助补助预算资金绩效目标表",
                "",
                "450002 顺平县医疗保障局                                                        单位：元");
        assertEquals("28:2、冀财社[2019]101 号河北省财政厅关于提前下达 2020 年省级财政医疗救助补助预算资金绩效目标表",
                rows.get(rows.size() - 2));
        // the last row's 度, the end of 资助参保人员满意程度, a run of spaces from 度指标 (layout18: a character alone is a
        // wrapped word's end, no unit), is read into its own column
        assertEquals("26:满意度指标|服务对象满意度指标|受益人口满意度|资助参保人员满意程度|≥85%|上级文件政策", rows.get(rows.size() - 3));
    }

    @Test
    void aRowOnOneLineWithEveryLabelBesideItsNameDoesNotGoOnIntoTheNextRowPrintedOnThreeLines() {
        // an unruled print, no merged cells: 孕产妇系统管理率 is as wide as its column and its row holds every label
        // on its line; the next row is three lines, its labels on the middle one (慢性病规范管理长 / 效益指标 |
        // 可持续影响指标 … / 效机制): the name does not go on into it
        List<String> rows = rows(
                "                                    年度指标                       偏差原因分析及改进",
                "一级指标   二级指标               三级指标             实际完成值 分值 得分",
                "                                    值                          措施",
                "",
                "",
                "                          家庭医生签约服务",
                "产出指标   数量指标                        ≥8 万人   8.6 万人   10   10",
                "                          人数",
                "",
                "",
                "                          居民电子健康档案",
                "产出指标   质量指标                        ≥90%    92.3%    10   10",
                "                          建档率",
                "",
                "",
                "                          传染病疫情报告及                             个别网络直报延迟，",
                "产出指标   时效指标                        100%    99.6%    10   9",
                "                          时率                                   已加强培训",
                "",
                "",
                "                          人均基本公共卫生",
                "成本指标   经济成本指标                      ≥89 元   89 元     10   10",
                "                          服务经费",
                "",
                "",
                "效益指标   社会效益指标             孕产妇系统管理率 ≥90%    93.1%    20   20",
                "",
                "",
                "                          慢性病规范管理长",
                "效益指标   可持续影响指标                     逐步完善    逐步完善     10   10",
                "                          效机制",
                "",
                "",
                "满意度指标 服务对象满意度指标           辖区居民满意度   ≥85%   87%      20   20");
        assertTrue(rows.contains("26:效益指标|社会效益指标|孕产妇系统管理率|≥90%|93.1%|20|20|"), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains("|可持续影响指标|慢性病规范管理长效机制|逐步完善|")), String.join("\n", rows));
    }

    @Test
    void fullWidthNamesBesideValuesOfTheirOwnAreRowsOfOneLine() {
        List<String> rows = rows(
                "          一级指标     二级指标            三级指标                指标值",
                "          产出指标   数量指标          补助对象范围人次规模         按文件完成",
                "",
                "                     质量指标          补助对象政策内住院报销比例    按规定实报实销",
                "                     时效指标          当年各级财政补助资金到位率    =100.00(%)");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                "2:|产出指标|数量指标|补助对象范围人次规模|按文件完成",
                "4:|||质量指标|补助对象政策内住院报销比例|按规定实报实销".replace("|||", "||"),
                "5:|||时效指标|当年各级财政补助资金到位率|=100.00(%)".replace("|||", "||")), rows);
    }

    @Test
    void theBlockLabelAloneOnItsLineLeftOfTheLevelOneColumnIsTheLeadNotALevelOneLabel() {
        // 绩效指标 printed alone at the page's left margin, a line below 产出指标: it is the lead
        // column's label, and 产出指标 stays the rows' level 1
        List<String> rows = rows(
                "          一级指标       二级指标                  三级指标                          指标值",
                "                                   参保人数(人)                  ≥24.8 万人",
                "                  数量指标         各级财政实际补助标准(元)            ≥520 元",
                "                                   重复参保人数(人)                0",
                "                                   参保人政策范围内住院费用报销比",
                "                  质量指标                             ≥79.00(%)",
                "                                   例",
                "        产出指标                   参保人住院费用实际报销比例            ≥38.00(%)",
                "绩效指标",
                "                                   基金滚存结余可支配月数(月)           6-9 个月",
                "                                   虚报参保人数(人)                0");
        List<String> lead = new ArrayList<>();
        List<String> level1 = new ArrayList<>();
        for (String r : rows.subList(1, rows.size())) {
            String[] cells = r.substring(r.indexOf(':') + 1).split("\\|", -1);
            lead.add(cells[0]);
            level1.add(cells[1]);
        }
        assertEquals(List.of("绩效指标", "", "", "", "", "", ""), lead, rows::toString);
        assertEquals(List.of("产出指标", "", "", "", "", "", ""), level1, rows::toString);
    }

    @Test
    void aNameBesideItsOwnValueDoesNotGoOnIntoANameCentredInItsNextRow() {
        // 对健全…的影响 is as wide as the name column and has its value beside it; 医疗救助对象人次规模
        // is centred between the two lines of its own value: two rows, not one name
        List<String> rows = rows(
                "          一级指标         二级指标               三级指标                   指标值",
                "       成本指标         社会成本指标         对健全医疗保障制度体系的影响 成效明显",
                "                                                     符合救助条件的对象按规定",
                "                    数量指标           医疗救助对象人次规模",
                "                                                     纳入救助范围",
                "       产出指标                        重点救助对象自负费用年度限额",
                "                    质量指标                          ≥70.00(%)",
                "                                   内住院救助比例");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                "2:|成本指标|社会成本指标|对健全医疗保障制度体系的影响|成效明显",
                "4:|产出指标|数量指标|医疗救助对象人次规模|符合救助条件的对象按规定纳入救助范围",
                "6:|||质量指标|重点救助对象自负费用年度限额内住院救助比例|≥70.00(%)".replace("|||", "||")), rows);
    }

    @Test
    void aUnitInBracketsAloneUnderANameEndsThatName() {
        List<String> rows = rows(
                "       一级指标          二级指标               三级指标                   指标值",
                "                                         城乡居民基本医疗保险参保人员政策知晓率   ≥90%",
                "                                         异地就医直接结算率        有所提高",
                "                                         参保人员对医保服务的满意度",
                "       满意度指标         服务对象满意度指标                            ≥90.00(%)",
                "                                         （%）");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                "2:|满意度指标|服务对象满意度指标|城乡居民基本医疗保险参保人员政策知晓率|≥90%",
                "3:|||异地就医直接结算率|有所提高",
                "4:|||参保人员对医保服务的满意度（%）|≥90.00(%)"), rows);
    }

    @Test
    void linesThatAreRowsStayRows() {
        // every line holds a name: nothing says a row is printed over several lines
        List<String> rows = rows(
                "一级指标   二级指标   三级指标               指标值",
                "产出指标   数量指标   参保人数                 ≥100 万人",
                "                      医保综合参保率(%)        ≥95%");
        assertEquals(List.of(
                "1:一级指标|二级指标|三级指标|指标值",
                "2:产出指标|数量指标|参保人数|≥100 万人",
                "3:|||医保综合参保率(%)|≥95%".replace("|||", "||")), rows);
    }

    @Test
    void aValueWrappedAroundItsNameIsJoinedAndAFullLineWrapsOnlyIntoItsOwnColumn() {
        List<String> rows = rows(
                "        一级指标   二级指标           三级指标                    指标值",
                "        产出指标   数量指标           参保人数(人)                ≥299.68 万人",
                "                                                                 成年人≥270 元; 大中小学生、",
                "                                      参保居民个人缴费标准(元)",
                "                                                                 儿童≥200 元",
                "                                      以户籍人口数为基数计算的基本",
                "                                                                 ≥ 100 %",
                "                                      医保综合参保率(%)");
        assertEquals(List.of(
                "1:|一级指标|二级指标|三级指标|指标值",
                "2:|产出指标|数量指标|参保人数(人)|≥299.68 万人",
                "4:|||参保居民个人缴费标准(元)|成年人≥270 元; 大中小学生、儿童≥200 元",
                "6:|||以户籍人口数为基数计算的基本医保综合参保率(%)|≥ 100 %"), rows);
    }

    @Test
    void aHeadingPrintedOverThreeLinesIsOneHeadingRow() {
        List<String> rows = rows(
                "            一级指                                        全年实际完 未完成原因和改",
                "                   二级指标      三级指标            指标值",
                "            标                                          成值    进措施",
                "                             参保人数(人)         ≥623 万人   ≥623 万人");
        assertEquals("2:|一级指标|二级指标|三级指标|指标值|全年实际完成值|未完成原因和改进措施", rows.get(0));
        assertEquals(2, rows.size());
    }

    @Test
    void aHeaderRowPrintedWithItsWrappedCellsAboveAndBelowIsOneRow() {
        List<String> rows = rows(
                "转移支付(项目)",
                "                         医疗救助资金",
                "名称",
                "                 610-弋阳县医疗保障                      弋阳县医疗保障服务中",
                "主管部门及代码                         实施单位",
                "                 局                                心");
        assertEquals(List.of("2:转移支付(项目)名称|医疗救助资金",
                "5:主管部门及代码|610-弋阳县医疗保障局|实施单位|弋阳县医疗保障服务中心"), rows);
    }

    @Test
    void levelOneLabelsGoToTheGroupsTheirLevelTwoLabelsBelongTo() {
        // 产出指标 printed near the top of its group (the page cut it), 满意度指标 at the bottom
        List<LaidOutTable.Line> lines = new ArrayList<>();
        String[][] texts = {
            {"产出指", "数量指标", "参保人数", "≥1"},
            {"标", null, "财政补助标准", "≥2"},
            {null, null, "个人缴费标准", "≥3"},
            {null, "质量指标", "综合参保率", "≥4"},
            {null, null, "住院费用实际报销", "≥5"},
            {null, null, "比例", null},
            {"满意度", "服务对象满意度指标", "满意度", "≥90%"},
            {"指标", null, null, null},
        };
        for (int i = 0; i < texts.length; i++) {
            int[] starts = {1, 8, 20, 40};
            lines.add(new LaidOutTable.Line(i + 1, texts[i], starts));
        }
        List<Row> rows = LaidOutTable.rows(lines, List.of(ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE));
        List<String> l1 = new ArrayList<>();
        for (Row r : rows) {
            l1.add(r.cells().get(0).text());
        }
        assertEquals(List.of("产出指标", "", "", "", "", "满意度指标"), l1);
        assertEquals("住院费用实际报销比例", rows.get(4).cells().get(2).text());
        assertEquals("≥5", rows.get(4).cells().get(3).text());
    }

    @Test
    void aNumberCutInItsDecimalsAtTheValueColumnsEdgeIsOneValueOfOneRow() {
        // the narrow 指标值 column cuts ≥28.00(%) after ≥28.0; the name wraps beside it (fresh5 d1, -layout)
        List<String> rows = rows(
                "绩效指标       一级指标            二级指标                三级指标          指标值",
                "",
                "           产出指标                        重特大疾病医疗救助人次占直接救       ≥28.0",
                "                           数量指标",
                "                                              助人次比例          0(%)",
                "",
                "                           质量指标           城乡医疗救助政策知晓率            ≥80%");
        assertEquals(List.of(
                "1:绩效指标|一级指标|二级指标|三级指标|指标值",
                "3:|产出指标|数量指标|重特大疾病医疗救助人次占直接救助人次比例|≥28.00(%)",
                "7:||质量指标|城乡医疗救助政策知晓率|≥80%"), rows);
        assertEquals(false, LaidOutTable.cutInDecimals("≥28.00", "0(%)"), "two decimals are whole");
        assertEquals(false, LaidOutTable.cutInDecimals("≥28.0", "≥1"), "a comparison starts a value of its own");
    }

    @Test
    void linesWithoutAnyLineMissingItsNameAreNotPrintedLines() {
        List<LaidOutTable.Line> lines = List.of(
                new LaidOutTable.Line(1, new String[] {"产出指标", "参保人数", "≥1"}, new int[] {1, 10, 30}),
                new LaidOutTable.Line(2, new String[] {null, "补助标准", "≥2"}, new int[] {-1, 10, 30}));
        assertNull(LaidOutTable.rows(lines, List.of(ColumnFit.Role.L1, ColumnFit.Role.NAME, ColumnFit.Role.VALUE)));
    }

    @Test
    void aCellFarFromItsColumnMovesUnderTheColumnItStartsAt() {
        List<LaidOutTable.Line> lines = List.of(
                new LaidOutTable.Line(1, new String[] {"产出指", "参保人数", "≥1"}, new int[] {1, 12, 40}),
                new LaidOutTable.Line(2, new String[] {null, "标", null}, new int[] {-1, 2, -1}),
                new LaidOutTable.Line(3, new String[] {"效益", "缴费标准", "≥2"}, new int[] {1, 12, 41}),
                new LaidOutTable.Line(4, new String[] {null, "成年人≥270", "元"}, new int[] {-1, 39, 50}));
        List<LaidOutTable.Line> out = LaidOutTable.realigned(lines, 3);
        assertArrayEquals(new String[] {"标", null, null}, out.get(1).texts());
        assertArrayEquals(new String[] {null, null, "成年人≥270 元"}, out.get(3).texts());
    }

    /**
     * A table printed packed (pdftotext places a cell after the cells left of it, not at its own x): under empty label
     * columns the names start near the left margin, so the name column's usual start is a packed one, near the level-1
     * column's. A packed cell does not move into the level-1 or lead column (the name of line 6, at 5, stays a
     * name though the level-1 column's usual start, 1, is nearer than the name column's, 11); a label's wrapped end
     * (标) still may; without the heading's starts the lines are realigned as before.
     */
    @Test
    void aPackedCellDoesNotMoveIntoTheFirstLabelColumn() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        int[] heading = {1, 11, 26, 44, 61};
        List<LaidOutTable.Line> lines = List.of(
                new LaidOutTable.Line(1, new String[] {null, "产出指标", "数量指标", "参保人数", "≥5万人"}, new int[] {-1, 11, 26, 40, 61}),
                new LaidOutTable.Line(2, new String[] {null, null, null, "重复参保人数", "0"}, new int[] {-1, -1, -1, 11, 37}),
                new LaidOutTable.Line(3, new String[] {null, null, null, "虚报参保人数", "0"}, new int[] {-1, -1, -1, 11, 37}),
                new LaidOutTable.Line(4, new String[] {null, "效益指", null, "医保报销比例", "≥70%"}, new int[] {-1, 1, -1, 11, 36}),
                new LaidOutTable.Line(5, new String[] {null, null, null, "标", null}, new int[] {-1, -1, -1, 2, -1}),
                new LaidOutTable.Line(6, new String[] {null, null, null, "基金结余月数", "6-9个月"}, new int[] {-1, -1, -1, 5, 34}),
                new LaidOutTable.Line(7, new String[] {null, "满意度指标", null, "满意度", "≥90%"}, new int[] {-1, 1, -1, 12, 33}));
        List<LaidOutTable.Line> out = LaidOutTable.realigned(lines, roles, heading);
        assertArrayEquals(new String[] {null, null, null, "基金结余月数", "6-9个月"}, out.get(5).texts());
        assertArrayEquals(new String[] {null, "标", null, null, null}, out.get(4).texts());
        List<LaidOutTable.Line> unknown = LaidOutTable.realigned(lines, roles, null);
        assertArrayEquals(new String[] {null, "基金结余月数", null, null, "6-9个月"}, unknown.get(5).texts(),
                "without the heading's starts no line counts as packed");
    }

    @Test
    void groupsAreCutAtTheLeastCost() {
        // six rows, two labels printed at rows 1 and 4: groups [0, 3) and [3, 6)
        int[] starts = LabelPlacement.groupStarts(6, 2, (e, i, j) -> Math.abs((e == 0 ? 1 : 4) - (i + j - 1) / 2.0));
        assertArrayEquals(new int[] {0, 3}, starts);
    }

    @Test
    void aCellsWidthIsInEmsAChineseCharacterOneAnyOtherNarrowerAtLeastAndAtMost() {
        assertEquals(4.0, PrintWidths.width("指标名称"));
        assertEquals(4.0, PrintWidths.width("指标名称", false));
        assertEquals(4.1, PrintWidths.width("≥90%万人", false), 1e-9, "≥ 9 0 half each, % 0.6, 万人 one each");
        assertEquals(3.6, PrintWidths.width("≥90%万"), 1e-9, "at most: ≥ 9 0 0.6 each, % 0.8");
        // as printed 2019年12月31日前中央财政: 8 characters, 8 digits, the gaps pdftotext prints as spaces
        assertEquals(8 + 8 * 0.5 + 5 * 0.17, PrintWidths.width("2019 年 12 月 31 日前中央财政", false), 1e-9);
        assertEquals(8 + 8 * 0.6 + 5 * 0.35, PrintWidths.width("2019 年 12 月 31 日前中央财政"), 1e-9);
        assertEquals(2.0, PrintWidths.width("𠀀𠀁"));
        assertEquals(0.0, PrintWidths.width(""));
    }
}
