package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GluedValueSpeck} through {@link OcrRepair#glued}: a value glued to its name with a Latin speck
 * after it ({@code 指标 1: 中央财政补助资金人均补助标准312元 ET}, ocr-scan-200 h1_000) is cut from the name, the
 * speck set apart as a piece of its own.
 */
class GluedValueSpeckTest {

    private static List<String> glued(String... pieces) {
        return glued(new ArrayList<>(), pieces);
    }

    private static List<String> glued(List<Diagnostic> diags, String... pieces) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            cells.add(new Cell(pieces[i], new Locator(45, i + 1, 1), Double.NaN));
        }
        OcrRepair.glued(cells, diags);
        return cells.stream().map(Cell::text).toList();
    }

    @Test
    void aLatinSpeckAfterAGluedValueIsSetApart() {
        List<Diagnostic> diags = new ArrayList<>();
        assertEquals(List.of("成本指标", "指标 1: 中央财政补助资金人均补助标准", "312元", "ET"),
                glued(diags, "成本指标", "指标 1: 中央财政补助资金人均补助标准312元 ET"));
        assertEquals(2, diags.size(), diags.toString());
        assertTrue(diags.stream().allMatch(x -> x.code().equals("ocr-repaired")));
        assertTrue(diags.get(1).message().contains("the Latin speck \"ET\""), diags.toString());
        assertEquals(List.of("资金到位率", "≥95%", "a"), glued("资金到位率 ≥95% a"));
    }

    @Test
    void otherwiseThePieceStays() {
        // no unit before the letters (they may be its unit), four letters, no speck at all
        assertEquals(List.of("成本指标", "中央财政补助资金人均补助标准312 km"), glued("成本指标", "中央财政补助资金人均补助标准312 km"));
        assertEquals(List.of("中央财政补助资金人均补助标准312元 ETAB"), glued("中央财政补助资金人均补助标准312元 ETAB"));
        assertEquals(List.of("中央财政补助资金人均补助标准", "312元"), glued("中央财政补助资金人均补助标准312元"));
    }
}
