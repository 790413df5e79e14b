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
