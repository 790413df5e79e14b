package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.text.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pdftotext readers' copies cut (speed21): each shortcut answers what the code it replaced answered, and the
 * copies it saves are not made.
 */
class PdfTextCopiesTest {
    /** Pieces of printed text: vocabulary, full-width and half-width signs, spaces, and characters the normaliser maps. */
    private static final String[] PIECES = {"产出", "指标", "数量", "三级", "指标值", "（", "）", "(", ")", "：", ":", "％", "%",
        "　", " ", "\u00a0", "≥", "Ａ", "1", "１", "万元", "项目", "资金", "①", "ｶ", "\u0301", "가", "e", "ﬁ", "總", "\t"};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void joinsOfTextsFoldedCharacterByCharacterAreTheJoinsOfTheirKeys() {
        Random r = new Random(21);
        int byChar = 0;
        for (int k = 0; k < 100_000; k++) {
            String a = random(r, 4);
            String b = random(r, 4);
            String joined = PdfTextKeys.fold(a + b);
            if (Text.nfkcByChar(a) && Text.nfkcByChar(b)) {
                byChar++;
                assertEquals(joined, PdfTextKeys.fold(a) + PdfTextKeys.fold(b), () -> a + " | " + b);
                assertEquals(Normalizer.normalize(a + b, Normalizer.Form.NFKC), Text.nfkc(a) + Text.nfkc(b), () -> a + " | " + b);
            }
            // the shortcuts answer as the joined text's key
            assertEquals(PdfTextReader.TABLE_HEADER.contains(joined), PdfTextReader.isTableHeaderJoin(a, b), () -> a + " | " + b);
            assertEquals(PdfTextReader.isVocabularyKey(joined), PdfTextReader.isVocabularyJoin(a, b), () -> a + " | " + b);
            assertEquals(joined.length(), PdfTextReader.joinedKeyLength(a, b), () -> a + " | " + b);
        }
        assertTrue(byChar > 20_000, "texts folded character by character: " + byChar);
        assertTrue(Text.nfkcByChar("（数量指标）：≥90％"));
        assertTrue(!Text.nfkcByChar("①") && !Text.nfkcByChar("ｶ") && !Text.nfkcByChar("e\u0301"));
    }

    @Test
    void aTableHeaderWordPrintedInPiecesWithFullWidthBracketsIsFound() {
        for (String w : PdfTextReader.TABLE_HEADER) {
            for (int cut = 1; cut < w.length(); cut++) {
                assertTrue(PdfTextReader.isTableHeaderJoin(w.substring(0, cut), w.substring(cut)), w);
            }
        }
    }

    /** The count {@link SpacedReader#aligned} gave when it made every line's tokens (main before speed21). */
    private static int alignedByTokens(String[] lines, boolean wide) {
        Map<Integer, Integer> starts = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (String line : lines) {
            Set<Integer> seen = new HashSet<>();
            for (int[] t : tokens(line, wide)) {
                if ((t[1] >= 2 || t[1] == 0 && t[0] > 1) && seen.add(t[0])) {
                    starts.merge(t[0], 1, Integer::sum);
                    all.add(t[0]);
                }
            }
        }
        int n = 0;
        for (int c : all) {
            n += starts.get(c) >= 2 ? 1 : 0;
        }
        return n;
    }

    /** {@code SpacedReader.tokens(line, wide)}'s columns and gaps, as that loop finds them. */
    private static List<int[]> tokens(String line, boolean wide) {
        List<int[]> out = new ArrayList<>();
        int col = 1;
        int gap = 0;
        int start = -1;
        int startCol = 0;
        int startGap = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            boolean space = c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f';
            if (space) {
                if (start >= 0) {
                    out.add(new int[] {startCol, out.isEmpty() ? 0 : startGap});
                    start = -1;
                    gap = 0;
                }
                gap += c == ' ' || c == '\u00a0' ? 1 : 2;
            } else if (start < 0) {
                start = i;
                startCol = col;
                startGap = gap;
            }
            col += c == '\t' ? 4 : wide ? MarkdownReader.width(c) : 1;
        }
        return out;
    }

    @Test
    void alignedWordsAndTokensAreCountedAsTheTokensCountedThem() {
        String[] pool = {" ", "  ", "   ", "\t", "\u3000", "\u00a0", "\f", "项目", "指标", "a", "12", "≥90%", "（万元）"};
        Random r = new Random(2121);
        for (int k = 0; k < 20_000; k++) {
            String[] lines = new String[1 + r.nextInt(6)];
            for (int i = 0; i < lines.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int n = r.nextInt(12); n > 0; n--) {
                    b.append(pool[r.nextInt(pool.length)]);
                }
                lines[i] = b.toString();
            }
            for (String line : lines) {
                assertEquals(SpacedReader.tokens(line).size(), SpacedReader.tokenCount(line), line);
            }
            for (boolean wide : new boolean[] {true, false}) {
                assertEquals(alignedByTokens(lines, wide), SpacedReader.aligned(lines, wide), () -> String.join("⏎", lines));
            }
        }
    }

    @Test
    void partsThatDoNotJoinAreTheLinesOwnArray() {
        String[] parts = {"产出指标", "数量指标", "参保人数"};
        assertSame(parts, PdfTextFragments.splitLabels(parts), "no two parts that are no label follow each other");
        assertSame(parts, PdfTextFragments.splitNameValue(parts), "no part holds a name and a value");
        String[] joined = {"数量指标", "参保", "人数"};
        assertArrayEquals(new String[] {"数量指标", "参保 人数"}, PdfTextFragments.splitLabels(joined));
        String[] both = {"数量指标", "参保居民政策知晓率 ≥90%"};
        assertArrayEquals(new String[] {"数量指标", "参保居民政策知晓率", "≥90%"}, PdfTextFragments.splitNameValue(both));
    }

    @Test
    void detectionAndTheReaderSplitATextOnce() {
        String text = "一级指标  二级指标  三级指标  指标值\n产出指标  数量指标  参保人数  ≥100人\n";
        String[] lines = Lines.splitShared(text);
        assertArrayEquals(Lines.split(text), lines);
        assertSame(lines, Lines.splitShared(text), "the same text object, split again: the same lines");
        String other = new String(text.toCharArray());
        assertNotSame(lines, Lines.splitShared(other), "an equal text of another document is split afresh");
        assertArrayEquals(lines, Lines.splitShared(other));
    }
}
