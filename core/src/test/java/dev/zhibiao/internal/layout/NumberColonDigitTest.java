package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberColonDigit} through {@link PrintedLines#joinNumbered}: 指标3: read as {@code 模标35} (the word
 * one character off, the colon a digit glued to the number) on the printed line after 指标2 is indicator 3,
 * not the continuation of indicator 2 (ocr-scan-200 h1_000's cost rows).
 */
class NumberColonDigitTest {

    private static Read read(int line, Integer number, String name, String value) {
        Read r = new Read(new Row(List.of(new Cell(name, new Locator(line, 1, 1))), true, new Locator(line, null, 1)));
        r.content.put(Column.NAME, new Cell(name, new Locator(line, 1, 1)));
        if (value != null) {
            r.content.put(Column.VALUE, new Cell(value, new Locator(line, 2, 1)));
        }
        r.number = number;
        return r;
    }

    private static List<String> rows(List<Read> reads) {
        return reads.stream().map(r -> r.content.get(Column.NAME).text() + "|"
                + (r.content.get(Column.VALUE) == null ? "" : r.content.get(Column.VALUE).text())).toList();
    }

    private static List<Read> sheet(String third) {
        return new ArrayList<>(List.of(
                read(45, 1, "指标 1: 中央财政补助资金人均补助标准", "312元"),
                read(46, 2, "指标2: 省级财政补助资金人均补助标准", "124.8元"),
                read(47, null, third, "83.2元")));
    }

    @Test
    void theColonReadAsADigitIsNoPartOfTheNumber() {
        List<Read> reads = sheet("模标35 地方财政补助资金人均补助标准");
        SheetDraft d = new SheetDraft();
        PrintedLines.joinNumbered(reads, d);
        assertEquals(List.of("指标 1: 中央财政补助资金人均补助标准|312元", "指标2: 省级财政补助资金人均补助标准|124.8元",
                "指标3: 地方财政补助资金人均补助标准|83.2元"), rows(reads));
        assertEquals(3, reads.get(2).number);
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("ocr-repaired") && x.message().contains("read as \"模标35\"")),
                d.diagnostics.toString());
    }

    @Test
    void otherwiseTheLineIsNotRenumbered() {
        // not the next number (4 after 2), the word printed right (a true 35), no space before the name
        for (String third : List.of("模标45 地方财政补助资金人均补助标准", "指标35 地方财政补助资金人均补助标准", "模标35地方财政补助资金人均补助标准")) {
            List<Read> reads = sheet(third);
            SheetDraft d = new SheetDraft();
            PrintedLines.joinNumbered(reads, d);
            assertTrue(rows(reads).stream().noneMatch(x -> x.startsWith("指标3:")), third + " " + rows(reads));
            assertTrue(d.diagnostics.stream().noneMatch(x -> x.code().equals("ocr-repaired")), d.diagnostics.toString());
        }
    }
}
