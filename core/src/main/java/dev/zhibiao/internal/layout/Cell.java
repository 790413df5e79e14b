package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;

/**
 * One cell of a source grid, as printed, with where it came from.
 *
 * @param text       the printed text (may be empty, never null)
 * @param at         its position in the source (line and cell index, or page)
 * @param confidence for text read by an OCR engine, the engine's confidence in it (0 to 1);
 *                   {@code NaN} for text an OCR engine read without giving one (a searchable
 *                   PDF's text layer, plain OCR text); null for text that was printed as text.
 *                   Recovery repairs OCR confusions only in cells that carry one.
 */
public record Cell(String text, Locator at, Double confidence) {
    /** Null text becomes empty. */
    public Cell {
        text = text == null ? "" : text;
        at = at == null ? Locator.UNKNOWN : at;
    }

    /**
     * A cell printed as text.
     *
     * @param text the printed text
     * @param at   its position
     */
    public Cell(String text, Locator at) {
        this(text, at, null);
    }

    /** @return true when an OCR engine read this cell */
    public boolean ocr() {
        return confidence != null;
    }

    /** @return the same cell with other text (an OCR repair keeps the confidence) */
    public Cell withText(String other) {
        return new Cell(other, at, confidence);
    }

    /** @return true when the cell holds nothing but white space or tags */
    public boolean isEmpty() {
        // a character before any tag that is not white space is kept by stripTags: not empty
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                return dev.zhibiao.internal.text.Text.blankOutsideTags(text);
            }
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
