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

    /** How many rows row {@code t} of {@code m} lies outside label {@code j}'s even share of {@code n} labels. */
    static double spread(int t, int j, int m, int n) {
        double lo = (double) j * m / n;
        double hi = (double) (j + 1) * m / n;
        return t + 1 <= lo ? lo - t : t >= hi ? t + 1 - hi : 0;
    }
}
