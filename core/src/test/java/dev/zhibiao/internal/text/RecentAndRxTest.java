package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cache of recent answers by text (and document generation) and the thread's matchers. */
class RecentAndRxTest {
    @Test
    void equalTextOfTheSameDocumentIsFoundAnotherDocumentsIsComputedAfresh() {
        AtomicInteger calls = new AtomicInteger();
        Recent<Integer> lengths = new Recent<>(16, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        Recent.newDocument();
        String a = new String("完成率");
        String b = new String("完成率"); // equal, another object (as readers make one string per cell)
        assertEquals(3, lengths.get(a));
        assertEquals(3, lengths.get(b));
        assertEquals(1, calls.get());
        Recent.newDocument();
        String c = new String("完成率");
        assertEquals(3, lengths.get(c));
        assertEquals(2, calls.get(), "an equal text of the next document is computed afresh");
        assertEquals(3, lengths.get(c));
        assertEquals(2, calls.get(), "the very same text object is found");
    }

    @Test
    void rxAnswersAsAFreshMatcherDoes() {
        Pattern p = Pattern.compile("^([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|元)?$");
        for (String s : new String[] {"1,907,400", "12.5万元", "十万", "", "3 元", "-2"}) {
            assertEquals(p.matcher(s).matches(), Rx.matches(p, s), s);
            assertEquals(p.matcher(s).find(), Rx.find(p, s), s);
            assertEquals(p.matcher(s).lookingAt(), Rx.lookingAt(p, s), s);
            java.util.regex.Matcher m = p.matcher(s);
            assertEquals(m.matches() ? m.group(1) : null, Rx.group(p, s, 1), s);
        }
        assertNull(Rx.group(p, "x", 1));
        Pattern strokes = Pattern.compile("[|丨]+");
        String none = "没有竖线";
        assertSame(none, Rx.replaceAll(strokes, none, ""), "nothing found: the text itself");
        assertEquals("ab", Rx.replaceAll(strokes, "a||b丨", ""));
        assertEquals("ab丨", Rx.replaceFirst(strokes, "a||b丨", ""));
        for (String s : new String[] {"第3项", "无数字", "12", "3\n4", "a5\u2028", "", "\u00855"}) {
            assertEquals(s.matches(".*[0-9].*"), Rx.holdsDigitOnOneLine(s), s);
        }
        assertTrue(Rx.holdsDigitOnOneLine("x9"));
        assertFalse(Rx.holdsDigitOnOneLine("9\r"));
    }
}
