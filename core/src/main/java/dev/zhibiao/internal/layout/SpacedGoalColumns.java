package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * Two goal columns side by side in space-aligned text, under a line that names them
 * ({@code 项目总目标  年度总体目标}, after the block's label 总体目标 or without it; or a self-evaluation's
 * {@code 预期目标  实际完成情况}, the goals and what was done): each printed line
 * below holds a piece of one column or of both, and the block's label may stand at the left of a
 * line in the middle of the block (a label centred on the merged cell). Read as one cell per
 * word, the lines of both columns ran into one (the project's goals among the year's). Each line
 * is placed under the headings by where its words are printed: words left of the middle between
 * the two headings in the left column, the rest in the right, and the block's label at the far
 * left in a cell of its own ahead of them, so that {@link HeaderBlock} reads each column apart.
 */
final class SpacedGoalColumns {

    /**
     * The goal headings of a line.
     *
     * @param left      the left heading's printed column
     * @param right     the right heading's printed column
     * @param leftCell  the left heading's cell number in its row (1-based)
     * @param rightCell the right heading's cell number in its row
     */
    record Heads(int left, int right, int leftCell, int rightCell) {
    }

    private SpacedGoalColumns() {
    }

    /**
     * The two goal headings of a line: two goals labels, one of them the project's (项目总目标,
     * 中期目标), optionally after the block's goals label (总体目标); else null.
     */
    static Heads heads(List<ColumnFit.Tok> toks) {
        int from = toks.size() == 3 ? 1 : 0;
        if (toks.size() != 2 && toks.size() != 3) {
            return null;
        }
        for (int i = 0; i < toks.size(); i++) {
            if (!Vocabulary.isGoalsLabel(toks.get(i).text()) && !(i == toks.size() - 1 && completionHeads(toks, from))) {
                return null;
            }
        }
        ColumnFit.Tok a = toks.get(from);
        ColumnFit.Tok b = toks.get(from + 1);
        if (completionHeads(toks, from) && b.column() > a.column()) {
            return new Heads(a.column(), b.column(), from + 1, from + 2);
        }
        if (from == 1 && Vocabulary.isProjectGoalsLabel(toks.get(0).text())
                || Vocabulary.isProjectGoalsLabel(a.text()) == Vocabulary.isProjectGoalsLabel(b.text())
                || b.column() <= a.column()) {
            return null;
        }
        return new Heads(a.column(), b.column(), from + 1, from + 2);
    }

    /**
     * Whether the line from {@code from} is the goals' heading and what was done beside it (预期目标 | 实际完成情况, a
     * self-evaluation's goals block, after its label 年度总体目标 or without it): a goals label, not the project's, then a
     * short heading naming the completion ({@link CompletionBlock#isCompletionHeading}).
     */
    private static boolean completionHeads(List<ColumnFit.Tok> toks, int from) {
        return Vocabulary.isGoalsLabel(toks.get(from).text()) && !Vocabulary.isProjectGoalsLabel(toks.get(from).text())
                && (from == 0 || !Vocabulary.isProjectGoalsLabel(toks.get(0).text()))
                && CompletionBlock.isCompletionHeading(toks.get(from + 1).text());
    }

    /**
     * A line under the goal headings as a row on their grid (the block's label if printed at the far
     * left, then the left column's words, then the right's, each cell numbered as its heading), or
     * null where the line is no longer part of the goals: it holds a label (绩效指标, 项目属性, a
     * goals heading) or a table's column heading, or a title starts it.
     */
    static List<Cell> place(int no, List<ColumnFit.Tok> toks, Heads heads) {
        if (toks.isEmpty() || SpacedRows.isTitle(toks.get(0).text())) {
            return null;
        }
        int mid = (heads.left() + heads.right()) / 2;
        String lead = null;
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        StringBuilder last = null;
        for (int i = 0; i < toks.size(); i++) {
            ColumnFit.Tok t = toks.get(i);
            if (i == 0 && t.column() < heads.left() - 1 && Vocabulary.isGoalsLabel(t.text())
                    && !Vocabulary.isProjectGoalsLabel(t.text())) {
                lead = t.text();
                continue;
            }
            if (Vocabulary.isHeaderLabel(t.text()) || MoneyVocabulary.isFundingLabel(t.text()) || Vocabulary.isGoalsLabel(t.text())
                    || Vocabulary.isIndicatorBlockLabel(t.text()) || Vocabulary.column(t.text()) != null) {
                return null;
            }
            // words one space apart run on in the same column (改革和 DRG 试点工作。 crosses the middle)
            // unless numbered as a goal of its own (…巩固项目实 1、确保…: the right column's first goal)
            StringBuilder side = i > 0 && t.gap() <= 1 && last != null && GoalColumns.number(t.text()) == 0 ? last
                    : t.column() < mid ? left : right;
            last = side;
            side.append(side.length() == 0 ? "" : " ").append(t.text());
        }
        List<Cell> cells = new ArrayList<>();
        if (lead != null) {
            cells.add(new Cell(lead, new Locator(no, 0, null)));
        }
        cells.add(new Cell(left.toString(), new Locator(no, heads.leftCell(), null)));
        cells.add(new Cell(right.toString(), new Locator(no, heads.rightCell(), null)));
        return cells;
    }
}
