package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * Labels of a sheet's header block an OCR engine read with a speck on them, given back whole. A
 * scan's rules, dust and the edge of a cell come out as a sign or a character glued to the label
 * ({@code 年度目标。}, {@code 年度资金总额;}, {@code ,财政拨款}, {@code 财政资金=}, {@code 如省级资金}), or the
 * engine reads one character twice ({@code 其他资资金}) or one character of a long label wrong
 * ({@code 年度资全总额}); the label is then read as no label (the goals taken for a money line) or as
 * another money line than the one printed. Read only where a label stands in a header row (its first
 * cell, the second unless the first is a header label or the goals label whose value it is, and a cell
 * after an amount: 预算数 | 230000.00 | 其他资资金), in cells an OCR engine read, after
 * {@link OcrLabels} gave back the header labels; the words are the
 * vocabulary's: the goals label ({@link Vocabulary#isGoalsLabel}), the money block's line labels
 * ({@link Vocabulary#FUNDING_LINE_LABELS}, and {@link MoneyVocabulary#isMoneyLabel} for a sign
 * around a label). Each repair an {@code ocr-repaired} diagnostic naming the reading.
 * <ul>
 * <li>signs before or after the label (not brackets): the label without them, when that is a goals
 * label or a money line label and the reading is not;</li>
 * <li>one character before a money line label of four characters or more: the label, unless that
 * character would make another money word of it ({@code 本}, {@code 全} or an administrative
 * character: 本级…, 全省…, 市县级…);</li>
 * <li>a sign for the colon after 其中 ({@code 其中，财政拨款}): {@code 其中:} and the label;</li>
 * <li>a character read twice in a row: the money line label read once;</li>
 * <li>one character of a money line label of five characters or more read wrong: the label, when
 * no other is that close.</li>
 * </ul>
 */
final class OcrLabelSpecks {
    private OcrLabelSpecks() {
    }

    /** Characters before a money word that make another money word of it, not a speck. */
    private static final String SCOPE = "本全" + OcrHeader.SUFFIXES;

    /**
     * @param cells a header row's cells, mended in place
     * @param diags the row's notes, a repair's added
     */
    static void repair(List<Cell> cells, List<Diagnostic> diags) {
        int seen = 0;
        boolean afterAmount = false;
        boolean afterLabel = false; // a header label's or the goals label's value stands after it
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            seen++;
            boolean place = seen == 1 || seen == 2 && !afterLabel || afterAmount;
            afterAmount = MoneyRows.amount(c.text()) != null;
            afterLabel = Vocabulary.isKnownHeaderLabel(c.text()) || Vocabulary.isGoalsLabel(c.text());
            if (!place || !c.ocr()) {
                continue;
            }
            boolean valueAfter = false;
            for (int j = i + 1; j < cells.size() && !valueAfter; j++) {
                valueAfter = !cells.get(j).isEmpty();
            }
            String[] fixed = fixed(Text.key(c.text()), seen == 1 && valueAfter);
            if (fixed != null) {
                cells.set(i, OcrLabels.note(c, fixed[0], fixed[1], diags));
            }
        }
    }

    /**
     * @param k          a cell's key
     * @param goalsLabel whether the cell may be the goals label (the first of its row, its goals beside it)
     * @return the label and why, or null
     */
    static String[] fixed(String k, boolean goalsLabel) {
        if (k.length() < 3 || k.length() > 16 || Vocabulary.FUNDING_LINE_LABELS.contains(k)) {
            return null;
        }
        String bare = withoutSigns(k);
        if (!bare.equals(k) && bare.length() >= 3) {
            if (goalsLabel && Vocabulary.isGoalsLabel(bare) && !Vocabulary.isGoalsLabel(k)) {
                return new String[] {bare, "the goals label, a speck beside it"};
            }
            if ((Vocabulary.FUNDING_LINE_LABELS.contains(bare) || MoneyVocabulary.isMoneyLabel(bare)) && !MoneyVocabulary.isMoneyLabel(k)) {
                return new String[] {bare, "a money line label, a speck beside it"};
            }
        }
        if (k.startsWith("其中") && k.length() > 3 && k.charAt(2) != ':' && sign(k.charAt(2))) {
            String item = withoutSigns(k.substring(2));
            if (Vocabulary.FUNDING_LINE_LABELS.contains(item) || MoneyVocabulary.isMoneyLabel(item)) {
                return new String[] {"其中:" + item, "a money line label, a speck for the colon after 其中"};
            }
        }
        String rest = k.substring(1);
        if (rest.length() >= 4 && Vocabulary.FUNDING_LINE_LABELS.contains(rest) && SCOPE.indexOf(k.charAt(0)) < 0
                && Character.UnicodeScript.of(k.charAt(0)) == Character.UnicodeScript.HAN) {
            return new String[] {rest, "a money line label, a speck before it"};
        }
        for (int i = 1; i < k.length(); i++) {
            if (k.charAt(i) == k.charAt(i - 1)) {
                String once = k.substring(0, i) + k.substring(i + 1);
                if (Vocabulary.FUNDING_LINE_LABELS.contains(once)) {
                    return new String[] {once, "a money line label, a character read twice"};
                }
            }
        }
        String near = null;
        for (String w : Vocabulary.FUNDING_LINE_LABELS) {
            if (w.length() >= 5 && w.length() == k.length() && differ(w, k) == 1) {
                if (near != null) {
                    return null; // two labels that close: the reading does not say which
                }
                near = w;
            }
        }
        return near == null ? null : new String[] {near, "a money line label, one character misread"};
    }

    /** The key without signs before and after it (brackets kept). */
    static String withoutSigns(String k) {
        int from = 0;
        int to = k.length();
        while (from < to && sign(k.charAt(from))) {
            from++;
        }
        while (to > from && sign(k.charAt(to - 1))) {
            to--;
        }
        return k.substring(from, to);
    }

    private static boolean sign(char ch) {
        return !Character.isLetterOrDigit(ch) && "()[]{}<>【】（）《》".indexOf(ch) < 0;
    }

    /** Places where two texts of one length differ. */
    private static int differ(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return n;
    }
}
