package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an indicator table starts when neither its heading row (一级指标 | 二级指标 | 三级指标 | 指标值) nor a row of a
 * level-1 category (产出指标) was read, as when an OCR engine misreads a narrow column's words: the first row printing one
 * of the indicator framework's level-2 labels (数量指标, 社会效益指标, 服务对象满意度指标 …) whole, in a cell of its own,
 * with text in a cell after it (the indicator's name). A level-2 label is what every row group of the table prints, so
 * the first one found is the table's first group (or the first whose label the engine kept).
 */
final class Level2Start {
    private Level2Start() {
    }

    /**
     * @param table the sheet's table rows
     * @return the index of the first row starting an indicator table by a level-2 label, or -1
     */
    static int find(List<Row> table) {
        for (int i = 0; i < table.size(); i++) {
            if (label(table.get(i)) != null) {
                return pairsNamesWithValues(table, i) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the rows from {@code start} read as indicators: of the rows printing a text that is not a category label
     * (a name), at least half print a value the grammar reads as more than text (a number, a range, a deadline) in a
     * cell after that name. A page whose engine kept the level-2 labels and little else (a label beside a misread
     * fragment, no value) starts no table: its rows would come back as damaged names without values.
     *
     * @param table the sheet's table rows
     * @param start the row printing the first level-2 label
     * @return whether the rows from it pair names with values
     */
    static boolean pairsNamesWithValues(List<Row> table, int start) {
        int named = 0;
        int paired = 0;
        for (int i = start; i < table.size(); i++) {
            List<Cell> cells = table.get(i).cells();
            int name = -1;
            boolean value = false;
            for (int k = 0; k < cells.size(); k++) {
                Cell c = cells.get(k);
                if (c.isEmpty() || Vocabulary.category(c.text()) != null) {
                    continue;
                }
                if (name < 0) {
                    name = k;
                } else if (IndicatorTable.isValueLike(c.text())) {
                    value = true;
                    break;
                }
            }
            if (name >= 0) {
                named++;
                if (value) {
                    paired++;
                }
            }
        }
        return paired > 0 && 2 * paired >= named;
    }

    /**
     * The heading the table would print over the row found, placed by the label's column: the level-1 column before it,
     * the name and 指标值 after it, and on a self-evaluation sheet (its title says 自评: those columns are always the
     * same) 全年实际完成值 and 未完成原因和改进措施 after those; columns before the level-1 column stay without a heading.
     * An empty heading (rows read by content alone) where the label stands in the row's first cell.
     *
     * @param start          the row {@link #find} found
     * @param selfEvaluation whether the sheet's title says 自评
     * @return the heading row
     */
    static Row heading(Row start, boolean selfEvaluation) {
        int k = column(start);
        if (k < 1) {
            return new Row(List.of(), true, start.at());
        }
        List<Vocabulary.Column> after = selfEvaluation
                ? List.of(Vocabulary.Column.L2, Vocabulary.Column.NAME, Vocabulary.Column.VALUE, Vocabulary.Column.ACTUAL,
                        Vocabulary.Column.NOTE)
                : List.of(Vocabulary.Column.L2, Vocabulary.Column.NAME, Vocabulary.Column.VALUE);
        List<Cell> cells = new ArrayList<>();
        for (int j = 0; j < k - 1; j++) {
            cells.add(new Cell("", start.at()));
        }
        cells.add(new Cell(ReadDescriptions.heading(Vocabulary.Column.L1), start.at()));
        for (Vocabulary.Column h : after) {
            cells.add(new Cell(ReadDescriptions.heading(h), start.at()));
        }
        return new Row(cells, true, start.at());
    }

    /**
     * @param r a table row
     * @return the level-2 label the row prints whole in a cell followed by a cell with text, or null
     */
    static String label(Row r) {
        int k = column(r);
        return k < 0 ? null : Vocabulary.category(r.cells().get(k).text()).label();
    }

    /** The column of {@link #label}'s cell, or -1. */
    private static int column(Row r) {
        List<Cell> cells = r.cells();
        for (int k = 0; k < cells.size() - 1; k++) {
            Cell c = cells.get(k);
            if (c.isEmpty()) {
                continue;
            }
            Vocabulary.Category cat = Vocabulary.category(c.text());
            if (cat == null || cat.level() != Vocabulary.Level.L2 || !Text.key(c.text()).equals(cat.label())
                    || !Vocabulary.inFramework(cat.label())) {
                continue;
            }
            for (int j = k + 1; j < cells.size(); j++) {
                if (!cells.get(j).isEmpty() && Vocabulary.category(cells.get(j).text()) == null) {
                    return k;
                }
            }
        }
        return -1;
    }
}
