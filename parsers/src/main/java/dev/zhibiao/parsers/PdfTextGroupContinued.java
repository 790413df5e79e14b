package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * Rows printing no label of their own under a row that prints its level-2 label, dealt a level-2 label printed
 * apart (plain pdftotext, one period). A merged label cell is printed once: its group's first row may print it (the
 * cell's label read as that row's own) and the rows under it print none, while the next group's label is printed
 * away from its rows (after them, at the next group's labels). The dealing of the labels apart gave every row
 * without a label of its own one of them, so the group above stopped at its labelled row. The first of those rows
 * continue the group above where they suit its label better than the label dealt to them ({@link PdfTextLabelFit},
 * core's {@code Level2Fit}) by at least {@link #MIN_GAIN} together, the dealt label keeping one row at least. A row
 * printed after two level-1 labels ({@code 效益指标 / 满意度指标}, a new page's 一级 column printed first) between them
 * is passed over: core reads it under the labels above.
 */
final class PdfTextGroupContinued {
    private PdfTextGroupContinued() {
    }

    /** How much better the rows must suit the group above's label for the bound to move down. */
    static final double MIN_GAIN = 1;

    /**
     * Moves bounds down (see the class comment).
     *
     * @param rows the rows, their level-2 labels dealt
     * @param own each row's own level-2 label before the labels apart were dealt (null: none)
     * @param levelOnesBefore the rows printed after two level-1 labels of groups below (passed over: core reads them
     *        under the labels above)
     * @return how many rows continue the group above
     */
    static int extend(List<IndRow> rows, Piece[] own, java.util.Set<IndRow> levelOnesBefore) {
        int moved = 0;
        for (int s = 1; s < rows.size(); s++) {
            int a = s - 1;
            while (a > 0 && levelOnesBefore.contains(rows.get(a))) {
                a--; // a row printed after two level-1 labels of groups below is read under the labels above (core)
            }
            Copy above = rows.get(a).left;
            Copy first = rows.get(s).left;
            Piece p = above.l2;
            Piece q = first.l2;
            if (levelOnesBefore.contains(rows.get(a)) || levelOnesBefore.contains(rows.get(s))
                    || own[a] == null || p != own[a] || own[s] != null || q == null || q.key().equals(p.key())
                    || PdfTextLabelFit.level2Rank(p.text()) < 0 || PdfTextLabelFit.level2Rank(q.text()) < 0
                    || first.l1 != null || above.next != null) {
                continue;
            }
            int end = s;
            while (end < rows.size() && own[end] == null && rows.get(end).left.l2 == q && rows.get(end).left.l1 == null) {
                end++;
            }
            // rows s .. end-1 were dealt q; q keeps one row at least
            int best = s;
            double bestGain = 0;
            double gain = 0;
            for (int k = s; k < end - 1; k++) {
                gain += PdfTextLabelFit.fit(p.text(), rows.get(k)) - PdfTextLabelFit.fit(q.text(), rows.get(k));
                if (gain > bestGain) {
                    bestGain = gain;
                    best = k + 1;
                }
            }
            if (best > s && bestGain >= MIN_GAIN) {
                for (int k = s; k < best; k++) {
                    rows.get(k).left.l2 = p;
                }
                moved += best - s;
                s = best;
            }
        }
        return moved;
    }

    /** The note of the rows that continued the group above. */
    static dev.zhibiao.Diagnostic diagnostic(int rows, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-group-continued", rows + " row(s) printing no label of their own"
                + " under a row printing its level-2 label continued that group: they suit its label better than the label"
                + " printed apart dealt to them, which keeps the rows after them", at);
    }
}
