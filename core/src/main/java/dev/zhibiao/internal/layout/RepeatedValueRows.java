package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A line of plain OCR text that ends in the same text twice (指标值 and 全年实际完成值 of a
 * self-evaluation, the target met: {@code 开展门诊统筹 | 普遍开展 | 普遍开展}) read one column too far
 * left by the shift that fits its cells to the heading: the name taken for a label, the target for
 * the name. No indicator is named by its own value, so the two equal texts are the target and what
 * was done, and the cell before them, a label naming no category, is the name. The line's other
 * labels stay; where the sheet has no column for what was done, the second text is a remnant. A
 * {@code row-realigned} diagnostic.
 */
final class RepeatedValueRows {
    private RepeatedValueRows() {
    }

    static Read nameBeforeTwice(Read read, List<Column> contentOrder, SheetDraft d) {
        Cell name = read.content.get(Column.NAME);
        Cell value = read.content.get(Column.VALUE);
        if (name == null || value == null || !name.ocr() || read.labels.isEmpty() || !read.others.isEmpty()
                || read.content.containsKey(Column.ACTUAL)) {
            return read;
        }
        String n = Text.key(name.text());
        if (n.length() < 2 || OcrLabels.ratio(n, Text.key(value.text())) < 0.8 || IndicatorTable.strongCategory(name.text())) {
            return read;
        }
        Label last = read.labels.get(read.labels.size() - 1);
        String t = last.cell().text();
        if (last.category() != null || Vocabulary.category(t) != null || IndicatorTable.strongCategory(t)
                || PrintedLines.categoryTail(t) || IndicatorTable.isValueLike(t) || Text.key(t).length() < 2) {
            return read;
        }
        Read moved = new Read(read.row);
        moved.labels.addAll(read.labels.subList(0, read.labels.size() - 1));
        for (Map.Entry<Column, Cell> e : read.content.entrySet()) {
            if (e.getKey() != Column.NAME && e.getKey() != Column.VALUE) {
                moved.content.put(e.getKey(), e.getValue());
            }
        }
        moved.content.put(Column.NAME, last.cell());
        moved.content.put(Column.VALUE, name);
        if (contentOrder.contains(Column.ACTUAL)) {
            moved.content.put(Column.ACTUAL, value);
        } else {
            d.remnant(value, "the value printed a second time after it (the sheet's column for what was done, unread)");
        }
        d.diag("row-realigned", last.cell().at(), ReadDescriptions.describe(moved,
                "the line ends in one text twice (指标值 and 全年实际完成值, the target met), the cell before it the name: "));
        return moved;
    }
}
