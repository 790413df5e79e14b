package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation printed over two pages whose first page holds its completions' column on too few lines for a usual
 * start: the column takes its heading word's start ({@code ColumnStarts.orHeading}); and a name beside a whole
 * qualitative value that does not go on into the next name, wrapped round its own value ({@code
 * OneValuePerRow.wholeValueThenNext}) (layout36).
 */
class LaidOutHeadingStartTest {

    /**
     * disclosures-print-t320 d7 printed by Chromium with a page number at each page's foot (furniture_prints.py,
     * numbered), {@code pdftotext -layout}, the page number taken out: the first page prints values at 35 and completions
     * at 43 (全年实际完成值 at 46), the second page values at 25 and 30, completions at 37, and the second page is placed by
     * its labels.
     */
    static final String[] LINES = {
            "绩效   一级                                                         未完成原因",
            "           二级指标   三级指标             指标值        全年实际完成值",
            "指标   指标                                                         和改进措施",
            "     产出    数量指标                    符合救助条件的",
            "                                           符合救助条件的对象按",
            "     指标           医疗救助对象人次规模       对象按规定纳入",
            "                                           规定纳入救助范围",
            "                                   救助范围",
            "                  重点对象政策范围内个人自",
            "                  付费用年度限额内住院救助 ≥70%           ≥70%",
            "                  比例",
            "",
            "",
            "",
            "",
            "\f            符合资助条件的农村低收入",
            "                         ≥99%        ≥99%",
            "            人口资助参保政策覆盖率",
            "     质量指标   医保综合监管能力          有所提升   有所提升",
            "            市域内“一站式”即时结算",
            "     时效指标                不低于上年       不低于上年",
            "            覆盖率",
            "            困难群众医疗费用负担        有效缓解   有效缓解",
            "     社会效益",
            "            城乡医疗救助政策知晓率       ≥80%   ≥80%",
            "     指标",
            "效益          困难群众就医方便程度        明显提高   明显提高",
            "指标",
            "            对健全社会救助体系的影响 成效明显        成效明显",
            "     可持续影",
            "     响指标    对健全医疗保障制度体系的",
            "                         成效明显        成效明显",
            "            作用",
            "满意   服务对象",
            "度指   满意度指   救助对象对救治工作满意度 ≥85%        ≥85%",
            "标    标",
            ""
    };

    private static List<String> rows(Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < LINES.length; i++) {
            String text = LINES[i];
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
                    + (notes.getOrDefault(r, List.of()).stream().anyMatch(d -> d.code().equals(PagePlacements.HEADING_START)) ? " #heading" : ""));
        }
        return out;
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(row)), row + " in rows: " + rows);
    }

    /**
     * Only one completion of the first page stands on a line of several cells (≥70% at 47), and the second page is
     * placed by its labels: the table's cells give the completion column no usual start, and the first page's
     * completion lines (符合救助条件的对象按 / 规定纳入救助范围 at 44, read as names by their content) moved into the value
     * column beside them, the value's last line (救助范围) into the next row.
     */
    @Test
    void aCompletionColumnWithoutUsualStartTakesItsHeadingsStart() {
        List<String> rows = rows(new IdentityHashMap<>());
        has(rows, "|产出指标|数量指标|医疗救助对象人次规模|符合救助条件的对象按规定纳入救助范围|符合救助条件的对象按规定纳入救助范围| #heading");
        has(rows, "|||重点对象政策范围内个人自付费用年度限额内住院救助比例|≥70%|≥70%|");
    }

    /**
     * 对健全社会救助体系的影响 stands beside its whole value (成效明显, narrower than the value column); the next name line
     * (对健全医疗保障制度体系的, as wide as its column) holds no cell, and the line under it holds the next row's value:
     * the two names are two rows, not one name holding both values ({@code 成效明显成效明显}).
     */
    @Test
    void aNameBesideItsWholeValueDoesNotGoOnIntoANameWrappedRoundTheNextValue() {
        List<String> rows = rows(new IdentityHashMap<>());
        has(rows, "|对健全社会救助体系的影响|成效明显|成效明显|");
        has(rows, "|||对健全医疗保障制度体系的作用|成效明显|成效明显|");
    }

    /** A content column with no usual start takes its heading word's; a label column keeps none. */
    @Test
    void onlyContentColumnsTakeTheirHeadingsStart() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.NAME, ColumnFit.Role.VALUE,
                ColumnFit.Role.ACTUAL);
        assertArrayEquals(new int[] {-1, 6, 19, 36, 47},
                ColumnStarts.orHeading(new int[] {-1, 6, 19, 36, -1}, new int[] {1, 6, 19, 36, 47}, roles));
        assertArrayEquals(new int[] {-1, 6, 19, 36, -1}, ColumnStarts.orHeading(new int[] {-1, 6, 19, 36, -1}, null, roles));
    }
}
