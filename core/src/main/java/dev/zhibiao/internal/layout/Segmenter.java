package dev.zhibiao.internal.layout;

import java.util.List;

/**
 * Segmenting as rows arrive: cuts the row stream of a document into {@link Recovery.Segment}s and
 * hands each one on as soon as it is complete, that is when the next segment starts (a title, a
 * table row that starts a new header block) or another table closes it. The one change made to a
 * segment after the next one starts (a title's first line printed over two lines moved from the end
 * of the previous segment to the new title) is made before the previous segment is handed on, so a
 * handed-on segment never changes again.
 */
final class Segmenter {
    /** receives each complete segment and each row outside any ({@link SheetStream#complete}, {@link SheetStream#outsideSegment}) */
    private final SheetStream owner;
    private Recovery.Segment cur;
    private Row lastProse; // the prose line right before this row, if the row before was prose

    /**
     * @param owner receives each complete segment, in document order (with or without table rows), and
     *              the rows that belong to no segment (before the first, closing lines); called directly,
     *              not through a lambda (each lambda costs a class spun at start-up)
     */
    Segmenter(SheetStream owner) {
        this.owner = owner;
    }

    /** @param r the next row of the document */
    void add(Row r) {
        Row proseBefore = lastProse;
        lastProse = null;
        if (Recovery.isTitle(r)) {
            Recovery.Segment prev = cur;
            cur = new Recovery.Segment();
            cur.title = r;
            String prevTitle = prev == null ? null : prev.titleHead != null ? prev.titleHead.text() : prev.title != null ? prev.title.text() : null;
            Row tableHead;
            if (proseBefore != null && (Recovery.titleHead(proseBefore, r) || WrappedTitle.joins(proseBefore.text(), r.text(), prevTitle))) {
                cur.titleHead = proseBefore;
                if (prev != null) {
                    prev.before.remove(proseBefore);
                    prev.after.remove(proseBefore);
                }
            } else if (proseBefore == null && prev != null && (tableHead = WrappedTitle.tableHead(prev.table, r, prevTitle)) != null) {
                cur.titleHead = tableHead; // the title's first line cut into cells by the table above it
                prev.table.remove(prev.table.size() - 1);
            }
            if (prev != null) {
                owner.complete(prev);
            }
            return;
        }
        if (!r.table() && !r.text().isBlank()) {
            lastProse = r;
            if (cur != null && DocumentWords.closesSheet(r.text())) {
                // another table's title, a contents entry, a part's heading: the sheet has ended
                owner.complete(cur);
                cur = null;
                lastProse = null;
                owner.outsideSegment(r);
                return;
            }
        }
        if (cur != null && cur.title != null && cur.table.isEmpty() && Recovery.isYearRow(r)) {
            cur.before.add(r);
            return;
        }
        if (r.table()) {
            if (cur == null || (cur.sawIndicatorHeading && Recovery.startsHeader(r))
                    || (!cur.after.isEmpty() && Recovery.startsHeader(r))) {
                if (cur != null) {
                    owner.complete(cur);
                }
                cur = new Recovery.Segment();
            }
            cur.table.add(r);
            if (!cur.sawIndicatorHeading && Recovery.isIndicatorHeading(r)) {
                cur.sawIndicatorHeading = true;
            }
            if (!cur.sawIndicatorRows && !r.cells().isEmpty() && Vocabulary.isLevel1Label(r.cells().get(0).text())) {
                cur.sawIndicatorRows = true; // an outline read as rows (OutlineRows) has no heading row
            }
        } else if (cur == null) {
            owner.outsideSegment(r);
        } else if (cur.table.isEmpty()) {
            cur.before.add(r);
        } else if (!cur.sawIndicatorHeading && MoneyVocabulary.isMoneyLabel(r.text().strip())) {
            // a money label with no amount, printed by a reader as a line of its own (a one-cell band
            // of an unruled PDF, the first line of a page) inside the header block: the block's row
            // where it was printed, as a table gives it (| 省级资金 | |), not a line after the table
            cur.table.add(new Row(List.of(new Cell(r.text().strip(), r.at()), new Cell("", r.at())), true, r.at()));
        } else if (!cur.sawIndicatorHeading && !cur.sawIndicatorRows && labelledLine(r) != null) {
            cur.table.add(labelledLine(r));
        } else {
            cur.after.add(r);
        }
    }

    /**
     * A line inside the header block (after its first row, before the indicator heading) that starts
     * with a known label, as a word processor or an unruled PDF prints a one-row band: with a colon
     * ({@code 年度绩效目标：1.新建…}, cut by {@link ColonLabels} when the header is read) or a gap
     * ({@code 年度绩效目标 保障城区…}, label and value cells). The header row it was printed as, or
     * null for other prose, which stays a line after the table.
     */
    static Row labelledLine(Row r) {
        String t = r.text().strip();
        if (ColonLabels.cut(new Cell(t, r.at())) != null) {
            return new Row(List.of(new Cell(t, r.at())), true, r.at());
        }
        String[] words = t.split("[\\s\u3000]+", 2);
        if (words.length == 2 && (Vocabulary.isGoalsLabel(words[0]) || Vocabulary.isKnownHeaderLabel(words[0]))) {
            return new Row(List.of(new Cell(words[0], r.at()), new Cell(words[1], r.at())), true, r.at());
        }
        return null;
    }

    /** Hands on the last segment: the document has ended. */
    void finish() {
        if (cur != null) {
            owner.complete(cur);
            cur = null;
        }
        lastProse = null;
    }
}
