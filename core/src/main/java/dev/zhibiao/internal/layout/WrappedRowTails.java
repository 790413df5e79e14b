package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The second printed line of an OCR'd row whose cells all wrapped: a label cut in its cell
 * ({@code 社会效益 | 确保医疗保障工作 | 明显}) ends at the start of the next line, and the rest of that
 * line holds the ends of the same row's other cells ({@code 指标 | 顺利开展 | 改善}), once per half
 * of a two-period sheet. A label's second line printed beside pieces that carry no label, number
 * or heading of their own is the row going on, not a new row: each piece goes back onto the piece
 * printed at the same place of its half on the line above (社会效益指标 | 确保医疗保障工作顺利开展 |
 * 明显改善). Only where every half's pieces pair one for one with the row's unlabelled pieces above
 * them; otherwise nothing is joined here ({@link OcrTextRows}'s label join stands alone).
 */
final class WrappedRowTails {
    /** A numbered name ({@code 指标2: …}): a row of its own. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("指标\\s*\\d");

    /** What each note of a cell joined here says (and no other reader's note): the row goes on below. */
    private static final String MARK = "beside its row's label end";

    private WrappedRowTails() {
    }

    /**
     * Whether a diagnostic is one of this class's joins: its row stands on two printed lines.
     *
     * @param n a reader's note on a row
     * @return true for a {@code cell-joined} note on a cell joined here
     */
    static boolean joined(Diagnostic n) {
        return "cell-joined".equals(n.code()) && n.message().contains(MARK);
    }

    /** How a cell's note goes on after the cell's first printed line. */
    private static final String ENDS = "\" ends on the next printed line (\"";

    /**
     * The first printed line of the cell a note of this class joined.
     *
     * @param n a reader's note on a row
     * @return the text the cell had on its first line, or null when n is no join of a cell made here
     */
    static String firstLine(Diagnostic n) {
        if (!joined(n) || !n.message().startsWith("cell \"")) {
            return null;
        }
        int end = n.message().indexOf(ENDS);
        return end < 0 ? null : n.message().substring("cell \"".length(), end);
    }

    /**
     * Joins the line {@code cells} back onto the row printed on the line above it ({@code prev},
     * changed in place) when it is that row's second line as above.
     *
     * @param prev  the row above's pieces (joined onto in place)
     * @param cells the line's pieces
     * @param lead  how many 绩效指标 pieces start the line (skipped, unless the first ends a label above)
     * @return the joins made, one {@code cell-joined} diagnostic each, or null when the line is no
     *         such second line (then nothing is changed)
     */
    static List<Diagnostic> join(List<Cell> prev, List<Cell> cells, int lead) {
        // each half's label tail and the cut label above it, in order
        List<Integer> at = new ArrayList<>();
        List<Integer> over = new ArrayList<>();
        int from = 0;
        // a lone 指标 reads as the 绩效指标 column's word, but where it ends the label above it is that label's end
        int start = lead;
        for (int i = 0; i < prev.size() && start > 0; i++) {
            if (OcrTextRows.wrapped(prev.get(i).text(), cells.get(0).text())) {
                start = 0;
            }
        }
        for (int j = start; j < cells.size(); j++) {
            for (int i = from; i < prev.size(); i++) {
                if (OcrTextRows.wrapped(prev.get(i).text(), cells.get(j).text())) {
                    at.add(j);
                    over.add(i);
                    from = i + 1;
                    break;
                }
            }
            if (j == start && at.isEmpty()) {
                return null; // the line does not start with a label's end
            }
        }
        if (at.isEmpty() || at.size() > 2) {
            return null;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            int endBelow = k + 1 < at.size() ? at.get(k + 1) : cells.size();
            int endAbove = k + 1 < over.size() ? over.get(k + 1) : prev.size();
            List<Integer> below = new ArrayList<>();
            for (int j = at.get(k) + 1; j < endBelow; j++) {
                if (!tail(cells.get(j).text())) {
                    return null;
                }
                below.add(j);
            }
            List<Integer> above = new ArrayList<>();
            for (int i = over.get(k) + 1; i < endAbove; i++) {
                String t = prev.get(i).text();
                if (Vocabulary.CATEGORIES.containsKey(Text.key(t))) {
                    continue; // a label printed whole on the line above (数量指标): nothing wraps onto it
                }
                if (Vocabulary.category(t) != null || Vocabulary.column(t) != null) {
                    return null; // another cut label (a half whose label end was not read) or a heading
                }
                above.add(i);
            }
            if (below.isEmpty() || below.size() != above.size()) {
                return null;
            }
            for (int n = 0; n < below.size(); n++) {
                if (wholeQuantity(prev.get(above.get(n)).text())) {
                    return null; // a number with its unit is a whole value: a piece under it is no end of it
                }
                pairs.add(new int[] {above.get(n), below.get(n)});
            }
        }
        boolean text = false;
        for (int[] p : pairs) {
            text |= han(cells.get(p[1]).text()) >= 2;
        }
        if (!text) {
            return null; // single characters only (了 | 这 | 过): specks as likely as a cell's end
        }
        List<Diagnostic> notes = new ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            Cell h = prev.get(over.get(k));
            Cell t = cells.get(at.get(k));
            notes.add(new Diagnostic("cell-joined", "label \"" + h.text() + "\" ends on the next printed line (\"" + t.text()
                    + "\", beside the ends of its row's other cells): joined back", t.at()));
            prev.set(over.get(k), h.withText(h.text() + t.text()));
        }
        for (int[] p : pairs) {
            Cell h = prev.get(p[0]);
            Cell t = cells.get(p[1]);
            notes.add(new Diagnostic("cell-joined", "cell \"" + h.text() + ENDS + t.text()
                    + "\", " + MARK + "): joined back", t.at()));
            prev.set(p[0], h.withText(h.text() + t.text()));
        }
        return notes;
    }

    /** A value printed whole: a number with its unit ({@code >24次}, {@code 100%}), as the grammar reads it. */
    private static boolean wholeQuantity(String text) {
        return dev.zhibiao.Targets.parse(text) instanceof dev.zhibiao.Target.Comparison c && c.quantity().unit() != null;
    }

    private static int han(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** A piece that can end a row's name or value: no label, heading, numbered name or label end of its own. */
    private static boolean tail(String text) {
        String k = Text.key(text);
        return !k.isEmpty() && !k.equals("标") && !k.equals("指标") && Vocabulary.category(text) == null
                && Vocabulary.column(text) == null && !OcrTextRows.isHeading(text) && !dev.zhibiao.internal.text.Rx.lookingAt(NUMBERED, k);
    }
}
