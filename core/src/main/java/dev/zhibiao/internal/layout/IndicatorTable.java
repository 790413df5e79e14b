package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import dev.zhibiao.internal.grammar.Grammar;
import dev.zhibiao.internal.layout.Vocabulary.Category;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.layout.Vocabulary.Level;
import dev.zhibiao.internal.text.Recent;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The indicator table: column roles from the heading row, then each row read by position when its
 * cells sit where the heading says, else by content and order (labels, name, value, actual,
 * note); slid level-2 labels moved back to their groups where the sheet numbers its indicators;
 * empty label cells continue the label above.
 */
final class IndicatorTable {
    private static final List<Column> PROJECT_COLUMNS = List.of(Column.UNIT_NAME, Column.PROJECT, Column.BUDGET,
            Column.GOALS, Column.PROJECT_CODE);
    /** What every indicator-number prefix ({@link NumberPrefix}) starts with: asked of a key first. */
    private static final String NUMBER_WORD = "指标";

    /** Whether a folded text starts with an indicator number ({@code 指标1、}). */
    private static boolean numbered(String key) {
        return NumberPrefix.end(key) >= 0;
    }

    /** Whether a folded name opens with an indicator's number (指标4：…). */
    static boolean numberedName(String key) {
        return numbered(key);
    }


    private IndicatorTable() {
    }

    /** A label cell of a row, with the column it sat in when read by position. */
    record Label(Cell cell, Category category, Column column) {
        String printed() {
            return Text.cleanLabel(cell.text()).replace(" ", "");
        }
    }

    /** One row as read: its labels, its content by role, its number (指标N). */
    static final class Read {
        final Row row;
        List<Label> labels = new ArrayList<>();
        final Map<Column, Cell> content = new EnumMap<>(Column.class);
        /** Cells of columns the model has no field for (分值, 得分): the sheet's remnants. */
        final List<Cell> others = new ArrayList<>();
        /** The printed heading of each of {@link #others}' columns (null where the column had none). */
        final List<String> otherHeadings = new ArrayList<>();
        Integer number;
        boolean positional;
        /** Read by content and order ({@link #sequential}), not under the heading's columns. */
        boolean byContent;
        /** The row's place among the table's rows (a printed line where rows are lines), and its last one. */
        int line;
        int lastLine;

        Read(Row row) {
            this.row = row;
        }

        boolean isIndicator() {
            return content.containsKey(Column.NAME);
        }
    }

    static void read(Row heading, List<Row> rows, SheetDraft d) {
        rows = CheckColumns.read(heading, rows, d); // 偏差原因分析 over 经费保障 | 制度保障 …, ticked below
        TemplateColumns.Roles roles = TemplateColumns.roles(heading, d);
        NameLevelColumn.read(heading, roles, rows, d); // 指标类型 | 指标名称 | 三级指标 printing 产出指标 | 数量指标 | …
        TemplateColumns.byContent(roles, rows, d);
        DirectionOperators.read(heading, roles, rows, d); // 指标方向 | 指标值 | 计量单位 printing ≥ | 95 | %
        OperatorDirections.read(heading, roles, rows, d); // 指标性质 | 指标值 | 计量单位 printing 正向指标 | ≥45 | 处
        List<Column> contentOrder = new ArrayList<>();
        boolean afterName = false;
        for (Column c : roles.values()) {
            if (c == Column.NAME) {
                afterName = true;
            }
            if (afterName) {
                contentOrder.add(c);
            }
        }
        if (contentOrder.isEmpty()) {
            contentOrder = List.of(Column.NAME, Column.VALUE);
        }
        if (roles.containsValue(Column.ACTUAL)) {
            d.reportsExecution();
        }
        List<Read> reads = new ArrayList<>();
        // the columns before the level-1 column (the lead column, printed with or without its label)
        int leadAt = -1;
        for (Map.Entry<Integer, Column> e : roles.entrySet()) {
            if (e.getValue() == Column.L1) {
                leadAt = e.getKey() - 1;
                break;
            }
        }
        int ordinal = -1;
        boolean footer = false; // past the table's total row
        // a row the reader joined from two printed lines takes two places (the labels centred on lines are placed by them)
        boolean twoLines = false;
        for (Row printed : rows) {
            ordinal += twoLines ? 2 : 1;
            twoLines = d.printedLines && TwoLineRows.of(printed, d.twoLineCells);
            Row r = withoutLeadLabel(printed, leadAt, d);
            if (d.printedLines) {
                r = PrintedLines.withoutMarks(r, d);
            }
            List<Cell> cells = HeaderBlock.nonEmpty(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (Vocabulary.isNoteLabel(cells.get(0).text()) && cells.get(0) == r.cells().get(0)) {
                for (Cell c : cells) {
                    d.remnant(c, "footnote row under the indicator table");
                }
                continue;
            }
            if (reads.isEmpty() && TemplateColumns.isBudgetExecutionRow(r, cells)) {
                for (Cell c : cells) {
                    d.remnant(c, "budget execution row (" + Text.clean(cells.get(0).text()) + "), not an indicator");
                }
                continue;
            }
            if (TableFooter.isPageFurniture(cells)) {
                for (Cell c : cells) {
                    d.remnant(c, "page furniture (a web address, a page counter), not an indicator");
                }
                continue;
            }
            if (footer || TableFooter.isFooterRow(cells)) {
                TableFooter.read(cells, d); // 填报人：… | 联系电话：…, 自评等级 | 优 under the total row
                continue;
            }
            if (!reads.isEmpty() && TemplateColumns.isTotal(cells.get(0).text())) {
                footer = true; // the total row (总分, 合计) ends the indicators
            }
            if (TemplateColumns.setAside(r, cells, d, !reads.isEmpty())) {
                continue;
            }
            if (reads.isEmpty() && allColumnWords(cells)) {
                // the heading wrapped onto a second row (一级 / 指标): heading words, not an indicator
                d.diag("heading-continued", r.at(), "row of heading words under the heading row: \"" + r.text() + "\"");
                continue;
            }
            if (!reads.isEmpty() && Recovery.isIndicatorHeading(r) && allColumnWords(cells)) {
                // the heading printed again inside the table (repeated at a page's top, or over each group)
                d.diag("heading-repeated", r.at(), "the indicator heading printed again, not an indicator: \"" + r.text() + "\"");
                continue;
            }
            if (d.printedLines && cells.size() == 1 && PrintedLines.categoryTail(cells.get(0).text())) {
                d.remnant(cells.get(0), "the last line of a category label wrapped in its merged cell, on a line of its own");
                continue;
            }
            if (joinWrappedContent(r, cells, roles, reads, d)) {
                reads.get(reads.size() - 1).lastLine = ordinal;
                continue;
            }
            Read read = positional(r, roles, 0);
            for (int shift : shifts(r, heading)) {
                if (read != null) {
                    break;
                }
                read = positional(r, roles, shift);
                if (read != null) {
                    d.diag("row-shifted", r.at(), ReadDescriptions.describe(read, "row shifted ", String.valueOf(Math.abs(shift)),
                            shift > 0 ? " cell(s) right, moved back: " : " cell(s) left, moved back: "));
                }
            }
            if (read == null) {
                read = gapAfterName(r, roles, d);
            }
            if (read == null) {
                read = sequential(r, cells, contentOrder, d);
            }
            if (d.printedLines) {
                read = PrintedLines.valuePairLast(read, cells, d);
                read = PrintedLines.labelAsName(read, contentOrder, d);
                if (BasisLines.applies(contentOrder)) {
                    read = BasisLines.byValue(read, cells, contentOrder, d);
                }
            }
            if (read.labels.isEmpty() && read.content.size() == 1 && read.content.containsKey(Column.NAME)
                    && isValueLike(read.content.get(Column.NAME).text()) && !reads.isEmpty()
                    && !numbered(Text.key(read.content.get(Column.NAME).text()))) {
                Read prev = lastIndicator(reads);
                if (prev != null && !prev.content.containsKey(Column.VALUE)) {
                    prev.content.put(Column.VALUE, read.content.get(Column.NAME));
                    prev.lastLine = ordinal;
                    d.diag("value-joined", r.at(), "value printed on its own row joined to the indicator above");
                    continue;
                }
            }
            Cell name = read.content.get(Column.NAME);
            // the folded key starts with 指标 whenever the cleaned, folded name does (the key only drops white space more)
            if (name != null && Text.key(name.text()).startsWith(NUMBER_WORD)) {
                read.number = NumberPrefix.number(Text.simplified(Text.nfkc(Text.clean(name.text()))), 9);
            }
            read.line = ordinal;
            read.lastLine = twoLines ? ordinal + 1 : ordinal;
            reads.add(read);
        }
        if (!d.printedLines) {
            PrintedNumbers.renumberRows(reads, d);
            PrintedLines.repairValuesByContent(reads, d);
        }
        if (d.printedLines) {
            if (BasisLines.applies(contentOrder)) {
                BasisLines.basisCells(reads, contentOrder, d);
                BasisLines.joinPieces(reads, d);
            }
            PrintedLines.valuesBeside(reads, contentOrder, d);
            PrintedLines.joinNumbered(reads, d);
            PrintedLines.joinFullWidth(reads, d);
            PrintedLines.withoutLoneCharacters(reads, d);
            PrintedLines.repairValues(reads, rows, d);
            LineFragments.setAside(reads, d);
        }
        joinWrappedNames(reads, d);
        LabelPlacement.joinVerticalLabels(reads, Column.L1, d);
        LabelPlacement.joinVerticalLabels(reads, Column.L2, d);
        if (d.printedLines) {
            LabelPlacement.centred(reads, d);
            // plain OCR text (the name cells OCR'd): groups whose labels the engine lost, named by the framework's order
            LabelPlacement.restartedGroups(reads, d);
            LabelPlacement.countedGroups(reads, d);
            LabelPlacement.satisfaction(reads, d, true);
        } else if (d.cellsUnseen && CentredOcrGroups.applies(reads)) {
            LabelPlacement.centred(reads, d);
            LabelPlacement.restartedGroups(reads, d);
            LabelPlacement.countedGroups(reads, d);
            LabelPlacement.satisfaction(reads, d);
        } else {
            LabelPlacement.moveSlidLabels(reads, d);
            LabelPlacement.restartedGroups(reads, d);
            LabelPlacement.countedGroups(reads, d);
            LabelPlacement.satisfaction(reads, d);
        }
        if (d.printedLines) {
            NameValueTails.cut(reads, d);
        }
        int from = d.indicators.size();
        assemble(reads, d);
        OcrLevelParents.repair(rows, d, from); // 产册指岂 beside 数量指标: its parent 产出指标 (OCR only)
        if (!roles.containsValue(Column.L1) && !roles.containsValue(Column.LEAD) && roles.containsValue(Column.L2)
                && d.indicators.size() > from && d.indicators.get(from).level1() != null) {
            // 二级指标 | 三级指标 | 指标值: each level 1 is its level-2 label's parent (数量指标 → 产出指标)
            d.diag("level1-implied", heading.at(), "the table prints no 一级指标 column: each indicator's level 1 is"
                    + " the parent of its level-2 label (" + d.indicators.get(from).level2() + " → "
                    + d.indicators.get(from).level1() + ")");
        }
    }

    /**
     * The merged 绩效指标 cell that spans the heading row and the indicator rows may be printed on
     * any of its rows (a vertically centred label lands on a middle row): in the lead column of an
     * indicator row it is that label again, not a category, and is set aside with a diagnostic.
     */
    private static Row withoutLeadLabel(Row r, int leadAt, SheetDraft d) {
        if (leadAt < 0 || leadAt >= r.cells().size()) {
            return r;
        }
        Cell c = r.cells().get(leadAt);
        if (c.isEmpty() || Vocabulary.column(c.text()) != Column.LEAD) {
            return r;
        }
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.set(leadAt, new Cell("", c.at()));
        d.diag("label-merged", c.at(), "\"" + c.text() + "\" in the lead column is the merged 绩效指标 label printed on an"
                + " indicator row, set aside");
        return new Row(cells, r.table(), r.at());
    }

    /**
     * A row whose only cell sits, where printed, in a content column after the name (value, actual,
     * note, description, basis) right under an indicator whose cell in that column is filled, is
     * that cell wrapped onto the next table row: it is joined to it rather than read as a row
     * shifted right. A cell with its own 指标N number is a name, never a continuation.
     */
    private static boolean joinWrappedContent(Row r, List<Cell> cells, TreeMap<Integer, Column> roles, List<Read> reads,
                                              SheetDraft d) {
        if (cells.size() != 1 || reads.isEmpty()) {
            return false;
        }
        Cell b = cells.get(0);
        int at = r.cells().indexOf(b);
        Column role = roles.get(at);
        if (role != Column.VALUE && role != Column.MID_VALUE && role != Column.ACTUAL && role != Column.NOTE
                && role != Column.DESCRIPTION && role != Column.BASIS) {
            return false;
        }
        Read prev = reads.get(reads.size() - 1);
        Cell a = prev.content.get(role);
        String key = Text.key(b.text());
        if (!prev.isIndicator() || a == null || a.isEmpty() || key.isEmpty()
                || numbered(key) || Vocabulary.category(b.text()) != null) {
            return false;
        }
        prev.content.put(role, new Cell(a.text().strip() + b.text().strip(), a.at()));
        d.diag("cell-joined", b.at(), "\"" + b.text() + "\" continues the " + role.name().toLowerCase(java.util.Locale.ROOT)
                + " of the indicator above (a cell wrapped onto the next row)");
        return true;
    }

    private static Read lastIndicator(List<Read> reads) {
        for (int i = reads.size() - 1; i >= 0; i--) {
            if (reads.get(i).isIndicator()) {
                return reads.get(i);
            }
        }
        return null;
    }

    /** A value the grammar reads as more than text: a number, a range, a reference, a deadline. */
    static boolean isValueLike(String text) {
        return text == null ? valueLike(null) : VALUE_LIKE.get(text);
    }

    /** {@link #isValueLike} of the cell texts asked lately (a name cell is asked once per row shift tried). */
    private static final Recent<Boolean> VALUE_LIKE = new Recent<>(1024) {
        @Override
        protected Boolean compute(String text) {
            return valueLike(text);
        }
    };

    private static boolean valueLike(String text) {
        return dev.zhibiao.internal.grammar.Grammar.valueLike(text);
    }

    static boolean strongCategory(String text) {
        Category c = Vocabulary.category(text);
        if (c == null) {
            return false;
        }
        String k = Text.key(text);
        return k.equals(c.label()) || (k + "指标").equals(c.label());
    }

    /**
     * A name that is the stem of the level-2 label printed whole in its own row's level-2 column
     * (服务对象满意度 beside 服务对象满意度指标), under a level-1 label in the row's level-1 column: the
     * indicator is named after its category, the row did not slide.
     */
    private static boolean stemOfItsLevel2(String text, Read read) {
        String k = Text.key(text);
        if (!hasLevel1Label(read)) {
            return false; // the row's level-1 column holds no level-1 label: the row may have slid (社会效益指标 | 社会效益 | name)
        }
        for (Label l : read.labels) {
            if (l.column() == Column.L2 && l.category() != null && l.category().level() != Level.L1
                    && Text.key(l.cell().text()).equals(l.category().label()) && (k + "指标").equals(l.category().label())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row whose cells up to the name slid one cell left while an empty cell is printed right
     * after the name (a merged cell of the row's start printed after its first text cells, as
     * tab-separated converters print some rows) is read by position with that empty cell put back
     * at the row's start; null when the row does not have that shape or does not then fit.
     */
    private static Read gapAfterName(Row r, TreeMap<Integer, Column> roles, SheetDraft d) {
        Integer nameAt = null;
        for (Map.Entry<Integer, Column> e : roles.entrySet()) {
            if (e.getValue() == Column.NAME) {
                nameAt = e.getKey();
                break;
            }
        }
        List<Cell> cells = r.cells();
        if (nameAt == null || nameAt < 1 || nameAt + 1 >= cells.size() || !cells.get(nameAt).isEmpty()
                || cells.get(nameAt - 1).isEmpty() || cells.get(nameAt + 1).isEmpty()) {
            return null;
        }
        List<Cell> moved = new ArrayList<>(cells.size());
        moved.add(new Cell("", cells.get(0).at()));
        moved.addAll(cells.subList(0, nameAt));
        moved.addAll(cells.subList(nameAt + 1, cells.size()));
        Read read = positional(new Row(moved, r.table(), r.at()), roles, 0);
        if (read != null) {
            d.diag("row-shifted", r.at(), ReadDescriptions.describe(read, "cells up to the name printed one cell left, an empty cell after the name;"
                    + " moved back: "));
        }
        return read;
    }

    /** Whole-row shifts tried, nearest first, when a row's cells do not sit where the heading says. */
    private static final int[] SHIFTS = {1, -1, 2, -2};

    /**
     * The shifts to try for a row: nearest first, except that a row with fewer cells than the
     * heading row was printed with its leading empty cells left out, so the shift that puts its
     * last cell under the heading's last cell comes first ({@code 基本医疗保障水平 | 稳步提高 | 已提高 |
     * 下年度加快推进} under 一级 | 二级 | 三级 | 指标值 | 实际完成值 | 原因 is a name, not a level-2 label
     * one cell left). Every shift is still checked against the heading by {@link #positional}.
     */
    static int[] shifts(Row r, Row heading) {
        int aligned = r.cells().size() - heading.cells().size();
        if (r.cells().isEmpty() || aligned >= 0) {
            return SHIFTS;
        }
        int[] out = new int[SHIFTS.length + 1];
        out[0] = aligned;
        int k = 1;
        for (int shift : SHIFTS) {
            if (shift != aligned) {
                out[k++] = shift;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /**
     * Reads a row by position, its cells taken {@code shift} places to the left of where they
     * were printed, or returns null when they do not then sit where the heading says.
     */
    static Read positional(Row r, TreeMap<Integer, Column> roles, int shift) {
        List<Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            // a filled cell outside the heading's columns or under 绩效指标 refuses the shift (as
            // below), asked before anything is made: most shifts tried are refused
            if (!cells.get(i).isEmpty()) {
                Column role = roles.get(i - shift);
                if (role == null || role == Column.LEAD) {
                    return null;
                }
            }
        }
        Read read = new Read(r);
        read.positional = true;
        List<Label> unknown = null; // made at the first unknown label: most rows have none
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            Column role = roles.get(i - shift);
            if (role == null) {
                return null;
            }
            String text = c.text();
            switch (role) {
                case LEAD -> {
                    // the merged 绩效指标 column holds nothing on indicator rows: the row slid left
                    return null;
                }
                case L1, L2 -> {
                    Category cat = Vocabulary.category(text);
                    if (cat != null) {
                        read.labels.add(new Label(c, cat, role));
                    } else if (Text.key(text).length() <= 10 && !isValueLike(text)
                            && !numbered(Text.key(text))) {
                        Label l = new Label(c, null, role);
                        read.labels.add(l);
                        if (unknown == null) {
                            unknown = new ArrayList<>(2);
                        }
                        unknown.add(l);
                    } else {
                        return null;
                    }
                }
                case NAME -> {
                    if (strongCategory(text) && !stemOfItsLevel2(text, read) || isValueLike(text)) {
                        return null;
                    }
                    read.content.put(role, c);
                }
                case VALUE, MID_VALUE, ACTUAL -> {
                    if (strongCategory(text) || numbered(Text.key(text))) {
                        return null; // (a numbered cell, 指标4：…, is a name, never a value)
                    }
                    read.content.put(role, c);
                }
                case OTHER -> {
                    read.others.add(c);
                    read.otherHeadings.add(roles instanceof TemplateColumns.Roles rs ? rs.unknownHeading(i - shift) : null);
                }
                case OPERATOR, ACTUAL_OPERATOR, UNIT, ACTUAL_UNIT, WEIGHT, SCORE, DIRECTION -> {
                    if (!TemplateColumns.fitsColumn(c, role)) {
                        // an operator, unit, number or direction column holds only that: anything else slid here
                        return null;
                    }
                    read.content.put(role, c);
                }
                default -> read.content.put(role, c);
            }
        }
        if (!read.content.containsKey(Column.NAME)) {
            return read.content.isEmpty() && unknown == null && !read.labels.isEmpty() ? read : null;
        }
        if (unknown != null && !unknownLabelsFit(read, roles)) {
            return null;
        }
        if (!read.content.containsKey(Column.VALUE)) {
            for (Column c : read.content.keySet()) {
                if (c == Column.ACTUAL || c == Column.MID_VALUE) {
                    // an empty value cell before a filled actual: the cells slid right
                    return null;
                }
            }
        }
        return read;
    }

    /**
     * A label outside the vocabulary is trusted where it sits only when a known category that can
     * be a level-1 category starts the row in the level-1 column, or when every content column of
     * the row is filled and no value sits in a description, basis or note column while the value
     * column holds text.
     */
    private static boolean unknownLabelsFit(Read read, TreeMap<Integer, Column> roles) {
        for (Label l : read.labels) {
            if (l.category() != null && l.column() == Column.L1) {
                // a level-2 category has no level-2 label of its own under it: printed in the
                // level-1 column it slid left with the rest of the row
                return l.category().level() != Level.L2;
            }
        }
        for (Column c : roles.values()) {
            if ((c == Column.NAME || c == Column.VALUE || c == Column.ACTUAL || c == Column.WEIGHT || c == Column.SCORE)
                    && !read.content.containsKey(c)) {
                return false;
            }
        }
        // every content column filled, yet the value column holds text while a column after the
        // name that is not a value column holds a value: the cells slid left past the label
        Cell value = read.content.get(Column.VALUE);
        if (value != null && !isValueLike(value.text())) {
            for (Map.Entry<Column, Cell> e : read.content.entrySet()) {
                Column c = e.getKey();
                if ((c == Column.DESCRIPTION || c == Column.BASIS || c == Column.NOTE) && isValueLike(e.getValue().text())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reads a row by content and order: leading category labels, then name, value, and the rest. */
    static Read sequential(Row r, List<Cell> cells, List<Column> order, SheetDraft d) {
        Read read = new Read(r);
        read.byContent = true;
        int i = 0;
        while (i < cells.size() && read.labels.size() < 2) {
            Category cat = Vocabulary.category(cells.get(i).text());
            if (cat == null || i == cells.size() - 1 && read.labels.isEmpty() && cells.size() > 1) {
                break;
            }
            read.labels.add(new Label(cells.get(i), cat, null));
            i++;
        }
        List<Cell> rest = new ArrayList<>(cells.subList(i, cells.size()));
        int name = TemplateColumns.nameBeforeOperator(rest, order);
        while ((name > 0 || rest.size() > order.size() || !d.printedLines && rest.size() > 1 && numbered(Text.key(rest.get(1).text())))
                && read.labels.size() < 2 && !isValueLike(rest.get(0).text()) && !numbered(Text.key(rest.get(0).text()))) {
            // (a numbered cell, 指标4：…, is a name, never a label; in a table of rows a cell before it is a label, on
            // printed lines a piece of a merged label that PrintedLines leaves a remnant)
            // cells before the name (the cell before a split operator, or cells beyond the columns) are labels
            read.labels.add(new Label(rest.remove(0), null, null));
            name--;
        }
        if (TemplateColumns.hasSplitColumns(order)) {
            // split columns: each cell to the next column it can be (an operator, a unit, a number...)
            TemplateColumns.assignByKind(rest, order, read.content, d);
        } else {
            for (int k = 0; k < rest.size(); k++) {
                if (k < order.size() && order.get(k) == Column.OTHER && read.content.get(Column.OTHER) != null) {
                    // a second cell of a column the model has no field for: kept with the first (a remnant when the row is read)
                    Cell first = read.content.get(Column.OTHER);
                    read.content.put(Column.OTHER, first.withText(first.text() + " " + rest.get(k).text()));
                } else if (k < order.size()) {
                    read.content.put(order.get(k), rest.get(k));
                } else {
                    d.remnant(rest.get(k), "cell beyond the indicator columns");
                }
            }
        }
        if (!rest.isEmpty() || !read.labels.isEmpty()) {
            Cell first = cells.get(0);
            d.diag("row-realigned", first.at(), ReadDescriptions.describe(read, "row read by content: "));
        }
        return read;
    }

    /**
     * Where a sheet numbers its indicators, a row holding only an unnumbered name right after a
     * numbered one, and followed by a numbered row or nothing, is the rest of that name wrapped
     * onto the next line; so is an unnumbered row of name and value fragments before the next number
     * (指标7, fragments, 指标8 or a new group's 指标1) or the table's end, each fragment joined to its column.
     */
    static void joinWrappedNames(List<Read> reads, SheetDraft d) {
        long numbered = PrintedNumbers.numbered(reads);
        if (numbered < 2) {
            return;
        }
        for (int i = 1; i < reads.size(); i++) {
            Read r = reads.get(i);
            Read prev = reads.get(i - 1);
            Read next = i + 1 < reads.size() ? reads.get(i + 1) : null;
            boolean nameOnly = r.content.size() == 1;
            boolean between = next == null || next.number != null && prev.number != null
                    && (next.number == prev.number + 1 || next.number == 1);
            if (r.number == null && r.labels.isEmpty() && r.content.containsKey(Column.NAME) && r.others.isEmpty()
                    && prev.number != null && prev.isIndicator()
                    && (nameOnly && (next == null || next.number != null && next.number != 1)
                        || !nameOnly && between && !twoCompleteValues(prev, r))) {
                // a name-only fragment, or a row of fragments between two consecutive numbers
                for (Map.Entry<Column, Cell> e : r.content.entrySet()) {
                    Cell a = prev.content.get(e.getKey());
                    Cell b = e.getValue();
                    prev.content.put(e.getKey(), a == null ? b : new Cell(a.text().strip() + b.text().strip(), a.at()));
                    prev.lastLine = Math.max(prev.lastLine, r.lastLine);
                    d.diag("cell-joined", b.at(), "\"" + b.text() + "\" continues the "
                            + e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " of the indicator above");
                }
                reads.remove(i);
                i--;
            }
        }
    }

    /**
     * Two rows that each hold a value the grammar reads on its own (a number, a range, a
     * reference, a deadline) are two indicators, not one wrapped over two rows.
     */
    private static boolean twoCompleteValues(Read prev, Read r) {
        Cell a = prev.content.get(Column.VALUE);
        Cell b = r.content.get(Column.VALUE);
        return a != null && b != null && isValueLike(a.text()) && isValueLike(b.text());
    }

    /** Fills labels down and builds the indicators. */
    static void assemble(List<Read> reads, SheetDraft d) {
        int from = d.indicators.size();
        assembleRows(reads, d);
        LabelFill.fillUp(d, from);
        if (d.printedLines) {
            LabelFill.betweenNeighbours(d, from);
        }
    }

    /** Whether a label of the vocabulary is printed other than as its category's label (a loop, no stream per row). */
    private static boolean relabelled(List<Label> labels) {
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            if (l.category() != null && !Text.key(l.cell().text()).equals(l.category().label())) {
                return true;
            }
        }
        return false;
    }

    private static void assembleRows(List<Read> reads, SheetDraft d) {
        String l1 = null;
        String l2 = null;
        for (Read r : reads) {
            if (!r.labels.isEmpty()) {
                String[] next = LabelResolution.resolve(r.labels, l1, l2);
                if (LabelResolution.levelOnesOfOtherGroups(r.labels, l1, l2)) {
                    d.diag("labels-of-later-groups", r.labels.get(0).cell().at(), "level-1 labels " + LabelPlacement.names(r.labels)
                            + " printed together before one row: labels of groups below, the row read under " + l1 + "/" + l2);
                }
                String foreign = LabelResolution.foreignLevel1(r.labels);
                if (foreign != null) {
                    d.diag("label-parent", r.labels.get(r.labels.size() - 1).cell().at(), "level-2 label " + next[1]
                            + " printed beside level-1 label " + foreign + ", which does not hold it: read under " + next[0]);
                }
                if (relabelled(r.labels)) {
                    d.diag("label-canonical", r.labels.get(0).cell().at(), "label " + LabelPlacement.names(r.labels) + " read as "
                            + next[0] + "/" + next[1]);
                }
                l1 = next[0];
                l2 = next[1];
            }
            if (!r.isIndicator()) {
                continue;
            }
            Cell nameCell = r.content.get(Column.NAME);
            // a name wrapped inside its cell (竣工验收<br>合格率, a quoted cell of two lines) is one name
            String name = Text.clean(Text.joinWrappedLines(nameCell.text()));
            String folded = Text.foldInPlace(name);
            int prefixEnd = NumberPrefix.end(folded);
            if (prefixEnd >= 0 && prefixEnd < name.length()) {
                name = name.substring(prefixEnd);
            }
            String value = TemplateColumns.compose(r.content, Column.VALUE, Column.OPERATOR, Column.UNIT, null, d);
            String unit = text(r, Column.UNIT);
            String actual = TemplateColumns.compose(r.content, Column.ACTUAL, Column.ACTUAL_OPERATOR, Column.ACTUAL_UNIT,
                    unit, d);
            Target target = readValue(value, name, r.content.get(Column.VALUE), d);
            Target actualParsed = readValue(actual, name, r.content.get(Column.ACTUAL), d);
            dev.zhibiao.Verdict met = target != null && actualParsed != null ? target.test(actualParsed) : null;
            d.indicators.add(new Indicator(l1, l2, name, value, target, text(r, Column.MID_VALUE),
                    text(r, Column.DESCRIPTION), text(r, Column.BASIS), actual, actualParsed, met,
                    text(r, Column.NOTE), TemplateColumns.number(r.content.get(Column.WEIGHT), "权重", d),
                    TemplateColumns.number(r.content.get(Column.SCORE), "得分", d),
                    TemplateColumns.direction(r.content.get(Column.DIRECTION), r.content.get(Column.OPERATOR)),
                    nameCell.at()));
            for (int k = 0; k < PROJECT_COLUMNS.size(); k++) { // by index: no iterator per row
                Column c = PROJECT_COLUMNS.get(k);
                if (r.content.get(c) != null) {
                    d.remnant(r.content.get(c), "project column " + ReadDescriptions.heading(c) + " beside an indicator");
                }
            }
            for (int k = 0; k < r.others.size(); k++) {
                String head = r.otherHeadings.size() > k ? r.otherHeadings.get(k) : null;
                d.remnant(r.others.get(k), head == null ? "column the model has no field for"
                        : "column \"" + head + "\" the model has no field for");
            }
            if (r.content.get(Column.OTHER) != null) {
                // a row read by content put a cell in a column the model has no field for: kept, never dropped
                d.remnant(r.content.get(Column.OTHER), "column the model has no field for");
            }
        }
    }

    /** Reads a value with the grammar; what it cannot read is qualitative, with a diagnostic. */
    private static Target readValue(String value, String name, Cell cell, SheetDraft d) {
        Grammar.Result r = Grammar.read(value, name);
        // (every year named relative to the sheet's holds 年: no stripped copy and no matcher without it)
        String dated = value != null && d.year != null && r.target() instanceof Target.Qualitative
                && value.indexOf('年') >= 0 ? Grammar.relativeYear(value.strip(), d.year) : null;
        if (dated != null) {
            // 次年3月底前 in a sheet of 2024: by 2025年3月底
            Grammar.Result y = Grammar.read(dated, name);
            if (y.target() instanceof Target.Deadline && y.problem() == null) {
                if (cell != null) {
                    d.diag("year-relative", cell.at(), "\"" + value + "\" read as " + dated + " (the sheet's year " + d.year + ")");
                }
                return y.target();
            }
        }
        if (r.problem() != null && cell != null) {
            d.diag("value-unread", cell.at(), "\"" + value + "\" kept as text: " + r.problem());
        }
        return r.target();
    }

    private static String text(Read r, Column c) {
        Cell cell = r.content.get(c);
        return cell == null ? null : Text.clean(cell.text());
    }

    /** @return whether every cell's text names a column (heading words); a loop, not a lambda (a class spun at start-up) */
    static boolean allColumnWords(List<Cell> cells) {
        for (Cell c : cells) {
            if (Vocabulary.column(c.text()) == null) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the read has a label in the level-1 column naming a category that is not level 2 */
    private static boolean hasLevel1Label(Read read) {
        for (Label l : read.labels) {
            if (l.column() == Column.L1 && l.category() != null && l.category().level() != Level.L2) {
                return true;
            }
        }
        return false;
    }

}
