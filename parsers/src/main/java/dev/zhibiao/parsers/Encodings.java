package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides a text file's encoding from its content where no byte-order mark names it: UTF-16 without
 * a mark (as some Windows tools write it) by its zero bytes in every other position, and between
 * GB18030 and Big5 (traditional characters, as Taiwan and Hong Kong tools write them) for bytes
 * valid in both, by the words sheets print (the shared vocabulary, folded to simplified characters)
 * and then by how common the characters are. Not API.
 */
final class Encodings {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    /** Characters of each decoding compared (the start of the document). */
    private static final int SAMPLE_CHARS = 256 * 1024;

    private Encodings() {
    }

    /**
     * UTF-16 without a byte-order mark: one of the two byte positions of a code unit is zero at least
     * once in twenty units (ASCII digits, spaces, pipes and line ends), more often than the other (whose
     * zeros are the low bytes of U+xx00 such as 一 and the box-drawing ─), and at least 97 in 100 code
     * units are plausible characters of a sheet (no NUL; ASCII, punctuation, symbols, Han, full-width
     * forms, surrogates in pairs).
     *
     * @param b the bytes (the whole file, or its start)
     * @return UTF-16LE or UTF-16BE, or null when the bytes do not look like UTF-16
     */
    static Charset utf16(byte[] b) {
        int n = b.length & ~1;
        if (n < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int units = n / 2;
        boolean le = zeroOdd > zeroEven;
        int high = Math.max(zeroEven, zeroOdd);
        // the zero high bytes of ASCII outnumber the zero low bytes of U+xx00 (一, ─ of box drawing)
        if (high * 20L < units || zeroEven == zeroOdd) {
            return null;
        }
        int plausible = 0;
        for (int i = 0; i < units; i++) {
            int u = le ? (b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8 : (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
            if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
                int v = le ? (b[2 * i + 2] & 0xff) | (b[2 * i + 3] & 0xff) << 8 : (b[2 * i + 2] & 0xff) << 8 | (b[2 * i + 3] & 0xff);
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    plausible += 2;
                    i++;
                }
                continue;
            }
            if (plausible(u)) {
                plausible++;
            }
        }
        return plausible * 100L >= units * 97L ? (le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE) : null;
    }

    private static boolean plausible(int u) {
        return u == '\t' || u == '\n' || u == '\r' || u >= 0x20 && u <= 0x7E || u >= 0xA0 && u <= 0x2FFF
                || u >= 0x3000 && u <= 0x9FFF || u >= 0xF900 && u <= 0xFAFF || u >= 0xFE10 && u <= 0xFE6F
                || u >= 0xFF00 && u <= 0xFFEF || u == 0xFEFF;
    }

    /**
     * The message of the {@code encoding-guessed} note of an encoding decided from the content.
     *
     * @param cs     the encoding: UTF-16LE or UTF-16BE without a mark, or Big5
     * @param alsoGb for Big5, whether the bytes are valid GB18030 too
     * @return the message, or null for any other encoding (a mark's, UTF-8, GB18030)
     */
    static String note(Charset cs, boolean alsoGb) {
        if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE)) {
            return "read as " + cs.name() + " without a byte-order mark (a zero byte in every other position under"
                    + " ASCII characters)";
        }
        if (cs.equals(BIG5)) {
            return alsoGb ? "read as Big5 (traditional characters): the bytes are valid GB18030 too, but that reading"
                    + " holds fewer of the words sheets print"
                    : "read as Big5 (traditional characters): the bytes are not valid UTF-8 or GB18030";
        }
        return null;
    }

    /**
     * The bytes decoded strictly, or null when they are not valid in that encoding.
     *
     * @param bytes the bytes
     * @param cs    the encoding
     * @return the text, or null
     */
    static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Of two decodings of the same bytes, valid in GB18030 and in Big5, whether the Big5 one is the
     * document: it holds more of the words sheets print ({@link Vocabulary#sheetWordCount}, folded
     * to simplified characters), or as many and clearly more of the common characters.
     *
     * @param gb   the GB18030 decoding
     * @param big5 the Big5 decoding
     * @return true for Big5
     */
    static boolean big5(String gb, String big5) {
        String g = sample(gb);
        String b = sample(big5);
        int wg = Vocabulary.sheetWordCount(g);
        int wb = Vocabulary.sheetWordCount(b);
        if (wg != wb) {
            return wb > wg;
        }
        return common(b) > common(g) + 0.1;
    }

    private static String sample(String s) {
        return s.length() > SAMPLE_CHARS ? s.substring(0, SAMPLE_CHARS) : s;
    }

    /**
     * The share of Han characters that are common: folded to simplified, in GB2312's first level (the
     * 3,755 most used characters); 0 without Han characters.
     */
    static double common(String s) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int han = 0;
        int common = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            String f = Text.foldChar(ch);
            if (f.length() != 1) {
                continue;
            }
            try {
                ByteBuffer out = gb2312.reset().encode(java.nio.CharBuffer.wrap(f));
                int lead = out.remaining() == 2 ? out.get(0) & 0xff : 0;
                if (lead >= 0xB0 && lead <= 0xD7) {
                    common++;
                }
            } catch (CharacterCodingException e) {
                // not in GB2312: rare
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }
}
