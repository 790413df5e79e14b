package dev.zhibiao.parsers;

import dev.zhibiao.parsers.geometry.Glyph;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Whether the first character of a word an OCR engine read as {@code >} or {@code <} is printed
 * with a bar under it ({@code ≥}, {@code ≤}), looked up on the page image. The character is the
 * first run of inked pixel columns from the word's left edge; its lowest inked pixel row is a bar
 * when it runs across most of the character's width (the lower arm of {@code >} ends in a point at
 * one side), and ends inside the character (a table rule under the word runs on past it).
 */
final class Comparators {
    /** Grey values below this are ink. */
    private static final int INK = 160;

    private Comparators() {
    }

    /**
     * @param grey  the page in grey ({@code TYPE_BYTE_GRAY})
     * @param word  the word's box, in the words' units
     * @param scale the words' units per image pixel
     */
    static boolean barUnderFirst(BufferedImage grey, Glyph word, double scale) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int x0 = (int) Math.floor(word.getLeft() / scale);
        int x1 = (int) Math.ceil(word.getRight() / scale);
        double hh = word.getHeight() / scale;
        int y0 = (int) Math.floor(word.getTop() / scale - hh * 0.15);
        int y1 = (int) Math.ceil(word.getBottom() / scale + hh * 0.15);
        x0 = Math.max(1, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(w - 1, x1);
        y1 = Math.min(h, y1);
        if (x1 - x0 < 3 || y1 - y0 < 5) {
            return false;
        }
        // the first character: the first run of inked columns
        int start = -1;
        int end = -1;
        int maxWidth = (int) Math.ceil(hh * 1.1);
        for (int x = x0; x < x1; x++) {
            boolean inked = false;
            for (int y = y0; y < y1 && !inked; y++) {
                inked = (px[y * w + x] & 0xff) < INK;
            }
            if (inked && start < 0) {
                start = x;
            } else if (!inked && start >= 0) {
                end = x;
                break;
            }
            if (start >= 0 && x - start > maxWidth) {
                return false;
            }
        }
        if (start < 0 || end < 0 || end - start < 3) {
            return false;
        }
        int bottom = -1;
        for (int y = y1 - 1; y >= y0 && bottom < 0; y--) {
            for (int x = start; x < end; x++) {
                if ((px[y * w + x] & 0xff) < INK) {
                    bottom = y;
                    break;
                }
            }
        }
        if (bottom < 0) {
            return false;
        }
        // the lowest rows' ink across the character (a blurred or slanted bar spans two rows)
        int left = Integer.MAX_VALUE;
        int right = -1;
        int band = Math.max(2, (int) Math.round(hh / 12));
        for (int y = Math.max(y0, bottom - band + 1); y <= bottom; y++) {
            for (int x = start; x < end; x++) {
                if ((px[y * w + x] & 0xff) < INK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
            // a rule runs on beyond the character on both sides
            if ((px[y * w + start - 1] & 0xff) < INK && end < w && (px[y * w + end] & 0xff) < INK) {
                return false;
            }
        }
        return right >= 0 && right - left + 1 >= 0.6 * (end - start);
    }
}
