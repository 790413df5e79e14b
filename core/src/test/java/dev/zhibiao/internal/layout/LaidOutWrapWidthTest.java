package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What decides a wrapped name in {@code pdftotext -layout} tables (layout23): the name column's widest text, which one
 * line split wrongly or one line measured too wide makes too wide for the names that fill the column to be seen as
 * wrapped. A value's unit printed one space after a compared number led by a word ({@code 成年人≥270 元; 大中小学}) is
 * that number's, not the start of a value cell under the value heading; curly quotes are narrow in the print.
 */
class LaidOutWrapWidthTest {

    /** A generated disclosure's fiscal form (disclosures.py seed 271570, d1), as pdftotext -layout prints it. */
    private static final String[] FISCAL = {
            "绩效指标       一级指标       二级指标             三级指标                     指标值",
            "        产出指标                    参保人数(人)                ≥18 万人",
            "                                各级财政实际补助标准(元)          ≥520 元",
            "",
            "                    数量指标        参保居民个人实际缴费标准           成年人≥270 元; 大中小学",
            "                                (元)                    生、儿童≥200 元",
            "                                                       成年人≤192.59%; 大中小",
            "                                财政补助与个人缴费比值",
            "                                                       学生、儿童≤260%",
            "                                以户籍人口数为基数计算的基",
            "                                                       ≥80.00(%)",
            "                                本医保综合参保率(%)",
            "                                以常住人口数为基数计算的基",
            "                                                       ≥85.00(%)",
            "                                本参保综合参保率(%)",
            "                                重复参保人数(人)              0",
            "                                虚报参保人数(人)              0",
            "                    质量指标",
            "                                参保人政策范围内住院费用报",
            "                                                       ≥57.00(%)",
            "                                销比例",
            "                                参保人住院费用实际报销比例          ≥52.50(%)",
            "                                实行按病种(组)、按人头付费",
            "                                                       逐步推开",
            "                                等支付方式改革"
    };

    /** A self-evaluation table printed with a blank line after every line (disclosures-diag7 d3). */
    private static final String[] QUOTED = {
            "绩效   一级                                                 未完成原因",
            "           二级指标       三级指标           指标值      全年实际完成值",
            "指标   指标                                                 和改进措施",
            "",
            "",
            "                                   符合救助条件的    符合救助条件的",
            "",
            "                   医疗救助对象人次规模      对象按规定纳入    对象按规定纳入",
            "",
            "                                    救助范围       救助范围",
            "",
            "",
            "                   重点对象政策范围内个",
            "",
            "           数量指标    人自付费用年度限额内        ≥70%       ≥70%",
            "",
            "                     住院救助比例",
            "     产出",
            "",
            "     指标            符合资助条件的农村低",
            "",
            "                   收入人口资助参保政策        ≥99%       ≥99%",
            "",
            "                       覆盖率",
            "",
            "",
            "           质量指标     医保综合监管能力        有所提升       有所提升",
            "",
            "",
            "                   市域内“一站式”即时结算",
            "           时效指标                     不低于上年      不低于上年",
            "                       覆盖率",
            "",
            "",
            "     效益    社会效益指   困难群众医疗费用负担       有效缓解       有效缓解",
            "",
            "     指标      标",
            "                   城乡医疗救助政策知晓        ≥80%       ≥80%",
            ""
    };

    /**
     * {@code 元;} stands one column left of the 指标值 heading, the value {@code 成年人≥270} nine columns left of it (the
     * column's cells start there): the unit is the number's, so the value is one cell, and the name column's widest
     * text is no longer the name with {@code 成年人≥270} joined to it, too wide for the 13-character names under it to
     * be seen as wrapped ({@code 以户籍人口数为基数计算的基 / 本医保综合参保率(%)} read as two rows).
     */
    @Test
    void aUnitAfterAComparedNumberStaysWithItsValue() {
        java.util.Map<String, List<String>> rows = rows(FISCAL, 5);
        assertEquals("成年人≥270元;大中小学生、儿童≥200元", rows.get("参保居民个人实际缴费标准(元)").get(4).replace(" ", ""), "rows: " + rows);
        assertEquals("≥80.00(%)", rows.get("以户籍人口数为基数计算的基本医保综合参保率(%)").get(4), "rows: " + rows);
        assertEquals("逐步推开", rows.get("实行按病种(组)、按人头付费等支付方式改革").get(4), "rows: " + rows);
    }

    /**
     * The name column's widest line holds two curly quotes ({@code 市域内“一站式”即时结算}), each a third of a character
     * as printed: measured at half a character each, the line looked wider than the column and the ten-character lines
     * that fill it too short to wrap ({@code 重点对象政策范围内个 / 人自付费用年度限额内 / 住院救助比例} read as three rows).
     */
    @Test
    void curlyQuotesAreNarrow() {
        java.util.Map<String, List<String>> rows = rows(QUOTED, 7);
        assertEquals("≥70%", rows.get("重点对象政策范围内个人自付费用年度限额内住院救助比例").get(4), "rows: " + rows);
        assertEquals("≥99%", rows.get("符合资助条件的农村低收入人口资助参保政策覆盖率").get(4), "rows: " + rows);
        assertTrue(rows.containsKey("市域内“一站式”即时结算覆盖率"), "rows: " + rows);
    }

    /** Per 三级 name, the row's cells. */
    private static java.util.Map<String, List<String>> rows(String[] text, int width) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            SpacedRows.Line l = line(i + 1, text[i]);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() == width) {
                out.put(r.cells().get(3).text(), r.cells().stream().map(Cell::text).toList());
            }
        }
        return out;
    }

    /** A line's tokens on pdftotext -layout's grid: one column a character, the spaces before each. */
    private static SpacedRows.Line line(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        int end = 0;
        while (m.find()) {
            toks.add(new SpacedRows.Token(m.group(), m.start() + 1, toks.isEmpty() ? 0 : m.start() - end));
            end = m.end();
        }
        return new SpacedRows.Line(no, toks, 0);
    }
}
