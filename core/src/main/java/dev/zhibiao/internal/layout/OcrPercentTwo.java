package dev.zhibiao.internal.layout;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage's ≥ read as {@code 2} by an engine that prints no ≥: {@code 260%} under
 * 参保人住院费用实际报销比例, {@code 290} under 服务对象满意度. Where the indicator's name says its value
 * is a percentage (率, 比例, 满意度, %, 百分比) and the document's OCR text holds no ≥ or ≤ anywhere
 * (its engine cannot print them), a value printed as a {@code 2} before a number over 100 whose
 * rest (the number after the 2) is a percentage of 100 or less is read as ≥ and that rest:
 * {@code 260%} → ≥60%, {@code 290} → ≥90. The rest may still hold the engine's reading of % (a 9,
 * 96 or 7 after it: {@code 2909} → ≥909, which {@link OcrRepair}'s percent rules read as ≥90%). A
 * percentage over 100 under such a name is no reading of its own (no answer of the corpus's 3,995
 * percentages is over 100); a number of 100 or less (the 2 being its own digit, {@code 25%}), a rest
 * starting with 0 ({@code 200%}), a decimal 2 ({@code 2.5%}) and every value under a name that says
 * no percentage ({@code 23人}, {@code 2520元}) stay as printed. Recorded with the value's other
 * repairs ({@code ocr-repaired}).
 */
final class OcrPercentTwo {
    private OcrPercentTwo() {
    }

    /** What the repair's note says of it. */
    static final String WHY = "2 before a percentage read as ≥ (over 100 under a name that says a percentage; the engine prints no ≥)";

    /** A 2, then a number starting with a digit other than 0, then no digit (a %, its misreadings, or nothing). */
    private static final Pattern TWO = Pattern.compile("^2([1-9]\\d{0,3}(?:\\.\\d+)?)([^\\d.].{0,2})?$");
    /** The engine's readings of % a number may end with ({@link OcrRepair}'s percent tail). */
    private static final Pattern TAIL = Pattern.compile("(96|9|7)$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The value with its leading 2 read as ≥, or null when the rule does not apply.
     *
     * @param v           the value as the comparator repairs left it (NFKC, no spaces)
     * @param percentName the indicator's name says its value is a percentage
     * @param noGe        the document's OCR text holds no ≥ or ≤
     */
    static String repair(String v, boolean percentName, boolean noGe) {
        if (!noGe || !percentName) {
            return null;
        }
        Matcher m = TWO.matcher(v);
        if (!m.matches()) {
            return null;
        }
        String tail = m.group(2) == null ? "" : m.group(2);
        if (!tail.isEmpty() && !tail.startsWith("%")) {
            return null; // a unit or a word after the number: no percentage
        }
        String rest = m.group(1);
        if (new BigDecimal("2" + rest).compareTo(HUNDRED) <= 0) {
            return null; // 25%: the 2 is the number's own digit
        }
        if (new BigDecimal(rest).compareTo(HUNDRED) > 0) {
            Matcher t = TAIL.matcher(rest);
            String shorter = t.find() && !rest.contains(".") ? rest.substring(0, t.start()) : "";
            if (shorter.isEmpty() || new BigDecimal(shorter).compareTo(HUNDRED) > 0) {
                return null;
            }
        }
        return "≥" + v.substring(1);
    }
}
