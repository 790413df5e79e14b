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
 * name's). Without this, the next name was read as this name's worded value. Only where one value follows the
 * paragraph: LibreOffice's prints keep a column's names in one paragraph as well and print their values after it.
 * Counted with the names cut at a width no column wraps at ({@code pdftotext-names-apart}), whose reading this is.
 */
final class PdfTextNextInColumn {
    private PdfTextNextInColumn() {
    }

    /**
     * Whether the name ending at fragment {@code i} ended its cell early and the next fragment, the last line of the same
     * paragraph, opens another name, one value printed after the paragraph.
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
                && !PdfTextPairing.wordedValue(new PdfTextReader.Piece(next.text(), next.line(), PdfTextReader.Kind.TEXT))
                && (i + 2 >= frags.size() || frags.get(i + 2).block() != last.block())
                && valuesAfter(frags, i) == 1;
    }

    /**
     * How many values are printed right after the paragraph of fragment {@code i}, a paragraph each, before the next
     * text that is no value: one when only the paragraph's last name prints a value (LibreOffice's prints keep a column's
     * names in one paragraph too, their values printed after it, as many as the names); -1 when the paragraph after
     * them is short enough to be a worded value ({@code 不低于 / 上年}).
     */
    static int valuesAfter(List<Frag> frags, int i) {
        int j = i + 1;
        while (j < frags.size() && frags.get(j).block() == frags.get(i).block()) {
            j++;
        }
        int n = 0;
        while (j < frags.size() && PdfTextFragments.isValue(frags.get(j).text())) {
            n++;
            int b = frags.get(j).block();
            while (j < frags.size() && frags.get(j).block() == b) {
                j++;
            }
        }
        if (j < frags.size()) {
            // what follows the values is the next name, no worded value (不低于 / 上年) of the paragraph's names
            StringBuilder t = new StringBuilder();
            int b = frags.get(j).block();
            for (int k = j; k < frags.size() && frags.get(k).block() == b; k++) {
                t.append(frags.get(k).key());
            }
            if (t.length() <= PdfTextPairing.SHORT_VALUE) {
                return -1;
            }
        }
        return n;
    }
}
