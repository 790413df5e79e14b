package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label the vocabulary does not know, printed whole in a label column of a {@code pdftotext -layout} table
 * (layout23): {@code 政策知晓率} in 二级 on its row's line, a category label wrapped under it
 * ({@code 服务对象满意 / 度指标}). It is a label of its own, not the first part of the label under it.
 */
class LaidOutUnknownLabelTest {

    /** A generated disclosure's self-evaluation table (disclosures-fresh d7), as pdftotext -layout prints it. */
    private static final String[] TABLE = {
            "            一级指                                        全年实际完 未完成原因和改",
            "                   二级指标      三级指标            指标值",
            "            标                                          成值    进措施",
            "                             参保人数(人)         ≥623 万人   ≥623 万人",
            "                             重复参保人数(人)       0         0",
            "                             虚报参保人数(人)       0         0",
            "                             参保人政策范围内住院费用",
            "            产出指                              ≥70%      ≥70%",
            "                   数量指标      报销比例",
            "绩效指标        标",
            "                             实行按病种(组)、按人头付费",
            "                                            逐步推开       逐步推开",
            "                             等支付方式改革",
            "                             基金滚存结余可支付月数(月) 6-9        6-9",
            "                             开展门诊统筹          普遍开展      普遍开展",
            "                   政策知晓率     参保群众政策知晓率       普遍知晓      普遍知晓",
            "            满意度",
            "            指标     服务对象满意",
            "                             参保对象满意度         ≥85%      ≥85%",
            "                   度指标"
    };

    /** The rule's words: a text that starts no category before one that starts one, the two joined naming none. */
    @Test
    void aTextStartingNoCategoryBeforeOneThatStartsOneIsWhole() {
        assertTrue(LaidOutLabels.whole("政策知晓率", "服务对象满意"));
        assertFalse(LaidOutLabels.whole("服务对象", "满意度指标"), "a wrapped label's first part starts its category");
        assertFalse(LaidOutLabels.whole("产出指", "标"));
        assertFalse(LaidOutLabels.whole("生态环境效益", "指标"), "a label unknown to the vocabulary wrapped before 指标");
    }

    /**
     * {@code 政策知晓率} stays its row's 二级 label; joined to the label under it ({@code 政策知晓率服务对象满意度指标}) it
     * was read as no label, and the row's cells slid (its name read as its value).
     */
    @Test
    void anUnknownLevel2LabelPrintedWholeIsItsRowsLabel() {
        java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < TABLE.length; i++) {
            SpacedRows.Line l = line(i + 1, TABLE[i]);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        for (Row r : SpacedRows.rows(in)) {
            if (r.table() && r.cells().size() == 7) {
                rows.put(r.cells().get(3).text(), r.cells().stream().map(Cell::text).toList());
            }
        }
        assertEquals("政策知晓率", rows.get("参保群众政策知晓率").get(2), "rows: " + rows);
        assertEquals("普遍知晓", rows.get("参保群众政策知晓率").get(4), "rows: " + rows);
        assertEquals("服务对象满意度指标", rows.get("参保对象满意度").get(2), "rows: " + rows);
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
