package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A money block's label printed beside one of its middle rows, one space before that row's item label in one
 * cell ({@code 项目资金 年度资金申请总额 | 700,000.00} under {@code 项目资金总额 | 700,000.00}): a label spanning the
 * block's rows is printed at their middle, and {@code pdftotext -layout} leaves one space between it and the item
 * when the label is as wide as its column. {@link HeaderBlock#blockThenItem} cuts only a left part that is no money
 * item itself; here the left part is a money word too (项目资金 ends with 资金), and what says it is the block's
 * label is where it stands: the block is open, its items read above, and the row's one amount follows the cell.
 */
final class BlockLabelBeside {

    private BlockLabelBeside() {
    }

    /**
     * The cell cut into the block's label and the item's label ({@code cell-split}), or null when the row is not that:
     * the block open with an item read, the head's left part (up to a space) a money block's label, its right part a
     * money item's label, and an amount in the next cell.
     */
    static List<Cell> cut(List<Cell> cells, boolean blockOpen, SheetDraft d) {
        if (!blockOpen || d.funding.isEmpty() || cells.size() < 2 || MoneyRows.amount(cells.get(1).text()) == null) {
            return null;
        }
        Cell head = cells.get(0);
        String t = Text.clean(head.text());
        if (t == null) {
            return null;
        }
        int i = t.indexOf(' ');
        if (i <= 0 || t.indexOf(' ', i + 1) >= 0) {
            return null; // one space only: a label and a label
        }
        String left = t.substring(0, i).strip();
        String right = t.substring(i + 1).strip();
        if (!MoneyVocabulary.isFundingLabel(left) || !MoneyVocabulary.isMoneyLabel(right)
                || MoneyVocabulary.isFundingLabel(right)) {
            return null;
        }
        List<Cell> out = new ArrayList<>();
        out.add(new Cell(left, head.at()));
        out.add(new Cell(right, head.at()));
        out.addAll(cells.subList(1, cells.size()));
        d.diag("cell-split", head.at(), "money block label printed beside a middle row, one space before the row's item: \""
                + t + "\"");
        return out;
    }
}
