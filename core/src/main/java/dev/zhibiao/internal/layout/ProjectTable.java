package dev.zhibiao.internal.layout;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A department's table of several projects (部门预算项目绩效目标申报表): the indicator heading starts
 * with project columns ({@code 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …}), each project's
 * first row fills them and its other rows leave them to the merged cells above. One sheet per
 * project, in order: {@code parties} gets the 单位名称 column, {@code project} the 项目名称, the funding
 * item {@code 预算数} the budget in the unit the table states, {@code goals} the 年度目标.
 *
 * <p>A row under the first one is printed either with the merged cells as empty cells, or without
 * them (its first cell the level-1 category): both are read against the heading without the project
 * columns.
 */
final class ProjectTable {
    private ProjectTable() {
    }

    /** The project columns of a heading row, by position; empty when the heading has none. */
    static TreeMap<Integer, Column> projectColumns(Row heading) {
        TreeMap<Integer, Column> out = new TreeMap<>();
        for (int i = 0; i < heading.cells().size(); i++) {
            Column c = Vocabulary.column(heading.cells().get(i).text());
            if ((c == Column.UNIT_NAME || c == Column.PROJECT || c == Column.BUDGET || c == Column.GOALS
                    || c == Column.PROJECT_CODE) && !out.containsValue(c)) {
                out.put(i, c);
            }
        }
        // a table of projects names them: a 项目名称 column in the indicator heading row (alone in a flat
        // export that prints the project on every row: 项目名称 | 一级指标 | 二级指标 | 三级指标 | 指标值)
        return out.containsValue(Column.PROJECT) ? out : new TreeMap<>();
    }

    /**
     * The sheets of the projects of a table.
     *
     * @param heading the indicator heading row, project columns included
     * @param rows    the rows under it
     * @param base    the draft holding what the sheet's title and header block say (kind, title,
     *                year, money unit), shared by every project
     * @return one sheet per project, in order
     */
    static List<Sheet> read(Row heading, List<Row> rows, SheetDraft base) {
        TreeMap<Integer, Column> cols = projectColumns(heading);
        Row indicatorHeading = without(heading, cols);
        List<Sheet> out = new ArrayList<>();
        SheetDraft d = null;
        List<Row> own = new ArrayList<>();
        boolean first = true;
        Row projectRow = null;
        for (Row r : rows) {
            if (d != null && sameProject(r, projectRow, cols)) {
                own.add(without(r, cols)); // a flat export: the project printed again on each of its rows
            } else if (isProjectRow(r, cols)) {
                projectRow = r;
                if (d != null) {
                    IndicatorTable.read(indicatorHeading, own, d);
                    out.add(d.build());
                }
                d = base.copyHeader(first);
                first = false;
                own = new ArrayList<>();
                project(r, heading, cols, d);
                own.add(without(r, cols));
            } else if (d == null) {
                for (Cell c : r.cells()) {
                    base.remnant(c, "row of a table of projects before its first project");
                }
            } else if (projectCellsEmpty(r, cols)) {
                own.add(without(r, cols)); // the merged project cells printed empty
            } else {
                own.add(r); // printed without the merged project cells
            }
        }
        if (d != null) {
            IndicatorTable.read(indicatorHeading, own, d);
            out.add(d.build());
        }
        return out;
    }

    /**
     * A project's first row: its 项目名称 cell filled with a name (no category label, operator,
     * 定性/定量 or value), and its 预算数 cell (where the table has one) empty or an amount.
     */
    static boolean isProjectRow(Row r, TreeMap<Integer, Column> cols) {
        for (Map.Entry<Integer, Column> e : cols.entrySet()) {
            Cell c = e.getKey() < r.cells().size() ? r.cells().get(e.getKey()) : null;
            String text = c == null ? "" : c.text();
            switch (e.getValue()) {
                case PROJECT -> {
                    // a name, not a category, an operator (定性, ≥) or a value of an indicator row printed here
                    if (c == null || c.isEmpty() || Vocabulary.category(text) != null
                            || TemplateColumns.isOperatorColumnText(c) || IndicatorTable.isValueLike(text)
                            || MoneyRows.amount(text) != null) {
                        return false;
                    }
                }
                case UNIT_NAME -> {
                    if (c != null && !c.isEmpty() && Vocabulary.category(text) != null) {
                        return false;
                    }
                }
                case BUDGET -> {
                    if (c != null && !c.isEmpty() && MoneyRows.amount(text) == null) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * Whether a row prints the same project as that project's first row: every project cell the same
     * text (a flat export repeats 项目名称, 项目编码 … on each indicator's row).
     */
    private static boolean sameProject(Row r, Row projectRow, TreeMap<Integer, Column> cols) {
        if (projectRow == null) {
            return false;
        }
        for (Integer at : cols.keySet()) {
            String a = at < r.cells().size() ? Text.key(r.cells().get(at).text()) : "";
            String b = at < projectRow.cells().size() ? Text.key(projectRow.cells().get(at).text()) : "";
            if (!a.equals(b)) {
                return false;
            }
        }
        int name = -1;
        for (var e : cols.entrySet()) {
            if (e.getValue() == Column.PROJECT) {
                name = e.getKey();
            }
        }
        return name >= 0 && name < r.cells().size() && !r.cells().get(name).isEmpty();
    }

    private static boolean projectCellsEmpty(Row r, TreeMap<Integer, Column> cols) {
        for (Integer at : cols.keySet()) {
            if (at < r.cells().size() && !r.cells().get(at).isEmpty()) {
                return false;
            }
        }
        return r.cells().size() > cols.lastKey();
    }

    /** The row without the cells of the project columns. */
    private static Row without(Row r, TreeMap<Integer, Column> cols) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < r.cells().size(); i++) {
            if (!cols.containsKey(i)) {
                cells.add(r.cells().get(i));
            }
        }
        return new Row(cells, r.table(), r.at());
    }

    /** Reads a project's first row into its sheet. */
    private static void project(Row r, Row heading, TreeMap<Integer, Column> cols, SheetDraft d) {
        d.locator = new dev.zhibiao.Locator(r.at().line() == null ? 0 : r.at().line(), null, r.at().page());
        if (r.at().line() == null) {
            d.locator = r.at();
        }
        for (Map.Entry<Integer, Column> e : cols.entrySet()) {
            if (e.getKey() >= r.cells().size()) {
                continue;
            }
            Cell c = r.cells().get(e.getKey());
            String label = MoneyRows.fundingLabel(heading.cells().get(e.getKey()).text());
            String text = c.isEmpty() ? null : Text.clean(c.text());
            switch (e.getValue()) {
                case PROJECT -> d.project = text;
                case UNIT_NAME -> d.parties.put(label, text);
                case PROJECT_CODE -> {
                    if (text != null) {
                        d.attributes.put(Text.cleanLabel(heading.cells().get(e.getKey()).text()).replace(" ", ""), text);
                    }
                }
                case BUDGET -> {
                    BigDecimal amount = text == null ? null : MoneyRows.amount(text);
                    String unit = MoneyVocabulary.fundingUnit(heading.cells().get(e.getKey()).text());
                    if (unit != null) {
                        d.fundingUnit = unit;
                    } else if (d.fundingUnit == null) {
                        d.fundingUnit = "万元";
                        d.diag("funding-unit", c.at(), "table of projects states no money unit; 万元 assumed");
                    }
                    d.funding.add(new FundingItem(label.replaceAll("[(（][^)）]*[)）]$", ""), amount, null, null, null, null));
                }
                case GOALS -> {
                    if (text != null) {
                        d.goals.addAll(GoalText.goals(c.text(), d));
                    }
                }
                default -> {
                }
            }
        }
    }
}
