package dev.zhibiao.parsers;

import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.parsers.geometry.Placed;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scanned page whose image shows no ruled table: the engine reads the whole page once and its
 * word boxes go through the geometry layer, as Tesseract's TSV output does ({@link OcrTsvReader}):
 * lines by their baselines, columns by the gutters and the indicator heading row's spans. Cells are
 * found by rules where a page has them ({@link ScanReader}); a table printed without rules (an
 * unruled form, a table whose rules the scan lost) has only its words' positions to go by.
 */
final class ScanWords {
    private ScanWords() {
    }

    /** The engine's page segmentation for a whole page: fully automatic, as its TSV output is made by default. */
    static final int PSM_AUTO = 11;

    /**
     * @param engine the engine, set to the page's resolution
     * @param page   the page image
     * @param pageNo its 1-based number
     * @return the page's rows with their positions, in the page's pixels
     */
    static List<Placed> page(Tesseract engine, PageImage page, int pageNo) throws ReadException {
        List<Tesseract.Word> read = engine.read(List.of(page.grey), PSM_AUTO, null).get(0);
        return OcrPages.page(words(read, pageNo), pageNo);
    }

    /** The engine's words as the geometry layer's: a line of the engine is a line id, its confidence kept. */
    static List<OcrWord> words(List<Tesseract.Word> read, int pageNo) {
        List<OcrWord> out = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Tesseract.Word w : read) {
            String t = w.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            int line = lines.computeIfAbsent(w.block() + "/" + w.paragraph() + "/" + w.line(), k -> lines.size());
            float conf = w.conf() < 0 ? Float.NaN : (float) w.conf();
            out.add(new OcrWord(new Glyph(t, w.left(), w.top(), w.width(), w.height(), 0f, conf), pageNo, line));
        }
        return out;
    }
}
