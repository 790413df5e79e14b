package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;

/**
 * A group's first row told by where its level-1 label was printed (plain pdftotext, one cell per paragraph, one
 * period). LibreOffice prints a merged label cell at its middle; for a group of two rows that is the line between
 * them, and pdftotext meets it after the first row's name and before that row's value: {@code 对健全医疗保障制度体系的作用
 * / 政策知晓率 / 满意度指标 / 成效明显 / ≥80.00(%) / 服务对象满意度指标 / 工作满意度 / ≥85.00(%)}. The group's level-2 label,
 * printed after the first row's value, went to the second row, which printed it before its name, and the first row
 * continued the group above. A level-1 label printed after a row's name and before its value is no lower than that
 * row, so its group starts there at the latest: the row takes the level-2 label of that family printed after its
 * value, before the next row (the next row keeps the group, carried down). Only a row printing no label of its own,
 * under a group of another family, right above the row that printed the level-2 label.
 */
final class PdfTextLevel1BeforeValue {
    private PdfTextLevel1BeforeValue() {
    }

    /**
     * Moves each such level-2 label up to the row whose value its level-1 label was printed before.
     *
     * @param rows the rows (their left copies: one period), level-2 labels placed, level 1 not yet
     * @param level1Apart the level-1 labels printed apart
     * @return how many rows took the label
     */
    static int moveUp(List<IndRow> rows, List<Piece> level1Apart) {
        int moved = 0;
        for (int s = 2; s < rows.size(); s++) {
            Copy c = rows.get(s).left;
            Copy b = rows.get(s - 1).left;
            if (c.l2 == null || c.l1 != null || c.next != null || !c.labels.contains(c.l2)
                    || !b.labels.isEmpty() || b.l1 != null || b.next != null || b.l2 == null || b.l2 == c.l2
                    || rows.get(s - 2).left.l2 != b.l2 || b.name == null || b.value == null || b.value.text().isBlank()) {
                continue; // b: a row printing no label, carrying the group above's level 2; c: printing its own
            }
            String fam = PdfTextLabelsApart.family(c.l2.text());
            if (fam != null && !fam.equals(PdfTextLabelsApart.family(b.l2.text())) && c.l2.line() > b.value.line()
                    && printedBetween(level1Apart, fam, b.name.line(), b.value.line())) {
                b.l2 = c.l2;
                moved++;
            }
        }
        return moved;
    }

    /** Whether a label of {@code family} was printed after line {@code after} and before line {@code before}. */
    private static boolean printedBetween(List<Piece> labels, String family, int after, int before) {
        for (Piece p : labels) {
            if (p.key().equals(family) && p.line() > after && p.line() < before) {
                return true;
            }
        }
        return false;
    }

    /** The page's note for the rows that took their group's labels so. */
    static dev.zhibiao.Diagnostic diagnostic(int rows, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-level1-before-value", rows + " row(s) whose group's level-1 label was"
                + " printed after the row's name and before its value took the group's level-2 label printed after the value"
                + " (a two-row group's labels printed at its middle)", at);
    }
}
