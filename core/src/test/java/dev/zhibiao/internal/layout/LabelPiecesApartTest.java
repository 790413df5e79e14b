package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two label columns' pieces one space apart on a page closed up round its narrow label columns ({@code LabelPiecesApart},
 * layout40, session 38): 满意度指标 and 服务对象满意度指标 each wrapped over three lines at one start, printed
 * {@code 满意 服务对象 (%)} / {@code 度指 满意度指} / {@code 标  标}. A single space read as the inside of one cell: the
 * level-2 piece joined the level-1 label ({@code 满意度指满意度指标}) or the name ({@code 受益群众满意度服务对象(%)}). A
 * synthetic self-evaluation printed as Chromium's numbered print of a whole disclosure (the geometry of
 * disclosures-print-t380 d7's last page, the words made up).
 */
class LabelPiecesApartTest {

    static final String[] APART = LaidOutLastPageRowsTest.pages(PageOwnColumnsTest.FIRST_PAGE,
            "        受益群众满意度",
            "                       100%        97%",
            "满意 服务对象 (%)",
            "度指 满意度指",
            "        窗口满意度          100%        98%",
            "标  标",
            "        办事知晓率          100%        96%");

    @Test
    void eachLabelPieceStandsInItsOwnColumn() {
        List<String> rows = LaidOutLastPageRowsTest.rows(APART);
        has(rows, "|满意度指标|服务对象满意度指标|受益群众满意度(%)|100%|97%|");
        has(rows, "|||窗口满意度|100%|98%|");
        has(rows, "|||办事知晓率|100%|96%|");
        for (String r : rows) {
            assertFalse(r.contains("度指 满意度指") || r.contains("满意度指满意度指标") || r.contains("服务对象(%)"), r);
        }
    }

    @Test
    void theRowNotesTheLineParted() {
        List<SpacedRows.Line> in = LaidOutLastPageRowsTest.lines(APART);
        java.util.Map<Row, List<Diagnostic>> notes = new java.util.IdentityHashMap<>();
        SpacedRows.rows(in, notes);
        List<Diagnostic> parted = notes.values().stream().flatMap(List::stream).filter(d -> d.code().equals(LabelPiecesApart.CODE)).toList();
        assertEquals(List.of(23, 24), parted.stream().map(d -> d.position().line()).sorted().toList(), notes.toString());
    }

    @Test
    void aWordSpellsALabelOnlyWithTheWordsAtItsStart() {
        List<SpacedRows.Line> lines = List.of(
                LaidOutLines.line(1, "满意 服务对象 (%)", 0),
                LaidOutLines.line(2, "度指 满意度指", 0),
                LaidOutLines.line(3, "标  标", 0));
        assertTrue(LabelPiecesApart.labelPiece(lines, 1, lines.get(1).tokens().get(0)), "度指: 满意 / 度指 / 标");
        assertTrue(LabelPiecesApart.labelPiece(lines, 0, lines.get(0).tokens().get(1)), "服务对象: 服务对象 / 满意度指 / 标");
        assertFalse(LabelPiecesApart.labelPiece(lines, 0, lines.get(0).tokens().get(2)), "(%) is no label's piece");
        List<SpacedRows.Line> name = List.of(
                LaidOutLines.line(1, "满意 服务对象", 0),
                LaidOutLines.line(2, "  度指标 满意度指", 0)); // 度指标 starts two columns right of 满意: no stack
        assertFalse(LabelPiecesApart.labelPiece(name, 0, name.get(0).tokens().get(0)));
        List<SpacedRows.Line> across = List.of(
                LaidOutLines.line(1, "满意 服务对象", 0),
                LaidOutLines.line(2, "参保对象满意度指", 0),
                LaidOutLines.line(3, "标  标", 0)); // a word printed across 服务对象's start on the line between
        assertFalse(LabelPiecesApart.labelPiece(across, 0, across.get(0).tokens().get(1)));
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(":" + row)), row + " in rows: " + rows);
    }
}
