package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.Kind;
import static dev.zhibiao.parsers.PdfTextReader.Piece;

/**
 * A scored table's total row (总分, 合计: {@link Vocabulary#isTotalLabel}) that plain pdftotext printed
 * with the last indicator row's labels and cells (tprint22). The last row's labels, centred in their tall
 * merged cells, and some of its cells come out after its other cells, beside the total's label:
 * {@code 辖区居民满意度 / 87% / 20 / 20 / 满意度指标 服务对象满意度指标 / 总分 / ≥85%}. Cut at its level-1
 * label, that row reads 总分 as its name and the indicator's own name and cells are left over from the row
 * before. A total row is a footer of the table, never an indicator: when the cells left over before the
 * labels start with a name (a text piece, no value), that name gets the labels back, then the cells the
 * total row printed after its label (in printed order, first) and the cells left over after the name, each
 * in the next column it fits; what no column takes stays with the total row, which is given as a row of
 * its own (its label in the name column) for core to set aside with its numbers as remnants. Pure: core
 * reads both rows as any table's.
 */
final class PdfTextTotalRow {
    private PdfTextTotalRow() {
    }

    /** The indicator row given back its labels, the total row, and the repair's message. */
    record Split(Piece[] row, Piece[] total, String message) {
    }

    /**
     * Splits the total row as cut ({@code cells}: its labels, the total's label in the name column;
     * {@code rest}: its cells after the label, in printed order) from the last indicator row, whose name
     * and cells are {@code pending} (left over by the row before, in printed order); null when the row
     * names no total, nothing is pending, the first pending piece is no name, or the indicator row gets no
     * value.
     */
    static Split split(Piece[] cells, List<Piece> rest, List<Piece> pending, List<Column> cols, int l1, int name) {
        if (pending.isEmpty() || cells[name] == null || !Vocabulary.isTotalLabel(cells[name].text()) || cells[l1] == null) {
            return null;
        }
        Piece first = pending.get(0);
        if (first.kind() != Kind.TEXT || Vocabulary.isTotalLabel(first.text()) || PdfTextWideTable.headingWords(first.text()) != null
                || Vocabulary.category(first.text()) != null) {
            return null;
        }
        int n = cols.size();
        Piece[] row = new Piece[n];
        for (int c = 0; c < name; c++) {
            row[c] = cells[c];
        }
        row[name] = first;
        List<Piece> cellsOf = new ArrayList<>(rest);
        cellsOf.addAll(pending.subList(1, pending.size()));
        List<Piece> over = place(cellsOf, row, name + 1, cols);
        int value = cols.indexOf(Column.VALUE);
        if (value < 0 || row[value] == null) {
            return null;
        }
        Piece[] total = new Piece[n];
        total[name] = cells[name];
        if (!place(over, total, name + 1, cols).isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < name; k++) {
            if (cells[k] != null) {
                labels.add(cells[k].text());
            }
        }
        String message = "the last row's labels and cells printed beside the total row (" + cells[name].text()
                + ") given back to it: " + String.join(" | ", labels)
                + (rest.isEmpty() ? "" : " | " + String.join(" | ", rest.stream().map(Piece::text).toList()));
        return new Split(row, total, message);
    }

    /**
     * Places {@code pieces}, in order, each in the next column from {@code from} on that it fits.
     *
     * @return the pieces no column took, in order
     */
    private static List<Piece> place(List<Piece> pieces, Piece[] row, int from, List<Column> cols) {
        List<Piece> over = new ArrayList<>();
        int c = from;
        for (Piece q : pieces) {
            while (c < row.length && !PdfTextWideTable.fits(cols.get(c), q.text(), row, cols)) {
                c++;
            }
            if (c < row.length) {
                row[c++] = q;
            } else {
                over.add(q);
            }
        }
        return over;
    }

    /**
     * The run of unplaced pieces around piece {@code t} when it is a total label ({@link Vocabulary#isTotalLabel})
     * printed after the table apart from its numbers ({@code 100 / 98.5 / 总分}): [first, end, name column] with
     * every other piece of the run figures only; null when {@code t} is no total label or has no number beside it. The name
     * column is the heading's (三级指标, {@link #nameColumn}).
     */
    static int[] numbersApart(List<Piece> unplaced, int t, List<String> heading) {
        if (unplaced.get(t).kind() != Kind.TEXT || !Vocabulary.isTotalLabel(unplaced.get(t).text())) {
            return null;
        }
        int a = t;
        while (a > 0 && numbersOnly(unplaced.get(a - 1).text())) {
            a--;
        }
        int b = t + 1;
        while (b < unplaced.size() && numbersOnly(unplaced.get(b).text())) {
            b++;
        }
        return b - a > 1 ? new int[] {a, b, nameColumn(heading)} : null;
    }

    /**
     * The name column of a heading row: the one naming the indicator (三级指标, 指标名称), else the one after the last
     * level's (一级指标 二级指标 …), else the third (the levels' and name's usual place).
     */
    static int nameColumn(List<String> heading) {
        int afterLevels = -1;
        for (int i = 0; i < heading.size(); i++) {
            Vocabulary.Column c = Vocabulary.column(heading.get(i));
            if (c == Vocabulary.Column.NAME) {
                return i;
            }
            if (c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2) {
                afterLevels = i + 1;
            }
        }
        return afterLevels >= 0 ? afterLevels : 2;
    }

    private static boolean numbersOnly(String t) {
        String[] parts = Rx.splitSpaces(t.strip());
        for (String p : parts) {
            if (!PdfTextReader.isAmount(p)) {
                return false;
            }
        }
        return parts.length > 0;
    }
}
