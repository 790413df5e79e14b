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

    private static boolean has(Line l, int c) {
        return l.texts()[c] != null && !l.texts()[c].isBlank();
    }
}
