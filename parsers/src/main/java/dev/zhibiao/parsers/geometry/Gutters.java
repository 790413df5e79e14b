package dev.zhibiao.parsers.geometry;

import static dev.zhibiao.parsers.geometry.CentredSpans.*;
import static dev.zhibiao.parsers.geometry.GlyphText.*;
import static dev.zhibiao.parsers.geometry.HeadingSpans.*;
import static dev.zhibiao.parsers.geometry.LooseLayout.*;
import static dev.zhibiao.parsers.geometry.UnruledTable.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gaps in a band's x coverage and the gutters among them (column gaps that repeat from band to
 * band), and lines split at them.
 */
public final class Gutters {
    private Gutters() {
    }

    /** The non-blank glyphs of a band's lines, left to right. */
    static List<Glyph> glyphsByX(Group g) {
        List<Glyph> all = new ArrayList<>();
        for (Line l : g.lines) {
            for (Glyph e : l.glyphs) {
                if (!e.getText().isBlank()) {
                    all.add(e);
                }
            }
        }
        all.sort(Comparator.comparingDouble(Glyph::getLeft));
        return all;
    }

    /** Gaps in the x coverage of a band's glyphs: {start, end, width in font sizes}, at least 0.3 font size wide. */
    static List<float[]> gaps(Group g) {
        List<Glyph> all = glyphsByX(g);
        List<float[]> out = new ArrayList<>();
        double covered = Double.NaN;
        for (Glyph e : all) {
            if (!Double.isNaN(covered)) {
                double w = e.getLeft() - covered;
                double fs = fontSize(e);
                if (w >= fs * 0.3) {
                    out.add(new float[] {(float) covered, (float) e.getLeft(), (float) (w / fs)});
                }
            }
            covered = Double.isNaN(covered) ? e.getRight() : Math.max(covered, e.getRight());
        }
        return out;
    }

    /**
     * A band's gaps with an OCR engine's vertical rules among them: a break in the band's x coverage
     * (however narrow) with one of {@code walls} ({x, top, bottom}, standing at the band's middle
     * height) inside it, or within a quarter font size of its ends, is a gap at least a font size
     * wide, so it is kept as a gutter. The engine reported the rule on the page; the words' boxes,
     * widened to their ems, may close the space the rule stands in. And a gap under a font size wide
     * lying between two walls at the band's height, holding none, is left out: a space inside one ruled
     * cell (on a page whose engine boxes stand far taller than the type, the font size is too large and
     * word spaces look wide).
     */
    static List<float[]> walled(Group g, List<float[]> gaps, List<float[]> walls) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Line l : g.lines) {
            top = Math.min(top, l.top);
            bottom = Math.max(bottom, l.bottom);
        }
        float mid = (top + bottom) / 2;
        List<float[]> out = new ArrayList<>();
        for (float[] gap : gaps) {
            out.add(gap.clone());
        }
        List<Glyph> all = glyphsByX(g);
        double covered = Double.NaN;
        for (Glyph e : all) {
            if (!Double.isNaN(covered) && e.getLeft() > covered) {
                double tol = fontSize(e) * 0.25;
                for (float[] w : walls) {
                    if (mid < w[1] || mid > w[2] || w[0] < covered - tol || w[0] > e.getLeft() + tol) {
                        continue;
                    }
                    float[] found = null;
                    for (float[] gap : out) {
                        if (gap[0] <= e.getLeft() && gap[1] >= covered) {
                            found = gap;
                        }
                    }
                    if (found == null) {
                        out.add(new float[] {(float) covered, (float) e.getLeft(), 1f});
                    } else {
                        found[2] = Math.max(found[2], 1f);
                    }
                    break;
                }
            }
            covered = Double.isNaN(covered) ? e.getRight() : Math.max(covered, e.getRight());
        }
        // a gap under a font size wide between two walls standing at the band's height, holding none, is a space
        // inside a ruled cell (a word space, or a gap the tall boxes' font size makes look wide), not a column's
        List<Float> xs = new ArrayList<>();
        for (float[] w : walls) {
            if (mid >= w[1] && mid <= w[2]) {
                xs.add(w[0]);
            }
        }
        out.removeIf(gap -> gap[2] < 1f && insideCell(gap, xs));
        out.sort(Comparator.comparingDouble(a -> a[0]));
        return out;
    }

    /** Whether a gap lies between two of the walls' x positions and holds none of them (within 2 units). */
    static boolean insideCell(float[] gap, List<Float> xs) {
        boolean leftWall = false;
        boolean rightWall = false;
        for (float x : xs) {
            if (x >= gap[0] - 2f && x <= gap[1] + 2f) {
                return false;
            }
            leftWall |= x < gap[0];
            rightWall |= x > gap[1];
        }
        return leftWall && rightWall;
    }

    /**
     * Whether a band leaves a gap of another band open: no glyph of it reaches into the gap, and it
     * has text right of it (a column boundary the band keeps too, be its label column empty: a
     * merged label printed centred among the rows it spans is close to the cells beside it).
     */
    static boolean leavesOpen(Group g, float[] gap) {
        boolean right = false;
        for (Line l : g.lines) {
            for (Glyph e : l.glyphs) {
                if (e.getText().isBlank()) {
                    continue;
                }
                if (e.getRight() > gap[0] + 0.5f && e.getLeft() < gap[1] - 0.5f) {
                    return false;
                }
                right |= e.getLeft() >= gap[1] - 0.5f;
            }
        }
        return right;
    }

    /**
     * Whether a gap of half a font size or more parts a band's lines into two sides, every line wholly
     * on one of them and lines on both: a label wrapped over two lines printed beside its value's one
     * line between them (转移支付（项 | 城乡义务教育补助经费 | 目）名称, a cell gap under one font size). The
     * lines of a paragraph start at one left edge and its long lines run across any such gap.
     */
    static boolean linesApart(Group g, float[] gap) {
        if (gap[2] < 0.5f || g.lines.size() < 2) {
            return false;
        }
        boolean left = false;
        boolean right = false;
        for (Line l : g.lines) {
            boolean l0 = false;
            boolean r0 = false;
            for (Glyph e : l.glyphs) {
                if (e.getText().isBlank()) {
                    continue;
                }
                l0 |= e.getRight() <= gap[0] + 0.5f;
                r0 |= e.getLeft() >= gap[1] - 0.5f;
            }
            if (l0 && r0) {
                return false;
            }
            left |= l0;
            right |= r0;
        }
        return left && right;
    }

    static boolean overlapsAny(float[] gap, List<float[]> others) {
        for (float[] o : others) {
            if (Math.min(gap[1], o[1]) - Math.max(gap[0], o[0]) > 0.5f) {
                return true;
            }
        }
        return false;
    }

    /** A line's glyphs split at the band's gutters. */
    static List<Chunk> splitAt(Line l, List<float[]> gutters) {
        List<Chunk> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double prevRight = Double.NaN;
        for (Glyph e : l.glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            if (!cur.isEmpty()) {
                for (float[] g : gutters) {
                    if (prevRight <= g[0] + 0.5 && e.getLeft() >= g[1] - 0.5) {
                        out.add(chunk(cur));
                        cur = new ArrayList<>();
                        break;
                    }
                }
            }
            cur.add(e);
            prevRight = cur.size() == 1 ? e.getRight() : Math.max(prevRight, e.getRight());
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }

    /** Whether a text run spans a whole gutter of another band (the two bands have different columns). */
    static boolean crossesGutter(List<Chunk> runs, List<float[]> gutters) {
        for (Chunk c : runs) {
            for (float[] g : gutters) {
                if (c.left() < g[0] - 0.5f && c.right() > g[1] + 0.5f) {
                    return true;
                }
            }
        }
        return false;
    }
}
