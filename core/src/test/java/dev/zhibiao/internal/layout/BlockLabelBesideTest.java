package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.amount;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.codes;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.read;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A money block's label printed beside a middle row, one space before its item ({@link BlockLabelBeside}, layout31).
 */
class BlockLabelBesideTest {

    /**
     * The money block of the project sheet printed by Chromium ({@code pdftotext -layout} of disclosures.py seed 290210,
     * d6): {@code 项目资金} spans four rows and is printed beside the second, one space before its item; {@code （元）}
     * under it.
     */
    @Test
    void theBlockLabelBesideASecondRowIsCutOff() {
        SheetDraft d = read(row("项目资金总额", "700,000.00"), row("项目资金 年度资金申请总额", "700,000.00"),
                row("（元）", "其中：当年财政拨款", "630,000.00"), row("上年结转资金", "70,000.00"));
        assertEquals(List.of(amount("项目资金总额", "700000.00"), amount("年度资金申请总额", "700000.00"),
                amount("当年财政拨款", "630000.00"), amount("上年结转资金", "70000.00")), d.funding);
        assertEquals("元", d.fundingUnit);
        assertTrue(codes(d).contains("cell-split"), codes(d).toString());
    }

    /** Before any item is read the block is not open: the cell is left to the block's own rules. */
    @Test
    void notBeforeTheBlockIsOpen() {
        SheetDraft d = new SheetDraft();
        assertEquals(null, BlockLabelBeside.cut(List.of(row("项目资金 年度资金申请总额").cells().get(0),
                row("5").cells().get(0)), true, d));
        assertEquals(null, BlockLabelBeside.cut(List.of(row("项目资金 年度资金申请总额").cells().get(0),
                row("5").cells().get(0)), false, read(row("项目资金总额", "5"))));
        assertEquals(List.of(), codes(d));
    }
}
