package dev.zhibiao.parsers;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The paper's own lightness across a page image, and the page evened out against it. A page
 * photographed with a phone, or scanned with its lid open, is lit unevenly: its paper goes from
 * white to mid grey across the page, and one threshold for the whole page (Otsu's, in {@link
 * PageImage}) calls the shaded paper ink and loses the rules and the text there. The paper's
 * lightness is taken block by block (a high percentile of each block's greys: text and rules cover
 * a small part of a block), as the lightest of each block and its neighbours (a block under a
 * heading's fill or a large title borrows its neighbours' paper), and interpolated between block
 * centres; each pixel is then divided by it. An evenly lit page (its paper's lightness within a
 * tenth everywhere, as every scanner and PDF renderer gives) is returned as it is.
 */
final class Paper {
    private Paper() {
    }

    /** Paper lighter than this share of the lightest paper everywhere: evenly lit, left alone. */
    static final double EVEN = 0.9;
    /** The share of a block's pixels at or above the paper's lightness taken for it. */
    private static final double PAPER_SHARE = 0.1;

    /**
     * @param grey a page in grey ({@link BufferedImage#TYPE_BYTE_GRAY})
     * @return the page evened out against its paper's lightness, or {@code grey} itself when it is
     *         evenly lit
     */
    static BufferedImage evened(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        int block = Math.max(16, Math.min(w, h) / 40);
        int bw = (w + block - 1) / block;
        int bh = (h + block - 1) / block;
        if (bw < 3 || bh < 3) {
            return grey;
        }
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[][] light = new int[bh][bw];
        int[] hist = new int[256];
        int[] odd = new int[256]; // every other pixel counted apart: a run of one grey does not make each count wait for the last
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                java.util.Arrays.fill(hist, 0);
                java.util.Arrays.fill(odd, 0);
                int n = 0;
                int yEnd = Math.min(h, (by + 1) * block);
                int x0 = bx * block;
                int xEnd = Math.min(w, (bx + 1) * block);
                for (int y = by * block; y < yEnd; y++) {
                    int row = y * w;
                    int x = x0;
                    for (; x + 1 < xEnd; x += 2) {
                        hist[px[row + x] & 0xff]++;
                        odd[px[row + x + 1] & 0xff]++;
                    }
                    if (x < xEnd) {
                        hist[px[row + x] & 0xff]++;
                    }
                    n += xEnd - x0;
                }
                for (int v = 0; v < 256; v++) {
                    hist[v] += odd[v];
                }
                int want = (int) Math.ceil(n * PAPER_SHARE);
                int seen = 0;
                int v = 255;
                while (v > 0 && seen + hist[v] < want) {
                    seen += hist[v];
                    v--;
                }
                light[by][bx] = v;
            }
        }
        // each block's paper: the lightest of it and its neighbours
        int[][] paper = new int[bh][bw];
        int lo = 255;
        int hi = 0;
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int m = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int y = by + dy;
                        int x = bx + dx;
                        if (y >= 0 && y < bh && x >= 0 && x < bw) {
                            m = Math.max(m, light[y][x]);
                        }
                    }
                }
                paper[by][bx] = Math.max(1, m);
                lo = Math.min(lo, paper[by][bx]);
                hi = Math.max(hi, paper[by][bx]);
            }
        }
        if (lo >= hi * EVEN) {
            return grey;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            // between the centres of the blocks above and below
            double fy = Math.max(0, Math.min(bh - 1, (y + 0.5) / block - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(bh - 1, y0 + 1);
            double ty = fy - y0;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, Math.min(bw - 1, (x + 0.5) / block - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(bw - 1, x0 + 1);
                double tx = fx - x0;
                double p = (paper[y0][x0] * (1 - tx) + paper[y0][x1] * tx) * (1 - ty)
                        + (paper[y1][x0] * (1 - tx) + paper[y1][x1] * tx) * ty;
                int v = (int) Math.round((px[row + x] & 0xff) * 255.0 / p);
                dst[row + x] = (byte) Math.min(255, v);
            }
        }
        return out;
    }
}
