package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.MoneyVocabulary;
import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.Line;

/**
 * A self-evaluation's money block printed by plain pdftotext one cell (or a few) per paragraph under
 * its column headings ({@code 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分},
 * {@link Vocabulary#isMoneyColumnHeading}), a heading maybe wrapped beside another ({@code 全年预算
 * 全年执行 / 分值 / 数 / 数}). Each row is its label ({@link PdfTextFunding#isMoneyRowLabel}) and its
 * figures, put under the headings in order, a rate ({@code 97.5%}) under the next rate heading; figures
 * printed after a paragraph of another part of the sheet (the goals' label, a tall cell centred beside
 * the block) fill the row's columns left empty; a label printed after the rows, with no figures, is
 * the label of the row printed without one; captions (按收入性质分：) are rows of their own. Emitted on
 * the headings' grid, as the block prints in a table: {@code unit | | headings…} and {@code | label |
 * one cell per heading}, so core reads each figure under its heading (全年预算数 the budget).
 */
final class PdfTextMoneyColumns {

    /** The rows read and the lines they took; null from {@link #read} when there is no such block. */
    record Read(List<Row> rows, List<Integer> taken) {
    }

    private PdfTextMoneyColumns() {
    }

    /** A figure of a money row: an amount, a rate, or a mark for none (—, /). */
    static boolean isFigure(String p) {
        String k = PdfTextReader.key(p);
        return !k.isEmpty() && (PdfTextReader.isAmount(k.endsWith("%") ? k.substring(0, k.length() - 1) : k)
                || k.chars().allMatch(c -> "—-－–/／".indexOf(c) >= 0));
    }

    /** A heading's first piece, its end printed on a later line (全年预算 of 全年预算数, 全年执行 of 全年执行数). */
    static boolean isOpenHeading(String k) {
        return k.length() <= 8 && !MoneyVocabulary.isMoneyColumnHeading(k)
                && MoneyVocabulary.isMoneyColumnHeading(k + "数") && (k.endsWith("预算") || k.endsWith("执行"));
    }

    /**
     * The block from the first unused line before {@code end} whose first piece is a budget heading
     * (年初预算数, 全年预算 cut), or null when the headings there are fewer than three, name no budget
     * and no executed amount or rate, or are followed by no row.
     */
    static Read read(List<Line> lines, boolean[] used, int end, String unitLabel, int unitLine) {
        int start = 0;
        while (start < end && (used[start] || !startsHeadings(lines.get(start)))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        List<Integer> taken = new ArrayList<>();
        List<StringBuilder> heads = new ArrayList<>();
        List<Integer> headAt = new ArrayList<>();
        int i = start;
        for (; i < end; i++) {
            if (used[i]) {
                continue;
            }
            Line l = lines.get(i);
            List<String> parts = List.of(l.parts());
            if (!parts.stream().allMatch(p -> MoneyVocabulary.isMoneyColumnHeading(p) || isOpenHeading(PdfTextReader.key(p))
                    || isHeadingEnd(PdfTextReader.key(p)))) {
                break;
            }
            for (String p : parts) {
                String k = PdfTextReader.key(p);
                if (MoneyVocabulary.isMoneyColumnHeading(p) || isOpenHeading(k)) {
                    heads.add(new StringBuilder(p));
                    headAt.add(l.no());
                } else {
                    StringBuilder open = heads.stream().filter(b -> isOpenHeading(PdfTextReader.key(b.toString())))
                            .findFirst().orElse(null);
                    if (open == null) {
                        return null;
                    }
                    open.append(p);
                }
            }
            taken.add(i);
        }
        List<String> names = heads.stream().map(StringBuilder::toString).toList();
        if (names.size() < 3 || !names.stream().allMatch(MoneyVocabulary::isMoneyColumnHeading)
                || names.stream().noneMatch(n -> n.contains("预算数"))
                || names.stream().noneMatch(n -> n.contains("执行数") || n.contains("执行率"))) {
            return null;
        }
        int n = names.size();
        List<String[]> rows = new ArrayList<>();
        List<int[]> rowAt = new ArrayList<>(); // per row: the label's line, then each figure's line
        List<Row> captions = new ArrayList<>();
        String[] row = null;
        int[] at = null;
        int cursor = 0;
        int skipped = 0;
        boolean late = false; // past a paragraph of another part: figures fill the row's empty columns
        boolean lateDone = false; // a row completed by late figures: no row without a label after it
        for (; i < end; i++) {
            if (used[i]) {
                continue;
            }
            Line l = lines.get(i);
            String[] parts = l.parts();
            if (parts.length == 1 && MoneyVocabulary.isFundingCaption(parts[0])) {
                captions.add(new Row(List.of(new Cell("", new Locator(l.no(), 1, null)),
                        new Cell(parts[0], new Locator(l.no(), 2, null))), true, Locator.line(l.no())));
                taken.add(i);
                continue;
            }
            boolean labelled = parts.length >= 1 && !isFigure(parts[0]) && (PdfTextFunding.isMoneyRowLabel(parts[0])
                    || parts.length == 1 && itemLabel(parts[0]) && figuresAt(lines, used, i + 1, end));
            boolean figures = true;
            for (int p = labelled ? 1 : 0; p < parts.length; p++) {
                figures &= isFigure(parts[p]) || PdfTextReader.key(parts[p]).equals("%");
            }
            if (!figures) {
                // another part of the sheet printed amid the block: the figures after it may still be this row's
                if (row != null && filled(row) > 0 && filled(row) < n && skipped < 2) {
                    skipped++;
                    late = true;
                    int b = l.block();
                    while (i + 1 < end && lines.get(i + 1).block() == b) {
                        i++;
                    }
                    continue;
                }
                break;
            }
            boolean signOnly = parts.length == 1 && PdfTextReader.key(parts[0]).equals("%");
            if (labelled || row == null || !late && !signOnly && filled(row) == n) {
                if (!labelled && lateDone) {
                    break;
                }
                row = new String[n + 1];
                at = new int[n + 1];
                row[0] = labelled ? parts[0] : "";
                at[0] = labelled ? l.no() : 0;
                rows.add(row);
                rowAt.add(at);
                cursor = 0;
                late = false;
            }
            String[] before = row.clone();
            int[] atBefore = at.clone();
            boolean placed = true;
            for (int p = labelled ? 1 : 0; p < parts.length; p++) {
                String k = PdfTextReader.key(parts[p]);
                if (k.equals("%")) {
                    // a rate's sign wrapped onto a line of its own (99.39 / — / %)
                    int r = lastRate(row, names);
                    if (r < 0) {
                        placed = false;
                        break;
                    }
                    row[r + 1] = row[r + 1] + parts[p];
                    continue;
                }
                int s = late ? firstEmpty(row, 0) : slot(row, names, cursor, k.endsWith("%"));
                if (s < 0) {
                    placed = false;
                    break;
                }
                row[s + 1] = parts[p];
                at[s + 1] = l.no();
                cursor = s + 1;
            }
            if (!placed) {
                // the line's figures do not fit the row: it is left as printed, the row as it was
                System.arraycopy(before, 0, row, 0, row.length);
                System.arraycopy(atBefore, 0, at, 0, at.length);
                if (filled(row) == 0 && row[0].isEmpty()) {
                    rows.remove(rows.size() - 1);
                    rowAt.remove(rowAt.size() - 1);
                }
                break;
            }
            taken.add(i);
            if (late && filled(row) == n) {
                late = false;
                lateDone = true;
                row = null;
            }
        }
        // a label printed after the rows, with no figures: the label of the row printed without one
        String[] last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null && !last[0].isEmpty() && filled(last) == 0) {
            for (int r = 0; r < rows.size() - 1; r++) {
                if (rows.get(r)[0].isEmpty()) {
                    rows.get(r)[0] = last[0];
                    rowAt.get(r)[0] = rowAt.get(rows.size() - 1)[0];
                    rows.remove(rows.size() - 1);
                    rowAt.remove(rowAt.size() - 1);
                    break;
                }
            }
        }
        if (rows.stream().noneMatch(r -> filled(r) > 0)) {
            return null;
        }
        int headLine = lines.get(start).no();
        List<Row> out = new ArrayList<>();
        List<Cell> head = new ArrayList<>();
        head.add(new Cell(unitLabel == null ? "资金情况" : unitLabel, new Locator(unitLine > 0 ? unitLine : headLine, 1, null)));
        head.add(new Cell("", new Locator(headLine, 2, null)));
        for (int k = 0; k < n; k++) {
            head.add(new Cell(names.get(k), new Locator(headAt.get(k), k + 3, null)));
        }
        out.add(new Row(head, true, Locator.line(headLine)));
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            int[] lineOf = rowAt.get(r);
            int first = lineOf[0];
            for (int k = 1; k <= n && first == 0; k++) {
                first = lineOf[k];
            }
            List<Cell> cs = new ArrayList<>();
            cs.add(new Cell("", new Locator(first, 1, null)));
            cs.add(new Cell(cells[0], new Locator(lineOf[0] > 0 ? lineOf[0] : first, 2, null)));
            for (int k = 1; k <= n; k++) {
                cs.add(new Cell(cells[k] == null ? "" : cells[k], new Locator(lineOf[k] > 0 ? lineOf[k] : first, k + 2, null)));
            }
            out.add(new Row(cs, true, Locator.line(first)));
        }
        out.addAll(captions);
        return new Read(out, taken);
    }

    /**
     * A money row's label the vocabulary does not name (其中：基本支出, 项目支出): short, no label of another
     * part of the sheet (a header line, a goal or table heading, a title).
     */
    private static boolean itemLabel(String t) {
        String k = PdfTextReader.key(t);
        return k.length() <= 12 && !PdfTextReader.isTitle(t) && !PdfTextReader.isHeaderLine(t) && !PdfTextReader.isVocabulary(k)
                && !Vocabulary.isGoalsLabel(t) && !MoneyVocabulary.isMoneyColumnHeading(t) && !Rx.matches(k, ".*[0-9%。，；].*");
    }

    /** Whether the next unused line from {@code i} holds figures only. */
    private static boolean figuresAt(List<Line> lines, boolean[] used, int i, int end) {
        while (i < end && used[i]) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        for (String p : lines.get(i).parts()) {
            if (!isFigure(p)) {
                return false;
            }
        }
        return true;
    }

    /** A line starting a money block's headings: its first piece a budget heading, whole or cut. */
    private static boolean startsHeadings(Line l) {
        String[] parts = l.parts();
        if (parts.length == 0) {
            return false;
        }
        String k = PdfTextReader.key(parts[0]);
        return k.contains("预算") && (MoneyVocabulary.isMoneyColumnHeading(parts[0]) && k.endsWith("预算数") || isOpenHeading(k));
    }

    /** The end of a heading cut at its line's end: 数, 率, a column letter ((A), 数(B)). */
    private static boolean isHeadingEnd(String k) {
        return k.length() <= 4 && !k.isEmpty() && Rx.matches(k, "[数率]?(\\([A-Za-z]\\))?");
    }

    private static int filled(String[] row) {
        int c = 0;
        for (int k = 1; k < row.length; k++) {
            c += row[k] == null ? 0 : 1;
        }
        return c;
    }

    private static int firstEmpty(String[] row, int from) {
        for (int k = from; k + 1 < row.length; k++) {
            if (row[k + 1] == null) {
                return k;
            }
        }
        return -1;
    }

    /** The column a figure goes to from {@code cursor}: the next empty one, a rate to the next rate heading. */
    private static int slot(String[] row, List<String> names, int cursor, boolean rate) {
        if (rate) {
            for (int k = cursor; k < names.size(); k++) {
                if (row[k + 1] == null && names.get(k).contains("率")) {
                    return k;
                }
            }
        }
        return firstEmpty(row, cursor);
    }

    /** The rate column of a row whose figure was printed without its % sign, or -1. */
    private static int lastRate(String[] row, List<String> names) {
        for (int k = names.size() - 1; k >= 0; k--) {
            if (names.get(k).contains("率") && row[k + 1] != null && !row[k + 1].endsWith("%") && isFigure(row[k + 1])
                    && PdfTextReader.isAmount(row[k + 1])) {
                return k;
            }
        }
        return -1;
    }
}
