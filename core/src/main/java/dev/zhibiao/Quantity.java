package dev.zhibiao;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number with an optional unit, after magnitudes (万, 亿, 千) have been applied:
 * {@code 299.68万人} is {@code Quantity[2996800 人]}.
 *
 * @param value the number, never null, kept exact and without trailing zeros
 * @param unit  the canonical unit ({@code "%"}, {@code "人"}, {@code "元/人·天"}), or null when none
 */
public record Quantity(BigDecimal value, @Nullable String unit) implements Comparable<Quantity> {

    /**
     * Canonical form: the value without trailing zeros, a blank unit as null.
     *
     * @param value the number, never null, kept exact and without trailing zeros
     * @param unit  the canonical unit ({@code "%"}, {@code "人"}, {@code "元/人·天"}), or null when none
     */
    public Quantity {
        Objects.requireNonNull(value, "value");
        value = normalize(value);
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
    }

    /**
     * @param value a number
     * @param unit  a unit or null
     * @return the quantity
     */
    public static Quantity of(double value, @Nullable String unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /**
     * @param value a number
     * @param unit  a unit or null
     * @return the quantity
     */
    public static Quantity of(long value, @Nullable String unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /**
     * Reads a quantity with the value grammar ({@code "300万人"}, {@code "98%"}, {@code "两次"}).
     *
     * @param text printed quantity
     * @return the quantity, or null when {@code text} is not a single quantity
     */
    public static @Nullable Quantity parse(@Nullable String text) {
        Target t = Targets.parse(text);
        if (t instanceof Target.Comparison c && c.op() == Op.EQ) {
            return c.quantity();
        }
        return null;
    }

    /** @return this quantity with {@code unit} when it has none, else itself */
    Quantity withDefaultUnit(String unit) {
        return this.unit == null && unit != null ? new Quantity(value, unit) : this;
    }

    static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Orders by value; units are not compared. */
    @Override
    public int compareTo(Quantity o) {
        return value.compareTo(o.value);
    }

    /** @return the value and unit, e.g. {@code "2996800 人"} or {@code "0"} */
    @Override
    public String toString() {
        return unit == null ? number(value) : number(value) + " " + unit;
    }

    /**
     * A number as targets print it: plain ({@code 2996800}, {@code 0.5}), or in exponent form
     * ({@code 9.999998E-9}) where the plain form would be longer than the 40 characters the
     * grammar reads of one number, so that every printed target reads back as itself.
     */
    static String number(BigDecimal v) {
        String plain = v.toPlainString();
        return plain.length() <= 40 ? plain : v.stripTrailingZeros().toString();
    }

    // equals and hashCode written out as a record's own are (components in order, hash 31 * h + c): those are
    // bound at first call by an invokedynamic bootstrap that spins some fifty classes at start-up

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity o && java.util.Objects.equals(value, o.value) && java.util.Objects.equals(unit, o.unit);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(value) + java.util.Objects.hashCode(unit);
    }
}
