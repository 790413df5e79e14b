package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.List;

/**
 * Whether the level labels of an OCR'd table read row by row (not as printed lines) stand at the vertical
 * middle of their merged cells. A page read from word boxes without its image (no cells: the engine reports
 * a scan's column rules but hardly any row rule) gives each label the line it was printed on; where the
 * print centres a merged cell's text, a group's label lands on a middle row, and the rows above it would
 * take the group before. The table says which way it prints: a label printed on its group's first row puts
 * one on the table's first row (the first group's); a first row without a level-2 label, no label above it,
 * under a table whose later rows carry them, is a first group's label printed lower down, at its middle, when the
 * rows fit it: the first label k rows down, the next label not before row 2k (a first group whose label the engine
 * lost, the labels under it on their groups' first rows, has the next label right under the first).
 * Such a table's labels are placed by the centred-label rule ({@link LabelPlacement#centred}).
 */
final class CentredOcrGroups {
    private CentredOcrGroups() {
    }

    static boolean applies(List<Read> reads) {
        int first = -1;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (r.isIndicator()) {
                first = i;
                break;
            }
            if (LabelPlacement.hasLevel2(r.labels)) {
                return false; // a label printed above the first indicator: not a middle
            }
        }
        if (first < 0) {
            return false;
        }
        Read f = reads.get(first);
        Cell name = f.content.get(Column.NAME);
        if (name == null || !name.ocr() || LabelPlacement.hasLevel2(f.labels)) {
            return false;
        }
        // the indicators' places of the first two label events: a first label at the middle of k rows above it
        // and k below makes a first group of 2k + 1 rows (2k when printed half a row low), the next label under it
        int k = -1;
        int index = 0;
        for (int i = first + 1; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!r.isIndicator()) {
                continue;
            }
            index++;
            if (!namesLevel2(r.labels)) {
                continue; // words naming no category (和, a speck) are no label event
            }
            if (k < 0) {
                k = index;
            } else {
                return index >= 2 * k;
            }
        }
        return k > 0;
    }

    private static boolean namesLevel2(List<IndicatorTable.Label> labels) {
        for (IndicatorTable.Label l : labels) {
            if (l.category() != null && l.category().level() == Vocabulary.Level.L2) {
                return true;
            }
        }
        return false;
    }
}
