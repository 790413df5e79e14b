package dev.zhibiao.parsers;

import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrLayout;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;

/**
 * Which of two readings of the same ink a searchable PDF's text layer keeps, asked of the page image.
 * An engine sometimes finds two text lines over one printed line and reads its words twice; the
 * geometry layer keeps one of two words of different engine lines that lie over each other
 * ({@code OcrLayout.readOnce}), the longer first, then the surer. The layer gives no confidence, so
 * there the longer word or the word of the longer line stays, and a second reading made of specks
 * wins over the word printed there ({@code [一} over {@code 二}, {@code 0} over {@code 三}:
 * chromium16-scan-200 h3, box36t-scan-200 h3, where the TSV of the same run keeps 二级指标 and 三级指标
 * by their confidences, 94–96 against 0–67). The renderer writes every word on its engine line's
 * baseline, and a printed word's ink stands on its own foot: the lowest ink under both words (in the
 * middle three fifths of where they overlap, from a quarter of an em under the lower foot up to the
 * higher top, {@link #RULE} of an em inside the image cell that holds them, so no rule is taken for ink) is the printed word's
 * foot. The word whose foot stands on it (within {@link #ON} of an em) and nearer it than the other's
 * by {@link #APART} of an em or more is the reading kept. Where no ink stands under them, or both feet stand as near, the geometry layer decides as
 * before. Each word kept so is counted (a diagnostic).
 */
final class LayerReadings {
    private LayerReadings() {
    }

    /** How much nearer the ink's foot (in ems) the kept word's foot must stand than the other's. */
    static final double APART = 0.2;
    /** How near (in ems) the kept word's foot must stand to the ink's: the layer's baselines stray on a scan. */
    static final double ON = 0.25;
    /** How far (in ems) inside its image cell the ink is looked for: a scan's blurred rule is no ink of a word. */
    static final double RULE = 0.3;
    /** Grey under which a pixel is ink. */
    private static final int DARK = 128;

    /** Diagnostic code: words of a text layer kept over a second reading by the page image. */
    static final String CODE = "ocr-layer-second-reading";

    /** The diagnostic of a page some of whose layer words the ink kept over a second reading. */
    static dev.zhibiao.Diagnostic noted(int page, int words) {
        return new dev.zhibiao.Diagnostic(CODE, "page " + page + ": " + words + " word(s) of the text layer lying over"
                + " a word of another engine line were kept, the other left out as the engine's second reading: the"
                + " ink under both stands on their baseline", dev.zhibiao.Locator.page(page));
    }

    /**
     * @param image the page image under the layer (grey), or null
     * @param scale the words' units (points) per image pixel
     * @param cells the cells of the image's ruled tables, in the words' units
     * @param kept  counts (index 1) the words kept over a second reading
     * @return the judge of two layer words over one ink, or null without an image
     */
    static OcrLayout.Seats seats(BufferedImage image, double scale, List<ImageCells.Box> cells, int[] kept) {
        if (image == null || scale <= 0) {
            return null;
        }
        Raster raster = image.getRaster();
        return (a, b) -> {
            int s = second(raster, scale, a, b, cells);
            kept[1] += s > 0 ? 1 : 0;
            return s;
        };
    }

    /**
     * -1 when a is the second reading, 1 when b is, 0 when the ink does not tell: the lowest ink under both
     * (see the class comment) stands within {@link #ON} em of one foot and nearer it by {@link #APART} em or more.
     */
    static int second(Raster raster, double scale, Glyph a, Glyph b, List<ImageCells.Box> cells) {
        double em = Math.min(a.getHeight(), b.getHeight());
        double l = Math.max(a.getLeft(), b.getLeft());
        double r = Math.min(a.getRight(), b.getRight());
        double from = Math.max(a.getBottom(), b.getBottom()) + em * 0.25;
        double to = Math.min(a.getTop(), b.getTop());
        ImageCells.Box cell = cellAt((l + r) / 2, (a.getCenterY() + b.getCenterY()) / 2, cells);
        if (cell != null) {
            from = Math.min(from, cell.centreY() + cell.height() / 2 - em * RULE);
            to = Math.max(to, cell.centreY() - cell.height() / 2 + em * RULE);
        }
        int x0 = Math.max(0, (int) Math.ceil((l + (r - l) * 0.2) / scale));
        int x1 = Math.min(raster.getWidth() - 1, (int) Math.floor((r - (r - l) * 0.2) / scale));
        if (x1 - x0 < 2 || em <= 0) {
            return 0;
        }
        int need = Math.max(1, (x1 - x0 + 1) / 30);
        int y0 = Math.max(0, (int) Math.ceil(to / scale));
        for (int y = Math.min(raster.getHeight() - 1, (int) Math.floor(from / scale)); y >= y0; y--) {
            if (inked(raster, x0, x1, y, need)) {
                double foot = (y + 1) * scale;
                double da = Math.abs(a.getBottom() - foot);
                double db = Math.abs(b.getBottom() - foot);
                if (Math.abs(da - db) < em * APART || Math.min(da, db) > em * ON) {
                    return 0;
                }
                return da < db ? 1 : -1;
            }
        }
        return 0;
    }

    private static ImageCells.Box cellAt(double x, double y, List<ImageCells.Box> cells) {
        for (ImageCells.Box c : cells) {
            if (Math.abs(x - c.centreX()) <= c.width() / 2 && Math.abs(y - c.centreY()) <= c.height() / 2) {
                return c;
            }
        }
        return null;
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
