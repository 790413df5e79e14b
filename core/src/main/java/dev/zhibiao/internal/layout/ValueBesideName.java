package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * A heading row of plain OCR text that prints the name heading 三级指标 whole and, in its next cell, the
 * value heading with one Han character misread ({@code 林娄指标 | ”外报 | 二民折本 | 三级指标 | 指标什}), its
 * level headings read past the one-substitution repairs. With fewer than three heading words the row is
 * not taken for a heading row ({@link OcrRepair}), so 指标什 stays and no heading is found: the rows under
 * it run into the goals above. The templates print 指标值 right of 三级指标, and a cell of three characters
 * starting 指标 after a cell reading 三级指标 exactly is no indicator's text (an indicator's name starts
 * 指标N: with a digit), so the row is a heading row and its cells are repaired as one (each an
 * {@code ocr-repaired} note, "indicator heading"). Plain OCR text only (cells with no confidence).
 */
final class ValueBesideName {
    private ValueBesideName() {
    }

    /**
     * @param cells a table row's cells as the engine printed them
     * @return true when a 三级指标 cell is followed by a misread 指标值 cell, and no cell names the value column
     */
    static boolean misread(List<Cell> cells) {
        int name = -1;
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            if (c.isEmpty()) {
                continue;
            }
            Vocabulary.Column col = Vocabulary.column(c.text());
            if (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE) {
                return false;
            }
            if (col == Vocabulary.Column.NAME && Text.key(c.text()).equals("三级指标")) {
                name = k;
            }
        }
        if (name < 0) {
            return false;
        }
        int at = name + 1;
        while (at < cells.size() && cells.get(at).isEmpty()) {
            at++;
        }
        if (at >= cells.size()) {
            return false;
        }
        Cell c = cells.get(at);
        String k = Text.key(c.text());
        return c.confidence() != null && c.confidence().isNaN() && Vocabulary.column(c.text()) == null
                && k.length() == 3 && k.startsWith("指标") && k.charAt(2) != '值'
                && Character.UnicodeScript.of(k.charAt(2)) == Character.UnicodeScript.HAN;
    }
}
