package dev.zhibiao.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Damage's package-private helpers (moved here from fixtures' DamageTest with the classes). */
class DamageHelpersTest {
    @Test
    void shiftHelpersMoveCells() {
        assertEquals(List.of("", "a", "b", "", ""), Damage.shiftLeft(List.of("", "", "a", "b", ""), 1));
        assertEquals(List.of("a", "b", "", "", ""), Damage.shiftLeft(List.of("", "", "a", "b", ""), 2));
        assertThrows(IllegalArgumentException.class, () -> Damage.shiftLeft(List.of("x", "a"), 1));
        assertEquals(List.of("", "x", "a", "b"), Damage.shiftRight(List.of("x", "a", "b", ""), 1));
        assertEquals(List.of("", "", "x", "a", "b"), Damage.shiftRight(List.of("x", "a", "b", ""), 2));
    }

    @Test
    void canonicalLabels() {
        assertEquals(Damage.CANONICAL.size(), 16);
    }

    @Test
    void valueDamageExamples() {
        assertEquals("≥９０％", Damage.fullWidth("≥90%"));
        assertEquals("服务对象 满意度指标", Damage.wrap("服务对象满意度指标", new SplittableRandom(1)));
        assertEquals("满意度 指标", Damage.wrap("满意度指标", new SplittableRandom(1)));
    }
}
