package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Level2Fit;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.key;

/** How well a level-2 label printed apart suits an indicator row, from the row's name and value (plain pdftotext). */
final class PdfTextLabelFit {
    private PdfTextLabelFit() {
    }

    /** How well a level-2 label suits a row, from its value and its name ({@link Level2Fit}, core). */
    static double fit(String label, PdfTextIndicators.IndRow r) {
        PdfTextIndicators.Copy c = r.right.name != null ? r.right : r.left;
        String name = c.name == null ? "" : key(c.name.text());
        String value = c.value == null ? "" : key(c.value.text());
        return Level2Fit.fit(key(label), name, value, PdfTextFragments.isValue(value));
    }

    /** Whether a name states a deadline ({@link Level2Fit#deadline}). */
    static boolean deadline(String name) {
        return Level2Fit.deadline(name);
    }

    /** A level-2 label's place in the framework's order (core's vocabulary), or -1. */
    static int level2Rank(String label) {
        return Vocabulary.frameworkRank(label);
    }

    /**
     * Labels in print order normally follow the column top to bottom; a label printed after a
     * later group's (the 数量指标 of a group centred lower than the next group's label) breaks the
     * framework's order. Then the known labels are put back in that order in the places they
     * hold; labels outside the framework keep their places.
     */
    static void canonicalOrder(List<Piece> labels) {
        List<Integer> at = new ArrayList<>();
        List<Piece> known = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (level2Rank(labels.get(i).text()) >= 0) {
                at.add(i);
                known.add(labels.get(i));
            }
        }
        List<Piece> sorted = new ArrayList<>(known);
        sorted.sort(java.util.Comparator.comparingInt(p -> level2Rank(p.text())));
        for (int i = 0; i < at.size(); i++) {
            labels.set(at.get(i), sorted.get(i));
        }
    }

    /**
     * How much a label printed apart is told about its rows: nothing but its order. Where the rows'
     * names and values do not tell the labels apart, each label is taken to span about as many rows
     * as the others (a merged cell's label is centred in it; pdftotext keeps only the order).
     */
    static final double SPREAD = 0.25;

    /**
     * The even-spread prior's weight where every label dealt is printed after the last piece of every row of the page
     * (Chromium's plain print of a page whose 二级 column pdftotext reads last): the labels' order is all the print
     * says, and a prior of equal groups outweighed what the rows' names and values say (three {@code 2019年12月31日前…
     * 到位率} rows, a deadline's, dealt 成本指标 for the even share; {@code 逐步推开}, a deliverable's, 时效指标). Weighted a
     * fifth of {@link #SPREAD}: the fits decide and the spread only breaks their ties.
     */
    static final double SPREAD_AFTER_ROWS = 0.05;

    /** The even-spread prior's weight for labels dealt to {@code rows}: {@link #SPREAD_AFTER_ROWS} when every label follows every row. */
    static double spreadWeight(List<Piece> labels, List<PdfTextIndicators.IndRow> rows) {
        int first = Integer.MAX_VALUE;
        for (Piece p : labels) {
            first = Math.min(first, p.line());
        }
        for (PdfTextIndicators.IndRow r : rows) {
            for (PdfTextIndicators.Copy c : List.of(r.left, r.right)) {
                for (Piece p : new Piece[] {c.name, c.value, c.actual}) {
                    if (p != null && p.line() >= first) {
                        return SPREAD;
                    }
                }
            }
        }
        return labels.isEmpty() ? SPREAD : SPREAD_AFTER_ROWS;
    }

    /** The page's note: rows dealt by their fits, not by the even spread, the labels printed after every row. */
    static dev.zhibiao.Diagnostic diagnostic(int rows, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-labels-after-rows", rows + " row(s) dealt another level-2 label than an"
                + " even spread of the labels would give: every label was printed after the page's rows, so their names and"
                + " values decided", at);
    }

    /** How many rows row {@code t} of {@code m} lies outside label {@code j}'s even share of {@code n} labels. */
    static double spread(int t, int j, int m, int n) {
        double lo = (double) j * m / n;
        double hi = (double) (j + 1) * m / n;
        return t + 1 <= lo ? lo - t : t >= hi ? t + 1 - hi : 0;
    }
}
