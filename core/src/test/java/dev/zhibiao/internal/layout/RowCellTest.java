package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader hands on: a cell is empty when it holds only white space or tags; a row prints its cells. */
class RowCellTest {

    static Cell cell(String text) {
        return new Cell(text, Locator.line(3));
    }

    @Test
    void emptyCells() {
        assertTrue(cell("").isEmpty());
        assertTrue(cell(" \t\u00a0\u3000").isEmpty());
        assertTrue(cell("<b> </b>").isEmpty());
        assertTrue(cell(" <br/>").isEmpty());
        assertFalse(cell("<b>x</b>").isEmpty());
        assertFalse(cell("x<b></b>").isEmpty());
        assertFalse(cell(" 0").isEmpty());
        assertEquals("≥95%", cell("≥95%").toString());
    }

    @Test
    void rows() {
        Row empty = new Row(List.of(cell(" "), cell("<br>")), true, Locator.line(3));
        assertTrue(empty.isEmpty());
        assertEquals("", empty.text());
        Row row = new Row(List.of(cell(" 数量指标 "), cell(""), cell("≥95%")), true, Locator.line(3));
        assertFalse(row.isEmpty());
        assertEquals("数量指标 ≥95%", row.text());
        assertEquals("line 3 |  数量指标  |  | ≥95%", row.toString());
        assertEquals("page 2 ~ 说明", Row.prose("说明", Locator.page(2)).toString());
        assertEquals(Locator.UNKNOWN, new Row(List.of(), false, null).at());
    }
}
