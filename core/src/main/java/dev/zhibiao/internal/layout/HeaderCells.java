package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of a header block's row printed as aligned text ({@link SpacedRows}): labels start
 * cells, a label's text value is the words after it (moved out of {@link SpacedRows}, unchanged).
 */
final class HeaderCells {
    private HeaderCells() {
    }

    /**
     * Whether label {@code u}, read right after {@code prev} in a flattened header block, stays in
     * prev's row: after a block's label (资金情况（万元） | 年度资金总额), after 其中, or as the value of
     * a label that takes text (项目名称 | 医疗救助补助资金) unless it is a label of its own kind (a
     * header label, a goals label, the money block's label). After any other label (省级资金 |
     * 地方资金, an item without its amount) or a value, a label starts the next row.
     */
    static boolean continuesRow(String prev, String u) {
        if (!SpacedRows.isLabel(prev)) {
            return false;
        }
        String k = Vocabulary.labelKey(prev);
        if (MoneyVocabulary.isFundingLabel(prev) || Vocabulary.isIndicatorBlockLabel(prev) || k.equals("其中")
                || Rx.find(FUNDING_COLUMN, k)) {
            return true; // the money block's column headings (年初预算数 | 全年预算数 | …) are one row
        }
        return takesText(prev) && !Vocabulary.isHeaderLabel(u) && !Vocabulary.isGoalsLabel(u)
                && !MoneyVocabulary.isFundingLabel(u);
    }

    private static final Pattern FUNDING_COLUMN = Pattern.compile("预算数|执行数|执行率");

    /** A unit statement (金额单位:万元, 单位：元): a row of its own. */
    static boolean isUnitStatement(String token) {
        return ProjectBudgetRows.unitStatement(Text.key(token)) != null;
    }

    /** Whether a label's value follows it as text (not as the money block's numbers). */
    private static boolean takesText(String token) {
        return SpacedRows.isLabel(token) && !MoneyVocabulary.isFundingLabel(token) && !SpacedRows.isFundingItem(Vocabulary.labelKey(token))
                && !Vocabulary.isIndicatorBlockLabel(token);
    }

    /** A row of the header block: labels start cells, a label's text value is the words after it. */
    static List<Cell> header(int no, List<ColumnFit.Tok> toks) {
        boolean single = false;
        boolean wide = false;
        for (int i = 1; i < toks.size(); i++) {
            single |= toks.get(i).gap() == 1;
            wide |= toks.get(i).gap() >= 2;
        }
        List<Cell> cells = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            int from = i; // the cell is tokens [from, j), joined by a space
            int j = i + 1;
            if (single && wide) {
                // aligned text: single spaces are inside cells, runs of spaces between them
                while (j < n && toks.get(j).gap() == 1 && !figuresApart(toks.get(j - 1).text(), toks.get(j).text())) {
                    j++;
                }
            } else if (takesText(toks.get(i).text())) {
                cells.add(new Cell(joined(toks, i, j), new Locator(no, cells.size() + 1, null)));
                if (j < n && !SpacedRows.isLabel(toks.get(j).text())) {
                    from = j++;
                    while (j < n && !SpacedRows.isLabel(toks.get(j).text())) {
                        j++;
                    }
                } else {
                    i = j;
                    continue;
                }
            } else {
                while (j < n && (ColumnFit.gluesNext(toks.get(j - 1).text())
                        || ColumnFit.gluesPrevious(toks.get(j - 1).text(), toks.get(j).text())
                        || toks.get(j).gap() < COLUMN_GAP && prose(toks.get(j - 1).text(), toks.get(j).text()))) {
                    j++;
                }
            }
            cells.add(new Cell(joined(toks, from, j), new Locator(no, cells.size() + 1, null)));
            i = j;
        }
        return cells;
    }

    /**
     * Whether two tokens printed one space apart in aligned text are two money cells, not one: both figures
     * ({@link SpacedMoneyRows#figure}) and one of them a rate, a placeholder (—) or an amount with decimals or
     * thousands' commas ({@code 100% —}, {@code 830.50 830.50}: a tight money row), which no one cell's words are
     * (a telephone number's two parts are plain digits).
     */
    static boolean figuresApart(String a, String b) {
        return SpacedMoneyRows.figure(a) && SpacedMoneyRows.figure(b) && (moneyForm(a) || moneyForm(b));
    }

    private static boolean moneyForm(String t) {
        return MoneyRows.isPlaceholder(t) || t.endsWith("%") || t.indexOf('.') > 0 || t.indexOf(',') > 0;
    }

    /** Tokens {@code [from, to)} joined by a space: a lone token is its own text; String.join sizes the text once. */
    static String joined(List<ColumnFit.Tok> toks, int from, int to) {
        if (to - from == 1) {
            return toks.get(from).text();
        }
        String[] parts = new String[to - from];
        for (int k = from; k < to; k++) {
            parts[k - from] = toks.get(k).text();
        }
        return String.join(" ", parts);
    }

    /**
     * Spaces enough to part two cells even where both are sentences: a sentence's words are never that far
     * apart in aligned text (预期目标 | 实际完成情况 printed side by side were joined into one cell).
     */
    private static final int COLUMN_GAP = 4;

    private static final Pattern GOAL_NUMBER = Pattern.compile("^(目标)?\\d{1,2}[:：.、）)]");

    /**
     * Whether two neighbouring tokens are words of one sentence (a goal's text): neither a label nor
     * a number, and one of them a sentence's piece (long, ending in punctuation, or a goal number).
     */
    private static boolean prose(String a, String b) {
        if (SpacedRows.isLabel(a) || SpacedRows.isLabel(b) || isNumberish(a) || isNumberish(b) || LevelPairs.pair(a) != null
                || Rx.find(FUNDING_COLUMN, Text.key(a)) || Rx.find(FUNDING_COLUMN, Text.key(b))) {
            return false;
        }
        return sentence(a) || sentence(b);
    }

    private static boolean sentence(String t) {
        String k = Text.key(t);
        return k.length() >= 12 || Rx.matches(SpacedRows.SENTENCE_END, k) || Rx.find(GOAL_NUMBER, k);
    }

    /** {@code Text.key(t).matches("[0-9.,%]+")}, by a scan ({@link String#matches} compiles its expression at each call). */
    static boolean isNumberish(String t) {
        String k = Text.key(t);
        for (int i = 0, n = k.length(); i < n; i++) {
            char c = k.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '%')) {
                return false;
            }
        }
        return !k.isEmpty();
    }
}
