package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A heading row printed twice (two periods) with one cell misread reads as its other half prints it. */
class OcrHeadingsTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.3);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static List<Row> repaired(Row... rows) {
        return OcrLabels.repair(new OcrRepair.Result(List.of(rows), new IdentityHashMap<>())).rows();
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void aCellOfOnePeriodsHeadingReadsAsTheOtherPeriodPrintsIt() {
        Row heading = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("二级指标"),
                ocr("二级指标"), ocr("三级指标"), ocr("本示什"));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                texts(repaired(heading).get(0)));
        // two cells unlike the other half: not a doubled heading
        Row two = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("一级指标"),
                ocr("二级指标"), ocr("三织"), ocr("本示什"));
        assertEquals("本示什", texts(repaired(two).get(0)).get(8));
        // nor a line of plain OCR text (no confidence): its pieces are not under the heading's places
        Row plain = new Row(heading.cells().stream().map(c -> new Cell(c.text(), AT, Double.NaN)).toList(), true, AT);
        assertEquals("本示什", texts(repaired(plain).get(0)).get(8));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(c -> new Cell(c.text(), AT)).toList(), true, AT);
        assertEquals("本示什", texts(repaired(printed).get(0)).get(8));
    }
}
