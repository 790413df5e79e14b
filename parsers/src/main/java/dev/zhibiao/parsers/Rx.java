package dev.zhibiao.parsers;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions written inline in the pdftotext reader, each compiled once ({@code String.matches},
 * {@code split} and {@code replaceAll} compile their pattern on every call).
 */
final class Rx {
    private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Rx() {
    }

    static Pattern of(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    /**
     * Each thread's matcher of each expression, reset for every text ({@link #matches} is asked of
     * most lines and pieces of a document, and a fresh matcher and its group arrays were the
     * largest share of the pdftotext reader's allocation).
     */
    private static final ThreadLocal<java.util.HashMap<String, java.util.regex.Matcher>> MATCHERS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    static boolean matches(String s, String regex) {
        java.util.HashMap<String, java.util.regex.Matcher> mine = MATCHERS.get();
        java.util.regex.Matcher m = mine.get(regex);
        if (m == null) {
            m = of(regex).matcher("");
            mine.put(regex, m);
        }
        boolean matched = m.reset(s).matches();
        if (s.length() > 256) {
            m.reset(""); // hold no reference to a long text (a short one stays until the next question, as core's Rx)
        }
        return matched;
    }

    /** {@code p.matcher(s).matches()}, with this thread's matcher of {@code p} (core's {@link dev.zhibiao.internal.text.Rx}). */
    static boolean matches(Pattern p, String s) {
        return dev.zhibiao.internal.text.Rx.matches(p, s);
    }

    /** {@code p.matcher(s).find()}, with this thread's matcher of {@code p} (core's {@link dev.zhibiao.internal.text.Rx}). */
    static boolean find(Pattern p, String s) {
        return dev.zhibiao.internal.text.Rx.find(p, s);
    }

    static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    /**
     * {@code s} without its last character when that is {@code a} or {@code b}: what {@code replaceAll(s, "[ab]$", "")}
     * gives for a text without line terminators (a key, a piece between spaces), without a matcher.
     */
    static String withoutLast(String s, char a, char b) {
        int n = s.length();
        return n > 0 && (s.charAt(n - 1) == a || s.charAt(n - 1) == b) ? s.substring(0, n - 1) : s;
    }

    static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    /** {@code \s} of {@link Pattern}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether {@code s} holds white space as {@code \\s} matches it ({@link #splitSpaces} would cut it). */
    static boolean holdsSpace(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (space(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code Pattern.compile("\\s+").split(s)} gives, by a scan: the pieces between runs of
     * white space, an empty first piece when {@code s} starts with white space, no empty pieces at
     * the end, and {@code s} itself when it holds no white space.
     */
    static String[] splitSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !space(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return new String[] {s};
        }
        // pieces are counted first, then cut into an array of their number (no list to grow and copy)
        int end = n; // the end of the last piece kept: trailing white space gives only empty pieces
        while (end > 0 && space(s.charAt(end - 1))) {
            end--;
        }
        int count = 1; // the first piece (empty when s starts with white space)
        for (int k = i; k < end; ) {
            while (k < end && space(s.charAt(k))) {
                k++;
            }
            count++;
            while (k < end && !space(s.charAt(k))) {
                k++;
            }
        }
        if (end == 0) {
            // only white space: the one (empty) piece is dropped as trailing
            return new String[0];
        }
        String[] out = new String[count];
        out[0] = s.substring(0, i);
        int p = 1;
        int k = i;
        while (k < end) {
            while (k < end && space(s.charAt(k))) {
                k++;
            }
            int from = k;
            while (k < end && !space(s.charAt(k))) {
                k++;
            }
            out[p++] = s.substring(from, k);
        }
        return out;
    }
}
