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
     * The pieces with every run of heading lines (from the level or name words on) whose cut words the short lines right after the run
     * complete, in order, to heading words (each a column of the vocabulary's headings), those words
     * completed and the short lines taken out; {@code in} itself when there is none.
     */
    static List<Frag> join(List<Frag> in) {
        List<Frag> out = null;
        int mark = 0; // the first piece of in not yet in out
        for (int i = 0; i < in.size(); i++) {
            // a run of heading lines, each part a heading word or the start of one, at least one line of several parts
            List<String[]> run = new ArrayList<>();
            List<int[]> cuts = new ArrayList<>(); // (line in run, part)
            boolean several = false;
            boolean levels = false; // the heading's level or name words among the run: the table's own heading row
            int k = i;
            for (; k < in.size(); k++) {
                Frag f = in.get(k);
                String[] parts = Rx.splitSpaces(f.text().strip());
                List<int[]> lineCuts = new ArrayList<>();
                boolean heading = true;
                for (int p = 0; p < parts.length && heading; p++) {
                    Vocabulary.Column column = Vocabulary.column(parts[p]);
                    if (column != null) {
                        levels |= column == Vocabulary.Column.L1 || column == Vocabulary.Column.L2 || column == Vocabulary.Column.NAME;
                        continue;
                    }
                    String key = key(parts[p]);
                    heading = key.length() >= 2 && key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                    lineCuts.add(new int[] {k - i, p});
                }
                if (!heading) {
                    break;
                }
                several |= parts.length >= 2 || !f.starts() || !f.ends(); // a line of several heading cells
                run.add(parts);
                cuts.addAll(lineCuts);
            }
            if (!several || !levels || cuts.isEmpty() || k + cuts.size() > in.size()) {
                continue;
            }
            // the short lines right after the run: one end a cut word, in order
            boolean all = true;
            for (int m = 0; m < cuts.size() && all; m++) {
                Frag t = in.get(k + m);
                String tail = key(t.text());
                int[] c = cuts.get(m);
                all = t.starts() && t.ends() && tail.length() >= 1 && tail.length() <= 2
                        && Vocabulary.column(key(run.get(c[0])[c[1]]) + tail) != null
                        && Vocabulary.column(tail) == null;
            }
            if (!all) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(in.subList(mark, i));
            for (int m = 0; m < cuts.size(); m++) {
                int[] c = cuts.get(m);
                run.get(c[0])[c[1]] = key(run.get(c[0])[c[1]]) + key(in.get(k + m).text());
            }
            for (int r = 0; r < run.size(); r++) {
                Frag f = in.get(i + r);
                out.add(new Frag(String.join(" ", run.get(r)), f.line(), f.block(), f.starts(), f.ends()));
            }
            i = k + cuts.size() - 1;
            mark = i + 1;
        }
        if (out == null) {
            return in;
        }
        out.addAll(in.subList(mark, in.size()));
        return out;
    }
}
