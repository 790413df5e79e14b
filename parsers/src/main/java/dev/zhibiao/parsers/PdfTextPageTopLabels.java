package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextIndicators.Copy;
import dev.zhibiao.parsers.PdfTextIndicators.IndRow;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;
import java.util.Map;

/**
 * Labels printed at the top of a page that a table runs onto (plain pdftotext, one cell per paragraph). pdftotext
 * prints a page's label columns before its names, so the labels of the groups that open on the new page come right
 * before the page's first name and read as that row's own. A group's merged cell cut by the page's end prints its
 * label on the page where it opened only: the new page's first row may still belong to the last group of the page
 * before ({@code 社会效益指标} over 参保群众…, 异地就医… and, on the next page, 享受长期护理…; the new page prints
 * {@code 满意度指标 / 服务对象满意度指标} before that row, then the satisfaction row). The row continues the group above
 * when the level-2 label printed before it suits it less than the group above's label does and suits the row after
 * it better, that next row printing no label of its own on the same page: the labels go to that row.
 */
final class PdfTextPageTopLabels {
    private PdfTextPageTopLabels() {
    }

    /**
     * Moves the labels printed at a page's top from the page's first row to the row after it where the first row
     * continues the group above (see the class comment).
     *
     * @param rows   the rows, labels placed (level 1 and 2 filled in)
     * @param pageOf the printed page of each line, by line number (lines of unknown page absent)
     * @return how many rows continue the group above
     */
    static int continueGroups(List<IndRow> rows, Map<Integer, Integer> pageOf) {
        int moved = 0;
        for (int i = 1; i + 1 < rows.size(); i++) {
            Copy prev = rows.get(i - 1).left;
            Copy c = rows.get(i).left;
            Copy next = rows.get(i + 1).left;
            if (c.labels.isEmpty() || c.name == null || prev.l2 == null || c.l2 == null || next.name == null
                    || !next.labels.isEmpty() || c.l2.key().equals(prev.l2.key())) {
                continue;
            }
            Piece last = c.labels.get(c.labels.size() - 1);
            if (last != c.l2 || !PdfTextReader.isLevel2(last.text()) || PdfTextReader.isLevel1(last.text())) {
                continue;
            }
            Piece prevEnd = prev.value != null ? prev.value : prev.name;
            Integer above = prevEnd == null ? null : pageOf.get(prevEnd.line());
            Integer top = pageOf.get(c.labels.get(0).line());
            Integer here = pageOf.get(c.name.line());
            Integer below = pageOf.get(next.name.line());
            if (above == null || top == null || here == null || below == null || top <= above || !top.equals(here)
                    || !here.equals(below) || c.labels.stream().anyMatch(l -> l.line() > c.name.line())) {
                continue;
            }
            IndRow r = rows.get(i);
            double own = PdfTextLabelFit.fit(c.l2.text(), r);
            if (PdfTextLabelFit.fit(prev.l2.text(), r) <= own || PdfTextLabelFit.fit(c.l2.text(), rows.get(i + 1)) <= own) {
                continue;
            }
            next.l1 = c.l1;
            next.l2 = c.l2;
            next.labels = c.labels;
            rows.get(i + 1).line = c.labels.get(0).line();
            c.l1 = prev.l1;
            c.l2 = prev.l2;
            c.labels = new java.util.ArrayList<>();
            r.line = c.name.line();
            moved++;
        }
        return moved;
    }

    /** The note of the rows that continued the group above. */
    static dev.zhibiao.Diagnostic diagnostic(int moved, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-page-top-labels", moved + " row(s) first on a page that a table runs"
                + " onto, the labels printed before them at the page's top suiting the row after them better: the rows"
                + " continue the group above, the labels go to the row after", at);
    }
}
