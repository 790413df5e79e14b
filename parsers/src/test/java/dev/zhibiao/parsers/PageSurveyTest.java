package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.parsers.ScanLayerTest.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class PageSurveyTest {

    private static boolean whole(Page kind) throws IOException {
        try (PDDocument doc = PDDocument.load(ScanLayerTest.pdf(kind))) {
            return PageSurvey.wholePageImage(doc.getPage(0)) != null;
        }
    }

    @Test
    void aScanWithItsInvisibleTextLayerIsItsImage() throws IOException {
        assertTrue(whole(Page.INVISIBLE_UNDER_IMAGE));
        assertTrue(whole(Page.INVISIBLE_OVER_IMAGE));
        assertTrue(whole(Page.IMAGE_ONLY));
    }

    @Test
    void aPageDrawingAnythingElseIsRendered() throws IOException {
        assertTrue(!whole(Page.VISIBLE_OVER_IMAGE), "visible text over the image");
        assertTrue(!whole(Page.VISIBLE_UNDER_IMAGE), "visible text, even under the image");
        assertTrue(!whole(Page.INVISIBLE_OVER_SMALL_IMAGE), "an image on part of the page");
        assertTrue(!whole(Page.INVISIBLE_NO_IMAGE), "no image");
    }

    @Test
    void theDecodedImageIsWhatTheRendererDraws() throws IOException {
        try (PDDocument doc = PDDocument.load(ScanLayerTest.pdf(Page.INVISIBLE_UNDER_IMAGE))) {
            PageImages.Rendered r = PageImages.render(doc, 0);
            assertNotNull(r);
            BufferedImage drawn = new PDFRenderer(doc).renderImageWithDPI(0, r.dpi(), ImageType.GRAY);
            BufferedImage decoded = r.image();
            assertEquals(drawn.getWidth(), decoded.getWidth(), 1);
            assertEquals(drawn.getHeight(), decoded.getHeight(), 1);
            assertEquals(1170, decoded.getHeight(), "the image's own 1170 rows (decoded), not the page's 1169 (drawn)");
            // the renderer resamples the image to the page's size in whole pixels (1170 rows to 1169 here), so
            // a rule's edge may move by a pixel; the cells the rules make are the same
            java.util.List<ImageCells.Box> fromDrawn = ImageCells.cells(drawn, r.ruling(), 1.0);
            java.util.List<ImageCells.Box> fromDecoded = ImageCells.cells(decoded, r.ruling(), 1.0);
            assertEquals(24, fromDecoded.size(), "six rows of four cells");
            assertEquals(fromDrawn.size(), fromDecoded.size());
            for (int i = 0; i < fromDrawn.size(); i++) {
                ImageCells.Box p = fromDrawn.get(i);
                ImageCells.Box q = fromDecoded.get(i);
                assertTrue(Math.abs(p.centreX() - q.centreX()) <= 2 && Math.abs(p.centreY() - q.centreY()) <= 2
                        && Math.abs(p.width() - q.width()) <= 2 && Math.abs(p.height() - q.height()) <= 2, p + " drawn, " + q + " decoded");
            }
        }
    }

    @Test
    void aPageThatIsNotOneImageIsStillRendered() throws IOException {
        try (PDDocument doc = PDDocument.load(ScanLayerTest.pdf(Page.INVISIBLE_OVER_SMALL_IMAGE))) {
            assertNull(PageSurvey.wholePageImage(doc.getPage(0)));
            PageImages.Rendered r = PageImages.render(doc, 0);
            assertNotNull(r, "a page with an image is rendered");
            assertEquals(Math.round(595.28f * r.dpi() / 72f), r.image().getWidth(), 1, "the page rendered whole, not the image");
            assertEquals(Math.round(841.89f * r.dpi() / 72f), r.image().getHeight(), 1);
        }
    }
}
