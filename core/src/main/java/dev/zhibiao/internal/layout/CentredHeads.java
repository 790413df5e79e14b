package dev.zhibiao.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table printed as aligned text ({@code pdftotext -layout}) whose heading words stand centred over wide columns and
 * whose cells are printed from their column's left edge: a cell then starts at or left of its column's heading, never
 * right of it. A browser's or LibreOffice's print of a sheet whose indicator headings are header cells ({@code <th>})
 * does this, and with each cell vertically centred in its row the names and the descriptions beside them are printed
 * on different lines ({@code 资助困难群众、弱势群 | ≥30000} / {@code 资助人口参加基本医疗保险人数} / {@code 体参保人数 | 人}):
 * the split places a line's lone text by what it is, and a description reads as a name as well as it reads as a
 * description, so it is put in the name column.
 *
 * <p>The print says so by itself: the name column's cells start in two groups, one left of the name heading by three
 * characters or more (the names, from the column's left edge; two cells or more) and one right of it by two or more
 * (no name starts there under a centred heading), at or left of where the text column after the name (绩效指标描述) is
 * headed; and no cell of the name column starts near its heading (a print with headings over their cells' starts puts
 * its names there). Then each cell of the right group, on a line where that text column is empty, is that column's
 * cell; a right group of one cell only where the text column's own cells, printed beside a name, start as far left as
 * it or further.
 */
final class CentredHeads {
    private CentredHeads() {
    }

    /** The code of the note on a row whose text was moved out of the name column. */
    static final String CODE = "text-under-centred-heading";

    /** How far left of its heading a name starts, at least, for the heading to be centred over it. */
    private static final int LEFT = 3;
    /** How far right of the name heading a cell starts, at least, to be no name under a centred heading. */
    private static final int RIGHT = 2;
    /** The fewest cells of each group. */
    private static final int GROUP = 2;

    /**
     * @param lines   the table's lines, placed in the heading's columns
     * @param roles   the heading's column roles
     * @param heading where each heading word starts, or null
     * @param moved   where the numbers of the lines whose cells were moved go
     * @return the lines, the name column's cells right of its centred heading moved into the text column after it
     */
    static List<LaidOutTable.Line> apart(List<LaidOutTable.Line> lines, List<ColumnFit.Role> roles, int[] heading, Set<Integer> moved) {
        int n = roles.indexOf(ColumnFit.Role.NAME);
        int t = n + 1;
        if (heading == null || heading.length != roles.size() || n < 0 || t >= roles.size() || roles.get(t) != ColumnFit.Role.TEXT
                || heading[n] < 0 || heading[t] <= heading[n] + RIGHT) {
            return lines;
        }
        int left = 0;
        int beside = Integer.MAX_VALUE; // where the text column's cells start beside a name on their line
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LaidOutTable.Line l = lines.get(i);
            String text = l.texts()[n];
            int x = l.starts()[n];
            if (text == null || text.isBlank() || x < 0 || x > heading[t] + 1) {
                continue;
            }
            boolean textBeside = l.texts()[t] != null && !l.texts()[t].isBlank() && l.starts()[t] > x;
            if (textBeside) {
                beside = Math.min(beside, l.starts()[t]);
            }
            if (x <= heading[n] - LEFT) {
                left++;
            } else if (x >= heading[n] + RIGHT) {
                if (!textBeside && (l.texts()[t] == null || l.texts()[t].isBlank())) {
                    right.add(i);
                }
            } else {
                return lines; // a cell of the name column starts under its heading: headings over their cells' starts
            }
        }
        if (left < GROUP || right.isEmpty()) {
            return lines;
        }
        if (right.size() < GROUP) {
            // one such cell: where the text column's own cells start beside the names, as far left as it or further
            for (java.util.Iterator<Integer> it = right.iterator(); it.hasNext(); ) {
                if (beside > lines.get(it.next()).starts()[n] + 1) {
                    it.remove();
                }
            }
        }
        List<LaidOutTable.Line> out = new ArrayList<>(lines);
        for (int i : right) {
            LaidOutTable.Line l = lines.get(i);
            String[] texts = l.texts().clone();
            int[] starts = l.starts().clone();
            texts[n] = null;
            starts[n] = -1;
            LaidOutTable.put(texts, starts, t, l.texts()[n], l.starts()[n]);
            moved.add(l.number());
            out.set(i, new LaidOutTable.Line(l.number(), texts, starts, l.page()));
        }
        return out;
    }

    /** Notes the moves of a row's lines ({@link #CODE}). */
    static void note(Row row, int first, int last, java.util.NavigableSet<Integer> moved,
                     java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        for (Integer k : moved.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, x -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(CODE, "text printed right of the"
                    + " name column's centred heading, where no name of the table starts, read into the text column after it"
                    + " (line " + k + ")", dev.zhibiao.Locator.line(k)));
        }
    }
}
