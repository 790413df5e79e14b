package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation over two pages whose label columns stand where they do on both, its name, value and completion
 * columns on a grid of the page's own ({@code LaidOutPages.ownGrids}), and a line's cells moved together by
 * {@code LaidOutTable.realigned} (layout34).
 */
class LaidOutRightGridTest {

    /**
     * disclosures-print-t320 d7 printed by Chromium (furniture_prints.py, browser header), {@code pdftotext -layout}, the
     * page furniture taken out: the first page prints names at 35, values at 51 and completions at 62, the next page at
     * 28, 44 and 51, the label columns at 13 and 22 on both.
     */
    static final String[] LINES = {
            "   绩效指 一级                                                                      未完成原因和",
            "                     二级指标         三级指标            指标值        全年实际完成值",
            "   标   指标                                                                      改进措施",
            "                                                  符合救助条件的",
            "                                                             符合救助条件的对象按规",
            "                                  医疗救助对象人次规模      对象按规定纳入",
            "                                                             定纳入救助范围",
            "                                                  救助范围",
            "                     数量指标         重点对象政策范围内个人自付",
            "                                                  ≥70%       ≥70%",
            "                                  费用年度限额内住院救助比例",
            "            产出",
            "            指标                    符合资助条件的农村低收入人",
            "                                                  ≥99%       ≥99%",
            "                                  口资助参保政策覆盖率",
            "                     质量指标         医保综合监管能力        有所提升       有所提升",
            "                                  市域内“一站式”即时结算覆",
            "                     时效指标                         不低于上年      不低于上年",
            "                                  盖率",
            "",
            "",
            "\f",
            "",
            "                           困难群众医疗费用负担      有效缓解   有效缓解",
            "                     社会效益指",
            "                           城乡医疗救助政策知晓率     ≥80%   ≥80%",
            "                     标",
            "            效益             困难群众就医方便程度      明显提高   明显提高",
            "            指标",
            "                           对健全社会救助体系的影响    成效明显   成效明显",
            "                     可持续影响",
            "                     指标    对健全医疗保障制度体系的作",
            "                                           成效明显   成效明显",
            "                           用",
            "            满意",
            "                     服务对象满",
            "            度指             救助对象对救治工作满意度    ≥85%   ≥85%",
            "                     意度指标",
            "            标",
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
                    + (notes.getOrDefault(r, List.of()).stream().anyMatch(d -> d.code().equals(PagePlacements.OWN_GRID)) ? " #grid" : ""));
        }
        return out;
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(row) || r.endsWith(row + " #grid")), row + " in rows: " + rows);
    }

    /**
     * The table's usual starts put both value columns at 51 (the second page's completions and the first page's values):
     * the first page's completions (符合救助条件的对象按规 / 定纳入救助范围 at 62) went into the values, and the value's last
     * line (救助范围) to the next row. The first page is placed by its own starts, its label columns where the rest's are.
     */
    @Test
    void aPageWhoseNameAndValueColumnsAloneMovedIsPlacedByItsOwnStarts() {
        List<String> rows = rows(new IdentityHashMap<>());
        has(rows, "|产出指标|数量指标|医疗救助对象人次规模|符合救助条件的对象按规定纳入救助范围|符合救助条件的对象按规定纳入救助范围| #grid");
        has(rows, "|||重点对象政策范围内个人自付费用年度限额内住院救助比例|≥70%|≥70%|");
    }

    /**
     * On the second page a wrapped name's middle line holds only the value and the completion, split one column left
     * (成效明显 at 44 in the name column, 成效明显 at 51 in the value column): both move right, and the completion is not
     * joined to the value it leaves ({@code 成效明显 成效明显}).
     */
    @Test
    void cellsMovedTogetherLeaveTheirColumnsBeforeAnyIsPutIn() {
        List<String> rows = rows(new IdentityHashMap<>());
        has(rows, "|||对健全医疗保障制度体系的作用|成效明显|成效明显|");
    }
}
