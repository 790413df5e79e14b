package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Rx#splitSpaces} and {@link Lines#split} give exactly what the regular expressions they replace give. */
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
}
