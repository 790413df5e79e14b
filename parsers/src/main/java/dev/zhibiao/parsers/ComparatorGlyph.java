package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparator a value starts with, read from the image. Tesseract's Chinese model has no ≥ or ≤
 * in its character set, so it prints them as {@code >}, {@code 2}, {@code 二}, {@code 三}, {@code =}
 * or {@code 》}; a cell whose reading has these before a number has its glyphs looked at (lines
 * cut into glyphs at blank columns): a chevron (its middle further right than its ends: pointing right) over a bar is ≥,
 * pointing left ≤, a chevron without a bar is &gt; or &lt;. A glyph that is none of these (a real
 * 2, an equals sign) leaves the reading as it is.
 */
final class ComparatorGlyph {
    private ComparatorGlyph() {
    }

    /** Characters the engine prints for a comparator, before a number. */
    private static final Pattern CANDIDATE = Pattern.compile("[>》≧≦<《二三=＞＜]{1,2}(?=\\s*[0-9０-９])");
    /**
     * A 2 that may be a ≥ or ≤: not after a digit, before one; not before a 0 that opens a whole
     * number ({@code 2020年}, {@code 20%}: ≥0 followed by digits is no number as printed, ≥0.5 is).
     */
    private static final Pattern TWO = Pattern.compile("(?<![0-9.])2(?=[1-9]|0\\.[0-9])");

    /**
     * @param reading the engine's reading of a cell
     * @param page    the page
     * @param x0      the cell's inside, left
     * @param y0      top
     * @param x1      right
     * @param y1      bottom
     * @return the reading with its comparators as the image shows them: the comparator glyphs found
     *         on the image, in reading order, replace the characters the engine printed for them
     *         when there are as many of each
     */
    static String repair(String reading, PageImage page, int x0, int y0, int x1, int y1) {
        List<int[]> spots = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(reading);
        while (m.find()) {
            spots.add(new int[] {m.start(), m.end()});
        }
        List<int[]> twos = new ArrayList<>();
        Matcher t = TWO.matcher(reading);
        while (t.find()) {
            twos.add(new int[] {t.start(), t.end()});
        }
        if (spots.isEmpty() && twos.isEmpty()) {
            return reading;
        }
        List<Character> glyphs = comparators(page, x0, y0, x1, y1);
        if (glyphs.isEmpty()) {
            return reading;
        }
        List<int[]> use;
        if (glyphs.size() == spots.size()) {
            use = spots;
        } else if (glyphs.size() == spots.size() + twos.size()) {
            use = new ArrayList<>(spots);
            use.addAll(twos);
            use.sort(java.util.Comparator.comparingInt(a -> a[0]));
        } else {
            return reading;
        }
        StringBuilder b = new StringBuilder(reading);
        for (int i = use.size() - 1; i >= 0; i--) {
            int[] at = use.get(i);
            char c = glyphs.get(i);
            if (reading.substring(at[0], at[1]).equals("2") && c != '≥' && c != '≤') {
                continue;
            }
            b.replace(at[0], at[1], String.valueOf(c));
        }
        return b.toString();
    }

    /** The comparator glyphs in a box, in reading order (lines top to bottom, glyphs left to right). */
    static List<Character> comparators(PageImage page, int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.width, x1);
        y1 = Math.min(page.height, y1);
        List<Character> out = new ArrayList<>();
        int top = -1;
        int bottom = -1;
        for (int y = y0; y <= y1; y++) {
            int n = 0;
            if (y < y1) {
                for (int x = x0; x < x1; x++) {
                    if (page.dark(x, y)) {
                        n++;
                    }
                }
            }
            if (n >= 2) {
                if (top < 0) {
                    top = y;
                }
                bottom = y + 1;
            } else if (top >= 0 && y - bottom > 1) {
                line(page, x0, x1, top, bottom, out);
                top = -1;
            }
        }
        return out;
    }

    /** The comparator glyphs of one line band. */
    private static void line(PageImage page, int x0, int x1, int top, int bottom, List<Character> out) {
        int left = -1;
        int right = -1;
        for (int x = x0; x <= x1; x++) {
            boolean ink = false;
            if (x < x1) {
                for (int y = top; y < bottom && !ink; y++) {
                    ink = page.dark(x, y);
                }
            }
            if (ink) {
                if (left < 0) {
                    left = x;
                }
                right = x + 1;
            } else if (left >= 0 && x - right >= 2) {
                char c = classify(page, left, right, top, bottom);
                if (c != 0) {
                    out.add(c);
                } else {
                    split(page, left, right, top, bottom, out);
                }
                left = -1;
            }
        }
    }

    /**
     * The comparator glyphs of a piece that is none as a whole, cut at every single blank column: on a
     * clean print a ≥ stands one blank column off the digit after it ({@code ≥520}: the bar ends a
     * pixel before the 2's foot), which a cut at two blank columns (what keeps a degraded glyph whole)
     * leaves as one piece. Only pieces that are no comparator as a whole are cut again, so every glyph
     * found before is found as it was.
     */
    private static void split(PageImage page, int left, int right, int top, int bottom, List<Character> out) {
        int from = -1;
        int parts = 0;
        List<Character> found = new ArrayList<>();
        for (int x = left; x <= right; x++) {
            boolean ink = false;
            if (x < right) {
                for (int y = top; y < bottom && !ink; y++) {
                    ink = page.dark(x, y);
                }
            }
            if (ink && from < 0) {
                from = x;
            } else if (!ink && from >= 0) {
                parts++;
                char c = classify(page, from, x, top, bottom);
                if (c != 0) {
                    found.add(c);
                }
                from = -1;
            }
        }
        if (parts > 1) {
            out.addAll(found);
        }
    }

    /** @return ≥, ≤, &gt;, &lt; or 0 for the glyph in the columns {@code left..right} of a line band */
    static char classify(PageImage page, int left, int right, int top, int bottom) {
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
        if (w < 4 || h < 6 || h > 3 * w) {
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
        int fifth = Math.max(1, chevronEnd / 5);
        double topC = mean(centre, 0, fifth);
        double midC = mean(centre, chevronEnd * 2 / 5, Math.max(chevronEnd * 2 / 5 + 1, chevronEnd * 3 / 5));
        double botC = mean(centre, chevronEnd - fifth, chevronEnd);
        double topSpan = mean(span, 0, fifth);
        if (Double.isNaN(topC) || Double.isNaN(midC) || Double.isNaN(botC) || topSpan >= 0.6 * w) {
            return 0;
        }
        // a chevron: the middle off to one side of both ends (a diagonal stroke has it between them),
        // its arms starting at the other side (a 2's arc starts in the middle)
        if (midC - topC > 0.25 * w && midC - botC > 0.25 * w && topC < 0.35 * w) {
            return bar ? '≥' : '>';
        }
        if (topC - midC > 0.25 * w && botC - midC > 0.25 * w && topC > 0.65 * w) {
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
