package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator heading printed over two rows, its cells merged down across them:
 *
 * <pre>
 * 绩效指标 |          |          | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因及改进措施
 * 一级指标 | 二级指标 | 三级指标 |            |            |      |      |
 * </pre>
 *
 * The row of level words is the heading that {@link Recovery#isIndicatorHeading} finds; the value,
 * actual, weight and score columns are named only on the row next to it (above, under a 绩效指标 label
 * spanning the levels, or below), so that the rows were read with no value column at all. Where the
 * row next to the heading holds only heading words of {@link Vocabulary#column} (the lead 绩效指标 aside),
 * two or more, each in a cell the heading row leaves empty, the two rows are one heading: each column
 * named by whichever row names it. Recorded as {@code heading-two-rows}. Not asked of an OCR engine's rows: there a
 * heading printed on one line is cut into two rows by its words' heights and the rows under it are cut alike, so the
 * joined heading's positions misplace their cells (ocr-fresh-pdf33's h6_001_budget lost two indicators, txt35's h3_004
 * gained them: left to the OCR topics).
 */
final class TwoRowHeading {
    /** The diagnostic code of a heading read from two rows. */
    static final String CODE = "heading-two-rows";

    private TwoRowHeading() {
    }

    /**
     * The heading joined from two rows.
     *
     * @param row   the joined heading row
     * @param other the index of the row joined to the heading row (one above or one below it)
     */
    record Joined(Row row, int other) {
    }

    /**
     * Joins the heading row at {@code heading} with the row above it or, failing that, the row below it, where
     * that row names columns the heading row leaves empty; null when neither does.
     *
     * @param table   the table's rows
     * @param heading the index of the heading row
     * @param d       where the reading is recorded
     * @return the joined heading, or null
     */
    static Joined find(List<Row> table, int heading, SheetDraft d) {
        Row h = table.get(heading);
        if (ocr(h)) {
            return null; // an OCR engine's rows: a heading line cut by its words' heights, its rows cut alike (a lead)
        }
        for (int other : new int[] {heading - 1, heading + 1}) {
            if (other < 0 || other >= table.size() || !table.get(other).table() || ocr(table.get(other))) {
                continue;
            }
            Row joined = joined(h, table.get(other));
            if (joined != null) {
                d.diag(CODE, h.at(), "the indicator heading printed over two rows, joined: \"" + table.get(other).text() + "\" "
                        + (other < heading ? "over" : "under") + " \"" + h.text() + "\" read as \"" + joined.text() + "\"");
                return new Joined(joined, other);
            }
        }
        return null;
    }

    /** @return the heading row with the other row's heading words in its empty cells, or null */
    private static Row joined(Row heading, Row other) {
        List<Cell> hc = heading.cells();
        List<Cell> oc = other.cells();
        int fills = 0;
        for (int j = 0; j < oc.size(); j++) {
            Cell c = oc.get(j);
            if (c.isEmpty()) {
                continue;
            }
            Column col = Vocabulary.column(c.text());
            if (col == null) {
                return null; // a row of anything but heading words is no part of the heading
            }
            if (col == Column.LEAD) {
                continue; // 绩效指标 spanning the level columns
            }
            if (j >= hc.size() || !hc.get(j).isEmpty()) {
                return null;
            }
            fills++;
        }
        if (fills < 2) {
            return null;
        }
        List<Cell> cells = new ArrayList<>(hc.size());
        for (int j = 0; j < hc.size(); j++) {
            Cell c = hc.get(j);
            if (c.isEmpty() && j < oc.size() && !oc.get(j).isEmpty()) {
                c = oc.get(j);
            }
            cells.add(c);
        }
        return new Row(cells, true, heading.at());
    }

    /** @return whether a filled cell of the row was read by an OCR engine */
    private static boolean ocr(Row r) {
        for (Cell c : r.cells()) {
            if (!c.isEmpty() && c.ocr()) {
                return true;
            }
        }
        return false;
    }
}
