package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary trie: longest match of a kind, every match of a kind, and what a kind holds. */
class LexiconTest {
    private static final long PRE = Lexicon.mask(Kind.PRE);
    private static final long UNITS = Lexicon.mask(Kind.UNIT, Kind.MEASURE, Kind.POINTS);

    private static Entry match(String s, int from, long mask) {
        return Lexicon.match(s.toCharArray(), from, s.length(), mask);
    }

    @Test
    void longestWordOfTheKindWins() {
        Entry e = match("不低于90%", 0, PRE);
        assertEquals(new Entry(Kind.PRE, "不低于", ">=", "strong"), e);
        assertEquals(">=", match(">=90", 0, PRE).word());
        assertEquals(">", match(">90", 0, PRE).word());
        assertEquals("大于或等于", match("大于或等于3", 0, PRE).word());
        // bounded by `to`: ">=" cut after its first character is ">"
        assertEquals(">", Lexicon.match(">=90".toCharArray(), 0, 1, PRE).word());
        // from an offset
        assertEquals("不低于", match("全年不低于", 2, PRE).word());
    }

    @Test
    void otherKindsAndNonWordsDoNotMatch() {
        assertNull(match("不低于", 0, UNITS));
        assertNull(match("90", 0, PRE));
        assertNull(match("不", 0, PRE)); // a prefix of words, no word itself
        assertNull(match("不x", 0, PRE));
        assertNull(match("至", 0, Lexicon.mask(Kind.UNIT)));
    }

    @Test
    void matchAllGivesTheEntriesOfTheKindsAsked() {
        char[] s = "个百分点".toCharArray();
        Entry[] all = Lexicon.matchAll(s, 0, s.length, UNITS);
        assertNotNull(all);
        assertTrue(all.length >= 2, Arrays.toString(all));
        for (Entry e : all) {
            assertEquals("个百分点", e.word());
            assertTrue((e.kind().bit & UNITS) != 0, e.toString());
        }
        Entry[] points = Lexicon.matchAll(s, 0, s.length, Lexicon.mask(Kind.POINTS));
        assertEquals(1, points.length);
        assertEquals(Kind.POINTS, points[0].kind());
        Entry[] one = Lexicon.matchAll(s, 0, 1, UNITS);
        assertEquals("个", one[0].word());
        assertTrue(Arrays.stream(one).anyMatch(e -> e.kind() == Kind.MEASURE));
        assertTrue(Arrays.stream(one).anyMatch(e -> e.kind() == Kind.UNIT));
        Entry[] measure = Lexicon.matchAll(s, 0, 1, Lexicon.mask(Kind.MEASURE));
        assertEquals(List.of(Kind.MEASURE), Arrays.stream(measure).map(Entry::kind).toList());
        assertNull(Lexicon.matchAll(s, 0, s.length, PRE));
        assertNull(Lexicon.matchAll("百x".toCharArray(), 0, 2, Lexicon.mask(Kind.POINTS)));
        assertNull(Lexicon.matchAll("x".toCharArray(), 0, 1, UNITS));
    }

    @Test
    void matchAllKeepsTheNodesArrayWhenEveryEntryIsAsked() {
        char[] s = "个".toCharArray();
        Entry[] a = Lexicon.matchAll(s, 0, 1, -1L);
        Entry[] b = Lexicon.matchAll(s, 0, 1, -1L);
        assertSame(a, b);
    }

    @Test
    void startsAndAll() {
        assertTrue(Lexicon.starts('不', PRE));
        assertTrue(Lexicon.starts('≥', PRE));
        assertFalse(Lexicon.starts('9', PRE));
        assertFalse(Lexicon.starts('不', UNITS));
        List<Entry> pre = Lexicon.all(Kind.PRE);
        assertTrue(pre.size() > 20, pre.toString());
        assertTrue(pre.contains(new Entry(Kind.PRE, "不低于", ">=", "strong")));
        for (Entry e : pre) {
            assertEquals(Kind.PRE, e.kind());
            char[] w = e.word().toCharArray();
            Entry m = Lexicon.match(w, 0, w.length, PRE);
            assertNotNull(m, e.word());
            assertEquals(e.word(), m.word());
        }
        assertEquals(Lexicon.all(Kind.BIG).stream().map(Entry::word).sorted().toList(),
                List.of("万", "亿", "兆", "億", "萬").stream().sorted().toList());
    }

    @Test
    void masksAreBitUnions() {
        assertEquals(0, Lexicon.mask());
        assertEquals(Kind.PRE.bit | Kind.SUF.bit, Lexicon.mask(Kind.PRE, Kind.SUF));
        assertEquals(1L, Kind.DIGIT.bit);
        assertEquals(2L, Kind.SMALL.bit);
    }
}
