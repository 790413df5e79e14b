package dev.zhibiao.internal.grammar;

import dev.zhibiao.internal.text.Text;

/**
 * A printed value folded for reading: each character NFKC-normalised (full-width to half-width),
 * traditional Chinese turned simplified (ICU's table, through {@link Text#simplified}), white space
 * dropped. {@link #origin} maps every folded character back to the printed one it came from, so
 * that subjects and named references can be quoted as printed.
 *
 * <p>Folding is per character and cached per character, so the hot path does no normalisation
 * or transliteration work for characters seen before.
 */
final class Fold {
    /**
     * Per character: null = not yet computed; the folded form otherwise ("" for white space). In 256 pages of 256
     * characters by the high byte, a page made when one of its characters is first folded (a flat String[65536] was
     * 256 KB of fresh memory at start-up); filled racily (a page made twice loses entries, computed again, equal).
     */
    private static final String[][] MAP = new String[256][];

    final String printed;
    final char[] c;
    final int[] origin;
    final int n;

    private Fold(String printed, char[] c, int[] origin, int n) {
        this.printed = printed;
        this.c = c;
        this.origin = origin;
        this.n = n;
    }

    static Fold of(String printed) {
        int len = printed.length();
        char[] out = new char[len + 8];
        int[] org = new int[len + 8];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char ch = printed.charAt(i);
            if (ch < 0x80) {
                if (ch <= ' ' || ch == 0x7f) {
                    continue;
                }
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2 + 8);
                    org = java.util.Arrays.copyOf(org, n * 2 + 8);
                }
                out[n] = ch;
                org[n++] = i;
                continue;
            }
            String f = fold(ch);
            for (int k = 0; k < f.length(); k++) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2 + 8);
                    org = java.util.Arrays.copyOf(org, n * 2 + 8);
                }
                out[n] = f.charAt(k);
                org[n++] = i;
            }
        }
        return new Fold(printed, out, org, n);
    }

    /** The folded form of one character. */
    static String fold(char ch) {
        String[] page = MAP[ch >>> 8];
        String f = page == null ? null : page[ch & 0xFF];
        if (f == null) {
            f = compute(ch);
            if (page == null) {
                page = new String[256];
                MAP[ch >>> 8] = page;
            }
            page[ch & 0xFF] = f;
        }
        return f;
    }

    /** The folded form of one character, computed (package-private so that tests see it past the cache). */
    static String compute(char ch) {
        if (blank(ch)) {
            return "";
        }
        if (Character.isSurrogate(ch)) {
            return String.valueOf(ch);
        }
        String s = String.valueOf(ch);
        String k = Text.nfkc(s); // NFKC; the JDK's normaliser only for characters Text does not map itself
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char x = k.charAt(i);
            if (!blank(x)) {
                b.append(x);
            }
        }
        String r = b.toString();
        if (!r.isEmpty() && r.charAt(0) >= 0x3000) {
            r = Text.simplified(r);
        }
        return r;
    }

    /** White space, control and zero-width characters: dropped when folding, collapsed when printing. */
    static boolean blank(char ch) {
        return ch <= ' ' || Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch)
                || ch == '\u200b' || ch == '\ufeff';
    }

    /** The printed text behind folded characters {@code [from, to)}, white space collapsed. */
    String printed(int from, int to) {
        if (from >= to) {
            return "";
        }
        int a = origin[from];
        int b = origin[to - 1] + 1;
        return collapse(printed, a, b);
    }

    /** {@code printed(from, to).length()}, counted without making the text. */
    int printedLength(int from, int to) {
        if (from >= to) {
            return 0;
        }
        int len = 0;
        boolean space = false;
        for (int i = origin[from], b = origin[to - 1] + 1; i < b; i++) {
            // as collapse's builder: a run of white space inside is one space, none at either end
            if (blank(printed.charAt(i))) {
                space = len > 0;
            } else {
                len += space ? 2 : 1;
                space = false;
            }
        }
        return len;
    }

    /** The folded characters {@code [from, to)}. */
    String folded(int from, int to) {
        return new String(c, from, Math.max(0, to - from));
    }

    /** Collapses runs of white space into one space and trims, without regular expressions. */
    static String collapse(String s, int from, int to) {
        if (collapsed(s, from, to)) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (blank(ch)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Whether {@code [from, to)} is already collapsed: no blank at either end, only single spaces inside. */
    private static boolean collapsed(String s, int from, int to) {
        if (from >= to || blank(s.charAt(from)) || blank(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char ch = s.charAt(i);
            if (ch == ' ') {
                if (blank(s.charAt(i + 1))) {
                    return false;
                }
            } else if (ch < 0x80 ? ch < ' ' || ch == 0x7f : blank(ch)) {
                return false;
            }
        }
        return true;
    }
}
