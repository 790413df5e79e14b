package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Self-evaluation tables printed by {@code pdftotext -layout} with narrow value columns (layout21): a value wrapped round
 * the completed value printed on its row's middle line ({@code ≥95} / {@code ≥95%} / {@code %}), and the indicator
 * block's label printed on the rows, wrapped ({@code 绩效} / {@code 指标}); and a packed row at a page's head.
 */
class LaidOutNarrowValuesTest {

    /** A generated disclosure's self-evaluation table (disclosures.py seed 271540, d3), as pdftotext -layout prints it. */
    private static final String[] FIRST = {
            "     一级指                                 指标    全年实际   未完成原因和",
            "            二级指标             三级指标",
            "      标                                   值    完成值     改进措施",
            "",
            "",
            "                                         ≥95",
            "            数量指标          试点地区居民参保覆盖率          ≥95%",
            "                                          %",
            "",
            "",
            "                            重复参保人数        0     0",
            "     产出指",
            "",
            "      标",
            "绩效                          虚报参保人数        0     0",
            "            质量指标",
            "指标",
            "                                         运行",
            "                         居家照护服务试点运行情况          运行良好",
            "                                         良好",
            "",
            "",
            "     效益指             符合待遇享受条件的参保人员照护     有效",
            "           社会效益指标                              有效缓解",
            "      标                    费用负担减轻程度      缓解",
            "",
            "",
            "     满意度   服务对象满意                        ≥90",
            "                            服务对象满意度            ≥90%",
            "      指标     度指标                          %"
    };

    /** The same document's second self-evaluation table. */
    private static final String[] SECOND = {
            "     一级指                                    全年实际     未完成原因和改",
            "            二级指标        三级指标         指标值",
            "      标                                     完成值        进措施",
            "",
            "",
            "                                     ≥623   ≥623 万",
            "                       参保人数(人)",
            "                                     万人       人",
            "",
            "",
            "                      重复参保人数(人)       0       0",
            "",
            "",
            "                      虚报参保人数(人)       0       0",
            "",
            "",
            "                    参保人政策范围内住院费用报",
            "     产出指                             ≥70%   ≥70%",
            "            数量指标         销比例",
            "      标",
            "绩效",
            "",
            "指标                  实行按病种(组)、按人头付费   逐步推",
            "                                            逐步推开",
            "                       等支付方式改革        开",
            "",
            "",
            "                    基金滚存结余可支付月数(月)   6-9     6-9",
            "",
            "",
            "                                     普遍开",
            "                       开展门诊统筹               普遍开展",
            "                                      展",
            "",
            "",
            "                                     普遍知",
            "           政策知晓率      参保群众政策知晓率             普遍知晓",
            "                                      晓",
            "     满意度",
            "",
            "     指标",
            "           服务对象满意",
            "                       参保对象满意度       ≥85%   ≥85%",
            "            度指标"
    };

    /**
     * {@code %} alone under {@code ≥95}, a run of spaces from the margin: the last line of the 指标值 cell, not a fragment
     * put in the last column; and {@code 绩效} left of 虚报参保人数 is the block label's first part, not the start of a
     * name (which joined the rows 重复参保人数 and 虚报参保人数 into one, their values {@code 00}).
     */
    @Test
    void aPercentAloneEndsTheValueAboveAndTheBlockLabelIsNoName() {
        java.util.Map<String, List<String>> rows = rows(FIRST);
        assertEquals("≥95%", rows.get("试点地区居民参保覆盖率").get(4), "rows: " + rows);
        assertEquals("0", rows.get("重复参保人数").get(4), "rows: " + rows);
        assertEquals("0", rows.get("虚报参保人数").get(4), "rows: " + rows);
        assertEquals("≥90%", rows.get("服务对象满意度").get(4), "rows: " + rows);
    }

    /**
     * {@code 绩效} alone on its line and {@code 指标} two lines down beside a name: the block label in the lead column,
     * not the level-1 label 绩效指标 of the rows after it.
     */
    @Test
    void theBlockLabelWrappedOnTheRowsStaysInTheLeadColumn() {
        java.util.Map<String, List<String>> rows = rows(SECOND);
        for (String name : List.of("实行按病种(组)、按人头付费等支付方式改革", "基金滚存结余可支付月数(月)", "开展门诊统筹")) {
            String l1 = rows.get(name).get(1);
            assertTrue(l1.isEmpty() || l1.equals("产出指标"), name + ": " + rows);
        }
    }

    /**
     * The fiscal form's last row printed packed from the margin at the head of the next page (disclosures.py seed 271542,
     * d11), under the rest of the name above it, which stands where it should: the page is placed again by its labels
     * (满意度指标 at the lead's start, one column right), but this line's four cells already fill the label, name and value
     * columns, and placed one column right its name and value fell together into the last column (and its row into the
     * row above: 缓解城乡居民看病贵和因病致贫问题 | 有效缓解政策知晓率普遍知晓).
     */
    @Test
    void aPackedRowAtAPageHeadKeepsItsCellsWhenTheShiftHasNoRoom() {
        String[] text = {
            "绩效指标      一级指标           二级指标                三级指标            指标值",
            "",
            "",
            "          成本指标         经济成本指标         中央、省、县三级财政补助          补助到位",
            "",
            "",
            "                         数量指标                参保人数           全民参保",
            "",
            "",
            "                                  以常住人口数为基数计算的基",
            "          产出指标           质量指标                              ≥98.00(%)",
            "                                           本医保参保率",
            "",
            "",
            "                         时效指标            城乡居民医保受益面         =100.00(%)",
            "",
            "",
            "          效益指标         社会效益指标     缓解城乡居民看病贵和因病致             有效缓解",
            "\f                     贫问题",
            "",
            "",
            "满意度指标   服务对象满意度指标   政策知晓率   普遍知晓"
        };
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < text.length; i++) {
            page += text[i].startsWith("\f") ? 1 : 0;
            // pdftotext -layout lays out each page on a grid of its own: the second page's line lines up counting a
            // Chinese character as two columns (as SpacedReader.pageGrids finds), the first page's as one
            SpacedRows.Line l = page == 0 ? line(i + 1, text[i], 0) : wideLine(i + 1, text[i].replace("\f", ""), page);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() == 5) {
                rows.put(r.cells().get(3).text(), r.cells().stream().map(Cell::text).toList());
            }
        }
        assertEquals("有效缓解", rows.get("缓解城乡居民看病贵和因病致贫问题").get(4), "rows: " + rows);
        assertEquals("普遍知晓", rows.get("政策知晓率").get(4), "rows: " + rows);
    }

    /** Per 三级 name, the row's cells. */
    private static java.util.Map<String, List<String>> rows(String[] text) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            SpacedRows.Line l = line(i + 1, text[i]);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() == 7) {
                out.put(r.cells().get(3).text(), r.cells().stream().map(Cell::text).toList());
            }
        }
        return out;
    }

    /** A line's tokens with their display columns, a Chinese character two columns wide, and the spaces before each. */
    private static SpacedRows.Line wideLine(int no, String text, int page) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        int col = 1;
        int gap = 0;
        StringBuilder word = new StringBuilder();
        int wordAt = 0;
        int wordGap = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ') {
                if (word.length() > 0) {
                    toks.add(new SpacedRows.Token(word.toString(), wordAt, toks.isEmpty() ? 0 : wordGap));
                    word.setLength(0);
                    gap = 0;
                }
                gap++;
            } else if (word.length() == 0) {
                wordAt = col;
                wordGap = gap;
                word.append(c);
            } else {
                word.append(c);
            }
            col += c >= 0x2E80 ? 2 : 1;
        }
        return new SpacedRows.Line(no, toks, page);
    }

    /** A line's tokens on pdftotext -layout's grid: one column a character, the spaces before each. */
    private static SpacedRows.Line line(int no, String text) {
        return line(no, text, 0);
    }

    /** As {@link #line(int, String)}, on the given page. */
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
