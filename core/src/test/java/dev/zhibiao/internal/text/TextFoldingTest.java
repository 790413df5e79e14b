package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scans that replaced regular expressions on hot paths give what the expressions gave. */
class TextFoldingTest {
    private static final String ALPHABET = " \t\n\u000b\f\r\u00a0\u3000\u2003\u2028\u0085\u001c:：ab指标<p>";

    @Test
    void collapseAndSqueezeAsTheRegex() {
        Random r = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip(), Text.collapse(s), s);
            assertEquals(s.replaceAll("[\\s\\u00a0\\u3000]+", ""), Text.squeeze(s), s);
        }
    }

    @Test
    void keyRemembered() {
        String s = "指標：  <p>值</p>";
        String k = Text.key(s);
        assertEquals(k, Text.key(new String(s)));
        assertEquals(k, Text.key(s));
        assertEquals("指标:值", k);
    }

    /**
     * Every character the NFKC fast path lets through has NFKC quick check Yes and combining class
     * 0 in ICU (so a string of them is in NFKC: nothing changes, nothing composes), and the JDK's
     * normaliser agrees on each alone and after each of a sample of the others.
     */
    @Test
    void nfkcFastPathOnlyForStableCharacters() {
        int stable = 0;
        for (char c = 0; c < 0xffff; c++) {
            if (!Text.stable(c)) {
                continue;
            }
            stable++;
            String hex = Integer.toHexString(c);
            assertEquals(1, UCharacter.getIntPropertyValue(c, UProperty.NFKC_QUICK_CHECK), "NFKC_QC Yes: " + hex);
            assertEquals(0, UCharacter.getCombiningClass(c), hex);
            String s = String.valueOf(c);
            assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFKC), hex);
            for (String before : new String[] {"a", "一", "。", "\u3011", "\t"}) {
                assertTrue(Normalizer.isNormalized(before + s, Normalizer.Form.NFKC), hex);
            }
        }
        assertEquals(0xa0 + (0x9fff - 0x4e00 + 1) + 2 + 10, stable);
        assertFalse(Text.stable("（指标）"));
        assertEquals("(指标)", Text.nfkc("（指标）"));
        assertEquals("指标 值、。《》", Text.nfkc("指标\u3000值、。《》"));
    }
}
