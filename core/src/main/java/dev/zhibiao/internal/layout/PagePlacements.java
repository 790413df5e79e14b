package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The notes of the placements {@link LaidOutTable#realigned} makes by {@link LaidOutPages}' rules for a table printed as
 * aligned text ({@code pdftotext -layout}) over pages, where a cell ends in another column than the table's usual starts
 * would put it in, or a row keeps the split's columns:
 * <ul>
 * <li>{@value #LABEL_ROUND}: a later page's row whose category label is wrapped round its line kept in the split's
 * columns, the label's halves joined in their column ({@link LaidOutPages#labelRoundRows});</li>
 * <li>{@value #OWN_GRID}: a cell placed by its page's own starts ({@link LaidOutPages#ownGrids}, {@link
 * LaidOutPages#keptStarts}) in another column than the table's usual starts give;</li>
 * <li>{@value #LABEL_HELD}: a cell left out of a label column that holds a whole label of its level on the line, where
 * its start alone would have moved it there ({@link LaidOutPages#holdsItsLabel});</li>
 * <li>{@value PackedLineCells#CODE}: a cell kept in its column after a cell printed left of its own ({@link
 * PackedLineCells#stays});</li>
 * <li>{@value #HEADING_START}: a cell placed in a content column whose cells give no usual start, by where the column's
 * heading word starts ({@link ColumnStarts#orHeading});</li>
 * <li>{@value LabelTailUnder#CODE}: a wrapped label's last characters put in the column of the label they end, under
 * whose first line they stand ({@link LabelTailUnder#column});</li>
 * <li>{@value ValueRoundName#CODE}: a value's two lines printed round its row's one-line name, read into the name column,
 * put in the next column ({@link ValueRoundName#column}).</li>
 * </ul>
 * Each is noted on the row that holds the line (or the row before it, for a line of no row's).
 */
final class PagePlacements {
    /** The code of a later page's row kept in the split's columns round a wrapped label. */
    static final String LABEL_ROUND = "label-round-row";
    /** The code of a cell placed by its page's own starts. */
    static final String OWN_GRID = "page-grid-placed";
    /** The code of a cell kept out of a label column holding its own label. */
    static final String LABEL_HELD = "label-column-held";

    /** The code of a cell placed in a column by its heading word's start, the column's cells giving none. */
    static final String HEADING_START = "heading-start-placed";

    private final TreeMap<Integer, List<Diagnostic>> byLine = new TreeMap<>();

    private void add(int line, String code, String message) {
        byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(new Diagnostic(code, message, Locator.line(line)));
    }

    /**
     * Records {@code kept}, a later page's line kept in the split's columns round a wrapped label, when it is the row's
     * own line ({@code line}, not one of the label's halves); returns it.
     */
    LaidOutTable.Line labelRound(LaidOutTable.Line kept, LaidOutTable.Line line) {
        if (kept != line) {
            return kept;
        }
        add(kept.number(), LABEL_ROUND, "a later page's row printed between the halves of its category label (line "
                + kept.number() + "): its cells kept in the columns the split gave them, the label's halves joined in their column");
        return kept;
    }

    /** Records a value the split cut at a space inside it on a packed page, joined again ({@link ValueClauses#splitJoined}). */
    void split(int line, String first, String rest) {
        add(line, ValueClauses.SPLIT_CODE, "\"" + first.strip() + "\" in the name column and \"" + rest.strip() + "\" one space after it"
                + " (line " + line + ", a later page on a grid of its own) read as one value: its first clause compares a figure,"
                + " its rest names none");
    }

    /** Records a cell kept in its column after a cell printed left of its own ({@link PackedLineCells#stays}). */
    void packedKept(LaidOutTable.Line l, int c, int to) {
        add(l.number(), PackedLineCells.CODE, "\"" + l.texts()[c].strip() + "\" (line " + l.number() + ") kept in column " + (c + 1)
                + ": it starts nearer column " + (to + 1) + "'s usual start only as far as \"" + l.texts()[to].strip()
                + "\" before it is printed left of its own (a packed line)");
    }

    /**
     * Records a cell moved into column {@code to}, whose usual start is its heading word's ({@link ColumnStarts#orHeading}):
     * {@code cells} are the usual starts the cells alone give (-1 where none).
     */
    void headingStart(LaidOutTable.Line l, int c, int to, int[] cells, int[] usual) {
        if (to != c && cells[to] < 0 && usual[to] >= 0) {
            add(l.number(), HEADING_START, "\"" + l.texts()[c].strip() + "\" (line " + l.number() + ") placed in column " + (to + 1)
                    + " by that column's heading, which starts at " + usual[to] + ": too few of the column's cells say where it starts");
        }
    }

    /**
     * Records a line of a value wrapped round its row's one-line name put in the value's column ({@link ValueRoundName#column})
     * where the usual starts the line is placed by would not have put it there.
     */
    void valueRound(LaidOutTable.Line l, int c, int to, int[] usual) {
        if (nearest(l.starts()[c], c, 0, usual) == to) {
            return;
        }
        add(l.number(), ValueRoundName.CODE, "\"" + l.texts()[c].strip() + "\" (line " + l.number() + ") put in column " + (to + 1)
                + " from column " + (c + 1) + ": a line of a value printed round the one-line name beside it, under that column's heading");
    }

    /**
     * Records a wrapped label's tail put in that label's column ({@link LabelTailUnder#column}) where the usual starts the
     * line is placed by (null on a page placed by its labels, whose label columns take no cell by its start) would not
     * have put it there.
     */
    void labelTail(LaidOutTable.Line l, int c, int to, int[] usual) {
        if (usual != null && nearest(l.starts()[c], c, 0, usual) == to) {
            return;
        }
        add(l.number(), LabelTailUnder.CODE, "\"" + l.texts()[c].strip() + "\" (line " + l.number() + ") put in column " + (to + 1)
                + " from column " + (c + 1) + ": it ends the wrapped label printed above it in that column, under whose first line it stands");
    }

    /**
     * Records where a cell went when the page's own starts or a held label put it elsewhere than the table's usual starts
     * would.
     *
     * @param l     the line
     * @param c     the cell's column as split
     * @param to    the column the cell goes to
     * @param from  the first column a cell may move to
     * @param usual the starts the cell was placed by (the page's own, or the table's), or null on a page placed by its
     *              labels (noted {@code page-realigned} already): nothing recorded
     * @param table the table's usual starts
     */
    void cell(LaidOutTable.Line l, int c, int to, int from, int[] usual, int[] table, List<ColumnFit.Role> roles) {
        cell(l, c, to, from, usual, table, roles, null);
    }

    /** As {@link #cell(LaidOutTable.Line, int, int, int, int[], int[], List)}, {@code above} the line right above as placed, or null. */
    void cell(LaidOutTable.Line l, int c, int to, int from, int[] usual, int[] table, List<ColumnFit.Role> roles, LaidOutTable.Line above) {
        if (usual == null) {
            return;
        }
        int free = nearest(l.starts()[c], c, from, usual);
        if (free != to) {
            String why = TwiceLines.keepsHalf(l.texts()[c], c, free, TwiceLines.secondHalf(roles), roles)
                    ? "a column of the other half of the heading printed twice, not its own column's twin"
                    : LaidOutPages.holdsItsLabel(l, free, roles) ? null : LabelColumnCells.reason(l, free, c, roles);
            why = why != null || LaidOutPages.holdsItsLabel(l, free, roles) ? why : LabelColumnCells.under(above, l, free, c, roles);
            add(l.number(), LABEL_HELD, "\"" + l.texts()[c].strip() + "\" (line " + l.number() + ") kept out of column " + (free + 1)
                    + (why == null ? ", which holds a whole " + (roles.get(free) == ColumnFit.Role.L1 ? "level-1" : "level-2")
                    + " label on the line" : " (" + why + ")") + "; nearest that column's usual start, it stays in column " + (to + 1));
        }
        int plain = usual == table ? free : nearest(l.starts()[c], c, from, table);
        if (plain != free) {
            add(l.number(), OWN_GRID, "\"" + l.texts()[c].strip() + "\" (line " + l.number() + ") placed in column " + (free + 1)
                    + " by its page's own column starts, where the table's usual starts would put it in column " + (plain + 1));
        }
    }

    /** The column whose start in {@code usual} is nearest {@code x} by two or more, from {@code c} on (realigned's way). */
    private static int nearest(int x, int c, int from, int[] usual) {
        int to = c;
        for (int k = from; k < usual.length; k++) {
            if (usual[k] >= 0 && Math.abs(x - usual[k]) + 2 <= Math.abs(x - usual[to])) {
                to = k;
            }
        }
        return to;
    }

    /**
     * Notes on {@code row} every placement recorded on a line up to {@code last} not noted yet, and every one left when
     * the row is the table's last.
     */
    void note(Row row, int last, boolean lastRow, Map<Row, List<Diagnostic>> notes) {
        while (!byLine.isEmpty() && (lastRow || byLine.firstKey() <= last)) {
            notes.computeIfAbsent(row, k -> new ArrayList<>()).addAll(byLine.pollFirstEntry().getValue());
        }
    }
}
