package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Folding a printed value, and mapping folded characters back to what was printed. */
class FoldTest {

    @Test
    void foldsWidthAndScriptAndDropsWhiteSpace() {
        Fold f = Fold.of(" ≥ ９０\u3000％ 萬人\u200b\t");
        assertEquals("≥90%万人", f.folded(0, f.n));
        assertEquals(6, f.n);
        // every folded character points at the printed character it came from
        assertArrayEquals(new int[] {1, 3, 4, 6, 8, 9}, java.util.Arrays.copyOf(f.origin, f.n));
    }

    @Test
    void printedQuotesTheSourceWithWhiteSpaceCollapsed() {
        Fold f = Fold.of("成年人  ≥ 270 元；兒童\n\n≥200元");
        assertEquals("成年人", f.printed(0, 3));
        assertEquals("成年人 ≥ 270 元", f.printed(0, 8));
        assertEquals("兒童", f.printed(9, 11));
        assertEquals("儿童", f.folded(9, 11));
        assertEquals("", f.printed(3, 3));
        assertEquals("", f.printed(4, 3));
        assertEquals("", f.folded(4, 3));
    }

    @Test
    void growsPastItsFirstGuess() {
        // ㎏ folds to two characters: the folded text outgrows printed length + 8, in both branches
        String printed = "㎏".repeat(10) + "abcdefghijkl" + "㎏".repeat(10);
        Fold f = Fold.of(printed);
        assertEquals("kg".repeat(10) + "abcdefghijkl" + "kg".repeat(10), f.folded(0, f.n));
        assertEquals(52, f.n);
        assertEquals(printed.length() - 1, f.origin[f.n - 1]);
        assertEquals(10, f.origin[20]);
    }

    @Test
    void growsInTheAsciiBranchToo() {
        // ten ㎏ fold to twenty characters: the ASCII letters after them reach printed length + 8
        String printed = "㎏".repeat(10) + "a".repeat(20);
        Fold f = Fold.of(printed);
        assertEquals("kg".repeat(10) + "a".repeat(20), f.folded(0, f.n));
        assertEquals(40, f.n);
        assertEquals(printed.length() - 1, f.origin[f.n - 1]);
    }

    @Test
    void blanksAndControls() {
        assertEquals("", Fold.fold('\u3000'));
        assertEquals("", Fold.fold('\u00a0'));
        assertEquals("", Fold.fold('\u200b'));
        assertEquals("", Fold.fold('\ufeff'));
        assertEquals("", Fold.fold('\u0085'));
        assertEquals("%", Fold.fold('％'));
        assertEquals("万", Fold.fold('萬'));
        assertEquals("\ud800", Fold.fold('\ud800'));
        assertEquals("ab", Fold.of("a\u007fb").folded(0, 2));
        assertEquals(2, Fold.of("a\u007fb").n);
    }

    /**
     * Folding computed, not read from the cache that {@link Fold#fold} fills (a cache shared by
     * every test in the JVM, which would hide a change to the computation).
     */
    @Test
    void computedFolds() {
        assertEquals("", Fold.compute(' '));
        assertEquals("", Fold.compute('\u3000'));
        assertEquals("", Fold.compute('\u0080')); // a control character
        assertEquals("\udc00", Fold.compute('\udc00')); // half a surrogate pair stays itself
        assertEquals("A", Fold.compute('Ａ'));
        assertEquals("1", Fold.compute('①'));
        assertEquals("m2", Fold.compute('㎡')); // one character folds to several
        assertEquals("\u0308", Fold.compute('\u00a8')); // NFKC gives a space and a diaeresis: the space is dropped
        assertEquals("万", Fold.compute('萬')); // traditional to simplified
        assertEquals("这", Fold.compute('這'));
        assertEquals("é", Fold.compute('é')); // below U+3000: no Chinese table
        assertEquals("x", Fold.compute('x'));
    }

    /**
     * The cache's pages (256 characters each, made on first use): every character, asked in an order that makes the
     * pages out of turn, folds as computed, and so again when read back from its page.
     */
    @Test
    void everyCharacterFoldsAsComputedThroughTheCache() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) (i * 40503); // odd, so a permutation of the 65,536 characters
            assertEquals(Fold.compute(c), Fold.fold(c), "U+" + Integer.toHexString(c));
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Fold.compute((char) c), Fold.fold((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theFirstCharacterPastAsciiIsFoldedToo() {
        // U+0080 is a control character: dropped like the ASCII ones
        Fold f = Fold.of("a\u0080b");
        assertEquals("ab", f.folded(0, f.n));
        assertEquals(2, f.n);
    }

    @Test
    void collapseTrimsAndJoinsRuns() {
        assertEquals("a b c", Fold.collapse("  a \t\n b\u3000c  ", 0, 12));
        assertEquals("b", Fold.collapse("a b c", 1, 4));
        assertEquals("", Fold.collapse("   ", 0, 3));
    }

    /** The already-collapsed shortcut gives what the builder gives, on every short text of the characters that matter. */
    @Test
    void collapseShortcutIsTheBuilder() {
        char[] alphabet = {' ', '\t', '\u3000', '\u00a0', '\u200b', '\u007f', 'a', '值', '\n'};
        for (int len = 0; len <= 5; len++) {
            int[] at = new int[len];
            while (true) {
                StringBuilder b = new StringBuilder();
                for (int k : at) {
                    b.append(alphabet[k]);
                }
                String s = b.toString();
                StringBuilder ref = new StringBuilder();
                boolean space = false;
                for (int i = 0; i < s.length(); i++) {
                    if (Fold.blank(s.charAt(i))) {
                        space = ref.length() > 0;
                    } else {
                        ref.append(space ? " " : "").append(s.charAt(i));
                        space = false;
                    }
                }
                assertEquals(ref.toString(), Fold.collapse(s, 0, s.length()), s);
                int i = len - 1;
                while (i >= 0 && ++at[i] == alphabet.length) {
                    at[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
    }

    /** {@code printedLength} (speed22) is the length of {@code printed} over every range of random printed texts. */
    @Test
    void printedLengthIsThePrintedTextsLength() {
        String[] pieces = {"成年人", " ", "  ", "\u3000", "\t", "\n", "\u200b", "≥", "２７０", "元", "a", "；", "\u00a0", "ﬁ", "萬"};
        java.util.Random r = new java.util.Random(22);
        int ranges = 0;
        for (int k = 0; k < 3_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(10); i > 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            Fold f = Fold.of(b.toString());
            for (int from = 0; from <= f.n; from++) {
                for (int to = 0; to <= f.n; to++) {
                    int a = from;
                    int z = to;
                    assertEquals(f.printed(a, z).length(), f.printedLength(a, z), () -> b + " [" + a + ", " + z + ")");
                    ranges++;
                }
            }
        }
        assertEquals(true, ranges > 50_000, "ranges: " + ranges);
    }
}
