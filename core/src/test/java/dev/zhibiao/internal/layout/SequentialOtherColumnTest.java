package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row read by content ({@link IndicatorTable#sequential}) whose cells fall in a column the model has no
 * field for keeps them all in that column's cell, which becomes a remnant when the row is read as an
 * indicator (probe34: a form's seven values were put in "other column" and found in neither the indicators
 * nor the remnants). The row is read as before: moving the cells to the row's others changed how OCR text's
 * rows join (session 32's merged verify), so they stay in the content.
 */
class SequentialOtherColumnTest {

    private static List<Cell> cells(String... texts) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Cell(texts[i], new Locator(7, i + 1, null)));
        }
        return out;
    }

    @Test
    void twoCellsInUnknownColumnsAreBothKept() {
        List<Cell> cells = cells("培训人次", "按年度计划", "见附件", "≥100人次");
        Row row = new Row(cells, true, new Locator(7, null, null));
        IndicatorTable.Read read = IndicatorTable.sequential(row, cells,
                List.of(Column.NAME, Column.OTHER, Column.OTHER, Column.VALUE), new SheetDraft());
        assertEquals("培训人次", read.content.get(Column.NAME).text());
        assertEquals("≥100人次", read.content.get(Column.VALUE).text());
        // both texts kept in the unknown column's cell (a remnant when the row is read); before, the second overwrote the first
        assertEquals("按年度计划 见附件", read.content.get(Column.OTHER).text());
    }
}
