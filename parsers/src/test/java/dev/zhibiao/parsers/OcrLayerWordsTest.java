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

    /**
     * A table's continuation page (chromium16 h3_004 page 5): each name's second line and the values
     * centred beside it are one engine line, so its few lines slope up (the name's line is lower than the
     * values) on a page that runs down to the right. The lines' skew turned the cells askew, every cell a
     * row lower than the one left of it; the image's skew, parting from the lines' by more than a third
     * of an em over the table, is taken: a row per name.
     */
    @Test
    void aContinuationPagesLinesGiveWayToTheImagesSkew() {
        double s = 0.018;
        List<OcrWord> words = new ArrayList<>();
        List<ImageCells.Box> cells = new ArrayList<>();
        float[] xs = {100, 600, 900, 1200};
        int line = 0;
        for (int r = 0; r < 3; r++) {
            float top = 100 + r * 90;
            for (int c = 0; c + 1 < xs.length; c++) {
                float cx = (xs[c] + xs[c + 1]) / 2;
                cells.add(new ImageCells.Box(cx, (float) (top + 45 + s * cx), xs[c + 1] - xs[c], 90));
            }
            String[][] first = {{"缓解", "120"}, {"离休", "180"}, {"干部", "240"}};
            for (String[] w : first) {
                float x = Float.parseFloat(w[1]);
                words.add(word(w[0], x, (float) (top + 15 + s * x), 56, 25, line));
            }
            line++;
            String[][] second = {{"压力", "120", "50"}, {"的", "180", "50"}, {"影响", "220", "50"}, {"有效", "700", "32"},
                {"缓解", "760", "32"}, {"成效", "1000", "32"}, {"明显", "1060", "32"}};
            for (String[] w : second) {
                float x = Float.parseFloat(w[1]);
                words.add(word(w[0], x, (float) (top + Float.parseFloat(w[2]) + s * x), w[0].length() * 28, 25, line));
            }
            line++;
        }
        List<String> rows = new ArrayList<>();
        for (dev.zhibiao.parsers.geometry.Placed p : OcrPages.page(words, 3, cells)) {
            rows.add(p.row().cells().stream().map(dev.zhibiao.internal.layout.Cell::text).map(String::strip)
                    .filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.joining(" | ")));
        }
        assertEquals(List.of("缓解离休干部压力的影响 | 有效缓解 | 成效明显", "缓解离休干部压力的影响 | 有效缓解 | 成效明显",
                "缓解离休干部压力的影响 | 有效缓解 | 成效明显"), rows);
    }

    /**
     * One line of a text layer on a baseline: its words, each character {@code advance} wide, and after each a
     * space 1 pt wide (the renderer's spaces are narrow) and a gap to the next word.
     */
    private static void line(List<TextElement> els, float x, float baseline, float fs, float advance, String... words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                els.add(new TextElement(baseline - fs / 2, x, advance, fs / 2, null, fs, w.substring(i, i + 1), 4f, 0f));
                x += advance;
            }
            els.add(new TextElement(baseline - fs / 2, x, 1f, fs / 2, null, fs, " ", 4f, 0f));
            x += advance;
        }
    }

    /**
     * A scan's text layer (ocr-scan-200 h6 page 1): the renderer wrote a sheet's title and the line under
     * it, 10 pt text 22 pt apart, in a font size of 19 (the engine's estimate of the lines' height, taken
     * from a tall misread), so boxes of 0.8 font size made each line 15 pt high and the two lines one row
     * ({@code …绩效目标表450002顺平县医疗保障局}), the next sheet's title lost. Boxed as high as the words' widths
     * say (8.5 pt a character) on their baselines, they are two rows.
     */
    @Test
    void wordsStandOnTheirBaselinesAsHighAsTheirWidthsSay() {
        List<TextElement> els = new ArrayList<>();
        line(els, 60f, 583f, 19f, 8f, "城乡", "居民", "基本", "医疗", "保险", "工作", "经费", "绩效", "目标", "表");
        line(els, 60f, 605f, 19f, 8f, "450002", "顺平县", "医疗", "保障", "局");
        List<OcrWord> words = PdfReader.ocrWords(els, 1);
        OcrWord title = words.get(0);
        // 城乡 and its space: 17 pt, 8.5 a character, so the ink is 8.5 pt high (not 15.2) and stands on 583
        assertEquals(8.5f, (float) title.box().getHeight(), 0.01f, title.toString());
        assertEquals(583f - 8.5f, title.box().getTop(), 0.01f);
        List<String> rows = new ArrayList<>();
        for (dev.zhibiao.parsers.geometry.Placed p : OcrPages.page(words, 1)) {
            rows.add(p.row().cells().stream().map(dev.zhibiao.internal.layout.Cell::text).map(String::strip)
                    .filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.joining(" | ")));
        }
        assertEquals(2, rows.size(), rows.toString());
    }
}
