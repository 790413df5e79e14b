package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.SpacedRows.Line;
import dev.zhibiao.internal.layout.SpacedRows.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A label printed alone on the middle line of its value's lines (pdftotext -layout of a table whose
 * cells are centred vertically: a goals cell of four lines beside its one-line label prints two lines
 * above the label's line and two below). The lines are read as one row: the label, then the value's
 * lines in order as one cell.
 */
final class CentredLabels {
    private CentredLabels() {
    }

    /** The column distance within which lines count as printed in one column. */
    private static final int SAME = 2;

    /**
     * Lines {@code i} onwards as one row, when they are: one or more lines printed only in one value column
     * (nothing within {@link #SAME} columns of the label's), the line before them printing nothing in that column,
     * then a line holding only a goals label left of that column, then as many lines in the value column (one
     * more or one fewer). The label's line number, the row; otherwise null.
     *
     * @param lines the document's lines
     * @param i     the first value line
     * @return the row and how many lines it took, or null
     */
    static Result at(List<Line> lines, int i) {
        if (i == 0 || i >= lines.size()) {
            return null;
        }
        int col = valueColumn(lines.get(i));
        if (col < 0 || printsAt(lines.get(i - 1), col)) {
            return null;
        }
        int k = i;
        while (k < lines.size() && valueColumn(lines.get(k)) >= 0 && Math.abs(valueColumn(lines.get(k)) - col) <= SAME
                && consecutive(lines, k, i)) {
            k++;
        }
        int above = k - i;
        if (k >= lines.size() || !consecutive(lines, k, i)) {
            return null;
        }
        Line label = lines.get(k);
        if (label.tokens().size() != 1 || label.tokens().get(0).column() + SAME >= col
                || !Vocabulary.isGoalsLabel(label.tokens().get(0).text())) {
            return null;
        }
        int m = k + 1;
        while (m < lines.size() && valueColumn(lines.get(m)) >= 0 && Math.abs(valueColumn(lines.get(m)) - col) <= SAME
                && consecutive(lines, m, i)) {
            m++;
        }
        int below = m - k - 1;
        if (below == 0 || Math.abs(above - below) > 1) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        out.add(label.tokens().get(0));
        int at = col;
        for (int j = i; j < m; j++) {
            if (j == k) {
                continue;
            }
            for (Token t : lines.get(j).tokens()) {
                out.add(new Token(t.text(), at, out.size() == 1 ? Math.max(SAME, at - label.tokens().get(0).column()) : 1));
                at += width(t.text()) + 1;
            }
        }
        return new Result(new Line(label.number(), out, label.page()), m - i);
    }

    /** The row read and the number of lines it took. */
    record Result(Line line, int taken) {
    }

    private static boolean consecutive(List<Line> lines, int j, int from) {
        return lines.get(j).number() == lines.get(from).number() + (j - from);
    }

    /** The column of a line printed only right of the label column (its first token's), or -1. */
    private static int valueColumn(Line l) {
        if (l.tokens().isEmpty() || l.tokens().get(0).column() <= 1 + SAME) {
            return -1;
        }
        return l.tokens().get(0).column();
    }

    private static boolean printsAt(Line l, int col) {
        for (Token t : l.tokens()) {
            if (Math.abs(t.column() - col) <= SAME) {
                return true;
            }
        }
        return l.tokens().isEmpty();
    }

    private static int width(String s) {
        int w = 0;
        for (int c : s.codePoints().toArray()) {
            w += c > 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
