package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/**
 * The widths at which a page's columns wrap their cells (plain pdftotext). A wrapped cell's lines but
 * the last fill their column, so every column that wraps shows its width on the lines it wraps; a
 * text line followed by more text in its paragraph at a width no column wraps at, clearly narrower
 * than the widest wrap, is no wrap: the cells of one column printed in one paragraph
 * ({@code 确定贫困人口定点救助医疗机构 / 建立规范的转诊制度}, two names without values), one a line.
 */
final class PdfTextWrapWidths {
    private PdfTextWrapWidths() {
    }

    /**
     * The widths of the text lines that go on in their paragraph (neither a value nor a label, nor
     * followed by a label's rest), from the indicator heading (三级指标) on: the goals and header
     * cells above wrap at their own widths.
     */
    static List<Integer> of(List<Frag> frags) {
        List<Integer> out = new ArrayList<>();
        int from = heading(frags);
        for (int i = from; i + 1 < frags.size(); i++) {
            Frag a = frags.get(i);
            Frag b = frags.get(i + 1);
            if (a.block() == b.block() && a.starts() && a.ends() && b.starts() && text(a) && text(b) && !b.key().endsWith("指标")) {
                out.add(width(a.text()));
            }
        }
        return out;
    }

    /** The index of the first fragment of the indicator heading (三级指标), or past the last. */
    static int heading(List<Frag> frags) {
        for (int i = 0; i < frags.size(); i++) {
            if (frags.get(i).key().contains("三级指标")) {
                return i;
            }
        }
        return frags.size();
    }

    private static boolean text(Frag f) {
        return !isVocabulary(f.key()) && !isValue(f.text());
    }

    /** Margin under the widest wrap (display width: three wide characters) a line must stay within to be a wrap. */
    static final int MARGIN = 6;

    /** The narrowest a line cut off as a whole name is (eight wide characters), and its paragraph's next line (five). */
    static final int NAME_WIDTH = 16;
    static final int NEXT_WIDTH = 10;

    /**
     * Whether a whole line, followed by text in its paragraph, ends its cell: it is narrower than the
     * page's widest wrapped line by more than {@link #MARGIN} and no other wrapped line is within two
     * of its width (no column wraps there).
     */
    static boolean endsAtNoColumn(Frag last, Frag next, List<Integer> wraps) {
        if (!last.starts() || !last.ends() || wraps.size() < 3) {
            return false;
        }
        int lw = width(last.text());
        if (lw < NAME_WIDTH || width(next.text()) < NEXT_WIDTH) {
            return false; // a short line: a narrow column's wrap (不低于上 / 年), or a name's last characters
        }
        int max = 0;
        int near = 0;
        for (int w : wraps) {
            max = Math.max(max, w);
            near += Math.abs(w - lw) <= 2 ? 1 : 0;
        }
        return lw <= max - MARGIN && near <= 1;
    }
}
