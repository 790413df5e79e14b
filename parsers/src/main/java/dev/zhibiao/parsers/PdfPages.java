package dev.zhibiao.parsers;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * A PDF page as tabula-java's {@link Page} (its glyphs as text elements, its ruling lines), built
 * as tabula's {@code ObjectExtractor.extractPage} builds it, element for element, with less work:
 *
 * <ul>
 * <li>the ruling pass runs no text operator: tabula's runs them all, and for a Type 3 font
 * (Chromium prints its fonts so) draws every glyph's outline only to find "rulings" in the strokes
 * of characters, which the reader drops again ({@link PdfGrid#outsideGlyphs});
 * <li>the text pass takes the glyphs as PDFBox lists them ({@code charactersByArticle}, in the
 * order its text stripper hands them on) instead of building lines and words that tabula throws
 * away;
 * <li>coordinates are rounded to two places as tabula's {@link Utils#round} rounds them (through the
 * shortest decimal of the double, half up) without formatting and parsing decimal strings.
 * </ul>
 *
 * The ruling and glyph code follows tabula-java 1.0.5 ({@code ObjectExtractorStreamEngine},
 * {@code TextStripper}; MIT licence), whose classes cannot be extended for this.
 */
final class PdfPages {
    private final PDDocument pdf;

    PdfPages(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** The share of the last page's glyphs that map to no text (or to a control character). */
    private double unmapped;

    /**
     * The share of the glyphs of the page {@link #page} gave last that map to no text: a font without a
     * Unicode map gives its glyph codes, which are control characters as often as not.
     */
    double unmapped() {
        return unmapped;
    }

    /** The last page's text elements in the order the content stream draws them. */
    private List<TextElement> written = List.of();
    /** What the last page draws: its text's visibility and its page-sized image. */
    private ScanLayer.Drawn drawn = new ScanLayer.Drawn(0, false, false);

    /**
     * What the page {@link #page} gave last draws, for telling a searchable scan (an invisible text
     * layer over the page's image) from a page with printed text ({@link ScanLayer}).
     */
    ScanLayer.Drawn drawn() {
        return drawn;
    }

    /**
     * The text elements of the page {@link #page} gave last, in the order its content stream draws
     * them (tabula's page holds them sorted by position). An OCR engine's renderer writes a text
     * layer's words line by line in the engine's reading order; sorted by position, the glyphs of a
     * cell's two printed lines less than a glyph height apart interleave ({@code 成儿年遭2>2700人20元元}
     * for {@code 成年人≥270元} over {@code 儿童≥200元}).
     */
    List<TextElement> written() {
        return written;
    }

    /**
     * The page as tabula's {@code ObjectExtractor.extractPage(p)} gives it, Type 3 glyph strokes
     * left out of the rulings.
     *
     * @param p the 1-based page
     */
    Page page(int p) throws IOException {
        PDPage page = pdf.getPage(p - 1);
        Rulings rulings = new Rulings(page);
        rulings.processPage(page);
        drawn = new ScanLayer.Drawn(rulings.textShown, rulings.pageImage, rulings.visibleOnTop > 0);
        Glyphs glyphs = new Glyphs(p);
        glyphs.getText(pdf);
        written = List.copyOf(glyphs.elements);
        unmapped = glyphs.glyphs == 0 ? 0 : (double) glyphs.unmapped / glyphs.glyphs;
        Utils.sort(glyphs.elements, Rectangle.ILL_DEFINED_ORDER);
        float width;
        float height;
        int rotation = page.getRotation();
        if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
            width = page.getCropBox().getHeight();
            height = page.getCropBox().getWidth();
        } else {
            width = page.getCropBox().getWidth();
            height = page.getCropBox().getHeight();
        }
        return Page.Builder.newInstance()
                .withPageDims(PageDims.of(0, 0, width, height))
                .withRotation(rotation)
                .withNumber(p)
                .withPdPage(page)
                .withPdDocument(pdf)
                .withRulings(rulings.rulings)
                .withTextElements(glyphs.elements)
                .withMinCharWidth(glyphs.minCharWidth)
                .withMinCharHeight(glyphs.minCharHeight)
                .withIndex(glyphs.index)
                .build();
    }

    /**
     * {@code Utils.round(d, 2)}: {@code d}'s shortest decimal ({@link Double#toString}) rounded half
     * up to two places, as a float. Away from a half-way point the shortest decimal and {@code d}
     * itself round alike (they differ by less than an ulp of {@code d}), so the nearest hundredth
     * is taken directly; within a millionth of a hundredth of one (or for large or odd values) the
     * decimal is formatted as tabula does.
     */
    static float round2(double d) {
        double x = d * 100;
        if (x > -1e7 && x < 1e7) {
            double f = Math.floor(x);
            double frac = x - f;
            if (Math.abs(frac - 0.5) > 1e-6) {
                long n = (long) f + (frac > 0.5 ? 1 : 0);
                return (float) n / 100f;
            }
        }
        return Utils.round(d, 2);
    }

    /** Clipping paths of one state past which PDFBox's own intersection is asked ({@link #clipBox}). */
    private static final int MAX_CLIP_PATHS = 8;

    /**
     * The bounds of the clipping path on the page, as {@code transform.createTransformedShape(
     * state.getCurrentClippingPath()).getBounds2D()} gives them. PDFBox intersects the paths of a
     * state's clipping as areas (polygon clipping, a tenth of a LibreOffice print's ruling pass, which
     * clips every cell's rules to the cell); when each path is an axis-parallel rectangle, their
     * intersection is the rectangle of the largest lower and the smallest upper edges, and its
     * bounds on the page are those of its corners transformed. Any other path: PDFBox's area.
     */
    static Rectangle2D clipBox(org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState state, AffineTransform transform) {
        List<java.awt.geom.Path2D> paths = state.getCurrentClippingPaths();
        // PDFBox's area replaces the paths by their intersection: past a few, let it, so that a
        // content stream clipping on and on without restoring does not make every segment walk them all
        Rectangle2D box = paths.size() <= MAX_CLIP_PATHS ? rectanglesBox(paths, transform) : null;
        return box != null ? box : transform.createTransformedShape(state.getCurrentClippingPath()).getBounds2D();
    }

    /**
     * The transformed bounds of the intersection of {@code paths} when each is a rectangle with
     * axis-parallel sides (an empty intersection, a rectangle without area included, gives the empty
     * bounds an empty area has); null when some path is not such a rectangle.
     */
    static Rectangle2D rectanglesBox(List<? extends Shape> paths, AffineTransform transform) {
        double x0 = Double.NEGATIVE_INFINITY;
        double y0 = Double.NEGATIVE_INFINITY;
        double x1 = Double.POSITIVE_INFINITY;
        double y1 = Double.POSITIVE_INFINITY;
        double[] r = new double[4];
        for (Shape p : paths) {
            if (!rectangle(p, r)) {
                return null;
            }
            x0 = Math.max(x0, r[0]);
            y0 = Math.max(y0, r[1]);
            x1 = Math.min(x1, r[2]);
            y1 = Math.min(y1, r[3]);
        }
        if (paths.isEmpty() || !(x0 < x1) || !(y0 < y1)) {
            return new Rectangle2D.Double(); // an empty area's path has no point: bounds 0, 0, 0, 0
        }
        double[] corners = {x0, y0, x1, y0, x1, y1, x0, y1};
        transform.transform(corners, 0, corners, 0, 4);
        double minX = corners[0];
        double maxX = corners[0];
        double minY = corners[1];
        double maxY = corners[1];
        for (int i = 2; i < 8; i += 2) {
            minX = Math.min(minX, corners[i]);
            maxX = Math.max(maxX, corners[i]);
            minY = Math.min(minY, corners[i + 1]);
            maxY = Math.max(maxY, corners[i + 1]);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Whether a path is one rectangle with axis-parallel sides: a move and three or four lines
     * (the fourth back to the start), closed or not, each side horizontal or vertical in turn;
     * {@code out} gets its least x, least y, greatest x and greatest y. A rectangle without area
     * (two corners alike) counts, with its empty extent.
     */
    static boolean rectangle(Shape path, double[] out) {
        PathIterator it = path.getPathIterator(null);
        double[] c = new double[6];
        double[] xs = new double[5];
        double[] ys = new double[5];
        int n = 0;
        boolean closed = false;
        for (; !it.isDone(); it.next()) {
            int seg = it.currentSegment(c);
            if (closed) {
                return false; // anything after the close: a second subpath
            }
            if (seg == PathIterator.SEG_CLOSE) {
                closed = true;
                continue;
            }
            if (n == 0 ? seg != PathIterator.SEG_MOVETO : seg != PathIterator.SEG_LINETO) {
                return false;
            }
            if (n == 5) {
                return false;
            }
            xs[n] = c[0];
            ys[n] = c[1];
            n++;
        }
        if (n == 5) {
            if (xs[4] != xs[0] || ys[4] != ys[0]) {
                return false;
            }
            n = 4;
        }
        if (n != 4) {
            return false;
        }
        // sides alternate: horizontal, vertical, horizontal, vertical (or the other way round)
        boolean first = ys[0] == ys[1] && xs[1] == xs[2] && ys[2] == ys[3] && xs[3] == xs[0];
        boolean second = xs[0] == xs[1] && ys[1] == ys[2] && xs[2] == xs[3] && ys[3] == ys[0];
        if (!first && !second) {
            return false;
        }
        out[0] = Math.min(xs[0], xs[2]);
        out[1] = Math.min(ys[0], ys[2]);
        out[2] = Math.max(xs[0], xs[2]);
        out[3] = Math.max(ys[0], ys[2]);
        return true;
    }

    /**
     * The ruling pass's text operators: they place no text; a text-showing one ({@code Tj},
     * {@code TJ}, {@code '}, {@code "}) with a non-empty string is counted with its rendering mode
     * ({@link Rulings#shown}).
     */
    private static final class Skip extends OperatorProcessor {
        private final String name;

        Skip(String name) {
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (!"Tf".equals(name) && !operands.isEmpty() && ScanLayer.hasText(operands.get(operands.size() - 1))
                    && getContext() instanceof Rulings r) {
                r.shown();
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /**
     * tabula's {@code ObjectExtractorStreamEngine}: the ruling lines of a page's stroked and filled
     * paths made of straight segments, cut to the clipping path. Text is not shown (choosing a
     * font, showing strings and Type 3 glyph procedures are skipped).
     */
    private static final class Rulings extends PDFGraphicsStreamEngine {
        private static final float RULING_MINIMUM_LENGTH = 0.01f;
        final List<Ruling> rulings = new ArrayList<>();
        private final AffineTransform pageTransform;
        private int clipWindingRule = -1;
        private final GeneralPath currentPath = new GeneralPath();
        /** Text-showing operators with a string, in any rendering mode. */
        int textShown;
        /** Of those, the ones drawn visibly (filled or stroked) and not covered by a page-sized image drawn after them. */
        int visibleOnTop;
        /** Whether an image covering the page ({@link ScanLayer#covers}) is drawn. */
        boolean pageImage;

        Rulings(PDPage page) {
            super(page);
            for (String op : new String[] {"Tf", "Tj", "TJ", "'", "\""}) {
                addOperator(new Skip(op));
            }
            AffineTransform t = new AffineTransform();
            PDRectangle cropBox = getPage().getCropBox();
            int rotation = getPage().getRotation();
            if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
                t = AffineTransform.getRotateInstance(rotation * (Math.PI / 180.0), 0, 0);
            } else {
                t.concatenate(AffineTransform.getTranslateInstance(0, cropBox.getHeight()));
            }
            t.concatenate(AffineTransform.getScaleInstance(1, -1));
            t.translate(-cropBox.getLowerLeftX(), -cropBox.getLowerLeftY());
            pageTransform = t;
        }

        @Override
        public void showTextString(byte[] string) {
            // no text in the ruling pass
        }

        @Override
        public void showTextStrings(COSArray array) {
            // no text in the ruling pass
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            currentPath.moveTo((float) p0.getX(), (float) p0.getY());
            currentPath.lineTo((float) p1.getX(), (float) p1.getY());
            currentPath.lineTo((float) p2.getX(), (float) p2.getY());
            currentPath.lineTo((float) p3.getX(), (float) p3.getY());
            currentPath.closePath();
        }

        @Override
        public void clip(int windingRule) {
            clipWindingRule = windingRule; // applied by the next painting operator
        }

        @Override
        public void closePath() {
            currentPath.closePath();
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            currentPath.curveTo(x1, y1, x2, y2, x3, y3);
        }

        /** A string shown: counted, and, when drawn visibly, on top until a page-sized image covers it. */
        void shown() {
            textShown++;
            org.apache.pdfbox.pdmodel.graphics.state.RenderingMode m = getGraphicsState().getTextState().getRenderingMode();
            if (m.isFill() || m.isStroke()) {
                visibleOnTop++;
            }
        }

        @Override
        public void drawImage(PDImage image) {
            // images hold no rulings; a page-sized one covers the text drawn before it
            org.apache.pdfbox.util.Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            PDRectangle crop = getPage().getCropBox();
            float[] xs = new float[4];
            float[] ys = new float[4];
            for (int k = 0; k < 4; k++) {
                Point2D.Float p = m.transformPoint(k == 1 || k == 2 ? 1 : 0, k >= 2 ? 1 : 0);
                xs[k] = p.x;
                ys[k] = p.y;
            }
            if (ScanLayer.covers(xs, ys, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight())) {
                pageImage = true;
                visibleOnTop = 0;
            }
        }

        @Override
        public void endPath() {
            if (clipWindingRule != -1) {
                currentPath.setWindingRule(clipWindingRule);
                getGraphicsState().intersectClippingPath(currentPath);
                clipWindingRule = -1;
            }
            currentPath.reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokeOrFillPath();
        }

        @Override
        public void fillPath(int windingRule) {
            strokeOrFillPath();
        }

        @Override
        public Point2D getCurrentPoint() {
            return currentPath.getCurrentPoint();
        }

        @Override
        public void lineTo(float x, float y) {
            currentPath.lineTo(x, y);
        }

        @Override
        public void moveTo(float x, float y) {
            currentPath.moveTo(x, y);
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading is no ruling
        }

        @Override
        public void strokePath() {
            strokeOrFillPath();
        }

        private void strokeOrFillPath() {
            if (!straightSegments()) {
                return;
            }
            PathIterator it = currentPath.getPathIterator(pageTransform);
            float[] coordinates = new float[6];
            float[] start = new float[6];
            it.currentSegment(start);
            Point2D.Float startPoint = new Point2D.Float(round2(start[0]), round2(start[1]));
            Point2D.Float lastMove = startPoint;
            Point2D.Float endPoint = null;
            while (!it.isDone()) {
                it.next();
                int segment;
                try {
                    segment = it.currentSegment(coordinates); // the last one too (tabula: us-017.pdf)
                } catch (IndexOutOfBoundsException e) {
                    continue;
                }
                switch (segment) {
                    case PathIterator.SEG_LINETO -> {
                        endPoint = new Point2D.Float(coordinates[0], coordinates[1]);
                        if (startPoint != null) {
                            clipped(between(startPoint, endPoint));
                        }
                    }
                    case PathIterator.SEG_MOVETO -> {
                        lastMove = new Point2D.Float(coordinates[0], coordinates[1]);
                        endPoint = lastMove;
                    }
                    case PathIterator.SEG_CLOSE -> {
                        if (startPoint != null && endPoint != null) {
                            clipped(between(endPoint, lastMove));
                        }
                    }
                    default -> {
                        // not reached: curves were refused
                    }
                }
                startPoint = endPoint;
            }
            currentPath.reset();
        }

        /** Whether the path starts with a move and has only straight segments; resets it when not. */
        private boolean straightSegments() {
            PathIterator it = currentPath.getPathIterator(pageTransform);
            float[] coordinates = new float[6];
            if (it.currentSegment(coordinates) != PathIterator.SEG_MOVETO) {
                currentPath.reset();
                return false;
            }
            it.next();
            while (!it.isDone()) {
                int s = it.currentSegment(coordinates);
                if (s != PathIterator.SEG_LINETO && s != PathIterator.SEG_CLOSE && s != PathIterator.SEG_MOVETO) {
                    currentPath.reset();
                    return false;
                }
                it.next();
            }
            return true;
        }

        /** The line from the lower point to the higher (then left to right), on rounded coordinates. */
        private static Line2D.Float between(Point2D.Float a, Point2D.Float b) {
            return compare(a, b) == -1 ? new Line2D.Float(a, b) : new Line2D.Float(b, a);
        }

        private static int compare(Point2D a, Point2D b) {
            float ax = round2(a.getX());
            float ay = round2(a.getY());
            float bx = round2(b.getX());
            float by = round2(b.getY());
            if (ay > by) {
                return 1;
            }
            if (ay < by) {
                return -1;
            }
            if (ax > bx) {
                return 1;
            }
            if (ax < bx) {
                return -1;
            }
            return 0;
        }

        private void clipped(Line2D.Float line) {
            Rectangle2D box = clipBox(getGraphicsState(), pageTransform);
            if (line.intersects(box)) {
                Ruling ruling = new Ruling(line.getP1(), line.getP2()).intersect(box);
                if (ruling.length() > RULING_MINIMUM_LENGTH) {
                    rulings.add(ruling);
                }
            }
        }
    }

    /**
     * tabula's {@code TextStripper}: a page's glyphs as text elements (rounded coordinates, tall or
     * odd-sized blanks left out), with the smallest glyph width and height and a spatial index.
     */
    private static final class Glyphs extends PDFTextStripper {
        private static final float AVG_HEIGHT_MULT_THRESHOLD = 6.0f;
        private static final float MAX_BLANK_FONT_SIZE = 40.0f;
        private static final float MIN_BLANK_FONT_SIZE = 2.0f;
        final List<TextElement> elements = new ArrayList<>();
        final RectangleSpatialIndex<TextElement> index = new RectangleSpatialIndex<>();
        float minCharWidth = Float.MAX_VALUE;
        float minCharHeight = Float.MAX_VALUE;
        /** Glyphs drawn, and those with no text or a control character for text (a font without a Unicode map). */
        int glyphs;
        int unmapped;
        private float totalHeight;
        private int countHeight;

        Glyphs(int page) throws IOException {
            setStartPage(page);
            setEndPage(page);
        }

        /**
         * The glyphs in the order PDFBox's own {@code writePage} hands them to {@code writeString}
         * (every position with text, article by article, unsorted), without its lines and words.
         */
        @Override
        protected void writePage() {
            for (List<TextPosition> article : charactersByArticle) {
                for (TextPosition t : article) {
                    glyphs++;
                    if (t.getUnicode() != null) {
                        add(t);
                    } else {
                        unmapped++;
                    }
                }
            }
        }

        private void add(TextPosition t) {
            String c = t.getUnicode();
            if (!printable(c)) {
                unmapped += c.isBlank() ? 0 : 1; // a control character: a glyph code, no text
                return;
            }
            float h = t.getHeightDir();
            if (c.equals("\u00A0")) {
                c = " ";
            }
            TextElement te = new TextElement(round2(t.getYDirAdj() - h), round2(t.getXDirAdj()),
                    round2(t.getWidthDirAdj()), round2(t.getHeightDir()), t.getFont(), t.getFontSizeInPt(), c,
                    t.getWidthOfSpace(), t.getDir());
            minCharWidth = (float) Math.min(minCharWidth, te.getWidth());
            minCharHeight = (float) Math.min(minCharHeight, te.getHeight());
            countHeight++;
            totalHeight += te.getHeight();
            float avgHeight = totalHeight / countHeight;
            if (te.getText() == null || te.getText().trim().equals("")) {
                // a tall blank throws the row height off; so does a blank of an odd font size
                if (avgHeight > 0 && te.getHeight() >= avgHeight * AVG_HEIGHT_MULT_THRESHOLD) {
                    return;
                }
                if (t.getFontSizeInPt() > MAX_BLANK_FONT_SIZE || t.getFontSizeInPt() < MIN_BLANK_FONT_SIZE) {
                    return;
                }
            }
            index.add(te);
            elements.add(te);
        }

        @Override
        protected float computeFontHeight(PDFont font) throws IOException {
            BoundingBox bbox = font.getBoundingBox();
            if (bbox.getLowerLeftY() < Short.MIN_VALUE) {
                bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536)); // PDFBOX-2158 and PDFBOX-3130
            }
            float glyphHeight = bbox.getHeight() / 2;
            PDFontDescriptor fd = font.getFontDescriptor();
            if (fd != null) {
                float capHeight = fd.getCapHeight();
                if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                    glyphHeight = capHeight;
                }
                float ascent = fd.getAscent();
                float descent = fd.getDescent();
                if (ascent > 0 && descent < 0
                        && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                    glyphHeight = (ascent - descent) / 2; // PDFBOX-3464, PDFBOX-448
                }
            }
            return font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, glyphHeight).y : glyphHeight / 1000;
        }

        private static boolean printable(String s) {
            boolean printable = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
                printable |= !Character.isISOControl(c) && block != null && block != Character.UnicodeBlock.SPECIALS;
            }
            return printable;
        }
    }
}
