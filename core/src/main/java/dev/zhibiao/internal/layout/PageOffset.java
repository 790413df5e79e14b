package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * How far left of the table's usual starts a later page printed short of columns stands ({@link LaidOutPages#shiftedPages}).
 * pdftotext {@code -layout} closes up the room of a column empty on a page (the lead 绩效指标, printed on the page
 * before): every column right of it moves left by about that room, not onto the start of the column before it, so the
 * page's cells are placed by their start moved back by the room. Where columns are of unlike widths (a narrow lead and 一级
 * column, a wide name column), the column before's start is far from where a moved cell stands: a later page's names at 13
 * under a first page's 二级 at 12 and names at 19 stand at the names' start moved left 6, as its labels do, and its values
 * at 26–31 at the values' 36 moved left 6, not nearer the names' 19 (read as the name column one column right, they went
 * into the completion column and the completions into the notes). The page's own category labels say the room: each
 * whole label of one level (not both) stands that far left of its level's column's usual start.
 */
final class PageOffset {
    private PageOffset() {
    }

    /**
     * How many text columns left of the usual starts the page's labels stand: the middle of what each whole label of one
     * level says (its level's column's usual start less its start; a label cut over two lines of its column read joined,
     * {@link LaidOutPages#joinedBelow}); 0 when no label says or the middle is not left.
     *
     * @param page  the page's lines as split
     * @param usual the usual starts the page is placed by
     * @param l1    the level-1 column, or -1
     * @param l2    the level-2 column, or -1
     */
    static int of(List<Line> page, int[] usual, int l1, int l2) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Line l = page.get(i);
            for (int c = 0; c < l.texts().length; c++) {
                String t = l.texts()[c];
                if (t == null || l.starts()[c] < 0) {
                    continue;
                }
                String label = Vocabulary.isLevel1Label(t) || Vocabulary.isLevel2Label(t) ? t : LaidOutPages.joinedBelow(page, i, c);
                if (label == null || Vocabulary.isLevel1Label(label) == Vocabulary.isLevel2Label(label)) {
                    continue; // no label, or a label of both levels (满意度指标): it says no column
                }
                int col = Vocabulary.isLevel1Label(label) ? l1 : l2;
                if (col >= 0 && col < usual.length && usual[col] >= 0) {
                    offsets.add(usual[col] - l.starts()[c]);
                }
            }
        }
        if (offsets.isEmpty()) {
            return 0;
        }
        java.util.Collections.sort(offsets);
        return Math.max(0, offsets.get((offsets.size() - 1) / 2));
    }
}
