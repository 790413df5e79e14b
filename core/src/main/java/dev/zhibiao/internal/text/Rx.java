package dev.zhibiao.internal.text;

import java.util.IdentityHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes/no questions to compiled regular expressions with each thread's own {@link Matcher} of each
 * pattern, reset for every text ({@code p.matcher(s)} makes a matcher and its group and loop arrays
 * per call; recovery asks such questions of most cells). Each question resets the matcher to its text
 * first; after it, a matcher that was asked of a long text ({@link #KEPT}) or of a text that is no string
 * is reset to the empty text, so that it holds no reference to a document or a buffer that changes. A
 * short string stays in its matcher until the next question of that pattern (a second reset per question
 * was a tenth of the time of -layout reading in {@code Matcher.reset}; a matcher holds at most one such
 * string). Only for answers that need no groups: a caller that reads groups makes its own matcher.
 */
public final class Rx {
    private static final ThreadLocal<IdentityHashMap<Pattern, Matcher>> MINE =
            new ThreadLocal<>() { // a class, not ThreadLocal.withInitial(IdentityHashMap::new): a lambda costs a class spun at start-up
                @Override
                protected IdentityHashMap<Pattern, Matcher> initialValue() {
                    return new IdentityHashMap<>();
                }
            };

    /** The longest string a matcher keeps after its question (a cell's or a line's text). */
    static final int KEPT = 256;

    private Rx() {
    }

    /** After a question: the matcher lets go of a long text or a text that is no string. */
    private static void done(Matcher m, CharSequence s) {
        if (!(s instanceof String) || s.length() > KEPT) {
            m.reset("");
        }
    }

    private static Matcher matcher(Pattern p, CharSequence s) {
        IdentityHashMap<Pattern, Matcher> mine = MINE.get();
        Matcher m = mine.get(p);
        if (m == null) {
            m = p.matcher("");
            mine.put(p, m);
        }
        return m.reset(s);
    }

    /** This thread's matcher of {@code p}, or null (for tests: what it holds after a question). */
    static Matcher held(Pattern p) {
        return MINE.get().get(p);
    }

    /** @return {@code p.matcher(s).matches()} */
    public static boolean matches(Pattern p, CharSequence s) {
        Matcher m = matcher(p, s);
        boolean yes = m.matches();
        done(m, s);
        return yes;
    }

    /** @return {@code p.matcher(s).find()} */
    public static boolean find(Pattern p, CharSequence s) {
        Matcher m = matcher(p, s);
        boolean yes = m.find();
        done(m, s);
        return yes;
    }

    /** @return {@code p.matcher(s).lookingAt()} */
    public static boolean lookingAt(Pattern p, CharSequence s) {
        Matcher m = matcher(p, s);
        boolean yes = m.lookingAt();
        done(m, s);
        return yes;
    }

    /**
     * @return group {@code g} of {@code p} when {@code p} matches all of {@code s}; null when it does not
     *     match (or when that group took no part in the match)
     */
    public static String group(Pattern p, CharSequence s, int g) {
        Matcher m = matcher(p, s);
        String out = m.matches() ? m.group(g) : null;
        done(m, s);
        return out;
    }

    /**
     * @return {@code p.matcher(s).replaceFirst(replacement)}; a text in which {@code p} is not found
     *     is returned as it is, without a matcher of its own
     */
    public static String replaceFirst(Pattern p, CharSequence s, String replacement) {
        Matcher m = matcher(p, s);
        boolean found = m.find();
        done(m, s);
        return found ? p.matcher(s).replaceFirst(replacement) : s.toString();
    }

    /**
     * @return {@code p.matcher(s).replaceAll(replacement)}; a text in which {@code p} is not found
     *     is returned as it is, without a matcher of its own
     */
    public static String replaceAll(Pattern p, CharSequence s, String replacement) {
        Matcher m = matcher(p, s);
        boolean found = m.find();
        done(m, s);
        return found ? p.matcher(s).replaceAll(replacement) : s.toString();
    }

    /**
     * @return {@code Rx.holdsDigitOnOneLine(s)} by a scan: an ASCII digit and no line terminator
     *     ({@code .} does not match {@code \n}, {@code \r}, U+0085, U+2028, U+2029)
     */
    public static boolean holdsDigitOnOneLine(CharSequence s) {
        boolean digit = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return digit;
    }
}
