package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.SpacedRows.Line;
import dev.zhibiao.internal.layout.SpacedRows.Token;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator heading row of space-aligned text printed over several lines, joined into one (moved out of
 * {@link SpacedRows}): its wrapped headings' first halves on the line above, their last characters on the line below.
 */
final class HeadingBand {
    private HeadingBand() {
    }

    /**
     * An aligned heading row printed over several lines (its wrapped headings' first halves on the
     * line above, 绩效指标 | 一级指, their last characters on the line below, 标): the heading words
     * and heading fragments of the line right above, and the fragments of the line right below that
     * complete a heading word with the fragment above them, joined into the heading row by column.
     * The line above, already read as a row ({@code aboveIsRow}: the one row read last), is taken back by the caller;
     * the line below is marked consumed.
     */
    static Band band(List<ColumnFit.Tok> toks, int no, Line prev, Line next, boolean aboveIsRow) {
        if (!aligned(toks)) {
            return new Band(toks, false, -1);
        }
        boolean tookAbove = false;
        int consumed = -1;
        List<ColumnFit.Tok> merged = new ArrayList<>(toks);
        if (prev != null && prev.number() == no - 1 && aboveIsRow) {
            List<ColumnFit.Tok> above = words(prev.tokens());
            List<ColumnFit.Tok> under = next != null && next.number() == no + 1 ? words(next.tokens()) : List.of();
            if (!above.isEmpty() && above.stream().allMatch(t -> headingPart(t.text()) || completed(t, under))
                    && above.stream().noneMatch(a -> toks.stream().anyMatch(t -> Math.abs(t.column() - a.column()) <= 1))) {
                tookAbove = true;
                merged.addAll(above);
                merged.sort(java.util.Comparator.comparingInt(ColumnFit.Tok::column));
            }
        } else if (prev != null && prev.number() < no - 1 && aboveIsRow) {
            List<ColumnFit.Tok> beside = besideAbove(toks, words(prev.tokens()));
            if (beside != null) {
                tookAbove = true;
                merged.addAll(beside);
                merged.sort(java.util.Comparator.comparingInt(ColumnFit.Tok::column));
            }
        }
        if (next != null && next.number() == no + 1) {
            List<ColumnFit.Tok> below = words(next.tokens());
            List<ColumnFit.Tok> done = new ArrayList<>(merged);
            boolean all = !below.isEmpty();
            List<ColumnFit.Tok> rest = LowerHeads.rest(below, merged);
            boolean lower = false;
            for (ColumnFit.Tok b : below) {
                if (rest.contains(b)) {
                    // the heading row's right part printed a line lower (a two-period sheet's second half)
                    done.add(b);
                    lower = true;
                    continue;
                }
                int k = nearest(done, b.column());
                if (k < 0) {
                    k = wrappedOver(done, b);
                }
                if (k < 0) {
                    k = centredUnder(done, b);
                }
                if (k < 0) {
                    k = halfNear(done, b);
                }
                if (k >= 0 && !completes(done.get(k).text(), b.text())) {
                    int h = halfOver(done, b);
                    k = h >= 0 ? h : k;
                }
                String joined = k < 0 ? null : done.get(k).text() + b.text();
                if (joined == null || !tail(b.text(), joined) || !ColumnFit.isHeadingWord(joined) || rowWord(b.text())) {
                    // a number or an indicator level (4984, 产出指标) starts the table's first row, no heading's tail
                    all = false;
                    break;
                }
                ColumnFit.Tok a = done.get(k);
                done.set(k, new ColumnFit.Tok(joined, a.column(), a.gap()));
            }
            if (all) {
                done.sort(java.util.Comparator.comparingInt(ColumnFit.Tok::column));
                merged = lower ? LowerHeads.repeated(done) : done;
                consumed = next.number();
            }
        }
        // the merged tokens keep the gaps of the lines they came from; a heading is aligned
        List<ColumnFit.Tok> out2 = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            ColumnFit.Tok t = merged.get(i);
            out2.add(i == 0 ? t : new ColumnFit.Tok(t.text(), t.column(), Math.max(2, t.gap())));
        }
        return new Band(out2, tookAbove, consumed);
    }

    /** The longest second half of a heading printed with a space inside (二级 指标, 指标性 质), as glue reads it. */
    private static final int OWN = 3;

    /**
     * The words of a heading line printed one space apart in narrow columns (一级指 二级指标, 指标 指标值确定依), each its own
     * token, when every word is a heading, a heading's first half, or completed by the fragment printed under it on the next
     * line (全年实际完 | 成值), and a run the line's glue joined holds a word of more than {@value #OWN} characters after its
     * first (a heading beside the one before, not one heading printed with a space, 二级 指标); else null.
     *
     * @param glued the line's tokens as {@link SpacedRows#glue} joined them
     */
    static List<ColumnFit.Tok> apart(List<ColumnFit.Tok> glued, Line line, Line next) {
        List<ColumnFit.Tok> words = words(line.tokens());
        List<ColumnFit.Tok> under = next != null && next.number() == line.number() + 1 ? words(next.tokens()) : List.of();
        if (words.size() <= glued.size() || !words.stream().allMatch(t -> headingPart(t.text()) || completed(t, under))) {
            return null;
        }
        List<ColumnFit.Tok> out = new ArrayList<>();
        boolean split = false;
        int w = 0;
        for (int g = 0; g < glued.size(); g++) {
            int end = g + 1 < glued.size() ? glued.get(g + 1).column() : Integer.MAX_VALUE;
            List<ColumnFit.Tok> run = new ArrayList<>();
            while (w < words.size() && words.get(w).column() < end) {
                run.add(words.get(w++));
            }
            // a heading printed with a space keeps a short second half (二级 指标, 指标性 质); a longer word is a heading of its own
            ColumnFit.Tok cell = run.isEmpty() ? glued.get(g) : run.get(0);
            for (int r = 1; r < run.size(); r++) {
                ColumnFit.Tok t = run.get(r);
                if (Text.key(t.text()).length() > OWN || LowerHeads.nextHead(cell.text(), t.text())) {
                    out.add(cell);
                    cell = t;
                    split = true;
                } else {
                    cell = new ColumnFit.Tok(cell.text() + " " + t.text(), cell.column(), cell.gap());
                }
            }
            out.add(run.size() > 1 ? cell : glued.get(g));
        }
        return split ? out : null;
    }

    /**
     * The words of a heading's upper row printed with blank lines between the two (a print that leaves blank lines
     * between all its rows): 绩效指标 over the level headings, 年度指标值 实际完成值 分值 得分 偏差原因及改进措施 right of them, their
     * cells merged down across both rows. Every word is a heading word of the vocabulary; the lead (绩效指标) stands over
     * a heading of the row below and is left out (as core's TwoRowHeading leaves it); every other word stands right of
     * the row below's last heading, two or more. Those words, or null when the line above is no such row.
     */
    private static List<ColumnFit.Tok> besideAbove(List<ColumnFit.Tok> toks, List<ColumnFit.Tok> above) {
        int last = toks.get(toks.size() - 1).column() + Text.key(toks.get(toks.size() - 1).text()).length();
        List<ColumnFit.Tok> out = new ArrayList<>();
        for (ColumnFit.Tok a : above) {
            Vocabulary.Column c = Vocabulary.column(a.text());
            if (c == null) {
                return null;
            }
            if (c == Vocabulary.Column.LEAD && toks.stream().anyMatch(t -> Math.abs(t.column() - a.column()) <= 1)) {
                continue;
            }
            if (c == Vocabulary.Column.LEAD || a.column() <= last) {
                return null;
            }
            out.add(a);
        }
        return out.size() >= 2 ? out : null;
    }

    /** A word only a row of the table holds: a number, or an indicator level's label (产出指标, 数量指标). */
    private static boolean rowWord(String text) {
        return Vocabulary.isLevel1Label(text) || Vocabulary.isLevel2Label(text) || text.chars().anyMatch(Character::isDigit);
    }

    /** A heading row joined with the lines around it: whether the line above went in, the line below that did (or -1). */
    record Band(List<ColumnFit.Tok> toks, boolean tookAbove, int consumed) {
        boolean changed() {
            return tookAbove || consumed >= 0;
        }
    }

    private static boolean aligned(List<ColumnFit.Tok> toks) {
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i).gap() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The longest last part of a heading wrapped onto the line below (进措施 of 未完成原因和改进措施). */
    private static final int TAIL = 4;

    /**
     * Whether text printed under a heading cell can be its last part: short ({@link #TAIL}), or a heading of
     * the same column by itself (偏差原因分析 / 及改进措施: both name the note column), which no cell of a row is.
     */
    private static boolean tail(String text, String joined) {
        if (Text.key(text).length() <= TAIL) {
            return true;
        }
        Vocabulary.Column alone = Vocabulary.column(text);
        return alone != null && alone == Vocabulary.column(joined);
    }

    /** Every word its own token: narrow headings are printed one space apart (全年实际完 未完成原因和改). */
    static List<ColumnFit.Tok> words(List<Token> tokens) {
        List<ColumnFit.Tok> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(new ColumnFit.Tok(t.text(), t.column(), t.gap()));
        }
        return out;
    }

    /** A heading's first half whose second half is printed under it two lines down (指标 | 值, 指标值确定依 | 据). */
    private static boolean completed(ColumnFit.Tok t, List<ColumnFit.Tok> under) {
        int k = nearest(under, t.column());
        return k >= 0 && Text.key(under.get(k).text()).length() <= TAIL && ColumnFit.isHeadingWord(t.text() + under.get(k).text());
    }

    /**
     * The heading half (一级指, no heading word alone) last left of a fragment below (标) that stands within its characters
     * and two columns on, though more than two columns right of its start: pdftotext -layout prints a word after wide
     * characters on its line (绩效指标 | 一级指) nearer them than its place, the line below at its place. Or -1.
     */
    private static int wrappedOver(List<ColumnFit.Tok> done, ColumnFit.Tok b) {
        int k = -1;
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i).column() < b.column()) {
                k = i;
            }
        }
        if (k < 0) {
            return -1;
        }
        String a = done.get(k).text();
        boolean half = !ColumnFit.isHeadingWord(a) && headingPart(a);
        return half && b.column() <= done.get(k).column() + Text.key(a).length() + 2 ? k : -1;
    }

    /**
     * The heading whose characters a fragment below stands within, or two columns past (未完成原因和改 at 64, 进措施 at 68;
     * 指标值确定依 at 80, 据 at 83): a browser centres a wrapped heading's last line under its first. Or -1.
     */
    private static int centredUnder(List<ColumnFit.Tok> done, ColumnFit.Tok b) {
        for (int i = 0; i < done.size(); i++) {
            ColumnFit.Tok a = done.get(i);
            if (a.column() < b.column() && b.column() <= a.column() + Text.key(a.text()).length() + 2) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The heading half a fragment below completes, up to three columns off, when the heading it stands nearest is whole
     * without it (值 at 67 under 指标值确定 at 67 and 指标 at 64: 指标值): the nearest such, or -1.
     */
    private static int halfOver(List<ColumnFit.Tok> done, ColumnFit.Tok b) {
        int best = -1;
        for (int i = 0; i < done.size(); i++) {
            ColumnFit.Tok a = done.get(i);
            if (Math.abs(a.column() - b.column()) <= 3 && completes(a.text(), b.text())
                    && (best < 0 || Math.abs(a.column() - b.column()) < Math.abs(done.get(best).column() - b.column()))) {
                best = i;
            }
        }
        return best;
    }

    /** How far a wrapped heading's last characters may stand from its first half, either side ({@link #halfNear}). */
    private static final int HALF_NEAR = 4;

    /**
     * The heading half (一级指, no heading word alone) a fragment below makes a heading word of, starting up to {@value #HALF_NEAR}
     * columns either side of it, the nearest such: a browser's print put the half right of its column's cells after wide
     * characters on its line (绩效指标 | 一级指 at 16, 标 at 13 under it, the column's labels 产出指 | 标 at 12). Or -1.
     */
    private static int halfNear(List<ColumnFit.Tok> done, ColumnFit.Tok b) {
        int best = -1;
        for (int i = 0; i < done.size(); i++) {
            ColumnFit.Tok a = done.get(i);
            int d = Math.abs(a.column() - b.column());
            if (d <= HALF_NEAR && !ColumnFit.isHeadingWord(a.text()) && headingPart(a.text())
                    && ColumnFit.isHeadingWord(a.text() + b.text())
                    && (best < 0 || d < Math.abs(done.get(best).column() - b.column()))) {
                best = i;
            }
        }
        return best;
    }

    /** Whether a fragment makes a heading of what stands above it, naming another column than it did alone (指标 + 值). */
    private static boolean completes(String above, String fragment) {
        String joined = above + fragment;
        return ColumnFit.isHeadingWord(joined) && Vocabulary.column(joined) != null
                && Vocabulary.column(joined) != Vocabulary.column(above);
    }

    /**
     * Whether every token is a heading word or a heading's first half (一级指), three or more of them words: a heading row
     * whose wrapped headings' last characters stand on the line below.
     */
    static boolean partsOnly(List<ColumnFit.Tok> toks) {
        int words = 0;
        for (ColumnFit.Tok t : toks) {
            if (!headingPart(t.text())) {
                return false;
            }
            words += ColumnFit.isHeadingWord(t.text()) ? 1 : 0;
        }
        return words >= 3;
    }

    /** A heading word or its first half (一级指, 一级, 三级指). */
    static boolean headingPart(String t) {
        return ColumnFit.isHeadingWord(t) || ColumnFit.isHeadingWord(t + "标") || ColumnFit.isHeadingWord(t + "指标");
    }

    private static int nearest(List<ColumnFit.Tok> toks, int column) {
        int best = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (Math.abs(toks.get(i).column() - column) <= 2 && (best < 0
                    || Math.abs(toks.get(i).column() - column) < Math.abs(toks.get(best).column() - column))) {
                best = i;
            }
        }
        return best;
    }
}
