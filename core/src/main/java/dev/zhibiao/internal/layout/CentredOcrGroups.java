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
 * under a table whose later rows carry them, is a first group's label printed lower down, at its middle.
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
        for (int i = first + 1; i < reads.size(); i++) {
            if (reads.get(i).isIndicator() && LabelPlacement.hasLevel2(reads.get(i).labels)) {
                return true;
            }
        }
        return false;
    }
}
