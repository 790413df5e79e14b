package dev.zhibiao.internal.grammar;

import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads one number at a position of a folded text: Arabic digits in any width (thousands
 * separators, decimals, exponents {@code 2e5} and {@code 2^5}, {@code 40k}, {@code 3/2}), Chinese
 * numerals in plain and financial forms ({@code 一千零一}, {@code 肆佰陆拾}, {@code 两}, {@code 倆}),
 * both mixed ({@code 5万4千6百}, {@code 1,100.9亿}), elided tails ({@code 一万三} is 13000),
 * approximations ({@code 十余万}), fractions ({@code 五分之一}, {@code 三百五又三分之一}) and
 * {@code 百分之}-style fractions, which it flags so the caller reads them as percents.
 */
final class Numbers {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final long NUMERAL = Lexicon.mask(Kind.DIGIT, Kind.SMALL, Kind.BIG, Kind.POINT, Kind.APPROX,
            Kind.PLACEHOLDER, Kind.HALF, Kind.NUMUNIT, Kind.DOZEN);
    private static final long UNITS = Lexicon.mask(Kind.SMALL, Kind.BIG);
    private static final long DIGITS = Lexicon.mask(Kind.DIGIT);
    private static final long FRACTION = Lexicon.mask(Kind.FRACTION);
    private static final long AND = Lexicon.mask(Kind.AND);
    private static final long NUMUNIT = Lexicon.mask(Kind.NUMUNIT);
    /**
     * Longest text one number is read from. No printed value needs more (十二万三千四百五十六点七八亿
     * is 15); without a bound a run of 万 or of digits thousands long makes a number thousands of
     * digits long, and reading it (and every token over it) quadratic. The rest of a longer run is
     * read as the next number.
     */
    static final int MAX_CHARS = 40;

    /** The outcome of a read. */
    static final class Read {
        /** The value, without sign. */
        BigDecimal value;
        /** The position after the number. */
        int end;
        /** True when the number uses Chinese numeral characters. */
        boolean chinese;
        /** True when the number starts with a digit (not with an implicit one: 百, 十五, 万). */
        boolean leadingDigit;
        /** True for 百分之N, 千分之N ...: value is then in {@link #percentUnit}. */
        boolean percent;
        /** {@code %}, or {@code ‰} for 千分之. */
        String percentUnit;
        /** The multiplier the number ends with (2万 gives 10000), else 1. */
        BigDecimal factor = BigDecimal.ONE;
        /** True when 余 or 多 says the count is more than the round number read ({@code 十余万}). */
        boolean more;
    }

    private Numbers() {
    }

    static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** Whether a number may start at {@code p}. */
    static boolean starts(char[] s, int p, int to) {
        char ch = s[p];
        if (isDigit(ch)) {
            return true;
        }
        if (ch == '.') {
            return p + 1 < to && isDigit(s[p + 1]);
        }
        return Lexicon.starts(ch, NUMERAL);
    }

    /**
     * Reads a number, fraction forms included.
     *
     * @return the read, or null when no number starts at {@code p}
     */
    static Read read(char[] s, int p, int to) {
        Read r = plain(s, p, to);
        if (r == null) {
            return null;
        }
        Entry f = r.end < to ? Lexicon.match(s, r.end, to, FRACTION) : null;
        if (f != null) {
            Read num = plain(s, r.end + f.word().length(), to);
            if (num != null && r.value.signum() != 0) {
                Read out = new Read();
                out.chinese = true;
                out.leadingDigit = r.leadingDigit;
                out.end = num.end;
                BigDecimal den = r.value;
                out.value = num.value.divide(den, MC);
                if (!r.leadingDigit && isPowerOfTen(den) && den.compareTo(HUNDRED) >= 0) {
                    // 百分之N is N %, 千分之N is N ‰, 万分之N and smaller are written in %
                    out.percent = true;
                    boolean permille = den.compareTo(THOUSAND) == 0;
                    out.percentUnit = permille ? "‰" : "%";
                    out.value = permille ? num.value : num.value.multiply(HUNDRED).divide(den, MC);
                }
                return out;
            }
            return r;
        }
        Entry and = r.end < to ? Lexicon.match(s, r.end, to, AND) : null;
        if (and != null) {
            int q = r.end + and.word().length();
            Read den = q < to ? plain(s, q, to) : null;
            Entry f2 = den != null && den.end < to ? Lexicon.match(s, den.end, to, FRACTION) : null;
            if (f2 != null && den.value.signum() != 0) {
                Read num = plain(s, den.end + f2.word().length(), to);
                if (num != null) {
                    r.value = r.value.add(num.value.divide(den.value, MC));
                    r.end = num.end;
                    r.chinese = true;
                    r.factor = BigDecimal.ONE;
                }
            }
        }
        return r;
    }

    private static boolean isPowerOfTen(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.unscaledValue().equals(java.math.BigInteger.ONE) && s.scale() <= 0;
    }

    /** Reads an integer or decimal without fraction forms, from at most {@link #MAX_CHARS} characters. */
    private static Read plain(char[] s, int p0, int to0) {
        int to = Math.min(to0, p0 + MAX_CHARS);
        int p = p0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal maxBig = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        BigDecimal lastUnit = null;
        BigDecimal factor = BigDecimal.ONE;
        boolean pendingSingle = false;
        boolean pendingChineseRun = false;
        boolean zeroFlag = false;
        boolean zeroBefore = false;
        boolean prevBig = false;
        boolean prevDigit = false;
        boolean any = false;
        boolean chinese = false;
        boolean leadingDigit = false;
        boolean arabicOnly = true;
        boolean decimalDone = false;
        boolean more = false;
        while (p < to) {
            char ch = s[p];
            if (isDigit(ch) || (ch == '.' && !any && p + 1 < to && isDigit(s[p + 1]))) {
                if (pending != null && prevDigit) {
                    break;
                }
                int q = p;
                StringBuilder digits = null;
                int start = p;
                while (q < to && isDigit(s[q])) {
                    q++;
                }
                // thousands separators: ",ddd" not followed by a digit
                while (q + 3 < to && s[q] == ',' && isDigit(s[q + 1]) && isDigit(s[q + 2]) && isDigit(s[q + 3])
                        && (q + 4 >= to || !isDigit(s[q + 4]))) {
                    if (digits == null) {
                        digits = new StringBuilder().append(s, start, q - start);
                    }
                    digits.append(s, q + 1, 3);
                    q += 4;
                }
                if (q + 1 < to && s[q] == '.' && isDigit(s[q + 1])) {
                    int d0 = q;
                    q++;
                    while (q < to && isDigit(s[q])) {
                        q++;
                    }
                    if (digits != null) {
                        digits.append(s, d0, q - d0);
                    }
                    decimalDone = true;
                }
                BigDecimal v = digits != null ? new BigDecimal(digits.toString())
                        : s[start] == '.' ? new BigDecimal("0" + new String(s, start, q - start))
                        : new BigDecimal(s, start, q - start);
                if (!any) {
                    leadingDigit = true;
                }
                p = q;
                if (arabicOnly && !any) {
                    // exponents, k, simple fractions: Arabic forms only
                    int[] endOut = {p};
                    for (int k = 0; k < 4; k++) {
                        int before = endOut[0];
                        v = arabicTail(s, endOut[0], to, v, endOut);
                        if (endOut[0] == before) {
                            break;
                        }
                    }
                    p = endOut[0];
                }
                pending = v;
                pendingSingle = false;
                pendingChineseRun = false;
                zeroBefore = zeroFlag;
                prevDigit = true;
                prevBig = false;
                any = true;
                continue;
            }
            Entry e = Lexicon.match(s, p, to, NUMERAL);
            if (e == null || e.kind() == Kind.NUMUNIT) {
                break;
            }
            int next = p + e.word().length();
            switch (e.kind()) {
                case DIGIT -> {
                    int d = Integer.parseInt(e.arg1());
                    if (pending != null && prevDigit) {
                        if (!pendingChineseRun) {
                            break;
                        }
                        pending = pending.multiply(TEN).add(BigDecimal.valueOf(d));
                        pendingSingle = false;
                    } else if (d == 0) {
                        zeroFlag = true;
                        if (!any) {
                            leadingDigit = true;
                        }
                        any = true;
                        chinese = true;
                        arabicOnly = false;
                        prevDigit = false;
                        p = next;
                        continue;
                    } else {
                        pending = BigDecimal.valueOf(d);
                        pendingSingle = true;
                        zeroBefore = zeroFlag;
                    }
                    if (!any) {
                        leadingDigit = true;
                    }
                    pendingChineseRun = true;
                    prevDigit = true;
                    prevBig = false;
                    any = true;
                    chinese = true;
                    arabicOnly = false;
                    p = next;
                    continue;
                }
                case PLACEHOLDER, HALF -> {
                    // 几 stands for an unknown digit after a known part (二十几万 reads as 200000); a
                    // number that starts with it (几万, 几十, 几百) has no known part: it is no number
                    if (next >= to || !Lexicon.starts(s[next], UNITS) || Lexicon.match(s, next, to, NUMUNIT) != null
                            || (pending != null && prevDigit) || (e.kind() == Kind.PLACEHOLDER && !any)) {
                        break;
                    }
                    pending = e.kind() == Kind.HALF ? HALF : BigDecimal.ZERO;
                    pendingSingle = false;
                    pendingChineseRun = false;
                    zeroBefore = zeroFlag;
                    prevDigit = true;
                    prevBig = false;
                    any = true;
                    chinese = true;
                    arabicOnly = false;
                    p = next;
                    continue;
                }
                case SMALL -> {
                    BigDecimal u = new BigDecimal(e.arg1());
                    BigDecimal m = pending == null ? BigDecimal.ONE : pending;
                    section = section.add(m.multiply(u));
                    lastUnit = u;
                    pending = null;
                    zeroFlag = false;
                    prevDigit = false;
                    prevBig = false;
                    any = true;
                    chinese = true;
                    arabicOnly = false;
                    p = next;
                    continue;
                }
                case BIG -> {
                    BigDecimal b = new BigDecimal(e.arg1());
                    if (prevBig && pending == null && section.signum() == 0) {
                        total = total.multiply(b);
                        maxBig = maxBig.multiply(b);
                        factor = factor.multiply(b);
                    } else {
                        BigDecimal x = section.add(pending == null ? BigDecimal.ZERO : pending);
                        if (!any) {
                            x = BigDecimal.ONE;
                        }
                        if (b.compareTo(maxBig) > 0) {
                            total = total.add(x).multiply(b);
                            maxBig = b;
                        } else {
                            total = total.add(x.multiply(b));
                        }
                        factor = b;
                    }
                    lastUnit = b;
                    section = BigDecimal.ZERO;
                    pending = null;
                    zeroFlag = false;
                    prevDigit = false;
                    prevBig = true;
                    any = true;
                    chinese = true;
                    arabicOnly = false;
                    p = next;
                    continue;
                }
                case APPROX -> {
                    if (!any || !(next >= to || Lexicon.starts(s[next], UNITS))) {
                        break;
                    }
                    more = true;
                    p = next;
                    continue;
                }
                case DOZEN -> {
                    if (!any || next < to) {
                        break;
                    }
                    BigDecimal v = total.add(section).add(elide(pending, pendingSingle, zeroBefore, lastUnit));
                    Read r = new Read();
                    r.value = v.multiply(new BigDecimal(e.arg1()));
                    r.end = next;
                    r.chinese = true;
                    r.leadingDigit = leadingDigit;
                    return r;
                }
                case POINT -> {
                    if (decimalDone || next >= to || !(isDigit(s[next]) || Lexicon.starts(s[next], DIGITS))) {
                        break;
                    }
                    BigDecimal whole = total.add(section).add(elide(pending, pendingSingle, zeroBefore, lastUnit));
                    StringBuilder frac = new StringBuilder("0.");
                    int q = next;
                    while (q < to) {
                        if (isDigit(s[q])) {
                            frac.append(s[q]);
                            q++;
                            continue;
                        }
                        Entry d = Lexicon.match(s, q, to, DIGITS);
                        if (d == null) {
                            break;
                        }
                        frac.append(d.arg1());
                        q += d.word().length();
                    }
                    if (frac.length() == 2) {
                        break;
                    }
                    BigDecimal v = whole.add(new BigDecimal(frac.toString()));
                    BigDecimal f = BigDecimal.ONE;
                    while (q < to) {
                        Entry b = Lexicon.match(s, q, to, Lexicon.mask(Kind.BIG));
                        if (b == null) {
                            break;
                        }
                        f = f.multiply(new BigDecimal(b.arg1()));
                        q += b.word().length();
                    }
                    Read r = new Read();
                    r.value = v.multiply(f);
                    r.factor = f;
                    r.end = q;
                    r.chinese = true;
                    r.leadingDigit = leadingDigit;
                    return r;
                }
                default -> {
                    // not a numeral word
                }
            }
            break;
        }
        if (!any) {
            return null;
        }
        Read r = new Read();
        r.value = total.add(section).add(elide(pending, pendingSingle, zeroBefore, lastUnit));
        r.end = p;
        r.chinese = chinese;
        r.leadingDigit = leadingDigit;
        r.factor = pending == null && section.signum() == 0 ? factor : BigDecimal.ONE;
        r.more = more;
        return r;
    }

    /** 一万三 is 13000: a single digit after a unit counts in the next lower unit. */
    private static BigDecimal elide(BigDecimal pending, boolean single, boolean zeroBefore, BigDecimal lastUnit) {
        if (pending == null) {
            return BigDecimal.ZERO;
        }
        if (single && !zeroBefore && lastUnit != null && lastUnit.compareTo(TEN) > 0) {
            return pending.multiply(lastUnit).divide(TEN, MC);
        }
        return pending;
    }

    /** Exponents ({@code 2e5}, {@code 2^-1}), {@code k} and {@code a/b} after an Arabic number. */
    private static BigDecimal arabicTail(char[] s, int p, int to, BigDecimal v, int[] end) {
        if (p >= to) {
            return v;
        }
        char ch = s[p];
        if ((ch == 'e' || ch == 'E') && p + 1 < to) {
            int q = p + 1;
            boolean neg = false;
            if (s[q] == '+' || s[q] == '-') {
                neg = s[q] == '-';
                q++;
            }
            int d0 = q;
            while (q < to && isDigit(s[q]) && q - d0 < 4) {
                q++;
            }
            if (q > d0 && (q >= to || !Character.isLetter(s[q]))) {
                int exp = Integer.parseInt(new String(s, d0, q - d0));
                end[0] = q;
                return v.scaleByPowerOfTen(neg ? -exp : exp);
            }
        } else if (ch == '^') {
            int q = p + 1;
            boolean neg = false;
            while (q < to && (s[q] == '+' || s[q] == '-')) {
                neg ^= s[q] == '-';
                q++;
            }
            int d0 = q;
            while (q < to && isDigit(s[q]) && q - d0 < 3) {
                q++;
            }
            if (q > d0) {
                int exp = Integer.parseInt(new String(s, d0, q - d0));
                end[0] = q;
                BigDecimal pow = v.pow(exp, MC);
                if (neg) {
                    return pow.signum() == 0 ? v : BigDecimal.ONE.divide(pow, MC);
                }
                return pow;
            }
        } else if ((ch == 'k' || ch == 'K') && (p + 1 >= to || !isAsciiLetter(s[p + 1]))) {
            end[0] = p + 1;
            return v.multiply(THOUSAND);
        } else if (ch == '/' && p + 1 < to && isDigit(s[p + 1])) {
            int q = p + 1;
            while (q < to && isDigit(s[q])) {
                q++;
            }
            if (q < to && (s[q] == '/' || s[q] == '.')) {
                return v; // a date or a decimal denominator: not a simple fraction
            }
            BigDecimal den = new BigDecimal(s, p + 1, q - p - 1);
            if (den.signum() == 0) {
                return v;
            }
            end[0] = q;
            return v.divide(den, MC);
        }
        return v;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
