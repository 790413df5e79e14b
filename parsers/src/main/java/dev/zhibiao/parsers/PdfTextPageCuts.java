package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/**
 * Cells cut by the page's end (plain pdftotext, one cell per paragraph): the cell's first line is
 * the last of its page, its rest the first line of the next page, printed in one paragraph with the
 * next cell below it ({@code 对符合条件农村贫 / ‹page› 困人口全覆盖 / 明确保障对象范围}). Every blank line
 * of the text adds one paragraph and one line, a form feed a paragraph and no line: a page break lies
 * between two one-line pieces when their paragraphs are further apart than their lines allow.
 */
final class PdfTextPageCuts {
    private PdfTextPageCuts() {
    }

    /** Whether a form feed lies between one-line pieces {@code a} and {@code b} ({@code a} printed first). */
    static boolean pageBreakBetween(Frag a, Frag b) {
        return b.line() > a.line() && b.block() - a.block() > b.line() - a.line() - 1;
    }

    /**
     * A name, its value alone in its paragraph as the last line of the page and as wide as a line the
     * page's columns wrap at (two wrapped lines within one of its width), then, first on the next page,
     * a shorter text line in one paragraph with the next cell: that line is the value's rest (a wrapped
     * cell's lines but the last fill their column, its last is no wider). Joined to the value; {@code
     * count[0]} counts the joins.
     */
    static List<Frag> joinValueRest(List<Frag> in, int[] count) {
        List<Integer> wraps = PdfTextWrapWidths.of(in);
        if (wraps.size() < 2) {
            return in;
        }
        List<Frag> out = null;
        for (int i = 0; i + 3 < (out == null ? in : out).size(); i++) {
            List<Frag> l = out == null ? in : out;
            Frag a = l.get(i);
            Frag v = l.get(i + 1);
            Frag r = l.get(i + 2);
            Frag n = l.get(i + 3);
            boolean alone = a.block() != v.block() && r.block() != v.block() && (i == 0 || l.get(i - 1).block() != a.block());
            if (!alone || !text(a) || !text(v) || !text(r) || n.block() != r.block() || !n.starts() || !pageBreakBetween(v, r)) {
                continue;
            }
            int w = width(v.text());
            int near = 0;
            for (int x : wraps) {
                near += Math.abs(x - w) <= 1 ? 1 : 0;
            }
            if (near < 2 || width(r.text()) >= w || Rx.find(NUMBERED_NAME, r.key())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(i + 1, new Frag(v.text() + r.text(), v.line(), v.block(), true, true));
            out.remove(i + 2);
            count[0]++;
        }
        return out == null ? in : out;
    }

    /** A whole line of text: neither a label nor a value. */
    private static boolean text(Frag f) {
        return !isVocabulary(f.key()) && !isValue(f.text()) && f.starts() && f.ends();
    }
}
