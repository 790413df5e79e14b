package dev.zhibiao.internal.text;

import java.text.Normalizer;

/**
 * Text folding done once per cell for matching: NFKC (full-width to half-width), traditional to
 * simplified (ICU's {@code Traditional-Simplified} transform, kept as a generated table: {@link Simplified}),
 * white space removed or collapsed,
 * stray HTML tags removed. The printed text is kept separately for output.
 */
public final class Text {
    /*
     * Per-character caches, in 256 pages of 256 characters by the high byte, a page made when one of its characters is
     * first asked: a document touches a few dozen pages, where a flat String[65536] was 256 KB of fresh memory each at
     * start-up. Filled racily like the flat arrays were (a page made twice by two threads loses the other's entries,
     * which are computed again: the values are immutable strings, equal either way).
     */
    private static final String[][] T2S_CHAR = new String[256][];
    private static final String[][] FOLD_CHAR = new String[256][];

    private Text() {
    }

    /** @return true when {@code s} is null or only white space */
    public static boolean blank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes HTML-like tags ({@code <p>}, {@code </p>}, {@code <br/>}), replacing them by a space:
     * what {@code replaceAll("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>", " ")} gives, by a scan
     * (cells such as {@code <5%} hold a {@code <} that starts no tag; {@code TextFoldingTest}
     * compares the two on random texts).
     */
    public static String stripTags(String s) {
        if (s == null) {
            return null;
        }
        int lt = s.indexOf('<');
        if (lt < 0) {
            return s;
        }
        StringBuilder b = null;
        int copied = 0;
        for (int i = lt; i >= 0; i = s.indexOf('<', i + 1)) {
            int end = tagEnd(s, i);
            if (end < 0) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(s, copied, i).append(' ');
            copied = end + 1;
            i = end;
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
    }

    /**
     * {@code blank(stripTags(s))} without the stripped copy: every character outside the tags
     * {@link #stripTags} removes is white space (a no-break or ideographic space counts).
     *
     * @param s a text, may be null
     * @return true when nothing but tags and white space
     */
    public static boolean blankOutsideTags(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                int end = tagEnd(s, i);
                if (end >= 0) {
                    i = end; // the tag stands as one space in the stripped text
                    continue;
                }
            }
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                return false;
            }
        }
        return true;
    }

    /** The index of the {@code >} closing a tag that starts at {@code s[i] == '<'}, else -1. */
    private static int tagEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '/') {
            j++;
        }
        if (j >= n || !asciiLetter(s.charAt(j))) {
            return -1;
        }
        j++;
        while (j < n && (asciiLetter(s.charAt(j)) || s.charAt(j) >= '0' && s.charAt(j) <= '9')) {
            j++;
        }
        if (j >= n) {
            return -1;
        }
        char c = s.charAt(j);
        if (c == '>') {
            return j;
        }
        if (c == '/') {
            return j + 1 < n && s.charAt(j + 1) == '>' ? j + 1 : -1;
        }
        if (c == ' ' || c >= '\t' && c <= '\r') {
            // (\s[^<>]*)?/?> : the attributes run to the first < or >, and only a > closes the tag
            for (int k = j + 1; k < n; k++) {
                char x = s.charAt(k);
                if (x == '>') {
                    return k;
                }
                if (x == '<') {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Collapses runs of white space into one space and trims. */
    public static String collapse(String s) {
        if (s == null) {
            return null;
        }
        return spaces(s, true).strip();
    }

    /** White space as {@code [\\s\\u00a0\\u3000]} matches it: {@code \\s}, no-break space, ideographic space. */
    private static boolean ws(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u3000';
    }

    /**
     * Each run of white space ({@link #ws}) replaced by one space, or dropped: a scan that gives
     * what {@code s.replaceAll("[\\s\\u00a0\\u3000]+", oneSpace ? " " : "")} gives.
     */
    private static String spaces(String s, boolean oneSpace) {
        int n = s.length();
        int i = 0;
        while (i < n && !ws(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (ws(c)) {
                while (i + 1 < n && ws(s.charAt(i + 1))) {
                    i++;
                }
                if (oneSpace) {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
            i++;
        }
        return b.toString();
    }

    /** Removes all white space. */
    public static String squeeze(String s) {
        if (s == null) {
            return null;
        }
        return spaces(s, false);
    }

    /** NFKC. */
    public static String nfkc(String s) {
        if (s == null) {
            return null;
        }
        char[] out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (stable(c)) {
                continue;
            }
            char m = narrow(c);
            if (m == 0) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
            if (m != c) {
                if (out == null) {
                    out = scratch(n);
                    s.getChars(0, n, out, 0);
                }
                out[i] = m;
            }
        }
        return out == null ? s : new String(out, 0, n);
    }

    /** The characters {@link #nfkc} maps in before making its string: kept per thread, up to 4,096 of them. */
    private static final ThreadLocal<char[]> SCRATCH = new ThreadLocal<>();

    private static char[] scratch(int n) {
        char[] c = SCRATCH.get();
        if (c == null || c.length < n) {
            c = new char[Math.max(n, 64)];
            if (c.length <= 4096) {
                SCRATCH.set(c);
            }
        }
        return c;
    }

    /**
     * The NFKC form of a character outside {@link #stable(char)} that NFKC maps to one character
     * on its own and that never combines with its neighbours: full-width ASCII (U+FF01–U+FF5E) and
     * the ideographic and no-break spaces map to ASCII; a few signs printed in these sheets (≥ ≤ ×
     * ÷ ± ° ‰ · — and the curly quotes) are kept as they are. 0 for any other character, which
     * goes to the JDK's normaliser (whose check allocates a buffer per call). {@code
     * TextFoldingTest} checks every one against the normaliser, alone and between others.
     */
    static char narrow(char c) {
        if (c >= 0xff01 && c <= 0xff5e) {
            return (char) (c - 0xfee0);
        }
        return switch (c) {
            case '\u3000', '\u00a0' -> ' ';
            case '\u2265', '\u2264', '\u00d7', '\u00f7', '\u00b1', '\u00b0', '\u2030', '\u00b7', '\u2014', '\u2018',
                 '\u2019', '\u201c', '\u201d' -> c;
            default -> 0;
        };
    }

    /**
     * Whether every character of {@code s} is one that NFKC keeps and that never combines with the
     * character before it (NFKC quick check Yes, combining class 0: ASCII and C1 controls, the CJK
     * unified ideographs U+4E00–U+9FFF, the ideographic comma and full stop and the CJK brackets
     * U+3008–U+3011), so that {@code s} is in NFKC without asking the normaliser, whose check
     * allocates a buffer per call. {@code TextFoldingTest} checks these characters against ICU.
     */
    public static boolean stable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!stable(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #nfkc} maps {@code s} character by character, without the normaliser: every character is
     * {@link #stable(char)} or one {@link #narrow} maps (neither kind combines with its neighbours). For two such
     * texts {@code nfkc(a + b)} is {@code nfkc(a) + nfkc(b)}, so a folding of NFKC and white space removal of a join
     * is the join of the foldings. Wider than {@link #stable(String)}: full-width brackets, colons and per cent signs
     * and the ideographic space pass.
     *
     * @param s a text, not null
     * @return whether every character is stable or narrowed
     */
    public static boolean nfkcByChar(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!stable(c) && narrow(c) == 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code c} is one of the characters {@link #stable(String)} accepts */
    static boolean stable(char c) {
        return c < 0xa0 || c >= 0x4e00 && c <= 0x9fff || c == 0x3001 || c == 0x3002 || c >= 0x3008 && c <= 0x3011;
    }

    /**
     * Traditional characters to simplified, character by character as ICU's
     * {@code Traditional-Simplified} transform maps each one (the generated table
     * {@link Simplified}; each character's result cached, so repeated text costs a table lookup
     * per character).
     */
    public static String simplified(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x3000 || Character.isSurrogate(ch)) {
                if (b != null) {
                    b.append(ch);
                }
                continue;
            }
            String m = simplified(ch);
            if (b == null) {
                if (m.length() == 1 && m.charAt(0) == ch) {
                    continue;
                }
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            b.append(m);
        }
        return b == null ? s : b.toString();
    }

    private static String simplified(char ch) {
        String[] page = T2S_CHAR[ch >>> 8];
        String m = page == null ? null : page[ch & 0xFF];
        if (m == null) {
            m = Simplified.of(ch);
            if (page == null) {
                page = new String[256];
                T2S_CHAR[ch >>> 8] = page;
            }
            page[ch & 0xFF] = m;
        }
        return m;
    }

    /**
     * One character as {@link #key} folds it (NFKC, simplified; white space to nothing), from a cache:
     * no allocation, for asking a row's first character before folding the whole text.
     */
    public static String foldChar(char ch) {
        return fold(ch);
    }

    /** The folding used for matching, per character: NFKC, simplified, white space dropped. */
    private static String fold(char ch) {
        String[] page = FOLD_CHAR[ch >>> 8];
        String f = page == null ? null : page[ch & 0xFF];
        if (f == null) {
            // NFKC of the character alone: itself when stable, its narrowed form, else the normaliser's
            // (not loaded at all while a document holds only such characters: start-up)
            char m = stable(ch) ? ch : narrow(ch);
            String k = m != 0 ? String.valueOf(m) : Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
            StringBuilder b = new StringBuilder(k.length());
            for (int i = 0; i < k.length(); i++) {
                char x = k.charAt(i);
                if (!Character.isWhitespace(x) && x != '\u00a0' && x != '\u3000') {
                    b.append(x >= 0x3000 && !Character.isSurrogate(x) ? simplified(x) : String.valueOf(x));
                }
            }
            f = b.toString();
            if (page == null) {
                page = new String[256];
                FOLD_CHAR[ch >>> 8] = page;
            }
            page[ch & 0xFF] = f;
        }
        return f;
    }

    /**
     * NFKC and simplified, when that keeps every character in place (so that a match found in
     * the result can cut the printed text at the same offsets); else the text unchanged.
     */
    public static String foldInPlace(String s) {
        if (s == null) {
            return null;
        }
        String f = simplified(nfkc(s));
        return f.length() == s.length() ? f : s;
    }

    /** Keys computed lately: a text and its key (immutable, so a racy read sees one whole pair). */
    private record Keyed(String text, String key) {
    }

    private static final int KEYS = 4096;
    private static final Keyed[] RECENT_KEYS = new Keyed[KEYS];

    /**
     * The folding used for matching: tags removed, NFKC, simplified, no white space. Recovery
     * asks for the key of the same cell text many times, so the keys of recent texts are kept (a
     * direct-mapped table by hash: a text asked again costs a hash and an identity or equality
     * check).
     */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        int slot = s.hashCode() & (KEYS - 1);
        Keyed k = RECENT_KEYS[slot];
        if (k != null && (k.text == s || k.text.equals(s))) {
            return k.key;
        }
        String key = fold(s);
        RECENT_KEYS[slot] = new Keyed(s, key);
        return key;
    }

    /**
     * {@link #key} of a text that is often its own key (a key joined from keys, a key of another
     * folding asked again): the text itself when folding keeps it as it is (no {@code <}, each
     * character its own fold), found by a scan without a lookup in the table of recent keys (a
     * fresh text would only crowd it); else {@link #key}.
     *
     * @param s a text, may be null
     * @return {@code key(s)}
     */
    public static String rekey(String s) {
        if (s == null) {
            return "";
        }
        return rekeyKeeps(s) ? s : key(s);
    }

    /**
     * Whether {@link #rekey} returns the text itself: no {@code <}, each character its own fold. A
     * scan of each character alone, so a join keeps itself exactly when each of its parts does.
     *
     * @param s a text, not null
     * @return whether {@code rekey(s) == s}
     */
    public static boolean rekeyKeeps(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch > ' ' && ch < 0x7f && ch != '<' || Character.isSurrogate(ch)) {
                continue;
            }
            if (ch == '<') {
                return false;
            }
            String f = fold(ch);
            if (f.length() != 1 || f.charAt(0) != ch) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code key(a + b)} without folding the joined text afresh: the join of the keys when neither
     * text holds a {@code <} (the folding is character by character once tags are removed, and a
     * tag needs its {@code <}).
     *
     * @param a a text, not null
     * @param b the text after it, not null
     * @return the key of the joined text
     */
    public static String keyOfJoin(String a, String b) {
        return a.indexOf('<') < 0 && b.indexOf('<') < 0 ? key(a).concat(key(b)) : key(a + b);
    }

    /**
     * {@code a.concat(b).hashCode()} without the joined text: {@link String#hashCode} of a join is {@code h(a)·31^|b| +
     * h(b)} in {@code int} arithmetic.
     *
     * @param a a text
     * @param b the text joined after it
     * @return the join's hash
     */
    public static int hashOfJoin(String a, String b) {
        int p = 1;
        int base = 31;
        for (int e = b.length(); e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                p *= base;
            }
            base *= base;
        }
        return a.hashCode() * p + b.hashCode();
    }

    private static String fold(String s) {
        String t = stripTags(s);
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch > ' ' && ch < 0x7f) {
                if (b != null) {
                    b.append(ch);
                }
                continue;
            }
            String f = Character.isSurrogate(ch) ? String.valueOf(ch) : fold(ch);
            if (b == null) {
                if (f.length() == 1 && f.charAt(0) == ch) {
                    continue;
                }
                b = new StringBuilder(t.length());
                b.append(t, 0, i);
            }
            b.append(f);
        }
        return b == null ? t : b.toString();
    }

    /**
     * A cell's text with each line break between two wide (CJK) characters removed, with the white
     * space around it: Chinese wraps a word inside a cell without a space ({@code 竣工验收\n合格率} is
     * {@code 竣工验收合格率}); a line break beside anything else stays, for {@link #clean} to make a space.
     */
    public static String joinWrappedLines(String s) {
        if (s == null || s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return withoutGapsBetweenWide(s, true);
    }

    /**
     * A line's text with the white space between two wide (CJK) characters removed: Chinese sets no
     * space between words, so a gap there is the printing's (a justified or spaced-out title, an OCR
     * engine's word boxes: {@code 城乡居民 医疗保险…绩效目标表}); a space beside anything else stays.
     */
    public static String withoutWideGaps(String s) {
        if (s == null || s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\t') < 0) {
            return s;
        }
        return withoutGapsBetweenWide(s, false);
    }

    /** {@code s} without the runs of white space between two wide characters (only runs holding a line break if asked). */
    private static String withoutGapsBetweenWide(String s, boolean lineBreaksOnly) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!ws(c)) {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean lineBreak = false;
            while (j < n && ws(s.charAt(j))) {
                lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
                j++;
            }
            boolean wideBefore = b.length() > 0 && isWide(b.charAt(b.length() - 1));
            boolean wideAfter = j < n && isWide(s.charAt(j));
            if (!((lineBreak || !lineBreaksOnly) && wideBefore && wideAfter)) {
                b.append(s, i, j);
            }
            i = j;
        }
        return b.toString();
    }

    /**
     * The cleaning used for printed text in output (names, values, goals): tags removed, white
     * space collapsed; characters kept as printed.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = collapse(stripTags(s));
        return c.isEmpty() ? null : c;
    }

    /** The cleaning used for labels in output: tags removed, NFKC, simplified, white space collapsed. */
    public static String cleanLabel(String s) {
        if (s == null) {
            return null;
        }
        String c = collapse(simplified(nfkc(stripTags(s))));
        return c.isEmpty() ? null : c;
    }

    /**
     * Whether a character takes two columns where text is aligned with spaces (Unicode's East Asian
     * Width W and F: Hangul Jamo, CJK and its punctuation, Hangul syllables, compatibility
     * ideographs, vertical and full-width forms, and the supplementary ideographs from U+20000).
     * The one table the readers and recovery measure aligned text by.
     */
    public static boolean isWide(int codePoint) {
        int c = codePoint;
        return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000);
    }
}
