package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Rx#split}'s scans give exactly what the regular expressions they stand for give. */
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
            assertArrayEquals(spaces.split(text), Rx.split(text, "\\s+"), () -> "text [" + text + "]");
            assertArrayEquals(text.split("\r?\n|\r", -1), Rx.split(text, "\r?\n|\r", -1), () -> "text [" + text + "]");
        });
    }

    @Test
    void edges() {
        assertArrayEquals(new String[] {""}, Rx.split("", "\\s+"));
        assertArrayEquals(new String[0], Rx.split("  ", "\\s+"));
        assertArrayEquals(new String[] {"", "a", "b"}, Rx.split(" a\tb \n", "\\s+"));
        assertArrayEquals(new String[] {"a\u3000b"}, Rx.split("a\u3000b", "\\s+"));
    }
}
