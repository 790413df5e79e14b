package dev.zhibiao.parsers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparator a value starts with, read from the image. Tesseract's Chinese model has no ≥ or ≤
 * in its character set, so it prints them as {@code >}, {@code 2}, {@code 二}, {@code 三}, {@code =}
 * or {@code 》}; a cell whose reading starts with one of these before a number has its first glyph
 * looked at: a chevron (its middle further right than its ends: pointing right) over a bar is ≥,
 * pointing left ≤, a chevron without a bar is &gt; or &lt;. A glyph that is none of these (a real
 * 2, an equals sign) leaves the reading as it is.
 */
final class ComparatorGlyph {
    /** A reading starting with characters the engine prints for a comparator, then a number. */
    static final Pattern CONFUSED = Pattern.compile("^\\s*([2>》≧≦<《二三=＞＜]{1,2})\\s*(?=[0-9０-９.])");

    private ComparatorGlyph() {
    }

    /**
     * @param reading the engine's reading of a cell
     * @param page    the page
     * @param x0      the cell's inside, left
     * @param y0      top
     * @param x1      right
     * @param y1      bottom
     * @return the reading with its leading comparator as the image shows it
     */
    static String repair(String reading, PageImage page, int x0, int y0, int x1, int y1) {
        Matcher m = CONFUSED.matcher(reading);
        if (!m.find()) {
            return reading;
        }
        char c = classify(page, x0, y0, x1, y1);
        if (c == 0) {
            return reading;
        }
        String lead = m.group(1);
        if (lead.equals("2") && c != '≥' && c != '≤') {
            return reading; // a 2 that is a 2 (or not clearly a comparator)
        }
        return reading.substring(0, m.start(1)) + c + reading.substring(m.end(1));
    }

    /** @return ≥, ≤, &gt;, &lt; or 0 when the first glyph of the box's first line is none of them */
    static char classify(PageImage page, int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.width, x1);
        y1 = Math.min(page.height, y1);
        // the first line: the first band of rows with ink
        int top = -1;
        int bottom = -1;
        for (int y = y0; y < y1; y++) {
            int n = 0;
            for (int x = x0; x < x1; x++) {
                if (page.dark(x, y)) {
                    n++;
                }
            }
            if (n >= 2) {
                if (top < 0) {
                    top = y;
                }
                bottom = y + 1;
            } else if (top >= 0 && y - bottom > 2) {
                break;
            }
        }
        if (top < 0) {
            return 0;
        }
        // the first glyph: the first run of columns with ink in that band
        int left = -1;
        int right = -1;
        for (int x = x0; x < x1; x++) {
            int n = 0;
            for (int y = top; y < bottom; y++) {
                if (page.dark(x, y)) {
                    n++;
                }
            }
            if (n >= 1) {
                if (left < 0) {
                    left = x;
                }
                right = x + 1;
            } else if (left >= 0 && x - right >= 2) {
                break;
            }
        }
        if (left < 0) {
            return 0;
        }
        // its own rows
        int gt = -1;
        int gb = -1;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if (page.dark(x, y)) {
                    gt = gt < 0 ? y : gt;
                    gb = y + 1;
                    break;
                }
            }
        }
        int w = right - left;
        int h = gb - gt;
        if (w < 4 || h < 6) {
            return 0;
        }
        double[] centre = new double[h];
        double[] span = new double[h];
        for (int y = gt; y < gb; y++) {
            int min = -1;
            int max = -1;
            for (int x = left; x < right; x++) {
                if (page.dark(x, y)) {
                    min = min < 0 ? x : min;
                    max = x;
                }
            }
            centre[y - gt] = min < 0 ? Double.NaN : (min + max) / 2.0 - left;
            span[y - gt] = min < 0 ? 0 : max - min + 1;
        }
        // a bar: a row of the lowest third spanning most of the width
        boolean bar = false;
        int barTop = h;
        for (int r = h - 1; r >= h * 2 / 3; r--) {
            if (span[r] >= 0.7 * w) {
                bar = true;
                barTop = r;
            }
        }
        int chevronEnd = bar ? Math.max(1, barTop - Math.max(1, h / 10)) : h;
        if (chevronEnd < 4) {
            return 0;
        }
        double topC = mean(centre, 0, Math.max(1, chevronEnd / 5));
        double midC = mean(centre, chevronEnd * 2 / 5, Math.max(chevronEnd * 2 / 5 + 1, chevronEnd * 3 / 5));
        double topSpan = mean(span, 0, Math.max(1, chevronEnd / 5));
        if (Double.isNaN(topC) || Double.isNaN(midC)) {
            return 0;
        }
        boolean pointsRight = midC - topC > 0.25 * w && topSpan < 0.6 * w;
        boolean pointsLeft = topC - midC > 0.25 * w && topSpan < 0.6 * w;
        if (pointsRight) {
            return bar ? '≥' : '>';
        }
        if (pointsLeft) {
            return bar ? '≤' : '<';
        }
        return 0;
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        int n = 0;
        for (int i = from; i < Math.min(to, v.length); i++) {
            if (!Double.isNaN(v[i])) {
                s += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
