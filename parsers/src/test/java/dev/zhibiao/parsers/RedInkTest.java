package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * A red seal (公章) stamped over a colour scan fades in the grey page the OCR path reads, and the black
 * or blue text under it does not ({@link PageImage#toGrey}).
 */
class RedInkTest {

    private static int grey(BufferedImage colour, int x, int y) {
        return PageImage.toGrey(colour).getRaster().getSample(x, y, 0);
    }

    @Test
    void aSealsRedFadesAndTheTextUnderItStays() {
        BufferedImage page = new BufferedImage(5, 1, BufferedImage.TYPE_INT_RGB);
        page.setRGB(0, 0, 0xffffff); // paper
        page.setRGB(1, 0, 0x000000); // black text
        page.setRGB(2, 0, 0xe1282d); // the seal's red on paper
        page.setRGB(3, 0, 0x0a0202); // the seal over black text (the inks multiply)
        page.setRGB(4, 0, 0x1e3c96); // blue ink (a signature, a blue-printed form)
        BufferedImage plain = new BufferedImage(5, 1, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = plain.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        assertTrue(plain.getRaster().getSample(2, 0, 0) < 128, "without the rule the seal prints dark");
        assertEquals(255, grey(page, 0, 0));
        assertTrue(grey(page, 1, 0) < 16);
        assertEquals(0xe1, grey(page, 2, 0), "the seal takes its red channel's lightness");
        assertTrue(grey(page, 3, 0) < 16, "text under the seal stays dark");
        assertEquals(plain.getRaster().getSample(4, 0, 0), grey(page, 4, 0), "other colours as before");
    }

    @Test
    void aGreyImageIsLeftAlone() {
        BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        assertTrue(PageImage.toGrey(grey) == grey);
    }
}
