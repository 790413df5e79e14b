package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain pdftotext, one period: the names of several groups printed one after another with their groups' labels
 * among them, none with a value, then the 指标值 cells of those rows printed together, every one a worded value
 * ({@code 医疗救助对象覆盖范围 / 社会效益指标 / 效益指标 / 困难群众看病就医方便程度 / … / 对健全医疗保障制度体系的作用 /
 * 满意度指标 / 逐步扩大 / 明显提高 / 有效缓解 / 成效明显 / 成效明显 / 政策知晓率 / ≥80%}): a narrow value column wraps
 * each worded value over two lines, so pdftotext prints those cells after the names beside them. When the worded
 * values are exactly as many as the names, each name takes one in order; the labels keep their places (labels after
 * the last name, the next group's, stay after its value). The run of
 * names starts after a value, a label or the page's start; the worded values end before a label, the page's end, or
 * a text that can be no value ({@link #noValue}). No name is a worded value (the run of names ends at the first), and
 * a label stands between two of the names (without one, short Han pieces after two names are as likely the wrapped
 * ends of a name and its value: {@code …目录外医疗费用 / 原则上控制在 10% / 比例 / 以内}).
 */
final class PdfTextWordedColumn {
    private PdfTextWordedColumn() {
    }

    /**
     * Zips each such run of names with its worded values.
     *
     * @param pieces the page's pieces in print order, changed in place
     * @return how many names took a worded value
     */
    static int zip(List<Piece> pieces) {
        int zipped = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece first = pieces.get(i);
            if (first.kind() != Kind.TEXT || PdfTextPairing.wordedValue(first)
                    || i > 0 && pieces.get(i - 1).kind() == Kind.TEXT) {
                continue;
            }
            int j = i;
            int names = 0;
            // a label between two names: the name cells of several groups printed as blocks
            boolean among = false;
            boolean labelSeen = false;
            while (j < pieces.size() && !PdfTextPairing.wordedValue(pieces.get(j))) {
                Piece p = pieces.get(j);
                if (p.kind() == Kind.VALUE || p.kind() == Kind.LABEL && !PdfTextReader.isCategory(p.text())) {
                    break;
                }
                if (p.kind() == Kind.TEXT) {
                    among |= labelSeen;
                    names++;
                } else {
                    labelSeen = true;
                }
                j++;
            }
            if (names < 2 || !among || j >= pieces.size() || !PdfTextPairing.wordedValue(pieces.get(j))) {
                continue;
            }
            int values = 0;
            while (j + values < pieces.size() && PdfTextPairing.wordedValue(pieces.get(j + values))) {
                values++;
            }
            int after = j + values;
            if (values != names || after < pieces.size() && pieces.get(after).kind() != Kind.LABEL
                    && !noValue(pieces.get(after))) {
                continue;
            }
            List<Piece> out = new ArrayList<>();
            int v = j;
            for (int k = i; k < j; k++) {
                Piece p = pieces.get(k);
                out.add(p);
                if (p.kind() == Kind.TEXT) {
                    Piece value = pieces.get(v++);
                    out.add(new Piece(value.text(), value.line(), Kind.VALUE));
                }
            }
            List<Piece> rest = new ArrayList<>(pieces.subList(after, pieces.size()));
            pieces.subList(i, pieces.size()).clear();
            pieces.addAll(out);
            pieces.addAll(rest);
            zipped += names;
            i += out.size() - 1;
        }
        return zipped;
    }

    /** A comparison word alone: a value's first line in a narrow column ({@code 不低于 / 上年}). */
    private static final java.util.regex.Pattern OPERATOR_WORD = java.util.regex.Pattern.compile("不低于|不高于|不少于|不多于|不超过|不大于|不小于");

    /**
     * A comparison word printed alone and the short Han text after it ({@code 不低于 / 上年}: a worded value wrapped in a
     * narrow 指标值 column, its lines printed as two paragraphs) are one value; read apart, the comparison word went to
     * the name before as its wrapped end. Returns the pieces with each such pair joined (a worded value, text).
     */
    static List<Piece> joinOperatorWord(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Piece a = pieces.get(i);
            Piece b = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            if (b != null && a.kind() == Kind.TEXT && b.kind() == Kind.TEXT && b.line() > a.line()
                    && Rx.matches(OPERATOR_WORD, a.key()) && Rx.matches(b.key(), "\\p{IsHan}{1,3}")) {
                out.add(new Piece(a.text() + b.text(), a.line(), Kind.TEXT));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A text that can be no value of a narrow 指标值 column: not a worded value and at least
     * {@link PdfTextPairing#LONG_NAME} long, or a rate's or degree's name ({@code 政策知晓率}, {@code 工作满意度}).
     */
    static boolean noValue(Piece p) {
        if (p.kind() != Kind.TEXT || PdfTextPairing.wordedValue(p)) {
            return false;
        }
        String k = p.key();
        return k.length() >= PdfTextPairing.LONG_NAME || k.endsWith("率") || k.endsWith("度");
    }

    /** The page's note for the names that took worded values. */
    static Diagnostic diagnostic(int zipped, Locator at) {
        return new Diagnostic("pdftotext-worded-column", zipped + " name(s) printed with their groups' labels among them,"
                + " no value after any, took in order the as many worded values printed after them (a narrow 指标值"
                + " column wrapped)", at);
    }
}
