package dev.zhibiao.parsers;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrLayout;
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

    /**
     * The skew of a page's ruled tables as its cells show it: the median slope (dy/dx) of the top rule
     * shared by two cells side by side (one's right edge at the other's left within a fifth of the
     * smaller height, tops within a third of it); NaN when fewer than three pairs give one. A
     * searchable PDF's text layer writes the words of an engine line on one baseline, so its lines show
     * no skew where the image has one (the cells then came out of their rows turned).
     */
    static double skew(List<Box> cells) {
        List<Double> slopes = new ArrayList<>();
        for (Box a : cells) {
            float ar = a.centreX() + a.width() / 2;
            float at = a.centreY() - a.height() / 2;
            for (Box b : cells) {
                float h = Math.min(a.height(), b.height());
                float bl = b.centreX() - b.width() / 2;
                float bt = b.centreY() - b.height() / 2;
                if (b != a && Math.abs(bl - ar) < h / 5 && Math.abs(bt - at) < h / 3 && b.centreX() > a.centreX()) {
                    slopes.add((double) (bt - at) / (b.centreX() - a.centreX()));
                }
            }
        }
        if (slopes.size() < 3) {
            return Double.NaN;
        }
        slopes.sort(null);
        double s = slopes.get(slopes.size() / 2);
        return Math.abs(s) < 0.0005 ? 0 : s;
    }

    /**
     * A page image with the cells found on it.
     *
     * @param cells    the cells of its ruled tables, in the words' units
     * @param image    the page in grey as it was read (the words' boxes are on it), or null
     * @param straight the page straightened (as {@link PageImage} reads it), or null
     * @param scale    the words' units per image pixel
     */
    record Page(List<Box> cells, BufferedImage image, PageImage straight, double scale) {
        static final Page NONE = new Page(List.of(), null, null, 1);

        /**
         * The words with the comparators the engine cannot print given back as the image shows
         * them: a word whose reading has {@code >}, {@code 2}, {@code 二}, {@code 三}, {@code =},
         * {@code 》} before a number has the glyphs in its box looked at ({@link ComparatorGlyph},
         * as a scan's cells are), and a {@code >} or {@code <} the engine read before a number is
         * {@code ≥} / {@code ≤} where the image shows the bar under it ({@link Comparators}).
         */
        List<OcrWord> comparators(List<OcrWord> words) {
            if (image == null) {
                return words;
            }
            boolean printsGe = false;
            for (OcrWord w : words) {
                printsGe |= GE.matcher(w.box().getText()).find();
            }
            List<OcrWord> out = new ArrayList<>(words.size());
            for (OcrWord w : words) {
                String read = w.box().getText();
                // a rule read beside the value ("“|>60%") is no part of it: the comparator is what follows
                String t = read.isBlank() ? read : OcrLayout.stripBars(read.strip());
                if (t.isEmpty()) {
                    t = read;
                }
                String fixed = straight == null ? t : glyphs(t, w.box());
                if (fixed.equals(t)) {
                    int i = t.indexOf('>') >= 0 ? t.indexOf('>') : t.indexOf('<');
                    if (i == 0 && (t.length() == 1 || Character.isDigit(t.charAt(1)))
                            && (Comparators.barUnderFirst(image, w.box(), scale)
                                || !printsGe && straight != null && !plainChevron(w.box()))) {
                        fixed = (t.charAt(0) == '>' ? "≥" : "≤") + t.substring(1);
                    }
                }
                if (!fixed.equals(read)) {
                    Glyph b = w.box();
                    w = new OcrWord(new Glyph(fixed, b.getLeft(), b.getTop(), (float) b.getWidth(), (float) b.getHeight(), b.getFontSize(),
                            b.confidence()), w.page(), w.line());
                }
                out.add(w);
            }
            return out;
        }

        /** The reading with the comparator glyphs in the word's box on the straightened page. */
        private String glyphs(String t, Glyph box) {
            if (!CANDIDATE.matcher(t).find()) {
                return t;
            }
            int[] b = straightBox(box);
            return ComparatorGlyph.repair(t, straight, b[0], b[1], b[2], b[3]);
        }

        /**
         * Whether the word's box on the straightened page shows a chevron without a bar
         * ({@code >} or {@code <} as printed). An engine that prints no ≥ or ≤ on the page (chi_sim
         * has neither) reads both as {@code >}; where neither the glyph test nor the bar test sees
         * which, the reading is left to the ink seen: a plain chevron stays, anything else is the
         * comparator the engine cannot print (as core reads such a document's {@code >}: its
         * document rule steps aside once the reader has given ≥ back anywhere).
         */
        private boolean plainChevron(Glyph box) {
            int[] b = straightBox(box);
            List<Character> seen = ComparatorGlyph.comparators(straight, b[0], b[1], b[2], b[3]);
            return seen.contains('>') || seen.contains('<');
        }

        /** The word's box turned onto the straightened page, a quarter of its height added above and below. */
        private int[] straightBox(Glyph box) {
            // the word's box on the straightened page: its corners turned by the page's skew
            AffineTransform to = AffineTransform.getRotateInstance(Math.toRadians(-straight.skew), straight.width / 2.0,
                    straight.height / 2.0);
            double pad = box.getHeight() * 0.25;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] c : new double[][] {{box.getLeft(), box.getTop() - pad}, {box.getRight(), box.getTop() - pad},
                {box.getLeft(), box.getBottom() + pad}, {box.getRight(), box.getBottom() + pad}}) {
                Point2D p = to.transform(new Point2D.Double(c[0] / scale, c[1] / scale), null);
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
            return new int[] {(int) Math.floor(minX), (int) Math.floor(minY), (int) Math.ceil(maxX), (int) Math.ceil(maxY)};
        }
    }

    /** A comparator only an engine that has it prints. */
    private static final java.util.regex.Pattern GE = java.util.regex.Pattern.compile("[≥≤≧≦]");

    /** A reading with a character the engine prints for a comparator before a number. */
    private static final java.util.regex.Pattern CANDIDATE = java.util.regex.Pattern.compile(
            "[>》≧≦<《二三=＞＜]\\s*[0-9０-９]|(?<![0-9.])2[0-9]");

    /**
     * @param image the page image the words were read from
     * @param dpi   its resolution
     * @param scale the words' units per image pixel
     * @return the cells found on it with the image, for {@link Page#comparators}
     */
    static Page page(BufferedImage image, int dpi, double scale) {
        PageImage page = PageImage.of(image);
        return new Page(cells(page, dpi, scale), PageImage.toGrey(image), page, scale);
    }

    /**
     * @param image the page image the words were read from
     * @param dpi   its resolution
     * @param scale the words' units per image pixel (1 for an engine's pixel boxes, 72/dpi for PDF points)
     * @return the cells of the ruled tables on the page, empty when it has none
     */
    static List<Box> cells(BufferedImage image, int dpi, double scale) {
        return cells(PageImage.of(image), dpi, scale);
    }

    private static List<Box> cells(PageImage page, int dpi, double scale) {
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
