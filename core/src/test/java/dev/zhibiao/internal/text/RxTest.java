package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RxTest {

    private static final Pattern[] PATTERNS = {
        Pattern.compile("([0-9]+)(?:\\.[0-9]+)?%?"),
        Pattern.compile("指标([0-9一二三])[:：]"),
        Pattern.compile("(万元|元)$"),
        Pattern.compile("^\\s*(≥|≤|>|<)?\\s*([0-9]+)"),
    };

    private static final String PIECES = "0123456789.%指标一二三:：万元≥≤>< \n\t abc";

    private static String text(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(PIECES.charAt(r.nextInt(PIECES.length())));
        }
        return b.toString();
    }

    @Test
    void everyAnswerIsAFreshMatchersWhateverTheLastQuestionLeftInTheMatcher() {
        Random r = new Random(400140);
        for (int i = 0; i < 5_000; i++) {
            Pattern p = PATTERNS[r.nextInt(PATTERNS.length)];
            // short and long texts, strings and builders, interleaved: a kept text must never change the next answer
            String s = text(r, r.nextInt(8) == 0 ? 2 * Rx.KEPT : 24);
            CharSequence q = r.nextInt(5) == 0 ? new StringBuilder(s) : s;
            String at = p + " of \"" + s + "\"";
            switch (r.nextInt(6)) {
                case 0 -> assertEquals(p.matcher(s).matches(), Rx.matches(p, q), at);
                case 1 -> assertEquals(p.matcher(s).find(), Rx.find(p, q), at);
                case 2 -> assertEquals(p.matcher(s).lookingAt(), Rx.lookingAt(p, q), at);
                case 3 -> {
                    Matcher m = p.matcher(s);
                    assertEquals(m.matches() ? m.group(1) : null, Rx.group(p, q, 1), at);
                }
                case 4 -> assertEquals(p.matcher(s).replaceFirst("#"), Rx.replaceFirst(p, q, "#"), at);
                default -> assertEquals(p.matcher(s).replaceAll("#"), Rx.replaceAll(p, q, "#"), at);
            }
        }
    }

    @Test
    void aMatcherKeepsAShortStringAndLetsGoOfALongTextOrABuffer() {
        Pattern p = Pattern.compile("[0-9]+元");
        String cell = "≥120元";
        Rx.find(p, cell);
        Matcher m = Rx.held(p);
        // the short string stays (no second reset): the matcher's region is still the cell's
        assertEquals(cell.length(), m.regionEnd());
        assertSame(m, Rx.held(p));

        String page = "年度指标值 100元 ".repeat(Rx.KEPT / 4);
        assertEquals(true, Rx.find(p, page));
        assertEquals(0, Rx.held(p).regionEnd(), "a long text is let go after its question");

        Rx.matches(p, cell);
        assertEquals(cell.length(), Rx.held(p).regionEnd());
        Rx.matches(p, new StringBuilder(cell));
        assertEquals(0, Rx.held(p).regionEnd(), "a buffer, which may change, is let go");

        assertNull(Rx.held(Pattern.compile("never asked")));
    }
}
