package dev.zhibiao.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well the sheets read from one document match its answer key, as
 * {@code fixtures/tools/score.py} scores them: sheets are paired per document, greedily by
 * indicator overlap; an indicator row counts when its level 1, level 2, name and value are equal
 * (after NFKC and white space removal); targets and header facts are compared on the paired rows
 * and sheets.
 *
 * <pre>{@code
 * Score s = ZhibiaoTestkit.score(Zhibiao.read(doc), ZhibiaoTestkit.answerKey(key));
 * s.f1();        // 1.0 when every row was read right
 * s.toString();  // "notice.txt sheets 1/1 paired 1 | indicators P=1.0000 R=1.0000 F1=1.0000 | targets 1.0000 | header 1.0000"
 * }</pre>
 *
 * @param source       the document's name
 * @param keySheets    sheets in the answer key
 * @param readSheets   sheets read
 * @param pairedSheets answer-key sheets paired with a sheet read
 * @param precision    indicator rows right over rows read (in {@link Mode#PARTIAL} mode, over rows of
 *                     paired sheets only)
 * @param recall       indicator rows right over rows in the key
 * @param f1           the harmonic mean of precision and recall
 * @param targets      paired indicators whose typed target is right, over paired indicators
 * @param header       header facts (kind, year, project, region) right, over facts compared
 * @param modes        the modes the score was computed in
 * @param problems     readable differences: missing sheets, rows missing or extra, header facts
 */
public record Score(String source, int keySheets, int readSheets, int pairedSheets, double precision, double recall,
                    double f1, double targets, double header, List<Mode> modes, List<String> problems) {

    /** How {@code score.py} is asked to compare. */
    public enum Mode {
        /**
         * {@code --partial}: the key answers only some sheets of the document; sheets read that pair
         * with no answer are left out of precision.
         */
        PARTIAL,
        /**
         * {@code --fuzzy}: for OCR output, a name or value matches when its characters are at least
         * 85% alike (difflib's ratio); targets must still be equal.
         */
        FUZZY
    }

    /**
     * Copies the lists.
     *
     * @param source       the document's name
     * @param keySheets    sheets in the answer key
     * @param readSheets   sheets read
     * @param pairedSheets answer-key sheets paired with a sheet read
     * @param precision    indicator precision
     * @param recall       indicator recall
     * @param f1           indicator F1
     * @param targets      share of right targets
     * @param header       share of right header facts
     * @param modes        the modes
     * @param problems     readable differences
     */
    public Score {
        Objects.requireNonNull(source, "source");
        modes = List.copyOf(modes);
        problems = List.copyOf(problems);
    }

    /** @return true when the sheets read are the key's sheets and every row, target and header fact is right */
    public boolean perfect() {
        return pairedSheets == keySheets && readSheets == keySheets && f1 == 1 && targets == 1 && header == 1;
    }

    /** @return the line {@code score.py} prints for the document, with the modes and the number of problems */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s sheets %d/%d paired %d | indicators P=%.4f R=%.4f F1=%.4f | targets %.4f"
                        + " | header %.4f%s%s", source, keySheets, readSheets, pairedSheets, precision, recall, f1, targets,
                header, modes.isEmpty() ? "" : " " + modes.toString().toLowerCase(Locale.ROOT),
                problems.isEmpty() ? "" : " | " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
    }
}
