package dev.zhibiao.internal.grammar;

import dev.zhibiao.Op;
import dev.zhibiao.Quantity;
import dev.zhibiao.Target;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparator grammar (first cut; see issue 3 for the full grammar): reads a printed value into
 * a {@link Target}. Never throws: unreadable text becomes {@link Target.Qualitative}.
 */
public final class Grammar {
    private static final Pattern SIMPLE = Pattern.compile(
            "(≥|≤|>=|<=|>|<|=)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*([%a-zA-Z\\p{IsHan}/·.]*)");
    private static final Pattern NAME_UNIT = Pattern.compile("[(（]\\s*([^()（）]{1,6}?)\\s*[)）]\\s*$");

    private Grammar() {
    }

    /**
     * @param value         printed value
     * @param indicatorName the indicator's name, for its bracketed unit; may be null
     * @return the target, or null for blank input
     */
    public static Target parse(String value, String indicatorName) {
        try {
            return parse0(value, indicatorName);
        } catch (RuntimeException e) {
            return Text.blank(value) ? null : new Target.Qualitative(Text.collapse(value));
        }
    }

    private static Target parse0(String value, String indicatorName) {
        if (Text.blank(value)) {
            return null;
        }
        String printed = Text.collapse(Text.stripTags(value));
        String v = Text.squeeze(Text.simplified(Text.nfkc(printed)));
        Matcher m = SIMPLE.matcher(v);
        if (m.matches()) {
            Op op = m.group(1) == null ? Op.EQ : Op.of(m.group(1));
            BigDecimal n = new BigDecimal(m.group(2));
            if (m.group(3) != null) {
                n = n.multiply(BigDecimal.valueOf(10000));
            }
            String unit = m.group(4).isEmpty() ? nameUnit(indicatorName) : m.group(4);
            return new Target.Comparison(op, new Quantity(n, unit));
        }
        return new Target.Qualitative(printed);
    }

    /** The unit an indicator's name ends with in brackets: {@code 参保率（%）} gives {@code %}. */
    public static String nameUnit(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = NAME_UNIT.matcher(Text.nfkc(name));
        return m.find() ? m.group(1) : null;
    }
}
