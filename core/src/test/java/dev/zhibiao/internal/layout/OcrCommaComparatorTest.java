package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OcrRepair#value}: ≥ read by the engine as the enumeration comma 、 before a value's number. */
class OcrCommaComparatorTest {

    private static Cell ocr(String text) {
        return new Cell(text, Locator.line(3), 0.9);
    }

    @Test
    void aCommaBeforeAValuesNumberIsTheComparator() {
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("≥100%", OcrRepair.value(ocr("、100 %"), "综合参保率(%)", false, d).text());
        assertEquals("≥24次", OcrRepair.value(ocr("、 24次"), "检查次数", false, d).text());
        assertTrue(d.stream().allMatch(x -> x.code().equals("ocr-repaired") && x.message().contains("comparator read as 、")), d.toString());
        assertEquals(2, d.size());
    }

    @Test
    void aCommaElsewhereIsNoComparator() {
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("逐步推开、100%", OcrRepair.value(ocr("逐步推开、100%"), "改革", false, d).text());
        assertEquals("1、2019", OcrRepair.value(ocr("1、2019"), "总体目标", false, d).text());
        assertEquals(0, d.size(), d.toString());
    }
}
