package dev.zhibiao;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One row of a sheet's indicator table (绩效指标).
 *
 * <p><b>Stability.</b> The accessors, {@link #builder()}, {@link #toBuilder()} and the
 * {@link Builder}'s setters are stable API. The constructors are not: a record gains a
 * constructor parameter with every new component (components are only ever added, after the
 * existing ones' order is kept), so code outside zhibiao should make and change indicators
 * with the builder: {@code indicator.toBuilder().note("…").build()}.
 *
 * @param level1       一级指标, canonical ({@code 产出指标}), or null when the sheet gives none
 * @param level2       二级指标, canonical ({@code 数量指标}), or null when the sheet gives none
 * @param name         三级指标, its {@code 指标N:} prefix removed
 * @param value        指标值 as printed, white space collapsed; null when empty
 * @param target       the typed reading of {@code value}, or null
 * @param midTermValue the 中期 value on two-period sheets, or null
 * @param description  绩效指标描述 where the sheet has that column, or null
 * @param basis        指标值确定依据 where the sheet has that column, or null
 * @param actual       self-evaluation: 全年实际完成值 as printed, or null
 * @param actualParsed the typed reading of {@code actual}, or null
 * @param met          self-evaluation: the actual tested against the target ({@link Verdict#UNDECIDABLE}
 *                     when they cannot be compared); null when there is no target or no actual
 * @param note         self-evaluation: 未完成原因和改进措施, or null
 * @param weight       权重 / 分值 where the sheet has that column, or null
 * @param score        self-evaluation: 得分 where printed, or null
 * @param direction    指标方向性 where printed (or shown by a split operator column), or null
 * @param locator      where the row starts in the source ({@link Locator#UNKNOWN} for null)
 */
public record Indicator(@Nullable String level1, @Nullable String level2, @Nullable String name,
                        @Nullable String value, @Nullable Target target, @Nullable String midTermValue,
                        @Nullable String description, @Nullable String basis, @Nullable String actual,
                        @Nullable Target actualParsed, @Nullable Verdict met, @Nullable String note,
                        @Nullable BigDecimal weight, @Nullable BigDecimal score, @Nullable Direction direction,
                        Locator locator) {

    /**
     * Numbers without trailing zeros, so equal weights and scores compare equal; a null locator is unknown.
     *
     * @param level1       一级指标, canonical ({@code 产出指标}), or null when the sheet gives none
     * @param level2       二级指标, canonical ({@code 数量指标}), or null when the sheet gives none
     * @param name         三级指标, its {@code 指标N:} prefix removed
     * @param value        指标值 as printed, white space collapsed; null when empty
     * @param target       the typed reading of {@code value}, or null
     * @param midTermValue the 中期 value on two-period sheets, or null
     * @param description  绩效指标描述 where the sheet has that column, or null
     * @param basis        指标值确定依据 where the sheet has that column, or null
     * @param actual       self-evaluation: 全年实际完成值 as printed, or null
     * @param actualParsed the typed reading of {@code actual}, or null
     * @param met          self-evaluation: the actual tested against the target ({@link Verdict#UNDECIDABLE} when they cannot be compared); null when there is no target or no actual
     * @param note         self-evaluation: 未完成原因和改进措施, or null
     * @param weight       权重 / 分值 where the sheet has that column, or null
     * @param score        self-evaluation: 得分 where printed, or null
     * @param direction    指标方向性 where printed (or shown by a split operator column), or null
     * @param locator      where the row starts in the source ({@link Locator#UNKNOWN} for null)
     */
    public Indicator {
        weight = weight == null ? null : Quantity.normalize(weight);
        score = score == null ? null : Quantity.normalize(score);
        locator = locator == null ? Locator.UNKNOWN : locator;
    }

    /**
     * A row without weight, score and direction (templates that print neither). Not stable API:
     * use {@link #builder()}.
     *
     * @param level1       一级指标
     * @param level2       二级指标
     * @param name         三级指标
     * @param value        指标值 as printed
     * @param target       the typed value
     * @param midTermValue the 中期 value
     * @param description  绩效指标描述
     * @param basis        指标值确定依据
     * @param actual       实际完成值 as printed
     * @param actualParsed the typed actual
     * @param met          the actual tested against the target
     * @param note         未完成原因和改进措施
     * @param locator      where the row starts
     */
    public Indicator(@Nullable String level1, @Nullable String level2, @Nullable String name, @Nullable String value,
                     @Nullable Target target, @Nullable String midTermValue, @Nullable String description,
                     @Nullable String basis, @Nullable String actual, @Nullable Target actualParsed,
                     @Nullable Verdict met, @Nullable String note, Locator locator) {
        this(level1, level2, name, value, target, midTermValue, description, basis, actual, actualParsed, met,
                note, null, null, null, locator);
    }

    /** @return an empty builder (every component null, the locator unknown) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this indicator's components, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.level1 = level1;
        b.level2 = level2;
        b.name = name;
        b.value = value;
        b.target = target;
        b.midTermValue = midTermValue;
        b.description = description;
        b.basis = basis;
        b.actual = actual;
        b.actualParsed = actualParsed;
        b.met = met;
        b.note = note;
        b.weight = weight;
        b.score = score;
        b.direction = direction;
        b.locator = locator;
        return b;
    }

    /**
     * The labels, the name, the value as printed and, after {@code →}, the typed target (left out
     * when the value stayed text: a {@link Target.Qualitative} of the value itself).
     *
     * @return {@code "产出指标/数量指标/参保人数(人) = ≥299.68万人 → ≥ 2996800 人"}, on self-evaluations
     *         followed by {@code " (actual 300万人, met)"}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(level1).append('/').append(level2).append('/').append(name).append(" = ").append(value);
        if (target != null && !(target instanceof Target.Qualitative q && q.text().equals(value))) {
            b.append(" → ").append(target);
        }
        if (actual != null) {
            b.append(" (actual ").append(actual).append(met == null ? "" : switch (met) {
                case MET -> ", met";
                case NOT_MET -> ", not met";
                case UNDECIDABLE -> ", undecidable";
            }).append(')');
        }
        return b.toString();
    }

    /**
     * Builds an {@link Indicator} component by component; stable when components are added (a
     * new component starts null in {@link Indicator#builder()}). Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String level1;
        private @Nullable String level2;
        private @Nullable String name;
        private @Nullable String value;
        private @Nullable Target target;
        private @Nullable String midTermValue;
        private @Nullable String description;
        private @Nullable String basis;
        private @Nullable String actual;
        private @Nullable Target actualParsed;
        private @Nullable Verdict met;
        private @Nullable String note;
        private @Nullable BigDecimal weight;
        private @Nullable BigDecimal score;
        private @Nullable Direction direction;
        private Locator locator = Locator.UNKNOWN;

        private Builder() {
        }

        /**
         * @param v 一级指标
         * @return this builder
         */
        public Builder level1(@Nullable String v) {
            level1 = v;
            return this;
        }

        /**
         * @param v 二级指标
         * @return this builder
         */
        public Builder level2(@Nullable String v) {
            level2 = v;
            return this;
        }

        /**
         * @param v 三级指标
         * @return this builder
         */
        public Builder name(@Nullable String v) {
            name = v;
            return this;
        }

        /**
         * @param v 指标值 as printed
         * @return this builder
         */
        public Builder value(@Nullable String v) {
            value = v;
            return this;
        }

        /**
         * @param v the typed value
         * @return this builder
         */
        public Builder target(@Nullable Target v) {
            target = v;
            return this;
        }

        /**
         * @param v the 中期 value
         * @return this builder
         */
        public Builder midTermValue(@Nullable String v) {
            midTermValue = v;
            return this;
        }

        /**
         * @param v 绩效指标描述
         * @return this builder
         */
        public Builder description(@Nullable String v) {
            description = v;
            return this;
        }

        /**
         * @param v 指标值确定依据
         * @return this builder
         */
        public Builder basis(@Nullable String v) {
            basis = v;
            return this;
        }

        /**
         * @param v 实际完成值 as printed
         * @return this builder
         */
        public Builder actual(@Nullable String v) {
            actual = v;
            return this;
        }

        /**
         * @param v the typed actual
         * @return this builder
         */
        public Builder actualParsed(@Nullable Target v) {
            actualParsed = v;
            return this;
        }

        /**
         * @param v the actual tested against the target
         * @return this builder
         */
        public Builder met(@Nullable Verdict v) {
            met = v;
            return this;
        }

        /**
         * @param v 未完成原因和改进措施
         * @return this builder
         */
        public Builder note(@Nullable String v) {
            note = v;
            return this;
        }

        /**
         * @param v 权重 / 分值
         * @return this builder
         */
        public Builder weight(@Nullable BigDecimal v) {
            weight = v;
            return this;
        }

        /**
         * @param v 得分
         * @return this builder
         */
        public Builder score(@Nullable BigDecimal v) {
            score = v;
            return this;
        }

        /**
         * @param v 指标方向性
         * @return this builder
         */
        public Builder direction(@Nullable Direction v) {
            direction = v;
            return this;
        }

        /**
         * @param v where the row starts ({@link Locator#UNKNOWN} for null)
         * @return this builder
         */
        public Builder locator(@Nullable Locator v) {
            locator = v == null ? Locator.UNKNOWN : v;
            return this;
        }

        /** @return the indicator */
        public Indicator build() {
            return new Indicator(level1, level2, name, value, target, midTermValue, description, basis, actual,
                    actualParsed, met, note, weight, score, direction, locator);
        }

        @Override
        public String toString() {
            return "Indicator.Builder[" + build() + "]";
        }
    }
}
