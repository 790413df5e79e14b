package dev.zhibiao.parsers;

/**
 * Strict UTF-8 decoding into a string of the exact size: the characters are counted first, so the
 * only arrays made are the characters and the string's own (the JDK's {@code new String(bytes,
 * UTF_8)} of non-ASCII text fills an array of two bytes per input byte, then copies it to size).
 * The characters are decoded into an array kept per thread and reused by the next document (up to
 * {@link #KEPT} characters: a larger document's array is made for it alone), so a document costs
 * its string and the JDK's Latin-1 attempt, two bytes per character less.
 */
final class Utf8 {
    /** The largest character array kept for reuse (2 MB). */
    static final int KEPT = 1 << 20;

    private static final ThreadLocal<char[]> SCRATCH = new ThreadLocal<>();

    private Utf8() {
    }

    /**
     * @param b bytes
     * @return their text when they are well-formed UTF-8 (what the JDK's strict decoder returns), else
     *     null: overlong forms, surrogates, code points above U+10FFFF, stray or missing continuation
     *     bytes
     */
    static String decode(byte[] b) {
        int len = b.length;
        // characters: one per byte that is no continuation byte, two for a four-byte form (a loop
        // without branches); exact for well-formed input, which the decoding below checks
        int n = 0;
        for (int i = 0; i < len; i++) {
            int x = b[i];
            n += (x & 0xC0) != 0x80 ? 1 : 0;
            n += (x & 0xF8) == 0xF0 ? 1 : 0;
        }
        char[] c = SCRATCH.get();
        if (c == null || c.length < n) {
            c = new char[n];
            if (n <= KEPT) {
                SCRATCH.set(c);
            }
        }
        int k = 0;
        int i = 0;
        while (i < len) {
            int x = b[i];
            if (x >= 0) {
                c[k++] = (char) x;
                i++;
                continue;
            }
            x &= 0xFF;
            if (x < 0xC2) {
                return null; // a continuation byte with no lead, or an overlong two-byte form
            } else if (x < 0xE0) {
                if (i + 1 >= len || !cont(b[i + 1])) {
                    return null;
                }
                c[k++] = (char) ((x & 0x1F) << 6 | b[i + 1] & 0x3F);
                i += 2;
            } else if (x < 0xF0) {
                if (i + 2 >= len || !cont(b[i + 1]) || !cont(b[i + 2])) {
                    return null;
                }
                int y = b[i + 1] & 0xFF;
                if (x == 0xE0 && y < 0xA0 || x == 0xED && y >= 0xA0) {
                    return null; // overlong, or a surrogate
                }
                c[k++] = (char) ((x & 0x0F) << 12 | (y & 0x3F) << 6 | b[i + 2] & 0x3F);
                i += 3;
            } else if (x < 0xF5) {
                if (i + 3 >= len || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
                    return null;
                }
                int y = b[i + 1] & 0xFF;
                if (x == 0xF0 && y < 0x90 || x == 0xF4 && y >= 0x90) {
                    return null; // overlong, or above U+10FFFF
                }
                int cp = (x & 0x07) << 18 | (y & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
                c[k++] = Character.highSurrogate(cp);
                c[k++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return null;
            }
        }
        return new String(c, 0, n);
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
