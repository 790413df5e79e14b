package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.Kind;
import static dev.zhibiao.parsers.PdfTextReader.Piece;

/**
 * Cells plain pdftotext printed after an indicator table's rows (tprint19): on an unruled print a value
 * column's cells that did not fall into their row's flow come after the last row, in row order, sometimes
 * behind their column's heading printed late ({@code ≥60 个 / 2026 年 12 月底前 / 年度指标值 / 100% / …};
 * {@code 指标方向 / 正向 / 正向 / 基本建立 正向 / ≥90% / 正向}). Each row keeps the cells it printed itself,
 * in increasing columns after its name (a cell printed on the name's own lines is the column right after
 * it); the cells after the rows then fill the cells the rows lack, each in a column it fits, row by row
 * (cells printed before a late heading word only in columns left of that heading's). An assignment is taken
 * only when every cell after the rows is placed and no row is left with an empty cell; the last row keeps
 * as few of the cells after its name as it can (what follows its name's lines is read as printed after the
 * rows first). Pure: no semantics, the rows are read by core as any table's.
 */
final class PdfTextLateCells {
    private PdfTextLateCells() {
    }

    /** The most assignments of the rows' own cells tried. */
    private static final int MOST = 4096;

    /** One row as cut: its cells after the name in printed order, how many of them the name's lines force beside it. */
    record RowCells(List<Piece> rest, int forced) {
    }

    /** A cell placed: its row, its column, and whether it was printed after the rows. */
    record Placed(int row, int column, Piece cell, boolean late) {
    }

    /**
     * Places the rows' own cells and the cells after them ({@code tail}, with the late heading words among
     * them, each given its column in {@code headingColumn}, -1 for other pieces); null when no assignment
     * places every cell after the rows and fills every row.
     */
    static List<Placed> solve(List<RowCells> rows, List<Piece> tail, int[] headingColumn, List<Column> cols, int name) {
        int last = rows.size() - 1;
        if (last < 0) {
            return null;
        }
        RowCells end = rows.get(last);
        // the last row keeps as few of its cells as it can: fewer first, every other row's choice tried at each
        for (int keep = end.forced(); keep <= end.rest().size(); keep++) {
            List<List<int[]>> options = new ArrayList<>();
            long product = 1;
            for (int r = 0; r < rows.size(); r++) {
                List<int[]> o = new ArrayList<>();
                RowCells rc = rows.get(r);
                int n = r < last ? rc.rest().size() : keep;
                combos(rc.rest(), n, rc.forced(), name + 1, cols, new int[n], 0, o);
                if (o.isEmpty()) {
                    if (r < last) {
                        return null;
                    }
                    product = 0;
                    break;
                }
                options.add(o);
                product *= o.size();
                if (product > MOST) {
                    return null;
                }
            }
            int[] pick = new int[rows.size()];
            for (long n = 0; n < product; n++) {
                long x = n;
                for (int r = rows.size() - 1; r >= 0; r--) {
                    pick[r] = (int) (x % options.get(r).size());
                    x /= options.get(r).size();
                }
                List<Placed> out = attempt(rows, options, pick, tail, headingColumn, cols, name);
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /** One assignment of the rows' own cells, then the cells after the rows; null when it leaves a cell or a hole. */
    private static List<Placed> attempt(List<RowCells> rows, List<List<int[]>> options, int[] pick, List<Piece> tail,
                                        int[] headingColumn, List<Column> cols, int name) {
        int n = cols.size();
        Piece[][] grid = new Piece[rows.size()][n];
        List<Placed> out = new ArrayList<>();
        List<Piece> after = new ArrayList<>();
        List<Integer> afterHeading = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int[] at = options.get(r).get(pick[r]);
            List<Piece> rest = rows.get(r).rest();
            for (int k = 0; k < at.length; k++) {
                grid[r][at[k]] = rest.get(k);
                out.add(new Placed(r, at[k], rest.get(k), false));
            }
            if (r == rows.size() - 1) {
                // the last row's cells it does not keep are the first printed after the rows
                for (int k = at.length; k < rest.size(); k++) {
                    after.add(rest.get(k));
                    afterHeading.add(-1);
                }
            }
        }
        for (int t = 0; t < tail.size(); t++) {
            after.add(tail.get(t));
            afterHeading.add(headingColumn[t]);
        }
        // segments: the cells up to a late heading word go left of its column; after the last one, anywhere
        int from = 0;
        while (from < after.size()) {
            int to = from;
            while (to < after.size() && afterHeading.get(to) < 0) {
                to++;
            }
            int limit = to < after.size() ? afterHeading.get(to) : n;
            int r = 0;
            int c = name + 1;
            for (int k = from; k < to; k++) {
                Piece q = after.get(k);
                boolean put = false;
                for (; r < rows.size() && !put; r++, c = name + 1) {
                    for (; c < limit; c++) {
                        if (grid[r][c] == null && PdfTextWideTable.fits(cols.get(c), q.text(), null, cols)) {
                            grid[r][c] = q;
                            out.add(new Placed(r, c, q, true));
                            put = true;
                            break;
                        }
                    }
                    if (put) {
                        c++;
                        break;
                    }
                }
                if (!put) {
                    return null;
                }
            }
            from = to + 1;
        }
        for (Piece[] row : grid) {
            for (int c = name + 1; c < n; c++) {
                if (row[c] == null) {
                    return null;
                }
            }
        }
        return out;
    }

    /** Every way of putting the first {@code keep} cells in increasing columns they fit, the forced ones right after the name. */
    private static void combos(List<Piece> rest, int keep, int forced, int col, List<Column> cols, int[] at, int k, List<int[]> out) {
        if (k == keep) {
            out.add(at.clone());
            return;
        }
        for (int c = col; c < cols.size(); c++) {
            if (k < forced && c != col) {
                return;
            }
            if (PdfTextWideTable.fits(cols.get(c), rest.get(k).text(), null, cols)) {
                at[k] = c;
                combos(rest, keep, forced, c + 1, cols, at, k + 1, out);
            }
        }
    }

    /** Whether a piece is a cell's wrapped last line ({@code 2026 年 12 月 / 底前}): a short text on the line after a value. */
    static boolean wrapOf(Piece value, Piece next) {
        return value.kind() == Kind.VALUE && next.kind() == Kind.TEXT && next.line() == value.line() + 1
                && next.key().length() <= 4 && Rx.matches(next.key(), "\\p{IsHan}+") && PdfTextWideTable.headingWords(next.text()) == null
                && !PdfTextWideTable.fits(Column.DIRECTION, next.text(), null, List.of())
                && !PdfTextWideTable.fits(Column.OPERATOR, next.text(), null, List.of());
    }
}
