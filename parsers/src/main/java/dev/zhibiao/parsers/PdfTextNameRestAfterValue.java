package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextFragments.isValue;
import static dev.zhibiao.parsers.PdfTextFragments.width;
import static dev.zhibiao.parsers.PdfTextReader.NUMBERED_NAME;
import static dev.zhibiao.parsers.PdfTextReader.isVocabulary;

/**
 * A name wrapped over three lines of its cell, its value printed after a space at the end of the name's middle line
 * (plain pdftotext of Chromium's prints, one cell per paragraph): {@code 重点对象住院政策范围内个人自负医疗 /
 * 费用大病保险起付线以上部分年度限额 ≥70.00(%) / 内救助比例}. pdftotext joined the value's line (vertically centred in the
 * row) to the name's middle line; the paragraph's last line is the name's rest, not a row of its own. The rest is
 * put back after the name's part before the value, when it is the last line of the paragraph, a text (no value, no
 * label, no numbered name) no wider than the line it continues.
 */
final class PdfTextNameRestAfterValue {
    private PdfTextNameRestAfterValue() {
    }

    /**
     * Joins each such rest to its name.
     *
     * @param in the page's fragments in print order
     * @param joined counts the joins ({@code joined[0]})
     * @return the fragments, the rests joined
     */
    static List<Frag> join(List<Frag> in, int[] joined) {
        List<Frag> out = new ArrayList<>(in);
        for (int i = 1; i + 2 < out.size(); i++) {
            Frag a = out.get(i);
            Frag v = out.get(i + 1);
            Frag b = out.get(i + 2);
            Frag before = out.get(i - 1);
            // the name's middle line: its paragraph's line above is a whole text line (the name's first)
            boolean middle = before.block() == a.block() && before.line() == a.line() - 1 && text(before);
            boolean valueEndsLine = a.starts() && !a.ends() && !v.starts() && v.ends() && v.line() == a.line()
                    && isValue(v.text());
            boolean lastOfParagraph = b.block() == a.block() && b.line() == a.line() + 1
                    && (i + 3 >= out.size() || out.get(i + 3).block() != b.block());
            if (middle && valueEndsLine && lastOfParagraph && text(a.text()) && text(b)
                    && width(b.text()) < width(a.text()) && !Rx.find(NUMBERED_NAME, b.key())) {
                // the flags kept: the name's part still ends where its value follows on the line
                out.set(i, new Frag(a.text() + b.text(), a.line(), a.block(), a.starts(), a.ends()));
                out.remove(i + 2);
                joined[0]++;
            }
        }
        return out;
    }

    private static boolean text(Frag f) {
        return f.starts() && f.ends() && text(f.text());
    }

    private static boolean text(String t) {
        return !isVocabulary(t) && !isValue(t);
    }

    /** The page's note: names whose last line, printed after their value, was joined back. */
    static dev.zhibiao.Diagnostic diagnostic(int names, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-name-rest-after-value", names + " name(s) wrapped over three lines, the"
                + " value printed at the end of the middle line: the paragraph's last line joined back as the name's rest", at);
    }
}
