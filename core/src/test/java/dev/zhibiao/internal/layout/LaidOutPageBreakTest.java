package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Label groups cut by a page break in a {@code pdftotext -layout} table (layout20): a merged label cell cut by the page's
 * end is printed in its first part, at that part's top or at its middle.
 */
class LaidOutPageBreakTest {

    /**
     * The fiscal form (its rows two blank lines apart, names wrapped round their values) over three pages: 数量指标 at the
     * top of its first part (its fourth row on the next page), 成本指标 between the two rows of its first part (its third
     * row on the next page). Measured only against the group's middle or its first part's top, 成本指标 took the row
     * above it (the last of 时效指标's three), and the groups above moved a row to make room.
     */
    @Test
    void aLabelCutByThePageEndStandsAtTheMiddleOfItsFirstPart() {
        String[] text = {
            "绩效指标     一级指标          二级指标          三级指标                       指标值",
            "",
            "",
            "         产出指标          数量指标         参保人数(人)                    ≥28 万人",
            "",
            "",
            "                                各级财政实际补助标准(元)                  ≥520 元",
            "",
            "",
            "                                参保居民个人实际缴费标准               成年人≥270 元;大中小学",
            "",
            "                                         (元)                 生、儿童≥200 元",
            "\f                             成年人≤192.59%;大中",
            "       财政补助与个人缴费比值",
            "                             小学生、儿童≤260%",
            "",
            "",
            "       以户籍人口数为基数计算的",
            "                                ≥77.40(%)",
            "        基本医保综合参保率(%)",
            "",
            "",
            "       以常住人口数为基数计算的",
            "                                ≥98.00(%)",
            "        基本参保综合参保率(%)",
            "",
            "",
            "          重复参保人数(人)                 0",
            "",
            "",
            "          虚报参保人数(人)                 0",
            "",
            "",
            "质量指标   参保人政策范围内住院费用",
            "                                ≥49.74(%)",
            "             报销比例",
            "",
            "",
            "       参保人住院费用实际报销比",
            "                                ≥40.62(%)",
            "               例",
            "",
            "",
            "       实行按病种(组)、按人头付",
            "                                 逐步推开",
            "          费等支付方式改革",
            "",
            "",
            "       基金滚存结余可支配月数",
            "                                 6-9 个月",
            "               (月)",
            "",
            "",
            "       2019 年 12 月 31 日前中央",
            "                                =100.00(%)",
            "         财政补助资金到位率",
            "",
            "",
            "       2019 年 12 月 31 日前省级",
            "时效指标                            =100.00(%)",
            "         财政补助资金到位率",
            "",
            "",
            "       2019 年 12 月 31 日前地方",
            "                                =100.00(%)",
            "         财政补助资金到位率",
            "",
            "",
            "       中央财政补助资金人均补助",
            "                                  312 元",
            "              标准",
            "成本指标",
            "       省级财政补助资金人均补助",
            "                                 124.8 元",
            "              标准",
            "\f                地方财政补助资金人均补助",
            "                                83.2 元",
            "                     标准",
            "",
            "",
            "        服务对象满",
            "满意度指标            参保对象满意度(%)    ≥90.00(%)",
            "        意度指标",
        };
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < text.length; i++) {
            page += text[i].startsWith("\f") ? 1 : 0;
            SpacedRows.Line l = line(i + 1, text[i].replace("\f", ""), page);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        java.util.Map<String, String> level2 = new java.util.LinkedHashMap<>();
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() == 5 && !r.cells().get(2).text().isEmpty()) {
                level2.put(r.cells().get(3).text(), r.cells().get(2).text());
            }
        }
        assertEquals("质量指标", level2.get("以户籍人口数为基数计算的基本医保综合参保率(%)"), "first rows: " + level2);
        assertEquals("时效指标", level2.get("2019 年 12 月 31 日前中央财政补助资金到位率"), "first rows: " + level2);
        assertEquals("成本指标", level2.get("中央财政补助资金人均补助标准"), "first rows: " + level2);
    }

    /**
     * A self-evaluation table whose page ends after 时效指标's only row: the next page's rows have their own 二级 labels
     * printed on that page (社会效益指标 centred on its first three rows, 可持续影响指标 on the next two). A one-row first
     * part's middle is that row's middle, where a one-row group's label stands too, so it does not carry 时效指标 over
     * the page; with the first-part-middle reading for one row (layout20), 时效指标 took 困难群众医疗费用负担 and
     * 可持续影响指标 took 困难群众就医方便程度 from 社会效益指标.
     */
    @Test
    void aOneRowFirstPartDoesNotCarryItsLabelOverThePage() {
        String[] text = {
            "绩效指 一级                                                             未完成原因和",
            "           二级指标   三级指标             指标值           全年实际完成值",
            "标   指标                                                             改进措施",
            "                                   符合救助条件的",
            "                                                 符合救助条件的对象按规",
            "                  医疗救助对象人次规模       对象按规定纳入",
            "                                                 定纳入救助范围",
            "                                   救助范围",
            "           数量指标   重点对象政策范围内个人自付",
            "                                   ≥70%          ≥70%",
            "                  费用年度限额内住院救助比例",
            "     产出",
            "     指标           符合资助条件的农村低收入人",
            "                                   ≥99%          ≥99%",
            "                  口资助参保政策覆盖率",
            "           质量指标   医保综合监管能力         有所提升          有所提升",
            "                  市域内“一站式”即时结算覆",
            "           时效指标                    不低于上年         不低于上年",
            "                  盖率",
            "\f           困难群众医疗费用负担      有效缓解   有效缓解",
            "     社会效益指",
            "           城乡医疗救助政策知晓率     ≥80%   ≥80%",
            "     标",
            "效益         困难群众就医方便程度      明显提高   明显提高",
            "指标",
            "           对健全社会救助体系的影响    成效明显   成效明显",
            "     可持续影响",
            "     指标    对健全医疗保障制度体系的作",
            "                           成效明显   成效明显",
            "           用",
            "满意",
            "     服务对象满",
            "度指         救助对象对救治工作满意度    ≥85%   ≥85%",
            "     意度指标",
            "标"
        };
        java.util.Map<String, String> level2 = level2(text);
        assertEquals("时效指标", level2.get("市域内“一站式”即时结算覆盖率"), "first rows: " + level2);
        assertEquals("社会效益指标", level2.get("困难群众医疗费用负担"), "first rows: " + level2);
        assertEquals("社会效益指标", level2.get("困难群众就医方便程度"), "first rows: " + level2);
        assertEquals("可持续影响指标", level2.get("对健全社会救助体系的影响"), "first rows: " + level2);
    }

    /** Per 三级 name, the 二级 label in force on its row (the last one above where its own cell is empty). */
    private static java.util.Map<String, String> level2(String[] text) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < text.length; i++) {
            page += text[i].startsWith("\f") ? 1 : 0;
            SpacedRows.Line l = line(i + 1, text[i].replace("\f", ""), page);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        String now = null;
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() >= 5) {
                String t = r.cells().get(2).text();
                now = t.isEmpty() ? now : t;
                out.put(r.cells().get(3).text(), now);
            }
        }
        return out;
    }

    /** A line's tokens on pdftotext -layout's grid: one column a character, the spaces before each. */
    private static SpacedRows.Line line(int no, String text, int page) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        int end = 0;
        while (m.find()) {
            toks.add(new SpacedRows.Token(m.group(), m.start() + 1, toks.isEmpty() ? 0 : m.start() - end));
            end = m.end();
        }
        return new SpacedRows.Line(no, toks, page);
    }
}
