package dev.zhibiao.parsers;

import dev.zhibiao.internal.json.Json;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON an OCR engine or service prints for text lines with their boxes: PaddleOCR
 * ({@code [[box, [text, score]], …]} per page, PP-OCR 3's {@code rec_texts} with {@code rec_polys}
 * or {@code rec_boxes}), RapidOCR ({@code [box, text, score]}), Umi-OCR ({@code {"text", "box",
 * "score"}}), Baidu ({@code words_result} with {@code location}), Tencent ({@code TextDetections}
 * with {@code Polygon} or {@code ItemPolygon}), Aliyun ({@code prism_wordsInfo} with {@code pos}),
 * and any other JSON whose items pair a text with a box in one of those shapes. A page is an
 * object naming its index ({@code page_index}, {@code page}, {@code page_num}), or one list of
 * items in a list of such lists; a JSON Lines file is a page a line.
 *
 * <p>These engines box a line of text, not its words: a box's characters are laid back along the
 * box (its four corners give the line's slope) one em apart (half an em for Latin letters, digits
 * and marks), the em taken from the box's length over its characters, and each character becomes a
 * word of the engine line the box is, so the geometry layer ({@link OcrPages}) finds skew, lines,
 * columns and cells as it does for Tesseract's word boxes. Scores between 0 and 1 are read as
 * percentages.
 */
final class OcrJsonReader {
    private static final String[] TEXT_KEYS = {"text", "words", "word", "DetectedText", "transcription", "rec_text", "content"};
    private static final String[] BOX_KEYS = {"box", "bbox", "points", "polygon", "Polygon", "ItemPolygon", "location", "pos",
        "text_region", "rec_poly", "position", "quad"};
    private static final String[] SCORE_KEYS = {"score", "confidence", "Confidence", "prob", "probability", "rec_score",
        "conf"};
    private static final String[] PAGE_KEYS = {"page_index", "page", "page_num", "pageNumber", "page_no"};

    /** Ink height over em for Chinese characters (as {@code OcrLayout} takes it). */
    private static final double INK = 0.9;

    /** The start of PaddleOCR's and RapidOCR's lists: two corner points ({@code [[[[10,20],[30,20]}, exponents too). */
    private static final class Paddle {
        /** Compiled when a text starting as JSON is asked about (detection asks of every text). */
        static final java.util.regex.Pattern PADDLE = java.util.regex.Pattern.compile(
            "(?s)^\\[+-?[0-9.]+(?:[eE][-+]?[0-9]+)?,-?[0-9.]+(?:[eE][-+]?[0-9]+)?\\],\\[-?[0-9.]+(?:[eE][-+]?[0-9]+)?,-?[0-9.]+(?:[eE][-+]?[0-9]+)?\\].*");
    }

    private OcrJsonReader() {
    }

    /** A text line as the engine boxed it: its text, its corners (clockwise from top left) and score. */
    record Item(String text, double[] xs, double[] ys, float score, int page) {
    }

    /**
     * Whether a text looks like an OCR engine's JSON: it starts as JSON does and names, in its first
     * few thousand characters, the keys such engines print, or pairs a polygon with a text.
     */
    static boolean looksLikeOcrJson(String head) {
        int first = 0; // where head.stripLeading() starts: most texts are refused before it is made
        while (first < head.length() && Character.isWhitespace(head.charAt(first))) {
            first++;
        }
        if (first == head.length() || (head.charAt(first) != '[' && head.charAt(first) != '{')) {
            return false;
        }
        String s = head.stripLeading();
        if (s.contains("\"rec_texts\"") || s.contains("\"words_result\"") || s.contains("\"TextDetections\"")
                || s.contains("\"prism_wordsInfo\"")) {
            return true;
        }
        // PaddleOCR and RapidOCR: [[[x, y], [x, y], [x, y], [x, y]], ["text", 0.99]]
        String squeezed = s.length() > 400 ? s.substring(0, 400) : s;
        squeezed = squeezed.replaceAll("\\s+", "");
        if (Paddle.PADDLE.matcher(squeezed).matches()
                && (s.contains("\",") || s.contains("\"]"))) {
            return true;
        }
        boolean textKey = false;
        for (String k : TEXT_KEYS) {
            textKey |= s.contains("\"" + k + "\"");
        }
        boolean boxKey = false;
        for (String k : BOX_KEYS) {
            boxKey |= s.contains("\"" + k + "\"");
        }
        return textKey && boxKey && !s.contains("\"indicators\"");
    }

    static Document read(String text, String source, java.nio.file.Path beside, dev.zhibiao.read.Limits limits)
            throws ReadException {
        List<Item> items = new ArrayList<>();
        String s = text.strip();
        try {
            if (s.startsWith("{") && s.contains("\n{")) {
                // JSON Lines: a page a line (Umi-OCR, services called page by page)
                int page = 0;
                for (String line : s.split("\r?\n")) {
                    if (!line.isBlank()) {
                        collect(Json.parse(line), ++page, items);
                    }
                }
            } else {
                collect(Json.parse(s), 1, items);
            }
        } catch (IllegalArgumentException e) {
            throw new ReadException(source, "OCR JSON that is not JSON: " + e.getMessage());
        }
        if (items.isEmpty()) {
            throw new ReadException(source, "OCR JSON without a text line with a box (no item pairs a text with a box)");
        }
        List<OcrWord> words = new ArrayList<>();
        int line = 0;
        for (Item it : items) {
            words.addAll(characters(it, line++));
        }
        PageImages images = PageImages.beside(beside, java.util.Map.of());
        // without the page image the rows are the engine's lines laid out by position (Document#cellsUnseen)
        return new Document(source, OcrPages.rows(words, images, limits, source), false, java.util.Map.of(), images == null);
    }

    /** Finds the items under a JSON value; {@code page} is the page they are on unless they say. */
    private static void collect(Object v, int page, List<Item> out) {
        if (v instanceof Map<?, ?> m) {
            Integer p = pageOf(m);
            int here = p == null ? page : p;
            Object texts = m.get("rec_texts");
            Object boxes = m.get("rec_polys") != null ? m.get("rec_polys") : m.get("rec_boxes") != null ? m.get("rec_boxes")
                    : m.get("dt_polys");
            if (texts instanceof List<?> ts && boxes instanceof List<?> bs && ts.size() == bs.size()) {
                Object scores = m.get("rec_scores");
                for (int i = 0; i < ts.size(); i++) {
                    Object sc = scores instanceof List<?> l && l.size() == ts.size() ? l.get(i) : null;
                    add(ts.get(i), bs.get(i), sc, here, out);
                }
                return;
            }
            Object t = first(m, TEXT_KEYS);
            Object b = first(m, BOX_KEYS);
            if (t instanceof String && b != null && box(b) != null) {
                add(t, b, first(m, SCORE_KEYS), here, out);
                return;
            }
            for (Object c : m.values()) {
                if (c instanceof Map || c instanceof List) {
                    collect(c, here, out);
                }
            }
        } else if (v instanceof List<?> l) {
            if (item(l, page, out)) {
                return;
            }
            // a list of pages: every element a list of items (PaddleOCR: one per image or PDF page)
            boolean pages = l.size() > 1;
            for (Object e : l) {
                pages &= e == null || (e instanceof List<?> el && (el.isEmpty() || el.get(0) instanceof List<?> first
                        && first.size() >= 2 && box(first.get(0)) != null));
            }
            int p = page;
            for (Object e : l) {
                collect(e, pages ? p++ : page, out);
            }
        }
    }

    /** PaddleOCR's [box, [text, score]] and RapidOCR's [box, text, score]: adds it and says so. */
    private static boolean item(List<?> l, int page, List<Item> out) {
        if (l.size() < 2 || !(l.get(0) instanceof List) || box(l.get(0)) == null) {
            return false;
        }
        if (l.get(1) instanceof List<?> ts && !ts.isEmpty() && ts.get(0) instanceof String) {
            add(ts.get(0), l.get(0), ts.size() > 1 ? ts.get(1) : null, page, out);
            return true;
        }
        if (l.get(1) instanceof String) {
            add(l.get(1), l.get(0), l.size() > 2 ? l.get(2) : null, page, out);
            return true;
        }
        return false;
    }

    private static void add(Object text, Object box, Object score, int page, List<Item> out) {
        double[][] b = box(box);
        if (!(text instanceof String t) || b == null || t.isBlank()) {
            return;
        }
        float sc = Float.NaN;
        if (score instanceof Map<?, ?> m) {
            score = m.get("average"); // Baidu: {"average": 0.99, "min": …}
        }
        if (score instanceof Number n) {
            sc = n.floatValue() <= 1f ? n.floatValue() * 100f : n.floatValue();
        }
        out.add(new Item(t, b[0], b[1], sc, page));
    }

    /**
     * A box as its four corners (x and y arrays, clockwise from top left), or null: four points
     * ({@code [[x, y], …]} or {@code [{"x": …, "y": …}, …]}), eight numbers, {@code [x0, y0, x1, y1]},
     * or {@code {left, top, width, height}} in any case ({@code X, Y, Width, Height}).
     */
    static double[][] box(Object b) {
        if (b instanceof Map<?, ?> m) {
            Double x = num(m, "left", "x", "X", "Left");
            Double y = num(m, "top", "y", "Y", "Top");
            Double w = num(m, "width", "w", "Width");
            Double h = num(m, "height", "h", "Height");
            if (x == null || y == null || w == null || h == null || w <= 0 || h <= 0) {
                return null;
            }
            return rect(x, y, x + w, y + h);
        }
        if (!(b instanceof List<?> l) || l.isEmpty()) {
            return null;
        }
        if (l.size() >= 4 && l.get(0) instanceof List) {
            double[] xs = new double[4];
            double[] ys = new double[4];
            for (int i = 0; i < 4; i++) {
                if (!(l.get(i) instanceof List<?> p) || p.size() < 2 || !(p.get(0) instanceof Number px)
                        || !(p.get(1) instanceof Number py)) {
                    return null;
                }
                xs[i] = px.doubleValue();
                ys[i] = py.doubleValue();
            }
            return new double[][] {xs, ys};
        }
        if (l.size() >= 4 && l.get(0) instanceof Map) {
            double[] xs = new double[4];
            double[] ys = new double[4];
            for (int i = 0; i < 4; i++) {
                if (!(l.get(i) instanceof Map<?, ?> p)) {
                    return null;
                }
                Double px = num(p, "x", "X");
                Double py = num(p, "y", "Y");
                if (px == null || py == null) {
                    return null;
                }
                xs[i] = px;
                ys[i] = py;
            }
            return new double[][] {xs, ys};
        }
        for (Object o : l) {
            if (!(o instanceof Number)) {
                return null;
            }
        }
        if (l.size() == 8) {
            double[] xs = new double[4];
            double[] ys = new double[4];
            for (int i = 0; i < 4; i++) {
                xs[i] = ((Number) l.get(2 * i)).doubleValue();
                ys[i] = ((Number) l.get(2 * i + 1)).doubleValue();
            }
            return new double[][] {xs, ys};
        }
        if (l.size() == 4) {
            double x0 = ((Number) l.get(0)).doubleValue();
            double y0 = ((Number) l.get(1)).doubleValue();
            double x1 = ((Number) l.get(2)).doubleValue();
            double y1 = ((Number) l.get(3)).doubleValue();
            return x1 > x0 && y1 > y0 ? rect(x0, y0, x1, y1) : null;
        }
        return null;
    }

    private static double[][] rect(double x0, double y0, double x1, double y1) {
        return new double[][] {{x0, x1, x1, x0}, {y0, y0, y1, y1}};
    }

    /**
     * A boxed text line as character boxes on the engine line {@code line} (a run of narrow
     * characters, digits, Latin letters and marks, one box as a word-box engine prints it): laid along the line from
     * the middle of its left edge to the middle of its right edge, each character's share of the
     * length its width in ems (Chinese and full-width one, others half), its ink nine tenths of the
     * em so found (an engine's box is taller than the ink it holds). White space takes its share and
     * gives no box. The box's margin is taken as equal on all sides (the length and the height
     * each hold two), so that the em comes from the box's shape whatever margin the engine adds.
     */
    static List<OcrWord> characters(Item it, int line) {
        it = sized(it);
        int[] order = corners(it.xs(), it.ys());
        double lx = (it.xs()[order[0]] + it.xs()[order[3]]) / 2;
        double ly = (it.ys()[order[0]] + it.ys()[order[3]]) / 2;
        double rx = (it.xs()[order[1]] + it.xs()[order[2]]) / 2;
        double ry = (it.ys()[order[1]] + it.ys()[order[2]]) / 2;
        double height = (Math.hypot(it.xs()[order[3]] - it.xs()[order[0]], it.ys()[order[3]] - it.ys()[order[0]])
                + Math.hypot(it.xs()[order[2]] - it.xs()[order[1]], it.ys()[order[2]] - it.ys()[order[1]])) / 2;
        String t = it.text().strip();
        double total = 0;
        for (int i = 0; i < t.length(); i++) {
            total += ems(t.charAt(i));
        }
        double length = Math.hypot(rx - lx, ry - ly);
        // the engine's box is the text's box grown by one margin on every side (DBNet's unclip):
        // length = total em + 2 margin, height = INK em + 2 margin
        double em = total > INK + 0.5 ? (length - height) / (total - INK) : Double.NaN;
        double margin = Double.isNaN(em) ? 0 : (height - INK * em) / 2;
        if (!(em > 0) || margin < 0 || margin > height / 3) {
            em = total == 0 ? height : length / total;
            margin = 0;
        }
        double ink = Math.min(height, em * INK);
        double from = margin / length;
        double span = (length - 2 * margin) / length;
        List<OcrWord> out = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < t.length(); ) {
            char c = t.charAt(i);
            int end = i + 1;
            double w = ems(c);
            if (!Character.isWhitespace(c) && w < 1) {
                // a run of narrow characters (digits, Latin, marks) is one word, as a word-box engine
                // prints it: a comparator it read as a digit (23人 for ≥3人) is looked at on the image
                // as the TSV's word is (ImageCells.Page#comparators), not as two words
                while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && ems(t.charAt(end)) < 1) {
                    w += ems(t.charAt(end));
                    end++;
                }
            }
            if (!Character.isWhitespace(c)) {
                double f = from + span * (at + w / 2) / total;
                double cx = lx + (rx - lx) * f;
                double cy = ly + (ry - ly) * f;
                double cw = Math.min(w * em, w * ink / 0.9);
                out.add(new OcrWord(new Glyph(t.substring(i, end), (float) (cx - cw / 2), (float) (cy - ink / 2), (float) cw,
                        (float) ink, 0f, it.score()), it.page(), line));
            }
            at += w;
            i = end;
        }
        return out;
    }

    /** Smallest side of a box, in the engine's units: a box flatter or narrower than that is given this much. */
    private static final double MIN_SIDE = 4;

    /**
     * The item with a box that can hold its text: an engine may print a degenerate box (all four
     * corners at one point, a line of zero height) or one whose size is not a finite number; its text
     * is kept, in a box grown round its top left corner (at the origin when that is not finite
     * either), so that it reaches the rows rather than being lost.
     */
    private static Item sized(Item it) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            x0 = Math.min(x0, it.xs()[i]);
            x1 = Math.max(x1, it.xs()[i]);
            y0 = Math.min(y0, it.ys()[i]);
            y1 = Math.max(y1, it.ys()[i]);
        }
        boolean finite = Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1)
                && Math.abs(x1) < 1e7 && Math.abs(y1) < 1e7 && Math.abs(x0) < 1e7 && Math.abs(y0) < 1e7;
        if (finite && x1 - x0 >= MIN_SIDE && y1 - y0 >= MIN_SIDE) {
            return it;
        }
        double left = finite || (Double.isFinite(x0) && Math.abs(x0) < 1e7) ? x0 : 0;
        double top = finite || (Double.isFinite(y0) && Math.abs(y0) < 1e7) ? y0 : 0;
        double h = finite ? Math.max(y1 - y0, 2 * MIN_SIDE) : 2 * MIN_SIDE;
        double ems = 0;
        for (int i = 0; i < it.text().length(); i++) {
            ems += ems(it.text().charAt(i));
        }
        double w = finite && x1 - x0 >= MIN_SIDE ? x1 - x0 : Math.max(MIN_SIDE, ems * h);
        double[][] r = rect(left, top, left + w, top + h);
        return new Item(it.text(), r[0], r[1], it.score(), it.page());
    }

    /** The corners' indices as top left, top right, bottom right, bottom left, whatever order they came in. */
    private static int[] corners(double[] xs, double[] ys) {
        Integer[] idx = {0, 1, 2, 3};
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(ys[a], ys[b]));
        int tl = xs[idx[0]] <= xs[idx[1]] ? idx[0] : idx[1];
        int tr = tl == idx[0] ? idx[1] : idx[0];
        int bl = xs[idx[2]] <= xs[idx[3]] ? idx[2] : idx[3];
        int br = bl == idx[2] ? idx[3] : idx[2];
        return new int[] {tl, tr, br, bl};
    }

    private static double ems(char c) {
        if (Character.isWhitespace(c)) {
            return 0.5;
        }
        // wide as the geometry layer counts them, and the comparators CJK fonts print one em wide (≥ ≤)
        return dev.zhibiao.parsers.geometry.GlyphText.wide(c) || (c >= 0x2200 && c <= 0x22FF) ? 1 : 0.5;
    }

    private static Object first(Map<?, ?> m, String[] keys) {
        for (String k : keys) {
            Object v = m.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Integer pageOf(Map<?, ?> m) {
        for (String k : PAGE_KEYS) {
            if (m.get(k) instanceof Number n) {
                // page_index counts from 0 (PaddleOCR); the others from 1
                return k.equals("page_index") ? n.intValue() + 1 : n.intValue();
            }
        }
        return null;
    }

    private static Double num(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            if (m.get(k) instanceof Number n) {
                return n.doubleValue();
            }
        }
        return null;
    }
}
