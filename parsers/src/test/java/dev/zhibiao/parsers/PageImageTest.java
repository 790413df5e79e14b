package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page image's counts and skew: the grey histogram counted in four interleaved tables is the
 * plain count for every length and offset; the skew is measured at every sampling step (one pixel
 * in two at 200 dpi, the step a power of two, scored without a division; one in three at 300 dpi).
 */
class PageImageTest {

    @Test
    void theHistogramIsThePlainCount() {
        Random r = new Random(11);
        byte[] px = new byte[10_007];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (r.nextInt(10) == 0 ? r.nextInt(256) : 250); // paper, mostly one grey
        }
        for (int[] range : new int[][] {{0, 0}, {0, 1}, {0, 3}, {1, 8}, {3, 12}, {5, 10_007}, {0, 10_007}}) {
            long[] plain = new long[256];
            for (int i = range[0]; i < range[1]; i++) {
                plain[px[i] & 0xff]++;
            }
            assertArrayEquals(plain, PageImage.histogram(px, range[0], range[1]), range[0] + ".." + range[1]);
        }
    }

    /** Lines of text-like strokes across a page {@code width} pixels wide, turned by {@code degrees}. */
    private static BufferedImage page(int width, double degrees) {
        int height = width * 297 / 210;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(Math.max(2f, width / 600f)));
        int em = width / 40;
        for (int y = 3 * em; y < height - 3 * em; y += 2 * em) {
            for (int x = 2 * em; x < width - 2 * em; x += em) {
                g.drawLine(x, y, x + em * 2 / 3, y);
                g.drawLine(x + em / 3, y - em / 2, x + em / 3, y + em / 2);
            }
        }
        g.dispose();
        return img;
    }

    @Test
    void theSkewIsMeasuredAtEverySamplingStep() {
        for (int width : new int[] {1200, 1654, 2480}) { // steps 1, 2 and 3
            for (double deg : new double[] {0.0, 0.9, -1.3}) {
                assertEquals(deg, PageImage.of(page(width, deg)).skew, 0.08, "a page " + width + " px wide turned " + deg);
            }
        }
    }
}
