package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.ScanReader.Placed;
import dev.zhibiao.parsers.ScanReader.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table's cells as rows: the tables printed one under the other split apart, then one row
 * per distinct cell top and one column per distinct cell left (moved out of {@link ScanReader}).
 */
final class GridRows {
    private GridRows() {}

    /**
     * The rows of a table's cells: split into the tables printed one under the other (where the
     * column rules change and no cell crosses), then one row per distinct cell top, one column per
     * distinct cell left, each cell's text at its top-left position.
     */
    static List<Placed> grid(List<RuleGrid.Box> cells, List<Reading> readings, int pageNo) {
        List<Placed> out = new ArrayList<>();
        for (List<Integer> section : sections(cells)) {
            out.addAll(section(cells, readings, section, pageNo));
        }
        return out;
    }

    private static final int TOL = 8;

    private static List<Placed> section(List<RuleGrid.Box> cells, List<Reading> readings, List<Integer> idx, int pageNo) {
        List<Integer> tops = new ArrayList<>();
        List<Integer> lefts = new ArrayList<>();
        int tableLeft = Integer.MAX_VALUE;
        for (int i : idx) {
            tops.add(cells.get(i).top());
            lefts.add(cells.get(i).left());
            tableLeft = Math.min(tableLeft, cells.get(i).left());
        }
        List<Integer> rowsAt = clusters(tops);
        List<Integer> colsAt = clusters(lefts);
        Reading[][] grid = new Reading[rowsAt.size()][colsAt.size()];
        for (int i : idx) {
            int r = nearest(rowsAt, cells.get(i).top());
            int k = nearest(colsAt, cells.get(i).left());
            Reading rd = readings.get(i);
            grid[r][k] = grid[r][k] == null || grid[r][k].text().isEmpty() ? rd
                    : new Reading(grid[r][k].text() + rd.text(), grid[r][k].confidence());
        }
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < rowsAt.size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int k = 0; k < colsAt.size(); k++) {
                Reading rd = grid[r][k] == null ? Reading.NONE : grid[r][k];
                row.add(new Cell(rd.text(), new Locator(null, k + 1, pageNo), rd.confidence()));
            }
            out.add(new Placed(rowsAt.get(r), tableLeft, new Row(row, true, Locator.page(pageNo))));
        }
        return out;
    }

    /**
     * The cells of one ruled area split into the tables printed there: a cut goes between two rows
     * where no cell crosses and neither side's inner column rules at the cut are all among the
     * other side's (as the PDF reader cuts lattice areas).
     */
    static List<List<Integer>> sections(List<RuleGrid.Box> cells) {
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        List<Integer> tops = new ArrayList<>();
        for (RuleGrid.Box c : cells) {
            left = Math.min(left, c.left());
            right = Math.max(right, c.right());
            tops.add(c.top());
        }
        List<Integer> cuts = new ArrayList<>();
        for (int y : clusters(tops)) {
            List<Integer> above = new ArrayList<>();
            List<Integer> below = new ArrayList<>();
            boolean crossed = false;
            for (RuleGrid.Box c : cells) {
                if (c.top() < y - TOL && c.bottom() > y + TOL) {
                    crossed = true;
                    break;
                }
                List<Integer> side = Math.abs(c.bottom() - y) <= TOL ? above : Math.abs(c.top() - y) <= TOL ? below : null;
                if (side != null) {
                    for (int x : new int[] {c.left(), c.right()}) {
                        if (x > left + TOL && x < right - TOL) {
                            side.add(x);
                        }
                    }
                }
            }
            if (!crossed && !above.isEmpty() && !below.isEmpty() && !within(above, below) && !within(below, above)) {
                cuts.add(y);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < cells.size(); i++) {
            int k = 0;
            while (k < cuts.size() && cells.get(i).top() >= cuts.get(k) - TOL) {
                k++;
            }
            out.get(k).add(i);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static boolean within(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            boolean found = false;
            for (int y : b) {
                found |= Math.abs(x - y) <= TOL;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> clusters(List<Integer> values) {
        List<Integer> v = new ArrayList<>(values);
        v.sort(null);
        List<Integer> out = new ArrayList<>();
        for (int x : v) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > TOL) {
                out.add(x);
            }
        }
        return out;
    }

    private static int nearest(List<Integer> at, int x) {
        int best = 0;
        for (int i = 1; i < at.size(); i++) {
            if (Math.abs(at.get(i) - x) < Math.abs(at.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
