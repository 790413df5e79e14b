package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain pdftotext, one period: the 一级 and 二级 columns printed whole before a sheet's first rows deal those rows
 * their labels one each ({@link PdfTextLabelsApart#labelColumnsPrintedWhole}); when the labels printed apart further
 * down break the framework's order the 二级 column is read again as a whole, and that reading, by the rows' fit
 * alone, may deal the run's rows other labels (a 到位率 row under 时效指标 read as 质量指标, the cost row as 数量指标).
 * The run is kept when every row it dealt prints a name and a value: those rows take back the run's labels, and the
 * rows below are read again as a whole without them. A run dealt over a line that is no indicator row (a goal's
 * sentence printed among the labels, read as a row with no value) is dealt one row off: the whole reading stands.
 */
final class PdfTextSoundRun {
    private PdfTextSoundRun() {
    }

    /** Reads a level-2 column again as a whole over some rows ({@code levelTwoInSequence}). */
    interface WholeReading {
        /**
         * Deals the labels (and the rows' own) to the rows.
         *
         * @return false when nothing changed
         */
        boolean read(List<IndRow> rows, List<Piece> labels);
    }

    /**
     * Gives the first {@code dealt} rows back the labels the run dealt them ({@code dealtLabels}: each row's level 2
     * and the next group's label printed with it, as dealt) when every one of them prints a name and a value, and
     * reads the rows below again with the labels printed apart ({@code apart}) and their own.
     *
     * @return how many rows took back a label the whole reading had changed (0: nothing changed, the run not kept or
     *     the whole reading agreeing with it)
     */
    static int keep(List<IndRow> rows, int dealt, Piece[][] dealtLabels, List<Piece> apart, WholeReading reading) {
        int n = Math.min(dealt, Math.min(rows.size(), dealtLabels.length));
        if (n == 0 || n >= rows.size()) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            Copy c = rows.get(i).left;
            if (c.name == null || c.value == null || dealtLabels[i][0] == null) {
                return 0;
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (rows.get(i).left.l2 != dealtLabels[i][0]) {
                kept++;
            }
        }
        if (kept == 0) {
            return 0; // the whole reading agrees with the run: it stands
        }
        for (int i = 0; i < n; i++) {
            Copy c = rows.get(i).left;
            c.l2 = dealtLabels[i][0];
            c.next = dealtLabels[i][1];
        }
        reading.read(rows.subList(n, rows.size()), new ArrayList<>(apart));
        return kept;
    }

    /** The page's note for rows that took back the labels of the run printed before them. */
    static Diagnostic diagnostic(int kept, Locator at) {
        return new Diagnostic("pdftotext-label-run-sound", kept + " row(s) dealt their labels by the 一级 and 二级 columns"
                + " printed whole before them kept those labels when the 二级 column was read again as a whole (every row"
                + " the run dealt prints a name and a value); the rows below were read again without the run's labels", at);
    }
}
