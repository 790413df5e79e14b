package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain pdftotext, one period: a row's name, then labels of groups below (level-1 labels printed at their merged
 * cells' middle, {@code 效益指标 / 满意度指标}), then one number, then the next row's name and value
 * ({@code …≥90.00(%) / 医保信息系统重大安全事件响应时间 / 效益指标 / 满意度指标 / ≤60 分钟 / 定点医药机构监督检查覆盖率 /
 * =100.00(%)}). The name's row is complete before it (a value ends the row above) and the number has a complete row
 * after it, so the number is the name's value, printed after the labels level with it; read in print order the
 * labels opened a new row and the number became that row's name, the name keeping no value. The one-name form of
 * {@link PdfTextValueAfterLabels}: the name is no worded value, the number is not one of a run of values (a values
 * column printed together), and a rate's name ({@code …率}, {@code …(%)}) takes only a percentage.
 */
final class PdfTextLoneValueAfterLabels {
    private PdfTextLoneValueAfterLabels() {
    }

    /**
     * Puts each such number right after its name and the labels between among the labels printed apart.
     *
     * @param pieces the page's pieces in print order, changed in place
     * @param apart where the labels between go
     * @return how many numbers were put back
     */
    static int putBack(List<Piece> pieces, List<Piece> apart) {
        int moved = 0;
        for (int i = 1; i + 2 < pieces.size(); i++) {
            Piece before = pieces.get(i - 1);
            Piece name = pieces.get(i);
            if (name.kind() != Kind.TEXT || PdfTextPairing.wordedValue(name) || !number(before)) {
                continue;
            }
            int j = i + 1;
            while (j < pieces.size() && pieces.get(j).kind() == Kind.LABEL) {
                j++;
            }
            if (j == i + 1 || j >= pieces.size()) {
                continue;
            }
            Piece v = pieces.get(j);
            if (!number(v) || rate(name) && !v.text().contains("%")) {
                continue;
            }
            // after the number: the page's end, or a whole row (a name that is no worded value, then a number)
            boolean rowAfter = j + 2 < pieces.size() && pieces.get(j + 1).kind() == Kind.TEXT
                    && !PdfTextPairing.wordedValue(pieces.get(j + 1)) && number(pieces.get(j + 2));
            if (j + 1 < pieces.size() && !rowAfter) {
                continue;
            }
            List<Piece> between = new ArrayList<>(pieces.subList(i + 1, j));
            pieces.subList(i + 1, j + 1).clear();
            pieces.add(i + 1, v);
            apart.addAll(between);
            moved++;
            i += 1;
        }
        return moved;
    }

    /** A value piece that prints something. */
    private static boolean number(Piece p) {
        return p.kind() == Kind.VALUE && !p.text().isBlank();
    }

    /** A rate's name ({@code …就诊率}, {@code …参保率(%)}): its number is a percentage. */
    private static boolean rate(Piece name) {
        String k = name.key().replace('（', '(').replace('）', ')');
        return k.endsWith("率") || k.endsWith("(%)");
    }

    /** The page's note for the numbers put back. */
    static Diagnostic diagnostic(int moved, Locator at) {
        return new Diagnostic("pdftotext-lone-value-after-labels", moved + " number(s) printed after labels of groups below"
                + " that follow a name, a whole row after them, read as that name's value", at);
    }
}
