package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Lines#split} gives exactly what the regular expression it replaced gives. */
class LinesTest {
    private static final String[] PIECES = {"\r", "\n", "\r\n", "\n\r", "项目", "a", "|", "\t", " ", ""};

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
