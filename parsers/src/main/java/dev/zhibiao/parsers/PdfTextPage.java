package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;
import static dev.zhibiao.parsers.PdfTextLineRepairs.*;
import static dev.zhibiao.parsers.PdfTextIndicators.*;

/** One page: classifies its lines and emits its rows in table order (header, funding, goals, indicators, leftovers). */
final class PdfTextPage extends PdfTextFunding {
    PdfTextPage(List<Line> lines) {
        super(lines);
    }

    /** The repairs of this page's indicator cells, by row (identity), for the document's notes. */
    final java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
    /** Names of one paragraph cut by the count of the values printed after them. */
    private int namesCut;
    /** Names cut where a line ends at a width no column of the table wraps at ({@link PdfTextWrapWidths}). */
    private int namesApart;
    /** Group labels printed with an outline number (一、产出指标) read as their labels. */
    private int outlinedLabels;
    private int unitRests;
    /** Cells cut by the page's end whose rest, printed first on the next page, was joined back ({@link PdfTextPageCuts}). */
    private int pageCuts;
    /** Names whose last line, printed after their value, was joined back ({@link PdfTextNameRestAfterValue}). */
    private int namesRestAfterValue;
    /** Values printed round a name moved after it in the session-38 cases ({@link PdfTextLineRepairs#valueInsideName}). */
    private int valuesRoundName;

    /** A wide indicator heading ({@link PdfTextWideTable}) read on an earlier page, for a table continued here without one. */
    List<String> wideHeading;

    /** Emits the page's rows, its repairs into {@link #notes}; returns the wide indicator heading in force after it (null when none). */
    List<String> emit(List<Row> out, List<String> carried) {
        wideHeading = carried;
        emit(out);
        return wideHeading;
    }

    /** {@link #emit(List, List)}, the page's repairs added to {@code allNotes}. */
    List<String> emit(List<Row> out, List<String> carried, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> allNotes) {
        List<String> after = emit(out, carried);
        allNotes.putAll(notes);
        return after;
    }

    void emit(List<Row> out) {
        int first = lines.get(0).no();
        List<Row> before = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String k = lines.get(i).key();
            if (k.startsWith("第") && Rx.matches(PART_HEADING, k)) {
                // a part's heading (第四部分 项目支出绩效目标申报表) over the page: no cell of the sheet
                before.add(Row.prose(lines.get(i).text(), Locator.line(lines.get(i).no())));
                used[i] = true;
            }
        }
        reserveBetweenValues();
        // a label alone on its line below the indicator heading (一级指标 …) is a cell of the table, not of the header:
        // a wrapped name's end (城市内一站式即时结算覆盖 / 地区) printed apart would take the next text as its value
        // (the first heading word after the page's title: a page may start with the end of the sheet before)
        int heading = lines.size();
        boolean titled = false;
        for (int i = 0; i < lines.size() && heading == lines.size(); i++) {
            String k = lines.get(i).key();
            titled |= isTitle(lines.get(i).text());
            if (titled && TABLE_HEADER.contains(k) && !k.equals("绩效指标")) {
                heading = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (used[i]) {
                continue;
            }
            int[] apart = labelAroundValue(i);
            if (apart != null) {
                // a label wrapped over two paragraphs with its value's paragraph between them (转移支付(项 / value / 目)名称)
                List<Line> value = lines.subList(apart[0], apart[1]);
                header.add(new Row(List.of(new Cell(l.text() + lines.get(apart[1]).text(), Locator.line(l.no())),
                        new Cell(joinLines(value), new Locator(value.get(0).no(), 2, null))), true, Locator.line(l.no())));
                used[i] = true;
                for (int u = apart[0]; u <= apart[1]; u++) {
                    used[u] = true;
                }
                continue;
            }
            if (i + 2 < lines.size() && !used[i + 1] && !used[i + 2] && lines.get(i + 1).block() == l.block()
                    && lines.get(i + 2).block() == l.block() && !isHeaderLine(l.text()) && !isYear(l.text())
                    && !isHeaderLine(lines.get(i + 1).text()) && wrappedLabel(l.text(), lines.get(i + 2).text())
                    && lines.get(i + 2).key().length() <= 3) {
                // a label wrapped over two lines with its value printed between them (资金使用单 / 长春地区 / 位)
                Line value = lines.get(i + 1);
                used[i] = used[i + 1] = used[i + 2] = true;
                header.add(new Row(List.of(new Cell(l.text() + lines.get(i + 2).text(), Locator.line(l.no())),
                        new Cell(value.text(), new Locator(value.no(), 2, null))), true, Locator.line(l.no())));
                continue;
            }
            if (i + 1 < lines.size() && !used[i + 1] && lines.get(i + 1).block() == l.block() && !isYear(l.text())
                    && !isHeaderLine(lines.get(i + 1).text())
                    && (!isHeaderLine(l.text()) && PdfTextHeader.isHeaderLineJoin(l.text(), lines.get(i + 1).text())
                        || wrappedLabel(l.text(), lines.get(i + 1).text()) || longerLabel(l.text(), lines.get(i + 1).text()))) {
                // a header label wrapped over two lines (转移支付(项目) / 名称, 主管部门及代 / 码)
                l = new Line(l.no(), l.text() + lines.get(i + 1).text(), l.block());
                used[i + 1] = true;
            }
            if (title == null && !isTitle(l.text()) && i + 1 < lines.size() && !used[i + 1]
                    && lines.get(i + 1).key().length() <= 4 && isTitle(l.text() + lines.get(i + 1).text())) {
                // a title wrapped at its line end (…绩效自 / 评表)
                l = new Line(l.no(), l.text() + lines.get(i + 1).text(), l.block());
                used[i + 1] = true;
            }
            if (title == null && isTitle(l.text())) {
                title = new Row(List.of(new Cell(l.text(), Locator.line(l.no()))), false, Locator.line(first));
                used[i] = true;
            } else if (year == null && isYear(l.text())) {
                year = Row.prose(l.text(), Locator.line(l.no()));
                used[i] = true;
            } else if (isHeaderLine(l.text()) && !(i > heading && !isYear(l.text()) && labelled(l).size() == 1)) {
                used[i] = true;
                List<Cell> cells = labelled(l);
                if (cells.size() == 1 && !isYear(l.text())) {
                    Cell value = valueApart(i, l.text());
                    if (value != null) {
                        cells = List.of(cells.get(0), value);
                        int[] end = labelEndAfterValue(l.text(), value.at().line());
                        if (end != null) {
                            // label and value both wrapped, printed in turn (主管部门 / [189]…医疗保障 / 及代码 / 局)
                            cells = List.of(new Cell(l.text() + lines.get(end[0]).text(), cells.get(0).at()),
                                    new Cell(value.text() + lines.get(end[1]).text(), value.at()));
                            used[end[0]] = used[end[1]] = true;
                        }
                    }
                }
                header.add(new Row(cells, true, Locator.line(l.no())));
            }
        }
        // (a piece's key is part of its line's key: only lines whose key holds 中期 are split)
        boolean twoPeriods = lines.stream().anyMatch(l -> l.key().contains("中期") && java.util.Arrays.stream(l.parts())
                .anyMatch(p -> key(p).startsWith("中期目标") || key(p).startsWith("中期资金") || key(p).startsWith("中期指标")));
        readCompletion();
        readGoals(twoPeriods);
        if (goalColumnsDealt != null) {
            notes.computeIfAbsent(goalColumnsDealt, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic("pdftotext-goal-columns",
                    "the two goal columns (项目总目标 | 年度总体目标) printed interleaved, lines of both columns joined on one line:"
                    + " each line dealt back to its column by the goals' numbering and widths", goalColumnsDealt.at()));
        }
        readFunding(twoPeriods);
        if (moneyCaptioned != null) {
            notes.computeIfAbsent(moneyCaptioned, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic("pdftotext-money-caption",
                    "the money block's caption with its unit printed on one line with its first item: read as the"
                    + " caption's cell and the item's (" + moneyCaptioned.cells().stream().map(c -> c.text())
                    .collect(java.util.stream.Collectors.joining(" | ")) + ")", moneyCaptioned.at()));
        }
        if (moneyColumns != null) {
            notes.computeIfAbsent(moneyColumns, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic("pdftotext-money-columns",
                    "the money block printed a cell or a few per paragraph under its column headings ("
                    + moneyColumns.cells().stream().skip(2).map(c -> c.text()).collect(java.util.stream.Collectors.joining(" | "))
                    + "): each row's figures put under the headings in order, a rate under a rate heading, figures printed"
                    + " after another part of the sheet in the row's empty columns", moneyColumns.at()));
        }
        readIndicators(twoPeriods);
        out.addAll(before);
        if (title != null) {
            out.add(title);
        }
        if (year != null) {
            out.add(year);
        }
        // the header lines printed with the title first (项目名称, 主管部门 …), then the others (项目属性 …)
        int titleLine = title == null ? Integer.MAX_VALUE : title.cells().get(0).at().line();
        header.sort((a, b) -> Boolean.compare(a.at().line() < titleLine, b.at().line() < titleLine));
        out.addAll(header);
        out.addAll(funding);
        out.addAll(goals);
        out.addAll(indicators);
        out.addAll(leftovers);
    }

    // ------------------------------------------------------------ indicators

    void readIndicators(boolean twoPeriods) {
        List<Frag> frags = new ArrayList<>();
        List<Line> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!used[i]) {
                rest.add(lines.get(i));
            }
        }
        boolean paragraphs = paragraphs();
        boolean selfEvaluation = lines.stream().anyMatch(l -> l.key().contains("全年实际完成值") || l.key().contains("未完成原因"));
        if (paragraphs && selfEvaluation) {
            rest = valueEchoedByActual(rest);
        }
        if (paragraphs) {
            int[] roundName = new int[1];
            rest = valueAfterNameStart(valueInsideName(rest, roundName));
            valuesRoundName = roundName[0];
        }
        for (Line l : rest) {
            // one cell per paragraph: spaces inside a line are the cell's own (指标 1：…, ≥ 100 %),
            // but a known label sharing a line with the next cell is split off
            String[] parts = paragraphs ? splitNameValue(splitTrailingValue(splitLabels(l.parts()))) : l.parts();
            if (!mergesSigns(parts)) {
                // nothing to merge (most lines): the parts as they are, no list
                for (int p = 0; p < parts.length; p++) {
                    frags.add(new Frag(parts[p], l.no(), l.block(), p == 0, p == parts.length - 1));
                }
                continue;
            }
            List<String> merged = new ArrayList<>(parts.length);
            for (String p : parts) {
                if (!merged.isEmpty() && Rx.matches(OPERATOR_ONLY, merged.get(merged.size() - 1))) {
                    merged.set(merged.size() - 1, merged.get(merged.size() - 1) + p);
                } else if (!merged.isEmpty() && (p.equals("%") || p.equals("％"))) {
                    merged.set(merged.size() - 1, merged.get(merged.size() - 1) + p);
                } else {
                    merged.add(p);
                }
            }
            for (int p = 0; p < merged.size(); p++) {
                frags.add(new Frag(merged.get(p), l.no(), l.block(), p == 0, p == merged.size() - 1));
            }
        }
        if (paragraphs) {
            frags = PdfTextCutHeadings.join(frags);
        }
        frags = joinLabelEnds(frags, paragraphs);
        frags = joinVertical(frags);
        frags = joinInterleaved(frags);
        frags = joinVocabulary(frags);
        frags = joinInTurn(frags);
        if (paragraphs) {
            frags = joinRestAfterValue(frags);
            int[] nameRest = new int[1];
            frags = PdfTextNameRestAfterValue.join(frags, nameRest);
            namesRestAfterValue = nameRest[0];
            int[] pageCut = new int[1];
            frags = joinNameEndAfterValue(frags, pageCut);
            frags = PdfTextPageCuts.joinValueRest(frags, pageCut);
            pageCuts = pageCut[0];
        }
        // a target sheet of one period (no 全年实际 / 实际完成 column, even wrapped): a short line ends its cell
        boolean target = !twoPeriods && lines.stream().noneMatch(l -> l.key().contains("全年实际")
                || l.key().contains("实际完成") || l.key().contains("未完成"));
        int[] cuts = new int[4];
        List<Piece> pieces = pieces(frags, target, cuts);
        namesCut = cuts[0];
        namesApart = cuts[1];
        outlinedLabels = cuts[2];
        unitRests = cuts[3];
        if (target) {
            pieces = joinWrappedTails(pieces);
        }
        // the table header: drop its labels, count its 指标值 columns
        int valueColumns = 0;
        int nameColumns = 0;
        List<Piece> body = new ArrayList<>();
        int headerLine = -1;
        // a self-evaluation prints a 全年实际完成值 column; its table starts at 一级指标 (what comes
        // before belongs to the money and goal blocks and is kept as unplaced text)
        // (its heading may wrap and interleave with its neighbour's: 全年实际完 未完成原因和改 / 成值 / 进措施;
        // the 未完成原因 column is printed only beside it)
        boolean actual = lines.stream().anyMatch(l -> l.key().contains("全年实际完成值") || l.key().contains("未完成原因"));
        // on any page that prints the heading, the text before its first label (a header value or a
        // money figure printed late by pdftotext) is no indicator row: kept as prose; category labels
        // printed there still label the rows
        int heading = firstHeading(pieces, actual);
        // where the 三级指标 heading and the 指标值 heading fall among the body's pieces (plain pdftotext may
        // print the name column whole, its heading first, before the value column and its heading)
        int namesFrom = -1;
        int valuesFrom = -1;
        List<Piece> before = new ArrayList<>();
        List<Piece> early = new ArrayList<>();
        int bandEnd = actual ? -1 : PdfTextBandGoals.bandEnd(pieces, heading, TABLE_HEADER);
        int goalLine = -1;
        int bandGoals = 0;
        for (int at = 0; at < pieces.size(); at++) {
            Piece p = pieces.get(at);
            String k = p.key();
            if (at > heading && at < bandEnd && !TABLE_HEADER.contains(k)
                    && (PdfTextBandGoals.opens(p) || PdfTextBandGoals.continues(p, goalLine))) {
                // goal lines printed among the heading's words: kept after the table (PdfTextBandGoals)
                early.add(p);
                goalLine = p.line();
                bandGoals++;
                continue;
            }
            goalLine = -1;
            if (at < heading) {
                if (actual && k.equals("一级指标")) {
                    headerLine = p.line();
                } else if (!actual && p.kind() == Kind.LABEL && isCategory(k)) {
                    body.add(p);
                } else if (!TABLE_HEADER.contains(k)) {
                    (actual ? before : early).add(p);
                }
                continue;
            }
            if (TABLE_HEADER.contains(k)) {
                if (k.equals("指标值")) {
                    valueColumns++;
                    if (namesFrom >= 0 && valuesFrom < 0 && body.size() > namesFrom) {
                        valuesFrom = body.size();
                    }
                }
                if (k.equals("三级指标")) {
                    nameColumns++;
                    if (namesFrom < 0) {
                        namesFrom = body.size();
                    }
                }
                if (headerLine < 0 && !k.equals("绩效指标")) {
                    headerLine = p.line();
                }
                continue;
            }
            if (p.kind() == Kind.TEXT && at == pieces.size() - 1 && Vocabulary.column(k) == Vocabulary.Column.NOTE) {
                // the heading of an empty 备注 column printed after the table (the column printed whole): no indicator
                early.add(p);
                continue;
            }
            if (p.kind() == Kind.TEXT && (Vocabulary.isGoalsLabel(k) || Vocabulary.isProjectGoalsLabel(k))) {
                // a goals head (年度总体目标) printed among the indicator cells is no indicator: kept after the table
                early.add(p);
                continue;
            }
            body.add(p);
        }
        // (two periods: only a heading 一级 二级 三级 中期指标值 whose annual value heading is printed after the rows)
        PdfTextWideTable.Table wide = (paragraphs || wideHeading != null) && (!twoPeriods || PdfTextTemplateRows.midThenLateValue(pieces, heading)
                || PdfTextCellSequence.annualThenMidHeading(pieces, heading))
                && !actual ? PdfTextWideTable.read(pieces, heading, wideHeading) : null;
        wideHeading = wide == null ? null : wide.heading();
        if (wide != null) {
            // a heading naming more columns than levels, name and value (指标性质, 度量单位, 权重 …): rows cut at their level-1 labels
            indicators.addAll(wide.rows());
            notes.putAll(wide.notes());
            for (Piece p : early) {
                leftovers.add(Row.prose(p.text(), Locator.line(p.line())));
            }
            List<Piece> unplaced = wide.unplaced();
            for (int q = 0; q < unplaced.size(); q++) {
                Piece p = unplaced.get(q);
                int[] total = PdfTextTotalRow.numbersApart(unplaced, q, wide.heading());
                if (total != null) {
                    // the total row's label and its numbers printed apart after the table: one total row, set aside by core
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < total[2]; c++) {
                        cells.add(new Cell("", new Locator(p.line(), c + 1, null)));
                    }
                    cells.add(new Cell(p.text(), new Locator(p.line(), cells.size() + 1, null)));
                    for (int k = total[0]; k < total[1]; k++) {
                        if (k != q) {
                            cells.add(new Cell(unplaced.get(k).text(), new Locator(unplaced.get(k).line(), cells.size() + 1, null)));
                        }
                    }
                    Row row = new Row(cells, true, Locator.line(p.line()));
                    for (int k = total[0]; k < q; k++) {
                        leftovers.remove(leftovers.size() - 1);
                    }
                    leftovers.add(row);
                    notes.computeIfAbsent(row, r -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic("row-realigned",
                            "the total row (" + p.text() + ") printed apart from its numbers after the table: read as one row", row.at()));
                    q = total[1] - 1;
                    continue;
                }
                // a heading word printed after the table (计量单位) or a row's number is kept as prose, not a row of one cell to be read;
                // so is a text printed right after such a heading word (偏差原因分析及改进措施 / 个别网络直报延迟…): that column's
                // cell printed late, no row of its own
                boolean lateCell = q > 0 && p.kind() == Kind.TEXT && PdfTextWideTable.headingWords(unplaced.get(q - 1).text()) != null
                        && PdfTextWideTable.headingWords(p.text()) == null && Vocabulary.category(p.text()) == null
                        && !Vocabulary.isTotalLabel(p.text())
                        // or a piece of two characters or fewer, no label: a wrapped name's end printed late (孕产妇系统管 / … / 理率)
                        || p.kind() == Kind.TEXT && p.key().length() <= 2 && Vocabulary.category(p.text()) == null
                        && !Vocabulary.isTotalLabel(p.text());
                leftovers.add(wide.isProse(p) || lateCell ? Row.prose(p.text(), Locator.line(p.line()))
                        : new Row(List.of(new Cell(p.text(), new Locator(p.line(), 1, null))), true, Locator.line(p.line())));
            }
            return;
        }
        // two periods print the heading twice (a 指标值 cut over two lines still leaves two 三级指标)
        boolean two = twoPeriods && (valueColumns != 1 || nameColumns >= 2) || valueColumns >= 2;
        if (paragraphs && !two && !actual && valuesFrom > namesFrom && namesFrom >= 0) {
            body = PdfTextPairing.columnsPrintedWhole(body, namesFrom, valuesFrom, cutAtColumn(body, namesFrom, valuesFrom));
        }
        Indicators ind = new Indicators(body, two);
        ind.actual = actual && !two;
        // a scored self-evaluation prints 分值 and 得分 after the actual: two numbers side by side there are those
        ind.scored = lines.stream().anyMatch(l -> l.key().contains("分值") || l.key().contains("得分"));
        ind.paragraphs = paragraphs;
        java.util.Map<Integer, Integer> printedPages = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.page >= 0) {
                printedPages.put(l.no(), l.page);
            }
        }
        ind.parse();
        if (ind.rows.isEmpty() && body.isEmpty()) {
            return;
        }
        ind.placeApartLabels();
        int pageTop = paragraphs && !two && !printedPages.isEmpty() ? PdfTextPageTopLabels.continueGroups(ind.rows, printedPages) : 0;
        int hl = headerLine > 0 ? headerLine : ind.rows.isEmpty() ? 0 : ind.rows.get(0).line;
        List<String> head = ind.actual ? List.of("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值")
                : List.of("一级指标", "二级指标", "三级指标", "指标值");
        List<Cell> hc = new ArrayList<>();
        for (int copy = 0; copy < (two ? 2 : 1); copy++) {
            for (String h : head) {
                hc.add(new Cell(h, new Locator(hl, hc.size() + 1, null)));
            }
        }
        for (Piece p : before) {
            // text of the blocks above the table that no reading placed: kept, as prose
            indicators.add(Row.prose(p.text(), Locator.line(p.line())));
        }
        if (!ind.rows.isEmpty()) {
            Row headRow = new Row(hc, true, Locator.line(hl));
            indicators.add(headRow);
            List<dev.zhibiao.Diagnostic> repairs = new ArrayList<>();
            if (namesCut > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-names-cut", namesCut + " name(s) printed in one paragraph with the next"
                        + " cut at a full line ending as a name ends: the values printed after them count that many more names",
                        Locator.line(hl)));
            }
            if (namesApart > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-names-apart", namesApart + " name(s) printed in one paragraph with"
                        + " the next cell of their column cut where a line ends at a width no column of the table wraps at;"
                        + " each such name prints no value", Locator.line(hl)));
            }
            if (outlinedLabels > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-outline-labels", outlinedLabels + " group label(s) printed with"
                        + " an outline number (一、产出指标, （一）数量指标) on a line of their own: read as the level labels they"
                        + " print, the numbers left out", Locator.line(hl)));
            }
            if (unitRests > 0) {
                repairs.add(PdfTextUnitRest.diagnostic(unitRests, Locator.line(hl)));
            }
            if (valuesRoundName > 0) {
                repairs.add(PdfTextLineRepairs.valueRoundNameDiagnostic(valuesRoundName, Locator.line(hl)));
            }
            if (namesRestAfterValue > 0) {
                repairs.add(PdfTextNameRestAfterValue.diagnostic(namesRestAfterValue, Locator.line(hl)));
            }
            if (pageCuts > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-cell-cut-by-page", pageCuts + " cell(s) cut by the page's end,"
                        + " the rest printed first on the next page: joined back to the cell", Locator.line(hl)));
            }
            if (!ind.goalsApart.isEmpty()) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-goal-apart", ind.goalsApart.size() + " numbered goal(s) printed again"
                        + " among the side labels before the last row's value: kept after the table, the value given to the last row",
                        Locator.line(hl)));
            }
            if (bandGoals > 0) {
                repairs.add(PdfTextBandGoals.diagnostic(bandGoals, Locator.line(hl)));
            }
            if (ind.namesAmongLabels > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-name-as-label", ind.namesAmongLabels + " name(s) worded as their"
                        + " row's level-2 label, printed right after it and before the row's value: read as the row's name",
                        Locator.line(hl)));
            }
            if (ind.valuesOnNameLine > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-value-on-name-line", ind.valuesOnNameLine + " value(s) printed at"
                        + " the end of their name's line, the row printing no value after it: split off as the row's value",
                        Locator.line(hl)));
            }
            if (ind.pairsOnOneLine > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-target-actual-one-line", ind.pairsOnOneLine + " line(s) holding two"
                        + " values of one form side by side under 指标值 and 全年实际完成值 (printed at one height): cut into the"
                        + " row's target and its actual", Locator.line(hl)));
            }
            if (ind.wordedAfterNumbers > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-worded-after-numbers", ind.wordedAfterNumbers + " run(s) of names"
                        + " printed together, their values after them, the numbers first and the worded values last:"
                        + " each name takes one in order", Locator.line(hl)));
            }
            if (ind.labelsDealt > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-labels-dealt", ind.labelsDealt + " row(s) after a run of labels"
                        + " holding as many level-2 labels as rows: each row took one, in order", Locator.line(hl)));
            }
            if (ind.labelBounds > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-label-bounds", ind.labelBounds + " row(s) above a level-2 label"
                        + " printed with its rows given that label: a merged label cell is printed at its middle, after its"
                        + " group's first rows; the bound set where the rows' names and values suit their labels best", Locator.line(hl)));
            }
            if (ind.keptWhole > 0) {
                repairs.add(PdfTextWholeRun.diagnostic(ind.keptWhole, Locator.line(hl)));
            }
            if (ind.keptRun > 0) {
                repairs.add(PdfTextSoundRun.diagnostic(ind.keptRun, Locator.line(hl)));
            }
            if (ind.costLevel1 > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-cost-level1", ind.costLevel1 + " 成本指标 label(s) printed"
                        + " apart from the rows read as level 1: a level-2 label of its family (社会成本指标, 经济成本指标 …) is"
                        + " printed among the labels apart", Locator.line(hl)));
            }
            if (ind.costBeforeLevel1 > 0) {
                repairs.add(PdfTextCostBeforeLevel1.diagnostic(ind.costBeforeLevel1, Locator.line(hl)));
            }
            if (pageTop > 0) {
                repairs.add(PdfTextPageTopLabels.diagnostic(pageTop, Locator.line(hl)));
            }
            if (ind.valuesAfterLabels > 0) {
                repairs.add(PdfTextValueAfterLabels.diagnostic(ind.valuesAfterLabels, Locator.line(hl)));
            }
            if (ind.lastLabelEnds > 0) {
                repairs.add(PdfTextLastLabelEnd.diagnostic(ind.lastLabelEnds, Locator.line(hl)));
            }
            if (ind.loneValuesAfterLabels > 0) {
                repairs.add(PdfTextLoneValueAfterLabels.diagnostic(ind.loneValuesAfterLabels, Locator.line(hl)));
            }
            if (ind.wordedColumn > 0) {
                repairs.add(PdfTextWordedColumn.diagnostic(ind.wordedColumn, Locator.line(hl)));
            }
            if (ind.levelOnesApart > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-level1-labels-apart", ind.levelOnesApart + " row(s) printed after"
                        + " two level-1 labels (效益指标 / 满意度指标): labels of groups below, dealt with the labels apart", Locator.line(hl)));
            }
            if (ind.groupContinued > 0) {
                repairs.add(PdfTextGroupContinued.diagnostic(ind.groupContinued, Locator.line(hl)));
            }
            if (ind.labelsAfterRows > 0) {
                repairs.add(PdfTextLabelFit.diagnostic(ind.labelsAfterRows, Locator.line(hl)));
            }
            if (ind.heldForGroupBelow > 0) {
                repairs.add(PdfTextLevel1OfGroupBelow.diagnostic(ind.heldForGroupBelow, Locator.line(hl)));
            }
            if (ind.zippedAmongLabels > 0) {
                repairs.add(new dev.zhibiao.Diagnostic("pdftotext-names-zipped", ind.zippedAmongLabels + " names printed with their"
                        + " groups' labels between them took, in order, the as many values printed after them", Locator.line(hl)));
            }
            if (!repairs.isEmpty()) {
                notes.put(headRow, repairs);
            }
        }
        for (IndRow r : ind.rows) {
            // the cells of each copy, sized once (no list of copies, no array of pieces per copy)
            List<Cell> cells = new ArrayList<>((two ? 2 : 1) * (ind.actual ? 5 : 4));
            for (int side = 0; side < (two ? 2 : 1); side++) {
                Copy c = side == 0 ? r.left : r.right;
                indicatorCell(cells, c.l1);
                indicatorCell(cells, c.l2);
                indicatorCell(cells, c.name);
                indicatorCell(cells, c.value);
                if (ind.actual) {
                    indicatorCell(cells, c.actual);
                }
            }
            indicators.add(new Row(cells, true, Locator.line(r.line)));
        }
        for (Piece p : early) {
            // text printed before the heading that no other reading placed: kept after the table, as prose
            leftovers.add(Row.prose(p.text(), Locator.line(p.line())));
        }
        for (Piece p : ind.goalsApart) {
            leftovers.add(Row.prose(p.text(), Locator.line(p.line())));
        }
        for (Piece p : ind.unplaced) {
            leftovers.add(new Row(List.of(new Cell(p.text(), new Locator(p.line(), 1, null))), true, Locator.line(p.line())));
        }
    }

    /**
     * The end of a known label and the end of its value printed after the value's first paragraph
     * ({@code 主管部门 / [189]永和县医疗保障 / 及代码 / 局}): the indexes of the two short paragraphs, or null.
     */
    int[] labelEndAfterValue(String label, int valueLine) {
        int v = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).no() == valueLine) {
                v = k;
                break;
            }
        }
        if (v < 0) {
            return null;
        }
        int k = v + 1;
        while (k < lines.size() && lines.get(k).block() == lines.get(v).block()) {
            k++;
        }
        if (k + 1 >= lines.size() || used[k] || used[k + 1] || lines.get(k + 1).block() == lines.get(k).block()
                || !longerLabel(label, lines.get(k).text())) {
            return null;
        }
        String end = lines.get(k + 1).text();
        if (key(end).length() > 4 || isHeaderLine(end) || apartSkip(end) || isTitle(end)) {
            return null;
        }
        return new int[] {k, k + 1};
    }

    /**
     * Whether the page prints one cell per paragraph: two or more of the table's column labels
     * stand alone on their lines and none shares a line with another.
     */
    boolean paragraphs() {
        int alone = 0;
        int shared = 0;
        int pairs = 0;
        for (Line l : lines) {
            String[] parts = l.parts();
            int labels = 0;
            for (String p : parts) {
                if (TABLE_HEADER.contains(key(p))) {
                    labels++;
                }
            }
            if (labels >= 2) {
                shared++;
            }
            if (labels == 2 && parts.length == 2) {
                pairs++;
            }
            if (labels == 1 && parts.length == 1) {
                alone++;
            }
        }
        // a heading word alone on its line and two more printed side by side with nothing else (一级指标 二级指标 /
        // 三级指标): cells printed a paragraph each, two narrow neighbours joined on one line by pdftotext
        return alone >= 2 && alone > shared || alone >= 1 && shared == 1 && pairs == 1;
    }

    /**
     * Which names of a name column printed whole ({@link PdfTextPairing#columnsPrintedWhole}) are one line
     * as wide as the column's widest line (within one wide character): a cell wrapped there, whose
     * next line pdftotext may print apart. The column's lines are the text lines from its first name to
     * its first value, labels and values aside.
     */
    java.util.function.Predicate<Piece> cutAtColumn(List<Piece> body, int namesFrom, int valuesFrom) {
        if (valuesFrom >= body.size()) {
            return p -> false;
        }
        int from = body.get(namesFrom).line();
        int to = body.get(valuesFrom).line();
        int widest = 0;
        java.util.Map<Integer, String> keys = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.no() >= from && l.no() < to && !isVocabulary(l.key()) && !PdfTextFragments.isValue(l.text())) {
                widest = Math.max(widest, PdfTextFragments.width(l.text()));
                keys.put(l.no(), l.key());
            }
        }
        int column = widest;
        return p -> p.kind() == Kind.TEXT && p.key().equals(keys.get(p.line()))
                && PdfTextFragments.width(p.text()) >= column - 2 && column >= 12;
    }

    /**
     * Where the indicator table starts among a page's pieces: a self-evaluation after its 一级指标
     * heading, other sheets at their first heading label (一级指标, 二级指标, 三级指标, 指标值); 0 when
     * the page prints none (a table continued from the page before).
     */
    static int firstHeading(List<Piece> pieces, boolean actual) {
        for (int i = 0; i < pieces.size(); i++) {
            String k = pieces.get(i).key();
            if (actual ? k.equals("一级指标") : Vocabulary.column(k) != null && isHeadingColumn(Vocabulary.column(k)) && TABLE_HEADER.contains(k)) {
                return actual ? i + 1 : i;
            }
        }
        return 0;
    }

    private static boolean isHeadingColumn(Vocabulary.Column c) {
        return c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2 || c == Vocabulary.Column.NAME || c == Vocabulary.Column.VALUE;
    }

    /**
     * A name's wrapped last characters printed after its value (响应时 / ≤60 分钟 / 间: the value sits
     * beside the cell's first line): a short text piece between a long name's value and the next
     * row's name has no value of its own, so it is the end of that name.
     */
    static List<Piece> joinWrappedTails(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(PdfTextWordedColumn.joinOperatorWord(pieces));
        for (int i = 1; i < out.size(); i++) {
            // a unit in brackets wrapped under its name (参保人员对医保服务的满意度 / （%）)
            Piece name = out.get(i - 1);
            if (name.kind() == Kind.TEXT && out.get(i).kind() == Kind.TEXT
                    && Rx.matches(out.get(i).key(), "\\([^()]{1,4}\\)") && !Rx.matches(name.key(), ".*\\)")) {
                out.set(i - 1, new Piece(name.text() + out.get(i).text(), name.line(), Kind.TEXT));
                out.remove(i);
                i--;
            }
        }
        for (int i = 2; i + 1 < out.size(); i++) {
            Piece name = out.get(i - 2);
            Piece value = out.get(i - 1);
            Piece tail = out.get(i);
            Piece next = out.get(i + 1);
            String k = tail.key();
            boolean unfinished = Rx.matches(name.key(), ".*[、,，(（和及与或的]");
            if (name.kind() == Kind.TEXT && value.kind() == Kind.VALUE && tail.kind() == Kind.TEXT && next.kind() != Kind.VALUE
                    && (k.length() <= 3 && name.key().length() >= 8 || unfinished && k.length() <= 12)
                    && Rx.matches(k, "\\p{IsHan}+") && tail.line() > value.line()
                    // (the value's own unit printed again after it is a unit column's cell: ≥32 个 / 个)
                    && !value.key().endsWith(k)) {
                out.set(i - 2, new Piece(name.text() + tail.text(), name.line(), Kind.TEXT));
                out.remove(i);
            }
        }
        return out;
    }

    /**
     * Whether the merge of signs in {@code readIndicators} can change the parts: an operator alone
     * ({@code OPERATOR_ONLY}, one character) before another part, a per cent sign after one, or an
     * empty part. Without any, every part stays as it is (a merged part is two characters or more, so
     * never an operator alone).
     */
    static boolean mergesSigns(String[] parts) {
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            if (p.isEmpty() || k + 1 < parts.length && p.length() == 1 && "≥≤><=＞＜≧≦".indexOf(p.charAt(0)) >= 0
                    || k > 0 && (p.equals("%") || p.equals("％"))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a piece's cell to an indicator row (an empty one for no piece). */
    private static void indicatorCell(List<Cell> cells, Piece p) {
        cells.add(new Cell(p == null ? "" : p.text(), new Locator(p == null ? null : p.line(), cells.size() + 1, null)));
    }
}
