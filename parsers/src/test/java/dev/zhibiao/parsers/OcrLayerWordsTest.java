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

    private static OcrWord word(String t, float x, float y, float w, float h, int line) {
        return new OcrWord(new dev.zhibiao.parsers.geometry.Glyph(t, x, y, w, h, 0f, 93f), 3, line);
    }

    private static ImageCells.Box cell(float left, float right, float top, float bottom) {
        return new ImageCells.Box((left + right) / 2, (top + bottom) / 2, right - left, bottom - top);
    }

    /**
     * A table's last two rows run onto a page of their own (h1_000 page 3 at 200 dpi): the engine's
     * boxes of 财政, 人 and 元 take in a piece of the rule under them (43 px high beside 26 px words),
     * so the one line long enough to fit gives a slope of about a degree on a straight page, and the
     * value cell's line came out a third of an em above its name's, a row of its own. With fewer than
     * three lines giving a slope the image's rules say the skew (none here): the name and its value
     * are one row.
     */
    @Test
    void fewLinesTakeTheImagesSkew() {
        List<OcrWord> words = new ArrayList<>();
        String[] t = {"指标", "3:", "地", "方", "财政", "补助", "资金", "人", "均", "补", "助", "标准", "83.20", "元"};
        float[][] b = {{688, 90, 85, 26}, {756, 86, 23, 43}, {796, 90, 22, 25}, {829, 90, 33, 26}, {861, 86, 55, 43},
            {919, 90, 58, 26}, {987, 90, 44, 25}, {1030, 86, 23, 43}, {1052, 90, 30, 26}, {1085, 90, 27, 26},
            {1126, 90, 15, 26}, {1154, 91, 25, 25}, {1200, 92, 99, 23}, {1280, 86, 23, 43}};
        for (int i = 0; i < t.length; i++) {
            words.add(word(t[i], b[i][0], b[i][1], b[i][2], b[i][3], 0));
        }
        String[] u = {"指标", "1;", "参", "保", "对", "象", "满意", "度", "(%)", "≥90%"};
        float[][] d = {{688, 155, 53, 26}, {769, 164, 4, 14}, {802, 156, 26, 25}, {833, 156, 25, 25}, {859, 155, 14, 26},
            {886, 155, 32, 26}, {917, 151, 56, 42}, {987, 158, 5, 25}, {991, 151, 33, 42}, {1199, 158, 67, 20}};
        for (int i = 0; i < u.length; i++) {
            words.add(word(u[i], d[i][0], d[i][1], d[i][2], d[i][3], 1));
        }
        List<ImageCells.Box> cells = new ArrayList<>();
        float[] xs = {157, 338, 464, 679, 1190, 1575};
        for (float[] row : new float[][] {{79, 128}, {128, 211}}) {
            for (int c = 1; c + 1 < xs.length; c++) {
                cells.add(cell(xs[c], xs[c + 1], row[0], row[1]));
            }
        }
        cells.add(cell(xs[0], xs[1], 79, 211));
        List<String> rows = new ArrayList<>();
        for (dev.zhibiao.parsers.geometry.Placed p : OcrPages.page(words, 3, cells)) {
            rows.add(p.row().cells().stream().map(dev.zhibiao.internal.layout.Cell::text).map(String::strip)
                    .filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.joining(" | ")));
        }
        assertEquals(List.of("指标3: 地方财政补助资金人均补助标准 | 83.20元", "指标 1; 参保对象满意度(%) | ≥90%"), rows);
    }
}
