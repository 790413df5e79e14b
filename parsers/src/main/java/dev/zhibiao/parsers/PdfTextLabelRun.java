package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * Plain pdftotext prints the label columns of several one-row groups together, before the rows
 * ({@code 产出指标 / 质量指标 / 时效指标 / 效益指标 / 社会效益指标 / 满意度指标 / 服务对象满意度指标 / 名1 / 值1 … 名4 / 值4}).
 * Every level-2 label printed heads one group of one row or more, so where a run of labels holds as
 * many level-2 labels (three or more) as rows follow it (each a name and its value, up to the next label or the
 * table's end), every group is one row: each row takes one level-2 label, in order, and the level-1
 * labels printed before it in the run.
 */
final class PdfTextLabelRun {
    private PdfTextLabelRun() {
    }

    /**
     * Deals the labels of such runs out to their rows, in place: each row's labels put right before
     * its name. Returns how many rows took a label so.
     */
    static int oneLabelEachRow(List<Piece> pieces) {
        int dealt = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).kind() != Kind.LABEL || i > 0 && pieces.get(i - 1).kind() == Kind.LABEL) {
                continue;
            }
            int j = i;
            int level2 = 0;
            while (j < pieces.size() && pieces.get(j).kind() == Kind.LABEL) {
                String t = pieces.get(j).text();
                if (!isCategory(t)) {
                    level2 = -1;
                    break;
                }
                level2 += isLevel2(t) && !isLevel1(t) ? 1 : 0;
                j++;
            }
            if (level2 < 3) {
                // two level-2 labels over two rows are read so already (the first labels the first row, the second the
                // rows after it); dealing them out again moved the pieces out of their lines' order, and the labels
                // printed apart further down the table were then placed on the wrong rows (PdfTextIndicatorsTest)
                continue;
            }
            int rows = 0;
            int k = j;
            while (k + 1 < pieces.size() && pieces.get(k).kind() == Kind.TEXT && pieces.get(k + 1).kind() == Kind.VALUE) {
                rows++;
                k += 2;
            }
            if (rows != level2 || k < pieces.size() && pieces.get(k).kind() != Kind.LABEL) {
                continue;
            }
            // the run's last label a level 2 (a level 1 after the last level 2 labels no row here)
            String last = pieces.get(j - 1).text();
            if (!isLevel2(last) || isLevel1(last)) {
                continue;
            }
            List<Piece> dealtOut = new ArrayList<>();
            int row = j;
            for (int l = i; l < j; l++) {
                Piece p = pieces.get(l);
                dealtOut.add(p);
                if (isLevel2(p.text()) && !isLevel1(p.text())) {
                    dealtOut.add(pieces.get(row));
                    dealtOut.add(pieces.get(row + 1));
                    row += 2;
                }
            }
            List<Piece> rest = new ArrayList<>(pieces.subList(k, pieces.size()));
            pieces.subList(i, pieces.size()).clear();
            pieces.addAll(dealtOut);
            pieces.addAll(rest);
            dealt += rows;
            i += dealtOut.size() - 1;
        }
        return dealt;
    }
}
