package dev.zhibiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (to keep the ObjectMethods bootstrap off the start-up path)
 * behave as a record's own: equal when every component is equal, and the hash {@code 31 * h + c} over the
 * components in order, as the JDK's record methods compute it.
 */
class RecordEqualityTest {
    private static int recordHash(Object... components) {
        int h = 0;
        for (Object c : components) {
            h = 31 * h + Objects.hashCode(c);
        }
        return h;
    }

    /**
     * A component added to one of these records must be added to its written-out equals and hashCode too: this
     * test names each record's components, so it fails first and says where to look.
     */
    @Test
    void theRecordsWithWrittenOutMethodsHaveTheComponentsTheirMethodsCompare() {
        assertEquals(List.of("value", "unit"), components(Quantity.class));
        assertEquals(List.of("op", "reference", "change"), components(Target.Reference.class));
        assertEquals(List.of("subject", "target"), components(Target.Clause.class));
        assertEquals(List.of("clauses"), components(Target.BySubject.class));
    }

    private static List<String> components(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    @Test
    void quantity() {
        Quantity a = new Quantity(new BigDecimal("95"), "%");
        assertEquals(a, new Quantity(new BigDecimal("95"), "%"));
        assertNotEquals(a, new Quantity(new BigDecimal("95"), null));
        assertNotEquals(a, new Quantity(new BigDecimal("96"), "%"));
        assertNotEquals(a, "95%");
        assertEquals(recordHash(a.value(), a.unit()), a.hashCode());
        assertEquals(recordHash(new BigDecimal("1"), null), new Quantity(new BigDecimal("1"), null).hashCode());
    }

    @Test
    void referenceClauseAndBySubject() {
        Quantity ten = new Quantity(new BigDecimal("10"), "%");
        Target.Reference r = new Target.Reference(Op.values()[0], "上年", ten);
        assertEquals(r, new Target.Reference(Op.values()[0], "上年", new Quantity(new BigDecimal("10"), "%")));
        assertNotEquals(r, new Target.Reference(Op.values()[0], "上年", null));
        assertNotEquals(r, new Target.Reference(Op.values()[0], "批复预算", ten));
        assertNotEquals(r, new Target.Reference(Op.values()[1], "上年", ten));
        assertEquals(recordHash(r.op(), r.reference(), r.change()), r.hashCode());

        Target.Clause c = new Target.Clause("成年人", r);
        assertEquals(c, new Target.Clause("成年人", new Target.Reference(Op.values()[0], "上年", ten)));
        assertNotEquals(c, new Target.Clause("儿童", r));
        assertEquals(recordHash(c.subject(), c.target()), c.hashCode());

        Target.BySubject b = new Target.BySubject(List.of(c));
        assertEquals(b, new Target.BySubject(List.of(new Target.Clause("成年人", r))));
        assertNotEquals(b, new Target.BySubject(List.of(c, new Target.Clause("儿童", r))));
        assertEquals(recordHash(b.clauses()), b.hashCode());
    }
}
