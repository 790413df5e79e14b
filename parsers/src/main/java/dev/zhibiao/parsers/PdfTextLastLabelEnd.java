package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * Plain pdftotext: a level label cut in its merged cell whose end is the table's last piece ({@code … / 服务对象满意度 /
 * … / 有效缓解 / 普遍知晓 / 指标}, the end printed on the next page, after the last row's cells). Read as a piece of
 * text, the end stood after the last values as a row's name, and the values column seemed not to end there. The end
 * is one or two Han characters that are a level label's end ({@code 指标}, {@code 标}), the last piece of all, and exactly
 * one label printed before it spells a level label with it; that label takes it (the latest such label).
 */
final class PdfTextLastLabelEnd {
    private PdfTextLastLabelEnd() {
    }

    /**
     * Joins the last piece to the label it ends.
     *
     * @param pieces the page's pieces in print order, changed in place
     * @return 1 when joined, else 0
     */
    static int join(List<Piece> pieces) {
        if (pieces.size() < 3) {
            return 0;
        }
        Piece end = pieces.get(pieces.size() - 1);
        String ke = end.key();
        if (end.kind() != Kind.TEXT || !(ke.equals("指标") || ke.equals("标"))) {
            return 0;
        }
        int at = -1;
        for (int i = pieces.size() - 2; i >= 0; i--) {
            Piece p = pieces.get(i);
            if (p.kind() == Kind.LABEL && !p.key().endsWith("指标") && PdfTextReader.isCategory(p.text() + end.text())) {
                if (at >= 0) {
                    return 0; // two labels it could end: neither
                }
                at = i;
            }
        }
        if (at < 0) {
            return 0;
        }
        Piece l = pieces.get(at);
        pieces.set(at, new Piece(l.text() + end.text(), l.line(), Kind.LABEL));
        pieces.remove(pieces.size() - 1);
        return 1;
    }

    /** The page's note for a label end joined. */
    static Diagnostic diagnostic(int joined, Locator at) {
        return new Diagnostic("pdftotext-last-label-end", joined + " level label(s) cut in their cell, the end printed as the"
                + " table's last piece (on the next page), joined to the label", at);
    }
}
