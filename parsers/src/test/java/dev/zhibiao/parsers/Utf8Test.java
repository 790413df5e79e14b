package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8#decode} answers as the JDK's strict UTF-8 decoder does: the same text, or null where it refuses. */
class Utf8Test {

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void randomBytesAndTextsDecodeAsTheStrictDecoder() {
        Random random = new Random(15);
        byte[] interesting = {0x00, 0x41, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2,
            (byte) 0xDF, (byte) 0xE0, (byte) 0xA0, (byte) 0x9F, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0x90,
            (byte) 0x8F, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, (byte) 0xBD};
        int valid = 0;
        for (int k = 0; k < 300_000; k++) {
            byte[] b = new byte[random.nextInt(9)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
            }
            String want = strict(b);
            valid += want != null ? 1 : 0;
            assertEquals(want, Utf8.decode(b), () -> java.util.HexFormat.of().formatHex(b));
        }
        assertTrue(valid > 10_000, "valid inputs drawn: " + valid);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder t = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x780);
                    case 2 -> 0x800 + random.nextInt(0xF800);
                    default -> 0x10000 + random.nextInt(0x100000);
                };
                if (cp < 0xD800 || cp > 0xDFFF) {
                    t.appendCodePoint(cp);
                }
            }
            byte[] b = t.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(t.toString(), Utf8.decode(b));
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKeptAndIllFormedBytesAreStillRefused() {
        // a lenient decoder writes U+FFFD for what is ill-formed: a U+FFFD in the text itself must come back, and a
        // text whose only fault a lenient decoder would replace must still be refused
        assertEquals("a\uFFFD指标", Utf8.decode("a\uFFFD指标".getBytes(StandardCharsets.UTF_8)));
        byte[] overlong = {0x61, (byte) 0xC0, (byte) 0xAF, 0x62};
        assertEquals(null, Utf8.decode(overlong));
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertEquals(null, Utf8.decode(surrogate));
        byte[] both = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF};
        assertEquals(null, Utf8.decode(both));
    }

    @Test
    void theKeptArrayGivesEachTextItsOwnCharactersAndATruncatedFormIsRefused() {
        // a long text, then a short one in the same thread's reused array: nothing of the first is left in the second
        String longText = "指标值≥90%;".repeat(5_000);
        assertEquals(longText, Utf8.decode(longText.getBytes(StandardCharsets.UTF_8)));
        assertEquals("产出", Utf8.decode("产出".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", Utf8.decode(new byte[0]));
        // larger than the array kept for reuse: decoded in an array of its own, and the next text still right
        String huge = "数".repeat(Utf8.KEPT + 7);
        assertEquals(huge, Utf8.decode(huge.getBytes(StandardCharsets.UTF_8)));
        assertEquals("a", Utf8.decode(new byte[] {0x61}));
        // a three-byte form cut after its second byte, at the end of the text
        byte[] cut = {0x61, (byte) 0xE6, (byte) 0x8C};
        assertEquals(null, Utf8.decode(cut));
    }
}
