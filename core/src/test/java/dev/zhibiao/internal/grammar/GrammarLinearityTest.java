package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Targets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value grammar is linear in the length of a value, whatever repeats in it: a run of 万 made a
 * number of thousands of digits, every token after a comparator was tried as the start of a
 * clause, every number re-scanned the letters after it. Each case times, in one run, eight reads
 * of a value of n characters against one read of 8n characters (interleaved, best of several, so
 * that a loaded machine slows both alike): linear work takes about the same time for both, a
 * quadratic path eight times as long.
 */
class GrammarLinearityTest {
    private static final int N = 2_000;
    /** Linear is 1; quadratic is 8. */
    private static final double MAX_RATIO = 3.5;

    @ParameterizedTest
    @ValueSource(strings = {"万", "百", "十", "一", "一二三", "零", "亿万", "1万", "5万4千", "百分之", "三分之一", "1.5", "1e9",
        "1,000", "12月", "≥", "≥1万;", "x万", "1", "%", "（", "-", "半", "人", "a", "成年人≥270元;", "几", "几万", "二十几万"})
    void linear(String unit) {
        assertLinear(unit, value(unit, N), value(unit, 8 * N));
    }

    static void assertLinear(String what, String small, String large) {
        eightAndOne(small, large); // warm-up
        double ratio = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            long bestSmall = Long.MAX_VALUE;
            long bestLarge = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long[] t = eightAndOne(small, large);
                bestSmall = Math.min(bestSmall, t[0]);
                bestLarge = Math.min(bestLarge, t[1]);
            }
            ratio = (double) bestLarge / Math.max(1, bestSmall);
            if (ratio < MAX_RATIO) {
                return;
            }
        }
        assertTrue(ratio < MAX_RATIO, what + ": one read of 8x the text took " + ratio + "x the time of 8 reads");
    }

    private static long[] eightAndOne(String small, String large) {
        long t0 = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            // a fresh text of another document: no reading kept for it (Recent finds equal texts of one document)
            dev.zhibiao.internal.text.Recent.newDocument();
            Targets.parse(new String(small), "参保人数（万人）");
        }
        dev.zhibiao.internal.text.Recent.newDocument();
        long t1 = System.nanoTime();
        Targets.parse(new String(large), "参保人数（万人）");
        return new long[] {t1 - t0, System.nanoTime() - t1};
    }

    private static String value(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length())) + "x";
    }
}
