package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.List;
import java.util.Map;

/**
 * A cell of a laid-out table printed round its row's one-line name ({@code pdftotext -layout} prints each cell at the
 * vertical middle of its row: a two-line value round a one-line name, {@code 成年人≤192.59%; 大中} / {@code
 * 财政补助与个人缴费比值} / {@code 小学生、儿童≤260%}).
 */
final class RoundName {
    private RoundName() {
    }

    /**
     * Whether a cell line (column {@code c}, not the name's) is the first line of a cell printed round the one-line
     * name right under it, so never the wrapped rest of the cell above: the line holds no name, the next line starts
     * a row by a name of one line and holds nothing in the column, and the line after that holds the column's text
     * and no name. Between rows {@code pdftotext -layout} prints blank lines, which a page break drops: the first
     * line of a page then stands right under the page before's last cell line, as a wrapped line would.
     *
     * @param byNumber the table's lines by number
     * @param names the name cells (each a row's start), in the name column
     */
    static boolean startsCell(int line, int c, Map<Integer, Line> byNumber, List<LaidOutTable.Chunk> names) {
        if (names.isEmpty()) {
            return false;
        }
        int nameAt = names.get(0).column;
        Line at = byNumber.get(line);
        Line name = byNumber.get(line + 1);
        Line after = byNumber.get(line + 2);
        if (at == null || name == null || after == null || has(at, nameAt) || !has(name, nameAt) || has(name, c)
                || !has(after, c) || has(after, nameAt)) {
            return false;
        }
        for (LaidOutTable.Chunk ch : names) {
            if (ch.first == line + 1) {
                return ch.last == line + 1;
            }
        }
        return false;
    }

    /**
     * Whether a name wrapped round its row's one-line cells is whole: a cell is printed at its row's vertical middle, so a
     * name printed round the line of its row's other cells has as many lines above that line as below it (重点对象政策范围内个人自付
     * / ≥70% ≥70% / 费用年度限额内住院救助比例); a next name line, however wide the last, starts the next row (符合资助条件的农村低收入人
     * / ≥99% / 口资助参保政策覆盖率, a browser's print with no space between rows). The middle line holds no name and a cell of
     * a column other than the labels' and the name's; it is the only such line among the name's, and the line after the
     * name's last holds none of its cells' columns unless beside a name of its own (a two-line value interleaved with a
     * three-line name goes on there).
     */
    static boolean balanced(LaidOutTable.Chunk open, Map<Integer, Line> byNumber, List<ColumnFit.Role> roles, int nameAt) {
        int middle = -1;
        for (int n = open.first + 1; n < open.last; n++) {
            Line l = byNumber.get(n);
            if (l != null && !has(l, nameAt) && cell(l, roles, nameAt)) {
                if (middle >= 0) {
                    return false;
                }
                middle = n;
            }
        }
        if (middle < 0) {
            return false;
        }
        Line after = byNumber.get(open.last + 1);
        Line mid = byNumber.get(middle);
        for (int c = 0; after != null && !has(after, nameAt) && c < roles.size(); c++) {
            if (c != nameAt && has(mid, c) && has(after, c)) {
                return false; // the middle line's cell goes on under the name's last line: no one-line cell (≥70.00( / %))
            }
        }
        int above = 0;
        int below = 0;
        for (int n = open.first; n <= open.last; n++) {
            Line l = byNumber.get(n);
            if (l != null && has(l, nameAt)) {
                if (n < middle) {
                    above++;
                } else {
                    below++;
                }
            }
        }
        return above >= 1 && above == below;
    }

    /** Whether a line holds a cell of a column other than the name's and the labels'. */
    private static boolean cell(Line l, List<ColumnFit.Role> roles, int nameAt) {
        for (int c = 0; c < roles.size(); c++) {
            ColumnFit.Role r = roles.get(c);
            if (c != nameAt && r != ColumnFit.Role.LEAD && r != ColumnFit.Role.L1 && r != ColumnFit.Role.L2 && has(l, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Line l, int c) {
        return l.texts()[c] != null && !l.texts()[c].isBlank();
    }
}
