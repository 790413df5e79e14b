package dev.zhibiao.parsers;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;

/**
 * The cells of the ruled tables on a page image, for placing the words an OCR engine printed
 * (TSV, hOCR, a searchable PDF's text layer) into the cells that hold them. The page is
 * straightened and its rules found as for a scan ({@link PageImage}, {@link RuleGrid}); each cell
 * is given back in the coordinates of the image as it was (before straightening), scaled to the
 * words' units, as its centre and size: a table askew by a degree or two is then still one box per
 * cell about the same centre the engine's words are around.
 */
final class ImageCells {
    /** A cell: its centre and size in the words' units. */
    record Box(float centreX, float centreY, float width, float height) {
    }

    private ImageCells() {
    }

    /** A page image with the cells found on it. */
    record Page(List<Box> cells, BufferedImage image, double scale) {
        static final Page NONE = new Page(List.of(), null, 1);

        /**
         * The words with each {@code >} or {@code <} the engine read before a number given back as
         * {@code ≥} / {@code ≤} where the image shows the bar under it (the engine has no ≥ in its
         * reading of these sheets: it prints {@code >}).
         */
        List<OcrWord> comparators(List<OcrWord> words) {
            if (image == null) {
                return words;
            }
            List<OcrWord> out = new ArrayList<>(words.size());
            for (OcrWord w : words) {
                String t = w.box().getText();
                int i = t.indexOf('>') >= 0 ? t.indexOf('>') : t.indexOf('<');
                if (i == 0 && (t.length() == 1 || Character.isDigit(t.charAt(1))) && Comparators.barUnderFirst(image, w.box(), scale)) {
                    Glyph b = w.box();
                    String fixed = (t.charAt(0) == '>' ? "≥" : "≤") + t.substring(1);
                    w = new OcrWord(new Glyph(fixed, b.getLeft(), b.getTop(), (float) b.getWidth(), (float) b.getHeight(), b.getFontSize(),
                            b.confidence()), w.page(), w.line());
                }
                out.add(w);
            }
            return out;
        }
    }

    /**
     * @param image the page image the words were read from
     * @param dpi   its resolution
     * @param scale the words' units per image pixel
     * @return the cells found on it with the image, for {@link Page#comparators}
     */
    static Page page(BufferedImage image, int dpi, double scale) {
        return new Page(cells(image, dpi, scale), PageImage.toGrey(image), scale);
    }

    /**
     * @param image the page image the words were read from
     * @param dpi   its resolution
     * @param scale the words' units per image pixel (1 for an engine's pixel boxes, 72/dpi for PDF points)
     * @return the cells of the ruled tables on the page, empty when it has none
     */
    static List<Box> cells(BufferedImage image, int dpi, double scale) {
        PageImage page = PageImage.of(image);
        List<RuleGrid.Table> tables = RuleGrid.tables(page, dpi);
        List<Box> out = new ArrayList<>();
        // straightening turned the page by -skew about its centre: turn the cells back
        AffineTransform back = AffineTransform.getRotateInstance(Math.toRadians(page.skew), page.width / 2.0, page.height / 2.0);
        for (RuleGrid.Table t : tables) {
            for (RuleGrid.Box b : t.cells()) {
                Point2D c = back.transform(new Point2D.Double((b.left() + b.right()) / 2.0, (b.top() + b.bottom()) / 2.0), null);
                out.add(new Box((float) (c.getX() * scale), (float) (c.getY() * scale), (float) (b.width() * scale),
                        (float) (b.height() * scale)));
            }
        }
        return out;
    }
}
