package dev.zhibiao.parsers.geometry;

import static dev.zhibiao.parsers.geometry.CentredSpans.*;
import static dev.zhibiao.parsers.geometry.GlyphText.*;
import static dev.zhibiao.parsers.geometry.Gutters.*;
import static dev.zhibiao.parsers.geometry.LooseLayout.*;
import static dev.zhibiao.parsers.geometry.UnruledTable.*;

import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator table's heading row (一级指标 / 二级指标 / 三级指标 / 指标值 ...) read as a column
 * model: one span per heading, and the lines under it cut where their glyphs pass from one
 * heading's span into the next.
 */
public final class HeadingSpans {
    private HeadingSpans() {
    }

    /** The least number of recognised headings of an indicator table's heading row read as a column model. */
    static final int MIN_HEADINGS = 3;

    /**
     * The columns of an indicator table's heading row (一级指标 / 二级指标 / 三级指标 / 指标值 ...),
     * or null when the band is not one. A heading word is printed without gaps between its
     * characters, so the band's x coverage, split where no glyph of any of its lines covers at least
     * 0.3 font size, gives one span per heading (its lines wrapped under each other); the band is a
     * heading row when every span's text names a column of the indicator table and at least
     * {@link #MIN_HEADINGS} of them are the indicator's levels, name or value. {start, end} per span.
     */
    static List<float[]> headingSpans(Group g) {
        List<List<Glyph>> parts = parts(g);
        if (parts.size() < MIN_HEADINGS) {
            return null;
        }
        int core = 0;
        List<float[]> spans = new ArrayList<>();
        for (List<Glyph> part : parts) {
            List<String> texts = new ArrayList<>();
            for (Line l : Line.lines(part)) {
                texts.add(l.text());
            }
            Vocabulary.Column c = Vocabulary.column(joinLines(texts));
            if (c == null) {
                return null;
            }
            if (c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2 || c == Vocabulary.Column.NAME
                    || c == Vocabulary.Column.VALUE) {
                core++;
            }
            Chunk ch = chunk(part);
            spans.add(new float[] {ch.left(), ch.right()});
        }
        return core >= MIN_HEADINGS ? spans : null;
    }

    /** A band's glyphs in x order, split where no glyph of any of its lines covers at least 0.3 font size. */
    private static List<List<Glyph>> parts(Group g) {
        List<List<Glyph>> parts = new ArrayList<>();
        double covered = Double.NaN;
        for (Glyph e : glyphsByX(g)) {
            if (Double.isNaN(covered) || e.getLeft() - covered >= fontSize(e) * 0.3) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(e);
            covered = Double.isNaN(covered) ? e.getRight() : Math.max(covered, e.getRight());
        }
        return parts;
    }

    /**
     * The heading row's spans with those of the band above it, where the heading is printed over two rows (绩效指标
     * over 一级指标 | 二级指标 | 三级指标, and 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因及改进措施 beside it, their cells
     * merged down across both rows): every part of the band above is a heading word of the vocabulary, a part over
     * one of the heading row's spans is the lead (绩效指标) only, and two parts or more stand where the heading row
     * prints nothing. Those parts are spans of their own (the heading row alone took the value columns from gutters,
     * and 分值 得分, less than a font size apart, were read as one cell); null when the band above is no such row. Only
     * of a PDF's typeset glyphs: an OCR engine cuts a heading line into two rows by its words' heights (core's
     * TwoRowHeading leaves those rows alone too).
     */
    static List<float[]> withRowAbove(Group above, List<float[]> spans) {
        List<float[]> added = new ArrayList<>();
        for (List<Glyph> part : parts(above)) {
            for (Glyph e : part) {
                if (!Float.isNaN(e.confidence())) {
                    return null;
                }
            }
            List<String> texts = new ArrayList<>();
            for (Line l : Line.lines(part)) {
                texts.add(l.text());
            }
            Vocabulary.Column c = Vocabulary.column(joinLines(texts));
            if (c == null) {
                return null;
            }
            Chunk ch = chunk(part);
            boolean over = false;
            for (float[] s : spans) {
                over |= ch.left() < s[1] && ch.right() > s[0];
            }
            if (over && c != Vocabulary.Column.LEAD) {
                return null;
            }
            if (!over && c != Vocabulary.Column.LEAD) {
                added.add(new float[] {ch.left(), ch.right()});
            }
        }
        if (added.size() < 2) {
            return null;
        }
        List<float[]> out = new ArrayList<>(spans);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingDouble(a -> a[0]));
        return out;
    }

    /**
     * Whether a band is no longer a row of the table under a heading row: one of its runs of text
     * (split at gaps of a font size) covers three heading columns whole (a text across the table),
     * or one of its lines is a sheet's title (a title narrower than three columns, the next sheet's).
     */
    static boolean spansColumns(Group g, List<float[]> spans) {
        for (Line l : g.lines) {
            if (dev.zhibiao.internal.layout.SpacedRows.isTitle(l.text())) {
                return true; // the next sheet's title, printed under this table on the same page
            }
            for (Chunk c : split(l)) {
                int whole = 0;
                for (float[] s : spans) {
                    whole += c.left() <= s[0] + 0.5f && c.right() >= s[1] - 0.5f ? 1 : 0;
                }
                if (whole >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The heading span holding a glyph's centre, or -1. */
    static int spanOf(Glyph e, List<float[]> spans) {
        double mid = (e.getLeft() + e.getRight()) / 2;
        for (int k = 0; k < spans.size(); k++) {
            if (mid >= spans.get(k)[0] && mid <= spans.get(k)[1]) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A line's glyphs (in x order) cut into runs under a heading row: at gaps of a font size, and where the
     * glyphs pass from one heading's span into the next one's, even without a visible gap (a
     * printer that leaves columns less than a character apart). The cut goes at the widest gap
     * between the last glyph under the one heading and the first under the next (the glyphs in
     * between, outside both headings, go with the nearer side of that gap; the cut is right before
     * the glyph under the next heading where no gap is wider). No cut where the piece after it would stand under the
     * next heading as no cell does ({@link #runsOn}): that is one text run on past its column's end.
     */
    static List<Chunk> cutAtSpans(List<Glyph> glyphs, List<float[]> spans) {
        List<Chunk> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        int lastSpan = -1;
        int lastPos = -1;
        double prevRight = Double.NaN;
        for (int gi = 0; gi < glyphs.size(); gi++) {
            Glyph e = glyphs.get(gi);
            if (e.getText().isBlank()) {
                continue;
            }
            if (!cur.isEmpty() && e.getLeft() - prevRight >= fontSize(e)) {
                out.add(chunk(cur));
                cur = new ArrayList<>();
                lastSpan = -1;
            }
            int s = spanOf(e, spans);
            if (!cur.isEmpty() && s >= 0 && lastSpan >= 0 && s > lastSpan) {
                int best = cur.size();
                double bestGap = e.getLeft() - cur.get(cur.size() - 1).getRight();
                for (int i = lastPos + 1; i < cur.size(); i++) {
                    double gap = cur.get(i).getLeft() - cur.get(i - 1).getRight();
                    if (gap > bestGap + 0.01) {
                        best = i;
                        bestGap = gap;
                    }
                }
                if (runsOn(cur, best, glyphs, gi, spans, s)) {
                    // the piece after the cut would stand under its heading as no cell does: one text run on past its
                    // column's end (2025年11月底前 under 指标值 reaching into 计量单位), not the next column's cell
                    cur.add(e);
                    lastSpan = s;
                    lastPos = cur.size() - 1;
                    prevRight = Math.max(prevRight, e.getRight());
                    continue;
                }
                out.add(chunk(cur.subList(0, best)));
                cur = new ArrayList<>(cur.subList(best, cur.size()));
                prevRight = Double.NaN;
                for (Glyph k : cur) {
                    prevRight = Double.isNaN(prevRight) ? k.getRight() : Math.max(prevRight, k.getRight());
                }
            }
            cur.add(e);
            if (s >= 0) {
                lastSpan = s;
                lastPos = cur.size() - 1;
            }
            prevRight = cur.size() == 1 || Double.isNaN(prevRight) ? e.getRight() : Math.max(prevRight, e.getRight());
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }
    /**
     * Whether the piece a cut before {@code cur[best]} would start (that glyph, the rest of {@code cur}, the glyph at
     * {@code at} and the glyphs after it printed less than a font size apart and under no later heading) is no cell of
     * the column of {@code spans[s]}: it begins a font size or more left of the heading and is not centred under it
     * (within a font size). A cell's text begins where its heading does (left-aligned) or is centred under it (a cell
     * wider than its heading, as Chromium prints them); a text run on past its own column's end (LibreOffice lets a
     * value run over the empty cell beside it: 2025年10月底前 under 指标值 reaching 备注) is neither. Right alignment
     * is not asked: a narrow heading's right end lies within a font size of where such a run ends (t28's 备注). Only
     * of a PDF's typeset glyphs (no confidence): an OCR engine's word boxes are cut as before.
     */
    private static boolean runsOn(List<Glyph> cur, int best, List<Glyph> glyphs, int at, List<float[]> spans, int s) {
        Glyph first = best < cur.size() ? cur.get(best) : glyphs.get(at);
        float[] span = spans.get(s);
        double size = fontSize(first);
        if (!Float.isNaN(first.confidence()) || first.getLeft() >= span[0] - size) {
            // an OCR engine's word (a confidence; a scan's text layer -1): its box is no typesetter's run (ocr-scan-200's
            // h4_002_unruled.pdf lost a value to its name)
            return false;
        }
        double right = glyphs.get(at).getRight();
        for (int i = best; i < cur.size(); i++) {
            right = Math.max(right, cur.get(i).getRight());
        }
        for (int i = at + 1; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.getText().isBlank()) {
                continue;
            }
            if (g.getLeft() - right >= fontSize(g) || spanOf(g, spans) > s) {
                break;
            }
            right = Math.max(right, g.getRight());
        }
        double left = first.getLeft();
        return Math.abs((left + right) / 2 - (span[0] + span[1]) / 2) > size;
    }
}
