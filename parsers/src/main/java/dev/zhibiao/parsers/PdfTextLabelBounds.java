package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * Where a group of rows under a level-2 label printed with its rows begins (plain pdftotext, one cell per
 * paragraph, one period). A merged label cell is printed where pdftotext meets it in its reading order, at the
 * cell's middle: after the group's first rows, so the row it is printed before is not always its group's first.
 * Between two groups whose labels were printed with their rows, the bound is moved up (at most {@link #REACH}
 * rows, the group above keeping a row, across no other printed label) to where the rows' names and values suit
 * their labels best ({@link PdfTextLabelFit}, core's {@code Level2Fit}), when that is at least {@link #MIN_GAIN}
 * better than where the label was printed. A bound is never moved down: a label printed before its group's first
 * row is where a label is printed most often, and a fit alone (a rate's percent suits 质量指标) is no reason to
 * take rows from it.
 */
final class PdfTextLabelBounds {
    private PdfTextLabelBounds() {
    }

    /** How many rows a bound moves up at most. */
    static final int REACH = 6;
    /** How much better the rows must suit their labels for a bound to move. */
    static final double MIN_GAIN = 1;

    /**
     * Moves the bounds between consecutive groups of {@code rows} (their left copies: one period) up to where the
     * rows suit their labels best.
     *
     * @return how many rows changed their level-2 label
     */
    static int recentre(List<IndRow> rows) {
        int moved = 0;
        int prevStart = -1;
        Piece prevLabel = null;
        for (int s = 0; s < rows.size(); s++) {
            Copy c = rows.get(s).left;
            if (c.l2 == null) {
                if (c.l1 != null || c.next != null) {
                    prevStart = -1; // a level-1 label alone, a stacked label: not a plain group bound
                    prevLabel = null;
                }
                continue;
            }
            if (c.next != null || prevLabel == null || PdfTextLabelFit.level2Rank(c.l2.text()) < 0
                    || PdfTextLabelFit.level2Rank(prevLabel.text()) < 0 || c.l2.key().equals(prevLabel.key())) {
                prevStart = c.next != null ? -1 : s;
                prevLabel = c.next != null ? null : c.l2;
                continue;
            }
            int best = s;
            double bestGain = 0;
            for (int p = Math.max(prevStart + 1, s - REACH); p < s; p++) {
                double gain = 0;
                for (int t = p; t < s; t++) {
                    gain += PdfTextLabelFit.fit(c.l2.text(), rows.get(t)) - PdfTextLabelFit.fit(prevLabel.text(), rows.get(t));
                }
                if (gain > bestGain || gain == bestGain && s - p < s - best) {
                    best = p;
                    bestGain = gain;
                }
            }
            if (best != s && bestGain >= MIN_GAIN) {
                Copy to = rows.get(best).left;
                to.l1 = c.l1;
                to.l2 = c.l2;
                c.l1 = null;
                c.l2 = null;
                moved += s - best;
                s = best;
                c = to;
            }
            prevStart = s;
            prevLabel = c.l2;
        }
        return moved;
    }
}
