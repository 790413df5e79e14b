package dev.zhibiao.parsers.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A line of glyphs (left to right) with its extent. */
public final class Line {
    final List<Glyph> glyphs = new ArrayList<>();
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;

    Line() {
    }

    void add(Glyph e) {
        glyphs.add(e);
        top = Math.min(top, (float) e.getTop());
        bottom = Math.max(bottom, (float) e.getBottom());
        left = Math.min(left, (float) e.getLeft());
        right = Math.max(right, (float) e.getRight());
    }

    float height() {
        return bottom - top;
    }

    /**
     * The top of the line's print when it is an OCR engine's line (its glyphs carry a confidence of 0 or more) taller
     * than the page's type: {@code em} high about its centre. The engine can box most characters of a printed line over the
     * next printed line too (a 43 px box beside 26 px type), and a line normalised to its boxes' height then reaches
     * into the next table row although its print does not. Otherwise (typeset glyphs, a line no taller) {@link #top}.
     */
    float printTop(float em) {
        return ocr() && height() > em ? (top + bottom - em) / 2 : top;
    }

    /** The bottom of the line's print (see {@link #printTop}). */
    float printBottom(float em) {
        return ocr() && height() > em ? (top + bottom + em) / 2 : bottom;
    }

    /**
     * Whether the line is an OCR engine's reading: every glyph carries the engine's confidence (0 to 100). Typeset
     * glyphs (no confidence) and a searchable PDF's text layer (confidence -1: the renderer writes each word on its
     * engine line's baseline at the word's own size, so the layer's lines are not the engine's tall boxes) are not.
     */
    private boolean ocr() {
        for (Glyph e : glyphs) {
            if (!(e.confidence() >= 0)) {
                return false;
            }
        }
        return !glyphs.isEmpty();
    }

    /** @return the glyphs, left to right */
    public List<Glyph> glyphs() {
        return java.util.Collections.unmodifiableList(glyphs);
    }

    /** @return the line's text (a space where glyphs are more than a fifth of the font size apart) */
    public String text() {
        return GlyphText.chunkText(glyphs);
    }

    @Override
    public String toString() {
        return "Line[" + top + "-" + bottom + " " + text() + "]";
    }

    /**
     * Groups glyphs into lines: a glyph joins the current line when its vertical centre is within a
     * third of a glyph height of the centre of the line's first glyph (so a label centred beside a
     * two-line cell is a line of its own, not a mix of both). Lines top to bottom, glyphs left to
     * right.
     *
     * @param els glyphs in any order
     * @return the lines
     */
    public static List<Line> lines(List<Glyph> els) {
        List<Glyph> sorted = new ArrayList<>(els);
        sorted.removeIf(e -> e.getText().isEmpty());
        sorted.sort(Comparator.comparingDouble(Glyph::getCenterY).thenComparingDouble(Glyph::getLeft));
        List<Line> lines = new ArrayList<>();
        Line cur = null;
        double ref = 0;
        double refH = 0;
        for (Glyph e : sorted) {
            double cy = e.getCenterY();
            if (cur == null || cy - ref > Math.max(1.0, Math.max(refH, e.getHeight()) / 3)) {
                cur = new Line();
                lines.add(cur);
                ref = cy;
                refH = e.getHeight();
            }
            cur.add(e);
        }
        for (Line l : lines) {
            l.glyphs.sort(Comparator.comparingDouble(Glyph::getLeft));
        }
        return lines;
    }
}
