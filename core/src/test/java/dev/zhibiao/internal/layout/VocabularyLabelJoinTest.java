package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Vocabulary#isKnownHeaderLabelJoin} (speed24) answers as the joined text's key asked ({@link
 * Vocabulary#isKnownHeaderLabelKey} of {@link Text#keyOfJoin}, and {@link Vocabulary#isKnownHeaderLabel} of the
 * join itself), and {@link Text#hashOfJoin} is the joined text's hash.
 */
class VocabularyLabelJoinTest {
    @Test
    void hashOfJoinIsTheJoinsHash() {
        Random r = new Random(24);
        String pool = "项目名称主管部门及代码:：（）() 1a①年度资金";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                a.append(pool.charAt(r.nextInt(pool.length())));
            }
            for (int k = r.nextInt(80); k > 0; k--) {
                b.append(pool.charAt(r.nextInt(pool.length())));
            }
            assertEquals((a.toString() + b).hashCode(), Text.hashOfJoin(a.toString(), b.toString()));
        }
    }

    @Test
    void aJoinIsAKnownLabelExactlyWhenItsKeyIsOne() {
        List<String> labels = new ArrayList<>(Vocabulary.PROJECT);
        labels.addAll(Vocabulary.REGION);
        labels.addAll(Vocabulary.HEADER_LABELS);
        List<String> pieces = new ArrayList<>(List.of("", " ", "　", ":", "：", "（", "）", "(", ")", "<b>", "</b>", "①", "ｶ",
                "項目", "名稱", "项目", "名称", "代码", "单位", "2024年", "金额", "a"));
        for (String l : labels) {
            pieces.add(l);
            pieces.add(l + "：");
            for (int cut = 1; cut < l.length(); cut++) {
                pieces.add(l.substring(0, cut));
                pieces.add(l.substring(cut));
                pieces.add(l.substring(cut) + ":");
                pieces.add(l.substring(0, cut) + " ");
            }
        }
        Random r = new Random(13);
        int known = 0;
        for (int i = 0; i < 200_000; i++) {
            String a = pieces.get(r.nextInt(pieces.size()));
            String b = pieces.get(r.nextInt(pieces.size()));
            if (r.nextInt(8) == 0) {
                a = a + pieces.get(r.nextInt(pieces.size()));
            }
            boolean expected = Vocabulary.isKnownHeaderLabel(a + b);
            assertEquals(expected, Vocabulary.isKnownHeaderLabelKey(Text.keyOfJoin(a, b)), a + " | " + b);
            assertEquals(expected, Vocabulary.isKnownHeaderLabelJoin(a, b), a + " | " + b);
            known += expected ? 1 : 0;
        }
        assertTrue(known > 1_000, "too few known labels among the joins: " + known);
        // every label cut anywhere joins to itself
        for (String l : labels) {
            for (int cut = 0; cut <= l.length(); cut++) {
                assertTrue(Vocabulary.isKnownHeaderLabelJoin(l.substring(0, cut), l.substring(cut)), l + " cut at " + cut);
            }
        }
    }
}
