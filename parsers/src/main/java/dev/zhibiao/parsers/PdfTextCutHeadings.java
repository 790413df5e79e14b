package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * Heading words cut at their cells' line ends, printed by plain pdftotext with several heading cells on
 * one line: {@code 指标性 指标值} / {@code 度量单 权重 指标方向}, then the cut words' last characters each on a
 * line of its own, in order ({@code 质} / {@code 位} / {@code 性}). Each cut word gets its end back.
 */
final class PdfTextCutHeadings {
    private PdfTextCutHeadings() {
    }

    /**
     * What the pass asks of one piece, the same whichever line of its run the pass starts from: its parts, whether
     * each part is a heading word or the start of one ({@code heading}: the parts tested in order up to the first that
     * is neither), whether a level or name word stands among the parts tested, whether it is a line of several heading
     * cells, and which parts are no heading word of their own (the cut words to complete).
     */
    private record Line(String[] parts, boolean heading, boolean levels, boolean several, int[] cuts) {
        static Line of(Frag f) {
            String[] parts = Rx.splitSpaces(f.text().strip());
            int[] cuts = new int[parts.length];
            int n = 0;
            boolean levels = false;
            boolean heading = true;
            for (int p = 0; p < parts.length && heading; p++) {
                Vocabulary.Column column = Vocabulary.column(parts[p]);
                if (column != null) {
                    levels |= column == Vocabulary.Column.L1 || column == Vocabulary.Column.L2 || column == Vocabulary.Column.NAME;
                    continue;
                }
                heading = han(key(parts[p]));
                cuts[n++] = p;
            }
            boolean several = parts.length >= 2 || !f.starts() || !f.ends(); // a line of several heading cells
            return new Line(parts, heading, levels, several, java.util.Arrays.copyOf(cuts, n));
        }
    }

    /** Whether a key is two or more Han characters. */
    private static boolean han(String key) {
        if (key.length() < 2) {
            return false;
        }
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The pieces with every run of heading lines (from the level or name words on) whose cut words the short lines right after the run
     * complete, in order, to heading words (each a column of the vocabulary's headings), those words
     * completed and the short lines taken out; {@code in} itself when there is none.
     *
     * <p>A run of heading lines starting at piece {@code i} ends at the first piece that is not a heading line, wherever
     * in it {@code i} stands, so each piece is read once ({@link Line}) and each run's ends, level words, several-cell
     * lines and cut words are gathered once, from its end back (the pass asked them again of every start in the run).
     */
    static List<Frag> join(List<Frag> in) {
        int n = in.size();
        List<Frag> out = null;
        int mark = 0; // the first piece of in not yet in out
        Line[] lines = new Line[n];
        // the run holding piece i: [i, end), with per start the run's facts from it to the end
        int end = -1;
        boolean[] levelsFrom = null;
        boolean[] severalFrom = null;
        int[] cutsFrom = null; // the index in cutLine/cutPart of the start's first cut word
        int[] cutLine = null;
        int[] cutPart = null;
        int runStart = -1;
        for (int i = 0; i < n; i++) {
            if (!line(lines, in, i).heading) {
                continue; // no run starts here
            }
            if (i >= end) {
                runStart = i;
                end = i;
                while (end < n && line(lines, in, end).heading) {
                    end++;
                }
                int len = end - i;
                levelsFrom = new boolean[len + 1];
                severalFrom = new boolean[len + 1];
                cutsFrom = new int[len + 1];
                // the line that ends the run: its level words before its first part that is no heading word count
                levelsFrom[len] = end < n && line(lines, in, end).levels;
                int total = 0;
                for (int r = 0; r < len; r++) {
                    total += lines[i + r].cuts.length;
                }
                cutLine = new int[total];
                cutPart = new int[total];
                int c = 0;
                for (int r = 0; r < len; r++) {
                    cutsFrom[r] = c;
                    for (int p : lines[i + r].cuts) {
                        cutLine[c] = r;
                        cutPart[c++] = p;
                    }
                }
                cutsFrom[len] = total;
                for (int r = len - 1; r >= 0; r--) {
                    levelsFrom[r] = levelsFrom[r + 1] || lines[i + r].levels;
                    severalFrom[r] = severalFrom[r + 1] || lines[i + r].several;
                }
            }
            int r0 = i - runStart;
            int cuts = cutLine.length - cutsFrom[r0];
            int k = end;
            if (!severalFrom[r0] || !levelsFrom[r0] || cuts == 0 || k + cuts > n) {
                continue;
            }
            // the short lines right after the run: one end a cut word, in order
            boolean all = true;
            for (int m = 0; m < cuts && all; m++) {
                Frag t = in.get(k + m);
                String tail = key(t.text());
                int c = cutsFrom[r0] + m;
                all = t.starts() && t.ends() && tail.length() >= 1 && tail.length() <= 2
                        && Vocabulary.column(key(lines[runStart + cutLine[c]].parts[cutPart[c]]) + tail) != null
                        && Vocabulary.column(tail) == null;
            }
            if (!all) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(in.subList(mark, i));
            List<String[]> run = new ArrayList<>();
            for (int r = i; r < k; r++) {
                run.add(lines[r].parts.clone());
            }
            for (int m = 0; m < cuts; m++) {
                int c = cutsFrom[r0] + m;
                String[] parts = run.get(runStart + cutLine[c] - i);
                parts[cutPart[c]] = key(parts[cutPart[c]]) + key(in.get(k + m).text());
            }
            for (int r = 0; r < run.size(); r++) {
                Frag f = in.get(i + r);
                out.add(new Frag(String.join(" ", run.get(r)), f.line(), f.block(), f.starts(), f.ends()));
            }
            i = k + cuts - 1;
            mark = i + 1;
        }
        if (out == null) {
            return in;
        }
        out.addAll(in.subList(mark, in.size()));
        return out;
    }

    /** The piece's {@link Line}, read at its first asking. */
    private static Line line(Line[] lines, List<Frag> in, int i) {
        Line l = lines[i];
        if (l == null) {
            l = lines[i] = Line.of(in.get(i));
        }
        return l;
    }
}
