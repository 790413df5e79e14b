package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later page closed up unevenly round its empty lead column ({@code PageOwnColumns}, layout39, session 37): its labels
 * stand one column left of their own, its names, values and completions further. Moved by the labels' shift, each by the
 * first page's nearest column, the names went into the values, the values into the completions and the completions into
 * the notes column the first page leaves empty. A synthetic self-evaluation printed as Chromium's numbered print of a
 * whole disclosure lays it out (the geometry of disclosures-print-t380 d7, the words made up).
 */
class PageOwnColumnsTest {

    /**
     * The first page of a numbered Chromium print of a self-evaluation (the geometry of disclosures-print-t380 d7, the
     * words made up), which {@link LabelPiecesApartTest} reads too, before a later page of its own.
     */
    static final String[] FIRST_PAGE = {
            "绩效指 一级",
            "       二级指标 三级指标            指标值             全年实际完成值      未完成原因和改进措施",
            "标   指标",
            "",
            "     产出      在册服务对象人数",
            "        数量指标                320             320",
            "     指标      (人)",
            "",
            "           质量指标 档案资料归集完",
            "                            100%            100%",
            "                整率",
            "",
            "\f            年度台账按期更",
            "                       100%        100%",
            "            新比例",
            "",
            "            补贴资金按时发放",
            "     时效指标              100%        100%",
            "            比例",
            "",
    };

    static final String[] CLOSED_UP = LaidOutLastPageRowsTest.pages(FIRST_PAGE,
            "     社会效益   群众办事便利程",
            "                       明显提高        明显提高",
            "     指标       度",
            "效益",
            "指标          窗口排队等候时",
            "     可持续影              明显缩短        明显缩短",
            "     响指标     间");

    @Test
    void aPageClosedUpUnevenlyTakesItsContentColumnsInTheOrderOfItsOwnStarts() {
        List<String> rows = LaidOutLastPageRowsTest.rows(CLOSED_UP);
        assertEquals(7, rows.size(), rows.toString()); // the heading and six rows
        has(rows, "||质量指标|档案资料归集完整率|100%|100%|");
        has(rows, "|||年度台账按期更新比例|100%|100%|"); // a label on the row it is printed beside (SpacedRows' rows)
        has(rows, "||时效指标|补贴资金按时发放比例|100%|100%|");
        has(rows, "|效益指标|社会效益指标|群众办事便利程度|明显提高|明显提高|");
        has(rows, "||可持续影响指标|窗口排队等候时间|明显缩短|明显缩短|");
        for (String r : rows.subList(1, rows.size())) {
            assertTrue(r.endsWith("|"), "nothing in the notes column: " + r);
        }
    }

    @Test
    void theNoteSaysThePageWasPlacedByItsOwnStarts() {
        List<SpacedRows.Line> in = LaidOutLastPageRowsTest.lines(CLOSED_UP);
        java.util.Map<Row, List<Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = SpacedRows.rows(in, notes);
        assertTrue(notes.values().stream().flatMap(List::stream).anyMatch(d -> d.code().equals(LaidOutTable.PAGE_PLACED)
                && d.message().contains("own groups of starts")), notes.toString());
        assertEquals(7, rows.size());
    }

    @Test
    void groupsAreCutAtGapsWideAndTwiceAnyOther() {
        assertArrayEquals(new int[] {14, 24}, PageOwnColumns.groups(List.of(9, 11, 13, 14, 24, 36), 3));
        assertNull(PageOwnColumns.groups(List.of(9, 11, 13, 14, 24, 36), 4), "a gap of 2 cuts no group");
        assertNull(PageOwnColumns.groups(List.of(9, 13, 17, 21), 2), "gaps all alike: no groups");
        assertNull(PageOwnColumns.groups(List.of(9), 2));
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(":" + row)), row + " in rows: " + rows);
    }
}
