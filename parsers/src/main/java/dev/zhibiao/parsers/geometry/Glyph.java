package dev.zhibiao.parsers.geometry;

/**
 * A run of text printed at a place on a page: one glyph of a PDF's text, or one word box of an
 * OCR engine (Tesseract's TSV or hOCR words, a searchable PDF's invisible glyphs). Coordinates
 * are the page's, y downwards (PDF points after PDFBox's flip, or image pixels); the geometry
 * layer only compares them with the font size, so the unit does not matter.
 *
 * <p>The accessors mirror tabula's {@code TextElement} (edges as {@code float}, centres and
 * extents as {@code double}, computed the same way), so the layout gives the same answers on PDF
 * glyphs as it did when it read tabula's elements directly.
 */
public final class Glyph {
    private final String text;
    private final float x;
    private final float y;
    private final float w;
    private final float h;
    private final float fontSize;
    private final float confidence;

    /**
     * @param text       the text (a character, or an OCR word)
     * @param left       left edge
     * @param top        top edge
     * @param width      width
     * @param height     height
     * @param fontSize   the font size as printed (0 when not known: the height stands for it)
     * @param confidence the OCR engine's confidence, 0 to 100; negative for OCR text without one (a
     *                   searchable PDF's text layer); NaN when the text was not read by OCR
     */
    public Glyph(String text, float left, float top, float width, float height, float fontSize, float confidence) {
        this.text = text == null ? "" : text;
        this.x = left;
        this.y = top;
        this.w = width;
        this.h = height;
        this.fontSize = fontSize;
        this.confidence = confidence;
    }

    /** @return the text */
    public String getText() {
        return text;
    }

    /** @return the left edge */
    public float getLeft() {
        return x;
    }

    /** @return the top edge */
    public float getTop() {
        return y;
    }

    /** @return the right edge */
    public float getRight() {
        return (float) (x + (double) w);
    }

    /** @return the bottom edge */
    public float getBottom() {
        return (float) (y + (double) h);
    }

    /** @return the width */
    public double getWidth() {
        return w;
    }

    /** @return the height */
    public double getHeight() {
        return h;
    }

    /** @return the horizontal centre */
    public double getCenterX() {
        return x + w / 2.0;
    }

    /** @return the vertical centre */
    public double getCenterY() {
        return y + h / 2.0;
    }

    /** @return the font size as printed, 0 when not known */
    public float getFontSize() {
        return fontSize;
    }

    /** @return the OCR engine's confidence (0 to 100), NaN when the text was not read by OCR */
    public float confidence() {
        return confidence;
    }

    /** @return this glyph with another font size */
    public Glyph withFontSize(float size) {
        return new Glyph(text, x, y, w, h, size, confidence);
    }

    @Override
    public String toString() {
        return "Glyph[" + text + " @" + x + "," + y + " " + w + "x" + h
                + (fontSize > 0 ? " size " + fontSize : "") + (Float.isNaN(confidence) ? "" : " conf " + confidence) + "]";
    }
}
