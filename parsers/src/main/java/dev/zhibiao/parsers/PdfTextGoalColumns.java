package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.GoalColumns;
import dev.zhibiao.parsers.PdfTextReader.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two goal columns side by side (项目总目标 | 年度总体目标) as plain pdftotext prints them: both columns' lines
 * in one run ordered by their height on the page, so the columns' lines interleave, and two lines at the
 * same height are printed as one line with a space between them ({@code …夯实技术基 1、进一步推进…}).
 * Each column is a numbered list (1、…, 2、…) whose goals wrap over lines; the lines are dealt back to
 * their columns: a line printed as two is cut at that space (the left part is the left column's); a
 * numbered line goes to the column whose next number it is; an unnumbered line goes on the goal left
 * open in its column (its last line ends with no 。； and fills the column's width), and when both are open,
 * to the column that took a line least recently (the columns' lines alternate down the page).
 */
final class PdfTextGoalColumns {
    private PdfTextGoalColumns() {
    }

    /** A space between two CJK characters (or a percent and a CJK character), or before a goal's number: where two columns' lines were joined. */
    private static final Pattern JOIN = Pattern.compile("(?<=[\\p{IsHan}，。；、：）》”%])\\s+(?=[\\p{IsHan}（《“]|\\d{1,2}、)");

    /**
     * The two columns' lines, or null when the lines are not two numbered lists (the first line is no
     * goal number 1, or a column's numbers do not follow each other).
     */
    static List<List<Line>> split(List<Line> lines) {
        List<Line> pieces = new ArrayList<>();
        List<Boolean> pairedRight = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text().strip();
            Matcher m = JOIN.matcher(t);
            if (m.find() && m.start() > 0 && !JOIN.matcher(t.substring(m.end())).find()) {
                pieces.add(new Line(l.no(), t.substring(0, m.start()), l.block()));
                pairedRight.add(false);
                pieces.add(new Line(l.no(), t.substring(m.end()), l.block()));
                pairedRight.add(true);
            } else {
                pieces.add(l);
                pairedRight.add(false);
            }
        }
        if (pieces.isEmpty() || GoalColumns.number(pieces.get(0).text()) != 1) {
            return null;
        }
        double full = 0;
        for (Line p : pieces) {
            full = Math.max(full, GoalColumns.width(p.text()));
        }
        List<List<Line>> cols = List.of(new ArrayList<>(), new ArrayList<>());
        int[] last = new int[2];
        int[] when = {-1, -1};
        boolean right = false;
        for (int i = 0; i < pieces.size(); i++) {
            Line p = pieces.get(i);
            int n = GoalColumns.number(p.text());
            int c;
            if (pairedRight.get(i)) {
                c = 1;
            } else if (i + 1 < pieces.size() && pairedRight.get(i + 1)) {
                c = 0;
            } else if (n > 0) {
                c = GoalColumns.column(n, last, open(cols.get(0), 0), open(cols.get(1), 0));
                if (c < 0) {
                    return null;
                }
            } else {
                boolean o0 = open(cols.get(0), full);
                boolean o1 = open(cols.get(1), full);
                if (o0 == o1) {
                    // both (or neither) fill their width: the one whose last line ends no sentence, else the one
                    // that took a line least recently
                    o0 = open(cols.get(0), 0);
                    o1 = open(cols.get(1), 0);
                }
                c = o0 != o1 ? (o0 ? 0 : 1) : when[0] <= when[1] ? 0 : 1;
            }
            if (n > 0) {
                if (last[c] + 1 != n) {
                    return null;
                }
                last[c] = n;
            } else if (cols.get(c).isEmpty()) {
                return null;
            }
            cols.get(c).add(p);
            when[c] = i;
            right |= c == 1;
        }
        return right ? cols : null;
    }

    /**
     * Whether a column's last goal goes on: its last line ends with no 。；, and is about as wide as the widest
     * line of the goals, {@code full} (a wrapped line fills its column; a goal's last line is shorter).
     */
    private static boolean open(List<Line> col, double full) {
        if (col.isEmpty()) {
            return false;
        }
        String t = col.get(col.size() - 1).text().strip();
        return !Rx.matches(t, ".*[。；;！!]$") && GoalColumns.width(t) >= full - 3;
    }
}
