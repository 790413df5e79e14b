package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Lines#split} gives exactly what the regular expression it replaced gives; {@link Lines#normalize} and
 * {@link Lines#bounds} (found by {@code indexOf} since speed34) what their character loops gave.
 */
class LinesTest {
    private static final String[] PIECES = {"\r", "\n", "\r\n", "\n\r", "项目", "a", "|", "\t", " ", ""};
    private static final String[] MORE = {"\r", "\n", "\r\n", "\n\n", "\u2028", "\u2029", "\uFEFF", "项目", "a", "é", " "};

    /** A random text of {@code pieces}, up to {@code max} of them. */
    private static String random(Random r, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max), i = 0; i < n; i++) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** {@link Lines#normalize} as it was written before speed34 (one loop over every character). */
    private static String normalizeBefore(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void normalizeIsTheCharacterLoop() {
        Random r = new Random(34);
        for (int k = 0; k < 20_000; k++) {
            String text = random(r, MORE, 14);
            assertEquals(normalizeBefore(text), Lines.normalize(text), text);
        }
        String plain = "项目\n名称";
        assertSame(plain, Lines.normalize(plain)); // nothing to change: the text itself, no copy
    }

    @Test
    void boundsAreWhereSplitsLinesStand() {
        Random r = new Random(3434);
        for (int k = 0; k < 20_000; k++) {
            String text = random(r, MORE, 14);
            String[] lines = Lines.split(text);
            int[] b = Lines.bounds(text);
            assertEquals(2 * lines.length, b.length, text);
            for (int i = 0; i < lines.length; i++) {
                assertEquals(lines[i], text.substring(b[2 * i], b[2 * i + 1]), text);
            }
            assertArrayEquals(text.split("\r?\n|\r", -1), lines, text);
        }
    }

    @Test
    void splitIsTheRegexSplit() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertArrayEquals(text.split("\r?\n|\r", -1), Lines.split(text), () -> "text " + text.replace("\r", "\\r").replace("\n", "\\n"));
        });
    }

    @Test
    void edges() {
        assertArrayEquals(new String[] {""}, Lines.split(""));
        assertArrayEquals(new String[] {"", ""}, Lines.split("\r\n"));
        assertArrayEquals(new String[] {"a", "", "b", ""}, Lines.split("a\n\rb\n"));
    }
}
