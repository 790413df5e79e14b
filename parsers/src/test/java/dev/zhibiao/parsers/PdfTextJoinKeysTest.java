package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pdftotext join keys' prefilter (speed22): a join whose hash no vocabulary word has is not vocabulary, so
 * the vocabulary joins answer as when they made every joined key (the code they replaced is kept here to compare).
 */
class PdfTextJoinKeysTest {
    /** Every word {@code isVocabularyKey} accepts of a key {@code rekey} keeps. */
    private static List<String> words() {
        Set<String> w = new TreeSet<>(Vocabulary.categoryKeys());
        w.addAll(PdfTextReader.TABLE_HEADER);
        w.addAll(PdfTextReader.VOCABULARY_WORDS);
        return new ArrayList<>(w);
    }

    /** Pieces: cuts of the vocabulary, signs, spaces, characters the normaliser maps (a key it does not keep). */
    private static List<String> pieces() {
        List<String> p = new ArrayList<>(List.of("（", "）", "(", ")", "：", ":", "％", "%", "　", " ", "≥", "Ａ", "1", "万元",
                "项目", "资金", "①", "ｶ", "總", "<b>", "名称", "目标", "元"));
        for (String w : words()) {
            for (int cut = 1; cut < w.length(); cut++) {
                p.add(w.substring(0, cut));
                p.add(w.substring(cut));
            }
        }
        return p;
    }

    /** {@code PdfTextFragments.joinVocabulary} as main had it before speed22 (every joined key made). */
    private static List<PdfTextReader.Frag> joinVocabularyBefore(List<PdfTextReader.Frag> in) {
        List<PdfTextReader.Frag> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            PdfTextReader.Frag first = in.get(i);
            PdfTextReader.Frag best = PdfTextReader.isVocabulary(first.text()) ? first : null;
            int bestJ = i;
            int j = i;
            int accKey = first.key().length();
            String keys = first.key();
            String text = first.text();
            int textTo = i;
            boolean byChar = Text.nfkcByChar(first.text());
            while (j + 1 < in.size() && j - i < 4 && in.get(j).ends() && in.get(j + 1).starts() && accKey < 12) {
                PdfTextReader.Frag next = in.get(j + 1);
                byChar &= Text.nfkcByChar(next.text());
                j++;
                String k;
                if (byChar) {
                    keys = keys.concat(next.key());
                    k = keys;
                } else {
                    for (; textTo < j; textTo++) {
                        text = text.concat(in.get(textTo + 1).text());
                    }
                    k = PdfTextReader.foldKey(text);
                }
                accKey = k.length();
                if (PdfTextReader.isVocabularyKey(k)) {
                    for (; textTo < j; textTo++) {
                        text = text.concat(in.get(textTo + 1).text());
                    }
                    best = new PdfTextReader.Frag(text, first.line(), next.block(), first.starts(), next.ends());
                    bestJ = j;
                }
            }
            if (best != null) {
                out.add(best);
                i = bestJ;
            } else {
                out.add(in.get(i));
            }
        }
        return out;
    }

    @Test
    void theHashOfAJoinIsTheJoinedTextsHash() {
        Random r = new Random(22);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                a.append((char) (r.nextBoolean() ? 0x4e00 + r.nextInt(0x5000) : 0x20 + r.nextInt(0x60)));
            }
            for (int i = r.nextInt(k % 10 == 0 ? 200 : 12); i > 0; i--) { // past the table of powers (64)
                b.append((char) (r.nextBoolean() ? 0x4e00 + r.nextInt(0x5000) : 0x20 + r.nextInt(0x60)));
            }
            assertEquals((a.toString() + b).hashCode(), PdfTextJoinKeys.hashOfJoin(a.toString().hashCode(), b.toString()));
        }
    }

    @Test
    void everyVocabularyWordCutAnywhereMayBeVocabularyAndJoinsAsBefore() {
        for (String w : words()) {
            for (int cut = 1; cut < w.length(); cut++) {
                String a = w.substring(0, cut);
                String b = w.substring(cut);
                assertTrue(PdfTextJoinKeys.mayBeVocabularyJoin(PdfTextReader.key(a), PdfTextReader.key(b)), w);
                assertEquals(PdfTextReader.isVocabularyKey(PdfTextReader.key(w)), PdfTextReader.isVocabularyJoin(a, b), w);
                List<PdfTextReader.Frag> in = List.of(new PdfTextReader.Frag(a, 1, 0, true, true),
                        new PdfTextReader.Frag(b, 2, 0, true, true));
                assertEquals(joinVocabularyBefore(in), PdfTextFragments.joinVocabulary(in), w);
            }
        }
    }

    @Test
    void joinsAnswerAsWhenEveryJoinedKeyWasMade() {
        Random r = new Random(2212);
        List<String> pieces = pieces();
        int pruned = 0;
        int asked = 0;
        int joined = 0;
        for (int k = 0; k < 30_000; k++) {
            String a = pieces.get(r.nextInt(pieces.size()));
            String b = pieces.get(r.nextInt(pieces.size()));
            String ka = PdfTextReader.key(a);
            String kb = PdfTextReader.key(b);
            boolean vocabulary = PdfTextReader.isVocabularyKey(ka.concat(kb));
            asked++;
            if (!PdfTextJoinKeys.mayBeVocabularyJoin(ka, kb)) {
                pruned++;
                assertFalse(vocabulary, () -> a + " | " + b);
            }
            List<PdfTextReader.Frag> in = new ArrayList<>();
            for (int f = 2 + r.nextInt(6); f > 0; f--) {
                in.add(new PdfTextReader.Frag(pieces.get(r.nextInt(pieces.size())), f, r.nextInt(2), r.nextInt(5) > 0,
                        r.nextInt(5) > 0));
            }
            List<PdfTextReader.Frag> before = joinVocabularyBefore(in);
            List<PdfTextReader.Frag> now = PdfTextFragments.joinVocabulary(in);
            assertEquals(before, now, in::toString);
            joined += in.size() - now.size();
        }
        // the prefilter answers most pairs without the joined key, and the random lists do join (932 joins with the
        // vocabulary of session 36, whose long level-2 names of other templates give halves that join less often)
        assertTrue(pruned > asked / 2, "pruned " + pruned + " of " + asked);
        assertTrue(joined > 800, "joins " + joined);
    }

    @Test
    void aParagraphOfOneLineIsThatLinesText() {
        PdfTextReader.Line l = new PdfTextReader.Line(1, "项目名称 某某项目", 0);
        assertSame(l.text(), PdfTextReader.joinLines(List.of(l)));
        assertEquals("a b", PdfTextReader.joinLines(List.of(new PdfTextReader.Line(1, "a", 0), new PdfTextReader.Line(2, "b", 0))));
    }

    @Test
    void signsMergeOnlyWhereThePartsHoldThem() {
        assertFalse(PdfTextPage.mergesSigns(new String[] {"数量指标", "≥90", "%90"}));
        assertFalse(PdfTextPage.mergesSigns(new String[] {"%", "项目", "≥"}));
        assertTrue(PdfTextPage.mergesSigns(new String[] {"≥", "90%"}));
        assertTrue(PdfTextPage.mergesSigns(new String[] {"90", "％"}));
        assertTrue(PdfTextPage.mergesSigns(new String[] {"90", ""}));
    }
}
