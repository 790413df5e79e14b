package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.Kind;
import static dev.zhibiao.parsers.PdfTextReader.Piece;
import static dev.zhibiao.parsers.PdfTextReader.isLevel1;
import static dev.zhibiao.parsers.PdfTextReader.isLevel2;

/**
 * Rows of a template's indicator table as plain pdftotext prints them, beyond what {@link PdfTextWideTable}
 * reads by itself (tprint19): a numbering column printed before each row's labels, a level-2 label and the
 * name printed side by side and each wrapped, a value printed on its name's line, a value heading printed
 * after the rows, and the cells printed after the rows ({@link PdfTextLateCells}) put back in their rows.
 * Each rule reads only what the table prints (its heading words, its level labels, its numbering).
 */
final class PdfTextTemplateRows {
    private PdfTextTemplateRows() {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NAME_VALUE = Pattern.compile(
            "(.*[\\p{IsHan})）])\\s+([≥≤<>=＝＞＜≧≦]?\\s*\\d[\\d.,]*\\s*(?:%|％|\\p{IsHan}{1,2})?)");

    /**
     * The numbers printed right before the level-1 labels of the rows after {@code from}, when every such
     * label has one and they run 1, 2, 3 … (at least two rows): a 序号 column; empty otherwise.
     */
    static Map<Piece, Boolean> numbering(List<Piece> pieces, int from, Predicate<Piece> level1) {
        Map<Piece, Boolean> out = new HashMap<>();
        int next = 1;
        for (int j = from; j < pieces.size(); j++) {
            if (!level1.test(pieces.get(j))) {
                continue;
            }
            Piece n = j > from ? pieces.get(j - 1) : null;
            if (n == null || !NUMBER.matcher(n.key()).matches() || Integer.parseInt(n.key()) != next) {
                return Map.of();
            }
            out.put(n, true);
            next++;
        }
        return next > 2 ? out : Map.of();
    }

    /**
     * A level-2 label and the name printed side by side, each wrapped, their last lines printed after
     * ({@code 服务对象满意 保护区管理机构满意 / ≥90% / 度指标 度}): the piece at {@code r} holds two parts, the
     * first no level-2 label but one with the longest start of a later piece of the row (within three); returns the
     * label, the name, and the piece holding their ends; null otherwise.
     */
    static Piece[] sideBySide(List<Piece> row, int r) {
        Piece p = row.get(r);
        String[] parts = Rx.splitSpaces(p.text().trim());
        if (parts.length != 2 || isLevel2(parts[0]) || isLevel1(parts[0]) || !Rx.matches(parts[0], "\\p{IsHan}+")) {
            return null;
        }
        for (int j = r + 1; j < row.size() && j <= r + 3; j++) {
            Piece e = row.get(j);
            String[] ends = Rx.splitSpaces(e.text().trim());
            String k = String.join("", ends);
            if (!Rx.matches(k, "\\p{IsHan}{1,10}")) {
                continue;
            }
            for (int i = k.length(); i >= 1; i--) {
                if (ends.length == 2 && i != ends[0].length()) {
                    continue;
                }
                String label = parts[0] + k.substring(0, i);
                if (isLevel2(label) && !isLevel1(label)) {
                    return new Piece[] {new Piece(label, p.line(), Kind.LABEL), new Piece(parts[1] + k.substring(i), p.line(), Kind.TEXT), e};
                }
            }
        }
        return null;
    }

    /** A name and a value printed on its line ({@code 本底调查保护区数量 30 处}): the two, or null. */
    static Piece[] nameThenValue(Piece name) {
        var m = NAME_VALUE.matcher(name.text().trim());
        if (!m.matches()) {
            return null;
        }
        return new Piece[] {new Piece(m.group(1), name.line(), name.kind()), new Piece(m.group(2), name.line(), Kind.VALUE)};
    }

    /** The first heading word printed after the rows, when it is one value heading alone (年度指标值); null otherwise. */
    static String lateValueWord(List<Piece> pieces, int from) {
        for (int j = from; j < pieces.size(); j++) {
            List<String> words = PdfTextWideTable.headingWords(pieces.get(j).text());
            if (words != null) {
                return words.size() == 1 && Vocabulary.column(words.get(0)) == Column.VALUE ? words.get(0) : null;
            }
        }
        return null;
    }

    /**
     * Whether the heading at {@code heading} is 一级指标 二级指标 三级指标 and a mid-term value heading, one a
     * piece, and the first heading word printed after them is a value heading alone (年度指标值).
     */
    static boolean midThenLateValue(List<Piece> pieces, int heading) {
        if (heading + 4 > pieces.size()) {
            return false;
        }
        List<String> head = new ArrayList<>();
        for (int k = heading; k < heading + 4; k++) {
            head.add(pieces.get(k).key());
        }
        return head.subList(0, 3).equals(List.of("一级指标", "二级指标", "三级指标")) && Vocabulary.column(head.get(3)) == Column.MID_VALUE
                && lateValueWord(pieces, heading + 4) != null;
    }

    /**
     * Whether the lines before a chunk's first sheet title are a document's heading only: one or two lines,
     * each no header line, year line, table heading or number (the sheets then print their titles first).
     */
    static boolean underHeading(List<PdfTextReader.Line> chunk, int firstTitle) {
        if (firstTitle < 1 || firstTitle > 2) {
            return false;
        }
        for (PdfTextReader.Line l : chunk.subList(0, firstTitle)) {
            String k = l.key();
            if (k.isEmpty() || PdfTextReader.isHeaderLine(l.text()) || PdfTextReader.isYear(l.text()) || PdfTextReader.TABLE_HEADER.contains(k)
                    || !Rx.matches(k, ".*\\p{IsHan}{4,}.*") || Rx.matches(k, "[\\d.,%\\s]+")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the lines before a chunk's first title are the last rows of a table continued from the page
     * before (tprint20): they print a level-1 label (a row of a table) but neither a table heading nor a
     * header line nor a year, so they are no sheet whose title pdftotext printed after its body; the
     * chunk's titles then start their sheets.
     */
    static boolean rowsContinued(List<PdfTextReader.Line> chunk, int firstTitle) {
        boolean row = false;
        for (PdfTextReader.Line l : chunk.subList(0, firstTitle)) {
            String k = l.key();
            if (PdfTextReader.isHeaderLine(l.text()) || PdfTextReader.isYear(l.text()) || PdfTextReader.TABLE_HEADER.contains(k)
                    || k.contains("一级指") || k.contains("三级指标")) {
                return false;
            }
            row |= PdfTextReader.isLevel1(l.text());
        }
        return row;
    }

    /** The table with the cells printed after its rows put back: heading (late columns appended), rows, repairs, what stays apart. */
    record Solved(List<String> head, List<Row> rows, Map<Row, List<Diagnostic>> notes, List<Piece> unplaced) {
    }

    /**
     * Puts the cells printed after the rows ({@code tail}: from the end of the last row on, late heading
     * words among them) in the rows that lack them ({@link PdfTextLateCells}); null when the tail holds
     * anything else or no assignment places every cell and fills every row.
     */
    static Solved lateCells(List<PdfTextLateCells.RowCells> own, List<Piece[]> ownCells, List<List<String>> ownNotes,
                            List<Integer> ownLine, List<Piece> tail, List<String> head, List<Column> cols, int name) {
        head = new ArrayList<>(head);
        cols = new ArrayList<>(cols);
        List<Piece> cells = new ArrayList<>();
        Map<Piece, String> joins = new IdentityHashMap<>();
        for (Piece q : tail) {
            var m = PdfTextWideTable.TRAILING_DIRECTION.matcher(q.text());
            if (m.matches()) {
                cells.add(new Piece(m.group(1), q.line(), q.kind()));
                cells.add(new Piece(m.group(2), q.line(), Kind.TEXT));
            } else if (!cells.isEmpty() && PdfTextLateCells.wrapOf(cells.get(cells.size() - 1), q)) {
                Piece v = cells.remove(cells.size() - 1);
                Piece j = new Piece(v.text() + q.text(), v.line(), Kind.VALUE);
                joins.put(j, v.text() + " | " + q.text());
                cells.add(j);
            } else {
                cells.add(q);
            }
        }
        int[] headingColumn = new int[cells.size()];
        List<Piece> words = new ArrayList<>();
        for (int t = 0; t < cells.size(); t++) {
            headingColumn[t] = -1;
            List<String> w = PdfTextWideTable.headingWords(cells.get(t).text());
            if (w == null) {
                continue;
            }
            Column named = w.size() == 1 ? Vocabulary.column(w.get(0)) : null;
            if (named == null || named == Column.L1 || named == Column.L2 || named == Column.NAME) {
                return null;
            }
            int c = cols.indexOf(named);
            if (c < 0 && (named == Column.UNIT || named == Column.OPERATOR || named == Column.WEIGHT || named == Column.DIRECTION)) {
                head.add(w.get(0));
                cols.add(named);
                c = cols.size() - 1;
            }
            if (c < 0 || cols.lastIndexOf(named) != c) {
                return null;
            }
            headingColumn[t] = c;
            words.add(cells.get(t));
        }
        List<PdfTextLateCells.Placed> placed = PdfTextLateCells.solve(own, cells, headingColumn, cols, name);
        if (placed == null) {
            return null;
        }
        List<Piece[]> grid = new ArrayList<>();
        List<List<String>> said = new ArrayList<>();
        for (int r = 0; r < own.size(); r++) {
            Piece[] g = new Piece[cols.size()];
            System.arraycopy(ownCells.get(r), 0, g, 0, name + 1);
            grid.add(g);
            said.add(new ArrayList<>(ownNotes.get(r)));
        }
        for (PdfTextLateCells.Placed p : placed) {
            grid.get(p.row())[p.column()] = p.cell();
            if (p.late()) {
                said.get(p.row()).add("cell printed after the rows placed in its row under " + head.get(p.column()) + ": " + p.cell().text()
                        + (joins.containsKey(p.cell()) ? " (its wrapped line joined: " + joins.get(p.cell()) + ")" : ""));
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        for (int r = 0; r < grid.size(); r++) {
            List<Cell> out = new ArrayList<>();
            for (Piece q : grid.get(r)) {
                out.add(new Cell(q == null ? "" : q.text(), new Locator(q == null ? null : q.line(), out.size() + 1, null)));
            }
            Row row = new Row(out, true, Locator.line(ownLine.get(r)));
            rows.add(row);
            for (String m : said.get(r)) {
                notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new Diagnostic("row-realigned", m, row.at()));
            }
        }
        return new Solved(head, rows, notes, words);
    }
}
