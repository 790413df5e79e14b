package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.MoneyVocabulary;
import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.List;

/**
 * A name's bracketed unit printed as its paragraph's last line (plain pdftotext, one cell a paragraph: {@code
 * 参保居民个人实际缴费标准 / (元)}, the value's paragraph after it). A bracketed money unit alone ({@link
 * MoneyVocabulary#isBracketedUnit}: {@code (元)}, {@code (万元)}) is a word the vocabulary knows as the money block's unit, so the name's paragraph stopped before it and the unit read as a cell of
 * its own (a row shifted, the name without its unit). Under a name of the indicator table (not a money label: 项目资金 /
 * (元) stays the money block's caption) the unit is the name's rest: the paragraph goes on.
 */
final class PdfTextUnitRest {
    private PdfTextUnitRest() {
    }

    /**
     * Whether {@code next}, the line after {@code last} in print order, is the bracketed unit ending the name whose
     * lines so far read {@code name}.
     *
     * @param after the fragment after {@code next}, or null
     */
    static boolean isRest(String name, Frag last, Frag next, Frag after) {
        String k = PdfTextReader.key(next.text());
        if (!MoneyVocabulary.isBracketedUnit(k) || !last.ends() || !next.starts() || !next.ends()
                || next.block() != last.block() || after != null && after.block() == next.block()) {
            return false; // only a unit line alone, its paragraph's last, right under the name's line
        }
        String n = PdfTextReader.key(name);
        return n.length() >= 6 && PdfTextFragments.isCjk(n) && !PdfTextReader.isVocabulary(n)
                && !MoneyVocabulary.isFundingLabel(n) && !PdfTextReader.isFundingLabel(n)
                && !PdfTextHeader.isUnitLabel(n + k);
    }

    /** The page's note for the names that took their unit so. */
    static dev.zhibiao.Diagnostic diagnostic(int names, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-unit-rest", names + " name(s) whose bracketed money unit ((元), (万元)) was"
                + " printed alone as the last line of the name's paragraph: read as the name's rest, not a cell of its own", at);
    }
}
