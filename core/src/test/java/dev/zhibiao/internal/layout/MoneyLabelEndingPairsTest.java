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

    /**
     * pdftotext-layout h6's third sheet: 预算数 and 其中：财政资金 wrapped round their amounts and cut into pieces ({@code 数 | 0 |
     * 政资金}): a label after a one-character piece is a piece too, a remnant, no item; amounts whose labels stand elsewhere
     * ({@code 6600000.00 | 6600000.00 | 其他资金}, the Chromium print of the same row) still end in an item.
     */
    @Test
    void aLabelAfterAOneCharacterPieceIsNoItem() {
        SheetDraft d = read(row("数", "0", "政资金"));
        assertEquals(List.of(), d.funding.stream().filter(f -> f.label().contains("政资金")).toList());
        SheetDraft apart = read(row("6600000.00", "6600000.00", "其他资金"));
        assertEquals(List.of(amount("其他资金", null)), apart.funding.stream().filter(f -> f.label().equals("其他资金")).toList());
    }
}
