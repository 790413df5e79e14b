package dev.zhibiao.parsers.geometry;

/**
 * A word an OCR engine read, with its box and confidence ({@link Glyph#confidence()}), the page it
 * is on and the line the engine put it in.
 *
 * @param box  the word's text and box (image pixels or PDF points; y downwards)
 * @param page the 1-based page
 * @param line the engine's line, unique within the page (words of one line share it)
 */
public record OcrWord(Glyph box, int page, int line) {
    @Override
    public String toString() {
        return "OcrWord[p" + page + " l" + line + " " + box + "]";
    }
}
