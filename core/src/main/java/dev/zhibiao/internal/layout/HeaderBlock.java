package dev.zhibiao.internal.layout;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Kind;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header block of a sheet: label/value pairs wherever they sit in a row (two pairs per row,
 * values shifted right, label and value in one cell), the money block with its unit, goals split
 * on their numbering, and the management and completion blocks of self-evaluations.
 */
final class HeaderBlock {

    /** A money unit in brackets after a label ({@code （万元）}). */
    static final Pattern UNIT_BRACKET = Pattern.compile("\\s*[(（][^)）]{0,4}元[)）]\\s*");

    private enum Mode { NONE, FUNDING, GOALS, MID_GOALS, GOAL_COLUMNS, MANAGEMENT, COMPLETION, TASKS }

    private HeaderBlock() {
    }

    private static final java.util.regex.Pattern TRAILING_COLONS = java.util.regex.Pattern.compile("[:：]+$");

    /**
     * A row of money column headings only (every cell one, a budget or execution among them: not an indicator heading's
     * 分值 | 得分), three or more.
     */
    static boolean moneyHeadingsAlone(List<Cell> cells) {
        if (cells.size() < 3) {
            return false;
        }
        boolean money = false;
        for (Cell c : cells) {
            if (!MoneyVocabulary.isMoneyColumnHeading(c.text())) {
                return false;
            }
            String k = Text.key(c.text());
            money |= k.contains("预算数") || k.contains("执行");
        }
        return money;
    }

    static void read(List<Row> rows, SheetDraft d) {
        rows = WrappedMoneyLabels.join(rows, d); // 年度资金申请总 / 1,384,860,000.00 / 额
        rows = GoalsAroundLabel.join(rows, d); // 目标1：… / 年度目标 目标2：… / 目标3：…
        rows = CompletionLabelPieces.strip(rows, d); // 总体目 / 标完成 目标1：… / 情况 …
        Mode mode = Mode.NONE;
        TaskTotals tasks = null; // the annual tasks table's heads and total (TaskTotals)
        List<String> fundingColumns = List.of();
        Row fundingHead = null;
        int[] fundingAt = null;
        String completionLabel = null; // the heading of a completion column beside the goals
        List<Cell> completionColumns = null; // the headings 预期目标 | 实际完成情况 of a completion block
        List<Cell> managementColumns = List.of();
        List<Cell> goalColumns = List.of();
        StringBuilder goals = new StringBuilder();
        StringBuilder midGoals = new StringBuilder();
        boolean unitAssumed = false; // 万元 taken for a money block that stated no unit (yet)
        int labelsFrom = -1; // the money items the last row named without amounts (资金总额 | 财政拨款 | 其他资金)
        for (Row r : rows) {
            List<Cell> cells = ColonLabels.split(nonEmpty(r), d);
            if (cells.isEmpty()) {
                continue;
            }
            if (mode == Mode.FUNDING && MoneyRows.amountsUnderLabels(cells, labelsFrom, d)) {
                labelsFrom = -1;
                continue;
            }
            int itemsBefore = d.funding.size();
            if (mode != Mode.FUNDING && moneyHeadingsAlone(cells)) {
                // 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 printed without the block's label (the label
                // spans the rows below, printed beside the first item): the headings open the money block
                mode = Mode.FUNDING;
                fundingColumns = texts(cells);
                fundingHead = r;
                fundingAt = MoneyRows.rawColumns(r, fundingColumns, 0);
                d.reportsExecution();
                continue;
            }
            Cell head = cells.get(0);
            String headText = head.text();
            if (mode == Mode.FUNDING && MoneyVocabulary.fundingUnit(headText) != null
                    && Rx.replaceAll(UNIT_BRACKET, Text.clean(headText), "").isEmpty()) {
                // （元） at the left of a money row: the lower half of the block's label printed down its
                // rows (项目资金 / （元）), the block's unit, not an item
                if (unitAssumed) {
                    d.fundingUnit = MoneyVocabulary.fundingUnit(headText);
                    unitAssumed = false;
                    d.diag("funding-unit", head.at(), "money block's unit " + Text.clean(headText)
                            + " printed under its label, rows below the first");
                }
                if (cells.size() == 1) {
                    continue;
                }
                cells = cells.subList(1, cells.size());
                head = cells.get(0);
                headText = head.text();
            }
            if (mode == Mode.FUNDING && cells.size() == 1 && MoneyVocabulary.isFundingCaption(headText)) {
                // 按收入性质分： / 按支出性质分： over the lines they group: a caption, not a money item
                d.remnant(head, "money block caption, not an item");
                continue;
            }
            if ((mode == Mode.FUNDING || MoneyVocabulary.isFundingLabel(headText)) && fundingAt != null
                    && r.cells().size() == fundingHead.cells().size() && !MoneyRows.isFundingColumnRow(cells)
                    && MoneyRows.fundingItemByGrid(r, fundingAt, fundingColumns, d)) {
                mode = Mode.FUNDING;
                continue;
            }
            if (MoneyVocabulary.isFundingLabel(headText)) {
                List<Cell> cut = blockThenItem(cells, d);
                cut = cut != null ? cut : BlockLabelBeside.cut(cells, mode == Mode.FUNDING, d);
                if (cut != null) {
                    cells = cut;
                    head = cells.get(0);
                    headText = head.text();
                }
                mode = Mode.FUNDING;
                List<Cell> rest = cells.subList(1, cells.size());
                if (rest.size() >= 3 && MoneyRows.amount(rest.get(0).text()) == null && !MoneyVocabulary.isMoneyLabel(rest.get(0).text())
                        && !MoneyVocabulary.isFundingLabel(rest.get(0).text())
                        && MoneyVocabulary.isMoneyLabel(Rx.replaceAll(UNIT_BRACKET, Text.clean(rest.get(1).text()), ""))
                        && MoneyRows.amount(rest.get(2).text()) != null) {
                    // 资金来源 | 一般公共预算 | 预算金额（元） | 3,500,000.00: the block's label names its source
                    // in words, then an item and its amount follow
                    put(headText, rest.get(0).text(), d);
                    rest = rest.subList(1, rest.size());
                }
                String unit = MoneyVocabulary.fundingUnit(headText);
                if (unit == null && d.fundingUnit == null && !rest.isEmpty()) {
                    // the unit in the first item's label: 预算金额（元）
                    unit = MoneyVocabulary.fundingUnit(rest.get(0).text());
                    if (unit != null) {
                        Cell item = rest.get(0);
                        List<Cell> relabelled = new ArrayList<>(rest);
                        relabelled.set(0, new Cell(Rx.replaceAll(UNIT_BRACKET, Text.clean(item.text()), ""), item.at()));
                        rest = relabelled;
                    }
                }
                if (unit != null) {
                    d.fundingUnit = unit;
                    unitAssumed = false;
                } else if (d.fundingUnit == null) {
                    d.fundingUnit = "万元";
                    unitAssumed = true;
                    d.diag("funding-unit", head.at(), "money block states no unit; 万元 assumed");
                }
                if (MoneyRows.isFundingColumnRow(rest)) {
                    fundingColumns = texts(rest);
                    fundingHead = r;
                    fundingAt = MoneyRows.rawColumns(r, fundingColumns, 1);
                    d.reportsExecution();
                } else if (!rest.isEmpty() && MoneyRows.amount(rest.get(0).text()) != null) {
                    // the block's label with its own amount: 项目资金（万元） | 16 | 其中：财政拨款 | 16
                    List<Cell> item = new ArrayList<>();
                    item.add(new Cell(Rx.replaceAll(UNIT_BRACKET, Text.clean(headText), ""), head.at()));
                    item.addAll(rest);
                    MoneyRows.fundingItem(item, fundingColumns, d);
                } else {
                    MoneyRows.fundingItem(rest, fundingColumns, d);
                    labelsFrom = MoneyRows.labelsOnly(d, itemsBefore);
                }
                continue;
            }
            if (mode != Mode.FUNDING && MoneyRows.isMoneyRow(cells, d)) {
                // money rows under a unit statement (金额单位：万元 | 年度资金总额 | 141 ...), without a block label
                mode = Mode.FUNDING;
                if (d.fundingUnit == null) {
                    d.fundingUnit = "万元";
                    unitAssumed = true;
                    d.diag("funding-unit", head.at(), "money block states no unit; 万元 assumed");
                }
            }
            if (Vocabulary.isTasksLabel(headText)) {
                // 年度主要任务 | 任务名称 | 主要内容 | 预算金额: a table of tasks, kept whole as remnants
                mode = Mode.TASKS;
                tasks = new TaskTotals(cells);
                for (Cell c : cells) {
                    d.remnant(c, "annual tasks table (" + Text.clean(headText) + "), which the model has no field for");
                }
                continue;
            }
            if (mode == Mode.TASKS && !Vocabulary.isHeaderLabel(headText) && !MoneyVocabulary.isFundingLabel(headText)
                    && !Vocabulary.isGoalsLabel(headText) && Vocabulary.leadingLabel(headText) == null) {
                if (tasks.row(cells, d)) {
                    continue; // the total row: the sheet's money (TaskTotals)
                }
                for (Cell c : cells) {
                    d.remnant(c, "annual tasks table, which the model has no field for");
                }
                continue;
            }
            if (Vocabulary.isManagementLabel(headText)) {
                mode = Mode.MANAGEMENT;
                managementColumns = List.copyOf(cells.subList(1, cells.size()));
                d.reportsExecution();
                continue;
            }
            if (Vocabulary.isCompletionLabel(headText)) {
                mode = Mode.COMPLETION;
                completionLabel = null;
                completionColumns = null;
                continue;
            }
            if (isCompletionHeads(cells)) {
                // 人昌竺完成展况 | 总体目标 | 全年实际完成情况: the completion block's own heads beside a label
                // no vocabulary knows name the block, its label misread
                mode = Mode.COMPLETION;
                completionLabel = null;
                completionColumns = null;
                d.diag("label-implied", head.at(), "\"" + Text.clean(headText) + "\" before the heads "
                        + Text.clean(cells.get(1).text()) + " | " + Text.clean(cells.get(cells.size() - 1).text())
                        + " is read as the label of the completion block (总体目标完成情况)");
                continue;
            }
            if (mode == Mode.GOAL_COLUMNS && Vocabulary.isGoalsLabel(headText)
                    && !Vocabulary.isProjectGoalsLabel(headText) && leftOf(head, goalColumns)) {
                // 总体目标 at the left of a line amid the two goal columns: the block's label, printed
                // beside the middle of the block it heads, not a goals heading of its own
                d.diag("label-merged", head.at(), "\"" + Text.clean(headText)
                        + "\" left of the goal columns is the block's label printed beside its middle lines, set aside");
                if (cells.size() == 1) {
                    continue;
                }
                cells = cells.subList(1, cells.size());
                head = cells.get(0);
                headText = head.text();
            }
            if (goalColumns(cells) != null) {
                // 总体目标 | 项目总目标 | 年度总体目标: two goal columns side by side, read by column below
                goalColumns = goalColumns(cells);
                mode = Mode.GOAL_COLUMNS;
                continue;
            }
            if (mode == Mode.COMPLETION && completionColumns != null && Vocabulary.isGoalsLabel(headText)
                    && !Vocabulary.isProjectGoalsLabel(headText) && leftOf(head, completionColumns)) {
                // 年度总体目标 left of the lines under 预期目标 | 实际完成情况: the block's label printed beside its
                // middle lines, not a goals heading of its own
                d.diag("label-merged", head.at(), "\"" + Text.clean(headText)
                        + "\" left of the goals and completion columns is the block's label printed beside its middle lines, set aside");
                if (cells.size() == 1) {
                    continue;
                }
                cells = cells.subList(1, cells.size());
                head = cells.get(0);
                headText = head.text();
            } else if (Vocabulary.isGoalsLabel(headText) && isGoalsAndCompletionHeads(cells)) {
                // 年度总体目标 | 预期目标 | 实际完成情况: the goals, and beside them what was done; the two headings (alone
                // too: the label printed beside the lines below) place each cell below by its column (byColumn)
                mode = Mode.COMPLETION;
                completionLabel = Text.cleanLabel(cells.get(cells.size() - 1).text()).replace(" ", "");
                completionColumns = List.copyOf(cells.subList(cells.size() - 2, cells.size()));
                continue;
            }
            if (Vocabulary.isGoalsLabel(headText)) {
                mode = Vocabulary.isMidTermGoalsLabel(headText) ? Mode.MID_GOALS : Mode.GOALS;
                StringBuilder target = mode == Mode.MID_GOALS ? midGoals : goals;
                for (Cell c : cells.subList(1, cells.size())) {
                    target.append(' ').append(c.text());
                }
                continue;
            }
            if (Vocabulary.isNoteLabel(headText) && mode != Mode.NONE) {
                for (Cell c : cells) {
                    d.remnant(c, "footnote row");
                }
                continue;
            }
            if (Vocabulary.isHeaderLabel(headText) || Vocabulary.leadingLabel(headText) != null) {
                mode = Mode.NONE;
                pairs(cells, d);
                continue;
            }
            switch (mode) {
                case FUNDING -> {
                    if (MoneyRows.isFundingColumnRow(cells)) {
                        fundingColumns = texts(cells);
                        fundingHead = r;
                        fundingAt = MoneyRows.rawColumns(r, fundingColumns, 0);
                        d.reportsExecution();
                    } else {
                        MoneyRows.fundingItem(cells, fundingColumns, d);
                        labelsFrom = MoneyRows.labelsOnly(d, itemsBefore);
                    }
                }
                case GOALS, MID_GOALS -> {
                    if (cells.size() == 1 && Vocabulary.column(Rx.replaceAll(TRAILING_COLONS, Text.key(headText), "")) == Vocabulary.Column.LEAD) {
                        // 绩效指标： on a line of its own after the goals: it leads the indicators, it is no goal
                        d.remnant(head, "line between the goals and the indicators");
                        mode = Mode.NONE;
                        continue;
                    }
                    StringBuilder target = mode == Mode.MID_GOALS ? midGoals : goals;
                    for (Cell c : cells) {
                        target.append(' ').append(c.text());
                    }
                }
                case GOAL_COLUMNS -> {
                    for (int i = 0; i < cells.size(); i++) {
                        int col = nearestColumn(cells.get(i), goalColumns);
                        if (col < 0) {
                            col = Math.min(i, goalColumns.size() - 1);
                        }
                        boolean project = Vocabulary.isProjectGoalsLabel(goalColumns.get(col).text());
                        (project ? midGoals : goals).append(' ').append(cells.get(i).text());
                    }
                }
                case MANAGEMENT -> management(cells, managementColumns, d);
                case COMPLETION -> completion(completionLabel, completionColumns, cells, goals, d);
                case NONE -> pairs(cells, d);
            }
        }
        d.goals.addAll(GoalText.goals(goals.toString(), d));
        d.midTermGoals.addAll(GoalText.goals(midGoals.toString(), d));
    }

    /**
     * The goal column headings of a row that names two goal columns side by side (项目总目标 |
     * 年度总体目标, after a 总体目标 label or without one), or null: one names the project's goals
     * (项目总目标, 中期目标, 实施期目标), the other the year's.
     */
    private static List<Cell> goalColumns(List<Cell> cells) {
        List<Cell> cols = cells.size() == 3 && Vocabulary.isGoalsLabel(cells.get(0).text()) ? cells.subList(1, 3)
                : cells.size() == 2 ? cells : null;
        if (cols == null) {
            return null;
        }
        int project = 0; // loops, no stream per two-cell row
        for (int i = 0; i < cols.size(); i++) {
            if (!Vocabulary.isGoalsLabel(cols.get(i).text())) {
                return null;
            }
        }
        for (int i = 0; i < cols.size(); i++) {
            if (Vocabulary.isProjectGoalsLabel(cols.get(i).text())) {
                project++;
            }
        }
        return project == 1 ? List.copyOf(cols) : null;
    }

    /** The row's first non-empty cell, or null: {@code nonEmpty(r).get(0)} without the list. */
    static Cell firstNonEmpty(Row r) {
        List<Cell> all = r.cells();
        for (int i = 0, n = all.size(); i < n; i++) {
            if (!all.get(i).isEmpty()) {
                return all.get(i);
            }
        }
        return null;
    }

    /** The row's non-empty cells: the row's own (unmodifiable) list when none is empty. */
    static List<Cell> nonEmpty(Row r) {
        List<Cell> all = r.cells();
        int i0 = 0;
        while (i0 < all.size() && !all.get(i0).isEmpty()) {
            i0++;
        }
        if (i0 == all.size()) {
            return all;
        }
        List<Cell> out = new ArrayList<>(all.size());
        for (int i = 0, n = all.size(); i < n; i++) {
            Cell c = all.get(i);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> texts(List<Cell> cells) {
        List<String> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(Text.key(c.text()));
        }
        return out;
    }

    /** 预期目标 | 实际完成情况 after a goals label: the goals' column and the completion's beside it. */
    /**
     * A row {@code X | 总体目标 | 全年实际完成情况} read by an OCR engine: the completion block's heads (a goals
     * label, then what was done) after a first cell that is no label the vocabulary knows (the block's label
     * misread). Printed text is left alone: there such a cell is a label cut by its wrap (总体目标完成 / 情况),
     * a reader's matter.
     */
    static boolean isCompletionHeads(List<Cell> cells) {
        if (cells.size() != 3 || !cells.get(0).ocr()) {
            return false;
        }
        String head = cells.get(0).text();
        String last = Text.key(cells.get(2).text());
        return (last.contains("完成情况") || last.contains("实际完成")) && Vocabulary.isGoalsLabel(cells.get(1).text())
                && !Vocabulary.isGoalsLabel(head) && !Vocabulary.isHeaderLabel(head) && Vocabulary.leadingLabel(head) == null
                && !MoneyVocabulary.isFundingLabel(head) && !MoneyVocabulary.isMoneyLabel(head) && !Vocabulary.isManagementLabel(head)
                && Vocabulary.column(head) == null && Vocabulary.category(head) == null;
    }

    private static boolean isGoalsAndCompletionHeads(List<Cell> cells) {
        if (cells.size() < 2 || cells.size() == 2 && (!CompletionBlock.isCompletionHeading(cells.get(1).text())
                || Vocabulary.isProjectGoalsLabel(cells.get(0).text()))) {
            return false; // two cells: 预期目标 | 实际完成情况, the headings without the block's label (no goal's sentence)
        }
        String last = Text.key(cells.get(cells.size() - 1).text());
        if (!last.contains("完成情况") && !last.contains("实际完成")) { // 实际完成情况, 实际完成目标
            return false;
        }
        for (Cell c : cells.subList(1, cells.size() - 1)) {
            if (!Vocabulary.isGoalsLabel(c.text())) {
                return false;
            }
        }
        return true;
    }

    /** Label/value pairs in one row: label, value, label, value... */
    private static void pairs(List<Cell> cells, SheetDraft d) {
        int i = 0;
        while (i < cells.size()) {
            Cell c = cells.get(i);
            String text = c.text();
            String lead = Vocabulary.leadingLabel(text);
            String label;
            String value;
            if (Vocabulary.isHeaderLabel(text)) {
                label = text;
                StringBuilder v = new StringBuilder();
                int j = i + 1;
                while (j < cells.size() && (j == i + 1 ? !Vocabulary.isKnownHeaderLabel(cells.get(j).text())
                        : !Vocabulary.isHeaderLabel(cells.get(j).text()) && !isMoneyPair(cells, j)
                        && !(Vocabulary.isGoalsLabel(cells.get(j).text()) && j + 1 < cells.size()))
                        && Vocabulary.leadingLabel(cells.get(j).text()) == null) {
                    v.append(v.length() == 0 ? "" : " ").append(cells.get(j).text());
                    j++;
                }
                value = v.length() == 0 ? null : v.toString();
                i = j;
            } else if (lead != null) {
                label = lead;
                value = Text.clean(text).substring(lead.length()).strip();
                i++;
                d.diag("cell-split", c.at(), "label and value printed in one cell: \"" + text + "\"");
            } else if (isMoneyPair(cells, i) && MoneyRows.amount(cells.get(i + 1).text()) != null) {
                // 资金总额（万元） | 320 among the header's pairs: a money item
                String unit = MoneyVocabulary.fundingUnit(text);
                if (d.fundingUnit == null) {
                    d.fundingUnit = unit != null ? unit : "万元";
                    if (unit == null) {
                        d.diag("funding-unit", c.at(), "money block states no unit; 万元 assumed");
                    }
                }
                String itemLabel = Rx.replaceAll(UNIT_BRACKET, Text.clean(text), "");
                int taken = MoneyRows.executionPairs(itemLabel, cells, i, d);
                if (taken > 0) {
                    i += taken;
                    continue;
                }
                MoneyRows.fundingItem(List.of(new Cell(itemLabel, c.at()), cells.get(i + 1)), List.of(), d);
                i += 2;
                continue;
            } else if (i > 0 && i + 1 < cells.size() && Vocabulary.isGoalsLabel(text)
                    && !Vocabulary.isHeaderLabel(cells.get(i + 1).text()) && Vocabulary.leadingLabel(cells.get(i + 1).text()) == null) {
                // 年度绩效目标 | 开展… after other pairs on the row (colon lines read as one row of cells)
                (Vocabulary.isMidTermGoalsLabel(text) ? d.midTermGoals : d.goals).addAll(GoalText.goals(cells.get(i + 1).text(), d));
                i += 2;
                continue;
            } else if (isMoneyPair(cells, i)) {
                // 资金来源 | 区级财政: the label of a money block, here with a text value
                label = text;
                value = cells.get(i + 1).text();
                i += 2;
            } else {
                if (!MoneyRows.lastLabelWithoutAmount(cells, i, d)) { // … | 230000.00 | 其他资金: the item with no amount
                    d.remnant(c, "header cell without a label");
                }
                i++;
                continue;
            }
            put(label, value, d);
        }
    }

    /**
     * A money block's label and its first item's label printed one space apart in one cell
     * ({@code 项目资金（万元） 年度资金总额}, {@code 资金来源（万元） 合计}: pdftotext -layout prints a label as wide
     * as its column one space from the next column), cut into the two cells ({@code cell-split}); null
     * when the cell is not that. Only a cut whose left part is a block label by itself and whose right
     * part is a money item's label (or 合计, 总计) is made.
     */
    static List<Cell> blockThenItem(List<Cell> cells, SheetDraft d) {
        Cell head = cells.get(0);
        String t = Text.clean(head.text());
        if (t == null) {
            return null;
        }
        for (int i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
            String left = t.substring(0, i).strip();
            String right = t.substring(i + 1).strip();
            String rk = Vocabulary.labelKey(right);
            if (MoneyVocabulary.isFundingLabel(left) && !MoneyVocabulary.isMoneyLabel(left)
                    && (MoneyVocabulary.isMoneyLabel(right) || rk.equals("合计") || rk.equals("总计"))) {
                List<Cell> out = new ArrayList<>();
                out.add(new Cell(left, head.at()));
                out.add(new Cell(right, head.at()));
                out.addAll(cells.subList(1, cells.size()));
                d.diag("cell-split", head.at(), "money block label and item label printed in one cell: \"" + t + "\"");
                return out;
            }
        }
        return null;
    }

    /**
     * Whether cell {@code i} of a header row is a money label with a cell after it: a money
     * block's label (资金来源, 项目资金（万元）) followed by anything, or an item's label (资金总额（万元）)
     * followed by an amount.
     */
    private static boolean isMoneyPair(List<Cell> cells, int i) {
        if (i + 1 >= cells.size()) {
            return false;
        }
        String t = cells.get(i).text();
        if (MoneyVocabulary.isFundingLabel(t)) {
            return true;
        }
        return MoneyVocabulary.isMoneyLabel(Rx.replaceAll(UNIT_BRACKET, Text.clean(t), ""))
                && MoneyRows.amount(cells.get(i + 1).text()) != null;
    }

    static void put(String printedLabel, String printedValue, SheetDraft d) {
        String label = Text.cleanLabel(printedLabel).replace(" ", "");
        while (label.endsWith(":") || label.endsWith("：")) {
            label = label.substring(0, label.length() - 1);
        }
        String key = Vocabulary.labelKey(label);
        // a value wrapped inside its cell (某县供水<br>服务中心) is one value, as a wrapped name is
        String value = printedValue == null ? null : Text.clean(Text.joinWrappedLines(printedValue));
        if (Vocabulary.YEAR_LABELS.contains(key) && value != null) {
            // 预算年度 | 2025: the sheet's own year, before a cover's
            Integer year = Recovery.yearLine(Text.key(value));
            if (year != null) {
                if (d.year == null || d.yearFromDocument || d.year.equals(year)) {
                    d.year = year;
                    d.yearFromDocument = false;
                    return;
                }
            }
        }
        if (Vocabulary.PROJECT.contains(key) && !key.equals("项目")) {
            if (d.project == null) {
                d.project = value;
                return;
            }
        } else if (Vocabulary.REGION.contains(key)) {
            if (d.region == null) {
                d.region = value;
                return;
            }
        }
        if ((key.contains("部门") || key.contains("单位") || key.contains("机构")) && !key.endsWith("概述")
                && !key.contains("职能")) {
            d.parties.putIfAbsent(label, value);
        } else {
            d.attributes.putIfAbsent(label, value);
        }
    }

    /**
     * One row of 资金管理情况: item | 情况说明 | 存在问题和改进措施. Each cell goes to the column whose
     * heading is nearest to its position; without positions, in order.
     */
    private static void management(List<Cell> cells, List<Cell> columns, SheetDraft d) {
        String item = Text.cleanLabel(cells.get(0).text()).replace(" ", "");
        List<Cell> rest = cells.subList(1, cells.size());
        String explanation = null;
        String problems = null;
        String problemsLabel = columns.size() >= 2 ? Text.cleanLabel(columns.get(columns.size() - 1).text()).replace(" ", "")
                : "存在问题和改进措施";
        for (int i = 0; i < rest.size(); i++) {
            Cell c = rest.get(i);
            int col = nearestColumn(c, columns);
            if (col < 0) {
                col = i;
            }
            if (col == 0 && explanation == null) {
                explanation = Text.clean(c.text());
            } else if (col >= 1 && problems == null) {
                problems = Text.clean(c.text());
            } else {
                d.remnant(c, "extra cell in a 资金管理情况 row");
            }
        }
        d.attributes.put("资金管理情况/" + item, explanation);
        if (problems != null) {
            d.attributes.put("资金管理情况/" + item + "/" + problemsLabel, problems);
        }
    }

    /** Whether cell {@code c} stands left of every heading cell (by column), false without column positions. */
    private static boolean leftOf(Cell c, List<Cell> columns) {
        Integer x = c.at().column();
        if (x == null || columns.isEmpty()) {
            return false;
        }
        for (Cell h : columns) {
            if (h.at().column() == null || h.at().column() <= x) {
                return false;
            }
        }
        return true;
    }

    /** Index of the heading cell nearest to {@code c} by column, -1 without column positions. */
    static int nearestColumn(Cell c, List<Cell> columns) {
        Integer x = c.at().column();
        if (x == null || columns.isEmpty()) {
            return -1;
        }
        int best = -1;
        int dist = Integer.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            Integer y = columns.get(i).at().column();
            if (y == null) {
                return -1;
            }
            int dd = Math.abs(y - x);
            if (dd < dist || dd == dist && y <= x) {
                dist = dd;
                best = i;
            }
        }
        return best;
    }

    /**
     * The row under 总体目标完成情况 (label null: the completion is 全年实际完成情况) or under 预期目标 |
     * 实际完成情况 beside a goals label (label: that heading): goals, then the completion text.
     */
    private static void completion(String label, List<Cell> columns, List<Cell> cells, StringBuilder goals, SheetDraft d) {
        if (columns != null && CompletionBlock.byColumn(label, columns, cells, goals, d)) {
            return;
        }
        if (cells.size() == 1) {
            // the goals and what was done run into one cell (space-aligned text): cut where the
            // numbering starts again (目标1：… 目标1：…)
            String t = cells.get(0).text();
            int cut = goals.length() == 0 && label != null ? TwoPeriod.numberingRestarts(t) : -1;
            if (cut > 0) {
                goals.append(' ').append(t, 0, cut);
                d.attributes.put(label, Text.clean(t.substring(cut)));
                d.diag("cell-split", cells.get(0).at(), "goals and " + label + " printed in one cell, cut where the numbering starts again");
                return;
            }
            goals.append(' ').append(t);
            return;
        }
        for (int i = 0; i < cells.size() - 1; i++) {
            goals.append(' ').append(cells.get(i).text());
        }
        String done = Text.clean(cells.get(cells.size() - 1).text());
        // a later row under the same heading goes on with the text (a cell's wrapped lines printed as
        // rows of their own by pdftotext -layout): joined, not put over the first line
        String key = label == null ? "全年实际完成情况" : label;
        if (done != null && d.attributes.get(key) != null) {
            d.attributes.put(key, d.attributes.get(key) + " " + done);
        } else {
            d.attributes.put(key, done);
        }
    }
}
