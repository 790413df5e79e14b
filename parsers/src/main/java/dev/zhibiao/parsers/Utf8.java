package dev.zhibiao.parsers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: the JDK's UTF-8 decoder told to report what is ill-formed (overlong forms,
 * surrogates, code points above U+10FFFF, stray or missing continuation bytes) rather than replace
 * it. One decoder and one character array are kept per thread and reused by the next document (the
 * array up to {@link #KEPT} characters: a larger document's array is made for it alone), so the
 * only array a document's decoding makes is its string's own.
 *
 * <p>Measured on the tab-separated and HTML fixtures (session 34, {@code docs/speed-log.md}): as fast
 * as {@code new String(bytes, UTF_8)} (which sizes a scratch array at two bytes per input byte for
 * every text) with half its allocation, and 1.6 times as fast as the hand-written strict loop this
 * class held before.
 */
final class Utf8 {
    /** The largest character array kept for reuse (2 MB). */
    static final int KEPT = 1 << 20;

    private static final class Scratch {
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] chars = new char[0];
    }

    /** A class, not {@code ThreadLocal.withInitial(Scratch::new)}: each lambda costs a class spun at start-up. */
    private static final class Kept extends ThreadLocal<Scratch> {
        @Override
        protected Scratch initialValue() {
            return new Scratch();
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = new Kept();

    private Utf8() {
    }

    /**
     * @param b bytes
     * @return their text when they are well-formed UTF-8 (what the JDK's strict decoder returns), else
     *     null: overlong forms, surrogates, code points above U+10FFFF, stray or missing continuation
     *     bytes
     */
    static String decode(byte[] b) {
        Scratch s = SCRATCH.get();
        // UTF-8 never gives more characters than bytes
        char[] c = s.chars.length >= b.length ? s.chars : new char[b.length];
        if (c != s.chars && c.length <= KEPT) {
            s.chars = c;
        }
        CharsetDecoder d = s.decoder.reset();
        CharBuffer out = CharBuffer.wrap(c);
        CoderResult r = d.decode(ByteBuffer.wrap(b), out, true);
        if (r.isError() || (r = d.flush(out)).isError()) {
            return null;
        }
        return new String(c, 0, out.position());
    }
}
