package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A page lit unevenly (a phone photo, a scanner's lid open) is evened out; an evenly lit one is left alone. */
class PaperTest {

    /**
     * A ruled page of "text": rules every 60 px (grey, as a thin rule blurred by a scan is), dark strokes
     * between them; the paper's lightness from 245 down to {@code lo} of it at the far corner.
     */
    static BufferedImage page(double lo) {
        int w = 1200;
        int h = 1600;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double light = 245 - (245 - lo * 245) * Math.min(1, Math.hypot(x / (double) w, y / (double) h) / 1.2);
                boolean rule = y % 60 == 0 || x % 300 == 0;
                boolean stroke = y % 60 > 20 && y % 60 < 40 && x % 300 > 20 && x % 300 < 200 && x % 12 < 3;
                img.getRaster().setSample(x, y, 0, (int) (stroke ? light * 0.2 : rule ? light * 0.55 : light));
            }
        }
        return img;
    }

    @Test
    void anEvenlyLitPageIsLeftAlone() {
        BufferedImage even = page(1.0);
        assertSame(even, Paper.evened(even));
    }

    @Test
    void shadedPaperIsEvenedAndInkStaysInk() {
        BufferedImage shaded = page(0.5);
        BufferedImage out = Paper.evened(shaded);
        int paperNear = out.getRaster().getSample(10, 10, 0);
        int paperFar = out.getRaster().getSample(1190, 1590, 0);
        int inkFar = out.getRaster().getSample(1190, 1560, 0); // a rule at the shaded corner
        assertTrue(shaded.getRaster().getSample(1190, 1590, 0) < 128, "the corner's paper was darker than mid grey");
        assertTrue(paperNear >= 240 && paperFar >= 240, "paper " + paperNear + " and " + paperFar);
        assertTrue(inkFar <= 150, "rule " + inkFar);
        // one threshold now tells a rule from the paper everywhere: the shaded page reads as a ruled page
        PageImage p = PageImage.of(shaded);
        assertTrue(!p.ink(1190, 1590), "the shaded corner's paper is no ink");
        assertTrue(p.ink(1190, 1560), "a rule in the shaded corner is ink");
        assertTrue(p.ink(10, 60), "a rule in the light corner is ink");
        assertTrue(!p.ink(10, 30), "the light corner's paper is no ink");
    }
}
