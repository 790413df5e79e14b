package dev.zhibiao.parsers.geometry;

import static dev.zhibiao.parsers.geometry.CentredSpans.*;
import static dev.zhibiao.parsers.geometry.GlyphText.*;
import static dev.zhibiao.parsers.geometry.Gutters.*;
import static dev.zhibiao.parsers.geometry.HeadingSpans.*;
import static dev.zhibiao.parsers.geometry.LooseLayout.*;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows and columns of a run of unruled table rows: bands of lines (re-cut at the line pitch
 * inside cells), columns from gutters ({@link Gutters}) or from the indicator heading row's
 * spans ({@link HeadingSpans}), cells as blocks of lines per column, and merged cells centred
 * among the rows they span lifted to their top ({@link CentredSpans}).
 */
public final class UnruledTable {
    private UnruledTable() {
    }

    /**
     * Unruled table rows. Columns come from gutters: x ranges that no glyph of a logical row
     * (a band of lines close together) crosses. A gap of at least one font size is a gutter; a
     * narrower gap (at least 0.3 of the font size, wider than a word space) is one when the band
     * above or below has a gap there too (column gaps repeat from row to row). Consecutive bands
     * whose text does not run across each other's gutters form one section with shared columns (a
     * boundary where the gutters of its bands overlap); a text run goes to the column holding its
     * centre, so the lines of a centred cell stay together however they are indented. Within a
     * band, a column whose text has a vertical gap of half a line height or more holds cells of
     * several table rows (a merged cell centred beside them joined the rows into one band): the
     * band is cut there, and each block of lines goes to the row where it begins.
     */
    static List<Placed> table(List<Group> found, int pageNo, float h) {
        return table(found, pageNo, h, List.of());
    }

    /**
     * As {@link #table(List, int, float)}, with an OCR engine's vertical rules ({x, top, bottom}): a
     * break in a band's x coverage that holds one is a gutter ({@link Gutters#walled}).
     */
    static List<Placed> table(List<Group> found, int pageNo, float h, List<float[]> walls) {
        float pitch = pitch(found);
        List<Group> groups = found;
        if (pitch > 0) {
            // bands again: a line starts a new band when it starts more than 1.25 line pitches below the previous line
            // (an OCR engine's line boxed taller than the page's type measured by its print, Line.printTop)
            groups = new ArrayList<>();
            Group g = null;
            float prevTop = 0;
            for (Group f : found) {
                for (int k = 0; k < f.lines.size(); k++) {
                    Line l = f.lines.get(k);
                    if (g == null || l.printTop(h) - prevTop > pitch * 1.25f) {
                        g = new Group();
                        groups.add(g);
                    }
                    g.lines.add(l);
                    g.chunks.add(f.chunks.get(k));
                    prevTop = l.printTop(h);
                }
            }
        }
        float rowStep = pitch > 0 ? pitch * 1.25f : Float.NaN;
        int n = groups.size();
        List<List<float[]>> gaps = new ArrayList<>();
        for (Group g : groups) {
            gaps.add(walls.isEmpty() ? gaps(g) : walled(g, gaps(g), walls));
        }
        List<List<float[]>> gutters = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<float[]> keep = new ArrayList<>();
            for (float[] gap : gaps.get(b)) {
                if (gap[2] >= 1f || b > 0 && overlapsAny(gap, gaps.get(b - 1)) || b + 1 < n && overlapsAny(gap, gaps.get(b + 1))
                        || b > 0 && leavesOpen(groups.get(b - 1), gap) || b + 1 < n && leavesOpen(groups.get(b + 1), gap)
                        || linesApart(groups.get(b), gap)) {
                    keep.add(gap);
                }
            }
            gutters.add(keep);
        }
        List<List<Chunk>> runs = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<Chunk> cs = new ArrayList<>();
            for (Line l : groups.get(b).lines) {
                cs.addAll(splitAt(l, gutters.get(b)));
            }
            runs.add(cs);
        }
        int head = -1;
        List<float[]> spans = null;
        for (int b = 0; b < n && spans == null; b++) {
            spans = headingSpans(groups.get(b));
            head = b;
        }
        List<Placed> out = new ArrayList<>();
        if (spans == null) {
            out.addAll(sections(groups, runs, gutters, 0, n, pageNo, h, rowStep));
            return out;
        }
        List<float[]> twoRows = head > 0 ? withRowAbove(groups.get(head - 1), spans) : null;
        if (twoRows != null) {
            // the heading printed over two rows: the row above names the columns the heading row leaves empty
            spans = twoRows;
            head--;
        }
        int stop = twoRows == null ? head + 1 : head + 2;
        while (stop < n && !spansColumns(groups.get(stop), spans)) {
            stop++;
        }
        out.addAll(sections(groups, runs, gutters, 0, head, pageNo, h, rowStep));
        // columns beside the headings (a 绩效指标 label centred among the rows, left of 一级指标): the
        // bands' gutters outside the headings' extent
        float headLeft = spans.get(0)[0];
        float headRight = spans.get(spans.size() - 1)[1];
        List<List<Chunk>> cut = new ArrayList<>();
        List<float[]> outside = new ArrayList<>();
        for (int b = head; b < stop; b++) {
            List<float[]> beside = new ArrayList<>();
            for (float[] gap : gutters.get(b)) {
                if (gap[1] <= headLeft + 0.5f || gap[0] >= headRight - 0.5f) {
                    beside.add(gap);
                }
            }
            outside.addAll(beside);
            List<Chunk> cs = new ArrayList<>();
            for (Line l : groups.get(b).lines) {
                for (Chunk c : splitAt(l, beside)) {
                    for (Chunk piece : atWalls(c, walls)) {
                        cs.addAll(cutAtSpans(piece.glyphs(), spans));
                    }
                }
            }
            cut.add(cs);
        }
        List<Float> bounds = new ArrayList<>();
        for (float[] c : clusterIntervals(outside)) {
            bounds.add((c[0] + c[1]) / 2);
        }
        Line heading = groups.get(head).lines.get(0);
        float headMid = (heading.top + heading.bottom) / 2;
        for (int k = 0; k + 1 < spans.size(); k++) {
            // an engine's vertical rule standing between two headings is their columns' bound
            float lo = spans.get(k)[1];
            float hi = spans.get(k + 1)[0];
            float bound = (lo + hi) / 2;
            for (float[] w : walls) {
                if (w[0] > lo && w[0] < hi && headMid >= w[1] && headMid <= w[2]) {
                    bound = w[0];
                }
            }
            bounds.add(bound);
        }
        bounds.sort(null);
        out.addAll(section(groups.subList(head, stop), cut, bounds, pageNo, h, rowStep));
        out.addAll(sections(groups, runs, gutters, stop, n, pageNo, h, rowStep));
        return out;
    }

    /** Bands from..to in sections of shared columns: a new section where a band's text runs across the other's gutters. */
    static List<Placed> sections(List<Group> groups, List<List<Chunk>> runs, List<List<float[]>> gutters,
            int lo, int hi, int pageNo, float h, float rowStep) {
        List<Placed> out = new ArrayList<>();
        int from = lo;
        for (int b = lo + 1; b <= hi; b++) {
            if (b == hi || crossesGutter(runs.get(b - 1), gutters.get(b)) || crossesGutter(runs.get(b), gutters.get(b - 1))) {
                List<float[]> all = new ArrayList<>();
                for (List<float[]> gs : gutters.subList(from, b)) {
                    all.addAll(gs);
                }
                List<Float> bounds = new ArrayList<>();
                for (float[] c : clusterIntervals(all)) {
                    bounds.add((c[0] + c[1]) / 2);
                }
                out.addAll(section(groups.subList(from, b), runs.subList(from, b), bounds, pageNo, h, rowStep));
                from = b;
            }
        }
        return out;
    }

    /**
     * The line pitch inside cells: the least distance, within one logical row found by gaps, between
     * the tops of a text run and the nearest run below it that it overlaps horizontally (at least
     * 0.8 font size, so runs of one line do not count); 0 when there is none (no cell wraps, and the
     * rows found by gaps stand). Only distances under the table's row distance over 1.25 count
     * ({@link #rowDistance}): the rows are re-cut at 1.25 pitches, so a larger distance is not the
     * lines of one cell but two table rows joined into one logical row through a line between them
     * (a label centred beside them, or a row whose engine boxes took in a mark and stand higher).
     * The bound is the table's, not a size in ems: a printed PDF's wrapped cells run 1.2 to 1.8 font
     * sizes from line to line, a scan-like print's table rows 1.65.
     */
    static float pitch(List<Group> groups) {
        float best = Float.MAX_VALUE;
        float limit = rowDistance(groups) / 1.25f;
        for (Group g : groups) {
            List<Chunk> all = new ArrayList<>();
            for (List<Chunk> cs : g.chunks) {
                all.addAll(cs);
            }
            best = Math.min(best, runPitch(all, limit));
        }
        if (best == Float.MAX_VALUE) {
            best = lonePitch(groups);
        }
        return best == Float.MAX_VALUE ? 0 : best;
    }

    /**
     * The line pitch shown by a lone fragment: a logical row of one line and one run (a middle line
     * of a label wrapped over several lines and centred among the rows it spans, printed with
     * more space between lines than half a line height) whose top is at most 1.6 font sizes below
     * the top of a run of the row above that it overlaps horizontally. The least such distance, or
     * {@link Float#MAX_VALUE} when there is none.
     */
    static float lonePitch(List<Group> groups) {
        float best = Float.MAX_VALUE;
        for (int i = 1; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.lines.size() != 1 || g.chunks.get(0).size() != 1) {
                continue;
            }
            Chunk lone = g.chunks.get(0).get(0);
            float fs = (float) fontSize(lone.glyphs().get(0));
            for (List<Chunk> cs : groups.get(i - 1).chunks) {
                for (Chunk a : cs) {
                    float d = lone.top() - a.top();
                    if (d >= fs * 0.8f && d <= fs * 1.6f && a.left() < lone.right() && a.right() > lone.left()) {
                        best = Math.min(best, d);
                    }
                }
            }
        }
        return best;
    }

    /**
     * The table's row distance: the median, over two consecutive logical rows found by gaps whose
     * facing lines both hold two runs or more (lines of table rows, not a lone fragment of a wrapped
     * label), of the distance from the top of the upper row's last line to the top of the lower row's
     * first; {@link Float#MAX_VALUE} when no two such rows follow each other. The median, not the
     * least: a wrapped cell printed with wide leading can part its lines into logical rows of their
     * own (a template's 2026 年 12 月 / 底前 beside one-line cells, 12.2 apart among rows 29 apart).
     */
    static float rowDistance(List<Group> groups) {
        List<Float> ds = new ArrayList<>();
        for (int i = 0; i + 1 < groups.size(); i++) {
            Group a = groups.get(i);
            Group b = groups.get(i + 1);
            if (a.chunks.get(a.chunks.size() - 1).size() >= 2 && b.chunks.get(0).size() >= 2) {
                ds.add(b.lines.get(0).top - a.lines.get(a.lines.size() - 1).top);
            }
        }
        if (ds.isEmpty()) {
            return Float.MAX_VALUE;
        }
        ds.sort(null);
        return ds.get(ds.size() / 2);
    }

    /** The least distance between the tops of a run and the nearest run below it that it overlaps, under limit. */
    static float runPitch(List<Chunk> all, float limit) {
        float best = Float.MAX_VALUE;
        for (Chunk a : all) {
            float fs = (float) fontSize(a.glyphs().get(0));
            float next = Float.MAX_VALUE;
            for (Chunk b : all) {
                float d = b.top() - a.top();
                if (d >= fs * 0.8f && d < limit && b.left() < a.right() && b.right() > a.left()) {
                    next = Math.min(next, d);
                }
            }
            best = Math.min(best, next);
        }
        return best;
    }

    static float bottom(Chunk c) {
        float b = -Float.MAX_VALUE;
        for (Glyph e : c.glyphs()) {
            b = Math.max(b, (float) e.getBottom());
        }
        return b;
    }

    /** Intervals clustered while they share a common part: {start, end} of each cluster's common part. */
    static List<float[]> clusterIntervals(List<float[]> intervals) {
        List<float[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        List<float[]> out = new ArrayList<>();
        float[] cur = null;
        for (float[] iv : sorted) {
            if (cur != null && iv[0] < cur[1]) {
                cur[0] = Math.max(cur[0], iv[0]);
                cur[1] = Math.min(cur[1], iv[1]);
                continue;
            }
            cur = new float[] {iv[0], iv[1]};
            out.add(cur);
        }
        return out;
    }

    /**
     * The column of each run: the one its middle falls in, but the lines of one wrapped cell (a run
     * starting at the left edge of the run just above it, at most {@code step} below it) share the
     * leftmost column among them. A cell spanning columns of other rows has a long first line whose
     * middle falls a column further right than its short last line's: taken apart by their middles,
     * the last line went first (标2：建设… | 目标1：…目, the goals misread).
     */
    static int[] columns(List<Chunk> runs, List<Float> bounds, float step) {
        int[] col = new int[runs.size()];
        for (int k = 0; k < col.length; k++) {
            Chunk ch = runs.get(k);
            float mid = (ch.left() + ch.right()) / 2;
            int c = 0;
            while (c < bounds.size() && bounds.get(c) < mid) {
                c++;
            }
            col[k] = c;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < col.length; a++) {
                for (int b = 0; b < col.length; b++) {
                    Chunk up = runs.get(a);
                    Chunk down = runs.get(b);
                    float below = down.top() - up.top();
                    if (col[a] != col[b] && below > 0 && below <= step && Math.abs(down.left() - up.left()) < 1f) {
                        col[a] = col[b] = Math.min(col[a], col[b]);
                        changed = true;
                    }
                }
            }
        }
        return col;
    }

    static List<Placed> section(List<Group> bands, List<List<Chunk>> runs, List<Float> bounds,
            int pageNo, float h, float rowStep) {
        int width = bounds.size() + 1;
        List<String[]> grid = new ArrayList<>();
        List<double[]> conf = new ArrayList<>();
        List<int[]> reachesDown = new ArrayList<>();
        List<float[]> at = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            // blocks per column: runs stacked with less than half a line height between them
            List<List<Chunk>> perCol = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                perCol.add(new ArrayList<>());
            }
            int[] col = columns(runs.get(b), bounds, Float.isNaN(rowStep) ? h * 1.5f : rowStep);
            for (int k = 0; k < col.length; k++) {
                perCol.get(col[k]).add(runs.get(b).get(k));
            }
            List<List<List<Chunk>>> blocks = new ArrayList<>();
            List<float[]> cuts = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                List<Chunk> in = perCol.get(c);
                in.sort(Comparator.comparingDouble(Chunk::top).thenComparingDouble(Chunk::left));
                List<List<Chunk>> bs = new ArrayList<>();
                float prevBottom = Float.NaN;
                float prevTop = Float.NaN;
                for (Chunk ch : in) {
                    boolean apart = Float.isNaN(rowStep) ? ch.top() - prevBottom >= h * 0.5f : ch.top() - prevTop > rowStep;
                    prevTop = ch.top();
                    if (bs.isEmpty() || apart) {
                        if (!bs.isEmpty()) {
                            cuts.add(new float[] {prevBottom, ch.top()});
                        }
                        bs.add(new ArrayList<>());
                        prevBottom = bottom(ch);
                    } else {
                        prevBottom = Math.max(prevBottom, bottom(ch));
                    }
                    bs.get(bs.size() - 1).add(ch);
                }
                blocks.add(bs);
            }
            List<Float> cutAt = new ArrayList<>();
            for (float[] c : clusterIntervals(cuts)) {
                cutAt.add((c[0] + c[1]) / 2);
            }
            int rows = cutAt.size() + 1;
            List<List<List<String>>> texts = new ArrayList<>();
            float[] tops = new float[rows];
            java.util.Arrays.fill(tops, Float.MAX_VALUE);
            int[][] down = new int[rows][width];
            double[][] least = new double[rows][width];
            for (double[] l : least) {
                java.util.Arrays.fill(l, Double.NaN);
            }
            for (int r = 0; r < rows; r++) {
                List<List<String>> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(new ArrayList<>());
                }
                texts.add(row);
            }
            for (int c = 0; c < width; c++) {
                for (List<Chunk> block : blocks.get(c)) {
                    float top = block.get(0).top();
                    int r = 0;
                    while (r < cutAt.size() && cutAt.get(r) < top) {
                        r++;
                    }
                    tops[r] = Math.min(tops[r], top);
                    float last = block.get(block.size() - 1).top();
                    for (int j = r; j < cutAt.size() && last > cutAt.get(j); j++) {
                        down[r][c]++;
                    }
                    for (Chunk ch : block) {
                        texts.get(r).get(c).add(chunkText(ch.glyphs()));
                        least[r][c] = least(least[r][c], confidence(ch.glyphs()));
                    }
                }
            }
            Line first = bands.get(b).lines.get(0);
            for (int r = 0; r < rows; r++) {
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    cells[c] = joinLines(texts.get(r).get(c));
                }
                grid.add(cells);
                conf.add(least[r]);
                reachesDown.add(down[r]);
                at.add(new float[] {r == 0 ? first.top : tops[r], first.left});
            }
        }
        liftCentredSpans(grid, reachesDown, conf);
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(cell(grid.get(r)[c], new Locator(null, c + 1, pageNo), conf.get(r)[c]));
            }
            out.add(new Placed(at.get(r)[0], at.get(r)[1], new Row(cells, true, Locator.page(pageNo))));
        }
        return out;
    }
}
