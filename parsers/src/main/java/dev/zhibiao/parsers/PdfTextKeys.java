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
     * A text, its folded key and the facts asked of it so far ({@link #fact}). The text and key are
     * final: the text is the first of equal texts asked, which lines and fragments take as theirs
     * ({@link #canonical}), so that the passes find it again by identity; the facts are an int written
     * whole, two bits a fact (known, true), so a racy update can only lose a fact, to be computed again.
     */
    static final class Keyed {
        /** The text first asked, equal to every text that finds this entry. */
        final String text;
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

    /**
     * The folding behind every key: NFKC (full-width to half-width), traditional characters to
     * simplified (as {@link Text#key} folds a cell), white space removed. Character by character, so
     * the key of a join is the join of the keys.
     */
    static String fold(String s) {
        return s == null || s.isEmpty() ? "" : Text.squeeze(Text.simplified(Text.nfkc(s)));
    }

    /** The text equal to {@code s} kept among the recent keys (s itself when new there): asked again, found by identity. */
    static String canonical(String s) {
        return s == null || s.isEmpty() ? s : entry(s).text;
    }

    /** The entry of {@code s} (not null): found by identity, else by equality, else folded and kept. */
    static Keyed entry(String s) {
        int slot = s.hashCode() & (KEYS - 1);
        Keyed e = RECENT_KEYS[slot];
        if (e != null && (e.text == s || e.text.equals(s))) {
            return e;
        }
        e = new Keyed(s, fold(s));
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
