package dev.zhibiao.parsers;

import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * A searchable PDF's text-layer words put back on the printed line their ink stands on. The renderer
 * writes every word of an engine line on that line's one baseline, but on a scan the engine's line
 * often holds words of two printed lines: a level label centred in its cell beside a name's first
 * line (时效指标 0.6 to 0.7 em above it), a name's wrapped second line (金到位率 an em below), a
 * speck read over the line under it. The TSV of the same run boxes such words where their ink is
 * (about one engine line in eight on the scan-like tuning sets holds a word more than 0.6 em off its
 * line's middle); the layer puts them all on one baseline, and the geometry layer reads the printed
 * lines as one. The ink under a word says where it stands: in the middle three fifths of its width,
 * the runs of inked rows from two ems above its baseline to one and a half below (gaps under a sixth
 * of the ink height bridged); a run as high as a line's ink (0.6 to 1.4 times the page's) is a
 * printed line. A word with such a run whose foot is within {@link #NEAR} of its baseline stands
 * where the layer says; a word without one, over exactly one run that is, stands on that run's foot
 * (its box moved, its height kept). Where the runs are several or none, or the word is not measured
 * (no Chinese character, narrower than three pixels), it stays. A page with fewer than
 * {@link LayerInk#WORDS} words measured keeps its words.
 */
final class LayerSeats {
    private LayerSeats() {
    }

    /** Diagnostic code: layer words put on the printed line their ink stands on ({@link #seated}). */
    static final String SEATED = "ocr-layer-seated";
    /** How far (of the page's ink height) a run's foot may stand from the baseline and the word still be there. */
    static final double NEAR = 0.6;
    /** Grey under which a pixel is ink. */
    private static final int DARK = 128;

    /** The diagnostic of a page some of whose layer words were moved to their ink. */
    static dev.zhibiao.Diagnostic noted(int page, int words) {
        return new dev.zhibiao.Diagnostic(SEATED, "page " + page + ": " + words + " word(s) of the text layer stood"
                + " off their ink (an engine line holding words of two printed lines) and were put on the printed"
                + " line their ink stands on", dev.zhibiao.Locator.page(page));
    }

    /**
     * @param words the layer's words of one page, boxed by {@code PdfReader.onBaselines} (foot on the baseline)
     * @param image the page image under the layer (grey), or null
     * @param scale the words' units per image pixel
     * @param moved set to how many words were moved (index 0)
     * @return the words, those standing off their ink put on it
     */
    static List<OcrWord> seated(List<OcrWord> words, BufferedImage image, double scale, int[] moved) {
        moved[0] = 0;
        if (image == null || scale <= 0) {
            return words;
        }
        List<Float> heights = new ArrayList<>();
        for (OcrWord w : words) {
            if (han(w.box().getText())) {
                heights.add((float) w.box().getHeight());
            }
        }
        if (heights.size() < LayerInk.WORDS) {
            return words;
        }
        heights.sort(null);
        double ink = heights.get(heights.size() / 2) / scale; // the page's ink height, in pixels
        Raster raster = image.getRaster();
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            double foot = han(w.box().getText()) ? footOf(raster, w.box(), scale, ink) : Double.NaN;
            if (Double.isNaN(foot)) {
                out.add(w);
                continue;
            }
            Glyph b = w.box();
            float bottom = (float) (foot * scale);
            out.add(new OcrWord(new Glyph(b.getText(), b.getLeft(), bottom - (float) b.getHeight(), (float) b.getWidth(),
                    (float) b.getHeight(), b.getFontSize(), b.confidence()), w.page(), w.line()));
            moved[0]++;
        }
        return moved[0] == 0 ? words : out;
    }

    /**
     * The foot (pixel row) of the one printed line the word's ink shows, where the word stands off it;
     * NaN where it stands on a line's ink, or the ink shows no line or several.
     *
     * @param ink the page's ink height in pixels
     */
    static double footOf(Raster raster, Glyph box, double scale, double ink) {
        int x0 = Math.max(0, (int) Math.ceil((box.getLeft() + box.getWidth() * 0.2) / scale));
        int x1 = Math.min(raster.getWidth() - 1, (int) Math.floor((box.getRight() - box.getWidth() * 0.2) / scale));
        if (x1 - x0 < 2 || ink < 4) {
            return Double.NaN;
        }
        int base = (int) Math.round(box.getBottom() / scale);
        int top = Math.max(0, (int) Math.floor(base - 2 * ink));
        int bottom = Math.min(raster.getHeight() - 1, (int) Math.ceil(base + 1.5 * ink));
        int need = Math.max(1, (x1 - x0 + 1) / 30);
        int bridge = (int) Math.ceil(ink / 6);
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int y = top; y <= bottom; y++) {
            if (!inked(raster, x0, x1, y, need)) {
                continue;
            }
            if (start >= 0 && y - last - 1 <= bridge) {
                last = y;
                continue;
            }
            if (start >= 0) {
                runs.add(new int[] {start, last});
            }
            start = y;
            last = y;
        }
        if (start >= 0) {
            runs.add(new int[] {start, last});
        }
        List<int[]> lines = new ArrayList<>();
        for (int[] r : runs) {
            int h = r[1] - r[0] + 1;
            // a run that touches the window's edge may run on past it: not measured
            boolean line = h >= 0.6 * ink && h <= 1.4 * ink && r[0] > top && r[1] < bottom;
            if (line && Math.abs(r[1] - base) <= NEAR * ink) {
                return Double.NaN;
            }
            if (line) {
                lines.add(r);
            } else if (r[0] <= base + NEAR * ink && r[1] >= base - NEAR * ink) {
                // ink at the baseline that is no line's (a rule, two lines run together): not judged
                return Double.NaN;
            }
        }
        return lines.size() == 1 ? lines.get(0)[1] : Double.NaN;
    }

    private static boolean han(String t) {
        t = t.strip();
        return !t.isEmpty() && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
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
