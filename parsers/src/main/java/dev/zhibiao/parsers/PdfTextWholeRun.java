package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.ApartLabelLevels;
import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * Plain pdftotext, one period: the 一级 and 二级 columns of a sheet's first groups printed whole before its
 * first rows, as many level-2 labels as rows printing no label of their own
 * ({@link PdfTextLabelsApart#labelColumnsPrintedWhole}), deal those rows their labels one each. When the labels
 * printed apart further down break the framework's order, the 二级 column is read again as a whole
 * ({@code levelTwoInSequence}: labels in print order, by how they suit the rows). That reading places the 2021
 * framework's cost group (成本指标 / 社会成本指标 …) by fit alone, the cost family standing anywhere in the
 * framework's order; a row the run dealt a cost level-2 label keeps it (and its 成本指标) when the reading gave
 * that label to no row. Without this the reading gave the first row (对健全医疗保障制度体系的影响, 成本指标 /
 * 社会成本指标) the 数量指标 of the row below it.
 */
final class PdfTextWholeRun {
    private PdfTextWholeRun() {
    }

    /**
     * Gives the first {@code dealt} rows back the cost level-2 labels the run dealt them ({@code dealtLabels}: each
     * row's level 2 as dealt, index 0) where the whole reading gave that label to no row.
     *
     * @return how many rows were given their cost label back
     */
    static int keepCostRows(List<IndRow> rows, int dealt, Piece[][] dealtLabels) {
        int kept = 0;
        for (int i = 0; i < dealt && i < rows.size() && i < dealtLabels.length; i++) {
            Piece l2 = dealtLabels[i][0];
            Copy c = rows.get(i).left;
            if (l2 == null || c.l2 == l2 || !ApartLabelLevels.costFamily(l2.text()) || used(rows, l2)) {
                continue;
            }
            c.l2 = l2;
            c.next = null;
            kept++;
        }
        return kept;
    }

    private static boolean used(List<IndRow> rows, Piece l2) {
        for (IndRow r : rows) {
            if (r.left.l2 != null && r.left.l2.key().equals(l2.key())) {
                return true;
            }
        }
        return false;
    }

    /** The page's note for rows that kept the cost label the run printed before them dealt them. */
    static Diagnostic diagnostic(int kept, Locator at) {
        return new Diagnostic("pdftotext-label-run-kept", kept + " row(s) dealt a cost level-2 label (社会成本指标, 经济成本指标 …)"
                + " by the 一级 and 二级 columns printed whole before them kept it when the 二级 column was read again as a"
                + " whole (that reading gave the label to no row)", at);
    }
}
