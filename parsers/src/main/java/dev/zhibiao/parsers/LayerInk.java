package dev.zhibiao.parsers;

import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A searchable PDF's text layer sized by the ink of the page image under it. The layer gives each
 * word's place and width (the renderer stretches a word over the engine's box) but no height, so
 * {@code PdfReader.onBaselines} makes a word as high as the page's widths say (an em from the width
 * per character of its Chinese words). On a page scanned blurred and noisy the engine's boxes, and
 * the ink they hold, stand higher than that: the TSV of the same run boxes the words of a 9 pt line
 * 9 to 9.4 pt high where the widths say 8.2, so the layer's em came out a tenth small, and the gaps
 * between the words of one cell of an unruled table (一级 / 指标) read as column gaps and a title as
 * two rows. The ink's own height is on the image the words were read from: for each Chinese-only
 * word, the rows over its baseline that hold ink in the middle of its width, climbed from the
 * baseline up to a blank gap. The median of ink height over box height, over the page's words, is
 * the factor every box of the page is made higher by, its foot kept on the baseline. Never lower: the
 * ink measured in the middle of a word reads a little under the widths' height on clean prints
 * (0.93 to 1.0 on ocr-200, ocr-150, chromium23-210), and boxes made lower by it cut a clean
 * Chromium print's sheet in two (chromium23-210 h3: 3 sheets read as 2). A page with fewer than
 * {@link #WORDS} words measured, or without an image, keeps its boxes.
 */
final class LayerInk {
    private LayerInk() {
    }

    /** Chinese-only words that must be measured before the page's boxes take the ink's height. */
    static final int WORDS = 5;
    /** Grey under which a pixel is ink. */
    private static final int DARK = 128;

    /**
     * @param words the layer's words of one page, boxed by {@code PdfReader.onBaselines} (foot on the baseline)
     * @param image the page image under the layer (grey), or null
     * @param scale the words' units (points) per image pixel
     * @return the words, their boxes as high as the ink shows, feet kept
     */
    static List<OcrWord> onInk(List<OcrWord> words, BufferedImage image, double scale) {
        return onInk(words, image, scale, List.of(), new int[1]);
    }

    /**
     * As {@link #onInk(List, BufferedImage, double)}, and a line printed larger than the page's body
     * ({@link #titleLines}) is boxed as high as its own ink.
     *
     * @param cells    the cells of the image's ruled tables, in the words' units
     * @param ownLines set to how many lines took their own ink's height (index 0)
     */
    static List<OcrWord> onInk(List<OcrWord> words, BufferedImage image, double scale, List<ImageCells.Box> cells,
            int[] ownLines) {
        double r = ratio(words, image, scale);
        double base = Double.isNaN(r) || r <= 1 ? 1 : r;
        Map<Integer, Double> own = Double.isNaN(r) ? Map.of() : titleLines(words, image, scale, base, cells);
        ownLines[0] = own.size();
        if (base == 1 && own.isEmpty()) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            Glyph b = w.box();
            float h = (float) (b.getHeight() * own.getOrDefault(w.line(), base));
            out.add(new OcrWord(new Glyph(b.getText(), b.getLeft(), b.getBottom() - h, (float) b.getWidth(), h, 0f,
                    b.confidence()), w.page(), w.line()));
        }
        return out;
    }

    /** Diagnostic code: lines of a page's text layer printed larger, boxed as high as their own ink ({@link #titleLines}). */
    static final String LINE_INK = "ocr-layer-line-ink";
    /** Chinese-only words of one line that must be measured before the line is judged on its own. */
    static final int LINE_WORDS = 3;
    /** How much higher than the page's body ink (the median over its words) a line's own ink must stand. */
    static final double LARGER = 1.2;

    /** The diagnostic of a page some of whose layer lines took their own ink's height. */
    static dev.zhibiao.Diagnostic noted(int page, int lines) {
        return new dev.zhibiao.Diagnostic(LINE_INK, "page " + page + ": " + lines + " line(s) of the text layer outside"
                + " the ruled cells stand " + LARGER + " times the page's body ink or more (printed larger, a title)"
                + " and were boxed as high as their own ink", dev.zhibiao.Locator.page(page));
    }

    /**
     * The layer lines printed larger than the page's body, each with its own factor (the median of its
     * Chinese-only words' ink over box height). {@code PdfReader.onBaselines} gives a line printed larger
     * (a title) its own em only where its widths say so; a bold title whose characters the engine boxes
     * narrow keeps the page's em, and the gap between two of its words (整体 | 绩效目标表) reads as a
     * column gap: the title comes out a row of two cells and the sheet loses its title and year. A line
     * is judged by its ink's own height, not by the ratio of ink to box (on a noisy scan a table line's
     * ink stands high over boxes made narrow, yet no higher than the body's): the median ink height of
     * its Chinese-only words, from {@link #LINE_WORDS} words or more, at least {@link #LARGER} times the
     * median over the page's words, and none of its words inside a cell of the image's ruled tables (a
     * title stands outside them). Its factor is taken where it is above the page's.
     *
     * @param base  the page's factor (1 when the page's boxes stay)
     * @param cells the cells of the image's ruled tables, in the words' units
     */
    static Map<Integer, Double> titleLines(List<OcrWord> words, BufferedImage image, double scale, double base,
            List<ImageCells.Box> cells) {
        Map<Integer, Double> out = new TreeMap<>();
        if (image == null || scale <= 0) {
            return out;
        }
        Raster raster = image.getRaster();
        List<Double> body = new ArrayList<>();
        Map<Integer, List<double[]>> byLine = new HashMap<>();
        java.util.Set<Integer> inCells = new java.util.HashSet<>();
        for (OcrWord w : words) {
            if (inCell(w.box(), cells)) {
                inCells.add(w.line());
            }
            String t = w.box().getText().strip();
            if (t.isEmpty() || !t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            double h = inkHeight(raster, w.box(), scale);
            if (!Double.isNaN(h)) {
                body.add(h);
                byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(new double[] {h, h / w.box().getHeight()});
            }
        }
        if (body.size() < WORDS) {
            return out;
        }
        double bodyInk = median(body);
        for (Map.Entry<Integer, List<double[]>> e : byLine.entrySet()) {
            List<double[]> v = e.getValue();
            if (v.size() < LINE_WORDS || inCells.contains(e.getKey())) {
                continue;
            }
            List<Double> heights = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (double[] hr : v) {
                heights.add(hr[0]);
                ratios.add(hr[1]);
            }
            double own = median(ratios);
            if (median(heights) >= bodyInk * LARGER && own > base) {
                out.put(e.getKey(), own);
            }
        }
        return out;
    }

    /** Whether the box's centre stands inside one of the cells. */
    private static boolean inCell(Glyph b, List<ImageCells.Box> cells) {
        double x = b.getLeft() + b.getWidth() / 2;
        double y = b.getBottom() - b.getHeight() / 2;
        for (ImageCells.Box c : cells) {
            if (Math.abs(x - c.centreX()) <= c.width() / 2 && Math.abs(y - c.centreY()) <= c.height() / 2) {
                return true;
            }
        }
        return false;
    }

    private static double median(List<Double> v) {
        v.sort(null);
        return v.get(v.size() / 2);
    }

    /**
     * The median, over the page's Chinese-only words, of the ink's height over the box's; NaN when fewer
     * than {@link #WORDS} words give one, or there is no image.
     */
    static double ratio(List<OcrWord> words, BufferedImage image, double scale) {
        if (image == null || scale <= 0) {
            return Double.NaN;
        }
        List<Double> ratios = new ArrayList<>();
        Raster raster = image.getRaster();
        for (OcrWord w : words) {
            String t = w.box().getText().strip();
            if (t.isEmpty() || !t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            double h = inkHeight(raster, w.box(), scale);
            if (!Double.isNaN(h)) {
                ratios.add(h / w.box().getHeight());
            }
        }
        if (ratios.size() < WORDS) {
            return Double.NaN;
        }
        ratios.sort(null);
        return ratios.get(ratios.size() / 2);
    }

    /**
     * The height, in the words' units, of the ink over a word's baseline: in the middle three fifths of
     * its width (the box runs on over the space after it), the lowest row with ink within a quarter of
     * the box's height of the baseline, and from there up while no blank run a quarter of the box high
     * parts the rows; NaN when no ink stands there or it runs past twice the box's height (a rule).
     */
    static double inkHeight(Raster raster, Glyph box, double scale) {
        int x0 = (int) Math.ceil((box.getLeft() + box.getWidth() * 0.2) / scale);
        int x1 = (int) Math.floor((box.getRight() - box.getWidth() * 0.2) / scale);
        double hPx = box.getHeight() / scale;
        int base = (int) Math.round(box.getBottom() / scale);
        int reach = (int) Math.ceil(hPx * 0.25);
        x0 = Math.max(0, x0);
        x1 = Math.min(raster.getWidth() - 1, x1);
        if (x1 - x0 < 2 || hPx < 4) {
            return Double.NaN;
        }
        int need = Math.max(1, (x1 - x0 + 1) / 30);
        int bottom = -1;
        for (int y = Math.min(raster.getHeight() - 1, base + reach); y >= Math.max(0, base - reach); y--) {
            if (inked(raster, x0, x1, y, need)) {
                bottom = y;
                break;
            }
        }
        if (bottom < 0) {
            return Double.NaN;
        }
        int top = bottom;
        int blank = 0;
        int limit = (int) Math.ceil(hPx * 2);
        for (int y = bottom - 1; y >= 0 && bottom - y <= limit; y--) {
            if (inked(raster, x0, x1, y, need)) {
                top = y;
                blank = 0;
            } else if (++blank > reach) {
                return (bottom - top + 1) * scale;
            }
        }
        return Double.NaN;
    }

    private static boolean inked(Raster raster, int x0, int x1, int y, int need) {
        int n = 0;
        for (int x = x0; x <= x1; x++) {
            if (raster.getSample(x, y, 0) < DARK && ++n >= need) {
                return true;
            }
        }
        return false;
    }
}
