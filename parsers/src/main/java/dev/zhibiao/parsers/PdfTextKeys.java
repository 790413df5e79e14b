package dev.zhibiao.parsers;

import dev.zhibiao.internal.text.Text;
import java.util.function.Predicate;

/**
 * The pdftotext reader's table of recent keys: each line's and piece's folded key and the word
 * tests asked of it, kept once per text (the passes over a page ask them again and again).
 */
final class PdfTextKeys {
    private PdfTextKeys() {
    }

    /**
     * A text, its folded key and the facts asked of it so far ({@link #fact}). The key is final;
     * the text is the last of equal texts asked (any of them answers the same), so a racy read
     * sees an equal text or null (then the text is folded again); the facts are an int written
     * whole, two bits a fact (known, true), so a racy update can only lose a fact, to be computed again.
     */
    private static final class Keyed {
        /** The text last asked, equal to the one the key was made of (a racy read may see null: a miss). */
        String text;
        final String key;
        int facts;

        Keyed(String text, String key) {
            this.text = text;
            this.key = key;
        }
    }

    private static final int KEYS = 8192;
    /**
     * Folded text of the lines and pieces seen lately, each folded once (the passes ask for it
     * again and again): a direct-mapped table by hash, a text asked again costs a hash and an
     * identity or equality check (a hash map of every line cost more than the folding it saved).
     */
    private static final Keyed[] RECENT_KEYS = new Keyed[KEYS];

    static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return entry(s).key;
    }

    private static Keyed entry(String s) {
        int slot = s.hashCode() & (KEYS - 1);
        Keyed e = RECENT_KEYS[slot];
        if (e != null) {
            String t = e.text;
            if (t == s) {
                return e;
            }
            if (t != null && t.equals(s)) {
                // the text asked last stands for its equals: asked again, it is found by identity
                e.text = s;
                return e;
            }
        }
        e = new Keyed(s, Text.squeeze(Text.nfkc(s)));
        RECENT_KEYS[slot] = e;
        return e;
    }

    /**
     * {@code test(s)}, computed once per text while the text stays in the table of recent keys:
     * the passes over a page ask the same word tests of the same lines again and again.
     *
     * @param s    the text
     * @param fact which fact ({@code …_FACT}): one test per fact, always the same
     * @param test the test, a pure function of the text
     */
    static boolean fact(String s, int fact, Predicate<String> test) {
        if (s == null || s.isEmpty()) {
            return test.test(s);
        }
        Keyed e = entry(s);
        int known = 1 << (2 * fact);
        int yes = 2 << (2 * fact);
        int facts = e.facts;
        if ((facts & known) != 0) {
            return (facts & yes) != 0;
        }
        boolean r = test.test(s);
        e.facts |= known | (r ? yes : 0);
        return r;
    }
}
