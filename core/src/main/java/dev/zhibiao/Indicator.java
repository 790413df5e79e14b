package dev.zhibiao;

/**
 * One row of a sheet's indicator table (绩效指标).
 *
 * @param level1       一级指标, canonical ({@code 产出指标})
 * @param level2       二级指标, canonical ({@code 数量指标})
 * @param name         三级指标, its {@code 指标N:} prefix removed
 * @param value        指标值 as printed, white space collapsed; null when empty
 * @param target       the typed reading of {@code value}, or null
 * @param midTermValue the 中期 value on two-period sheets, or null
 * @param description  绩效指标描述 where the sheet has that column, or null
 * @param basis        指标值确定依据 where the sheet has that column, or null
 * @param actual       self-evaluation: 全年实际完成值 as printed, or null
 * @param actualParsed the typed reading of {@code actual}, or null
 * @param met          self-evaluation: whether the actual meets the target, null when undecidable
 * @param note         self-evaluation: 未完成原因和改进措施, or null
 * @param weight       权重 / 分值 where the sheet has that column, or null
 * @param score        self-evaluation: 得分 where printed, or null
 * @param direction    指标方向性 where printed (or shown by a split operator column), or null
 * @param locator      where the row starts in the source
 */
public record Indicator(String level1, String level2, String name, String value, Target target,
                        String midTermValue, String description, String basis, String actual,
                        Target actualParsed, Boolean met, String note, java.math.BigDecimal weight,
                        java.math.BigDecimal score, Direction direction, Locator locator) {

    /** Numbers without trailing zeros, so equal weights and scores compare equal. */
    public Indicator {
        weight = weight == null ? null : Quantity.normalize(weight);
        score = score == null ? null : Quantity.normalize(score);
    }

    /**
     * A row without weight, score and direction (templates that print neither).
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
     * @param met          whether the actual meets the target
     * @param note         未完成原因和改进措施
     * @param locator      where the row starts
     */
    public Indicator(String level1, String level2, String name, String value, Target target,
                     String midTermValue, String description, String basis, String actual,
                     Target actualParsed, Boolean met, String note, Locator locator) {
        this(level1, level2, name, value, target, midTermValue, description, basis, actual, actualParsed, met,
                note, null, null, null, locator);
    }

    /** @return {@code "产出指标/数量指标/参保人数(人) = ≥299.68万人"} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(level1).append('/').append(level2).append('/').append(name).append(" = ").append(value);
        if (actual != null) {
            b.append(" (actual ").append(actual).append(met == null ? "" : met ? ", met" : ", not met").append(')');
        }
        return b.toString();
    }
}
