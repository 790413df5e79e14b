package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pdftotext reader's joins made without the joined text (speed12) give what joining and comparing
 * gave: vertical labels matched key by key, vocabulary pieces joined in builders. Each is compared with
 * the code it replaced on random pages of the characters that matter.
 */
class PdfTextJoinsTest {
    private static final String[] PIECES = {"总", "体", "目", "标", "项", "目资", "金", "总体", "目标", "资金", "项目", "情况",
        "x", "产", "出", "指", "标", "产出", "指标", "数量", "数量指", "效益", "（", "万元", "）", "Ａ", " 总", "质量指标"};

    private static List<PdfTextReader.Line> page(Random r) {
        List<PdfTextReader.Line> lines = new ArrayList<>();
        int n = 1 + r.nextInt(12);
        int block = 0;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(4) == 0) {
                block++;
            }
            lines.add(new PdfTextReader.Line(i + 1, PIECES[r.nextInt(PIECES.length)].strip(), block));
        }
        return lines;
    }

    /** {@code verticalRun} as it was: the join of the keys built from every start line and compared. */
    private static int[] verticalRunAsItWas(PdfTextPage p, String label) {
        String want = PdfTextReader.key(label);
        for (int i = 0; i < p.lines.size(); i++) {
            StringBuilder b = new StringBuilder();
            int j = i;
            while (j < p.lines.size() && !p.used[j] && b.length() < want.length() && p.lines.get(j).key().length() <= 3
                    && p.lines.get(j).block() == p.lines.get(i).block()) {
                b.append(p.lines.get(j).key());
                j++;
            }
            if (j - i >= 2 && b.toString().equals(want)) {
                for (int k = i; k < j; k++) {
                    p.used[k] = true;
                }
                return new int[] {i, j};
            }
        }
        return null;
    }

    /** {@code consumeVertical} as it was. */
    private static boolean consumeVerticalAsItWas(PdfTextPage p, String label) {
        String want = PdfTextReader.key(label);
        for (int i = 0; i < p.lines.size(); i++) {
            if (p.used[i]) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            int j = i;
            while (j < p.lines.size() && !p.used[j] && b.length() < want.length()) {
                b.append(p.lines.get(j).key());
                j++;
            }
            if (b.toString().equals(want) && j - i >= 2) {
                for (int k = i; k < j; k++) {
                    p.used[k] = true;
                }
                return true;
            }
        }
        return false;
    }

    @Test
    void verticalLabelsAsTheJoinedKeysFoundThem() {
        Random r = new Random(12);
        String[] labels = {"总体目标", "项目资金", "产出指标", "数量指标"};
        int found = 0;
        for (int round = 0; round < 100_000; round++) {
            List<PdfTextReader.Line> lines = page(r);
            PdfTextPage a = new PdfTextPage(lines);
            PdfTextPage b = new PdfTextPage(lines);
            for (int i = 0; i < lines.size(); i++) {
                a.used[i] = b.used[i] = r.nextInt(6) == 0;
            }
            String label = labels[r.nextInt(labels.length)];
            if (r.nextBoolean()) {
                int[] x = a.verticalRun(label);
                assertArrayEquals(verticalRunAsItWas(b, label), x, lines.toString());
                found += x == null ? 0 : 1;
            } else {
                boolean x = a.consumeVertical(label);
                assertEquals(consumeVerticalAsItWas(b, label), x, lines.toString());
                found += x ? 1 : 0;
            }
            assertArrayEquals(b.used, a.used, lines.toString());
        }
        // the random pages do spell labels
        assertEquals(true, found > 300, "labels found: " + found);
    }

    /** {@code joinVocabulary} as it was: each join a {@code Frag}, its text keyed afresh. */
    private static List<PdfTextReader.Frag> joinVocabularyAsItWas(List<PdfTextReader.Frag> in) {
        List<PdfTextReader.Frag> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            PdfTextReader.Frag acc = in.get(i);
            PdfTextReader.Frag best = PdfTextReader.isVocabulary(acc.text()) ? acc : null;
            int bestJ = i;
            int j = i;
            int accKey = acc.key().length();
            while (j + 1 < in.size() && j - i < 4 && in.get(j).ends() && in.get(j + 1).starts() && accKey < 12) {
                acc = acc.join(in.get(j + 1), "");
                j++;
                String k = PdfTextReader.foldKey(acc.text());
                accKey = k.length();
                if (PdfTextReader.isVocabularyKey(k)) {
                    best = acc;
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
    void vocabularyPiecesJoinedAsTheJoinedFragmentsWere() {
        Random r = new Random(13);
        int joined = 0;
        for (int round = 0; round < 100_000; round++) {
            List<PdfTextReader.Frag> in = new ArrayList<>();
            int n = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                String t = PIECES[r.nextInt(PIECES.length)];
                in.add(new PdfTextReader.Frag(r.nextInt(5) == 0 ? t + " " + PIECES[r.nextInt(PIECES.length)] : t, i + 1, i / 2,
                        r.nextInt(4) != 0, r.nextInt(4) != 0));
            }
            List<PdfTextReader.Frag> want = joinVocabularyAsItWas(in);
            List<PdfTextReader.Frag> got = PdfTextFragments.joinVocabulary(in);
            assertEquals(want, got, in.toString());
            joined += in.size() - got.size();
        }
        assertEquals(true, joined > 1000, "pieces joined: " + joined);
        assertEquals(Arrays.asList("产出指标"), PdfTextFragments.joinVocabulary(List.of(new PdfTextReader.Frag("产出", 1, 0, true, true),
                new PdfTextReader.Frag("指标", 2, 0, true, true))).stream().map(PdfTextReader.Frag::text).toList());
    }
}
