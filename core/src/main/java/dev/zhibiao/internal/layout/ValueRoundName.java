package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.List;
import java.util.Map;

/**
 * A value wrapped round its row's one-line name in a {@code pdftotext -layout} table, both its lines read into the name
 * column ({@code 按文件完成补助人} / {@code 补助对象范围人次规模} / {@code 次}): pdftotext prints each cell at the vertical
 * middle of its row, so a two-line value stands one line above and one below a one-line name, and the split, finding each
 * of its lines alone, gives them the name column by their words (a worded value). A name's lines never stand so: the
 * middle line of a name of three holds its row's value, where a value wrapped round a name has nothing beside the name;
 * and two lines of one name starting alike start alike with the line between (left-aligned) or centre on it (centred),
 * where these start together right of it. {@link LaidOutTable#realigned} puts them in the next column, where {@link
 * RoundName#startsCell} reads them as one cell of the row.
 */
final class ValueRoundName {
    private ValueRoundName() {
    }

    /** The code of the note on a row whose value, wrapped round its name, was read from the name column. */
    static final String CODE = "value-round-name";

    /**
     * The column a name-column cell goes to as a line of a value printed round the one-line name beside it, or -1: the
     * cell is its line's only cell; the line under it holds a name starting left of the cell (by more than a character)
     * and nothing in the next column (a content column), and the line after that holds a name-column cell alone at the
     * cell's start (within a column); or the same read upwards (the value's second line).
     *
     * @param byNumber the table's lines by number, as split
     * @param l        the line
     * @param c        the cell's column
     * @param roles    the heading's column roles
     */
    static int column(Map<Integer, Line> byNumber, Line l, int c, List<ColumnFit.Role> roles) {
        if (roles.get(c) != ColumnFit.Role.NAME || c + 1 >= roles.size() || LaidOutTable.isLabel(roles.get(c + 1)) || !lone(l, c)) {
            return -1;
        }
        for (int dir = -1; dir <= 1; dir += 2) {
            Line name = byNumber.get(l.number() + dir);
            Line other = byNumber.get(l.number() + 2 * dir);
            if (name != null && other != null && has(name, c) && !has(name, c + 1) && name.starts()[c] >= 0
                    && name.starts()[c] + 2 < l.starts()[c] && lone(other, c) && Math.abs(other.starts()[c] - l.starts()[c]) <= 1) {
                return c + 1;
            }
        }
        return -1;
    }

    /** Whether the line's only cell is in column {@code c}, its start known. */
    private static boolean lone(Line l, int c) {
        for (int k = 0; k < l.texts().length; k++) {
            if (k != c && has(l, k)) {
                return false;
            }
        }
        return has(l, c) && l.starts()[c] >= 0;
    }

    private static boolean has(Line l, int c) {
        return l.texts()[c] != null && !l.texts()[c].isBlank();
    }
}
