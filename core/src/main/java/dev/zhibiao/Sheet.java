package dev.zhibiao;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recovered sheet: a 绩效目标表 or 绩效自评表 with its header, money block, goals and
 * indicators, plus the source text that could not be placed ({@link #remnants()}) and every
 * repair made on the way ({@link #diagnostics()}).
 *
 * <p>Immutable. Maps keep document order. {@link dev.zhibiao.SheetJson} writes the Sheet JSON
 * form documented in {@code docs/sheet-json.md}.
 *
 * @param source        file name of the input document
 * @param locator       where the sheet starts: the line of its title, or its page
 * @param kind          target or self-evaluation
 * @param title         the title as printed, or null
 * @param year          the sheet's own year, or null
 * @param project       项目名称 / 专项名称 / 转移支付(项目)名称, or null
 * @param region        市(县)名称 / 地区 / 资金使用单位, or null
 * @param parties       every other labelled party field, label as printed (simplified, no spaces)
 * @param attributes    other key/value header facts
 * @param funding       the money block
 * @param spendingPlan  资金支出计划 ({@code 3月底 -> 25}), or null when the sheet has none
 * @param goals         one entry per numbered goal (年度目标)
 * @param midTermGoals  中期目标 on two-period sheets
 * @param indicators    the indicator rows in document order
 * @param remnants      source text that could not be placed, verbatim
 * @param diagnostics   repairs made and problems found, with positions
 */
public record Sheet(String source, Locator locator, Kind kind, String title, Integer year, String project,
                    String region, Map<String, String> parties, Map<String, String> attributes, Funding funding,
                    Map<String, BigDecimal> spendingPlan, List<String> goals, List<String> midTermGoals,
                    List<Indicator> indicators, List<String> remnants, List<Diagnostic> diagnostics) {

    /** Copies every collection; null collections become empty (spendingPlan stays null); numbers without trailing zeros. */
    public Sheet {
        Objects.requireNonNull(kind, "kind");
        locator = locator == null ? Locator.UNKNOWN : locator;
        parties = copy(parties);
        attributes = copy(attributes);
        funding = funding == null ? Funding.NONE : funding;
        if (spendingPlan != null) {
            Map<String, BigDecimal> plan = new LinkedHashMap<>();
            spendingPlan.forEach((k, v) -> plan.put(k, v == null ? null : Quantity.normalize(v)));
            spendingPlan = Collections.unmodifiableMap(plan);
        }
        goals = goals == null ? List.of() : List.copyOf(goals);
        midTermGoals = midTermGoals == null ? List.of() : List.copyOf(midTermGoals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        remnants = remnants == null ? List.of() : List.copyOf(remnants);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    private static <V> Map<String, V> copy(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** @return a one-line summary: {@code "target 2019 城乡居民医疗保险补助资金 / 长春市 (27 indicators) at line 32"} */
    @Override
    public String toString() {
        return kind.json() + " " + (year == null ? "" : year + " ") + project + (region == null ? "" : " / " + region)
                + " (" + indicators.size() + " indicators" + (remnants.isEmpty() ? "" : ", " + remnants.size() + " remnants")
                + ") at " + locator;
    }
}
