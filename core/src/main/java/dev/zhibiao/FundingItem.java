package dev.zhibiao;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a sheet's money block (资金情况), amounts in the block's unit.
 *
 * @param label         the label as printed (simplified, no spaces, no trailing colon)
 * @param amount        target sheets: the amount, or null when empty
 * @param midTermAmount two-period target sheets: the 中期 amount, or null
 * @param budget        self-evaluation: 全年预算数, or null
 * @param executed      self-evaluation: 全年执行数, or null
 * @param rate          self-evaluation: 预算执行率 as a percent number (99.14), or null
 */
public record FundingItem(String label, @Nullable BigDecimal amount, @Nullable BigDecimal midTermAmount,
                          @Nullable BigDecimal budget, @Nullable BigDecimal executed, @Nullable BigDecimal rate) {

    /**
     * Checks the label; numbers are kept without trailing zeros.
     *
     * @param label         the label as printed (simplified, no spaces, no trailing colon)
     * @param amount        target sheets: the amount, or null when empty
     * @param midTermAmount two-period target sheets: the 中期 amount, or null
     * @param budget        self-evaluation: 全年预算数, or null
     * @param executed      self-evaluation: 全年执行数, or null
     * @param rate          self-evaluation: 预算执行率 as a percent number (99.14), or null
     */
    public FundingItem {
        Objects.requireNonNull(label, "label");
        amount = amount == null ? null : Quantity.normalize(amount);
        midTermAmount = midTermAmount == null ? null : Quantity.normalize(midTermAmount);
        budget = budget == null ? null : Quantity.normalize(budget);
        executed = executed == null ? null : Quantity.normalize(executed);
        rate = rate == null ? null : Quantity.normalize(rate);
    }

    /** @return {@code "年度金额 138486"} or {@code "年度资金总额 356145/353069 (99.14%)"} */
    @Override
    public String toString() {
        if (budget != null || executed != null || rate != null) {
            return label + " " + str(budget) + "/" + str(executed) + " (" + str(rate) + "%)";
        }
        return label + " " + str(amount) + (midTermAmount == null ? "" : " (mid-term " + str(midTermAmount) + ")");
    }

    private static String str(BigDecimal d) {
        return d == null ? "-" : d.toPlainString();
    }
}
