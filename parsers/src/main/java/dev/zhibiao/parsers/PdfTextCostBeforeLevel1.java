package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.ApartLabelLevels;
import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * {@code 成本指标 / 满意度指标} printed before one row (plain pdftotext prints a page's label columns before its names:
 * the cost group's level-2 cell and the satisfaction group's level-1 cell, both centred lower). Read as the row's
 * level 1 and level 2 they made a 成本指标 | 满意度指标 row, and the rows after it took 满意度指标 as their level 2. No level 1
 * files 满意度指标 under 成本指标 ({@link ApartLabelLevels#costThenOtherLevel1}); on a sheet whose 成本指标 is no level 1
 * (no label of its 2021 family, 经济成本指标 …, printed with a row or apart) the row keeps 成本指标 as its level 2; the
 * level-1 label is the group's below (whose level-2 label names its family again) and is handed to no row.
 */
final class PdfTextCostBeforeLevel1 {
    private PdfTextCostBeforeLevel1() {
    }

    /**
     * Splits such label pairs (one period only), after the rows' own labels were read.
     *
     * @param rows  the rows, their own labels read ({@code l1}, {@code l2})
     * @param apart the labels printed apart (asked whether the sheet prints a 2021 cost label)
     * @param two   whether the sheet prints two periods (nothing done)
     * @return how many rows kept 成本指标 as their level 2
     */
    static int split(List<IndRow> rows, List<Piece> apart, boolean two) {
        if (two) {
            return 0;
        }
        for (IndRow r : rows) {
            for (Copy c : List.of(r.left, r.right)) {
                if (c.l2 != null && ApartLabelLevels.costFamily(c.l2.text()) && !c.l2.key().equals("成本指标")) {
                    return 0; // the 2021 framework: 成本指标 is a level 1
                }
            }
        }
        if (ApartLabelLevels.costFamilyApart(apart, Piece::key, Piece::text)) {
            return 0;
        }
        int n = 0;
        for (IndRow r : rows) {
            Copy c = r.left;
            if (c.labels.size() == 2 && c.l1 == c.labels.get(0) && c.l2 == c.labels.get(1)
                    && ApartLabelLevels.costThenOtherLevel1(c.labels.stream().map(Piece::text).toList())) {
                // the level-1 label is the group's below, whose level 2 names its family again: not handed to the
                // rows after this one (as 满意度指标 their level 2 was), the row keeping it printed in its labels
                c.l2 = c.l1;
                c.l1 = null;
                n++;
            }
        }
        return n;
    }

    /** The note of the rows that kept 成本指标 as their level 2. */
    static dev.zhibiao.Diagnostic diagnostic(int rows, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-cost-before-level1", rows + " row(s) printed after 成本指标 and a level-1"
                + " label of another family (成本指标 / 满意度指标): 成本指标 kept as the row's level 2, the level-1 label left"
                + " to the group below it names", at);
    }
}
