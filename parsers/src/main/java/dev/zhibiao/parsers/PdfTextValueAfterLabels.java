package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain pdftotext, one period: two names printed one after the other, the labels of their group printed apart
 * (vertically centred in their merged cells), then one number ({@code 建立规范的转诊制度 / 至定点救治医疗机构就诊率 /
 * 产出指标 / 质量指标 / ≥90.00(%) / 农村贫困患者…}). The number has no name after it before the next name, so it is the
 * value of the second name, printed after the labels beside it; the first name prints no value (its 指标值 cell is
 * empty). Read in print order, the first name took the second as its value and the number became a row of its own.
 * Neither name is a worded value (不低于上年, 有效缓解: a short Han text, not a rate or a degree), the number is not
 * the first of a run of values (a values column printed together), and a rate's name ({@code …率}, {@code …(%)}) takes
 * only a percentage (a bare {@code 0} after a rate belongs to a name printed elsewhere).
 */
final class PdfTextValueAfterLabels {
    private PdfTextValueAfterLabels() {
    }

    /**
     * Puts each such number back after the second name, an empty value after the first name and the labels between
     * among the labels printed apart.
     *
     * @param pieces the page's pieces in print order, changed in place
     * @param apart where the labels between go
     * @return how many numbers were put back
     */
    static int putBack(List<Piece> pieces, List<Piece> apart) {
        int moved = 0;
        for (int i = 0; i + 3 < pieces.size(); i++) {
            Piece a = pieces.get(i);
            Piece b = pieces.get(i + 1);
            if (a.kind() != Kind.TEXT || b.kind() != Kind.TEXT || i > 0 && pieces.get(i - 1).kind() == Kind.TEXT
                    || PdfTextPairing.wordedValue(a) || PdfTextPairing.wordedValue(b)) {
                continue;
            }
            int j = i + 2;
            while (j < pieces.size() && pieces.get(j).kind() == Kind.LABEL) {
                j++;
            }
            if (j == i + 2 || j >= pieces.size()) {
                continue;
            }
            Piece v = pieces.get(j);
            if (v.kind() != Kind.VALUE || v.text().isBlank() || rate(b) && !v.text().contains("%")
                    || j + 1 < pieces.size() && pieces.get(j + 1).kind() == Kind.VALUE) {
                continue;
            }
            List<Piece> between = new ArrayList<>(pieces.subList(i + 2, j));
            pieces.subList(i + 1, j + 1).clear();
            pieces.addAll(i + 1, List.of(new Piece("", a.line(), Kind.VALUE), b, v));
            apart.addAll(between);
            moved++;
            i += 3;
        }
        return moved;
    }

    /** A rate's name ({@code …就诊率}, {@code …参保率(%)}): its number is a percentage. */
    private static boolean rate(Piece name) {
        String k = name.key().replace('（', '(').replace('）', ')');
        return k.endsWith("率") || k.endsWith("(%)");
    }

    /** The page's note for the numbers put back. */
    static Diagnostic diagnostic(int moved, Locator at) {
        return new Diagnostic("pdftotext-value-after-labels", moved + " number(s) printed after the labels that follow two"
                + " names read as the second name's value; the first name prints no value", at);
    }
}
