package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.amount;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.read;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A money label ending a row of label/amount pairs with no amount after it ({@link MoneyRows#lastLabelWithoutAmount}, tmpl32). */
class MoneyLabelEndingPairsTest {

    /**
     * pdftotext-layout-chromium h6's second sheet: the budget text's money row printed above its wrapped 预算规模及 / 资金用途
     * label, read as header pairs; its last label has no amount and is an item, not a remnant.
     */
    @Test
    void theLastLabelIsAnItemWithNoAmount() {
        SheetDraft d = read(row("预算数", "230000.00", "其中：财政资金", "230000.00", "其他资金"));
        assertEquals(List.of(amount("预算数", "230000.00"), amount("财政资金", "230000.00"), amount("其他资金", null)), d.funding);
        assertEquals(List.of(), d.remnants);
    }

    /** A cell that is no money label, or a money label not after an amount, stays a remnant. */
    @Test
    void otherCellsStayRemnants() {
        SheetDraft d = read(row("预算数", "230000.00", "其中：财政资金", "230000.00", "城乡居民"));
        assertEquals(List.of("城乡居民"), d.remnants);
    }
}
