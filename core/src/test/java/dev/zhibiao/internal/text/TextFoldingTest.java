package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scans that replaced regular expressions on hot paths give what the expressions gave. */
class TextFoldingTest {
    private static final String ALPHABET = " \t\n\u000b\f\r\u00a0\u3000\u2003\u2028\u0085\u001c:：ab指标<p>";

    /**
     * {@link Text#foldChar} through its cache's pages (256 characters each, made on first use): every character,
     * asked in an order that makes the pages out of turn and then read back, is its NFKC form, simplified, without
     * white space.
     */
    @Test
    void everyCharacterFoldsThroughTheCachePages() {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i <= Character.MAX_VALUE; i++) {
                char c = pass == 0 ? (char) (i * 40503) : (char) i; // odd: a permutation of the characters
                StringBuilder b = new StringBuilder();
                String k = Character.isSurrogate(c) ? String.valueOf(c) : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int j = 0; j < k.length(); j++) {
                    char x = k.charAt(j);
                    if (!Character.isWhitespace(x) && x != '\u00a0' && x != '\u3000') {
                        b.append(x >= 0x3000 && !Character.isSurrogate(x) ? Simplified.of(x) : String.valueOf(x));
                    }
                }
                assertEquals(b.toString(), Text.foldChar(c), "U+" + Integer.toHexString(c));
            }
        }
    }

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
    void stripTagsAsTheRegex() {
        java.util.regex.Pattern tags = java.util.regex.Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
        String alphabet = "<<<>>//pbrZ9 \t\n\u000b\u00a0\u3000=\"指%5";
        Random r = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(16);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(tags.matcher(s).replaceAll(" "), Text.stripTags(s), s);
        }
        for (String s : List.of("<p>绩 效</p>", "<br/>", "<br />", "<td class=\"x\">值</td>", "<5%", "≤<=3", "a</p>b<br>c",
                "<p <b>x</b>", "<a href=x/>", "<br/ >", "<1a>")) {
            assertEquals(tags.matcher(s).replaceAll(" "), Text.stripTags(s), s);
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

    /**
     * The characters {@link Text#narrow} maps without the normaliser: each alone, after and before
     * each of a sample of characters (stable, narrowed, combining, Hangul), and in texts of them,
     * NFKC as the JDK's normaliser gives it.
     */
    @Test
    void nfkcNarrowedCharactersAsTheNormaliserMapsThem() {
        List<Character> narrowed = new ArrayList<>();
        for (char c = 0; c < 0xffff; c++) {
            if (!Text.stable(c) && Text.narrow(c) != 0) {
                narrowed.add(c);
            }
        }
        assertEquals(0x5e + 2 + 13, narrowed.size());
        String[] others = {"a", "1", " ", "一", "。", "\u3011", "\t", "\u0301", "\u3099", "\u1161", "\uac00", "\u00a8", "\u2026",
            "\u2103", "\uff9e", "e\u0301"};
        for (char c : narrowed) {
            String s = String.valueOf(c);
            String hex = Integer.toHexString(c);
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), String.valueOf(Text.narrow(c)), hex);
            assertEquals(0, UCharacter.getCombiningClass(c), hex);
            for (String o : others) {
                assertEquals(Normalizer.normalize(o + s + o, Normalizer.Form.NFKC), Text.nfkc(o + s + o), hex + " " + o);
                assertEquals(Normalizer.normalize(s + o, Normalizer.Form.NFKC), Text.nfkc(s + o), hex + " " + o);
            }
        }
        java.util.Random r = new java.util.Random(13);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i >= 0; i--) {
                b.append((char) switch (r.nextInt(4)) {
                    case 0 -> narrowed.get(r.nextInt(narrowed.size())).charValue();
                    case 1 -> (char) (0x4e00 + r.nextInt(0x5200));
                    case 2 -> (char) (0x20 + r.nextInt(0x5f));
                    default -> others[r.nextInt(others.length)].charAt(0);
                });
            }
            String s = b.toString();
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Text.nfkc(s), s);
        }
        assertEquals("(指标):≥90%", Text.nfkc("（指标）：≥９０％"));
    }
}
