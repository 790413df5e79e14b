package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.List;

/**
 * The starts of a table's first page (its heading's) in {@code pdftotext -layout} text when the page is too short to give
 * its columns usual starts ({@link ColumnStarts#usualStarts}: two cells or more a column): one row under the heading,
 * its other rows on the next page, which pdftotext laid out on a narrower grid ({@code 产出指标 | 数量指标 |
 * 参加医保工作省级新闻发布会、政} at 26, 43 and 52, the next page's label, name and value columns at 35, 48 and 64). Measured
 * by the rest of the table, the row's level-2 label stood nearer the names' start than its own column's and was joined to
 * the name; the page's own grid ({@link LaidOutPages#ownGrids}) is asked of it where its cells say where its columns
 * stand. A later page's one line is not measured so: a prose line taken into the table at its end (the next sheet's
 * title over a page break) would make a grid of its own, and its text the name column's widest.
 */
final class ShortPageStarts {
    private ShortPageStarts() {
    }

    /**
     * The usual starts, where fewer than two columns have one, with each column that has none and holds exactly one cell
     * on the page's lines of two cells or more (where the split placed it among others) starting where that cell does;
     * otherwise the usual starts as they are.
     *
     * @param usual the page's usual starts (-1 where none)
     * @param page  the page's lines
     */
    static int[] filled(int[] usual, List<Line> page) {
        int known = 0;
        for (int x : usual) {
            known += x >= 0 ? 1 : 0;
        }
        if (known >= 2) {
            return usual;
        }
        int[] out = usual.clone();
        for (int c = 0; c < out.length; c++) {
            if (out[c] < 0) {
                List<Integer> one = ColumnStarts.starts(page, c, true);
                if (one.size() == 1) {
                    out[c] = one.get(0);
                }
            }
        }
        return out;
    }
}
