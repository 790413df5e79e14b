package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed lines of a table that prints 绩效指标描述 before 指标值 and 指标值确定依据 right after it
 * (a department budget sheet's targets), in plain OCR text ({@link Document#printedLines}). Every cell
 * of such a row but the name wraps: the description, the value and the basis each print their first
 * line on one printed line and their second on the next, and the name, centred, on either of them
 * or on a line of its own. So a line is read from its value, not from its left end, and a line
 * without a name is the piece of the row above or below it.
 */
final class BasisLines {
    private BasisLines() {
    }

    /** Whether the table's columns after the name are ... 绩效指标描述 | 指标值 | 指标值确定依据 ... */
    static boolean applies(List<Column> contentOrder) {
        int v = contentOrder.indexOf(Column.VALUE);
        return v >= 1 && contentOrder.get(v - 1) == Column.DESCRIPTION && v + 1 < contentOrder.size()
                && contentOrder.get(v + 1) == Column.BASIS;
    }

    /**
     * A printed line with one value the grammar reads (and only one) is read from it: the cells after
     * it are the columns after 指标值 (指标值确定依据 first), the cell before it the description, the one
     * before that the name, and cells before the name the row's labels (at most two, none a value).
     * A line whose cells before the value are only its description and labels has no name: a piece of
     * the row above or below ({@link #joinPieces}). A {@code row-realigned} diagnostic where the read
     * changes; the read unchanged where the line holds no value, more than one, or more cells after
     * it than the table has columns.
     */
    static Read byValue(Read read, List<Cell> cells, List<Column> contentOrder, SheetDraft d) {
        if (!read.others.isEmpty() || read.number != null) {
            return read;
        }
        int at = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (IndicatorTable.isValueLike(cells.get(i).text())) {
                if (at >= 0) {
                    return read;
                }
                at = i;
            }
        }
        int v = contentOrder.indexOf(Column.VALUE);
        if (at < 1 || read.content.get(Column.VALUE) == cells.get(at) || cells.size() - 1 - at > contentOrder.size() - 1 - v) {
            return read;
        }
        Read moved = new Read(read.row);
        moved.content.put(Column.VALUE, cells.get(at));
        for (int k = at + 1; k < cells.size(); k++) {
            moved.content.put(contentOrder.get(v + k - at), cells.get(k));
        }
        int first = 0; // the leading cells that are category labels
        while (first < at - 1 && first < 2 && Vocabulary.category(cells.get(first).text()) != null) {
            first++;
        }
        moved.content.put(Column.DESCRIPTION, cells.get(at - 1));
        int name = at - 2;
        if (name >= first) {
            moved.content.put(Column.NAME, cells.get(name));
        } else {
            name = first;
        }
        if (name > 2) {
            return read;
        }
        for (int k = 0; k < name; k++) {
            Cell c = cells.get(k);
            moved.labels.add(new IndicatorTable.Label(c, Vocabulary.category(c.text()), null));
        }
        d.diag("row-realigned", cells.get(0).at(), ReadDescriptions.describe(moved,
                "a line of a table whose description, value and basis wrap, read from its one value: "));
        return moved;
    }

    /**
     * Each read without a name but with cells of the row (a description, a value, a basis: a line of
     * the wrapped cells the name was not printed on) joins the indicator on the line next to it: the
     * one below when that has no value yet, else the one above when that has none, else the one below
     * when the piece's value opens a value (a number or comparator first: the value's first line),
     * else the one above. Its cells are put before the cells of the indicator below, or after those of
     * the indicator above; its labels stay on a row of their own. A {@code cell-joined} diagnostic;
     * a piece with no indicator beside it is left as it is.
     */
    static void joinPieces(List<Read> reads, SheetDraft d) {
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (r.isIndicator() || r.content.isEmpty() || !r.others.isEmpty()) {
                continue;
            }
            Read above = i > 0 && reads.get(i - 1).isIndicator() && reads.get(i - 1).lastLine == r.line - 1 ? reads.get(i - 1) : null;
            Read below = i + 1 < reads.size() && reads.get(i + 1).isIndicator() && reads.get(i + 1).line == r.lastLine + 1
                    ? reads.get(i + 1) : null;
            Cell value = r.content.get(Column.VALUE);
            boolean opens = value != null && dev.zhibiao.internal.grammar.Grammar.opensValue(value.text());
            Read to = below != null && !hasValue(below) ? below
                    : above != null && !hasValue(above) ? above
                    : below != null && opens ? below : above;
            if (to == null) {
                continue;
            }
            boolean down = to == below;
            for (Map.Entry<Column, Cell> e : r.content.entrySet()) {
                Cell a = to.content.get(e.getKey());
                Cell b = e.getValue();
                String joined = a == null || a.isEmpty() ? b.text().strip()
                        : down ? b.text().strip() + a.text().strip() : a.text().strip() + b.text().strip();
                to.content.put(e.getKey(), (a == null || a.isEmpty() ? b : down ? b : a).withText(joined));
                d.diag("cell-joined", b.at(), "\"" + b.text() + "\" is the " + (down ? "first" : "last") + " line of the "
                        + e.getKey().name().toLowerCase(Locale.ROOT) + " of the indicator " + (down ? "below" : "above")
                        + ", printed on a line without its name (the row's cells wrap round the name)");
            }
            if (down) {
                to.line = Math.min(to.line, r.line);
            } else {
                to.lastLine = Math.max(to.lastLine, r.lastLine);
            }
            if (r.labels.isEmpty()) {
                reads.remove(i--);
            } else {
                r.content.clear();
            }
        }
    }

    /**
     * The sheet's basis texts are those it prints after a value on at least two lines (上级文件,
     * 政策: the basis column repeats its text from row to row), or as the last cell of at least three
     * lines (根据上级文件, 或方案: no value, no category). A line's last cell that reads as one
     * of them, read into the value, the description or the name because the line holds no value (the
     * value's other line, or a value printed on the line above), is that row's basis: moved to
     * 指标值确定依据, a {@code row-realigned} diagnostic. A line then left without a name is a piece
     * ({@link #joinPieces}). So is a line of a description and a basis whose description the sheet
     * prints before a value on another line (the description's first line, the value's on the next).
     */
    static void basisCells(List<Read> reads, List<Column> contentOrder, SheetDraft d) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Set<String> descriptions = new java.util.HashSet<>();
        for (Read r : reads) {
            Cell b = r.content.get(Column.BASIS);
            Cell v = r.content.get(Column.VALUE);
            Cell t = r.content.get(Column.DESCRIPTION);
            if (v != null && IndicatorTable.isValueLike(v.text())) {
                if (b != null) {
                    seen.merge(Text.key(b.text()), 1, Integer::sum);
                }
                if (t != null && Text.key(t.text()).length() >= 4) {
                    descriptions.add(Text.key(t.text()));
                }
            }
        }
        Map<String, Integer> lastCells = new java.util.HashMap<>();
        for (Read r : reads) {
            Cell c = lastCell(r, contentOrder);
            String k = c == null ? "" : Text.key(c.text());
            if (k.length() >= 2 && !IndicatorTable.isValueLike(c.text()) && Vocabulary.category(c.text()) == null) {
                lastCells.merge(k, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : lastCells.entrySet()) {
            if (e.getValue() >= 3) {
                seen.merge(e.getKey(), 2, Math::max);
            }
        }
        for (Read r : reads) {
            if (r.content.containsKey(Column.BASIS) || !r.others.isEmpty() || r.number != null) {
                continue;
            }
            Column last = null;
            for (Column c : contentOrder) {
                if (r.content.containsKey(c)) {
                    last = c;
                }
            }
            if (last == null || last == Column.BASIS) {
                continue;
            }
            Cell cell = r.content.get(last);
            Integer n = seen.get(Text.key(cell.text()));
            if (n == null || n < 2) {
                continue;
            }
            r.content.remove(last);
            r.content.put(Column.BASIS, cell);
            d.diag("row-realigned", cell.at(), "\"" + cell.text().strip() + "\" is the sheet's basis text (printed after a value on "
                    + n + " lines), read into the " + last.name().toLowerCase(Locale.ROOT) + ": moved to 指标值确定依据");
        }
        for (Read r : reads) {
            Cell name = r.content.get(Column.NAME);
            if (name != null && r.content.containsKey(Column.BASIS) && !r.content.containsKey(Column.VALUE)
                    && !r.content.containsKey(Column.DESCRIPTION) && descriptions.contains(Text.key(name.text()))) {
                r.content.remove(Column.NAME);
                r.content.put(Column.DESCRIPTION, name);
                d.diag("row-realigned", name.at(), "\"" + name.text().strip() + "\" is a description the sheet prints before a value"
                        + " on another line, printed here beside the basis without a value: moved to 绩效指标描述 (a line without its name)");
            }
        }
    }

    /** The read's cell in the last of the table's columns it has a cell in, or null. */
    private static Cell lastCell(Read r, List<Column> contentOrder) {
        Cell last = null;
        for (Column c : contentOrder) {
            if (r.content.containsKey(c)) {
                last = r.content.get(c);
            }
        }
        return last;
    }

    private static boolean hasValue(Read r) {
        Cell v = r.content.get(Column.VALUE);
        return v != null && !v.isEmpty();
    }
}
