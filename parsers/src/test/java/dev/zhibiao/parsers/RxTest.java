package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Rx#splitSpaces}, {@link Lines#split} and {@link Rx#withoutLast} give exactly what the regular expressions they
 * replace give.
 */
class RxTest {
    private static final String[] PIECES = {" ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u3000", "\u00a0", "项目", "a", "|", ""};

    @Test
    void splitSpacesIsTheRegexSplit() {
        Pattern spaces = Pattern.compile("\\s+");
        qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertArrayEquals(spaces.split(text), Rx.splitSpaces(text), () -> "text [" + text + "]");
            assertArrayEquals(text.split("\r?\n|\r", -1), Lines.split(text), () -> "text [" + text + "]");
        });
    }

    @Test
    void edges() {
        assertArrayEquals(new String[] {""}, Rx.splitSpaces(""));
        assertArrayEquals(new String[0], Rx.splitSpaces("  "));
        assertArrayEquals(new String[] {"", "a", "b"}, Rx.splitSpaces(" a\tb \n"));
        assertArrayEquals(new String[] {"a\u3000b"}, Rx.splitSpaces("a\u3000b"));
    }

    private static final String[] KEY_PIECES = {"项目", "a", "1", "%", "％", ":", "：", "资金", "其中", ""};

    /** The pdftotext reader's {@code text.trim().split("\\s+")}, now {@code Rx.splitSpaces(text.trim())} (no pattern compiled a call). */
    @Test
    void splitSpacesOfTrimmedIsTheStringSplit() {
        qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(10); i < n; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertArrayEquals(text.trim().split("\\s+"), Rx.splitSpaces(text.trim()), () -> "text [" + text + "]");
        });
    }

    /** {@code replaceAll(k, "[:：]$", "")} and {@code replaceAll(k, "%$", "")} of a key or a piece (no line terminator in it). */
    @Test
    void withoutLastIsTheRegexReplace() {
        qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(6); i < n; i++) {
                b.append(KEY_PIECES[r.nextInt(KEY_PIECES.length)]);
            }
            String k = b.toString();
            assertEquals(k.replaceAll("[:：]$", ""), Rx.withoutLast(k, ':', '：'), () -> "key [" + k + "]");
            assertEquals(k.replaceAll("%$", ""), Rx.withoutLast(k, '%', '%'), () -> "key [" + k + "]");
        });
    }

    @Test
    void withoutLastEdges() {
        assertEquals("", Rx.withoutLast("", ':', '：'));
        assertEquals("", Rx.withoutLast("：", ':', '：'));
        assertEquals("资金:", Rx.withoutLast("资金::", ':', '：'));
        assertEquals("50", Rx.withoutLast("50%", '%', '%'));
        String kept = "项目名称";
        assertSame(kept, Rx.withoutLast(kept, ':', '：'));
    }
}
