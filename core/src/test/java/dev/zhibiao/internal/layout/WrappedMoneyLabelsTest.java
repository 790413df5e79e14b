package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.amount;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.codes;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.read;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A money item's label wrapped round its amount ({@link WrappedMoneyLabels}, layout31). */
class WrappedMoneyLabelsTest {

    /**
     * The money block of a project sheet printed by Chromium ({@code pdftotext -layout} of disclosures.py seed 290210,
     * d9's second sheet): two labels in a narrow column wrapped round their amounts, the block's label and unit
     * between.
     */
    @Test
    void labelsWrappedRoundTheirAmounts() {
        SheetDraft d = read(row("项目资金总额", "1,384,860,000.00"), row("年度资金申请总"), row("1,384,860,000.00"), row("额"),
                row("项目资金"), row("（元）"), row("其中：当年财政"), row("1,246,374,000.00"), row("拨款"),
                row("上年结转资金", "138,486,000.00"));
        assertEquals(List.of(amount("项目资金总额", "1384860000.00"), amount("年度资金申请总额", "1384860000.00"),
                amount("当年财政拨款", "1246374000.00"), amount("上年结转资金", "138486000.00")), d.funding);
        assertEquals(2, codes(d).stream().filter("money-label-wrapped"::equals).count(), codes(d).toString());
    }

    /** A first half that is a money label already, or a joined label that is none, is left alone. */
    @Test
    void onlyHalvesThatAreOneLabelTogether() {
        SheetDraft d = new SheetDraft();
        List<Row> rows = List.of(row("其他资金"), row("5"), row("额"), row("项目名"), row("5"), row("称"));
        assertSame(rows, WrappedMoneyLabels.join(rows, d));
        assertEquals(List.of(), codes(d));
    }
}
