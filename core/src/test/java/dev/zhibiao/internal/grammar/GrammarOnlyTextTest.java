package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokenizer#onlyText} (the prefilter {@link Grammar#valueLike} asks before reading a value) is exact: whenever
 * it says a value is one run of text, the grammar's reading of it has no target or a qualitative one. Checked over
 * random texts built from the lexicon's words cut anywhere, digits, numerals, signs, brackets, white space and plain
 * characters, and over every run of space-separated words of the pdftotext fixtures' lines.
 */
class GrammarOnlyTextTest {
    private static boolean readsAsText(String s) {
        Target t = Grammar.read(s, null).target();
        return t == null || t instanceof Target.Qualitative;
    }

    private static void check(String s, int[] counts) {
        if (Tokenizer.onlyText(s)) {
            counts[0]++;
            assertTrue(readsAsText(s), () -> "onlyText but read as a value: " + s + " -> " + Grammar.read(s, null).target());
            assertFalse(Grammar.valueLike(s), s);
        }
        counts[1]++;
    }

    @Test
    void onlyTextNeverHidesAValue() {
        List<String> pieces = new ArrayList<>();
        for (Lexicon.Kind k : Lexicon.Kind.values()) {
            for (Lexicon.Entry e : Lexicon.all(k)) {
                String w = e.word();
                pieces.add(w);
                for (int cut = 1; cut < w.length(); cut++) {
                    pieces.add(w.substring(0, cut));
                    pieces.add(w.substring(cut));
                }
            }
        }
        String[] plain = {"保障", "实施", "项目", "完成率", "群众", "满意", "资金", "到位", "覆盖", "人数", "质量", "合格",
            "全面", "提高", "明显", "有效", "及时", "确保", "总体", "本地", "年度", "一", "三", "十", "百", "万", "半",
            "0", "1", "9", "95", "100", ".", "5.5", "%", "％", "≥", "≤", "＞", "(", ")", "（", "）", "-", "~", "至",
            " ", "\u3000", "\t", "\n", "、", "，", "；", ":", "：", "±", "«", "»", "<b>", "&amp;", "b", "y", "by", "X",
            "①", "*", "年", "月", "日", "底", "前", "ｂｙ", "１", "Ⅲ", "個", "質量"};
        for (String p : plain) {
            pieces.add(p);
        }
        Random r = new Random(13);
        int[] counts = new int[2];
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + r.nextInt(4);
            for (int j = 0; j < k; j++) {
                b.append(r.nextInt(3) == 0 ? plain[r.nextInt(plain.length)] : pieces.get(r.nextInt(pieces.size())));
            }
            check(b.toString(), counts);
        }
        // plain names and words alone: most are one run of text
        int[] names = new int[2];
        for (String p : new String[] {"保障", "群众满意", "项目资金到位", "覆盖人群", "质量合格", "总体效果"}) {
            check(p, names);
        }
        assertTrue(counts[0] > 1_000, "onlyText too rarely true: " + counts[0] + " of " + counts[1]);
        assertTrue(names[0] >= 1, "no plain name found only text");
    }

    @Test
    void onlyTextNeverHidesAValueOfTheFixtures() throws IOException {
        Path root = Path.of("../fixtures/corpus");
        int[] counts = new int[2];
        for (String set : new String[] {"pdftotext", "pdftotext-layout", "markdown"}) {
            Path dir = root.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    for (String line : Files.readString(f).split("\n")) {
                        String[] words = line.strip().split("[ \u3000|]+");
                        for (int a = 0; a < words.length; a++) {
                            StringBuilder b = new StringBuilder();
                            for (int e = a; e < Math.min(words.length, a + 6); e++) {
                                b.append(e > a ? " " : "").append(words[e]);
                                check(b.toString(), counts);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(counts[1] == 0 || counts[0] > 0, "no fixture run only text");
    }
}
