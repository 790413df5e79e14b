package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table's last rows on a page of their own (layout26): a page packed from the margin that carries no whole label
 * ({@code LaidOutPages.packedPages}, a row with a value says it is the table's), a label wrapped over three lines
 * ({@code ColumnFit.labelMiddle}, {@code LaidOutPages.labelEndUnder}).
 */
class LaidOutLastPageRowsTest {

    /**
     * The printed lines of a text given line by line, a form feed opening a new page, blank lines left out (each line
     * keeps its number, counted from 1).
     */
    static List<SpacedRows.Line> lines(String... lines) {
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
        return in;
    }

    /** A print's lines: its first page's, then the rest. */
    static String[] pages(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** The rows of the lines ({@code \f} first on a line starts the next page), each as {@code LINE:cell|cell…}. */
    static List<String> rows(String... lines) {
        List<SpacedRows.Line> in = lines(lines);
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            out.add(r.at().line() + ":" + String.join("|", r.cells().stream().map(Cell::text).toList()));
        }
        return out;
    }

    /**
     * A self-evaluation's table (disclosures.py seed 2026, d7): the page ends with 参保对象满意度 under 满意 / 度指 and
     * 服务对象满 / 意度指标; the next page prints the last two rows packed from the margin, 标 (满意度指标's last
     * character) between them. Read by the table's usual starts, the names stood nearest the labels' columns and the
     * values the name's ({@code 满意度指工作满意度标政策知晓率}); the page holds no whole label, so it was not taken as
     * packed, and 度指 (a label's middle) read as a name.
     */
    @Test
    void theLastRowsPackedOnAPageOfTheirOwn() {
        List<String> rows = rows(
                "绩效指   一级",
                "            二级指标    三级指标       指标值        全年实际完成值    未完成原因和改进措施",
                "标     指标",
                "                    离休干部人数规模",
                "            数量指标             544          544",
                "                    (人)",
                "                    离休干部医疗费超",
                "                             100%         100%",
                "      产出            支补偿率",
                "            质量指标",
                "      指标            市直离休干部异地",
                "                             100%         100%",
                "                    就医报销办结率",
                "                    医疗费用即时结算",
                "            时效指标             100%         100%",
                "                    率",
                "                    满足离休人员就医",
                "                             成效明显         成效明显",
                "            社会效益指   需求",
                "            标       缓解离休干部医疗",
                "                             有效缓解         有效缓解",
                "                    费压力",
                "      效益",
                "      指标            对健全离休干部特",
                "                             成效明显         成效明显",
                "                    殊群体的影响",
                "            可持续影响",
                "            指标      对健全离休干部医",
                "                    疗保障制度体系的 成效明显         成效明显",
                "                    作用",
                "      满意    服务对象满   参保对象满意度    100%       98%",
                "      度指    意度指标    (%)",
                "\f    工作满意度   100%   99%",
                "标",
                "    政策知晓率   100%   95%");
        int n = rows.size();
        assertEquals("31:|满意度指标|服务对象满意度指标|参保对象满意度(%)|100%|98%|", rows.get(n - 3), "rows: " + rows);
        assertEquals("33:|||工作满意度|100%|99%|", rows.get(n - 2), "rows: " + rows);
        assertEquals("35:|||政策知晓率|100%|95%|", rows.get(n - 1), "rows: " + rows);
    }

    /** A label's middle: two characters or more inside a category label, neither its start nor its end. */
    @Test
    void aLabelsMiddle() {
        assertTrue(ColumnFit.labelMiddle("度指"));
        assertTrue(ColumnFit.labelMiddle("对象满意"));
        assertFalse(ColumnFit.labelMiddle("服务"), "a label's start");
        assertFalse(ColumnFit.labelMiddle("指标"), "a label's end");
        assertFalse(ColumnFit.labelMiddle("度"), "one character");
        assertFalse(ColumnFit.labelMiddle("政策知晓率"), "no label's piece");
    }
}
