package dev.zhibiao;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recovered sheet: a 绩效目标表 or 绩效自评表 with its header, money block, goals and
 * indicators, plus the source text that could not be placed ({@link #remnants()}) and every
 * repair made on the way ({@link #diagnostics()}).
 *
 * <p>Immutable. Maps keep document order. {@link dev.zhibiao.SheetJson} writes the Sheet JSON
 * form documented in {@code docs/sheet-json.md}.
 *
 * <p><b>Stability.</b> The accessors, {@link #builder(Kind)}, {@link #toBuilder()} and the
 * {@link Builder}'s setters are stable API. The canonical constructor is not: it gains a
 * parameter with every new component (existing components keep their order), so code outside
 * zhibiao should make and change sheets with the builder:
 * {@code sheet.toBuilder().remnants(List.of()).build()}.
 *
 * @param source        file name of the input document
 * @param locator       where the sheet starts: the line of its title, or its page ({@link Locator#UNKNOWN} for null)
 * @param kind          target or self-evaluation
 * @param title         the title as printed, or null
 * @param year          the sheet's own year, or null
 * @param project       项目名称 / 专项名称 / 转移支付(项目)名称, or null
 * @param region        市(县)名称 / 地区 / 资金使用单位, or null
 * @param parties       every other labelled party field, label as printed (simplified, no spaces)
 * @param attributes    other key/value header facts
 * @param funding       the money block ({@link Funding#NONE} for null)
 * @param spendingPlan  资金支出计划 ({@code 3月底 -> 25}), or null when the sheet has none
 * @param goals         one entry per numbered goal (年度目标)
 * @param midTermGoals  中期目标 on two-period sheets
 * @param indicators    the indicator rows in document order
 * @param remnants      source text that could not be placed, verbatim
 * @param diagnostics   repairs made and problems found, with positions
 */
public record Sheet(@Nullable String source, Locator locator, Kind kind, @Nullable String title,
                    @Nullable Integer year, @Nullable String project, @Nullable String region,
                    Map<String, String> parties, Map<String, String> attributes, Funding funding,
                    @Nullable Map<String, BigDecimal> spendingPlan, List<String> goals, List<String> midTermGoals,
                    List<Indicator> indicators, List<String> remnants, List<Diagnostic> diagnostics) {

    /**
     * Copies every collection; null collections become empty (spendingPlan stays null); numbers without trailing zeros.
     *
     * @param source       file name of the input document
     * @param locator      where the sheet starts: the line of its title, or its page ({@link Locator#UNKNOWN} for null)
     * @param kind         target or self-evaluation
     * @param title        the title as printed, or null
     * @param year         the sheet's own year, or null
     * @param project      项目名称 / 专项名称 / 转移支付(项目)名称, or null
     * @param region       市(县)名称 / 地区 / 资金使用单位, or null
     * @param parties      every other labelled party field, label as printed (simplified, no spaces)
     * @param attributes   other key/value header facts
     * @param funding      the money block ({@link Funding#NONE} for null)
     * @param spendingPlan 资金支出计划 ({@code 3月底 -> 25}), or null when the sheet has none
     * @param goals        one entry per numbered goal (年度目标)
     * @param midTermGoals 中期目标 on two-period sheets
     * @param indicators   the indicator rows in document order
     * @param remnants     source text that could not be placed, verbatim
     * @param diagnostics  repairs made and problems found, with positions
     */
    public Sheet {
        Objects.requireNonNull(kind, "kind");
        locator = locator == null ? Locator.UNKNOWN : locator;
        parties = copy(parties);
        attributes = copy(attributes);
        funding = funding == null ? Funding.NONE : funding;
        if (spendingPlan != null) {
            Map<String, BigDecimal> plan = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal> e : spendingPlan.entrySet()) { // a loop, not a lambda (a class spun at start-up)
                plan.put(e.getKey(), e.getValue() == null ? null : Quantity.normalize(e.getValue()));
            }
            spendingPlan = Collections.unmodifiableMap(plan);
        }
        goals = goals == null ? List.of() : List.copyOf(goals);
        midTermGoals = midTermGoals == null ? List.of() : List.copyOf(midTermGoals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        remnants = remnants == null ? List.of() : List.copyOf(remnants);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    /**
     * @param kind target or self-evaluation
     * @return a builder for a sheet of that kind, every other component empty or null
     */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /** @return a builder holding this sheet's components, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.source = source;
        b.locator = locator;
        b.title = title;
        b.year = year;
        b.project = project;
        b.region = region;
        b.parties = parties;
        b.attributes = attributes;
        b.funding = funding;
        b.spendingPlan = spendingPlan;
        b.goals = goals;
        b.midTermGoals = midTermGoals;
        b.indicators = indicators;
        b.remnants = remnants;
        b.diagnostics = diagnostics;
        return b;
    }

    private static <V> Map<String, V> copy(@Nullable Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * The sheet at a glance, as fixed-width text: the summary line, the header facts and goals,
     * the money block, and the indicator table with each typed target (and on self-evaluations the
     * actual and the verdict). Columns are aligned for a terminal or notebook that shows Chinese
     * characters two columns wide; cells wider than 36 columns are cut, ending in {@code …}.
     *
     * <pre>{@code
     * jshell> System.out.print(sheets.get(0).toTable())
     * target 2019 城乡居民医疗保险补助资金 / 长春市 (27 indicators) at line 32
     * 项目          城乡居民医疗保险补助资金
     * …
     * 一级指标  二级指标  三级指标                  指标值         目标
     * ------------------------------------------------------------------------
     * 产出指标  数量指标  参保人数(人)              ≥299.68万人    ≥ 2996800 人
     * }</pre>
     *
     * @return the tables, lines ending in {@code \n}
     */
    public String toTable() {
        return dev.zhibiao.internal.text.TextTable.of(this);
    }

    /** @return a one-line summary: {@code "target 2019 城乡居民医疗保险补助资金 / 长春市 (27 indicators) at line 32"} */
    @Override
    public String toString() {
        return kind.json() + " " + (year == null ? "" : year + " ") + project + (region == null ? "" : " / " + region)
                + " (" + indicators.size() + " indicators" + (remnants.isEmpty() ? "" : ", " + remnants.size() + " remnants")
                + ") at " + locator;
    }

    /**
     * Builds a {@link Sheet} component by component; stable when components are added (a new
     * component starts empty or null). Collections are copied by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private Kind kind;
        private @Nullable String source;
        private @Nullable Locator locator;
        private @Nullable String title;
        private @Nullable Integer year;
        private @Nullable String project;
        private @Nullable String region;
        private @Nullable Map<String, String> parties;
        private @Nullable Map<String, String> attributes;
        private @Nullable Funding funding;
        private @Nullable Map<String, BigDecimal> spendingPlan;
        private @Nullable List<String> goals;
        private @Nullable List<String> midTermGoals;
        private @Nullable List<Indicator> indicators;
        private @Nullable List<String> remnants;
        private @Nullable List<Diagnostic> diagnostics;

        private Builder(Kind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * @param v target or self-evaluation
         * @return this builder
         */
        public Builder kind(Kind v) {
            this.kind = Objects.requireNonNull(v, "kind");
            return this;
        }

        /**
         * @param v the input's file name
         * @return this builder
         */
        public Builder source(@Nullable String v) {
            this.source = v;
            return this;
        }

        /**
         * @param v where the sheet starts
         * @return this builder
         */
        public Builder locator(@Nullable Locator v) {
            this.locator = v;
            return this;
        }

        /**
         * @param v the title as printed
         * @return this builder
         */
        public Builder title(@Nullable String v) {
            this.title = v;
            return this;
        }

        /**
         * @param v the sheet's own year
         * @return this builder
         */
        public Builder year(@Nullable Integer v) {
            this.year = v;
            return this;
        }

        /**
         * @param v the project
         * @return this builder
         */
        public Builder project(@Nullable String v) {
            this.project = v;
            return this;
        }

        /**
         * @param v the region
         * @return this builder
         */
        public Builder region(@Nullable String v) {
            this.region = v;
            return this;
        }

        /**
         * @param v the other labelled party fields
         * @return this builder
         */
        public Builder parties(@Nullable Map<String, String> v) {
            this.parties = v;
            return this;
        }

        /**
         * @param v other header facts
         * @return this builder
         */
        public Builder attributes(@Nullable Map<String, String> v) {
            this.attributes = v;
            return this;
        }

        /**
         * @param v the money block
         * @return this builder
         */
        public Builder funding(@Nullable Funding v) {
            this.funding = v;
            return this;
        }

        /**
         * @param v 资金支出计划, or null for none
         * @return this builder
         */
        public Builder spendingPlan(@Nullable Map<String, BigDecimal> v) {
            this.spendingPlan = v;
            return this;
        }

        /**
         * @param v the goals
         * @return this builder
         */
        public Builder goals(@Nullable List<String> v) {
            this.goals = v;
            return this;
        }

        /**
         * @param v 中期目标
         * @return this builder
         */
        public Builder midTermGoals(@Nullable List<String> v) {
            this.midTermGoals = v;
            return this;
        }

        /**
         * @param v the indicator rows
         * @return this builder
         */
        public Builder indicators(@Nullable List<Indicator> v) {
            this.indicators = v;
            return this;
        }

        /**
         * @param v source text that could not be placed
         * @return this builder
         */
        public Builder remnants(@Nullable List<String> v) {
            this.remnants = v;
            return this;
        }

        /**
         * @param v repairs and problems
         * @return this builder
         */
        public Builder diagnostics(@Nullable List<Diagnostic> v) {
            this.diagnostics = v;
            return this;
        }

        /** @return the sheet */
        public Sheet build() {
            return new Sheet(source, locator, kind, title, year, project, region, parties, attributes, funding,
                    spendingPlan, goals, midTermGoals, indicators, remnants, diagnostics);
        }

        @Override
        public String toString() {
            return "Sheet.Builder[" + build() + "]";
        }
    }
}
