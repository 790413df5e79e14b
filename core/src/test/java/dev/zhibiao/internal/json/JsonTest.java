package dev.zhibiao.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.SheetJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON reader's bounds: no recursion on the input's nesting, no ten-million-digit numbers. */
class JsonTest {

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(200_000)));
        assertTrue(e.getMessage().contains("nested deeper than 256"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SheetJson.read("[".repeat(200_000)));
        assertThrows(IllegalArgumentException.class, () -> SheetJson.read("{\"a\":".repeat(100_000)));
    }

    @Test
    void nestingUpToTheLimitReads() {
        String s = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        Object v = Json.parse(s);
        for (int i = 1; i < Json.MAX_DEPTH; i++) {
            v = ((List<?>) v).get(0);
        }
        assertEquals(List.of(), v);
    }

    @Test
    void hugeExponentsAreRefusedQuickly() {
        long t0 = System.nanoTime();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("1e10000000"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1e-10000000"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1".repeat(5_000_000)));
        assertThrows(IllegalArgumentException.class,
                () -> SheetJson.readTarget("{\"op\":\">=\",\"value\":1e10000000,\"unit\":\"元\"}"));
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "a refusal, not a 35 s computation");
        assertEquals(new BigDecimal("1e1000"), Json.parse("1e1000"));
        assertEquals(new BigDecimal("2.5e-3"), Json.parse("2.5e-3"));
    }

    @Test
    void streamedJsonIsTheSameText() {
        Object v = Json.parse("{\"a\":[1,\"x\\ty\\u0001\\\"\\\\\",null,true,{}],\"b\":[]}");
        StringBuilder b = new StringBuilder();
        try {
            Json.write(b, v, 2, 0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(Json.write(v, 2), b.toString());
        assertEquals(v, Json.parse(b.toString()));
    }
}
