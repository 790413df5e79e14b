package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.LaidOutTable.FULL;
import static dev.zhibiao.internal.layout.PrintWidths.width;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.LaidOutTable.Chunk;
import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * A wrapped name's last line printed after the line that holds its row's value, for {@link LaidOutChunks#names}.
 *
 * <p>A name line beside a cell of its own, followed by a name line beside no cell and then a line holding a cell of
 * that column and no name, is read as a whole name followed by the next row's name wrapped round its value (the
 * table printed without space between rows). That reading needs the next name line to wrap: a name goes on past its
 * line only where the line is as wide as its column. A name line that is not ({@code 例}, {@code 内救助比例}), after a
 * name line as wide as its column, is the end of the name above it: a name of three lines printed round its value
 * (重点对象住院政策范围内个人自负医疗费用 / 大病保险起付线以上部分年度限额内救助比 | ≥70.00(%) / 例), the next row's
 * value printed round a one-line name of its own below it.
 */
final class NameTailAfterValue {
    /** The code of the note on a row whose name's last line was read this way. */
    static final String CODE = "name-tail-joined";

    private NameTailAfterValue() {
    }

    /**
     * Whether a name line beside no cell ends the open name rather than starting a name wrapped round the next row's value:
     * the open name's last line is as wide as its column (it wraps) and this line is not (it cannot go on).
     *
     * @param open   the name so far
     * @param next   the name line after it
     * @param nameAt the name column
     * @param widest per column, the widest text it holds
     * @return whether the line goes on the open name
     */
    static boolean ends(Chunk open, Line next, int nameAt, double[] widest) {
        String t = next.texts()[nameAt];
        return t != null && open.lastWidth >= widest[nameAt] - FULL && width(t) < widest[nameAt] - FULL;
    }

    /** Notes on a row each of its lines in {@code tails} (a name's last line read as such by {@link #ends}). */
    static void note(Row row, int first, int last, NavigableSet<Integer> tails, Map<Row, List<Diagnostic>> notes) {
        for (Integer n : tails.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new Diagnostic(CODE, "a name line narrower than its column,"
                    + " after the line beside the row's value, read as the end of the wrapped name above it, not the start of the"
                    + " next row's name (line " + n + ")", Locator.line(n)));
        }
    }
}
