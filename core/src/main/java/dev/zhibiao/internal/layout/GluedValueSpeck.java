package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Latin speck the engine printed after a value glued to its name, on a line of plain OCR text
 * ({@code 指标 1: 中央财政补助资金人均补助标准312元 ET}): the name-and-value cut of {@link OcrRepair#glued}
 * asks the piece to end with the value, so a speck after it left the value inside the name and the
 * value cell empty. Where the piece ends with a number and a unit (a Han character or %), then white
 * space and one to three Latin letters, the letters are no unit of that value (it has its unit
 * already) and no word of a Chinese sheet: they are set apart as a piece of their own after the value
 * (a mark between the cells, which the printed-line reader keeps as a remnant), and the name-and-value
 * cut is asked of the rest. Only where that cut then holds (the grammar reads the end as a quantity);
 * recorded as an {@code ocr-repaired} note.
 */
final class GluedValueSpeck {
    private GluedValueSpeck() {
    }

    /** A number and its unit (Han or %), white space, then one to three Latin letters to the end. */
    private static final Pattern SPECK = Pattern.compile("^(.*[0-9][0-9.,]*\\s*[%\\p{IsHan}])\\s+([A-Za-z]{1,3})$");

    /**
     * The piece without its Latin speck and the speck, or the piece (stripped) and null when it ends
     * with none.
     *
     * @param text the last piece of the line
     * @return {rest, speck or null}
     */
    static String[] split(String text) {
        String t = text.strip();
        Matcher m = SPECK.matcher(t);
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2)} : new String[] {t, null};
    }

    /**
     * Puts the speck, if any, as a piece of its own at {@code at} (after the value just cut off the
     * name) and records it.
     *
     * @param cells the line's pieces
     * @param at    where the speck goes
     * @param c     the piece it was printed in
     * @param speck the speck, or null
     * @param diags where the note goes
     */
    static void keep(List<Cell> cells, int at, Cell c, String speck, List<Diagnostic> diags) {
        if (speck == null) {
            return;
        }
        cells.add(at, new Cell(speck, c.at(), c.confidence()));
        diags.add(new Diagnostic(OcrRepair.CODE, "OCR reading \"" + c.text().strip() + "\": the Latin speck \"" + speck
                + "\" after the value glued to its name set apart (no unit of a value that has its unit)", c.at()));
    }
}
