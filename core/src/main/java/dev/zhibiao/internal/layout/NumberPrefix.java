package dev.zhibiao.internal.layout;

/**
 * An indicator's printed number before its name ({@code 指标1、}, {@code 指标 2:}) in a folded text,
 * found by a scan (a matcher per indicator name was a tenth of a tab-separated sheet's allocation):
 * what the expression {@code ^指标\s*([0-9]+)\s*[:：.．、]?\s*} finds. ScansAsExpressionsTest compares
 * the scans with it; no expression is compiled at start-up.
 */
final class NumberPrefix {
    /** What every text the expression finds starts with. */
    private static final String WORD = "指标";

    private NumberPrefix() {
    }

    /**
     * Where the expression found in {@code s} ends, or -1 when it finds nothing: a scan (the
     * expression's parts after its digits are all optional and greedy, so its match is this one).
     */
    static int end(String s) {
        int p = digits(s);
        if (p < 0) {
            return -1;
        }
        while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        p = afterSpaces(s, p);
        if (p < s.length() && ":：.．、".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        return afterSpaces(s, p);
    }

    /** Where the digits of the expression's match start in {@code s}, or -1 when it finds nothing. */
    static int digits(String s) {
        if (!s.startsWith(WORD)) {
            return -1;
        }
        int p = afterSpaces(s, WORD.length());
        return p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9' ? p : -1;
    }

    /**
     * The indicator's number {@code s} opens with ({@code 指标12、} is 12), or null when it opens with none or its number
     * has more than {@code maxDigits} digits (no sheet numbers its indicators so far: a reading of something else, and
     * a long run of digits would not fit an {@code int}).
     *
     * @param s a folded text
     * @param maxDigits the most digits a number may have (1 to 9)
     */
    static Integer number(String s, int maxDigits) {
        int p = digits(s);
        if (p < 0) {
            return null;
        }
        int end = p;
        while (end < s.length() && end - p <= maxDigits && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        return end - p <= maxDigits ? Integer.valueOf(s.substring(p, end)) : null;
    }

    /** Past the characters {@code \\s} matches (ASCII white space) from {@code p}. */
    private static int afterSpaces(String s, int p) {
        while (p < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }
}
