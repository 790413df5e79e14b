package dev.zhibiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The typed reading of an indicator value (指标值): a predicate an actual value can be tested
 * against. Obtain one with {@link Targets#parse(String)}.
 *
 * <p>Every target has a canonical {@code toString()} ({@code ≥ 28 %}, {@code 6..9 月},
 * {@code ≥ 上年}, {@code by 成年人: ≥ 270 元; 大中小学生、儿童: ≥ 200 元}) that
 * {@link Targets#parse(String)} reads back to an equal target.
 */
public sealed interface Target
        permits Target.Comparison, Target.Range, Target.Reference, Target.BySubject, Target.Deadline,
        Target.Qualitative {

    /**
     * Tests an actual value, itself read with the same grammar (see {@link Targets#parse(String)}).
     * Reference targets ({@code 不低于上年}) are undecidable here; use
     * {@link #test(Target, Function)} to supply the reference's value.
     *
     * @param actual the parsed actual value, or null
     * @return the verdict
     */
    default Verdict test(@Nullable Target actual) {
        return test(actual, NoReferences.NONE);
    }

    /**
     * Tests an actual value, with the values of named references ({@code "上年"}) supplied by the
     * caller.
     *
     * @param actual     the parsed actual value, or null
     * @param references the value of a reference, or null when unknown
     * @return the verdict
     */
    Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references);

    /**
     * Tests an actual quantity.
     *
     * @param actual a quantity such as {@code Quantity.of(98, "%")}
     * @return the verdict
     */
    default Verdict test(@Nullable Quantity actual) {
        return test(actual == null ? null : new Comparison(Op.EQ, actual));
    }

    /**
     * A comparison with one bound: {@code ≥299.68万人}, {@code 100%}, {@code 不超过5天}, {@code 70%左右}
     * ({@link Op#APPROX}).
     *
     * @param op       the operator
     * @param quantity the bound
     */
    record Comparison(Op op, Quantity quantity) implements Target {
        /**
         * Checks that both parts are present.
         *
         * @param op       the operator
         * @param quantity the bound
         */
        public Comparison {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references) {
            if (op == Op.APPROX) {
                // how near is near enough is not printed: only the bound itself is known to meet it
                if (actual instanceof Comparison a && (a.op == Op.EQ || a.op == Op.APPROX)) {
                    BigDecimal v = Units.in(a.quantity.value(), a.quantity.unit(), quantity.unit());
                    return v != null && v.compareTo(quantity.value()) == 0 ? Verdict.MET : Verdict.UNDECIDABLE;
                }
                return Verdict.UNDECIDABLE;
            }
            Units.Interval target = Units.Interval.of(op, quantity.value());
            if (actual instanceof Comparison a && a.op == Op.APPROX) {
                // an approximate actual: decided only when its point is clear of the bound
                BigDecimal v = Units.in(a.quantity.value(), a.quantity.unit(), quantity.unit());
                return v == null || v.compareTo(quantity.value()) == 0 ? Verdict.UNDECIDABLE
                        : Units.Interval.verdict(Units.Interval.of(Op.EQ, v), target);
            }
            if (actual instanceof Comparison a) {
                BigDecimal v = Units.in(a.quantity.value(), a.quantity.unit(), quantity.unit());
                return v == null ? Verdict.UNDECIDABLE : Units.Interval.verdict(Units.Interval.of(a.op, v), target);
            }
            if (actual instanceof Range r) {
                BigDecimal lo = Units.in(r.min(), r.unit(), quantity.unit());
                BigDecimal hi = Units.in(r.max(), r.unit(), quantity.unit());
                return lo == null ? Verdict.UNDECIDABLE
                        : Units.Interval.verdict(new Units.Interval(lo, true, hi, true), target);
            }
            return Verdict.UNDECIDABLE;
        }

        /** @return {@code "≥ 2996800 人"} */
        @Override
        public String toString() {
            return op.symbol() + " " + quantity;
        }
    }

    /**
     * A closed range: {@code 6-9个月} is {@code 6..9 月}.
     *
     * @param min  the lower bound (inclusive)
     * @param max  the upper bound (inclusive)
     * @param unit the unit, or null
     */
    record Range(BigDecimal min, BigDecimal max, @Nullable String unit) implements Target {
        /**
         * Canonical numbers; a blank unit as null.
         *
         * @param min  the lower bound (inclusive)
         * @param max  the upper bound (inclusive)
         * @param unit the unit, or null
         */
        public Range {
            min = Quantity.normalize(Objects.requireNonNull(min, "min"));
            max = Quantity.normalize(Objects.requireNonNull(max, "max"));
            if (unit != null && unit.isBlank()) {
                unit = null;
            }
        }

        @Override
        public Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references) {
            Units.Interval target = new Units.Interval(min, true, max, true);
            if (actual instanceof Range r && Units.in(r.min, r.unit, unit) != null) {
                return Units.Interval.verdict(new Units.Interval(Units.in(r.min, r.unit, unit), true,
                        Units.in(r.max, r.unit, unit), true), target);
            }
            if (actual instanceof Comparison c && Units.in(c.quantity().value(), c.quantity().unit(), unit) != null) {
                return Units.Interval.verdict(Units.Interval.of(c.op(),
                        Units.in(c.quantity().value(), c.quantity().unit(), unit)), target);
            }
            return Verdict.UNDECIDABLE;
        }

        /** @return {@code "6..9 月"} */
        @Override
        public String toString() {
            return Quantity.number(min) + ".." + Quantity.number(max) + (unit == null ? "" : " " + unit);
        }
    }

    /**
     * A comparison with a named baseline rather than a number: {@code 不低于上年} is
     * {@code ≥ 上年}; {@code 不超过政府承受能力} is {@code ≤ 政府承受能力}; with the change asked
     * for, {@code 比上年增长10%} is {@code ≥ 上年 +10 %} and {@code 较上年下降2个百分点} is
     * {@code ≤ 上年 -2 百分点}.
     *
     * @param op        the operator
     * @param reference the baseline, canonical ({@code 上年度}, {@code 去年} read as {@code 上年})
     * @param change    the change against the baseline the bound stands at, or null for none (the
     *                  baseline itself): in {@code %} a relative change (the baseline times 1.10),
     *                  in {@code 百分点} percentage points added to a baseline in {@code %}, in any
     *                  other unit an amount added in that unit; negative for a fall
     */
    record Reference(Op op, String reference, @Nullable Quantity change) implements Target {
        /**
         * Checks that op and reference are present.
         *
         * @param op        the operator
         * @param reference the baseline, canonical ({@code 上年度}, {@code 去年} read as {@code 上年})
         * @param change    the change against the baseline, or null
         */
        public Reference {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(reference, "reference");
            if (change != null && change.value().signum() == 0 && change.unit() == null) {
                change = null;
            }
        }

        /**
         * A comparison with the baseline itself.
         *
         * @param op        the operator
         * @param reference the baseline
         */
        public Reference(Op op, String reference) {
            this(op, reference, null);
        }

        @Override
        public Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references) {
            if (actual instanceof Reference r && Units.sameText(r.reference, reference)) {
                // both against the same baseline: compare the changes (none is a change of 0)
                BigDecimal mine = change == null ? BigDecimal.ZERO : change.value();
                BigDecimal theirs = r.change == null ? BigDecimal.ZERO : r.change.value();
                if (change != null && r.change != null && !Objects.equals(change.unit(), r.change.unit())) {
                    return Verdict.UNDECIDABLE;
                }
                return Units.Interval.verdict(Units.Interval.of(r.op, theirs), Units.Interval.of(op, mine));
            }
            Quantity base = references == null ? null : references.apply(reference);
            Quantity bound = base == null ? null : bound(base);
            if (bound == null) {
                return Verdict.UNDECIDABLE;
            }
            return new Comparison(op, bound).test(actual, references);
        }

        /**
         * The bound this target sets once its baseline is known.
         *
         * @param base the baseline's value
         * @return the baseline moved by {@link #change()}, or null when the change cannot apply to it
         *         (points added to a baseline that is no percent, units that do not convert)
         */
        public @Nullable Quantity bound(Quantity base) {
            Objects.requireNonNull(base, "base");
            if (change == null) {
                return base;
            }
            BigDecimal v = change.value();
            if ("%".equals(change.unit())) {
                return new Quantity(base.value().multiply(BigDecimal.ONE.add(v.movePointLeft(2))), base.unit());
            }
            if ("百分点".equals(change.unit())) {
                return "%".equals(base.unit()) ? new Quantity(base.value().add(v), "%") : null;
            }
            BigDecimal in = change.unit() == null ? v : Units.in(v, change.unit(), base.unit());
            return in == null ? null : new Quantity(base.value().add(in), base.unit());
        }

        /** @return {@code "≥ 上年"}, {@code "≥ 上年 +10 %"} */
        @Override
        public String toString() {
            if (change == null) {
                return op.symbol() + " " + reference;
            }
            String n = Quantity.number(change.value());
            return op.symbol() + " " + reference + " " + (change.value().signum() < 0 ? n : "+" + n)
                    + (change.unit() == null ? "" : " " + change.unit());
        }

        // equals and hashCode written out as a record's own are (components in order, hash 31 * h + c): those
        // are bound at first call by an invokedynamic bootstrap that spins some fifty classes at start-up

        @Override
        public boolean equals(Object other) {
            return other instanceof Reference o
                    && java.util.Objects.equals(op, o.op)
                    && java.util.Objects.equals(reference, o.reference)
                    && java.util.Objects.equals(change, o.change);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (java.util.Objects.hashCode(op)) + java.util.Objects.hashCode(reference)) + java.util.Objects.hashCode(change);
        }
    }

    /**
     * One target per subject: {@code 成年人≥270元; 大中小学生、儿童≥200元}.
     *
     * @param clauses the clauses in printed order
     */
    record BySubject(List<Clause> clauses) implements Target {
        /**
         * Copies the clauses.
         *
         * @param clauses the clauses in printed order
         */
        public BySubject {
            clauses = List.copyOf(clauses);
        }

        @Override
        public Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references) {
            if (!(actual instanceof BySubject a)) {
                return Verdict.UNDECIDABLE;
            }
            Verdict all = Verdict.MET;
            for (Clause c : clauses) {
                Clause match = a.clauses.stream().filter(x -> x.subject().equals(c.subject())).findFirst().orElse(null);
                Verdict v = match == null ? Verdict.UNDECIDABLE : c.target().test(match.target(), references);
                if (v == Verdict.NOT_MET) {
                    return v;
                }
                if (v == Verdict.UNDECIDABLE) {
                    all = v;
                }
            }
            return all;
        }

        /** @return {@code "by 成年人: ≥ 270 元; 大中小学生、儿童: ≥ 200 元"} */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("by ");
            for (int i = 0; i < clauses.size(); i++) {
                b.append(i == 0 ? "" : "; ").append(clauses.get(i));
            }
            return b.toString();
        }

        // equals and hashCode written out as a record's own are (components in order, hash 31 * h + c): those
        // are bound at first call by an invokedynamic bootstrap that spins some fifty classes at start-up

        @Override
        public boolean equals(Object other) {
            return other instanceof BySubject o
                    && java.util.Objects.equals(clauses, o.clauses);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(clauses);
        }
    }

    /**
     * One subject's clause of a {@link BySubject} target.
     *
     * @param subject the subject as printed ({@code 成年人})
     * @param target  its target
     */
    record Clause(String subject, Target target) {
        /**
         * Checks that both parts are present.
         *
         * @param subject the subject as printed ({@code 成年人})
         * @param target  its target
         */
        public Clause {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(target, "target");
        }

        /** @return {@code "成年人: ≥ 270 元"} */
        @Override
        public String toString() {
            return subject + ": " + target;
        }

        // equals and hashCode written out as a record's own are (components in order, hash 31 * h + c): those
        // are bound at first call by an invokedynamic bootstrap that spins some fifty classes at start-up

        @Override
        public boolean equals(Object other) {
            return other instanceof Clause o
                    && java.util.Objects.equals(subject, o.subject)
                    && java.util.Objects.equals(target, o.target);
        }

        @Override
        public int hashCode() {
            return 31 * (java.util.Objects.hashCode(subject)) + java.util.Objects.hashCode(target);
        }
    }

    /** The part of a month a deadline names. */
    enum Part {
        /** 初, 上旬. */
        START,
        /** 中, 中旬. */
        MIDDLE,
        /** 底, 末, 下旬. */
        END;

        /** @return {@code "start"}, {@code "middle"} or {@code "end"} */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A date by which something is done: {@code 12月底} is month 12, part END;
     * {@code 2019年12月31日前} is 2019-12-31.
     *
     * @param year  the year, or null
     * @param month the month 1-12, or null
     * @param day   the day, or null
     * @param part  the part of the month, or null
     */
    record Deadline(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day, @Nullable Part part) implements Target {
        /**
         * Checks the ranges of month and day.
         *
         * @param year  the year, or null
         * @param month the month 1-12, or null
         * @param day   the day, or null
         * @param part  the part of the month, or null
         */
        public Deadline {
            if (month != null && (month < 1 || month > 12)) {
                throw new IllegalArgumentException("month out of range: " + month);
            }
            if (day != null && (day < 1 || day > 31)) {
                throw new IllegalArgumentException("day out of range: " + day);
            }
            if (year == null && month == null && day == null) {
                throw new IllegalArgumentException("a deadline needs a year, month or day");
            }
        }

        @Override
        public Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references) {
            if (actual instanceof Deadline d) {
                boolean years = d.year != null && year != null;
                return key(d, years) <= key(this, years) ? Verdict.MET : Verdict.NOT_MET;
            }
            return Verdict.UNDECIDABLE;
        }

        /** Orders deadlines; a missing month or day counts as the end of its year or month. */
        private static long key(Deadline d, boolean years) {
            int p = d.part == null ? 3 : d.part.ordinal();
            int day = d.day != null ? d.day : d.month == null ? 31 : switch (p) {
                case 0 -> 10;
                case 1 -> 20;
                default -> 31;
            };
            return ((years ? d.year : 0L) * 13 + (d.month == null ? 12 : d.month)) * 32 + day;
        }

        /** @return {@code "by 2019年12月31日"}, {@code "by 12月底"}, {@code "by 7月"} */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("by ");
            if (year != null) {
                b.append(year).append('年');
            }
            if (month != null) {
                b.append(month).append('月');
            }
            if (day != null) {
                b.append(day).append('日');
            }
            if (part != null) {
                b.append(switch (part) {
                    case START -> "初";
                    case MIDDLE -> "中";
                    case END -> "底";
                });
            }
            return b.toString();
        }
    }

    /**
     * A value that states a quality rather than a number: {@code 逐步推开}, {@code 有效缓解}.
     * An actual value that restates it ({@code 有效缓解}, {@code 已有效缓解}) is {@link Verdict#MET}.
     *
     * @param text the printed text, white space collapsed
     */
    record Qualitative(String text) implements Target {
        /**
         * Checks that the text is present.
         *
         * @param text the printed text, white space collapsed
         */
        public Qualitative {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Verdict test(@Nullable Target actual, Function<String, @Nullable Quantity> references) {
            if (actual instanceof Qualitative q && Units.restates(q.text, text)) {
                return Verdict.MET;
            }
            return Verdict.UNDECIDABLE;
        }

        /**
         * @return the text in guillemets, {@code «逐步推开»}, which {@link Targets#parse(String)} reads
         *     back as this text (guillemets rather than “” because printed values use those)
         */
        @Override
        public String toString() {
            return "«" + text + "»";
        }
    }
}
