package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.PrintedLinesRulesTest.FOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SheetDraft#engineNoGe}: whether an OCR engine prints ≥ is asked of its own text, not of the
 * rows after the row-wise repair wrote its ≥ into them, so the printed-line value repair
 * ({@link PrintedLines#repairValues}) still reads a {@code >} before a number as ≥.
 */
class EngineComparatorTest {

    /** A row of plain OCR text: every cell the engine's, without a confidence (NaN). */
    private static Row ocrRow(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(1, i + 1, null), Double.NaN));
        }
        return new Row(l, true, Locator.line(1));
    }

    private static SheetDraft lines(boolean engineNoGe, Row... rows) {
        SheetDraft d = new SheetDraft();
        d.printedLines = true;
        d.engineNoGe = engineNoGe;
        IndicatorTable.read(ocrRow(FOUR), List.of(rows), d);
        return d;
    }

    private static Row[] table() {
        // the first value as the row-wise repair left it (the engine's >909%), the second the engine's own >85%
        return new Row[] {ocrRow("满意度指标", "服务对象满意度指标", "参保对象满意度(%)", "≥90%"),
            ocrRow("", "", "政策知晓率", ">85%")};
    }

    @Test
    void aGreaterThanSignIsGeWhereTheEnginePrintedNone() {
        SheetDraft d = lines(true, table());
        assertEquals(List.of("≥90%", "≥85%"), d.indicators.stream().map(i -> i.value()).toList());
        List<Diagnostic> repaired = d.diagnostics.stream().filter(x -> x.code().equals("ocr-repaired")).toList();
        assertEquals(1, repaired.size(), d.diagnostics.toString());
        assertTrue(repaired.get(0).message().contains("\">85%\" repaired to \"≥85%\""), repaired.toString());
    }

    @Test
    void aGreaterThanSignStaysWhereTheEnginePrintsGe() {
        // the ≥ of the first row is the engine's own: its > is a strict comparator
        SheetDraft d = lines(false, table());
        assertEquals(List.of("≥90%", ">85%"), d.indicators.stream().map(i -> i.value()).toList());
    }

    @Test
    void theDocumentsOwnTextIsAsked() {
        Document doc = new Document("t.txt", List.of(ocrRow("参保对象满意度(%)", ">909%")), true);
        assertTrue(!OcrRepair.printsGe(doc.rows()));
        Document printed = new Document("t.txt", List.of(ocrRow("参保对象满意度(%)", "≥90%")), true);
        assertTrue(OcrRepair.printsGe(printed.rows()));
    }
}
