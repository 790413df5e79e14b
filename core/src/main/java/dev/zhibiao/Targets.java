package dev.zhibiao;

import dev.zhibiao.internal.grammar.Grammar;
import org.jspecify.annotations.Nullable;

/**
 * Reads indicator values (指标值) into typed {@link Target}s.
 *
 * <pre>{@code
 * Targets.parse("≥299.68万人")          // ≥ 2996800 人
 * Targets.parse("6-9个月")              // 6..9 月
 * Targets.parse("不低于上年")            // ≥ 上年
 * Targets.parse("0", "重复参保人数(人)")  // = 0 人: the unit comes from the indicator's name
 * }</pre>
 *
 * <p>Never throws on any input: text that is not a recognised expression becomes a
 * {@link Target.Qualitative}. Blank input gives null.
 */
public final class Targets {
    private Targets() {
    }

    /**
     * @param value the printed value, may be null
     * @return the target, or null for a blank value
     */
    public static @Nullable Target parse(@Nullable String value) {
        return Grammar.parse(value, null);
    }

    /**
     * Reads a value in the context of its indicator's name, whose bracketed unit ({@code (人)},
     * {@code （%）}) is used when the value prints none.
     *
     * @param value         the printed value, may be null
     * @param indicatorName the indicator's name (三级指标), may be null
     * @return the target, or null for a blank value
     */
    public static @Nullable Target parse(@Nullable String value, @Nullable String indicatorName) {
        return Grammar.parse(value, indicatorName);
    }
}
