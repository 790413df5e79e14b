package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import dev.zhibiao.Diagnostic;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * An indicator table printed one cell per paragraph whose heading names columns beyond the four the
 * flow reader rebuilds (一级指标 二级指标 三级指标 指标值): 指标性质, 度量单位, 权重, 指标方向性 … The
 * heading row is read as printed (a line may hold several heading words: {@code 指标性质 指标值}), each
 * row starts at a level-1 label, and a row's cells after its name are put in the heading's remaining
 * columns by what each column can hold (pdftotext prints no empty cell, so a cell may skip a column).
 * Core then reads the table as it reads any table with those columns.
 */
final class PdfTextWideTable {
    private PdfTextWideTable() {
    }

    private static final Pattern DIRECTION = Pattern.compile("(正向|反向)(指标)?");
    static final Pattern TRAILING_DIRECTION = Pattern.compile("(.+?)\\s+((正向|反向)(指标)?)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d+)?");
    private static final Pattern NATURE = Pattern.compile("定性|定量|[≥≤><=＞＜≧≦＝]");

    /**
     * The table read: its heading row, its indicator rows, the pieces no column took, and among them those
     * to be kept as prose (the rows' numbers of a 序号 column), never read as rows.
     */
    record Table(List<String> heading, List<Row> rows, List<Piece> unplaced, Map<Row, List<Diagnostic>> notes, Map<Piece, Boolean> prose) {
        /** Whether an unplaced piece is kept as prose. */
        boolean isProse(Piece p) {
            return prose.containsKey(p) || headingWords(p.text()) != null;
        }
    }

    /** Records a repair ({@code row-realigned}) on a row. */
    private static void note(Map<Row, List<Diagnostic>> notes, Row r, String message) {
        notes.computeIfAbsent(r, k -> new ArrayList<>()).add(new Diagnostic("row-realigned", message, r.at()));
    }

    /**
     * Reads the table when its heading, starting at {@code heading} among the pieces, names a column
     * other than the level, name and value columns; null otherwise. A page that prints no heading
     * (a table continued from the page before) takes the {@code carried} one, when there is one.
     */
    static Table read(List<Piece> pieces, int heading, List<String> carried) {
        List<String> head = new ArrayList<>();
        int at = heading;
        int headLine = heading < pieces.size() ? pieces.get(heading).line() : 0;
        List<String> lost = new ArrayList<>();
        List<Piece> lostPieces = new ArrayList<>();
        List<String> interleaved = new ArrayList<>();
        for (; at < pieces.size(); at++) {
            Piece p = pieces.get(at);
            List<String> words = headingWords(p.text());
            if (words != null) {
                head.addAll(words);
                for (String w : Rx.splitSpaces(p.text().trim())) {
                    List<String> both = PdfTextCellSequence.interleaved(w);
                    if (both != null) {
                        interleaved.add(w + " → " + String.join(" | ", both));
                    }
                }
            } else if (p.kind() != Kind.LABEL && PdfTextCellSequence.endAcross(head, key(p.text()))) {
                // a wrapped heading cell's last line printed after its neighbour's whole cell (实际完成 / 得分 / 值)
                interleaved.add(head.get(head.size() - 2) + " ← " + key(p.text()) + " (after " + head.get(head.size() - 1) + ")");
            } else if (p.kind() == Kind.LABEL || !head.contains("一级指标") || !wrappedEnds(head, key(p.text()), lost)) {
                break;
            }
            for (String l : lost) {
                lostPieces.add(new Piece(l, p.line(), Kind.TEXT));
            }
            lost.clear();
        }
        if (head.stream().anyMatch(h -> Vocabulary.column(h) == null)) {
            return null;
        }
        if (head.isEmpty() && heading == 0 && carried != null) {
            head.addAll(carried);
        }
        String assembled = null;
        if (carried == null && head.equals(List.of("一级指标", "二级指标", "三级指标"))) {
            // a self-evaluation's heading printed in pieces: its value heading, wrapped in a narrow cell,
            // at the end of the block before (…92.3%。年度指标 / 值), its narrow columns' headings after
            // the rows (实际完成值 分值 得分, 偏差原因分析及改进措施): put in the printed order
            String value = heading > 0 ? valueWordEnding(pieces.get(heading - 1).text()) : null;
            List<String> late = value == null ? List.of() : lateWords(pieces, at);
            if (!late.isEmpty()) {
                head.add(value);
                head.addAll(late);
                assembled = "heading read from words printed apart: " + value + " at the end of the text before it, "
                        + String.join(" ", late) + " after the rows";
            }
        }
        if (carried == null && assembled == null && head.equals(List.of("一级指标", "二级指标", "三级指标"))) {
            // the value column and the narrow columns after it printed after the rows, their heading words too
            // (年初目标值 实际完成值 分值 得分 / 偏差原因分析及改进措施): put in the printed order
            List<String> late = PdfTextCellSequence.lateHeading(pieces, at);
            if (!late.isEmpty()) {
                head.addAll(late);
                assembled = "heading read from words printed apart: " + String.join(" ", late) + " after the rows";
            }
        }
        if (carried == null && assembled == null && head.size() >= 3 && heading > 0
                && head.subList(0, 3).equals(List.of("一级指标", "二级指标", "三级指标")) && onlyNarrowColumns(head.subList(3, head.size()))) {
            // a self-evaluation's value and actual headings, each wrapped in a narrow cell, printed side by side at the
            // end of the block before (…92.3%。年度指标 实际完成 / 值 / 值), its points columns after the level headings
            // or after the rows
            List<String> words = PdfTextHeadingWords.wrappedSideBySide(pieces.get(heading - 1).text());
            if (words != null) {
                head.addAll(3, words);
                List<String> late = PdfTextHeadingWords.lateNarrowWords(pieces, at, head);
                head.addAll(late);
                assembled = "heading read from words printed apart: " + String.join(" ", words)
                        + " wrapped side by side at the end of the text before it" + (late.isEmpty() ? "" : ", "
                        + String.join(" ", late) + " after the rows");
            }
        }
        if (carried == null && head.size() == 4 && head.subList(0, 3).equals(List.of("一级指标", "二级指标", "三级指标"))
                && Vocabulary.column(head.get(3)) == Column.MID_VALUE) {
            // two periods' values, the annual value's heading printed after the rows (中期指标值 … / 年度指标值)
            String value = PdfTextTemplateRows.lateValueWord(pieces, at);
            if (value != null) {
                head.add(value);
                assembled = "heading read from words printed apart: " + value + " after the rows";
            }
        }
        List<Column> cols = new ArrayList<>();
        boolean wide = false;
        for (String h : head) {
            Column c = Vocabulary.column(h);
            cols.add(c);
            wide |= c == Column.OPERATOR || c == Column.UNIT || c == Column.WEIGHT || c == Column.DIRECTION;
        }
        boolean twoValues = cols.size() == 5 && cols.get(3) == Column.MID_VALUE && cols.get(4) == Column.VALUE
                || PdfTextCellSequence.annualThenMid(cols);
        wide |= twoValues;
        int l1 = cols.indexOf(Column.L1);
        int name = cols.indexOf(Column.NAME);
        boolean joined = false;
        if (l1 < 0 && !cols.contains(Column.L2) && carried == null) {
            // a lead column holding both levels in one cell (绩效指标 | 指标内容 | 指标值: 产出指标—数量指标):
            // its heading words printed before the value's, rows cut at those joined labels
            Lead lead = lead(pieces, heading);
            if (lead != null) {
                head = lead.head();
                cols = lead.cols();
                at = lead.at();
                headLine = pieces.get(lead.from()).line();
                l1 = 0;
                name = 1;
                joined = true;
            }
        }
        boolean scored = cols.contains(Column.ACTUAL) && cols.indexOf(Column.ACTUAL) == cols.indexOf(Column.VALUE) + 1
                && cols.lastIndexOf(Column.ACTUAL) == cols.indexOf(Column.ACTUAL);
        if (!joined && (!wide || l1 < 0 || name != l1 + 2 || cols.indexOf(Column.L2) != l1 + 1) || !cols.contains(Column.VALUE)
                || cols.contains(Column.ACTUAL) && !scored || cols.contains(Column.MID_VALUE) && !twoValues || cols.lastIndexOf(Column.VALUE) != cols.indexOf(Column.VALUE)) {
            return null;
        }
        boolean labelsJoined = joined;
        Predicate<Piece> level1 = p -> labelsJoined ? joinedLabels(p.text()) : p.kind() == Kind.LABEL && isLevel1(p.text());
        // a numbering column printed before each row's labels (1 / 产出指标 …: the next row's number ends the row before)
        Map<Piece, Boolean> numbers = joined ? Map.of() : PdfTextTemplateRows.numbering(pieces, at, level1);
        Predicate<Piece> starts = p -> level1.test(p) || numbers.containsKey(p);
        List<Row> rows = new ArrayList<>();
        List<Piece> unplaced = new ArrayList<>(lostPieces);
        List<Cell> hc = new ArrayList<>();
        for (String h : head) {
            hc.add(new Cell(h, new Locator(headLine, hc.size() + 1, null)));
        }
        rows.add(new Row(hc, true, Locator.line(headLine)));
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        if (assembled != null) {
            note(notes, rows.get(0), assembled);
        }
        for (String w : interleaved) {
            // two heading cells wrapped side by side, printed interleaved in one paragraph (年度指标 / 实际完成值 / 值)
            note(notes, rows.get(0), "two heading words printed interleaved read apart: " + w);
        }
        int i = at;
        // cells of a row no column took: perhaps the next row's, printed before its labels (a tall row's
        // labels and name centred below its first cells: ≥ / 90 / 满意度指标 服务对象满意度指标 市民满意度)
        List<Piece> pending = new ArrayList<>();
        // each row as cut, for the cells printed after the rows (PdfTextLateCells)
        List<PdfTextLateCells.RowCells> own = new ArrayList<>();
        List<Piece[]> ownCells = new ArrayList<>();
        List<List<String>> ownNotes = new ArrayList<>();
        List<Integer> ownLine = new ArrayList<>();
        int tailFrom = -1;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (!starts.test(p)) {
                // before the first row, or a heading printed late (a column pdftotext printed after the table)
                unplaced.add(p);
                i++;
                continue;
            }
            Piece number = null;
            if (numbers.containsKey(p)) {
                // the row's number: no field holds it (kept apart, as core keeps a 序号 column's cells)
                number = p;
                unplaced.add(p);
                i++;
            }
            int start = i++;
            int end = i;
            // a label both levels may hold (成本指标) right after the row's level-1 label is its level-2 label
            while (end < pieces.size() && (!starts.test(pieces.get(end)) || !joined && end == start + 1 && isLevel2(pieces.get(end).text())
                    && !numbers.containsKey(pieces.get(end))) && headingWords(pieces.get(end).text()) == null) {
                end++;
            }
            List<Piece> row = new ArrayList<>(pieces.subList(start, end));
            Piece[] cells = new Piece[head.size()];
            cells[l1] = row.get(0);
            int r = 1;
            List<String> cut = new ArrayList<>();
            if (number != null) {
                cut.add("row number printed before its labels kept apart (no field holds it): " + number.text());
            }
            int nameLast = -1;
            if (!joined && r < row.size() && row.get(r).kind() == Kind.LABEL && isLevel2(row.get(r).text())) {
                cells[l1 + 1] = row.get(r++);
            } else if (!joined && r < row.size()) {
                // a level-2 label and the name printed side by side, each wrapped (服务对象满意 保护区管理机构满意 / ≥90% / 度指标 度)
                Piece[] both = PdfTextTemplateRows.sideBySide(row, r);
                if (both != null) {
                    cells[l1 + 1] = both[0];
                    row.set(r, both[1]);
                    nameLast = both[2].line();
                    row.remove(both[2]);
                    cut.add("level-2 label and name printed side by side, wrapped: " + both[0].text() + " | " + both[1].text());
                }
            }
            if (r < row.size()) {
                cells[name] = row.get(r++);
                nameLast = Math.max(nameLast, cells[name].line());
            }
            List<Piece> rest = new ArrayList<>();
            if (!joined && cells[name] != null && row.size() - r < cols.size() - name - 1) {
                // a value printed on its name's line (本底调查保护区数量 30 处): two cells
                Piece[] two = PdfTextTemplateRows.nameThenValue(cells[name]);
                if (two != null && fits(cols.get(name + 1), two[1].text(), null, cols)) {
                    cells[name] = two[0];
                    rest.add(two[1]);
                    cut.add("a value printed on its name's line split off: " + two[0].text() + " | " + two[1].text());
                }
            }
            if (!joined && cells[name] != null && rest.isEmpty()) {
                // cells printed on their name's line, one space apart, the last a points number (农村人居环境 明显改善 明显改善 20)
                String[] parts = Rx.splitSpaces(cells[name].text().trim());
                boolean ok = parts.length >= 3 && NUMBER.matcher(key(parts[parts.length - 1])).matches();
                for (int k = 1; ok && k < parts.length; k++) {
                    ok = name + k < cols.size() && fits(cols.get(name + k), parts[k], null, cols);
                }
                if (ok) {
                    Piece whole = cells[name];
                    cells[name] = new Piece(parts[0], whole.line(), whole.kind());
                    for (int k = 1; k < parts.length; k++) {
                        rest.add(new Piece(parts[k], whole.line(), Kind.VALUE));
                    }
                    cut.add("cells printed on their name's line split off: " + String.join(" | ", parts));
                }
            }
            if (!joined && cells[name] != null && cells[l1 + 1] != null && name + 1 < cols.size()
                    && (cols.get(name + 1) == Column.VALUE || cols.get(name + 1) == Column.MID_VALUE)
                    && PdfTextCellSequence.nameTail(cells[name], row, r)) {
                // a name wrapped in its cell, its last short line printed before the row's value (加固改造学校 / 数量 / 12 所)
                cut.add("a name's wrapped last line joined: " + cells[name].text() + " | " + row.get(r).text());
                cells[name] = new Piece(cells[name].text() + row.get(r).text(), cells[name].line(), cells[name].kind());
                nameLast = Math.max(nameLast, row.get(r).line());
                r++;
            }
            for (Piece q : row.subList(r, row.size())) {
                var m = TRAILING_DIRECTION.matcher(q.text());
                // the column this cell stands in when the row prints every cell in the heading's sequence
                int slot = name + 1 + rest.size();
                Column here = q.kind() == Kind.LABEL || joined || slot >= cols.size() ? null : cols.get(slot);
                Column after = here == null || slot + 1 >= cols.size() ? null : cols.get(slot + 1);
                String[] pair = here == Column.VALUE && (after == Column.ACTUAL && scored || after == Column.MID_VALUE)
                        ? PdfTextCellSequence.valueAndActual(q.text()) : null;
                String[] unit = here == Column.VALUE && after == Column.UNIT ? PdfTextCellSequence.unitRepeated(q.text()) : null;
                String[] points = (here == Column.VALUE || here == Column.ACTUAL) && (after == Column.WEIGHT || after == Column.SCORE)
                        ? PdfTextCellSequence.valueThenPoints(q.text()) : null;
                String[] three = pair == null && here == Column.VALUE && after == Column.ACTUAL && scored
                        ? PdfTextCellSequence.pairThenPoints(q.text()) : null;
                if (unit != null) {
                    // a value and the unit column's cell printed on one line (≤0.75 万元 万元): two cells
                    rest.add(new Piece(unit[0], q.line(), Kind.VALUE));
                    rest.add(new Piece(unit[1], q.line(), Kind.TEXT));
                    cut.add("a value and its unit column's cell printed on one line cut: " + unit[0] + " | " + unit[1]);
                } else if (three != null) {
                    // a target, its actual and the points after them printed on one line (明显改善 明显改善 20): three cells
                    rest.add(new Piece(three[0], q.line(), Kind.VALUE));
                    rest.add(new Piece(three[1], q.line(), Kind.VALUE));
                    rest.add(new Piece(three[2], q.line(), Kind.TEXT));
                    cut.add("a target, its actual and the points printed on one line cut: " + String.join(" | ", three));
                } else if (pair != null) {
                    // a target and its actual printed on one line under their headings (≥3000 对 3126 对): two cells
                    rest.add(new Piece(pair[0], q.line(), Kind.VALUE));
                    rest.add(new Piece(pair[1], q.line(), Kind.VALUE));
                    cut.add("a target and its actual printed on one line cut: " + pair[0] + " | " + pair[1]);
                } else if (points != null) {
                    // a value and the points column's number after it printed on one line (41250 人 20): two cells
                    rest.add(new Piece(points[0], q.line(), Kind.VALUE));
                    rest.add(new Piece(points[1], q.line(), Kind.TEXT));
                    cut.add("a value and the points after it printed on one line cut: " + points[0] + " | " + points[1]);
                } else if (m.matches()) {
                    // a value and the direction beside it on one line (＝１２所 正向): two cells
                    rest.add(new Piece(m.group(1), q.line(), q.kind()));
                    rest.add(new Piece(m.group(2), q.line(), Kind.TEXT));
                } else {
                    rest.add(q);
                }
            }
            if (!joined) {
                for (int k = 1; k < rest.size(); k++) {
                    if (PdfTextLateCells.wrapOf(rest.get(k - 1), rest.get(k))) {
                        // a value's cell wrapped (2026 年 12 月 / 底前): its last line joined
                        cut.add("a value's wrapped line joined: " + rest.get(k - 1).text() + " | " + rest.get(k).text());
                        rest.set(k - 1, new Piece(rest.get(k - 1).text() + rest.get(k).text(), rest.get(k - 1).line(), Kind.VALUE));
                        rest.remove(k--);
                    }
                }
            }
            int forced = 0;
            while (forced < rest.size() && rest.get(forced).line() <= nameLast) {
                forced++;
            }
            own.add(new PdfTextLateCells.RowCells(List.copyOf(rest), forced));
            ownCells.add(cells.clone());
            ownNotes.add(List.copyOf(cut));
            ownLine.add(row.get(0).line());
            tailFrom = end;
            int c = name + 1;
            List<Piece> wrapped = new ArrayList<>();
            List<Piece> left = new ArrayList<>();
            for (Piece q : rest) {
                while (c < cols.size() && !fits(cols.get(c), q.text(), cells, cols)) {
                    c++;
                }
                if (c < cols.size()) {
                    cells[c++] = q;
                } else if (joined && c == cols.size() && cols.get(c - 1) == Column.VALUE && cells[c - 1] != null
                        && q.kind() == Kind.TEXT && q.line() == cells[c - 1].line() + 1 + wrapped.size()) {
                    // the value's cell wrapped (2024 年 11 月底 / 前): its next line printed right after it,
                    // given as a row of its own under the value (core joins it, recording the join)
                    wrapped.add(q);
                } else if (late(q, cells, cols, name) < 0) {
                    left.add(q);
                }
            }
            int vc = cols.indexOf(Column.VALUE);
            if (scored && cells[vc] != null && cells[vc + 1] != null && PdfTextCellSequence.targetAfterActual(cells[vc].text(), cells[vc + 1].text())) {
                // the target (its comparison printed) after the actual (a figure alone): printed out of order, put back
                cut.add("a target printed after its actual put back: " + cells[vc + 1].text() + " | " + cells[vc].text());
                Piece v = cells[vc];
                cells[vc] = cells[vc + 1];
                cells[vc + 1] = v;
            }
            PdfTextTotalRow.Split total = joined ? null : PdfTextTotalRow.split(cells, rest, pending, cols, l1, name);
            if (total != null) {
                // the total row (总分) printed with the last row's labels: the labels go back to that row
                Row given = row(total.row(), pending.get(0).line());
                rows.add(given);
                note(notes, given, total.message());
                rows.add(row(total.total(), cells[name].line()));
                pending = new ArrayList<>();
                i = end;
                continue;
            }
            List<Piece> carriedIn = pending;
            if (!pending.isEmpty() && !placedBefore(pending, cells, cols, name)) {
                unplaced.addAll(pending);
                carriedIn = List.of();
            }
            pending = left;
            List<Cell> out = new ArrayList<>();
            for (Piece q : cells) {
                out.add(new Cell(q == null ? "" : q.text(), new Locator(q == null ? null : q.line(), out.size() + 1, null)));
            }
            rows.add(new Row(out, true, Locator.line(row.get(0).line())));
            for (String m : cut) {
                note(notes, rows.get(rows.size() - 1), m);
            }
            if (!carriedIn.isEmpty()) {
                note(notes, rows.get(rows.size() - 1), "cells printed before the row's labels placed in its columns: "
                        + String.join(" | ", carriedIn.stream().map(Piece::text).toList()));
            }
            for (Piece q : wrapped) {
                List<Cell> more = new ArrayList<>();
                for (int k = 0; k < cols.size(); k++) {
                    boolean v = k == cols.size() - 1;
                    more.add(new Cell(v ? q.text() : "", new Locator(v ? q.line() : null, k + 1, null)));
                }
                rows.add(new Row(more, true, Locator.line(q.line())));
            }
            i = end;
        }
        unplaced.addAll(pending);
        if (!joined && tailFrom >= 0 && tailFrom < pieces.size()) {
            PdfTextTemplateRows.Solved solved = PdfTextTemplateRows.lateCells(own, ownCells, ownNotes, ownLine,
                    pieces.subList(tailFrom, pieces.size()), head, cols, name);
            if (solved != null) {
                List<Piece> kept = new ArrayList<>();
                for (Piece q : unplaced) {
                    if (q.line() < ownLine.get(0) || numbers.containsKey(q) || lostPieces.contains(q)) {
                        kept.add(q);
                    }
                }
                kept.addAll(solved.unplaced());
                Row top = rows.get(0);
                List<Diagnostic> topNotes = notes.get(top);
                List<Cell> hc2 = new ArrayList<>(top.cells());
                for (int k = hc2.size(); k < solved.head().size(); k++) {
                    hc2.add(new Cell(solved.head().get(k), new Locator(headLine, k + 1, null)));
                }
                Row top2 = new Row(hc2, true, top.at());
                notes.clear();
                if (topNotes != null) {
                    notes.put(top2, topNotes);
                }
                rows.clear();
                rows.add(top2);
                rows.addAll(solved.rows());
                notes.putAll(solved.notes());
                return new Table(List.copyOf(solved.head()), rows, kept, notes, numbers);
            }
        }
        if (rows.size() > 1) {
            lateColumn(unplaced, rows, head, cols, notes);
        }
        return rows.size() > 1 ? new Table(List.copyOf(head), rows, unplaced, notes, numbers) : null;
    }

    /**
     * A column pdftotext printed after the table, its heading then its cells (计量单位 / %): the cells
     * after a heading word the table already has that all fit its column go to the last rows whose cell
     * in that column is empty, the last one to the last row (the heading word itself stays unplaced).
     */
    private static void lateColumn(List<Piece> unplaced, List<Row> rows, List<String> head, List<Column> cols,
                                   Map<Row, List<Diagnostic>> notes) {
        for (int u = 0; u < unplaced.size(); u++) {
            List<String> words = headingWords(unplaced.get(u).text());
            if (words == null || words.size() != 1) {
                continue;
            }
            Column named = Vocabulary.column(words.get(0));
            int c = cols.indexOf(named);
            boolean added = c < 0 && (named == Column.UNIT || named == Column.OPERATOR || named == Column.WEIGHT || named == Column.DIRECTION);
            if (c < 0 && !added || c >= 0 && cols.lastIndexOf(named) != c
                    || named == Column.L1 || named == Column.L2 || named == Column.NAME) {
                continue;
            }
            int n = 0;
            while (u + 1 + n < unplaced.size() && headingWords(unplaced.get(u + 1 + n).text()) == null
                    && fits(named, unplaced.get(u + 1 + n).text(), null, cols)) {
                n++;
            }
            if (n == 0) {
                continue;
            }
            if (added) {
                // a split-value column the heading did not print before the rows: appended, empty on every row
                Piece w = unplaced.get(u);
                head = new ArrayList<>(head);
                head.add(words.get(0));
                cols = new ArrayList<>(cols);
                cols.add(named);
                c = cols.size() - 1;
                for (int r = 0; r < rows.size(); r++) {
                    List<Cell> cells = new ArrayList<>(rows.get(r).cells());
                    cells.add(r == 0 ? new Cell(w.text(), new Locator(w.line(), c + 1, null)) : new Cell("", new Locator(null, c + 1, null)));
                    Row now = new Row(cells, true, rows.get(r).at());
                    List<Diagnostic> had = notes.remove(rows.get(r));
                    if (had != null) {
                        notes.put(now, had);
                    }
                    rows.set(r, now);
                }
                unplaced.remove(u);
                u--;
            }
            int first = u + 1;
            List<Integer> empty = new ArrayList<>();
            for (int r = rows.size() - 1; r >= 1 && empty.size() < n; r--) {
                if (rows.get(r).cells().get(c).text().isEmpty()) {
                    empty.add(0, r);
                }
            }
            if (n == 0 || empty.size() < n) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                Piece q = unplaced.get(first + k);
                Row r = rows.get(empty.get(k));
                List<Cell> cells = new ArrayList<>(r.cells());
                cells.set(c, new Cell(q.text(), new Locator(q.line(), c + 1, null)));
                Row now = new Row(cells, true, r.at());
                List<Diagnostic> had = notes.remove(r);
                if (had != null) {
                    notes.put(now, had);
                }
                note(notes, now, "cell printed under the " + words.get(0) + " heading after the table placed in its row: " + q.text());
                rows.set(empty.get(k), now);
            }
            unplaced.subList(first, first + n).clear();
        }
    }

    /** A row of the table from its cells by column (an empty cell where none). */
    private static Row row(Piece[] cells, int line) {
        List<Cell> out = new ArrayList<>();
        for (Piece q : cells) {
            out.add(new Cell(q == null ? "" : q.text(), new Locator(q == null ? null : q.line(), out.size() + 1, null)));
        }
        return new Row(out, true, Locator.line(line));
    }

    /**
     * Puts the cells the row before left over into this row's empty columns after the name, in their
     * printed order and in increasing column order, when every one of them fits one; false (nothing
     * placed) otherwise.
     */
    private static boolean placedBefore(List<Piece> pending, Piece[] cells, List<Column> cols, int name) {
        int[] at = new int[pending.size()];
        int c = name + 1;
        for (int k = 0; k < pending.size(); k++) {
            while (c < cols.size() && (cells[c] != null || !fits(cols.get(c), pending.get(k).text(), cells, cols))) {
                c++;
            }
            if (c >= cols.size()) {
                return false;
            }
            at[k] = c++;
        }
        for (int k = 0; k < pending.size(); k++) {
            cells[at[k]] = pending.get(k);
        }
        return true;
    }

    /**
     * The value heading a text ends with (指标值, or a longer word of at most five characters ending in it:
     * 年度指标值), printed after the block before the heading; null when none.
     */
    static String valueWordEnding(String text) {
        String k = key(text);
        for (int j = Math.max(0, k.length() - 5); j <= k.length() - 3; j++) {
            String w = k.substring(j);
            if (Rx.matches(w, "\\p{IsHan}+") && Vocabulary.column(w) == Column.VALUE
                    && TABLE_HEADER.stream().anyMatch(h -> w.endsWith(h) && Vocabulary.column(h) == Column.VALUE)) {
                return w;
            }
        }
        return null;
    }

    /** Whether every heading word names a weight, score or note column (分值 得分 偏差原因分析及改进措施). */
    private static boolean onlyNarrowColumns(List<String> words) {
        for (String w : words) {
            if (!PdfTextHeadingWords.isNarrow(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The heading words printed after the rows (a table's narrow columns printed last: 实际完成值 分值 得分,
     * 偏差原因分析及改进措施), in order, when they name an actual column first and then only weights,
     * scores and notes; empty otherwise.
     */
    static List<String> lateWords(List<Piece> pieces, int from) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind() != Kind.TEXT) {
                continue;
            }
            List<String> words = headingWords(p.text());
            if (words == null) {
                continue;
            }
            for (String w : words) {
                Column c = Vocabulary.column(w);
                boolean fits = out.isEmpty() ? c == Column.ACTUAL
                        : c == Column.WEIGHT || c == Column.SCORE || c == Column.NOTE;
                if (!fits || out.contains(w)) {
                    return List.of();
                }
                out.add(w);
            }
        }
        return out;
    }

    /** A lead-column heading read backwards from the value heading: its words, columns, the first piece after it and its first piece. */
    private record Lead(List<String> head, List<Column> cols, int at, int from) {
    }

    /**
     * The heading {@code 绩效指标 | 指标内容 | 指标值} (a lead column, a name or description column, the value;
     * no level columns), its words printed one a piece up to and including the one at {@code heading}, and
     * followed by a row whose first cell holds both levels ({@link #joinedLabels}); null otherwise.
     */
    private static Lead lead(List<Piece> pieces, int heading) {
        if (heading >= pieces.size() || headingWords(pieces.get(heading).text()) == null) {
            return null;
        }
        int from = heading;
        while (from > 0 && headingWords(pieces.get(from - 1).text()) != null) {
            from--;
        }
        int at = heading + 1;
        while (at < pieces.size() && headingWords(pieces.get(at).text()) != null) {
            at++;
        }
        List<String> head = new ArrayList<>();
        for (int k = from; k < at; k++) {
            head.addAll(headingWords(pieces.get(k).text()));
        }
        List<Column> cols = head.stream().map(Vocabulary::column).toList();
        if (cols.size() < 3 || cols.get(0) != Column.LEAD || cols.get(1) != Column.NAME && cols.get(1) != Column.DESCRIPTION
                || cols.get(2) != Column.VALUE || cols.subList(1, cols.size()).contains(Column.LEAD)
                || at >= pieces.size() || !joinedLabels(pieces.get(at).text())) {
            return null;
        }
        return new Lead(head, cols, at, from);
    }

    private static final Pattern JOINED = Pattern.compile("(.+?)\\s*[—－–\\-]+\\s*(.+)");

    /** Whether a cell prints a level-1 label and a level-2 label joined by a dash (产出指标—数量指标). */
    static boolean joinedLabels(String text) {
        var m = JOINED.matcher(text.trim());
        return m.matches() && isLevel1(m.group(1)) && isLevel2(m.group(2));
    }

    /**
     * Puts the ends of heading words wrapped in their narrow cells back ({@code 指标性 / 指标值 / 质 / 度量单 /
     * 指标方向 / 权重 / 位性}: pdftotext prints every cell's first line, then the second lines): each part of
     * the text, shortest first, goes on the first word it completes to a heading, or stands as a heading
     * word of its own (指标方向权重: two words printed together); a text that is no such
     * end is kept as a word begun (指标性, 度量单) when it starts no known heading word of the sheet's own
     * cells; a last character left over (性 of 指标方向性, whose 指标方向 already names the column) goes to
     * {@code lost}. False when the text completes nothing and begins nothing.
     */
    static boolean wrappedEnds(List<String> head, String text, List<String> lost) {
        String rest = text;
        while (!rest.isEmpty()) {
            boolean put = false;
            for (int j = 1; j <= rest.length() && !put; j++) {
                String part = rest.substring(0, j);
                for (int h = 0; h < head.size() && !put; h++) {
                    if (Vocabulary.column(head.get(h)) == null && Vocabulary.column(head.get(h) + part) != null) {
                        head.set(h, head.get(h) + part);
                        rest = rest.substring(j);
                        put = true;
                    }
                }
            }
            List<String> words = together(rest);
            if (!put && words != null) {
                head.addAll(words);
                return true;
            }
            if (!put) {
                if (rest.equals(text) && rest.length() >= 2 && rest.length() <= 5 && Rx.matches(rest, "\\p{IsHan}+")
                        && !isCategory(rest) && !isLevel1(rest) && !isLevel2(rest)) {
                    head.add(rest);
                    return true;
                }
                if (!rest.equals(text) && rest.length() == 1) {
                    // the last character of a word read whole already (指标方向 / 性): no column lost, the text kept apart
                    lost.add(rest);
                    return true;
                }
                return false;
            }
        }
        return true;
    }

    /** Heading words printed together with no space (指标方向权重: 指标方向, 权重), each of two characters or more; null when the text is not such. */
    static List<String> together(String text) {
        for (int j = text.length() - 2; j >= 2; j--) {
            String a = text.substring(0, j);
            Column ca = Vocabulary.column(a);
            if (ca != null && ca != Column.LEAD && !isCategory(a) && !isLevel1(a) && !isLevel2(a)) {
                String b = text.substring(j);
                Column cb = Vocabulary.column(b);
                Column whole = Vocabulary.column(text);
                if (cb != null && cb != Column.LEAD && cb != ca && (whole == null || whole == ca || whole == cb)
                        && !isCategory(b) && !isLevel1(b) && !isLevel2(b)) {
                    return List.of(a, b);
                }
                List<String> more = together(b);
                if (more != null) {
                    List<String> out = new ArrayList<>(List.of(a));
                    out.addAll(more);
                    return out;
                }
            }
        }
        return null;
    }

    /** The heading words a piece prints (one or several, space apart), or null when it is no heading. */
    static List<String> headingWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Rx.splitSpaces(text.trim())) {
            List<String> both = PdfTextCellSequence.interleaved(w);
            if (both != null) {
                out.addAll(both);
                continue;
            }
            if (w.isEmpty() || Vocabulary.column(w) == null || isCategory(w) || isLevel1(w) || isLevel2(w)) {
                return null;
            }
            List<String> two = together(w);
            out.addAll(two != null ? two : List.of(w));
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * A cell printed after the row's last column (a unit pdftotext printed below the direction: {@code ≥ / 90 / 10 /
     * 正向指标 / %}) goes to the first empty column after the name that can hold it; its index, or -1.
     */
    private static int late(Piece q, Piece[] cells, List<Column> cols, int name) {
        for (int c = name + 1; c < cols.size(); c++) {
            if (cells[c] == null && cols.get(c) != Column.VALUE && fits(cols.get(c), q.text(), cells, cols)) {
                cells[c] = q;
                return c;
            }
        }
        return -1;
    }

    /** Whether a cell's text can stand in a column of the given role. */
    static boolean fits(Column c, String text, Piece[] cells, List<Column> cols) {
        String k = key(text);
        if (DIRECTION.matcher(k).matches()) {
            // also a 指标性质 column printing directions where the heading names none (core: operator-directions)
            return c == Column.DIRECTION || c == Column.OPERATOR && cols != null && !cols.contains(Column.DIRECTION);
        }
        return switch (c) {
            case OPERATOR -> NATURE.matcher(k).matches();
            case WEIGHT, SCORE -> NUMBER.matcher(k).matches();
            case UNIT -> k.length() <= 4 && !Rx.matches(k, ".*\\d.*") && !NATURE.matcher(k).matches();
            case VALUE, MID_VALUE, ACTUAL -> !NATURE.matcher(k).matches();
            // the values' operators where the heading names no operator column (core: direction-operators)
            case DIRECTION -> PdfTextCellSequence.operator(k) && (cols == null || !cols.contains(Column.OPERATOR));
            default -> false;
        };
    }
}
