package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * Whether a sheet's {@code 成本指标} printed apart from its rows (plain pdftotext, a merged label cell printed
 * where the reading order meets it) is its level 1, as the framework of 2021 has it ({@code 成本指标} over
 * {@code 经济成本指标 / 社会成本指标 / 生态环境成本指标}), or the older level 2 under {@code 产出指标}. The
 * sheet says which: a level-2 label of the 成本指标 family that is no level 1 itself, printed among the
 * labels apart, exists only under a level-1 成本指标. Rows that print such a label with them are judged by
 * {@link PdfTextLabelsApart} already; this is the case where the cost group's labels were all printed apart
 * (the group's one row printed first, its labels in the run before the heading's 三级指标).
 */
final class PdfTextCostLevel {
    private PdfTextCostLevel() {
    }

    /**
     * Whether the labels printed apart hold a level-2 label whose level 1 (core's vocabulary) is
     * {@code 成本指标} and which is no label of level 1 itself.
     */
    static boolean costFamilyApart(List<Piece> apart) {
        for (Piece p : apart) {
            String k = p.key();
            if (!PdfTextReader.isLevel1(k) && "成本指标".equals(Vocabulary.parentOf(p.text()))) {
                return true;
            }
        }
        return false;
    }

    /** How many {@code 成本指标} labels are among the labels printed apart. */
    static int costLabels(List<Piece> apart) {
        int n = 0;
        for (Piece p : apart) {
            if (p.key().equals("成本指标")) {
                n++;
            }
        }
        return n;
    }
}
