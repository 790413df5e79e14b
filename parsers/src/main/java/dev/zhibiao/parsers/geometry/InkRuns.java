package dev.zhibiao.parsers.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The height each word of one engine line is put at. A word whose centre lies within half an em of
 * the line's median centre is put on the line; a word further off keeps its own height (the engine
 * reads a value centred beside a wrapped name into the name's first line: it is a printed line of
 * its own). Words printed side by side with no more than {@link #GAP} of an em between their ink and
 * their boxes overlapping down the page (a run) are one printed line's characters, so they are
 * placed together: the run's height is the median centre of its boxes that are not flat (under a
 * quarter of an em high: the engine's box of a character it read but did not measure); its words within half an em of that
 * height, and its flat boxes, all go on the line when the run's height is within half an em of it,
 * else at the run's height. Placed one by one, {@code 长期} whose {@code 期} the engine boxed over
 * two printed lines read {@code 期长} (the 期 near enough to the line to be put on it, the 长 not),
 * and {@code 全民参保} whose 保 is a box one pixel high read {@code 保全民参}. A box over {@link #TALL} ems high
 * stands on two printed lines (the engine boxed a character with ink of the line below or above it); its centre
 * lies between them, so it goes with its run when its top is the run's top or its bottom the run's bottom (within
 * {@link #EDGE} of an em): {@code 城镇职工…} whose 城镇 the engine boxed down into the cell's second line read
 * {@code 职工…城镇}.
 */
final class InkRuns {
    private InkRuns() {
    }

    /** The widest gap between two words of a run, in ems. */
    static final double GAP = 0.6;

    /**
     * @param boxes  the words' boxes as the engine printed them (for their widths and heights)
     * @param cx     the words' deskewed centres across
     * @param cy     the words' deskewed centres down
     * @param lineCy the engine line's median centre
     * @param em     the line's em
     * @return the height each word's centre is put at
     */
    static double[] heights(List<Glyph> boxes, double[] cx, double[] cy, double lineCy, double em) {
        int n = boxes.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.abs(cy[i] - lineCy) <= em * 0.5 ? lineCy : cy[i];
        }
        Integer[] byX = new Integer[n];
        for (int i = 0; i < n; i++) {
            byX[i] = i;
        }
        Arrays.sort(byX, Comparator.comparingDouble(i -> cx[i]));
        int from = 0;
        for (int k = 1; k <= n; k++) {
            if (k < n) {
                Glyph a = boxes.get(byX[k - 1]);
                Glyph b = boxes.get(byX[k]);
                double gap = (cx[byX[k]] - b.getWidth() / 2) - (cx[byX[k - 1]] + a.getWidth() / 2);
                // side by side and level: their ink overlaps down the page (a flat box says nothing of its height)
                boolean level = flat(a, em) || flat(b, em)
                        || Math.abs(cy[byX[k]] - cy[byX[k - 1]]) < (a.getHeight() + b.getHeight()) / 2;
                if (gap <= GAP * em && level) {
                    continue;
                }
            }
            if (k - from >= 2) {
                place(Arrays.asList(byX).subList(from, k), boxes, cy, lineCy, em, out);
            }
            from = k;
        }
        return out;
    }

    private static void place(List<Integer> run, List<Glyph> boxes, double[] cy, double lineCy, double em, double[] out) {
        List<Double> ys = new ArrayList<>();
        List<Double> tops = new ArrayList<>();
        List<Double> bottoms = new ArrayList<>();
        for (int i : run) {
            if (!flat(boxes.get(i), em)) {
                ys.add(cy[i]);
                tops.add(cy[i] - boxes.get(i).getHeight() / 2);
                bottoms.add(cy[i] + boxes.get(i).getHeight() / 2);
            }
        }
        if (ys.isEmpty()) {
            return;
        }
        double runCy = median(ys);
        double top = median(tops);
        double bottom = median(bottoms);
        double to = Math.abs(runCy - lineCy) <= em * 0.5 ? lineCy : runCy;
        for (int i : run) {
            Glyph g = boxes.get(i);
            boolean on = flat(g, em) || Math.abs(cy[i] - runCy) <= em * 0.5
                    // a box standing on this printed line and the next (its top the run's) or the one before (its
                    // bottom the run's): its centre lies between the two lines and says nothing of which it is on
                    || tall(g, em) && (Math.abs(cy[i] - g.getHeight() / 2 - top) <= em * EDGE
                            || Math.abs(cy[i] + g.getHeight() / 2 - bottom) <= em * EDGE);
            if (on) {
                out[i] = to;
            }
        }
    }

    private static double median(List<Double> v) {
        v.sort(null);
        int m = v.size();
        return m % 2 == 1 ? v.get(m / 2) : (v.get(m / 2 - 1) + v.get(m / 2)) / 2;
    }

    /** The height over which a box stands on two printed lines, in ems. */
    static final double TALL = 1.4;

    /** How far a tall box's top or bottom may lie from the run's (the median of its boxes') to stand on its line, in ems. */
    static final double EDGE = 0.25;

    /** A box over {@link #TALL} ems high: the engine boxed the ink of two printed lines as one word. */
    private static boolean tall(Glyph g, double em) {
        return g.getHeight() > TALL * em;
    }

    /** A box under a quarter of an em high holding a Chinese character: no glyph is that flat. */
    private static boolean flat(Glyph g, double em) {
        return g.getHeight() < em / 4 && OcrLayout.hanWord(g.getText());
    }
}
