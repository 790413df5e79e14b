package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.parsers.geometry.OcrWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import technology.tabula.TextElement;

/** Words and lines of a searchable PDF's invisible OCR text layer ({@link PdfReader#ocrWords}). */
class OcrLayerWordsTest {

    private static TextElement glyph(String c, float x, float y) {
        return new TextElement(y, x, 10f, 8.5f, null, 17f, c, 4f, 0f);
    }

    /** A skewed line drifts a little from glyph to glyph: still one word, and its words one line. */
    @Test
    void aSkewedLineStaysOneLine() {
        List<TextElement> els = new ArrayList<>();
        els.add(glyph("参", 60f, 500f));
        els.add(glyph("保", 70f, 500.3f));
        els.add(glyph(" ", 80f, 500.5f));
        els.add(glyph("人", 90f, 500.8f));
        els.add(glyph("数", 100f, 501.1f));
        List<OcrWord> words = PdfReader.ocrWords(els, 1);
        assertEquals(2, words.size(), words.toString());
        assertEquals("参保", words.get(0).box().getText());
        assertEquals("人数", words.get(1).box().getText());
        assertEquals(words.get(0).line(), words.get(1).line());
    }

    /** A scan's engine boxes overlap: a word's trailing space ends where the next word of its line starts. */
    @Test
    void aSpaceEndsAtTheNextWord() {
        List<TextElement> els = new ArrayList<>();
        els.add(new TextElement(103f, 62.9f, 19.6f, 6f, null, 12f, "项", 4f, 0f));
        els.add(new TextElement(103f, 82.5f, 19.6f, 6f, null, 12f, " ", 4f, 0f));
        els.add(new TextElement(103f, 85.8f, 5.1f, 6f, null, 12f, "名", 4f, 0f));
        els.add(new TextElement(103f, 90.9f, 5.1f, 6f, null, 12f, " ", 4f, 0f));
        List<OcrWord> words = PdfReader.ocrWords(els, 1);
        assertEquals(2, words.size(), words.toString());
        assertEquals(85.8f, words.get(0).box().getRight(), 0.01f);
        assertEquals(10.2f, (float) words.get(1).box().getWidth(), 0.01f);
    }

    /** The cells of a page image turned by -0.0155 (y down) give that skew; too few pairs give none. */
    @Test
    void theImageRulesGiveTheSkew() {
        double s = -0.0155;
        List<ImageCells.Box> cells = new ArrayList<>();
        float[][] rows = {{60, 120, 200}, {60, 120, 200}, {60, 120, 200}};
        for (int r = 0; r < rows.length; r++) {
            float left = 60;
            for (float w : new float[] {120, 80, 200}) {
                float cx = left + w / 2;
                float cy = (float) (100 + r * 30 + 15 + s * cx);
                cells.add(new ImageCells.Box(cx, cy, w, 30));
                left += w;
            }
        }
        assertEquals(s, ImageCells.skew(cells), 1e-4);
        assertEquals(Double.NaN, ImageCells.skew(cells.subList(0, 3)));
    }
}
