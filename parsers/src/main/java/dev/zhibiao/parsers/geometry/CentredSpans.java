package dev.zhibiao.parsers.geometry;

import static dev.zhibiao.parsers.geometry.GlyphText.*;
import static dev.zhibiao.parsers.geometry.Gutters.*;
import static dev.zhibiao.parsers.geometry.HeadingSpans.*;
import static dev.zhibiao.parsers.geometry.LooseLayout.*;
import static dev.zhibiao.parsers.geometry.UnruledTable.*;

import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Merged cells of unruled tables: their text printed centred among the rows they span is moved,
 * joined, to the top row of the span, as ruled tables and HTML give it.
 */
public final class CentredSpans {
    private CentredSpans() {
    }

    /**
     * Without rules, a merged cell's text is printed centred among the rows it spans. Where a run
     * of filled cells in a column has as many empty cells above it as below it (give or take one, and
     * at least one of each: a text whose own rows were cut apart by position starts in its top row),
     * some column further right is filled in every one of those rows, and no column further left
     * names those rows apart ({@link #rowsNamedLeftOf}), the run is taken as such
     * a centred text: it moves, joined, to the top of the span, as ruled tables and HTML give it.
     */
    public static void liftCentredSpans(List<String[]> grid) {
        liftCentredSpans(grid, null);
    }

    /**
     * @param reachesDown per row and column, into how many of the next rows the cell's text runs on
     *                    (a label wrapped over several lines covers the rows beside its lines): the
     *                    run counts as reaching that far, and the empty cells below it are counted
     *                    from there. Null when not known.
     */
    public static void liftCentredSpans(List<String[]> grid, List<int[]> reachesDown) {
        liftCentredSpans(grid, reachesDown, null);
    }

    /**
     * @param reachesDown as above
     * @param confidence  per row and column, the OCR confidence of the cell's text (NaN when none),
     *                    moved with the text (the least of the joined parts); null when not known
     */
    static void liftCentredSpans(List<String[]> grid, List<int[]> reachesDown, List<double[]> confidence) {
        int rows = grid.size();
        if (rows < 3) {
            return;
        }
        int width = grid.get(0).length;
        boolean labelsAtTop = labelsAtTop(grid, reachesDown);
        for (int c = 0; c < width; c++) {
            int r = 0;
            while (r < rows) {
                if (grid.get(r)[c].isEmpty()) {
                    r++;
                    continue;
                }
                int r1 = r;
                int r2 = r;
                while (r2 + 1 < rows && !grid.get(r2 + 1)[c].isEmpty()) {
                    r2++;
                }
                int above = 0;
                while (r1 - above - 1 >= 0 && grid.get(r1 - above - 1)[c].isEmpty()) {
                    above++;
                }
                int below = 0;
                while (r2 + below + 1 < rows && grid.get(r2 + below + 1)[c].isEmpty()) {
                    below++;
                }
                int top = r1 - above;
                int bottom = r2 + below;
                int reach = r2;
                for (int k = r1; k <= r2 && reachesDown != null; k++) {
                    reach = Math.max(reach, k + reachesDown.get(k)[c]);
                }
                below = Math.max(0, below - (reach - r2));
                if (above > 0 && below > 0 && Math.abs(above - below) <= 1 && filledRightOf(grid, c, top, bottom)
                        && !rowsNamedLeftOf(grid, c, top, bottom) && !otherParentAbove(grid, c, top, r1)
                        && !valuesOfRows(grid, c, r1, r2) && !labelsOfRows(grid, c, r1, r2)
                        && !(labelsAtTop && category(grid, c, r1, r2))) {
                    List<String> parts = new ArrayList<>();
                    double least = Double.NaN;
                    for (int k = r1; k <= r2; k++) {
                        parts.add(grid.get(k)[c]);
                        grid.get(k)[c] = "";
                        if (confidence != null) {
                            least = GlyphText.least(least, confidence.get(k)[c]);
                            confidence.get(k)[c] = Double.NaN;
                        }
                    }
                    grid.get(top)[c] = joinLines(parts);
                    if (confidence != null) {
                        confidence.get(top)[c] = least;
                    }
                }
                r = r2 + 1;
            }
        }
    }

    /**
     * Whether the table prints its category labels on their groups' first rows, not centred down them: some column
     * holds a whole category label of the vocabulary (numbered or not) with no empty cell above it (under a filled cell, or the table's
     * first row) and two or more empty cells below it beside filled cells further right (产出指标 under the heading
     * 一级指标, its five rows below empty in the level-1 column). A label centred down its rows stands in their
     * middle, with about as many empty cells above it as below, so such a label is never a centred one; a sheet prints
     * all its labels one way, so its other labels with one empty cell above and below (质量指标 on the first of its two
     * rows) stay on their rows too.
     */
    static boolean labelsAtTop(List<String[]> grid, List<int[]> reachesDown) {
        int rows = grid.size();
        int width = grid.get(0).length;
        for (int c = 0; c < width; c++) {
            for (int r = 0; r < rows; r++) {
                String text = grid.get(r)[c].strip();
                if (text.isEmpty() || r > 0 && grid.get(r - 1)[c].isEmpty()) {
                    continue;
                }
                Vocabulary.Category cat = Vocabulary.category(text);
                if (cat == null || !text.endsWith(cat.label())) {
                    continue;
                }
                int from = r + (reachesDown == null ? 0 : reachesDown.get(r)[c]);
                int below = 0;
                while (from + below + 1 < rows && grid.get(from + below + 1)[c].isEmpty()) {
                    below++;
                }
                if (below >= 2 && filledRightOf(grid, c, r, from + below)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether every cell of a run of filled cells is a whole category label of the vocabulary (numbered or not:
     * 一、产出指标): the labels of one-row groups printed one under the other.
     */
    private static boolean category(List<String[]> grid, int c, int r1, int r2) {
        for (int k = r1; k <= r2; k++) {
            String text = grid.get(k)[c].strip();
            Vocabulary.Category cat = Vocabulary.category(text);
            if (cat == null || !text.endsWith(cat.label())) {
                return false;
            }
        }
        return true;
    }

    /** A cell that is one number alone (an amount, a count or a rate: 186000, 1,234.50, 97.5%). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[-+]?\\d[\\d,]*(\\.\\d+)?%?");

    /**
     * Whether a run of filled cells is a column of its rows' own values rather than one text: two or
     * more of its cells are each a number alone (a budget column's 186000 | 150000 | 36000 under its
     * heading 预算数, printed beside the rows' names). A merged cell's text wrapped over lines is never
     * a list of numbers, so such a run stays in its rows.
     */
    static boolean valuesOfRows(List<String[]> grid, int c, int r1, int r2) {
        int numbers = 0;
        for (int k = r1; k <= r2; k++) {
            if (NUMBER.matcher(grid.get(k)[c].strip()).matches()) {
                numbers++;
            }
        }
        return numbers >= 2;
    }

    /**
     * Whether a run of filled cells is its rows' own level labels rather than one text: every cell is a whole category
     * label of the vocabulary, all of one level and all different, two or more (质量指标 | 时效指标 | 社会效益指标 |
     * 服务对象满意度指标 down the level-2 column of a table that prints each label once, at its group's first row, with
     * the rows under it empty). A merged cell's text wrapped over lines is never a list of whole, different labels
     * (a label wrapped in two has at most one whole part), so such a run stays in its rows.
     */
    static boolean labelsOfRows(List<String[]> grid, int c, int r1, int r2) {
        if (r2 == r1) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        Vocabulary.Level level = null;
        for (int k = r1; k <= r2; k++) {
            String text = grid.get(k)[c].strip();
            Vocabulary.Category cat = Vocabulary.category(text);
            if (cat == null || !cat.label().equals(text) || level != null && cat.level() != level || !seen.add(text)) {
                return false;
            }
            level = cat.level();
        }
        return true;
    }

    /**
     * Whether a column left of {@code c} names each row of the span apart: filled in every row with
     * texts that are not all the same (the indicators' names). A column right of the names holds
     * the rows' own data (a unit printed only where there is one: 度量单位 empty beside 定性 values),
     * whose lone text between empty cells is that row's, not a merged cell centred on it; merged
     * cells are the labels left of the names, beside which the columns further left are merged or
     * repeat one label.
     */
    static boolean rowsNamedLeftOf(List<String[]> grid, int c, int top, int bottom) {
        for (int k = 0; k < c; k++) {
            boolean all = true;
            boolean differ = false;
            String first = grid.get(top)[k];
            for (int r = top; r <= bottom && all; r++) {
                all = !grid.get(r)[k].isEmpty();
                differ |= !grid.get(r)[k].equals(first);
            }
            if (all && differ) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a level-1 label in column {@code c} would be lifted over rows whose level-2 label (in the
     * next column) belongs to another level 1 ({@code 质量指标} is 产出指标's): the empty cells above
     * it are then the previous label's, printed at the top of its own block (a table printed with
     * one label per block and empty cells under it), not this label's merged cell. The categories
     * are the shared vocabulary's.
     */
    static boolean otherParentAbove(List<String[]> grid, int c, int top, int r1) {
        Vocabulary.Category mine = Vocabulary.category(grid.get(r1)[c]);
        if (mine == null || mine.level() != Vocabulary.Level.L1 || c + 1 >= grid.get(0).length) {
            return false;
        }
        for (int r = top; r < r1; r++) {
            Vocabulary.Category below = Vocabulary.category(grid.get(r)[c + 1]);
            String parent = below == null || below.level() != Vocabulary.Level.L2 ? null : Vocabulary.parentOf(below.label());
            if (parent != null && !parent.equals(mine.label())) {
                return true;
            }
        }
        return false;
    }

    static boolean filledRightOf(List<String[]> grid, int c, int top, int bottom) {
        int width = grid.get(0).length;
        for (int k = c + 1; k < width; k++) {
            boolean all = true;
            for (int r = top; r <= bottom && all; r++) {
                all = !grid.get(r)[k].isEmpty();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
