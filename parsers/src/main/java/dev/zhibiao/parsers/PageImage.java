package dev.zhibiao.parsers;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page image in grey with its dark pixels (Otsu's threshold), straightened: the skew of a scan
 * is measured from the horizontal projection of its dark pixels (rules and text lines are sharpest
 * when level) and the page rotated back when it exceeds a twentieth of a degree.
 */
final class PageImage {
    /** The largest skew looked for, in degrees (scanners and phones rarely do worse). */
    static final double MAX_SKEW = 3.0;

    final BufferedImage grey;
    final int width;
    final int height;
    /** Grey values, row by row (0 black .. 255 white). */
    final byte[] pixels;
    /** Dark pixels, row by row. */
    final boolean[] dark;
    /**
     * Pixels darker than halfway between the dark threshold and the paper: a thin rule blurred by
     * a scan is grey, not black, and is looked for in this mask.
     */
    private boolean[] ink;
    /** The grey at or below which a pixel is {@link #ink}. */
    private final int inkBelow;
    /** The skew measured before straightening, in degrees (positive: the page turned clockwise). */
    final double skew;

    private PageImage(BufferedImage grey, double skew) {
        this.grey = grey;
        this.width = grey.getWidth();
        this.height = grey.getHeight();
        this.pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        long[] hist = histogram(pixels);
        int t = otsu(hist, pixels.length);
        int paper = median(hist, pixels.length);
        this.dark = below(pixels, t);
        this.inkBelow = t + Math.max(0, paper - t) / 2;
        this.skew = skew;
    }

    /**
     * @param image a page image in any colour model
     * @return the page in grey, straightened
     */
    static PageImage of(BufferedImage image) {
        BufferedImage g = Paper.evened(toGrey(image));
        PageImage first = new PageImage(g, 0);
        double skew = first.measureSkew();
        if (Math.abs(skew) < 0.05) {
            return first;
        }
        return new PageImage(rotate(g, -skew), skew);
    }

    /**
     * A grey image turned by a quarter turn or more, clockwise, pixel for pixel.
     *
     * @param grey    the image ({@link BufferedImage#TYPE_BYTE_GRAY})
     * @param degrees 90, 180 or 270
     * @return the turned image
     */
    static BufferedImage turned(BufferedImage grey, int degrees) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        boolean quarter = degrees == 90 || degrees == 270;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] src = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] dst = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int ow = out.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                if (degrees == 90) {
                    nx = h - 1 - y;
                    ny = x;
                } else if (degrees == 180) {
                    nx = w - 1 - x;
                    ny = h - 1 - y;
                } else if (degrees == 270) {
                    nx = y;
                    ny = w - 1 - x;
                } else {
                    nx = x;
                    ny = y;
                }
                dst[ny * ow + nx] = src[y * w + x];
            }
        }
        return out;
    }

    static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(java.awt.Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(image, 0, 0, null);
        gr.dispose();
        if (image.getColorModel().getNumColorComponents() >= 3) {
            dropRedInk(image, g);
        }
        return g;
    }

    /** How much redder than its other channels a pixel must be to be a seal's ink, not the text's. */
    static final int RED_INK = 60;

    /**
     * A red seal (公章) stamped over a sheet prints as dark grey over its text; in colour it is red,
     * and the text under it, black or blue, is not. A pixel whose red channel exceeds both others by
     * {@link #RED_INK} takes its red channel's lightness, so the seal fades as on a red-filtered scan,
     * and black text under it, where the stamp's ink multiplied with the text's, stays dark.
     *
     * @param colour the image in colour
     * @param grey   its grey rendering, changed in place
     * @return how many pixels were lightened
     */
    static long dropRedInk(BufferedImage colour, BufferedImage grey) {
        int w = colour.getWidth();
        int h = colour.getHeight();
        int[] line = new int[w];
        java.awt.image.WritableRaster out = grey.getRaster();
        long changed = 0;
        for (int y = 0; y < h; y++) {
            colour.getRGB(0, y, w, 1, line, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = line[x];
                if ((rgb >>> 24) < 128) {
                    continue; // transparent: the white background drawn under it
                }
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r - Math.max(gr, b) >= RED_INK && out.getSample(x, y, 0) < r) {
                    out.setSample(x, y, 0, r);
                    changed++;
                }
            }
        }
        return changed;
    }

    boolean dark(int x, int y) {
        return dark[y * width + x];
    }

    boolean ink(int x, int y) {
        return ink()[y * width + x];
    }

    /** @return the ink mask, row by row, made when first asked for (a page straightened after measuring never needs its first one) */
    boolean[] ink() {
        if (ink == null) {
            ink = below(pixels, inkBelow);
        }
        return ink;
    }

    /** {@link #ink} column by column (index {@code x * height + y}), made when first asked for. */
    private boolean[] inkByColumn;

    /**
     * @return the ink mask transposed, so that a scan down a column reads consecutive entries
     *         (a page is megapixels: a strided scan misses the cache on every pixel)
     */
    boolean[] inkByColumn() {
        if (inkByColumn == null) {
            boolean[] ink = ink();
            boolean[] t = new boolean[ink.length];
            int tile = 64;
            for (int y0 = 0; y0 < height; y0 += tile) {
                int y1 = Math.min(height, y0 + tile);
                for (int x0 = 0; x0 < width; x0 += tile) {
                    int x1 = Math.min(width, x0 + tile);
                    for (int y = y0; y < y1; y++) {
                        int row = y * width;
                        for (int x = x0; x < x1; x++) {
                            t[x * height + y] = ink[row + x];
                        }
                    }
                }
            }
            inkByColumn = t;
        }
        return inkByColumn;
    }

    private static boolean[] below(byte[] px, int t) {
        boolean[] d = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            d[i] = (px[i] & 0xff) <= t;
        }
        return d;
    }

    private static long[] histogram(byte[] px) {
        return histogram(px, 0, px.length);
    }

    /**
     * The counts of each grey in {@code px[from, to)}. Four tables, one for each of four pixels in
     * turn, added at the end: on paper, pixel after pixel has the same grey, and counting them all in
     * one table makes each count wait for the one before it.
     */
    static long[] histogram(byte[] px, int from, int to) {
        int[] a = new int[256];
        int[] b = new int[256];
        int[] c = new int[256];
        int[] d = new int[256];
        int i = from;
        for (; i + 3 < to; i += 4) {
            a[px[i] & 0xff]++;
            b[px[i + 1] & 0xff]++;
            c[px[i + 2] & 0xff]++;
            d[px[i + 3] & 0xff]++;
        }
        for (; i < to; i++) {
            a[px[i] & 0xff]++;
        }
        long[] hist = new long[256];
        for (int v = 0; v < 256; v++) {
            hist[v] = (long) a[v] + b[v] + c[v] + d[v];
        }
        return hist;
    }

    /** The median grey: the paper, on a page of text. */
    private static int median(long[] hist, int length) {
        long half = length / 2;
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += hist[i];
            if (seen >= half) {
                return i;
            }
        }
        return 255;
    }

    /** Otsu's threshold over the grey histogram; a pixel is dark at or below it. */
    private static int otsu(long[] hist, int length) {
        long total = length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) i * hist[i];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        return t;
    }

    /**
     * The skew in degrees: the angle whose sheared horizontal projection of the dark pixels is
     * sharpest (largest sum of squares), searched coarsely on every fourth pixel, then finely.
     */
    double measureSkew() {
        int step = Math.max(1, width / 800);
        int n = 0;
        // kept as doubles: each score reads every point, converting once here is the same value
        double[] xs = new double[1024];
        double[] ys = new double[1024];
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                if (dark[y * width + x]) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100 || n > width * height / step / step / 2) {
            return 0; // blank or black: nothing to measure
        }
        double best = 0;
        double bestScore = score(xs, ys, n, 0, step);
        for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, a, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - 0.1; a <= centre + 0.1 + 1e-9; a += 0.01) {
            double s = score(xs, ys, n, a, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    /** Sum of squares of the projection of the first {@code n} points sheared by the angle, in bins of the sampling step. */
    private double score(double[] xs, double[] ys, int n, double degrees, int step) {
        double t = Math.tan(Math.toRadians(degrees));
        int off = (int) Math.ceil(Math.abs(t) * width) + 1;
        long[] bins = new long[(height + 2 * off) / step + 2];
        if ((step & (step - 1)) == 0) {
            // a power of two: dividing by it and multiplying by its inverse give the same double, without a division a point
            double inv = 1.0 / step;
            for (int k = 0; k < n; k++) {
                int y = (int) Math.floor((ys[k] - xs[k] * t + off) * inv);
                if (y >= 0 && y < bins.length) {
                    bins[y]++;
                }
            }
        } else {
            for (int k = 0; k < n; k++) {
                int y = (int) Math.floor((ys[k] - xs[k] * t + off) / step);
                if (y >= 0 && y < bins.length) {
                    bins[y]++;
                }
            }
        }
        double s = 0;
        for (long b : bins) {
            s += (double) b * b;
        }
        return s;
    }

    /** Rotates a grey image about its centre, white where the rotation uncovers the border. */
    static BufferedImage rotate(BufferedImage g, double degrees) {
        BufferedImage out = new BufferedImage(g.getWidth(), g.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = out.createGraphics();
        gr.setColor(java.awt.Color.WHITE);
        gr.fillRect(0, 0, out.getWidth(), out.getHeight());
        gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        gr.drawImage(g, AffineTransform.getRotateInstance(Math.toRadians(degrees), g.getWidth() / 2.0, g.getHeight() / 2.0), null);
        gr.dispose();
        return out;
    }

    /**
     * A grey crop with a white margin, for the engine; rules that reach into the crop from its
     * edges are painted white.
     *
     * @return the crop, or null when the box holds no dark pixels worth reading
     */
    BufferedImage crop(int x0, int y0, int x1, int y1, int margin) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        if (x1 - x0 < 4 || y1 - y0 < 4) {
            return null;
        }
        BufferedImage out = new BufferedImage(x1 - x0 + 2 * margin, y1 - y0 + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(o, (byte) 0xff);
        int ow = out.getWidth();
        for (int y = y0; y < y1; y++) {
            System.arraycopy(pixels, y * width + x0, o, (y - y0 + margin) * ow + margin, x1 - x0);
        }
        // what is left of a rule along the crop's edges (a rule a little off level, a thick one):
        // columns at the sides inked from top to bottom, rows at the top and bottom inked from side
        // to side, painted white
        int w = x1 - x0;
        int h = y1 - y0;
        int reach = Math.max(4, Math.min(w, h) / 12);
        for (int x = x0; x < x1; x++) {
            if (x - x0 >= reach && x1 - 1 - x >= reach) {
                continue;
            }
            int n = 0;
            for (int y = y0; y < y1; y++) {
                n += ink[y * width + x] ? 1 : 0;
            }
            if (n > 0.9 * h) {
                for (int y = 0; y < h; y++) {
                    o[(y + margin) * ow + margin + x - x0] = (byte) 0xff;
                }
            }
        }
        for (int y = y0; y < y1; y++) {
            if (y - y0 >= reach && y1 - 1 - y >= reach) {
                continue;
            }
            int n = 0;
            for (int x = x0; x < x1; x++) {
                n += ink[y * width + x] ? 1 : 0;
            }
            if (n > 0.9 * w) {
                java.util.Arrays.fill(o, (y - y0 + margin) * ow + margin, (y - y0 + margin) * ow + margin + w, (byte) 0xff);
            }
        }
        return out;
    }

    /** Dark pixels inside a box. */
    int darkIn(int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark[y * width + x]) {
                    n++;
                }
            }
        }
        return n;
    }
}
