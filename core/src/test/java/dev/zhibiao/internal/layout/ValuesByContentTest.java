package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word-box rows read by content ({@link IndicatorTable#sequential}) get the OCR repairs of a value
 * ({@link PrintedLines#repairValuesByContent}): the row-wise repair only reaches the cells under the heading's value
 * column, and a misread heading puts the values elsewhere.
 */
class ValuesByContentTest {

    /** A row of word-box cells (engine confidences), as OcrTsvReader's rows carry them. */
    private static Row boxes(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(1, i + 1, null), cells[i].isEmpty() ? Double.NaN : 0.9));
        }
        return new Row(l, true, Locator.line(1));
    }

    private static SheetDraft read(boolean engineNoGe) {
        SheetDraft d = new SheetDraft();
        d.engineNoGe = engineNoGe;
        // ocr-box38t-scan-200 h1_000.tsv p1: 一级指标 misread (人各), and the value column's cells printed under the
        // heading's blank cell, left of 指标值
        IndicatorTable.read(boxes("绩效指标", "人各", "二级指标", "三级指标", "", "指标值"), List.of(
                boxes("", "产出指标", "", "指标1: 参保人数(人)", ">299.68万人", ""),
                boxes("", "", "数量指标", "指标2: 各级财政实际补助标准(元)", ">520 元", "")), d);
        return d;
    }

    @Test
    void aValueReadByContentFromAnEngineThatPrintsNoGeIsRepaired() {
        SheetDraft d = read(true);
        List<String> values = d.indicators.stream().map(i -> i.value()).toList();
        assertEquals(List.of("≥299.68万人", "≥520元"), values.stream().map(v -> v.replace(" ", "")).toList(), values.toString());
        assertEquals(dev.zhibiao.Op.GE, ((dev.zhibiao.Target.Comparison) d.indicators.get(0).target()).op());
        List<String> repaired = d.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).map(Diagnostic::message).toList();
        assertTrue(repaired.stream().anyMatch(m -> m.contains("\">299.68万人\"")), repaired.toString());
    }

    @Test
    void anEngineThatPrintsGeKeepsItsGreaterThan() {
        SheetDraft d = read(false);
        assertEquals(">299.68万人", d.indicators.get(0).value().replace(" ", ""));
    }
}
