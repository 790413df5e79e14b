package dev.zhibiao.parsers.geometry;

import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OCR word boxes as the geometry layer's glyphs. An engine boxes the ink of a word, not its
 * characters' em squares as a PDF does: a narrow character (目, 1, 一) leaves a gap on both sides
 * as wide as a word space, its box is as low as its strokes, and a page scanned askew puts the
 * words of one printed row at different heights. So, per page:
 * <ol>
 * <li>skew: the slope of each engine line of at least four Chinese words spanning eight ems or
 * more, fitted through the words' centres; the median slope, when some line gives one, is turned
 * back (a rotation about the page origin, small angles);</li>
 * <li>size: a line's em is the median height of its Chinese words over 0.9 (ink covers about nine
 * tenths of the em square), else the page's median em;</li>
 * <li>boxes: every word centred on its line's median centre (or with the words printed beside it:
 * {@link InkRuns}), one em high, at least as wide as its
 * characters' em squares (a Chinese or full-width character one em, any other half an em), with
 * the em as its font size.</li>
 * </ol>
 * The glyphs then go through {@link LooseLayout} as a PDF page's text outside ruled tables does.
 * A word that is only the engine's reading of a table rule (vertical bars and brackets in a box
 * narrower than half an em), and a low-confidence word of Latin letters and marks only (specks on
 * a scan, {@link #noise}), are not text and are left out; bars glued to a word's ends are cut off
 * ({@link #stripBars}).
 */
public final class OcrLayout {
    private OcrLayout() {
    }

    /** Ink height over em for Chinese characters. */
    private static final float INK = 0.9f;

    /**
     * @param words the words of a document, any order
     * @return its rows, page by page in reading order
     */
    public static List<Row> rows(List<OcrWord> words) {
        Map<Integer, List<OcrWord>> pages = new TreeMap<>();
        for (OcrWord w : words) {
            pages.computeIfAbsent(w.page(), k -> new ArrayList<>()).add(w);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<OcrWord>> e : pages.entrySet()) {
            for (Placed p : page(e.getValue(), e.getKey())) {
                rows.add(p.row());
            }
        }
        return rows;
    }

    /**
     * @param words  the words of one page
     * @param pageNo its 1-based number
     * @return its rows in reading order, with their positions
     */
    public static List<Placed> page(List<OcrWord> words, int pageNo) {
        List<Glyph> glyphs = glyphs(words);
        if (glyphs.isEmpty()) {
            return List.of();
        }
        float right = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            right = Math.max(right, g.getRight());
        }
        List<Placed> out = new ArrayList<>(LooseLayout.loose(glyphs, pageNo, List.of(), right));
        out.sort(Comparator.comparingDouble(Placed::top).thenComparingDouble(Placed::left));
        return out;
    }

    /** The words of one page as normalised glyphs (see the class comment). */
    public static List<Glyph> glyphs(List<OcrWord> words) {
        return normalize(words).glyphs();
    }

    /**
     * The words of one page as glyphs, with what was measured.
     *
     * @param glyphs the glyphs, deskewed and one em high
     * @param slope  the skew turned back (dy/dx of the engine's lines; a point (x, y) is now at
     *               (x + slope y, y - slope x))
     * @param em     the page's median em, NaN when it has no Chinese word
     */
    public record Normalized(List<Glyph> glyphs, double slope, float em) {
    }

    /**
     * @param words the words of one page
     * @return them as glyphs (see the class comment)
     */
    public static Normalized normalize(List<OcrWord> words) {
        return normalize(words, Double.NaN);
    }

    /**
     * @param words the words of one page
     * @param given the page's skew as something else shows it (the rules of its image), NaN to take it
     *              from the engine's lines
     * @return them as glyphs (see the class comment)
     */
    public static Normalized normalize(List<OcrWord> words, double given) {
        return normalize(words, given, Double.NaN);
    }

    /**
     * @param words    the words of one page
     * @param given    the page's skew as something else shows it (the rules of its image), NaN to take it
     *                 from the engine's lines
     * @param fallback the skew the page's image shows, taken instead of the engine's lines when fewer
     *                 than {@link #SLOPED_LINES} of them give a slope (NaN: none known)
     * @return them as glyphs (see the class comment)
     */
    public static Normalized normalize(List<OcrWord> words, double given, double fallback) {
        return normalize(words, given, fallback, null);
    }

    /**
     * Which of two words of different engine lines, read without confidences, lying over the same ink
     * ({@link #readOnce}) is the engine's second reading, as something beside the words shows it (a
     * searchable PDF's page image under its text layer).
     */
    @FunctionalInterface
    public interface Seats {
        /**
         * @param a a word's box as the engine gave it (before the skew was turned back)
         * @param b another word's, lying over the same ink
         * @return -1 when a is the second reading, 1 when b is, 0 when it cannot be told
         */
        int second(Glyph a, Glyph b);
    }

    /**
     * As {@link #normalize(List, double, double)}, two words read without confidences over the same ink
     * decided by {@code seats} where it tells (null: by length and line as {@link #readOnce} does).
     */
    public static Normalized normalize(List<OcrWord> words, double given, double fallback, Seats seats) {
        Map<Integer, List<OcrWord>> lines = new HashMap<>();
        float inkEm = inkEm(words);
        for (OcrWord w : words) {
            String t = w.box().getText().strip();
            if (t.isEmpty() || rule(w.box()) || noise(w.box()) || speck(w.box(), inkEm) || ruleRead(w.box(), inkEm)) {
                continue;
            }
            String kept = stripBars(t);
            if (kept.isEmpty()) {
                continue;
            }
            if (!kept.equals(t)) {
                Glyph b = w.box();
                w = new OcrWord(new Glyph(kept, b.getLeft(), b.getTop(), (float) b.getWidth(), (float) b.getHeight(),
                        b.getFontSize(), b.confidence()), w.page(), w.line());
            }
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        double slope = Double.isNaN(given) ? skew(lines.values(), fallback) : given;
        // deskewed centres
        Map<OcrWord, double[]> centre = new HashMap<>();
        for (List<OcrWord> l : lines.values()) {
            for (OcrWord w : l) {
                double cx = w.box().getCenterX();
                double cy = w.box().getCenterY();
                centre.put(w, new double[] {cx + slope * cy, cy - slope * cx});
            }
        }
        List<Float> ems = new ArrayList<>();
        Map<Integer, Float> lineEm = new HashMap<>();
        for (Map.Entry<Integer, List<OcrWord>> e : lines.entrySet()) {
            List<Float> h = new ArrayList<>();
            for (OcrWord w : e.getValue()) {
                if (hanWord(w.box().getText())) {
                    h.add((float) w.box().getHeight());
                }
            }
            if (!h.isEmpty()) {
                h.sort(null);
                float em = h.get(h.size() / 2) / INK;
                lineEm.put(e.getKey(), em);
                ems.add(em);
            }
        }
        ems.sort(null);
        float pageEm = ems.isEmpty() ? Float.NaN : ems.get(ems.size() / 2);
        List<Glyph> out = new ArrayList<>();
        List<Glyph> given0 = new ArrayList<>();
        List<Integer> outLine = new ArrayList<>();
        for (Map.Entry<Integer, List<OcrWord>> e : lines.entrySet()) {
            List<OcrWord> l = e.getValue();
            Float em = lineEm.get(e.getKey());
            if (em == null) {
                float tallest = 0;
                for (OcrWord w : l) {
                    tallest = Math.max(tallest, (float) w.box().getHeight());
                }
                // digits and Latin letters are about 0.7 em high
                em = Float.isNaN(pageEm) || tallest > pageEm * 1.3f ? Math.max(1f, tallest / 0.7f) : pageEm;
            }
            List<Double> cys = new ArrayList<>();
            for (OcrWord w : l) {
                if (hanWord(w.box().getText()) || lineEm.get(e.getKey()) == null) {
                    cys.add(centre.get(w)[1]);
                }
            }
            cys.sort(null);
            double lineCy = cys.get(cys.size() / 2);
            List<Glyph> boxes = new ArrayList<>();
            double[] xs = new double[l.size()];
            double[] ys = new double[l.size()];
            for (int i = 0; i < l.size(); i++) {
                boxes.add(l.get(i).box());
                xs[i] = centre.get(l.get(i))[0];
                ys[i] = centre.get(l.get(i))[1];
            }
            double[] at = InkRuns.heights(boxes, xs, ys, lineCy, em); // on the line, or with the words beside it
            for (int i = 0; i < l.size(); i++) {
                OcrWord w = l.get(i);
                Glyph b = w.box();
                double[] c = centre.get(w);
                double cy = at[i];
                double width = Math.max(b.getWidth(), ems(b.getText().strip()) * em);
                out.add(new Glyph(b.getText().strip(), (float) (c[0] - width / 2), (float) (cy - em / 2.0), (float) width,
                        em, em, b.confidence()));
                given0.add(b);
                outLine.add(e.getKey());
            }
        }
        return new Normalized(readOnce(out, outLine, given0, seats), slope, pageEm);
    }

    /**
     * The glyphs with the engine's second readings of the same ink left out. An engine sometimes
     * finds two text lines over one printed line (a cell's text centred between rules, a wrapped
     * cell beside a one-line one) and reads the words twice, so a cell would read
     * {@code 二级级指标指标} or {@code 参保保人人数数}. A word of another engine line at the same height
     * (centres within half an em) whose box lies mostly (three fifths of the narrower) across a
     * word already kept is that second reading. Words are kept longest first, then by confidence,
     * so the fuller and surer reading stays; where confidences tie (a searchable PDF's text layer
     * gives none), the word of the engine line with more words stays: the second reading is a
     * fragment ({@code 级 指 三 织 指 已} over {@code 二 级 指标 三 级 指标 指标 值 …}). Words of one
     * engine line never drop each other. Where neither of two such words has a confidence and
     * {@code seats} tells which is the second reading (the ink under a text layer's words), the word it
     * keeps stays instead, when it lies over that one kept word only.
     *
     * @param glyphs the normalised glyphs of a page
     * @param line   the engine line of each glyph
     */
    static List<Glyph> readOnce(List<Glyph> glyphs, List<Integer> line) {
        return readOnce(glyphs, line, glyphs, null);
    }

    /**
     * @param given the words' boxes as the engine gave them, one for each glyph
     * @param seats the judge of two unrated words over one ink, or null
     */
    static List<Glyph> readOnce(List<Glyph> glyphs, List<Integer> line, List<Glyph> given, Seats seats) {
        Integer[] order = new Integer[glyphs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Map<Integer, Integer> lineWords = new HashMap<>();
        for (Integer l : line) {
            lineWords.merge(l, 1, Integer::sum);
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -glyphs.get(i).getText().length())
                .thenComparingDouble(i -> -confidenceOf(glyphs.get(i)))
                .thenComparingInt(i -> -lineWords.get(line.get(i))).thenComparingInt(i -> i));
        boolean[] kept = new boolean[glyphs.size()];
        List<Integer> keptList = new ArrayList<>();
        for (int i : order) {
            Glyph g = glyphs.get(i);
            int over = -1;
            int overs = 0;
            for (int j : keptList) {
                Glyph k = glyphs.get(j);
                if (line.get(j).equals(line.get(i))) {
                    continue;
                }
                double em = Math.min(g.getHeight(), k.getHeight());
                if (Math.abs(g.getCenterY() - k.getCenterY()) > em * 0.5) {
                    continue;
                }
                double overlap = Math.min(g.getRight(), k.getRight()) - Math.max(g.getLeft(), k.getLeft());
                if (overlap >= 0.6 * Math.min(g.getWidth(), k.getWidth())) {
                    over = j;
                    if (++overs > 1 || seats == null) {
                        break;
                    }
                }
            }
            if (overs == 1 && seats != null && unrated(g) && unrated(glyphs.get(over))
                    && seats.second(given.get(i), given.get(over)) > 0) {
                kept[over] = false; // the kept word is the second reading: this one stays in its place
                keptList.remove(Integer.valueOf(over));
                overs = 0;
            }
            if (overs == 0) {
                kept[i] = true;
                keptList.add(i);
            }
        }
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                out.add(glyphs.get(i));
            }
        }
        return out;
    }

    private static boolean unrated(Glyph g) {
        return Float.isNaN(g.confidence()) || g.confidence() < 0;
    }

    private static double confidenceOf(Glyph g) {
        return Float.isNaN(g.confidence()) ? -1 : g.confidence();
    }

    /** A word that is the engine's reading of a table rule: bars and brackets only, narrower than half its height. */
    static boolean rule(Glyph g) {
        String t = g.getText().strip();
        for (int i = 0; i < t.length(); i++) {
            if ("|｜丨‖[]【】\"“”'‘’".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return t.chars().anyMatch(c -> "|｜丨‖[]【】".indexOf(c) >= 0) && g.getWidth() < g.getHeight() * 0.5;
    }

    /**
     * A word without the vertical bars at its ends: an engine reads a table rule beside a word as
     * {@code |} glued to it ({@code |>520元}), or as a quotation mark that opens at the word's end
     * ({@code 成本指标“}) or closes at its start; no text starts or ends with those.
     */
    public static String stripBars(String t) {
        int a = 0;
        int b = t.length();
        // a run of bars and quotation marks holding a bar is the rule (and the ink beside it): "“|>60%"
        int lead = 0;
        while (lead < b && BAR_MARKS.indexOf(t.charAt(lead)) >= 0) {
            lead++;
        }
        if (hasBar(t, 0, lead)) {
            a = lead;
        }
        int tail = b;
        while (tail > a && BAR_MARKS.indexOf(t.charAt(tail - 1)) >= 0) {
            tail--;
        }
        if (hasBar(t, tail, b)) {
            b = tail;
        }
        while (a < b && "|｜”".indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "|｜“".indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        return t.substring(a, b).strip();
    }

    /** Bars and the quotation marks an engine reads beside a rule. */
    private static final String BAR_MARKS = "|｜“”‘’'\"";

    private static boolean hasBar(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == '|' || t.charAt(i) == '｜') {
                return true;
            }
        }
        return false;
    }

    /**
     * The em of a page as the ink of its Chinese words shows it, NaN when fewer than five words are
     * Chinese only: the median width per character of those words over {@link #INK}. Widths, not
     * heights: on a scan the engine often boxes two printed lines as one word, which doubles its
     * height but not its width per character. The measure {@link #speck} and {@link #ruleRead} hold
     * a word's box against, taken before any word is left out.
     */
    static float inkEm(List<OcrWord> words) {
        List<Float> w = new ArrayList<>();
        for (OcrWord word : words) {
            String t = word.box().getText().strip();
            if (!t.isEmpty() && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                w.add((float) word.box().getWidth() / t.codePointCount(0, t.length()));
            }
        }
        if (w.size() < 5) {
            return Float.NaN;
        }
        w.sort(null);
        return w.get(w.size() / 2) / INK;
    }

    /**
     * Whether a word is a speck the engine read as text. Only a reading with a confidence under 50
     * of letters or digits (punctuation never: 。、， are small ink in a wide em; a sure reading is
     * text whatever its box: at 150 dpi the engine gives some sure characters boxes of a few
     * pixels) whose box is: wider than an em and twice its characters but under 0.6 em high
     * ({@code 1} 74 by 13 pixels where the page's em is 28: a broken rule); or flatter than 0.45 em
     * with no flat character in it ({@code 二} 25 by 7, {@code 本} 14 by 11: digits stand 0.7 em
     * high, Chinese characters but 一 at least half an em); or under 0.45 em high and half as wide as
     * its characters; or, under 30, under half an em high and narrower than its characters.
     */
    static boolean speck(Glyph g, float em) {
        if (Float.isNaN(em) || !lowConfidence(g, 50) || g.getText().codePoints().noneMatch(Character::isLetterOrDigit)) {
            // punctuation (。、，) is small ink in a wide em; a sure reading is text whatever its box
            return false;
        }
        String t = g.getText().strip();
        float wide = ems(t) * em;
        float h = (float) g.getHeight();
        if (g.getWidth() > Math.max(em, 2 * wide) && h < em * 0.6) {
            // a short reading in a long flat box: a broken rule ("1" in a box 74 by 13 where the em is 28)
            return true;
        }
        if (h < em * 0.45 && t.codePoints().noneMatch(c -> FLAT.indexOf(c) >= 0)) {
            // digits stand 0.7 em high, Chinese characters but 一 at least half an em ("二" in a box 25 by 7)
            return true;
        }
        return h < em * 0.45 && g.getWidth() < wide * 0.5 || lowConfidence(g, 30) && g.getWidth() < wide && h < em * 0.5;
    }

    /** Characters whose ink may be flatter than half an em. */
    private static final String FLAT = "一-—_~=＝－";

    /**
     * Whether a word is a table rule the engine read as characters: its box is at least three ems
     * and four times its characters' width wide and under a third of an em high ({@code 二} 344 by
     * 6 pixels, {@code 站} 224 by 4), or four ems and six times its characters' width wide and read
     * with a confidence under 30 ({@code 2} 360 by 58: the rule and a speck beside it; an unsure
     * {@code 困难} 206 by 19 at an em of 20 is a word the engine boxed too wide, and stays).
     */
    static boolean ruleRead(Glyph g, float em) {
        if (Float.isNaN(em)) {
            return false;
        }
        float wide = ems(g.getText().strip()) * em;
        return g.getWidth() >= Math.max(3 * em, 4 * wide) && g.getHeight() < em / 3
            || g.getWidth() >= Math.max(4 * em, 6 * wide) && lowConfidence(g, 30);
    }

    private static boolean lowConfidence(Glyph g, float under) {
        float c = g.confidence();
        return !Float.isNaN(c) && c >= 0 && c < under;
    }

    /** The confidence under which a word of Latin letters and marks only is the engine's noise. */
    private static final float NOISE = 40f;

    /**
     * Whether a word is what an engine makes of specks and broken rules on a scan: Latin letters
     * and marks only (no Chinese character, no digit, no per cent sign) read with a confidence
     * under {@link #NOISE} ({@code iiren}, {@code WTAOTHER}), or without a confidence (a searchable
     * PDF's text layer) and holding a letter and no bracket. These sheets print no such words.
     */
    static boolean noise(Glyph g) {
        float c = g.confidence();
        if (Float.isNaN(c) || c >= NOISE) {
            return false;
        }
        String t = g.getText();
        if (t.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                || Character.isDigit(ch) || ch == '%' || ch == '％' || ch == '‰')) {
            return false;
        }
        // a word read without a confidence (a searchable PDF's text layer): Latin letters and marks with no
        // bracket (an engine's sure Latin words on these pages are the brackets' (A), (B); its specks e n,
        // iiren, RE, WTAOTHER, ai ET ec are read with confidences under 40 in the TSV of the same run)
        return c >= 0 || t.codePoints().anyMatch(Character::isLetter)
                && t.codePoints().noneMatch(ch -> "()（）[]【】".indexOf(ch) >= 0);
    }

    /** The median slope of the engine's lines (dy/dx), 0 when no line gives one. */
    static double skew(java.util.Collection<List<OcrWord>> lines) {
        return skew(lines, Double.NaN);
    }

    /**
     * Engine lines that must give a slope before their median is the page's skew when the image shows
     * one: a line's fit is thrown by boxes that take in a piece of the rule under them (a 财政 43 px
     * high beside 26 px words), and one or two lines (a table's last rows run onto a page) turned a
     * straight page by a degree, the value cell's line a third of an em above its name's.
     */
    static final int SLOPED_LINES = 3;

    /**
     * @param fallback the skew the page image shows, taken when fewer than {@link #SLOPED_LINES} lines
     *                 give a slope; NaN to take the lines' median however few
     */
    static double skew(java.util.Collection<List<OcrWord>> lines, double fallback) {
        List<Double> slopes = new ArrayList<>();
        for (List<OcrWord> l : lines) {
            List<Glyph> han = new ArrayList<>();
            for (OcrWord w : l) {
                if (hanWord(w.box().getText())) {
                    han.add(w.box());
                }
            }
            if (han.size() < 4) {
                continue;
            }
            double h = 0;
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double sx = 0;
            double sy = 0;
            for (Glyph g : han) {
                h += g.getHeight();
                minX = Math.min(minX, g.getCenterX());
                maxX = Math.max(maxX, g.getCenterX());
                sx += g.getCenterX();
                sy += g.getCenterY();
            }
            h /= han.size();
            if (maxX - minX < 8 * h) {
                continue;
            }
            double mx = sx / han.size();
            double my = sy / han.size();
            double num = 0;
            double den = 0;
            for (Glyph g : han) {
                num += (g.getCenterX() - mx) * (g.getCenterY() - my);
                den += (g.getCenterX() - mx) * (g.getCenterX() - mx);
            }
            if (den > 0) {
                slopes.add(num / den);
            }
        }
        if (slopes.size() < SLOPED_LINES && !Double.isNaN(fallback)) {
            return fallback;
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        slopes.sort(null);
        double s = slopes.get(slopes.size() / 2);
        return Math.abs(s) < 0.0005 ? 0 : s;
    }

    /** Whether a word holds a Chinese character. */
    static boolean hanWord(String t) {
        return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The width of a text in ems: a Chinese or full-width character one, any other half. */
    static float ems(String t) {
        float w = 0;
        for (int i = 0; i < t.length(); i++) {
            w += GlyphText.wide(t.charAt(i)) ? 1f : 0.5f;
        }
        return w;
    }
}
