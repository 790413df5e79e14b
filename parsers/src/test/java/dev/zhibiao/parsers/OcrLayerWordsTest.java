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
}
