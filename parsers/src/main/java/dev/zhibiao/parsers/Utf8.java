package dev.zhibiao.parsers;

/**
 * Strict UTF-8 decoding. The JDK's decoder ({@code new String(bytes, UTF_8)}, vectorised) reads the
 * bytes first; it puts U+FFFD for anything ill-formed, so a text without U+FFFD is exactly what a
 * strict decoder gives, and only a text holding U+FFFD (ill-formed input, or a U+FFFD written in
 * the file) is decoded again by the strict decoder below. That one counts the characters first,
 * so the only arrays made are the characters and the string's own; the characters are decoded
 * into an array kept per thread and reused by the next document (up to {@link #KEPT} characters:
 * a larger document's array is made for it alone).
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
        // the JDK's decoder ran about 2.5 times as fast as the strict loop below on the HTML fixtures (the loop was
        // 42% of the HTML reader's CPU in a JFR profile, session 33): asked first, its answer kept when it replaced
        // nothing
        String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : strict(b);
    }

    /** {@link #decode} of a text the JDK's decoder put U+FFFD in: null when the bytes are ill-formed. */
    static String strict(byte[] b) {
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
