package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of an OCR'd count value repaired from its indicator's name: a name that counts in a unit
 * ({@code 出差次数} counts 次, {@code 医疗救助人次数} 人次, {@code 参保人数} 人: the grammar's unit before a
 * final 数) says what unit its value is in, so a number followed by what no unit reads is given
 * that unit back. Read only where the engine's reading of the unit is one of:
 * <ul>
 * <li>one Chinese character that is no unit of the grammar ({@code ≥3从} under 出差次数 → ≥3次); a
 * unit of the grammar ({@code ≥50名} under 参加人数, {@code ≥3场} under 培训次数) stays, as do the
 * words that qualify a number (余, 多, 万, 约, 以上 …);</li>
 * <li>the name's two-character unit with its characters the other way round ({@code ≥500次人} →
 * ≥500人次);</li>
 * <li>a stroke and one character, the unit itself lost ({@code ≥2/人} under 参加培训次数 → ≥2次), unless
 * the name counts per something (人均, 每, 平均, /), where {@code /人} is the value's own.</li>
 * </ul>
 * The words before the unit (a comparator, the number) are kept as printed.
 */
final class OcrUnits {
    private OcrUnits() {
    }

    /** A comparator, a number, and what follows it (one to two characters, no digit, no percent sign). */
    private static final Pattern COUNT = Pattern.compile("^([≥≤><=]?)(\\d+(?:\\.\\d+)?)([^\\d%‰.\\s]{1,2})$");
    /** The words that qualify a number rather than name its unit, and the number words. */
    private static final Pattern QUALIFIER = Pattern.compile("[余多万千百亿十约左右以上下内外及共等零一二三四五六七八九两]");
    private static final Pattern STROKE = Pattern.compile("[/|丨lI\\\\]");
    private static final Pattern PER = Pattern.compile("人均|每|平均|/|户均|年均|次均");

    /** The unit the name counts in: the grammar's unit (two characters before one) before a final 数; null for none. */
    static String unitOf(String name) {
        String k = Text.key(name == null ? "" : name);
        if (!k.endsWith("数") || k.length() < 3) {
            return null;
        }
        String head = k.substring(0, k.length() - 1);
        for (int n = 2; n >= 1; n--) {
            if (head.length() > n) {
                String u = head.substring(head.length() - n);
                if (u.codePoints().allMatch(Character::isIdeographic) && ColumnFit.isUnit(u)) {
                    return u;
                }
            }
        }
        return null;
    }

    /**
     * The value with its unit repaired from the name, or null when the rule does not apply.
     *
     * @param v    the value as the other repairs left it (NFKC, no spaces)
     * @param name the indicator's name
     */
    static String repair(String v, String name) {
        String unit = unitOf(name);
        if (unit == null) {
            return null;
        }
        Matcher m = COUNT.matcher(v);
        if (!m.matches()) {
            return null;
        }
        String tail = m.group(3);
        if (tail.equals(unit) || Rx.find(QUALIFIER, tail)) {
            return null;
        }
        boolean fits;
        if (tail.length() == 1) {
            fits = Character.isIdeographic(tail.codePointAt(0)) && !ColumnFit.isUnit(tail);
        } else if (unit.length() == 2 && tail.equals(new StringBuilder(unit).reverse().toString())) {
            fits = true;
        } else {
            fits = Rx.matches(STROKE, tail.substring(0, 1)) && Character.isIdeographic(tail.codePointAt(1))
                    && !Rx.find(PER, Text.key(name));
        }
        return fits ? m.group(1) + m.group(2) + unit : null;
    }
}
