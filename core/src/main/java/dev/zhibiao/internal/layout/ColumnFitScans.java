package dev.zhibiao.internal.layout;

/**
 * The small expressions {@link ColumnFit} asks of every token for every column role it tries, answered by scans and
 * comparisons instead of a matcher (each was a reset matcher and a run of the expression per question): the same
 * answers, checked against the expressions by {@code ColumnFitScansTest}.
 */
final class ColumnFitScans {
    private ColumnFitScans() {
    }

    /** Whether {@code k} matches {@code 指?标} (a wrapped label's last characters), by comparison. */
    static boolean labelTail(String k) {
        return k.equals("标") || k.equals("指标");
    }

    /** Whether {@code k} matches {@code \([^()]{1,4}\)} (a bracketed unit alone), by a scan. */
    static boolean bracketedUnit(String k) {
        int n = k.length();
        if (n < 3 || n > 6 || k.charAt(0) != '(' || k.charAt(n - 1) != ')') {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            if (k.charAt(i) == '(' || k.charAt(i) == ')') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code 指标\d+[:：]} matched at the start of {@code k} ends (its {@code lookingAt}), -1 when it does not
     * match there; the whole key matches when that is its length. A scan: the digits are ASCII ({@code \d}), the colon
     * after them is no digit, so the greedy run is the only way.
     */
    static int numberedEnd(String k) {
        if (!k.startsWith("指标")) {
            return -1;
        }
        int n = k.length();
        int i = 2;
        while (i < n && k.charAt(i) >= '0' && k.charAt(i) <= '9') {
            i++;
        }
        return i > 2 && i < n && (k.charAt(i) == ':' || k.charAt(i) == '：') ? i + 1 : -1;
    }

    /** Whether {@code k} matches {@code [0-9０-９]{1,3}([.．][0-9０-９]+)?} (a points figure), by a scan. */
    static boolean points(String k) {
        int n = k.length();
        int i = 0;
        while (i < n && digit(k.charAt(i))) {
            i++;
        }
        if (i < 1 || i > 3) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (k.charAt(i) != '.' && k.charAt(i) != '．' || i + 1 == n) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            if (!digit(k.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

}
