package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.SpacedRows.Line;
import dev.zhibiao.internal.layout.SpacedRows.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * A heading word printed one character a line down a narrow column of an aligned text ({@code pdftotext -layout}):
 * LibreOffice prints a 指标值 column two characters wide as {@code 指} / {@code 标} / {@code 值}, each character on a line
 * of its own or on a heading line, with the other columns' wrapped headings on the lines between
 * ({@code 指} / {@code 一级 … 指标值确} / {@code 二级指标 三级指标 绩效指标描述 标} / {@code 指标 定依据} / {@code 值}). No line then
 * names the value column and the table is not read. The characters, standing at one column on lines at most two apart,
 * joined top to bottom are a column's heading ({@link Vocabulary#column}); the one on a line that holds two heading
 * words besides is given the whole word, the others (each alone on its line) are left out, for {@link SpacedRows}.
 */
final class StackedHeads {
    /** The code of the note on the heading row that takes such a word. */
    static final String CODE = "heading-stacked";
    /** The most lines between two characters of the stack. */
    private static final int GAP = 2;

    private StackedHeads() {
    }

    /**
     * The lines with each stacked heading word joined on its heading line; the lines given a word are added to
     * {@code joined}. The same list when there is none.
     */
    static List<Line> joined(List<Line> lines, NavigableSet<Integer> joined) {
        List<Line> out = null;
        java.util.Set<Integer> gone = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.tokens().size() < 3 || gone.contains(l.number())) {
                continue;
            }
            for (int k = 0; k < l.tokens().size(); k++) {
                Token t = l.tokens().get(k);
                if (!oneChar(t.text()) || heads(l, k) < 2) {
                    continue;
                }
                List<Integer> up = stack(lines, i, t.column(), -1, gone);
                List<Integer> down = stack(lines, i, t.column(), 1, gone);
                String word = null;
                List<Integer> used = null;
                for (int a = up.size(); a >= 0 && word == null; a--) {
                    for (int b = down.size(); b >= 0 && word == null; b--) {
                        if (a + b == 0) {
                            continue;
                        }
                        StringBuilder sb = new StringBuilder();
                        for (int x = a - 1; x >= 0; x--) {
                            sb.append(lines.get(up.get(x)).tokens().get(0).text());
                        }
                        sb.append(t.text());
                        for (int x = 0; x < b; x++) {
                            sb.append(lines.get(down.get(x)).tokens().get(0).text());
                        }
                        if (Vocabulary.column(sb.toString()) != null && !ColumnFit.isHeadingWord(t.text())) {
                            word = sb.toString();
                            used = new ArrayList<>(up.subList(0, a));
                            used.addAll(down.subList(0, b));
                        }
                    }
                }
                if (word == null) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                List<Token> toks = new ArrayList<>(l.tokens());
                toks.set(k, new Token(word, t.column(), t.gap()));
                l = new Line(l.number(), toks, l.page());
                out.set(i, l);
                for (int u : used) {
                    gone.add(lines.get(u).number());
                }
                joined.add(l.number());
            }
        }
        if (out == null) {
            return lines;
        }
        out.removeIf(x -> gone.contains(x.number()));
        return out;
    }

    /** How many of the line's tokens other than the {@code k}th are heading words. */
    private static int heads(Line l, int k) {
        int n = 0;
        for (int j = 0; j < l.tokens().size(); j++) {
            n += j != k && ColumnFit.isHeadingWord(l.tokens().get(j).text()) ? 1 : 0;
        }
        return n;
    }

    /**
     * The indices of the lines, going from line {@code i} in direction {@code dir}, each at most {@link #GAP} lines from
     * the last, that hold one Han character alone within a column of {@code column}; the first line that is not one ends
     * the stack once it is passed.
     */
    private static List<Integer> stack(List<Line> lines, int i, int column, int dir, java.util.Set<Integer> gone) {
        List<Integer> out = new ArrayList<>();
        int last = lines.get(i).number();
        for (int j = i + dir; j >= 0 && j < lines.size() && Math.abs(lines.get(j).number() - last) <= GAP; j += dir) {
            Line l = lines.get(j);
            if (l.tokens().size() == 1 && oneChar(l.tokens().get(0).text()) && Math.abs(l.tokens().get(0).column() - column) <= 1
                    && !gone.contains(l.number())) {
                out.add(j);
                last = l.number();
            }
        }
        return out;
    }

    private static boolean oneChar(String text) {
        return text.length() == 1 && Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /** Notes, on the row read from each line given a word, the characters joined. */
    static void note(List<Row> rows, NavigableSet<Integer> joined, Map<Row, List<Diagnostic>> notes) {
        if (joined.isEmpty() || notes == null) {
            return;
        }
        for (Row r : rows) {
            Integer at = r.at().line();
            if (at != null && joined.contains(at)) {
                notes.computeIfAbsent(r, x -> new ArrayList<>()).add(new Diagnostic(CODE, "a heading printed one character a line"
                        + " down a narrow column (line " + at + " and the lines around it) read as one heading word", Locator.line(at)));
            }
        }
    }
}
