package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The completion block's label wrapped down the left of its lines ({@code 总体目标完} / {@code 成情况 目标2：…}, {@code
 * 总体目} / {@code 标完成 通过实施…} / {@code 情况 定纳入…}): a narrow merged label cell prints its pieces at the head of
 * the goals' lines, one space before them, and a reader puts each piece in the goal's cell. Pieces at the head of the
 * first cells of nearby rows, each a few Han characters set off by a space (or the whole cell), whose text joined in
 * order is the completion block's label ({@link Vocabulary#isCompletionLabel}), are set aside ({@code label-merged}): the
 * label is the block's, no goal's words.
 */
final class CompletionLabelPieces {

    /** The longest piece: a narrow label cell's line. */
    private static final int MAX_PIECE = 5;
    /** The most lines from the first piece to the last. */
    private static final int SPAN = 8;

    private CompletionLabelPieces() {
    }

    /** The rows with the completion label's pieces taken off their heads; the same list when there are none. */
    static List<Row> strip(List<Row> rows, SheetDraft d) {
        List<Row> out = null;
        for (int i = 0; i < rows.size(); i++) {
            String first = piece(rows.get(i));
            if (first == null || Vocabulary.isCompletionLabel(first)) {
                continue;
            }
            int line = lineOf(rows.get(i));
            StringBuilder joined = new StringBuilder(first);
            List<Integer> at = new ArrayList<>(List.of(i));
            for (int k = i + 1; k < rows.size() && lineOf(rows.get(k)) - line <= SPAN && joined.length() < 12; k++) {
                String p = piece(rows.get(k));
                if (p == null) {
                    continue;
                }
                joined.append(p);
                at.add(k);
                if (Vocabulary.isCompletionLabel(joined.toString())) {
                    break;
                }
            }
            if (at.size() < 2 || !Vocabulary.isCompletionLabel(joined.toString())
                    || Vocabulary.isCompletionLabel(joined.substring(first.length()))) {
                continue; // no label, or one the first piece is not needed for (总体目标 | … then 总体目标完 / 成情况)
            }
            if (out == null) {
                out = new ArrayList<>(rows);
            }
            List<String> pieces = new ArrayList<>();
            for (int k : at) {
                Row r = out.get(k);
                List<Cell> cells = new ArrayList<>(r.cells());
                int c = firstFilled(cells);
                String t = Text.clean(cells.get(c).text());
                String p = piece(r);
                pieces.add(p);
                cells.set(c, cells.get(c).withText(t.substring(p.length()).strip()));
                out.set(k, new Row(cells, r.table(), r.at()));
            }
            d.diag("label-merged", rows.get(i).at(), "\"" + joined + "\" printed down the left of the goals' lines ("
                    + String.join(" / ", pieces) + ") is the completion block's label, set aside");
            i = at.get(at.size() - 1);
        }
        return out == null ? rows : out;
    }

    /** The head of a row's first cell when it can be a piece of a wrapped label: Han characters only, then a space or nothing. */
    private static String piece(Row r) {
        int c = firstFilled(r.cells());
        if (c < 0) {
            return null;
        }
        String t = Text.clean(r.cells().get(c).text());
        if (t == null || t.isEmpty()) {
            return null;
        }
        int sp = t.indexOf(' ');
        String p = sp < 0 ? t : t.substring(0, sp);
        if (p.length() < 2 || p.length() > MAX_PIECE || !allIdeographic(p)) {
            return null;
        }
        return p;
    }

    /** Every code point a Han ideograph (a loop, not a stream: no lambda spun on a text file's path; StartupClassesTest). */
    private static boolean allIdeographic(String p) {
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            if (!Character.isIdeographic(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static int firstFilled(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(Row r) {
        Integer l = r.at().line();
        return l == null ? Integer.MIN_VALUE / 2 : l;
    }
}
