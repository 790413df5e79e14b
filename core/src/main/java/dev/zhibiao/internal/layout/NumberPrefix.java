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

    /** Past the characters {@code \\s} matches (ASCII white space) from {@code p}. */
    private static int afterSpaces(String s, int p) {
        while (p < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }
}
