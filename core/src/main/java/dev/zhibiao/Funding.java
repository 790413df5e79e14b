package dev.zhibiao;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sheet's money block: its unit and its lines in document order.
 *
 * @param unit  the unit the sheet states ({@code 万元}, {@code 元}), or null
 * @param items the lines
 */
public record Funding(@Nullable String unit, List<FundingItem> items) {

    /** No money block. */
    public static final Funding NONE = new Funding(null, List.of());

    /**
     * Copies the items.
     *
     * @param unit  the unit the sheet states ({@code 万元}, {@code 元}), or null
     * @param items the lines
     */
    public Funding {
        items = List.copyOf(items);
    }

    /** @return {@code "万元 [年度金额 138486, 中央资金 97109]"} */
    @Override
    public String toString() {
        return (unit == null ? "" : unit + " ") + items;
    }
}
