package dev.zhibiao.parsers;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.List;
import java.util.Map;

/**
 * A name whose short last line ends its cell, the next line of its paragraph opening another name (plain pdftotext,
 * one-period target sheets): pdftotext keeps the lines of one column's cells in one paragraph when nothing of another
 * column is printed between them, so the next line is the next cell of the name's column and this name prints no
 * value ({@code 确定贫困人口定点救助医疗机构 / 建立规范的转诊制度 / 至定点救治医疗机构就诊率}, then one value: the third
 * name's). Without this, the next name was read as this name's worded value. Counted with the names cut at a width
 * no column wraps at ({@code pdftotext-names-apart}), whose reading this is.
 */
final class PdfTextNextInColumn {
    private PdfTextNextInColumn() {
    }

    /**
     * Whether the name ending at fragment {@code i} ended its cell early and the next fragment, of the same paragraph,
     * opens another name.
     */
    static boolean shortBeforeName(List<Frag> frags, int i, Map<Integer, Integer> widest, boolean shortLinesEnd) {
        if (!shortLinesEnd || i + 1 >= frags.size()) {
            return false;
        }
        Frag last = frags.get(i);
        Frag next = frags.get(i + 1);
        return last.ends() && next.starts() && next.block() == last.block()
                && !PdfTextReader.isVocabulary(next.key()) && !PdfTextFragments.isValue(next.text())
                && !PdfTextFragments.isValue(last.text()) && !PdfTextReader.isVocabulary(last.key())
                && !Rx.find(PdfTextReader.NUMBERED_NAME, next.key())
                && PdfTextFragments.endsCellEarly(last, widest)
                && !PdfTextPairing.wordedValue(new PdfTextReader.Piece(next.text(), next.line(), PdfTextReader.Kind.TEXT));
    }
}
