package dev.zhibiao.parsers;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Whether a PDF page is nothing but one image laid over the whole page, with at most an invisible
 * text layer on it: a scan, or the searchable PDF an OCR engine writes. Such a page, rendered at its
 * image's own resolution, is that image (to a grey level: the renderer's colour conversion rounds);
 * decoding the image is ten times cheaper than drawing it through Java2D (about 15 ms against 200 ms
 * for an A4 page at 200 dpi, measured with {@code ThreadMXBean} CPU time over the OCR fixtures'
 * searchable PDFs). Anything else drawn on the page (a visible glyph, a path painted, a clip, a
 * second image, an inline image, a soft mask, an annotation, a rotated, flipped or partial
 * placement) and the page is not such a page: it is rendered as before.
 */
final class PageSurvey extends PDFGraphicsStreamEngine {
    /** How far, in points, the image's placement may be off the page's crop box. */
    private static final float SLACK = 1.0f;

    private PDImageXObject image;
    private Matrix placement;
    private boolean other;

    private PageSurvey(PDPage page) {
        super(page);
        // the font is not needed to tell whether text is drawn, and loading it is the survey's dearest step
        addOperator(new OperatorProcessor() {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                // Tf: the font is not looked at
            }

            @Override
            public String getName() {
                return "Tf";
            }
        });
    }

    /**
     * @param page a PDF page
     * @return the one image that is the whole page, or null when the page draws anything else
     */
    static PDImageXObject wholePageImage(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0 || !page.getAnnotations().isEmpty()) {
            return null;
        }
        PageSurvey s = new PageSurvey(page);
        s.processPage(page);
        if (s.other || s.image == null || s.image.isStencil() || s.image.getMask() != null || s.image.getSoftMask() != null) {
            return null;
        }
        PDRectangle box = page.getCropBox();
        Matrix m = s.placement;
        boolean covers = Math.abs(m.getShearX()) < 1e-3 && Math.abs(m.getShearY()) < 1e-3
                && Math.abs(m.getScaleX() - box.getWidth()) <= SLACK && Math.abs(m.getScaleY() - box.getHeight()) <= SLACK
                && Math.abs(m.getTranslateX() - box.getLowerLeftX()) <= SLACK
                && Math.abs(m.getTranslateY() - box.getLowerLeftY()) <= SLACK;
        return covers ? s.image : null;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        PDGraphicsState g = getGraphicsState();
        if (image != null || !(pdImage instanceof PDImageXObject x) || g.getSoftMask() != null
                || g.getNonStrokeAlphaConstant() < 1 || !g.getBlendMode().equals(org.apache.pdfbox.pdmodel.graphics.blend.BlendMode.NORMAL)) {
            other = true;
            return;
        }
        image = x;
        placement = g.getCurrentTransformationMatrix().clone();
    }

    @Override
    protected void showText(byte[] string) {
        visibleText();
    }

    @Override
    public void showTextStrings(COSArray array) {
        visibleText();
    }

    private void visibleText() {
        if (getGraphicsState().getTextState().getRenderingMode() != RenderingMode.NEITHER) {
            other = true;
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        // a path is only drawn when painted
    }

    @Override
    public void clip(int windingRule) {
        other = true;
    }

    @Override
    public void moveTo(float x, float y) {
        // a path is only drawn when painted
    }

    @Override
    public void lineTo(float x, float y) {
        // a path is only drawn when painted
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a path is only drawn when painted
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
        // a path is only drawn when painted
    }

    @Override
    public void endPath() {
        // a path ended unpainted draws nothing
    }

    @Override
    public void strokePath() {
        other = true;
    }

    @Override
    public void fillPath(int windingRule) {
        other = true;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        other = true;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        other = true;
    }
}
