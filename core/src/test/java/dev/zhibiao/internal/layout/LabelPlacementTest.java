package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels printed at the middle of their merged cells, placed on their groups' first rows; marks between cells. */
class LabelPlacementTest {

    /** An indicator read from printed lines {@code first}..{@code last}, numbered, maybe labelled. */
    private static Read indicator(int first, int last, Integer number, String... labels) {
        Read r = new Read(new Row(List.of(new Cell("名称" + first, new Locator(first, 1, 1))), true, new Locator(first, null, 1)));
        r.content.put(Column.NAME, new Cell("名称" + first, new Locator(first, 1, 1)));
        r.number = number;
        r.line = first;
        r.lastLine = last;
        for (String l : labels) {
            r.labels.add(new Label(new Cell(l, null), Vocabulary.CATEGORIES.get(l), null));
        }
        return r;
    }

    private static List<String> labelled(List<Read> reads) {
        List<String> out = new ArrayList<>();
        for (Read r : reads) {
            out.add(r.labels.stream().map(Label::printed).reduce((a, b) -> a + "/" + b).orElse(""));
        }
        return out;
    }

    @Test
    void labelsAtTheMiddleGoToTheirGroupsFirstRows() {
        // 数量 over rows 0-3 printed on row 2; 质量 over rows 4-8 printed on row 6; 时效 over one row
        List<Read> reads = new ArrayList<>(List.of(indicator(0, 0, 1), indicator(1, 1, 2), indicator(2, 2, 3, "数量指标"),
                indicator(3, 3, 4), indicator(4, 5, 1), indicator(6, 6, 2, "质量指标"), indicator(7, 7, 3),
                indicator(8, 8, 4), indicator(9, 9, 1, "时效指标")));
        SheetDraft d = new SheetDraft();
        LabelPlacement.centred(reads, d);
        assertEquals(List.of("数量指标", "", "", "", "质量指标", "", "", "", "时效指标"), labelled(reads));
        assertEquals(2, d.diagnostics.stream().filter(x -> x.code().equals("label-moved")).count());
    }

    @Test
    void theNumberingDecidesBetweenEqualMiddles() {
        // by the middles alone 质量 (printed on row 4) could start at row 3 or row 4; 指标1 restarts at row 4
        List<Read> reads = new ArrayList<>(List.of(indicator(0, 0, 1), indicator(1, 1, 2, "数量指标"), indicator(2, 2, 3),
                indicator(3, 3, 4), indicator(4, 4, 1, "质量指标")));
        LabelPlacement.centred(reads, new SheetDraft());
        assertEquals(List.of("数量指标", "", "", "", "质量指标"), labelled(reads));
    }

    @Test
    void moreLabelsThanRowsStayWherePrinted() {
        List<Read> reads = new ArrayList<>(List.of(indicator(0, 0, null, "数量指标"), indicator(1, 1, null, "质量指标")));
        Read labelOnly = new Read(new Row(List.of(), true, Locator.UNKNOWN));
        labelOnly.line = 2;
        labelOnly.labels.add(new Label(new Cell("时效指标", null), Vocabulary.CATEGORIES.get("时效指标"), null));
        reads.add(labelOnly);
        LabelPlacement.centred(reads, new SheetDraft());
        assertEquals(List.of("数量指标", "质量指标", "时效指标"), labelled(reads));
    }

    @Test
    void marksAreSpecksNotText() {
        for (String mark : List.of("二", "民", "L .", "v", "上", "四")) {
            assertTrue(PrintedLines.isMark(mark), mark);
        }
        for (String text : List.of("0", "无", "是", "比例", "100%", "数量指标", "≥9", "逐步推开")) {
            assertFalse(PrintedLines.isMark(text), text);
        }
    }
}
