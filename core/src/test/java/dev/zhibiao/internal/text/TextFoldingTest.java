package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
