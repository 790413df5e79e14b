package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The goals label printed beside the middle of the lines it heads ({@code 目标1：巩固参保率。} / {@code 年度目标 目标2：…} /
 * {@code 目标3：…}; {@code 1、完成全县…贫困人} / {@code 绩效目标} / {@code 口待遇提高工作等。}): a form's merged label cell is
 * vertically centred, so {@code pdftotext -layout} prints the goals' first lines on the lines above the label's, where they
 * would be read as the block before it (a money item with no amount, a header cell without a label). The lines right above
 * a goals label's row, each one cell that is no label and no amount, are read as the first of its goals when the label is
 * centred among them: no more lines above it than below it (one more where the label's own line holds no goal text), the
 * lines below being those right under it, each one cell that is no label ({@code goals-around-label}).
 */
final class GoalsAroundLabel {

    /** The shortest line taken: a goal's line, not a wrapped label's tail ({@code 元）}, {@code 途}). */
    private static final int MIN_CHARS = 5;

    private GoalsAroundLabel() {
    }

    /** The rows with each goals label's lines above it read into its row; the same list when there is none. */
    static List<Row> join(List<Row> rows, SheetDraft d) {
        int[] above = new int[rows.size()];
        boolean any = false;
        for (int i = 1; i < rows.size(); i++) {
            above[i] = above(rows, i);
            any |= above[i] > 0;
        }
        if (!any) {
            return rows;
        }
        boolean[] taken = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = i - above[i]; k < i; k++) {
                taken[k] = true;
            }
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (taken[i] && above[i] == 0) {
                continue; // read into the goals label's row below
            }
            if (above[i] == 0) {
                out.add(r);
                continue;
            }
            List<Cell> filled = filled(r);
            Cell head = filled.get(0);
            List<Cell> cells = new ArrayList<>();
            cells.add(head);
            for (int k = i - above[i]; k < i; k++) {
                cells.add(goalLine(rows.get(k)));
            }
            cells.addAll(filled.subList(1, filled.size()));
            out.add(new Row(cells, r.table(), r.at()));
            d.diag("goals-around-label", head.at(), "goals label \"" + Text.clean(head.text()) + "\" printed beside the middle of"
                    + " its lines: " + above[i] + " line(s) above it read as its goals' beginning");
        }
        return out;
    }

    /** How many lines right above row i, a goals label's, are its goals' first lines (0: none, or not a label's row). */
    private static int above(List<Row> rows, int i) {
        Row label = rows.get(i);
        List<Cell> filled = filled(label);
        if (filled.isEmpty() || filled.size() > 2 || !Vocabulary.isGoalsLabel(filled.get(0).text())
                || filled.size() == 2 && !isGoalLine(filled.get(1), 1)) {
            return 0;
        }
        Integer line = label.at().line();
        if (line == null) {
            return 0;
        }
        int below = 0;
        for (int k = i + 1; k < rows.size() && lineOf(rows.get(k)) == line + below + 1 && isGoalLine(goalLine(rows.get(k)), 1); k++) {
            below++; // a goal's last line may be its last word or two (…保持待遇政策的延 / 续性)
        }
        int room = filled.size() == 1 ? below + 1 : below; // the label's line is the middle one, or between two
        int above = 0;
        for (int k = i - 1; k >= 0 && above < room && lineOf(rows.get(k)) == line - above - 1 && isGoalLine(goalLine(rows.get(k)), MIN_CHARS); k--) {
            above++;
        }
        if (filled.size() == 1 && above + below < 2) {
            return 0; // a label alone with one line beside it: nothing says which block the line is of
        }
        return above;
    }

    /** Whether a cell can be a line of a goal: at least {@code least} characters, no label of any block, no amount. */
    private static boolean isGoalLine(Cell c, int least) {
        if (c == null) {
            return false;
        }
        String t = Text.clean(c.text());
        if (t == null || Text.key(t).length() < least) {
            return false;
        }
        return MoneyRows.amount(t) == null && !Vocabulary.isHeaderLabel(t) && !Vocabulary.isKnownHeaderLabel(t)
                && Vocabulary.leadingLabel(t) == null && !Vocabulary.isGoalsLabel(t) && !Vocabulary.isCompletionLabel(t)
                && !Vocabulary.isTasksLabel(t) && !Vocabulary.isManagementLabel(t) && !Vocabulary.isIndicatorBlockLabel(t)
                && !Vocabulary.isIndicatorBlockHead(t) && !Vocabulary.isNoteLabel(t) && !MoneyVocabulary.isMoneyLabel(t)
                && !MoneyVocabulary.isFundingLabel(t) && !MoneyVocabulary.isFundingCaption(t)
                && !MoneyVocabulary.isMoneyColumnHeading(t) && MoneyVocabulary.fundingUnit(t) == null;
    }

    /** The marks that end a clause of prose; a money, header or heading line holds none. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[，。；、,;]");

    /**
     * A row's one cell; or, for a row of several, the line they print when it is a sentence the reader cut at pdftotext's
     * spaces round its numbers ({@code 为全市 | 65 | 岁以上老年人提供免费健康体检 | 5 | 万人次，建立…}): it holds a clause mark,
     * every cell is a number or could be a goal's words, and no two cells of words stand side by side (two goal columns
     * printed beside each other, a 中期目标 and a 年度目标, are two cells of words); otherwise null.
     */
    static Cell goalLine(Row r) {
        List<Cell> f = filled(r);
        if (f.size() == 1) {
            return f.get(0);
        }
        if (f.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean number = true; // two cells of words side by side are two columns (中期目标 | 年度目标), not one cut line
        for (Cell c : f) {
            String t = Text.clean(c.text());
            boolean isNumber = t != null && NUMBER.matcher(t).matches();
            if (t == null || !(isNumber || isGoalLine(c, 1)) || !isNumber && !number) {
                return null;
            }
            number = isNumber;
            b.append(b.length() == 0 ? "" : " ").append(t);
        }
        return CLAUSE.matcher(b).find() ? new Cell(b.toString(), f.get(0).at()) : null;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

    private static int lineOf(Row r) {
        Integer l = r.at().line();
        return l == null ? Integer.MIN_VALUE : l;
    }

    private static List<Cell> filled(Row r) {
        List<Cell> cells = r.cells();
        List<Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) { // indexed: no iterator per row
            Cell c = cells.get(i);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static Cell only(Row r) {
        List<Cell> f = filled(r);
        return f.size() == 1 ? f.get(0) : null;
    }
}
