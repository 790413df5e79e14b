package dev.zhibiao.parsers.geometry;

import static dev.zhibiao.parsers.geometry.CentredSpans.*;
import static dev.zhibiao.parsers.geometry.Gutters.*;
import static dev.zhibiao.parsers.geometry.HeadingSpans.*;
import static dev.zhibiao.parsers.geometry.LooseLayout.*;
import static dev.zhibiao.parsers.geometry.UnruledTable.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Text of positioned glyphs: a line's glyphs as a string (a space where the gap is wider than a
 * fifth of the font size), the lines of one cell joined (no space between Chinese characters),
 * and the font size a glyph is printed in.
 */
public final class GlyphText {
    private GlyphText() {
    }

    /**
     * Glyphs of one line in x order, with a space where the gap is wider than a fifth of the font size
     * (three tenths between a Chinese character and a Latin letter or digit, see {@link #autospaced}).
     */
    public static String chunkText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        double prevRight = Double.NaN;
        for (Glyph g : glyphs) {
            String t = g.getText();
            if (!Double.isNaN(prevRight) && g.getLeft() - prevRight > Math.max(1.0, fontSize(g) * (ocrWide(b, g) ? 1.0
                    : autospaced(b, g) ? 0.3 : 0.2))
                    && b.length() > 0 && b.charAt(b.length() - 1) != ' ' && !t.startsWith(" ")) {
                b.append(' ');
            }
            b.append(t);
            prevRight = Double.isNaN(prevRight) ? g.getRight() : Math.max(prevRight, g.getRight());
        }
        return squeeze(b);
    }

    /**
     * The glyphs with their font size as printed. The size a PDF gives a glyph leaves out the scale
     * of the page's coordinate system: a browser draws CSS pixels scaled by 3/4 to points, so a
     * 10.5 pt character says 14. A Chinese character is one em wide in every font, so where the
     * page's Chinese characters are clearly narrower than their stated size (the median ratio under
     * 0.95, at least 5 characters), every size is scaled by that ratio; otherwise the glyphs are
     * returned as they are.
     */
    public static List<Glyph> printedSize(List<Glyph> glyphs) {
        List<Float> ratios = new ArrayList<>();
        for (Glyph e : glyphs) {
            String t = e.getText();
            if (t.length() == 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN
                    && e.getFontSize() > 0.5) {
                ratios.add((float) (e.getWidth() / e.getFontSize()));
            }
        }
        if (ratios.size() < 5) {
            return glyphs;
        }
        ratios.sort(null);
        float scale = ratios.get(ratios.size() / 2);
        if (scale >= 0.95f || scale <= 0.1f) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph e : glyphs) {
            out.add(e.withFontSize(e.getFontSize() * scale));
        }
        return out;
    }

    public static double fontSize(Glyph g) {
        double fs = g.getFontSize();
        return fs > 0.5 ? Math.max(fs, g.getHeight() * 0.8) : Math.max(g.getHeight(), 1.0);
    }

    /** Joins the lines of one cell: no space between Chinese characters, one space otherwise. */
    public static String joinLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && !(wide(b.charAt(b.length() - 1)) || wide(s.charAt(0)))) {
                b.append(' ');
            }
            b.append(s);
        }
        return b.toString();
    }

    /** Chinese characters and full-width punctuation: no space is printed beside them at a line break. */
    public static boolean wide(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u2014' || c == '\u2026' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** White space runs (including no-break and ideographic spaces) as one space, trimmed. */
    public static String squeeze(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether an OCR word that starts with a wide character follows one: an engine boxes ink, and
     * letter-spaced or narrow characters (目, 一) leave gaps a PDF never has between the characters
     * of one text, so only a gap of an em is a space there.
     */
    private static boolean ocrWide(StringBuilder b, Glyph g) {
        return !Float.isNaN(g.confidence()) && b.length() > 0 && wide(b.charAt(b.length() - 1))
                && !g.getText().isEmpty() && wide(g.getText().charAt(0));
    }

    /**
     * Whether a printed glyph and the text before it are a Chinese character beside a Latin letter or
     * digit: typesetters (LibreOffice, Word) put a gap of about a fifth of an em there that is no
     * space in the text ({@code 101号}, {@code 2020年} print as {@code 101 号}); a space typed there is
     * wider. OCR words keep their own rule.
     */
    private static boolean autospaced(StringBuilder b, Glyph g) {
        if (!Float.isNaN(g.confidence()) || b.length() == 0 || g.getText().isEmpty()) {
            return false;
        }
        char before = b.charAt(b.length() - 1);
        char after = g.getText().charAt(0);
        return hanBesideLatin(before, after) || hanBesideLatin(after, before);
    }

    private static boolean hanBesideLatin(char han, char latin) {
        return Character.UnicodeScript.of(han) == Character.UnicodeScript.HAN && latin < 0x80
                && Character.isLetterOrDigit(latin);
    }

    /** Stands for text read by OCR without a confidence (a searchable PDF's text layer gives none). */
    public static final double UNRATED = -1;

    /**
     * The least of two confidences, NaN standing for none (printed text) and {@link #UNRATED} for
     * OCR text without one: a rated reading decides over an unrated one.
     */
    public static double least(double a, double b) {
        if (Double.isNaN(a) || a < 0 && b >= 0) {
            return b;
        }
        if (Double.isNaN(b) || b < 0) {
            return a;
        }
        return Math.min(a, b);
    }

    /**
     * The least OCR confidence of the glyphs (0 to 1), {@link #UNRATED} when they were read by OCR
     * without confidences (a negative one), NaN when none was read by OCR.
     */
    public static double confidence(List<Glyph> glyphs) {
        double least = Double.NaN;
        for (Glyph g : glyphs) {
            if (!Float.isNaN(g.confidence())) {
                least = least(least, g.confidence() >= 0 ? g.confidence() / 100.0 : UNRATED);
            }
        }
        return least;
    }

    /**
     * A cell, with the OCR confidence when its text was read by OCR ({@code NaN} in the cell for
     * OCR text without one).
     */
    public static dev.zhibiao.internal.layout.Cell cell(String text, dev.zhibiao.Locator at, double confidence) {
        return Double.isNaN(confidence) || text.isBlank() ? new dev.zhibiao.internal.layout.Cell(text, at)
                : new dev.zhibiao.internal.layout.Cell(text, at, confidence < 0 ? Double.NaN : confidence);
    }
}
