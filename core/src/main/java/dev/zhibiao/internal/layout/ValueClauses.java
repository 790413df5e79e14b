package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.regex.Pattern;

/**
 * A value of two clauses ({@code 成年人≥270元;大中小学生、儿童≥200元}) wrapped in the value column of a table printed as
 * aligned text ({@code pdftotext -layout}) just before its second clause's comparison: {@code 成年人≥270元; 大中小学生、儿童}
 * on one line, {@code ≥200元} on the next. {@link LaidOutTable} keeps a line opening with a comparison apart as a value of
 * its own, so the second line was read as the value of the row beside it and the first given to the row above.
 *
 * <p>A clause that names whom it is for but gives no figure ({@code 大中小学生、儿童}: no comparison, no digit), after a
 * clause that compares ({@code 成年人≥270元}), is a value not yet said: the line under it that opens with a comparison is
 * its rest, and goes on the cell. Each such join is noted on its row ({@link #CODE}).
 */
final class ValueClauses {
    private ValueClauses() {
    }

    /** The code of the note on a row whose value took a line opening with a comparison as its last clause's rest. */
    static final String CODE = "value-clause-joined";

    private static final Pattern COMPARED_START = Pattern.compile("^\\s*[=＝≥≤<>＜＞≧≦]");
    private static final Pattern COMPARISON = Pattern.compile("[=＝≥≤<>＜＞≧≦]");
    private static final Pattern FIGURE = Pattern.compile("[=＝≥≤<>＜＞≧≦0-9０-９%％]");
    private static final Pattern CLAUSE_END = Pattern.compile("[;；]");

    /**
     * Whether a cell line that opens with a comparison is the rest of the open cell's last clause: the open cell's text
     * after its last {@code ;} names no figure (some text, no comparison, digit or percent), and the clause before it
     * holds a comparison.
     *
     * @param open the open cell's text so far
     * @param next the next cell line's text
     */
    static boolean awaitsComparison(String open, String next) {
        if (open == null || next == null || !Rx.find(COMPARED_START, Text.key(next))) {
            return false;
        }
        String[] clauses = CLAUSE_END.split(Text.key(open), -1);
        if (clauses.length < 2) {
            return false;
        }
        String last = clauses[clauses.length - 1].strip();
        return !last.isEmpty() && !Rx.find(FIGURE, last) && Rx.find(COMPARISON, clauses[clauses.length - 2]);
    }

    /**
     * As {@link #awaitsComparison}, remembering the line joined so the row can be noted.
     *
     * @param line   the next line's number
     * @param joined where the numbers of lines joined this way go
     */
    static boolean joins(String open, String next, int line, NavigableSet<Integer> joined) {
        if (!awaitsComparison(open, next)) {
            return false;
        }
        joined.add(line);
        return true;
    }

    /** The code of the note on a line of a packed page whose value the split cut into the name and value columns. */
    static final String SPLIT_CODE = "value-split-joined";

    private static final Pattern COMPARED_FIGURE = Pattern.compile("[=＝≥≤<>＜＞≧≦]\\s*[0-9０-９]");

    /**
     * A line of a later page that pdftotext {@code -layout} laid out on a grid of its own, whose cells keep the split's
     * columns or order (a page packed from the margin, {@link LaidOutPages#packedPages}, or placed by its labels, {@link
     * LaidOutPages#shiftedPages}), holding in the name column a value's first clauses (a clause that
     * compares a figure: {@code 成年人≤192.59%; 大中小}) and in the value column, one space after it, a piece that names no
     * figure ({@code 学}): the split cut one printed value (wrapped round its row's name, {@code 成年人≤192.59%; 大中小 学} /
     * {@code 财政补助与个人缴费比值} / {@code 生、儿童≤260%}) at a space inside it. The two go back together into the value
     * column, noted ({@link #SPLIT_CODE}); any other line as it is.
     *
     * @param placed where the note goes
     */
    static LaidOutTable.Line splitJoined(LaidOutTable.Line l, List<ColumnFit.Role> roles, PagePlacements placed) {
        int name = roles.indexOf(ColumnFit.Role.NAME);
        int value = roles.indexOf(ColumnFit.Role.VALUE);
        if (name < 0 || value != name + 1) {
            return l;
        }
        String t = l.texts()[name];
        String v = l.texts()[value];
        int at = l.starts()[name];
        if (t == null || v == null || t.isBlank() || v.isBlank() || at < 0 || l.starts()[value] < 0
                || l.starts()[value] - (at + t.length()) > 2 || !Rx.find(COMPARED_FIGURE, Text.key(t)) || Rx.find(FIGURE, Text.key(v))) {
            return l;
        }
        String[] texts = l.texts().clone();
        int[] starts = l.starts().clone();
        texts[name] = null;
        starts[name] = -1;
        texts[value] = t + " " + v;
        starts[value] = at;
        placed.split(l.number(), t, v);
        return new LaidOutTable.Line(l.number(), texts, starts, l.page());
    }

    /** Notes on {@code row} each line joined this way among its lines {@code first..last}. */
    static void note(Row row, int first, int last, NavigableSet<Integer> joined, Map<Row, List<Diagnostic>> notes) {
        for (Integer n : joined.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new Diagnostic(CODE, "a value line opening with a comparison read"
                    + " as the rest of the clause above it, which names no figure yet (line " + n + ")", dev.zhibiao.Locator.line(n)));
        }
    }
}
