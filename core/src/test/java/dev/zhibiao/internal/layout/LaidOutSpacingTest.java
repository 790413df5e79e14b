package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Label groups of a {@code pdftotext -layout} table whose rows are printed with blank lines between (issue 17, ruler20):
 * {@link LaidOutLabels.Ruler} measures such a table in its text lines.
 */
class LaidOutSpacingTest {

    private static SpacedRows.Line line(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        int end = 0;
        while (m.find()) {
            toks.add(new SpacedRows.Token(m.group(), m.start() + 1, toks.isEmpty() ? 0 : m.start() - end));
            end = m.end();
        }
        return new SpacedRows.Line(no, toks);
    }

    /**
     * One-line rows three lines apart, rows of a two-line name and a one-line value five lines apart (the name's lines
     * round the value). 质量指标 stands between its third and fourth rows, the middle of its six rows as printed; measured
     * line on line (each row its tallest cell and a third of a line) the three-line rows count two lines, the one-line
     * rows one and a third, and the group took the next row (参保群众政策知晓率) from 社会效益指标 below it.
     */
    @Test
    void aTableWithBlankLinesBetweenRowsIsMeasuredInItsTextLines() {
        String[] text = {
            "绩效指标      一级指标           二级指标              三级指标            指标值",
            "                   参加医保工作省级新闻发布会、",
            "                                       ≥2 次",
            "                      政策吹风会次数",
            "          数量指标",
            "                   参加医保工作政府信息公开省级",
            "                                       ≥2 次",
            "                      工作会议或培训",
            "",
            "",
            "                    医保信息系统验收合格率     ≥90.00(%)",
            "",
            "",
            "                    医保信息系统正常运行率     ≥90.00(%)",
            "产出指标",
            "",
            "                   医保信息系统重大安全事件响应",
            "                                     ≤60 分钟",
            "                         时间",
            "          质量指标",
            "",
            "                   定点医药机构监督检查覆盖率    =100.00(%)",
            "",
            "",
            "                     医保人才培养合格率      ≥90.00(%)",
            "",
            "",
            "                     整合城乡居民医保制度      出台文件",
            "",
            "",
            "                     参保群众政策知晓率       普遍知晓",
            "",
            "",
            "                     异地就医直接结算率       有所提高",
            "效益指标     社会效益指标",
            "",
            "                   享受长期护理保险制度待遇的失",
            "                                     有所提升",
            "                      能老人生活质量",
        };
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (!text[i].isBlank()) {
                in.add(line(i + 1, text[i]));
            }
        }
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<String> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Row r : SpacedRows.rows(in, notes)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            rows.add(r.at().line() + ":" + String.join("|", cells));
            for (dev.zhibiao.Diagnostic d : notes.getOrDefault(r, List.of())) {
                codes.add(r.at().line() + ":" + d.code());
            }
        }
        assertTrue(rows.contains("11:||质量指标|医保信息系统验收合格率|≥90.00(%)"), String.join("\n", rows));
        assertTrue(rows.contains("31:|效益指标|社会效益指标|参保群众政策知晓率|普遍知晓"), String.join("\n", rows));
        assertEquals(List.of("31:" + LaidOutLabels.SPACED_ROWS), codes.stream().filter(c -> c.contains("spacing")).toList(),
                "the label placed by the spacing is noted on its group's first row");
    }

    /** The spacing read from the rows: the median blank lines after a one-line row, from three such rows on. */
    @Test
    void theSpacingIsTheMedianGapAfterOneLineRows() {
        assertEquals(2, LaidOutLabels.Ruler.spacing(new int[] {1, 4, 7, 10}, new int[] {1, 4, 7, 10}, new int[] {1, 1, 1, 1}));
        assertEquals(0, LaidOutLabels.Ruler.spacing(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1}),
                "line on line");
        assertEquals(0, LaidOutLabels.Ruler.spacing(new int[] {1, 4, 7}, new int[] {1, 4, 7}, new int[] {1, 1, 1}),
                "two one-line rows followed by a row are too few to tell");
        assertEquals(0, LaidOutLabels.Ruler.spacing(new int[] {1, 5, 9, 13}, new int[] {3, 7, 11, 13}, new int[] {2, 2, 2, 1}),
                "rows of two-line cells tell nothing");
    }
}
