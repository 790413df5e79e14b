package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chromium's prints of whole disclosures in {@code pdftotext -layout} text (layout37): a wrapped label's tail under its
 * first line goes to that label's column ({@code LabelTailUnder}); a name beside its value does not go on over a blank
 * line into a name wrapped round the next row's value ({@code LaidOutChunks.besideThenApart}); a table's first page of
 * one row is placed by its own cells' starts ({@code ShortPageStarts}).
 */
class LaidOutPrintRules37Test {

    /** disclosures-print-t310 d3, browser print (furniture_prints.py), {@code pdftotext -layout}, the browser's header and footer taken out: a later page on a narrower grid, {@code 满意度指 服务对象满意度} / {@code 标    指标}, the level-2 label's tail at its first line's start, nearer the level-1 column's usual start (22) than its own (35). */
    static final String[] TAIL_ON_NARROW_PAGE = {
            "   绩效指标              一级指标 二级指标             三级指标                  指标值",
            "                     产出指标                  参保人数(人)               ≥18万人",
            "                                           各级财政实际补助标准(元)         ≥520元",
            "",
            "                                  数量指标                           成年人≥270元; 大中小学生、儿童",
            "                                           参保居民个人实际缴费标准(元)",
            "                                                                 ≥200元",
            "                                                                 成年人≤192.59%; 大中小学生、儿",
            "                                           财政补助与个人缴费比值",
            "                                                                 童≤260%",
            "                                           以户籍人口数为基数计算的基本医保综",
            "                                                                 ≥ 80 %",
            "                                           合参保率(%)",
            "                                           以常住人口数为基数计算的基本参保综",
            "                                                                 ≥ 85%",
            "                                           合参保率(%)",
            "                                           重复参保人数(人)             0",
            "",
            "                                  质量指标     虚报参保人数(人)             0",
            "                                           参保人政策范围内住院费用报销比例      ≥ 57 %",
            "                                           参保人住院费用实际报销比例         ≥ 52.5 %",
            "                                           实行按病种(组)、按人头付费等支付方式",
            "                                                               逐步推开",
            "                                           改革",
            "                                           基金滚存结余可支配月数(月)        6-9个月",
            "                                           2019年12月31日前中央财政补助资金到",
            "                                                                 100%",
            "                                           位率",
            "                                           2019年12月31日前省级财政补助资金到",
            "                                  时效指标                           100%",
            "                                           位率",
            "                                           2019年12月31日前地方财政补助资金到",
            "                                                                 100%",
            "                                           位率",
            "",
            "",
            "",
            "",
            "",
            "\f                                         中央财政补助资金人均补助标准   312元",
            "                                  成本指标   省级财政补助资金人均补助标准   124.8元",
            "                                         地方财政补助资金人均补助标准   83.2元",
            "                     满意度指 服务对象满意度",
            "                                  参保对象满意度(%)              ≥90%",
            "                     标    指标"
    };

    /** disclosures-print-t360 d3, numbered print: rows printed with a blank line between them; 居家照护服务试点运行情况 beside its value, then the next row's name wrapped round its own value. */
    static final String[] BLANK_BETWEEN_ROWS = {
            "绩效指标   一级                                        全年实际完成    未完成原因和改",
            "            二级指标     三级指标                指标值",
            "       指标                                        值         进措施",
            "",
            "            数量指标     试点地区居民参保覆盖率         ≥95%    ≥95%",
            "",
            "       产出            重复参保人数              0       0",
            "       指标   质量指标     虚报参保人数              0       0",
            "",
            "                     居家照护服务试点运行情况        运行良好    运行良好",
            "",
            "       效益   社会效益指    符合待遇享受条件的参保人",
            "                                         有效缓解    有效缓解",
            "       指标   标        员照护费用负担减轻程度"
    };

    /** disclosures-print-t371 d2, browser print: the table's first page holds its heading and one row (labels, name and value at 26, 43, 52 and 77), the next page the rest on a narrower grid (35, 48, 64). */
    static final String[] ONE_ROW_FIRST_PAGE = {
            "     绩效指                 一级指标             二级指标            三级指标              指标值",
            "      标",
            "                         产出指标             数量指标     参加医保工作省级新闻发布会、政",
            "                                                                            ≥2次",
            "                                                        策吹风会次数",
            "",
            "",
            "",
            "",
            "",
            "\f                                             参加医保工作政府信息公开省级工",
            "                                                                 ≥2次",
            "                                                  作会议或培训",
            "",
            "",
            "                                               医保信息系统验收合格率     ≥90.00(%)",
            "",
            "",
            "                                               医保信息系统正常运行率     ≥90.00(%)",
            "",
            "",
            "                                             医保信息系统重大安全事件响应时",
            "                                                                ≤60分钟",
            "                                                    间",
            "                                   质量指标",
            "",
            "                                              定点医药机构监督检查覆盖率    =100.00(%)",
            "",
            "",
            "                                               医保人才培养合格率       ≥90.00(%)",
            "",
            "",
            "                                               整合城乡居民医保制度      出台文件",
            "",
            "",
            "                                               参保群众政策知晓率       普遍知晓",
            "",
            "",
            "                                               异地就医直接结算率       有所提高",
            "                         效益指标     社会效益指标",
            "",
            "                                             享受长期护理保险制度待遇的失能",
            "                                                               有所提升",
            "                                                  老人生活质量",
            "",
            "",
            "                                  服务对象满意度指    参保人员对医保服务的满意度",
            "                        满意度指标                                  ≥90.00(%)",
            "                                      标            （%）"
    };

    private static List<String> rows(String[] lines, Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.startsWith("\f")) {
                page++;
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                in.add(LaidOutLines.line(i + 1, text, page));
            }
        }
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in, notes)) {
            out.add(r.at().line() + ":" + String.join("|", r.cells().stream().map(Cell::text).toList())
                    + (notes.getOrDefault(r, List.of()).stream().anyMatch(d -> d.code().equals(LabelTailUnder.CODE)) ? " #tail" : ""));
        }
        return out;
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(row)), row + " in rows: " + rows);
    }

    /**
     * 指标 (line 45) at 服务对象满意度's start: the level-2 label's tail, not the level-1 label's (标 is there); the label
     * whole spans the row of 参保对象满意度(%), and 成本指标 the three rows round it (main read 满意度指标 指标 and put the
     * level-2 label on 地方财政补助资金人均补助标准).
     */
    @Test
    void aWrappedLabelsTailUnderItsFirstLineEndsThatLabel() {
        List<String> rows = rows(TAIL_ON_NARROW_PAGE, new IdentityHashMap<>());
        has(rows, "||成本指标|中央财政补助资金人均补助标准|312元");
        has(rows, "|||地方财政补助资金人均补助标准|83.2元");
        has(rows, "|满意度指标|服务对象满意度指标|参保对象满意度(%)|≥90% #tail");
    }

    /** The two rows stay two rows, each with its own value (main joined the names and the values). */
    @Test
    void aNameBesideItsValueDoesNotGoOnOverABlankLine() {
        List<String> rows = rows(BLANK_BETWEEN_ROWS, new IdentityHashMap<>());
        has(rows, "|居家照护服务试点运行情况|运行良好|运行良好|");
        has(rows, "|效益指标|社会效益指标|符合待遇享受条件的参保人员照护费用负担减轻程度|有效缓解|有效缓解|");
    }

    /**
     * The first page's row keeps its level-2 label and its name apart, and the name's last line stays the name's (main
     * joined 数量指标 to the name and put 策吹风会次数 after the value, by the next page's starts).
     */
    @Test
    void aFirstPageOfOneRowIsPlacedByItsOwnCells() {
        List<String> rows = rows(ONE_ROW_FIRST_PAGE, new IdentityHashMap<>());
        has(rows, "|产出指标|数量指标|参加医保工作省级新闻发布会、政策吹风会次数|≥2次");
        has(rows, "|||参加医保工作政府信息公开省级工作会议或培训|≥2次");
        assertFalse(rows.stream().anyMatch(r -> r.contains("数量指标 参加")), rows.toString());
    }
}
