package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.MoneyVocabulary;
import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.isAmount;
import static dev.zhibiao.parsers.PdfTextReader.isFundingLabel;
import static dev.zhibiao.parsers.PdfTextReader.key;

/**
 * A money block's caption stating its unit, printed by plain pdftotext on one line with the cell beside it
 * (tprint23). A template's header table puts the block's caption and its first item side by side at one
 * height, so pdftotext joins them one space apart: {@code 资金来源（万元） 合计}, {@code 项目资金（万元） 年度资金总额},
 * {@code 年度预算申请（万元） 资金总额} (the item's amount printed as the next paragraph), or an item's own label
 * with the unit and its amount: {@code 资金总额（万元） 320}. Such a line holds a part that is neither a money
 * item's label nor an amount, so it was no money line and stayed a remnant, the block's total lost. What
 * the line is comes from the caption itself: a money block's label ({@link Vocabulary#isFundingLabel}) or
 * a money item's label ({@link Vocabulary#isMoneyLabel}) ending with its unit in brackets, then an item's
 * label (or 合计, 总计) and amounts, or, after an item's label, amounts only. Pure: the funding reader
 * gives core the caption and the item as cells of their own.
 */
final class PdfTextMoneyCaption {
    private PdfTextMoneyCaption() {
    }

    /** A caption ending with its unit in brackets (key form: brackets ASCII, no spaces). */
    private static final Pattern UNIT_END = Pattern.compile("(\\p{IsHan}{2,12})\\((万|千|亿)?元\\)");

    /**
     * A line cut at its caption: the caption (with its unit), and the label / amount pairs printed after
     * it; {@code item} when the caption is itself the item's label (资金总额（万元） 320).
     */
    record Cut(String caption, List<String[]> pairs, boolean item) {
    }

    /** The line cut at its money caption, or null when the line does not start with one followed by money. */
    static Cut cut(String text) {
        String[] parts = Rx.splitSpaces(text.strip());
        if (parts.length < 2) {
            return null;
        }
        String caption = parts[0];
        java.util.regex.Matcher m = UNIT_END.matcher(key(caption));
        if (!m.matches()) {
            return null;
        }
        String[] rest = Arrays.copyOfRange(parts, 1, parts.length);
        if (MoneyVocabulary.isMoneyLabel(m.group(1)) && Arrays.stream(rest).allMatch(PdfTextReader::isAmount)) {
            // 资金总额（万元） 320: the item's label with the unit, its amount beside it
            if (rest.length != 1) {
                return null;
            }
            List<String[]> pairs = new ArrayList<>();
            pairs.add(new String[] {caption, rest[0]});
            return new Cut(caption, pairs, true);
        }
        if (!MoneyVocabulary.isFundingLabel(caption) || MoneyVocabulary.isMoneyLabel(caption) || !isItem(rest[0])) {
            return null;
        }
        for (String p : rest) {
            if (!isItem(p) && !isAmount(p)) {
                return null;
            }
        }
        List<String[]> pairs = new ArrayList<>();
        String[] cur = null;
        for (String p : rest) {
            if (isItem(p)) {
                cur = new String[] {p, null};
                pairs.add(cur);
            } else if (cur != null && cur[1] == null) {
                cur[1] = p;
            } else {
                return null; // an amount with no label of its own: not a block's first line
            }
        }
        return new Cut(caption, pairs, false);
    }

    /** A money item's label: a funding line's, or the block's total printed as 合计 / 总计. */
    private static boolean isItem(String p) {
        String k = key(p);
        return !isAmount(p) && (isFundingLabel(p) || k.equals("合计") || k.equals("总计"));
    }
}
