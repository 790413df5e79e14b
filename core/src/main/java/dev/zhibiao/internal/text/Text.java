package dev.zhibiao.internal.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Text folding done once per cell for matching: NFKC (full-width to half-width), traditional to
 * simplified (ICU's {@code Traditional-Simplified} transform), white space removed or collapsed,
 * stray HTML tags removed. The printed text is kept separately for output.
 */
public final class Text {
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern WS = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final ThreadLocal<Transliterator> T2S =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ConcurrentHashMap<String, String> SIMPLIFIED = new ConcurrentHashMap<>();

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

    /** Removes HTML-like tags ({@code <p>}, {@code </p>}, {@code <br/>}), replacing them by a space. */
    public static String stripTags(String s) {
        if (s == null || s.indexOf('<') < 0) {
            return s;
        }
        return TAGS.matcher(s).replaceAll(" ");
    }

    /** Collapses runs of white space into one space and trims. */
    public static String collapse(String s) {
        if (s == null) {
            return null;
        }
        return WS.matcher(s).replaceAll(" ").strip();
    }

    /** Removes all white space. */
    public static String squeeze(String s) {
        if (s == null) {
            return null;
        }
        return WS.matcher(s).replaceAll("");
    }

    /** NFKC. */
    public static String nfkc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Traditional characters to simplified (cached; ASCII is returned at once). */
    public static String simplified(String s) {
        if (s == null) {
            return null;
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x3000;
        }
        if (ascii) {
            return s;
        }
        if (s.length() > 64) {
            return T2S.get().transliterate(s);
        }
        String r = SIMPLIFIED.get(s);
        if (r == null) {
            r = T2S.get().transliterate(s);
            if (SIMPLIFIED.size() < 100_000) {
                SIMPLIFIED.put(s, r);
            }
        }
        return r;
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

    /** The folding used for matching: tags removed, NFKC, simplified, no white space. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        return squeeze(simplified(nfkc(stripTags(s))));
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
}
