package dev.zhibiao.parsers.geometry;

import static dev.zhibiao.parsers.geometry.CentredSpans.*;
import static dev.zhibiao.parsers.geometry.GlyphText.*;
import static dev.zhibiao.parsers.geometry.Gutters.*;
import static dev.zhibiao.parsers.geometry.HeadingSpans.*;
import static dev.zhibiao.parsers.geometry.UnruledTable.*;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Text outside ruled tables (PDF glyphs outside the page's ruled tables, or every OCR word of a
 * page): lines grouped into logical rows (lines closer than half a line height), prose lines
 * (titles, year lines, wrapped paragraphs) and runs of table rows, whose columns
 * {@link UnruledTable} finds.
 */
public final class LooseLayout {
    private LooseLayout() {
    }

    /** A logical row: lines close together, their chunks. */
    static final class Group {
        final List<Line> lines = new ArrayList<>();
        final List<List<Chunk>> chunks = new ArrayList<>();
    }

    /** Text outside ruled tables: prose lines and unruled table rows. */
    public static List<Row> looseRows(List<Glyph> els, int pageNo) {
        List<Row> rows = new ArrayList<>();
        for (Placed p : loose(els, pageNo, List.of(), -Float.MAX_VALUE)) {
            rows.add(p.row());
        }
        return rows;
    }

    /**
     * @param ruled     the vertical extents {top, bottom} of the page's ruled tables: an unruled table
     *                  never continues across one of them
     * @param textRight the right edge of the page's text, ruled tables included: a prose line that
     *                  reaches it wraps onto the next line (a centred title narrower than the
     *                  table under it does not, however wide it is among the lines outside tables)
     */
    public static List<Placed> loose(List<Glyph> els, int pageNo, List<float[]> ruled, float textRight) {
        return loose(els, pageNo, ruled, textRight, List.of());
    }

    /**
     * As {@link #loose(List, int, List, float)}, with the vertical rules an OCR engine reported on a page
     * read without its image ({x, top, bottom}, in the glyphs' units): a line's text is cut where one of
     * them runs between two of its words, and a band's break in x that holds one is a column gutter
     * however narrow (the engine's boxes of a scan's words can stand far taller than the type, which
     * makes the page's font size, and with it every gap measured in it, too large).
     */
    public static List<Placed> loose(List<Glyph> els, int pageNo, List<float[]> ruled, float textRight,
            List<float[]> walls) {
        List<Line> lines = Line.lines(walls.isEmpty() ? els : trimmed(els, walls));
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Float> heights = new ArrayList<>();
        for (Line l : lines) {
            heights.add(l.height());
        }
        heights.sort(null);
        float h = Math.max(1f, heights.get(heights.size() / 2));
        // logical rows: lines whose vertical gap is under half a line height
        List<Group> groups = new ArrayList<>();
        Group g = null;
        Line prev = null;
        float pageRight = textRight;
        for (Line l : lines) {
            pageRight = Math.max(pageRight, l.right);
        }
        for (Line l : lines) {
            List<Chunk> cs = split(l, walls);
            float gap = g == null ? 0 : l.printTop(h) - prev.printBottom(h);
            boolean wrapped = g != null && g.chunks.stream().allMatch(c -> c.size() == 1) && cs.size() == 1
                    && gap < Math.max(h, fontSize(prev.glyphs.get(0)))
                    && Math.abs(prev.height() - l.height()) <= 0.25f * Math.max(prev.height(), l.height())
                    && sameSize(prev, l)
                    && prev.right >= pageRight - fontSize(prev.glyphs.get(0)) * 1.5;
            if (g == null || gap >= h * 0.5f && !wrapped || crossesGap(g.chunks.get(g.chunks.size() - 1), cs)) {
                g = new Group();
                groups.add(g);
            }
            g.lines.add(l);
            g.chunks.add(cs);
            prev = l;
        }
        List<Placed> out = new ArrayList<>();
        // runs of table groups share columns
        int i = 0;
        while (i < groups.size()) {
            if (!tabular(groups.get(i))) {
                Group pg = groups.get(i);
                Line first = pg.lines.get(0);
                int[] label = labelBeside(pg);
                List<String> texts = new ArrayList<>();
                double conf = Double.NaN;
                for (int k = 0; k < pg.lines.size(); k++) {
                    List<Glyph> gl = pg.lines.get(k).glyphs;
                    List<Glyph> part = label != null && label[0] == k ? gl.subList(label[1], gl.size()) : gl;
                    texts.add(chunkText(part));
                    conf = least(conf, confidence(part));
                }
                if (label != null) {
                    List<Glyph> gl = pg.lines.get(label[0]).glyphs;
                    Row row = new Row(List.of(cell(chunkText(gl.subList(0, label[1])), new Locator(null, 1, pageNo),
                            confidence(gl.subList(0, label[1]))),
                            cell(joinLines(texts), new Locator(null, 2, pageNo), conf)), true, Locator.page(pageNo));
                    out.add(new Placed(first.top, Math.min(first.left, pg.lines.get(label[0]).left), row));
                } else {
                    Locator at = Locator.page(pageNo);
                    out.add(new Placed(first.top, first.left, new Row(List.of(cell(joinLines(texts), at, conf)), false, at)));
                }
                i++;
                continue;
            }
            int j = i;
            while (j < groups.size() && (j == i || !ruledBetween(groups.get(j - 1), groups.get(j), ruled))
                    && (tabular(groups.get(j)) || fragmentsInside(groups, i, j, ruled))) {
                j++;
            }
            out.addAll(table(groups.subList(i, j), pageNo, h, walls));
            i = j;
        }
        return out;
    }

    /**
     * A label printed beside a paragraph of several lines, on one of its lines (a label cell
     * centred beside a wrapped text, printed less than a font size away from it): a line that
     * starts with at least two Chinese characters followed by a gap of half a font size or more,
     * while every other line of the group starts at least 0.3 font size right of those characters
     * and one of them reaches as far right as the label's line (the lines of one text block, not
     * a title's lines centred one under the other). {line index, index of the
     * glyph after the gap}, or null.
     */
    static int[] labelBeside(Group g) {
        if (g.lines.size() < 2) {
            return null;
        }
        for (int k = 0; k < g.lines.size(); k++) {
            List<Glyph> gl = new ArrayList<>(g.lines.get(k).glyphs);
            int cut = -1;
            double right = Double.NaN;
            for (int i = 0; i < gl.size(); i++) {
                Glyph e = gl.get(i);
                if (i > 0 && e.getLeft() - right >= fontSize(e) * 0.5) {
                    cut = i;
                    break;
                }
                String t = e.getText();
                if (t.isBlank()) {
                    continue;
                }
                if (t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)) {
                    break;
                }
                right = Double.isNaN(right) ? e.getRight() : Math.max(right, e.getRight());
            }
            if (cut < 2) {
                continue;
            }
            double fs = fontSize(gl.get(cut));
            double clear = right + fs * 0.3;
            boolean beside = true;
            boolean flush = false;
            for (int m = 0; m < g.lines.size() && beside; m++) {
                beside = m == k || g.lines.get(m).left >= clear;
                flush |= m != k && g.lines.get(m).right >= g.lines.get(k).right - fs * 1.5;
            }
            if (beside && flush) {
                return new int[] {k, cut};
            }
        }
        return null;
    }

    /** The most lines of one merged cell's text printed apart, one under the other, between table rows. */
    static final int MAX_FRAGMENTS = 4;

    /**
     * Whether the groups from {@code j} on, up to the next table row, are fragments of a merged
     * cell's text centred among the rows it spans ({@link #inside}: a label wrapped over lines
     * printed further apart than half a line height is a group per line), with no ruled table
     * between them and at most {@link #MAX_FRAGMENTS} of them; when there are several, none runs
     * across a column gap of the row above.
     */
    static boolean fragmentsInside(List<Group> groups, int i, int j, List<float[]> ruled) {
        for (int k = j; k < groups.size() && k - j < MAX_FRAGMENTS; k++) {
            if (tabular(groups.get(k)) || !inside(groups.get(k), groups.subList(i, j))
                    || k + 1 >= groups.size() || ruledBetween(groups.get(k), groups.get(k + 1), ruled)) {
                return false;
            }
            if (tabular(groups.get(k + 1))) {
                // several fragments: each stays within one column of the row above (a title centred
                // over the table, with a line under it, runs across its columns)
                for (int m = j; m <= k && k > j; m++) {
                    if (acrossColumns(groups.get(m), groups.get(j - 1))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a line of a group runs across a column gap of a line of the table row above it. */
    static boolean acrossColumns(Group g, Group above) {
        for (List<Chunk> cs : g.chunks) {
            for (List<Chunk> row : above.chunks) {
                if (crossesGap(cs, row)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two lines are printed in one font size (within 15 %, as the lines of one paragraph are). */
    static boolean sameSize(Line a, Line b) {
        double fa = fontSize(a.glyphs.get(0));
        double fb = fontSize(b.glyphs.get(0));
        return Math.abs(fa - fb) <= 0.15 * Math.max(fa, fb);
    }

    /** Whether a ruled table lies between two groups of lines (one above the other). */
    static boolean ruledBetween(Group a, Group b, List<float[]> ruled) {
        float from = a.lines.get(a.lines.size() - 1).bottom;
        float to = b.lines.get(0).top;
        for (float[] t : ruled) {
            if (t[0] >= from - 1 && t[1] <= to + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of two adjacent lines is a single run of text that crosses a column gap of the
     * other (a heading right above a row of cells): such lines are not parts of one table row, where
     * every line of a wrapped cell stays inside its column.
     */
    static boolean crossesGap(List<Chunk> a, List<Chunk> b) {
        return crosses(a, b) || crosses(b, a);
    }

    static boolean crosses(List<Chunk> single, List<Chunk> cells) {
        if (single.size() != 1 || cells.size() < 2) {
            return false;
        }
        Chunk s = single.get(0);
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (s.left() < cells.get(i).right() && s.right() > cells.get(i + 1).left()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-chunk group between table rows that starts right of the table's left edge and is
     * narrower than half of it: a merged cell's text centred among the rows it spans.
     */
    static boolean inside(Group g, List<Group> table) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Group t : table) {
            for (Line l : t.lines) {
                left = Math.min(left, l.left);
                right = Math.max(right, l.right);
            }
        }
        float gl = Float.MAX_VALUE;
        float gr = -Float.MAX_VALUE;
        for (Line l : g.lines) {
            gl = Math.min(gl, l.left);
            gr = Math.max(gr, l.right);
        }
        return !table.isEmpty() && gl >= left - 2 && gr <= right + 2 && (gr - gl) < (right - left) / 2;
    }

    /**
     * A logical row is part of a table when one of its lines has several chunks, or when two of its
     * chunks sit side by side without overlapping horizontally (a label centred beside a wrapped
     * cell); lines of a wrapped paragraph overlap each other.
     */
    static boolean tabular(Group g) {
        List<Chunk> all = new ArrayList<>();
        for (List<Chunk> cs : g.chunks) {
            if (cs.size() >= 2) {
                return true;
            }
            all.addAll(cs);
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Chunk a = all.get(i);
                Chunk b = all.get(j);
                double gap = Math.max(a.left() - b.right(), b.left() - a.right());
                if (gap >= fontSize(a.glyphs().get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Splits a line where the horizontal gap is at least one font size (a column gap). */
    static List<Chunk> split(Line l) {
        return split(l, List.of());
    }

    /**
     * Splits a line where the horizontal gap is at least one font size (a column gap), or where one of
     * {@code walls} (an engine's vertical rule, {x, top, bottom}) runs between the centres of two of its
     * words at the line's height.
     */
    static List<Chunk> split(Line l, List<float[]> walls) {
        List<Chunk> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double prevRight = Double.NaN;
        double prevCentre = Double.NaN;
        double mid = (l.top + l.bottom) / 2.0;
        for (Glyph e : l.glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            if (!cur.isEmpty() && (e.getLeft() - prevRight >= fontSize(e) * 1.0
                    || wallBetween(walls, prevCentre, e.getCenterX(), mid))) {
                out.add(chunk(cur));
                cur = new ArrayList<>();
            }
            cur.add(e);
            prevRight = cur.size() == 1 ? e.getRight() : Math.max(prevRight, e.getRight());
            prevCentre = e.getCenterX();
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }

    /**
     * Glyphs kept on their side of the walls ({x, top, bottom}) standing at their height: a box that reaches
     * over a wall from the side of its centre ends at the wall (a word's box widened to its characters' ems,
     * or the engine's box of a word with the rule read into it, {@code |>52%}, whose bar is cut off).
     */
    static List<Glyph> trimmed(List<Glyph> els, List<float[]> walls) {
        List<Glyph> out = new ArrayList<>(els.size());
        for (Glyph e : els) {
            float left = e.getLeft();
            float right = e.getRight();
            double cx = e.getCenterX();
            double cy = e.getCenterY();
            for (float[] w : walls) {
                if (cy < w[1] || cy > w[2] || w[0] <= left || w[0] >= right) {
                    continue;
                }
                if (cx < w[0]) {
                    right = Math.min(right, w[0] - 0.5f);
                } else {
                    left = Math.max(left, w[0] + 0.5f);
                }
            }
            out.add(left == e.getLeft() && right == e.getRight() || right - left < 1f ? e
                    : new Glyph(e.getText(), left, e.getTop(), right - left, (float) e.getHeight(), e.getFontSize(),
                            e.confidence()));
        }
        return out;
    }

    /** A text run cut where one of {@code walls} ({x, top, bottom}) stands between two of its glyphs' centres. */
    static List<Chunk> atWalls(Chunk c, List<float[]> walls) {
        if (walls.isEmpty()) {
            return List.of(c);
        }
        List<Chunk> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        for (Glyph e : c.glyphs()) {
            if (!cur.isEmpty()) {
                Glyph prev = cur.get(cur.size() - 1);
                if (wallBetween(walls, prev.getCenterX(), e.getCenterX(), (prev.getCenterY() + e.getCenterY()) / 2)) {
                    out.add(chunk(cur));
                    cur = new ArrayList<>();
                }
            }
            cur.add(e);
        }
        out.add(chunk(cur));
        return out;
    }

    /** Whether one of {@code walls} ({x, top, bottom}) stands between x positions a and b at height y. */
    static boolean wallBetween(List<float[]> walls, double a, double b, double y) {
        for (float[] w : walls) {
            if (w[0] > a && w[0] < b && y >= w[1] && y <= w[2]) {
                return true;
            }
        }
        return false;
    }

    static Chunk chunk(List<Glyph> glyphs) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        for (Glyph e : glyphs) {
            left = Math.min(left, (float) e.getLeft());
            right = Math.max(right, (float) e.getRight());
            top = Math.min(top, (float) e.getTop());
        }
        return new Chunk(left, right, top, List.copyOf(glyphs));
    }
}
