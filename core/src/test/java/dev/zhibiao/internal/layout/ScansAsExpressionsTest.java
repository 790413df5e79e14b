package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scans that stand for regular expressions and foldings on hot paths (speed16) answer as what
 * they replace, on random texts over the characters that matter: {@link ColumnFit}'s operator,
 * number, placeholder and points tests; {@link Text#rekey} and {@link Text#keyOfJoin} against
 * {@link Text#key}; {@link NumberPrefix} against its expression (speed17); the key-taking {@link Vocabulary} tests against the text-taking ones as they were written.
 */
class ScansAsExpressionsTest {
    private static final String ALPHABET = "≥≤<>=＞＜＝≧≦0123456789０１９,，..…·分()（）:：指标数量产出质量效益满意度时效成本社会 \u3000\n\u0085臺灣體p/a-b%";
    private static final String[] WORDS = {"产出指标", "数量指标", "质量", "效益指标", "社会效益", "满意度指标", "服务对象满意度指标",
        "成本指标", "项目名称", "项目名称:", "主管部门", "实施单位", "(50分)", "（10分）", "<p>", "</td>", "指標", "產出指標", " ", "："};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(4) == 0) {
                b.append(WORDS[r.nextInt(WORDS.length)]);
            } else {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @Test
    void columnFitScansAnswerAsTheirExpressions() {
        Random r = new Random(16);
        for (int i = 0; i < 300_000; i++) {
            String s = random(r);
            assertEquals(Rx.matches(ColumnFit.OPERATOR, s), ColumnFit.isOperatorKey(s), s);
            assertEquals(Rx.matches(ColumnFit.NUMBER, s), ColumnFit.isNumber(s), s);
            assertEquals(Rx.lookingAt(ColumnFit.NUMBER, s), ColumnFit.startsWithNumber(s), s);
            assertEquals(Rx.matches(ColumnFit.PLACEHOLDER, Text.key(s)), ColumnFit.isPlaceholder(s), s);
            assertEquals(ColumnFit.WITH_POINTS.matcher(s).replaceFirst(""), ColumnFit.withoutPoints(s), s);
        }
    }

    /** The expression {@link NumberPrefix} scans for, as IndicatorTable compiled it before. */
    private static final java.util.regex.Pattern NUMBER_PREFIX = java.util.regex.Pattern.compile("^指标\\s*([0-9]+)\\s*[:：.．、]?\\s*");

    @Test
    void numberPrefixScanFindsWhatItsExpressionFinds() {
        Random r = new Random(17);
        String alphabet = "指标 \t\n\u000B\f\r\u3000:：.．、;0123456789０x";
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "指标" : "");
            for (int n = r.nextInt(8), k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            java.util.regex.Matcher m = NUMBER_PREFIX.matcher(s);
            boolean found = m.find();
            assertEquals(found ? m.end() : -1, NumberPrefix.end(s), s);
            assertEquals(found ? m.start(1) : -1, NumberPrefix.digits(s), s);
        }
    }

    @Test
    void foldingShortcutsAnswerAsTheKey() {
        Random r = new Random(61);
        for (int i = 0; i < 300_000; i++) {
            String a = random(r);
            String b = random(r);
            assertEquals(Text.key(a), Text.rekey(a), a);
            assertEquals(Text.key(Text.key(a)), Text.rekey(Text.key(a)), a);
            assertEquals(Text.key(a + b), Text.keyOfJoin(a, b), a + "|" + b);
        }
    }

    @Test
    void keyTestsAnswerAsTheTextTestsDid() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            check(random(r));
        }
        for (String w : WORDS) {
            check(w);
            check(w + "指标");
        }
    }

    /** The key-taking tests against the text-taking ones as written before speed16. */
    private static void check(String s) {
        String k = Text.key(s);
        Vocabulary.Category c = Vocabulary.wholeCategory(s);
        boolean level1 = c != null && c.level() != Vocabulary.Level.L2 && c.label().equals(Text.key(s));
        boolean level2 = c != null && (c.level() != Vocabulary.Level.L1
                || Vocabulary.ALSO_LEVEL2.contains(c.label()) && c.label().equals(Text.key(s)));
        String lk = Text.key(s);
        while (lk.endsWith(":")) {
            lk = lk.substring(0, lk.length() - 1);
        }
        boolean known = Vocabulary.PROJECT.contains(lk) || Vocabulary.REGION.contains(lk) || Vocabulary.HEADER_LABELS.contains(lk);
        assertEquals(level1, Vocabulary.isLevel1Key(k), s);
        assertEquals(level2, Vocabulary.isLevel2Key(k), s);
        assertEquals(known, Vocabulary.isKnownHeaderLabelKey(k), s);
        assertEquals(known, Vocabulary.isKnownHeaderLabel(s), s);
    }

    @Test
    void numberishScanAnswersAsItsExpression() {
        Random r = new Random(18);
        for (int i = 0; i < 300_000; i++) {
            String s = random(r);
            assertEquals(Text.key(s).matches("[0-9.,%]+"), HeaderCells.isNumberish(s), s);
        }
        for (String s : new String[] {"", "1", "1.5%", "１,０", "1 %", "%", "1\n", "a1"}) {
            assertEquals(Text.key(s).matches("[0-9.,%]+"), HeaderCells.isNumberish(s), s);
        }
    }
}
