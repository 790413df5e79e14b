package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/**
 * Plain pdftotext prints the name cells of a column in one paragraph when they stand close: a name
 * that fills its line (a cell as wide as the column) then reads as wrapped into the next row's name
 * ({@code 参保人住院费用实际报销比例 / 实行按病种(组)、按人头付费 / 等支付方式改革}). The values printed after the names,
 * one a cell, count the names: where they are more than the names by as many as there are full
 * lines ending as a name ends, the names are cut there.
 */
final class PdfTextNameCount {
    private PdfTextNameCount() {
    }

    /** How a name ends (a rate, a ratio, a degree, a count, a standard, a bracketed unit). */
    static final Pattern NAME_END = Pattern.compile(".*(率|比例|度|数|量|额|标准|[)）])");

    /**
     * Cuts names of a run (names and category labels, then the values) at full lines that end as a
     * name ends, when the values after the run outnumber its names by exactly as many such lines.
     * {@code spans} holds, for each name joined from lines, its index in {@code out} and its first
     * and last fragment. Returns how many names were cut.
     */
    static int splitByValueCount(List<Piece> out, List<int[]> spans, List<Frag> frags, java.util.Map<Integer, Integer> widest) {
        int cutCount = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).kind() != Kind.TEXT || i > 0 && out.get(i - 1).kind() == Kind.TEXT) {
                continue;
            }
            int j = i;
            int names = 0;
            while (j < out.size() && (out.get(j).kind() == Kind.TEXT || out.get(j).kind() == Kind.LABEL && isCategory(out.get(j).text()))) {
                if (out.get(j).kind() == Kind.TEXT) {
                    if (PdfTextPairing.wordedValue(out.get(j))) {
                        break;
                    }
                    names++;
                }
                j++;
            }
            if (names < 2 || j >= out.size() || out.get(j).kind() != Kind.VALUE || out.get(j - 1).kind() != Kind.TEXT) {
                continue;
            }
            int values = 0;
            while (j + values < out.size() && (out.get(j + values).kind() == Kind.VALUE || PdfTextPairing.wordedValue(out.get(j + values)))) {
                values++;
            }
            int after = j + values;
            int missing = values - names;
            if (missing < 1 || missing > 2 || after < out.size() && out.get(after).kind() != Kind.LABEL) {
                continue;
            }
            List<int[]> cuts = new ArrayList<>(); // {piece index, fragment the name ends at}
            for (int[] span : spans) {
                if (span[0] < i || span[0] >= j) {
                    continue;
                }
                Integer w = widest.get(frags.get(span[2]).block());
                for (int k = span[1]; k < span[2] && w != null; k++) {
                    Frag f = frags.get(k);
                    if (width(f.text()) >= w - 2 && Rx.matches(NAME_END, f.key())) {
                        cuts.add(new int[] {span[0], k, span[1], span[2]});
                    }
                }
            }
            if (cuts.size() != missing) {
                continue;
            }
            // cut from the last so the indexes before stay
            int here = 0;
            for (int c = cuts.size() - 1; c >= 0; c--) {
                int[] cut = cuts.get(c);
                Piece whole = out.get(cut[0]);
                StringBuilder head = new StringBuilder();
                StringBuilder tail = new StringBuilder();
                for (int k = cut[2]; k <= cut[3]; k++) {
                    (k <= cut[1] ? head : tail).append(frags.get(k).text());
                }
                if (!(head.toString() + tail).equals(whole.text())) {
                    continue; // joined otherwise than fragment by fragment: left as it is
                }
                out.set(cut[0], new Piece(head.toString(), whole.line(), Kind.TEXT));
                out.add(cut[0] + 1, new Piece(tail.toString(), frags.get(cut[1] + 1).line(), Kind.TEXT));
                for (int[] span : spans) {
                    if (span[0] > cut[0]) {
                        span[0]++;
                    }
                }
                here++;
            }
            cutCount += here;
            i = after + here - 1;
        }
        return cutCount;
    }
}
