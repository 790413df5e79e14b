package dev.zhibiao;

/**
 * A comparison operator of a {@link Target}.
 *
 * <p>{@link #json()} is the spelling of the Sheet JSON form ({@code ">="}), {@link #symbol()} the
 * printed one used by {@code toString} ({@code "≥"}).
 */
public enum Op {
    /** At least: 不低于, 以上, ≥. */
    GE(">=", "≥"),
    /** At most: 不超过, 以内, ≤. */
    LE("<=", "≤"),
    /** More than: 高于, 超过, &gt;. */
    GT(">", ">"),
    /** Less than: 低于, 少于, &lt;. */
    LT("<", "<"),
    /** Exactly: a bare number, =, 持平. */
    EQ("=", "="),
    /**
     * About: 约, 左右, 上下 ({@code 70%左右} is {@code ≈ 70 %}). The sheet does not say how near is
     * near enough, so only an actual equal to the bound is known to meet it; any other is undecidable.
     */
    APPROX("~", "≈");

    private final String json;
    private final String symbol;

    Op(String json, String symbol) {
        this.json = json;
        this.symbol = symbol;
    }

    /** @return the Sheet JSON spelling: {@code >=, <=, >, <, =, ~} */
    public String json() {
        return json;
    }

    /** @return the printed symbol: {@code ≥, ≤, >, <, =, ≈} */
    public String symbol() {
        return symbol;
    }

    /** @return whether the bound itself satisfies the operator: true for ≥, ≤, = and ≈ */
    public boolean inclusive() {
        return this == GE || this == LE || this == EQ || this == APPROX;
    }

    /**
     * Whether {@code cmp} (the sign of {@code actual.compareTo(bound)}) satisfies this operator.
     *
     * @param cmp negative, zero or positive
     * @return true when the actual side satisfies the operator
     */
    public boolean holds(int cmp) {
        return switch (this) {
            case GE -> cmp >= 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case LT -> cmp < 0;
            case EQ, APPROX -> cmp == 0;
        };
    }

    /**
     * Reads an operator from its JSON spelling or printed symbol.
     *
     * @param s {@code ">="}, {@code "≥"}, ...
     * @return the operator
     * @throws IllegalArgumentException if {@code s} is not an operator
     */
    public static Op of(String s) {
        for (Op op : ALL) {
            if (op.json.equals(s) || op.symbol.equals(s)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a comparison operator: \"" + s + "\"");
    }

    /** The operators, once: {@code values()} copies its array on each call. */
    private static final Op[] ALL = values();
}
