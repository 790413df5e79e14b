package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/** A page's goals (总体目标, 中期目标 | 年度目标) and completion text, and the vertical labels they share with the funding block. */
abstract class PdfTextGoals extends PdfTextHeader {
    PdfTextGoals(List<Line> lines) {
        super(lines);
    }

    // ------------------------------------------------------------ goals

    /** The lines [from, to) of one block spelling {@code label} (总体目 / 标完成 / 情况), or null; marks them used. */
    int[] spelled(String label, int from) {
        String want = key(label);
        for (int i = from; i < lines.size(); i++) {
            // the lines' keys joined, compared with the label's piece by piece as they come (no joined text made)
            int length = 0;
            boolean same = true;
            int j = i;
            while (j < lines.size() && !used[j] && length < want.length() && lines.get(j).block() == lines.get(i).block()) {
                String k = lines.get(j).key();
                same &= want.startsWith(k, length);
                length += k.length();
                j++;
            }
            if (j > i && same && length == want.length()) {
                for (int k = i; k < j; k++) {
                    used[k] = true;
                }
                return new int[] {i, j};
            }
        }
        return null;
    }

    /**
     * The goals of a self-evaluation sheet printed one cell per paragraph: the headings 总体目标
     * and 全年实际完成情况, the numbered goal lines after them (目标 1：…, wrapped lines joined) and
     * the completion text printed among them. Emitted as
     * {@code 总体目标完成情况 | 总体目标 | 全年实际完成情况} and {@code | goals | completion}.
     */
    void readCompletion() {
        int c = -1;
        for (int i = 0; i < lines.size() && c < 0; i++) {
            if (!used[i] && lines.get(i).key().equals("全年实际完成情况")) {
                c = i;
            }
        }
        if (c < 0) {
            return;
        }
        List<Line> goalLines = new ArrayList<>();
        List<Line> done = new ArrayList<>();
        boolean inGoal = false;
        for (int i = c + 1; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            Line l = lines.get(i);
            String k = l.key();
            if (k.equals("总体目标完成情况") || k.equals("总体目标")) {
                continue; // a heading printed among the goals: taken below
            }
            if (Rx.find(NUMBERING, l.text())) {
                goalLines.add(l);
                used[i] = true;
                inGoal = true;
            } else if (structural(l.text()) || verticalAt(i) || k.length() > 0 && spelledAt(i, "总体目标完成情况")) {
                if (k.length() > 0 && spelledAt(i, "总体目标完成情况")) {
                    spelled("总体目标完成情况", i); // the heading wrapped among the goals (总体目标完 / 成情况)
                    continue;
                }
                break;
            } else if (inGoal && l.block() == goalLines.get(goalLines.size() - 1).block()
                    && !Rx.matches(goalLines.get(goalLines.size() - 1).text(), ".*[。；;]\\s*$")) {
                goalLines.add(l);
                used[i] = true;
            } else if (goalLines.isEmpty() && l.block() != lines.get(c).block() && lines.get(i - 1).block() != l.block()
                    && k.length() >= 8) {
                // one unnumbered goal: the whole paragraph after the headings is the goal cell, the
                // next paragraph the completion cell
                int j = i;
                while (j < lines.size() && !used[j] && lines.get(j).block() == l.block()) {
                    goalLines.add(lines.get(j));
                    used[j] = true;
                    j++;
                }
                i = j - 1;
                inGoal = false;
            } else if (!goalLines.isEmpty() && done.isEmpty()) {
                for (int j = i; j < lines.size() && !used[j] && lines.get(j).block() == l.block()
                        && !Rx.find(NUMBERING, lines.get(j).text()) && !structural(lines.get(j).text()); j++) {
                    done.add(lines.get(j));
                    used[j] = true;
                }
                inGoal = false;
            } else {
                break;
            }
        }
        if (goalLines.isEmpty()) {
            return;
        }
        if (done.isEmpty()) {
            done = widePargraph(c + 1);
        }
        used[c] = true;
        Line h = lines.get(c);
        String goalHead = "总体目标";
        int[] g = spelled("总体目标", 0);
        int[] label = spelled("总体目标完成情况", 0);
        int at = label != null ? lines.get(label[0]).no() : g != null ? lines.get(g[0]).no() : h.no();
        goals.add(new Row(List.of(new Cell("总体目标完成情况", new Locator(at, 1, null)),
                new Cell(goalHead, new Locator(g != null ? lines.get(g[0]).no() : at, 2, null)),
                new Cell(h.text(), new Locator(h.no(), 3, null))), true, Locator.line(at)));
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("", new Locator(goalLines.get(0).no(), 1, null)));
        cells.add(new Cell(joinLines(goalLines), new Locator(goalLines.get(0).no(), 2, null)));
        if (!done.isEmpty()) {
            cells.add(new Cell(joinLines(done), new Locator(done.get(0).no(), 3, null)));
        }
        goals.add(new Row(cells, true, Locator.line(goalLines.get(0).no())));
    }

    /**
     * The completion text printed further down, among the indicator cells (its cell is as tall
     * as the goals and pdftotext reads it with the table's next column): the first unused
     * paragraph after {@code from} whose first line is as wide as only the wide completion
     * column prints (20 characters or more, every indicator column being narrower), a sentence
     * ending in 。 of 30 characters or more. Its lines are marked used; empty if none.
     */
    List<Line> widePargraph(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (used[i] || i > 0 && lines.get(i - 1).block() == lines.get(i).block()) {
                continue;
            }
            int j = i;
            StringBuilder b = new StringBuilder();
            while (j < lines.size() && !used[j] && lines.get(j).block() == lines.get(i).block()) {
                b.append(lines.get(j).key());
                j++;
            }
            String t = b.toString();
            if (lines.get(i).key().length() >= 20 && t.length() >= 30 && t.endsWith("。")
                    && !Rx.find(NUMBERING, lines.get(i).text()) && !structural(lines.get(i).text())) {
                List<Line> out = new ArrayList<>(lines.subList(i, j));
                for (int k = i; k < j; k++) {
                    used[k] = true;
                }
                return out;
            }
        }
        return new ArrayList<>();
    }

    /** Whether the unused lines from i on, in one block, spell {@code label}; marks nothing. */
    boolean spelledAt(int i, String label) {
        String want = key(label);
        StringBuilder b = new StringBuilder();
        for (int j = i; j < lines.size() && !used[j] && b.length() < want.length() && lines.get(j).block() == lines.get(i).block(); j++) {
            b.append(lines.get(j).key());
        }
        return b.toString().equals(want);
    }

    /** The goals' text row whose two columns were printed interleaved and dealt back ({@link PdfTextGoalColumns}), or null. */
    Row goalColumnsDealt;

    void readGoals(boolean twoPeriods) {
        int head = -1;
        // a line naming a period (中期目标 …, 年度目标) comes before a lone 总体目标 row label
        for (int pass = 0; pass < 2 && head < 0; pass++) {
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            String[] parts = lines.get(i).parts();
            if (isPeriodHead(lines.get(i).text())) {
                parts = new String[] {lines.get(i).text()}; // 中期目标（2020-2022 年）: a space before 年
            }
            boolean allGoalLabels = parts.length >= 1;
            boolean anyPeriod = false;
            for (String p : parts) {
                String k = key(p);
                boolean project = Vocabulary.isProjectGoalsLabel(p);
                boolean g = k.startsWith("中期目标") || k.startsWith("年度目标") || k.equals("总体目标")
                        || k.equals("年度绩效目标") || k.equals("绩效目标") || project;
                allGoalLabels &= g;
                anyPeriod |= k.startsWith("中期目标") || k.startsWith("年度目标") || project;
            }
            if (allGoalLabels && (anyPeriod || pass == 1 && parts.length == 1)) {
                head = i;
                break;
            }
        }
        }
        Line h = head < 0 ? null : lines.get(head);
        if (h != null && twoPeriods && h.key().startsWith("中期目标") && isPeriodHead(h.text())) {
            // the annual head printed as its own paragraph right after the mid-term one
            for (int j = head + 1; j < Math.min(lines.size(), head + 3); j++) {
                if (!used[j] && lines.get(j).key().startsWith("年度目标") && isPeriodHead(lines.get(j).text())) {
                    used[head] = true;
                    head = j;
                    h = new Line(h.no(), h.key() + " " + lines.get(j).key(), h.block());
                    break;
                }
            }
        }
        boolean sideBySide = false;
        if (h != null && Vocabulary.isProjectGoalsLabel(h.text())) {
            // the project's goals beside the year's (项目总目标 | 年度总体目标), the second head printed apart
            int rowLabels = 0;
            for (int j = head + 1; j < Math.min(lines.size(), head + 3 + rowLabels); j++) {
                String t = lines.get(j).text();
                if (!used[j] && key(t).equals("总体目标") && rowLabels == 0) {
                    rowLabels++; // the row's own label (总体目标) printed between the two column heads
                    continue;
                }
                if (!used[j] && Vocabulary.isGoalsLabel(t) && !Vocabulary.isProjectGoalsLabel(t)) {
                    used[head] = true;
                    head = j;
                    h = new Line(h.no(), h.key() + " " + key(t), h.block());
                    sideBySide = true;
                    break;
                }
            }
        }
        int laterHead = h != null && !sideBySide && Vocabulary.isProjectGoalsLabel(h.text()) ? laterYearHead(head) : -1;
        if (head < 0) {
            // a goal label printed vertically (年\n度\n目\n标): the text follows it
            for (String label : List.of("年度绩效目标", "年度目标", "总体目标", "绩效目标")) {
                int[] run = verticalRun(label);
                if (run != null) {
                    head = run[1] - 1;
                    h = new Line(lines.get(run[0]).no(), label, lines.get(head).block());
                    break;
                }
            }
            if (head < 0) {
                return;
            }
        }
        used[head] = true;
        // the goal text: the following lines up to the next structural line
        List<List<Line>> blocks = new ArrayList<>();
        for (int i = head + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!used[i] && l.key().equals("总体目标") && (twoPeriods || sideBySide || laterHead >= 0)
                    && !List.of(h.parts()).contains("总体目标")) {
                used[i] = true; // the row label printed inside the goal text (a merged cell to the left)
                continue;
            }
            if (used[i] || endsGoal(i)) {
                break;
            }
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).block() != l.block()) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(l);
            used[i] = true;
        }
        if (blocks.isEmpty() && !twoPeriods) {
            // the text printed apart (one cell per paragraph): the next paragraph that is no label
            for (int i = head + 1; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (isTitle(l.text()) || TABLE_HEADER.contains(l.key()) && !l.key().equals("绩效指标")) {
                    break;
                }
                if (used[i] || apartSkip(l.text())) {
                    continue;
                }
                List<Line> ls = new ArrayList<>();
                for (int j = i; j < lines.size() && lines.get(j).block() == l.block() && !used[j]
                        && (j == i || !endsGoal(j)); j++) {
                    ls.add(lines.get(j));
                    used[j] = true;
                }
                blocks.add(ls);
                break;
            }
        }
        if (laterHead >= 0 && PdfTextGoalColumns.split(flatLines(blocks)) != null) {
            // the year's head printed further down (after the table's first labels), its column with the project's
            used[laterHead] = true;
            h = new Line(h.no(), h.key() + " " + lines.get(laterHead).key(), h.block());
            sideBySide = true;
        }
        List<String> heads = new ArrayList<>(List.of(h.parts()));
        String rowLabel = "总体目标";
        for (int i = 0; i < lines.size(); i++) {
            if (!used[i] && lines.get(i).key().equals("总体目标")) {
                used[i] = true;
            }
        }
        consumeVertical("总体目标");
        List<Cell> headCells = new ArrayList<>();
        headCells.add(new Cell(rowLabel, new Locator(h.no(), 1, null)));
        for (String s : heads) {
            if (!key(s).equals("总体目标")) {
                headCells.add(new Cell(s, new Locator(h.no(), headCells.size() + 1, null)));
            }
        }
        int columns = Math.max(1, headCells.size() - 1);
        List<Line> second = sideBySide && columns >= 2 ? secondColumnAfterLabels(blocks) : null;
        List<List<Line>> interleaved = second == null && sideBySide && columns >= 2 ? PdfTextGoalColumns.split(flatLines(blocks)) : null;
        List<List<List<Line>>> groups = second != null ? List.of(blocks, List.of(second))
                : interleaved != null ? List.of(List.of(interleaved.get(0)), List.of(interleaved.get(1)))
                : splitBlocks(blocks, (twoPeriods || sideBySide) && columns >= 2 ? 2 : 1);
        List<Cell> textCells = new ArrayList<>();
        textCells.add(new Cell("", new Locator(h.no(), 1, null)));
        int at = h.no();
        for (List<List<Line>> g : groups) {
            List<Line> ls = new ArrayList<>();
            g.forEach(ls::addAll);
            if (ls.isEmpty()) {
                textCells.add(new Cell("", Locator.UNKNOWN));
            } else {
                textCells.add(new Cell(joinLines(ls), new Locator(ls.get(0).no(), textCells.size() + 1, null)));
                at = Math.min(at == h.no() ? ls.get(0).no() : at, ls.get(0).no());
            }
        }
        if (textCells.size() == 2 && headCells.size() <= 2) {
            // one period: a label / text row (年度目标 | text)
            Cell label = headCells.get(headCells.size() - 1);
            goals.add(new Row(List.of(new Cell(label.text(), new Locator(h.no(), 1, null)),
                    new Cell(textCells.get(1).text(), new Locator(textCells.get(1).at().line(), 2, null))), true,
                    Locator.line(h.no())));
            return;
        }
        goals.add(new Row(headCells, true, Locator.line(h.no())));
        goals.add(new Row(textCells, true, Locator.line(at)));
        if (interleaved != null || laterHead >= 0 && sideBySide) {
            goalColumnsDealt = goals.get(goals.size() - 1);
        }
    }

    /**
     * The second goal column printed after the table's first labels (项目总目标 text, then 一级指标 /
     * 产出指标 / 绩效指标, then the 年度总体目标 text): a numbered list starting as the first column
     * does, before the indicator heading is complete; its lines are marked used. Null when there is none.
     */
    List<Line> secondColumnAfterLabels(List<List<Line>> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        Line firstGoal = blocks.get(0).get(0);
        Matcher m = NUMBERING.matcher(firstGoal.key());
        if (!m.find()) {
            return null;
        }
        String number = m.group();
        int i = lines.indexOf(blocks.get(blocks.size() - 1).get(blocks.get(blocks.size() - 1).size() - 1)) + 1;
        int labels = 0;
        while (i < lines.size() && !used[i] && isVocabulary(lines.get(i).key()) && !lines.get(i).key().equals("三级指标")) {
            i++;
            labels++;
        }
        if (labels == 0 || i >= lines.size() || used[i] || !lines.get(i).key().startsWith(number)) {
            return null;
        }
        List<Line> out = new ArrayList<>();
        for (int j = i; j < lines.size() && !used[j] && (j == i || !endsGoal(j)); j++) {
            out.add(lines.get(j));
            used[j] = true;
        }
        return out;
    }

    /**
     * The year's goal head (年度总体目标) printed alone further down the page after the project's (项目总目标),
     * before the next title: its line, or -1.
     */
    int laterYearHead(int head) {
        for (int j = head + 1; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (isTitle(t)) {
                break;
            }
            if (!used[j] && Vocabulary.isGoalsLabel(t) && !Vocabulary.isProjectGoalsLabel(t) && !key(t).equals("总体目标")
                    && lines.get(j).parts().length == 1) {
                return j;
            }
        }
        return -1;
    }

    /** A period's goal head alone on its line: 中期目标（2020-2022 年）, 年度目标. */
    static boolean isPeriodHead(String t) {
        return Rx.matches(key(t), "(中期目标|年度目标)([(（][^()（）]{0,20}[)）])?");
    }

    /** Whether line i ends a goal text: the next element, or a label wrapped over two lines (一级指 / 标). */
    boolean endsGoal(int i) {
        Line l = lines.get(i);
        return structural(l.text()) || verticalAt(i) || i + 1 < lines.size() && l.key().length() < 6
                && isVocabulary(key(l.text() + lines.get(i + 1).text()));
    }

    /** Splits blocks into n groups: two equal texts when two periods print the same goal. */
    static List<List<List<Line>>> splitBlocks(List<List<Line>> blocks, int n) {
        List<List<List<Line>>> out = new ArrayList<>();
        if (n == 1 || blocks.size() < 2) {
            out.add(blocks);
            if (n == 2) {
                out.add(List.of());
            }
            return out;
        }
        int best = blocks.size() / 2;
        for (int k = 1; k < blocks.size(); k++) {
            if (flat(blocks.subList(0, k)).equals(flat(blocks.subList(k, blocks.size())))) {
                best = k;
                break;
            }
        }
        if (best == blocks.size() / 2 && blocks.size() % 2 == 0 && !flat(blocks.subList(0, best)).equals(flat(blocks.subList(best, blocks.size())))) {
            // each line printed left copy then right copy: the same text taken every other paragraph
            List<List<Line>> even = new ArrayList<>();
            List<List<Line>> odd = new ArrayList<>();
            for (int k = 0; k < blocks.size(); k++) {
                (k % 2 == 0 ? even : odd).add(blocks.get(k));
            }
            if (flat(even).equals(flat(odd))) {
                out.add(even);
                out.add(odd);
                return out;
            }
        }
        out.add(blocks.subList(0, best));
        out.add(blocks.subList(best, blocks.size()));
        return out;
    }

    static List<Line> flatLines(List<List<Line>> blocks) {
        List<Line> out = new ArrayList<>();
        blocks.forEach(out::addAll);
        return out;
    }

    static String flat(List<List<Line>> blocks) {
        StringBuilder b = new StringBuilder();
        blocks.forEach(bl -> bl.forEach(l -> b.append(l.key())));
        return b.toString();
    }

    /** Whether a line starts a new element of the form (not part of a goal text). */
    boolean structural(String t) {
        String k = key(t);
        String first = Rx.splitSpaces(t)[0];
        return isTitle(t) || isHeaderLine(t) || isVocabulary(k) || TABLE_HEADER.contains(key(first)) || isFundingLabel(first)
                || isAmount(first)
                || k.equals("项目") || k.equals("资金") || k.equals("(万元)") || headingStart(k) || rowNumberHeading(t);
    }

    /**
     * The indicator table's row-number heading (序号, {@link Vocabulary#isRowNumberHeading}) printed alone or
     * before the table's heading words (序号 一级指标): the table starts there, the goal text above ends (tprint23).
     */
    static boolean rowNumberHeading(String t) {
        String[] parts = Rx.splitSpaces(t.strip());
        return Vocabulary.isRowNumberHeading(t)
                || parts.length > 1 && Vocabulary.isRowNumberHeading(parts[0]) && TABLE_HEADER.contains(key(parts[1]));
    }

    /** A line holding only the first piece of a wrapped table heading (绩效 of 绩效指标, 一级指 of 一级指标). */
    static boolean headingStart(String k) {
        return k.length() >= 2 && TABLE_HEADER.stream().anyMatch(h -> h.length() > k.length() && h.startsWith(k));
    }

    /** Whether line i starts a vertical label: it and the next line hold one character each. */
    boolean verticalAt(int i) {
        return i + 1 < lines.size() && lines.get(i).key().codePointCount(0, lines.get(i).key().length()) == 1
                && lines.get(i + 1).key().codePointCount(0, lines.get(i + 1).key().length()) == 1;
    }

    /** The unused lines [from, to) spelling a label vertically, or null; marks them used. */
    int[] verticalRun(String label) {
        String want = key(label);
        for (int i = 0; i < lines.size(); i++) {
            int j = spells(i, want, true);
            if (j >= 0) {
                for (int k = i; k < j; k++) {
                    used[k] = true;
                }
                return new int[] {i, j};
            }
        }
        return null;
    }

    /** Marks the lines spelling a label vertically (one or a few characters per line) as used. */
    boolean consumeVertical(String label) {
        String want = key(label);
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            int j = spells(i, want, false);
            if (j >= 0) {
                for (int k = i; k < j; k++) {
                    used[k] = true;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the unused lines from {@code i} whose keys, joined while shorter than {@code want},
     * spell {@code want}, two lines at least; else -1. With {@code short}, only lines of at most three
     * characters in line i's block. The same as joining the keys and comparing the join, without
     * making it: the join only grows, so it stops as soon as it is no prefix of {@code want}.
     */
    private int spells(int i, String want, boolean shortLines) {
        int pos = 0;
        int j = i;
        while (j < lines.size() && !used[j] && pos < want.length()
                && (!shortLines || lines.get(j).key().length() <= 3 && lines.get(j).block() == lines.get(i).block())) {
            String k = lines.get(j).key();
            if (!want.startsWith(k, pos)) {
                return -1;
            }
            pos += k.length();
            j++;
        }
        return pos == want.length() && j - i >= 2 ? j : -1;
    }
}
