package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * A level-1 label printed apart that names the family of a level-2 label printed further down (plain pdftotext:
 * Chromium prints a merged 一级 cell's label once, where its cell opens; a table run onto a new page prints that
 * page's 一级 column after the page's rows, {@code 效益指标 / 满意度指标} after the 质量 rows continued from the page
 * before). Rows printing no label of their own right under a group whose level 2 is known continue that group (core
 * carries its labels down); such a label is the later group's, whose level 2 names its family, and is not dealt to
 * them.
 */
final class PdfTextLevel1OfGroupBelow {
    private PdfTextLevel1OfGroupBelow() {
    }

    /**
     * Whether {@code label} (a level-1 label printed apart, next in turn to be dealt) is a later group's and row
     * {@code at} (no level 1 and no level 2 of its own) continues the group above.
     *
     * @param rows the rows (their left copies read)
     * @param at the row about to be dealt the label
     * @param familyAbove the level-1 family of the level-2 label of the row above, or null
     * @param label the level-1 label printed apart
     */
    static boolean heldForGroupBelow(List<IndRow> rows, int at, String familyAbove, Piece label) {
        if (familyAbove == null || label == null || familyAbove.equals(label.key())) {
            return false;
        }
        for (int k = at + 1; k < rows.size(); k++) {
            Copy c = rows.get(k).left;
            if (c.l1 == null && c.l2 != null && label.key().equals(PdfTextLabelsApart.family(c.l2.text()))) {
                return true;
            }
        }
        return false;
    }

    /** The note of the rows that continued the group above instead of taking a level-1 label printed apart. */
    static dev.zhibiao.Diagnostic diagnostic(int rows, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-level1-of-group-below", rows + " row(s) printing no label of their own"
                + " under a group whose level 2 is known continued it: the level-1 label printed apart next in turn names the"
                + " family of a level-2 label printed further down, whose group it labels", at);
    }
}
