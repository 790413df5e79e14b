package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word boxes an OCR engine printed that are rules or specks, not text. */
class OcrLayoutTest {

    private static Glyph box(String text, float left, float top, float width, float height, float conf) {
        return new Glyph(text, left, top, width, height, height, conf);
    }

    /** A line of two-character Chinese words 55 pixels wide, so an em of about 30.6. */
    private static List<OcrWord> line(int lineNo, float top) {
        List<OcrWord> out = new ArrayList<>();
        String[] ws = {"指标", "财政", "补助", "资金", "人均", "标准"};
        for (int i = 0; i < ws.length; i++) {
            out.add(new OcrWord(box(ws[i], 100 + i * 60, top, 55, 26, 95), 1, lineNo));
        }
        return out;
    }

    @Test
    void barsAndQuotesReadBesideARuleAreCutOffAValue() {
        assertEquals(">60%", OcrLayout.stripBars("“|>60%"));
        assertEquals(">52.8%", OcrLayout.stripBars("“|>52.8%"));
        assertEquals("成本指标", OcrLayout.stripBars("成本指标|“"));
        // a quotation without a bar is text: “一站式” opens a name
        assertEquals("“一站式”即时结算覆盖率", OcrLayout.stripBars("“一站式”即时结算覆盖率"));
        assertEquals("83.2", OcrLayout.stripBars("|83.2"));
    }

    @Test
    void specksReadAsCharactersAreNotText() {
        List<OcrWord> words = new ArrayList<>(line(1, 100));
        float em = OcrLayout.inkEm(words);
        assertEquals(27.5f / 0.9f, em, 0.01);
        // read unsure: 本 in a box 14 by 11, 轴 12 by 2, 一 12 by 2 (a printed 一 is as wide as any character)
        assertTrue(OcrLayout.speck(box("本", 0, 0, 14, 11, 20), em));
        assertTrue(OcrLayout.speck(box("轴", 0, 0, 12, 2, 0), em));
        assertTrue(OcrLayout.speck(box("一", 0, 0, 12, 2, 40), em));
        // a sure reading is text whatever its box (150 dpi: 部 in a box 2 by 4 read at 92)
        assertFalse(OcrLayout.speck(box("部", 0, 0, 2, 4, 92), em));
        assertFalse(OcrLayout.speck(box("一", 0, 0, 12, 2, 92), em));
        // a low-confidence 0 in a box 9 by 12
        assertTrue(OcrLayout.speck(box("0", 0, 0, 9, 12, 0), em));
        // 二 in a box 25 by 7 (printed, it stands 0.6 em high); 1 in a box 74 by 13 read unsure
        assertTrue(OcrLayout.speck(box("二", 0, 0, 25, 7, 33), em));
        assertTrue(OcrLayout.speck(box("1", 0, 0, 74, 13, 31), em));
        assertFalse(OcrLayout.speck(box("1", 0, 0, 74, 13, 90), em));
        assertFalse(OcrLayout.speck(box("二", 0, 0, 25, 18, 33), em));
        // printed: 一 as wide as its em, a digit 0.7 em high, a sure small 0
        assertFalse(OcrLayout.speck(box("一", 0, 0, 25, 3, 90), em));
        assertFalse(OcrLayout.speck(box("0", 0, 0, 13, 20, 96), em));
        assertFalse(OcrLayout.speck(box("0", 0, 0, 9, 12, 96), em));
        assertFalse(OcrLayout.speck(box("本", 0, 0, 26, 26, 20), em));
        // punctuation is small ink
        assertFalse(OcrLayout.speck(box("。", 0, 0, 4, 8, 90), em));
    }

    @Test
    void rulesReadAsCharactersAreNotText() {
        float em = OcrLayout.inkEm(line(1, 100));
        assertTrue(OcrLayout.ruleRead(box("二", 0, 0, 344, 6, 0), em));
        assertTrue(OcrLayout.ruleRead(box("站", 0, 0, 224, 4, 0), em));
        assertTrue(OcrLayout.ruleRead(box("2", 0, 0, 360, 58, 3.5f), em));
        // a sure word of that width is text; a long value is as wide as its characters
        assertFalse(OcrLayout.ruleRead(box("2", 0, 0, 360, 58, 90), em));
        // an unsure word boxed too wide is still a word
        assertFalse(OcrLayout.ruleRead(box("困难", 0, 0, 206, 19, 23.85f), 20));
        assertFalse(OcrLayout.ruleRead(box("成年人≥270元;大中小学生", 0, 0, 380, 26, 10), em));
    }

    @Test
    void specksAndRulesLeaveTheLineTheyStandIn() {
        List<OcrWord> words = new ArrayList<>(line(1, 100));
        words.add(new OcrWord(box("本", 30, 105, 14, 11, 20), 1, 2));
        words.add(new OcrWord(box("二", 100, 140, 344, 6, 0), 1, 3));
        List<String> texts = new ArrayList<>();
        for (Glyph g : OcrLayout.normalize(words).glyphs()) {
            texts.add(g.getText());
        }
        texts.sort(null);
        List<String> printed = new ArrayList<>(List.of("指标", "财政", "补助", "资金", "人均", "标准"));
        printed.sort(null);
        assertEquals(printed, texts);
    }

    /** Without a confidence (a searchable PDF's layer), Latin letters and marks are specks; brackets and digits stay. */
    @Test
    void latinSpecksWithoutConfidenceAreNoise() {
        assertTrue(OcrLayout.noise(box("iiren", 0, 0, 40, 10, -1f)));
        assertTrue(OcrLayout.noise(box("-rr", 0, 0, 40, 10, -1f)));
        assertFalse(OcrLayout.noise(box("(B)", 0, 0, 40, 10, -1f)));
        assertFalse(OcrLayout.noise(box("312元", 0, 0, 40, 10, -1f)));
        assertFalse(OcrLayout.noise(box("。", 0, 0, 40, 10, -1f)));
        assertFalse(OcrLayout.noise(box("RE", 0, 0, 40, 10, 90f)));
    }

    /** Two readings of one printed line tied on confidence: the fuller engine line's word stays. */
    @Test
    void aSecondReadingWithoutConfidenceLosesToTheFullerLine() {
        List<Glyph> g = new ArrayList<>();
        List<Integer> line = new ArrayList<>();
        g.add(box("织", 789, 344, 30, 30, -1f));
        line.add(1);
        g.add(box("指", 820, 344, 30, 30, -1f));
        line.add(1);
        for (int i = 0; i < 5; i++) {
            g.add(box(i == 2 ? "级" : "字", 700 + i * 44 + (i == 2 ? 1 : 0), 345, 30, 30, -1f));
            line.add(2);
        }
        List<Glyph> kept = OcrLayout.readOnce(g, line);
        assertTrue(kept.stream().anyMatch(x -> x.getText().equals("级")), kept.toString());
        assertFalse(kept.stream().anyMatch(x -> x.getText().equals("织")), kept.toString());
    }

    /**
     * A speck line's longer word ({@code [一}) over a printed word ({@code 二}) of another line, neither with a
     * confidence: by length the speck stays; where the page's ink says the longer one is the second reading
     * ({@link OcrLayout.Seats}), the printed word stays and the speck goes. Rated words are never asked.
     */
    @Test
    void theInkKeepsTheWordItStandsUnderOverALongerSecondReading() {
        List<Glyph> g = new ArrayList<>();
        List<Integer> line = new ArrayList<>();
        g.add(box("[一", 429, 344, 30, 30, -1f));
        line.add(1);
        g.add(box("二", 427, 346, 30, 30, -1f));
        line.add(2);
        List<Glyph> byLength = OcrLayout.readOnce(g, line);
        assertEquals(List.of("[一"), byLength.stream().map(Glyph::getText).toList());
        int[] asked = new int[1];
        OcrLayout.Seats ink = (a, b) -> {
            asked[0]++;
            return a.getText().equals("二") ? 1 : -1; // b ([一) is the second reading
        };
        List<Glyph> byInk = OcrLayout.readOnce(g, line, g, ink);
        assertEquals(List.of("二"), byInk.stream().map(Glyph::getText).toList());
        assertEquals(1, asked[0]);
        List<Glyph> rated = List.of(box("[一", 429, 344, 30, 30, 20f), box("二", 427, 346, 30, 30, 20f));
        assertEquals(List.of("[一"), OcrLayout.readOnce(rated, line, rated, ink).stream().map(Glyph::getText).toList());
        assertEquals(1, asked[0]);
    }
}
