package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator heading row an OCR engine read as nothing (or past recognition), given back from the
 * sheet before it in the same document. A sheet of word-box cells with no heading row whose table ends
 * in a run of rows cut into exactly the cells of the previous sheet's heading (the same template
 * printed again), where the run's cells in that heading's level columns (一级指标, 二级指标) hold a level
 * label of that level and its value column (指标值) holds quantities beside names (三级指标), two at
 * least, takes that heading, when no cell of the run names a heading's column (a heading read in part is
 * read as it is) or the header's money or goals: in place of the run's first row when
 * that row is empty (the heading read as nothing), before it otherwise. Not for printed lines (plain
 * OCR text), whose cells are not cut at a grid's columns. The caller records an {@code heading-inherited}
 * diagnostic.
 */
final class InheritedHeading {
    private InheritedHeading() {
    }

    /** Fewest rows of the run for the rule to apply. */
    private static final int MIN_ROWS = 3;
    /** Fewest level labels in the level columns. */
    private static final int MIN_LABELS = 1;
    /** Fewest quantities (read by the grammar as more than text) in the value column, beside a name. */
    private static final int MIN_VALUES = 2;

    /**
     * The table with the previous sheet's heading put in, or null when the rule does not apply.
     *
     * @param previous the indicator heading row of the sheet before, in the same document (or null)
     * @param table    this sheet's table rows, none of them an indicator heading
     * @return the table and where the heading now is, or null
     */
    static Placed place(Row previous, List<Row> table) {
        if (previous == null || table.isEmpty() || !ocr(table)) {
            return null;
        }
        List<Cell> head = previous.cells();
        int n = head.size();
        int l1 = -1;
        int l2 = -1;
        int name = -1;
        int value = -1;
        for (int k = 0; k < n; k++) {
            Vocabulary.Column col = Vocabulary.column(head.get(k).text());
            if (col == Vocabulary.Column.L1 && l1 < 0) {
                l1 = k;
            } else if (col == Vocabulary.Column.L2 && l2 < 0) {
                l2 = k;
            } else if (col == Vocabulary.Column.NAME && name < 0) {
                name = k;
            } else if (col == Vocabulary.Column.VALUE && value < 0) {
                value = k;
            }
        }
        if (l1 < 0 && l2 < 0 || name < 0 || value < 0) {
            return null;
        }
        int from = table.size();
        while (from > 0 && table.get(from - 1).table() && table.get(from - 1).cells().size() == n) {
            from--;
        }
        if (table.size() - from < MIN_ROWS) {
            return null;
        }
        int labels = 0;
        int values = 0;
        for (int i = from; i < table.size(); i++) {
            List<Cell> cells = table.get(i).cells();
            for (Cell c : cells) {
                if (!c.isEmpty() && (Vocabulary.column(c.text()) != null || Vocabulary.isFundingLabel(c.text())
                        || Vocabulary.isMoneyLabel(c.text().strip()) || Vocabulary.isGoalsLabel(c.text()))) {
                    return null; // a heading read in part (the rows are read by it), or the header's money and goals
                }
            }
            labels += level(cells, l1, Vocabulary.Level.L2) + level(cells, l2, Vocabulary.Level.L1);
            Cell v = cells.get(value);
            if (!v.isEmpty() && !cells.get(name).isEmpty()
                    && !(dev.zhibiao.Targets.parse(v.text().strip(), cells.get(name).text()) instanceof dev.zhibiao.Target.Qualitative)) {
                values++;
            }
        }
        if (labels < MIN_LABELS || values < MIN_VALUES) {
            return null;
        }
        Row first = table.get(from);
        boolean empty = first.cells().stream().allMatch(Cell::isEmpty);
        List<Cell> cells = new ArrayList<>(n);
        for (Cell c : head) {
            cells.add(new Cell(c.text(), new Locator(first.at().line(), c.at().column(), first.at().page())));
        }
        List<Row> out = new ArrayList<>(table.size() + 1);
        out.addAll(table.subList(0, from));
        out.add(new Row(cells, true, first.at()));
        out.addAll(table.subList(empty ? from + 1 : from, table.size()));
        return new Placed(out, from, empty);
    }

    /**
     * @param table    the table with the heading put in
     * @param heading  the heading's index in it
     * @param replaced whether the heading took the place of an empty row
     */
    record Placed(List<Row> table, int heading, boolean replaced) {
    }

    /** 1 when the cell at {@code k} is a level label of the column's level (not of the other only), else 0. */
    private static int level(List<Cell> cells, int k, Vocabulary.Level not) {
        if (k < 0 || k >= cells.size() || cells.get(k).isEmpty()) {
            return 0;
        }
        Vocabulary.Category cat = Vocabulary.category(cells.get(k).text());
        return cat != null && cat.level() != not ? 1 : 0;
    }

    private static boolean ocr(List<Row> table) {
        for (Row r : table) {
            for (Cell c : r.cells()) {
                if (c.ocr()) {
                    return true;
                }
            }
        }
        return false;
    }
}
