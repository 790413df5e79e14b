package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The lines of a two-period table printed as aligned text ({@code pdftotext -layout}) under a heading that prints its
 * columns twice side by side ({@code 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 一级指标 | 二级指标 | 三级指标 | 指标值}),
 * for {@link SpacedRows}.
 *
 * <p>Each half of such a print drifts on its own: a line's second half starts as much as a half's width left or right
 * of the heading's second half, line by line, so the heading's columns do not part a line's halves. Both periods print
 * the same names and mostly the same values, so a line that prints the same text twice ({@link TwoPeriod#printedTwice})
 * is cut there, each half is placed on the heading's first half (the second half moved by where its words stand against
 * the same words of the first half), and the second half's cells go to the heading's second half. A line that does not
 * print the same text twice is placed as before, on the whole heading.
 */
final class TwiceLines {
    /** The code of the note on a row holding lines cut this way. */
    static final String CODE = "printed-twice-cut";

    private TwiceLines() {
    }

    /**
     * The line's tokens (the second half's moved to where the heading's second half stands) and the runs placed in
     * the heading's columns.
     *
     * @param toks the tokens, the second half's columns moved
     * @param runs the runs, as {@link ColumnFit#split} gives them over the whole heading
     */
    record Cut(List<ColumnFit.Tok> toks, List<ColumnFit.Placed> runs) {
        /** Copies the lists. */
        Cut {
            toks = List.copyOf(toks);
            runs = List.copyOf(runs);
        }
    }

    /**
     * Where the heading's second half starts: its roles after the lead column are the same sequence twice, with a
     * name column in it; else -1.
     */
    static int secondHalf(List<ColumnFit.Role> roles) {
        int from = !roles.isEmpty() && roles.get(0) == ColumnFit.Role.LEAD ? 1 : 0;
        int n = roles.size() - from;
        if (n < 6 || n % 2 != 0) {
            return -1;
        }
        int half = n / 2;
        for (int i = from; i < from + half; i++) {
            if (roles.get(i) != roles.get(i + half) || roles.get(i) == ColumnFit.Role.LEAD) {
                return -1;
            }
        }
        return roles.subList(from, from + half).contains(ColumnFit.Role.NAME) ? from + half : -1;
    }

    /**
     * Whether a cell the line's split placed in column {@code c} of one half of a heading printed twice (its second half
     * from column {@code h}, {@link #secondHalf}; -1: not printed twice) stays out of column {@code k} of the other half:
     * the heading's two 一级指标… runs give each half the same columns, so a cell may go over to its own column's twin
     * there (a value the split gave the first half, printed where the second half's values start), and a label word
     * ({@link #labelWord}) to a label column, but to no other column of that half (the lead column before both halves is
     * neither's). A line's second half drifts left by the wide characters printed before it, so its label piece may
     * start where the first half's values usually do (效益指), and a narrow print's first-half value where the second
     * half's labels do (≥3, 100%).
     *
     * @param text the cell's text
     */
    static boolean keepsHalf(String text, int c, int k, int h, List<ColumnFit.Role> roles) {
        return h > 0 && (c >= h) != (k >= h) && roles.get(c) != roles.get(k) && roles.get(c) != ColumnFit.Role.LEAD
                && roles.get(k) != ColumnFit.Role.LEAD && !(LaidOutTable.isLabel(roles.get(k)) && labelWord(text));
    }

    /**
     * A line under a heading printed twice, cut where it prints the same text twice and each half placed on its half
     * of the heading; null when the heading is not printed twice, the line does not print its text twice, or a half
     * does not fit its columns.
     *
     * @param toks   the line's tokens
     * @param roles  the heading's roles
     * @param starts where each heading column starts (aligned text)
     * @param limits where each column's cells end at the latest, or null
     */
    static Cut cut(List<ColumnFit.Tok> toks, List<ColumnFit.Role> roles, int[] starts, int[] limits) {
        return cut(toks, roles, starts, limits, null);
    }

    /**
     * As {@link #cut(List, List, int[], int[])}, handing the line's runs over the whole heading to {@code whole} when it
     * placed them ({@link ColumnFit#split} of the line as it stands, which the caller places when no cut is made, so it
     * is not placed twice).
     *
     * @param whole where the split of the line as it stands goes when made (at most one element, null among them when
     *              it does not fit), or null
     */
    static Cut cut(List<ColumnFit.Tok> toks, List<ColumnFit.Role> roles, int[] starts, int[] limits,
            List<List<List<ColumnFit.Placed>>> whole) {
        int h = starts == null ? -1 : secondHalf(roles);
        if (h < 0 || toks.size() < 2) {
            return null;
        }
        List<Cell> cells = new ArrayList<>(toks.size());
        for (ColumnFit.Tok t : toks) {
            cells.add(new Cell(t.text(), Locator.line(0)));
        }
        int k = TwoPeriod.printedTwice(cells);
        if (k <= 0) {
            return null;
        }
        List<List<ColumnFit.Placed>> asItStands = ColumnFit.split(toks, roles, starts, limits, false);
        if (whole != null) {
            whole.add(asItStands);
        }
        int from = roles.get(0) == ColumnFit.Role.LEAD ? 1 : 0;
        boolean lone = k == 1 && toks.size() == 2 && (!labelWord(toks.get(0).text()) || ColumnFit.isWholeCategory(toks.get(0).text()));
        if (asItStands != null && asItStands.size() == 1 && apart(asItStands.get(0), k, h)
                && (!lone || asItStands.get(0).size() == 2
                        && asItStands.get(0).get(1).column() - h == asItStands.get(0).get(0).column() - from)) {
            return null; // the heading's columns part the halves as they stand (a lone word in the same column of each)
        }
        int shift = shift(toks, k, starts[h] - starts[from]);
        if (lone) {
            return lone(toks, roles, starts, from, h, shift);
        }
        List<ColumnFit.Tok> second = new ArrayList<>();
        for (ColumnFit.Tok t : toks.subList(k, toks.size())) {
            second.add(new ColumnFit.Tok(t.text(), t.column() - shift, t.gap()));
        }
        List<ColumnFit.Tok> moved = new ArrayList<>(toks.subList(0, k));
        int at = starts[h] - starts[from]; // the second half in the heading's second half
        for (ColumnFit.Tok t : second) {
            moved.add(new ColumnFit.Tok(t.text(), t.column() + at, t.gap()));
        }
        List<List<ColumnFit.Placed>> both = ColumnFit.split(moved, roles, starts, limits, false);
        if (both != null && both.size() == 1 && apart(both.get(0), k, h)) {
            return new Cut(toks, both.get(0)); // the halves parted once the second stands where its heading does
        }
        return null;
    }

    /**
     * A line whose halves are one word each, the same, and no label's (a unit or a value's last line: {@code 元/台 …
     * 元/台}, {@code 长期 … 长期}): the whole heading's placement may put both in one half, or each in another column.
     * Both go to the same column of their half: a unit cut from its number to the half's unit column, else to its
     * value column, and so does a word that reads as a value ({@code 100%}: {@link ColumnFit#fit} at its most); any
     * other word to the column whose start is nearest its own (its two starts averaged, the second half's moved as
     * {@link #shift} says). The line's printed starts are left as printed.
     */
    static Cut lone(List<ColumnFit.Tok> toks, List<ColumnFit.Role> roles, int[] starts, int from, int h, int shift) {
        ColumnFit.Tok first = toks.get(0);
        List<ColumnFit.Role> half = roles.subList(from, h);
        int c = -1;
        Vocabulary.Category cat = ColumnFit.isWholeCategory(first.text()) ? ColumnFit.category(first.text()) : null;
        if (cat != null) {
            c = half.indexOf(cat.level() == Vocabulary.Level.L1 ? ColumnFit.Role.L1 : ColumnFit.Role.L2);
            if (c < 0) {
                return null;
            }
        } else if (ColumnFit.isUnit(first.text())) {
            c = half.contains(ColumnFit.Role.UNIT) ? half.indexOf(ColumnFit.Role.UNIT) : half.indexOf(ColumnFit.Role.VALUE);
        } else if (ColumnFit.fit(first.text(), ColumnFit.Role.VALUE) >= ColumnFit.maxFit(ColumnFit.Role.VALUE)) {
            c = half.indexOf(ColumnFit.Role.VALUE);
        }
        if (c < 0) {
            int at = (first.column() + toks.get(1).column() - shift) / 2;
            c = 0;
            for (int i = 1; i < half.size(); i++) {
                if (Math.abs(starts[from + i] - at) < Math.abs(starts[from + c] - at)) {
                    c = i;
                }
            }
        }
        return new Cut(toks, List.of(new ColumnFit.Placed(from + c, 0, 1), new ColumnFit.Placed(h + c, 1, 2)));
    }

    /** Whether a word may stand in a label column: a category label, its start, middle or last characters (效益, 度指, 标). */
    static boolean labelWord(String text) {
        return ColumnFit.fit(text, ColumnFit.Role.L1) >= 0 || ColumnFit.fit(text, ColumnFit.Role.L2) >= 0
                || ColumnFit.fit(text, ColumnFit.Role.LEAD) >= 0;
    }

    /** Whether the runs keep the tokens before {@code k} left of column {@code h} and the others from it on. */
    static boolean apart(List<ColumnFit.Placed> runs, int k, int h) {
        for (ColumnFit.Placed p : runs) {
            if (p.from() < k && (p.to() > k || p.column() >= h) || p.from() >= k && p.column() < h) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far the line's second half (tokens from {@code k}) stands right of its first: the median distance between a
     * word of the second half and the same word in the first; by position when no word is the same and both halves
     * print as many words; else the heading's own distance between its halves.
     */
    static int shift(List<ColumnFit.Tok> toks, int k, int heading) {
        List<Integer> d = new ArrayList<>();
        boolean[] used = new boolean[k];
        for (int j = k; j < toks.size(); j++) {
            String key = Text.key(toks.get(j).text());
            for (int i = 0; i < k; i++) {
                if (!used[i] && Text.key(toks.get(i).text()).equals(key)) {
                    used[i] = true;
                    d.add(toks.get(j).column() - toks.get(i).column());
                    break;
                }
            }
        }
        if (d.isEmpty() && toks.size() == 2 * k) {
            for (int i = 0; i < k; i++) {
                d.add(toks.get(i + k).column() - toks.get(i).column());
            }
        }
        if (d.isEmpty()) {
            return heading;
        }
        d.sort(null);
        return d.get(d.size() / 2);
    }

    /** Notes, on the rows that hold them, the lines cut this way (rows in order, each from its line to the next's). */
    static void note(List<Row> rows, NavigableSet<Integer> cut, Map<Row, List<Diagnostic>> notes) {
        if (cut.isEmpty()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            Integer at = rows.get(i).at().line();
            Integer next = i + 1 < rows.size() ? rows.get(i + 1).at().line() : null;
            int lo = i == 0 || at == null ? Integer.MIN_VALUE : at;
            int hi = i + 1 >= rows.size() ? Integer.MAX_VALUE : next == null ? lo : next - 1;
            if (lo > hi) {
                continue;
            }
            NavigableSet<Integer> mine = cut.subSet(lo, true, hi, true);
            if (!mine.isEmpty()) {
                Row row = rows.get(i);
                notes.computeIfAbsent(row, x -> new ArrayList<>()).add(new Diagnostic(CODE, "a line of a table printed twice side"
                        + " by side (its heading's columns twice) cut where it prints the same text twice, each half placed on its"
                        + " half of the heading (line(s) " + mine + ")", Locator.line(mine.first())));
            }
        }
        cut.clear();
    }
}
