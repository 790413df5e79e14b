package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link ColumnFitScans} answers as the expressions {@link ColumnFit} asked before: over random keys made of their pieces. */
class ColumnFitScansTest {
    private static final Pattern POINTS = Pattern.compile("[0-9０-９]{1,3}([.．][0-9０-９]+)?");
    private static final Pattern NUMBERED = Pattern.compile("指标\\d+[:：]");
    private static final Pattern LABEL_TAIL = Pattern.compile("指?标");
    private static final Pattern BRACKETED_UNIT = Pattern.compile("\\([^()]{1,4}\\)");

    private static final String[] PIECES = {"指", "标", "指标", "1", "9", "０", "９", "12", ".", "．", ":", "：", "(", ")",
        "元", "%", "人次", "a", "٣", " ", ""};

    @Test
    void scansAnswerAsTheExpressions() {
        Random r = new Random(390139); // core has no QuickTheories: a seeded draw of 200,000 keys
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(7); i < n; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String k = b.toString();
            assertEquals(POINTS.matcher(k).matches(), ColumnFitScans.points(k), () -> "points [" + k + "]");
            assertEquals(LABEL_TAIL.matcher(k).matches(), ColumnFitScans.labelTail(k), () -> "label tail [" + k + "]");
            assertEquals(BRACKETED_UNIT.matcher(k).matches(), ColumnFitScans.bracketedUnit(k), () -> "unit [" + k + "]");
            Matcher m = NUMBERED.matcher(k);
            int end = m.lookingAt() ? m.end() : -1;
            assertEquals(end, ColumnFitScans.numberedEnd(k), () -> "numbered [" + k + "]");
            assertEquals(NUMBERED.matcher(k).matches(), ColumnFitScans.numberedEnd(k) == k.length(), () -> "numbered [" + k + "]");
        }
    }

    @Test
    void examples() {
        assertTrue(ColumnFitScans.points("5"));
        assertTrue(ColumnFitScans.points("２０．５"));
        assertFalse(ColumnFitScans.points("1000"));
        assertFalse(ColumnFitScans.points("20."));
        assertEquals(5, ColumnFitScans.numberedEnd("指标12："));
        assertEquals(4, ColumnFitScans.numberedEnd("指标3:名称"));
        assertEquals(-1, ColumnFitScans.numberedEnd("指标:"));
        assertEquals(-1, ColumnFitScans.numberedEnd("指标３:")); // \d is ASCII only
        assertTrue(ColumnFitScans.bracketedUnit("(人次)"));
        assertFalse(ColumnFitScans.bracketedUnit("()"));
        assertFalse(ColumnFitScans.bracketedUnit("(万元/人次)"));
        assertTrue(ColumnFitScans.labelTail("指标"));
        assertFalse(ColumnFitScans.labelTail("指"));
    }
}
