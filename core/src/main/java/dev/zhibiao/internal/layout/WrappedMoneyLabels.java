package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A money item's label wrapped round its amount in a narrow label column ({@code 年度资金申请总} / {@code
 * 1,384,860,000.00} / {@code 额}): {@code pdftotext -layout} prints the label's first line above the amount's line and
 * its tail under it, three rows of one cell each. The label's halves are one money label only together (the first
 * half is none: 年度资金申请总 ends with no money word; 年度资金申请总额 does), which is what says they belong together;
 * the three rows are read as the one row {@code 年度资金申请总额 | 1,384,860,000.00} ({@code money-label-wrapped}).
 */
final class WrappedMoneyLabels {

    /** The longest tail joined: a wrapped label's last characters, a word or two. */
    private static final int MAX_TAIL = 4;

    private WrappedMoneyLabels() {
    }

    /** The rows with each label wrapped round its amount read as one row; the same list when there is none. */
    static List<Row> join(List<Row> rows, SheetDraft d) {
        List<Row> out = new ArrayList<>(rows.size());
        boolean joined = false;
        int i = 0;
        while (i < rows.size()) {
            Row r = i + 2 < rows.size() ? wrapped(rows.get(i), rows.get(i + 1), rows.get(i + 2), d) : null;
            if (r == null) {
                out.add(rows.get(i));
                i++;
            } else {
                out.add(r);
                joined = true;
                i += 3;
            }
        }
        return joined ? out : rows;
    }

    /** The three rows as one row of a label and its amount, or null when they are not a label wrapped round it. */
    private static Row wrapped(Row first, Row middle, Row last, SheetDraft d) {
        Cell head = only(first);
        Cell amount = only(middle);
        Cell tail = only(last);
        if (head == null || amount == null || tail == null || MoneyRows.amount(amount.text()) == null) {
            return null;
        }
        String a = Text.clean(head.text());
        String b = Text.clean(tail.text());
        if (a == null || b == null || b.isEmpty() || b.length() > MAX_TAIL || !b.codePoints().allMatch(Character::isIdeographic)
                || MoneyRows.amount(a) != null || MoneyVocabulary.isMoneyLabel(a) || MoneyVocabulary.isFundingLabel(a)
                || !MoneyVocabulary.isMoneyLabel(a + b)) {
            return null;
        }
        d.diag("money-label-wrapped", head.at(), "money label printed round its amount, \"" + a + "\" above and \"" + b
                + "\" below: read as " + a + b + " | " + Text.clean(amount.text()));
        return new Row(List.of(new Cell(a + b, head.at()), amount), first.table(), first.at());
    }

    private static Cell only(Row r) {
        Cell found = null;
        List<Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) { // indexed: asked of every row, an iterator each was allocation
            Cell c = cells.get(i);
            if (!c.isEmpty()) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }
}
