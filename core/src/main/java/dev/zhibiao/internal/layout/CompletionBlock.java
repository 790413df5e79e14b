package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * The completion block of a self-evaluation's header ({@link HeaderBlock}): the heading that names what was done beside
 * the goals (实际完成情况), and a row under 预期目标 | 实际完成情况 read by column.
 */
final class CompletionBlock {
    private CompletionBlock() {
    }

    /**
     * A heading naming what was done beside the goals (实际完成情况, 全年实际完成情况, 实际完成目标): short, no figure, no
     * sentence's mark, so that a goal's sentence that mentions 完成情况 is none.
     *
     * @param printed a cell
     * @return true for a completion heading
     */
    static boolean isCompletionHeading(String printed) {
        String k = Text.key(printed);
        return k.length() <= 10 && (k.contains("完成情况") || k.contains("实际完成")) && !Rx.holdsDigitOnOneLine(k)
                && Rx.matches(HAN_ONLY, k);
    }

    private static final java.util.regex.Pattern HAN_ONLY = java.util.regex.Pattern.compile("^[\\p{IsHan}]+$");

    /**
     * A row under the two headings 预期目标 | 实际完成情况 read by column: each cell under the heading nearest to it, the
     * goals' to the goals, the other's to what was done (joined to the lines before). False where a cell has no column
     * or stands left of the goals' heading: the row numbers its cells from the label's column (a PDF's goal | completion
     * at cells 1 | 2 under 年度总体目标 | 预期目标 | 实际完成情况), not by the headings' columns.
     */
    static boolean byColumn(String label, List<Cell> columns, List<Cell> cells, StringBuilder goals, SheetDraft d) {
        for (Cell c : cells) {
            if (HeaderBlock.nearestColumn(c, columns) < 0 || c.at().column() < columns.get(0).at().column()) {
                return false;
            }
        }
        for (Cell c : cells) {
            if (HeaderBlock.nearestColumn(c, columns) == 0) {
                goals.append(' ').append(c.text());
                continue;
            }
            String done = Text.clean(c.text());
            String old = d.attributes.get(label);
            if (done != null) {
                // a wrapped line's continuation: joined without a space between two Chinese characters (…2.1 万 / 亩。)
                d.attributes.put(label, old != null ? Text.clean(Text.joinWrappedLines(old + "\n" + done)) : done);
            }
        }
        return true;
    }
}
