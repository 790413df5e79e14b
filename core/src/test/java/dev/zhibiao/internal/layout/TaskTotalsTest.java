package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.amount;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.codes;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.read;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A department's annual tasks table whose money heading spans heads of its own (部门整体支出绩效目标申报表,
 * templates t21: 预算金额（万元） over 总额 | 财政拨款 | 其他资金) closes with a total row: where the sheet
 * prints no money block, that row is the department's money (TaskTotals, tasks-total).
 */
class TaskTotalsTest {

    private static final String[] LABEL = {"年度主要任务", "任务名称", "主要内容", "预算金额（万元）"};

    @Test
    void theTotalRowUnderTheMoneyHeadsIsTheSheetsMoney() {
        SheetDraft d = read(row("部门（单位）名称", "某县农业农村局"),
                row(LABEL),
                row("总额", "财政拨款", "其他资金"),
                row("耕地保护与粮食生产", "落实耕地地力保护补贴", "3200", "3200", "0"),
                row("金额合计", "5000", "4820", "180"),
                row("年度总体目标", "粮食播种面积稳定。"));
        assertEquals(List.of(amount("总额", "5000"), amount("财政拨款", "4820"), amount("其他资金", "180")), d.funding);
        assertEquals("万元", d.fundingUnit);
        assertTrue(codes(d).contains("tasks-total"), codes(d).toString());
        // the tasks and the heads stay remnants; the total row's cells were placed
        assertTrue(d.remnants.contains("耕地保护与粮食生产") && d.remnants.contains("总额"), d.remnants.toString());
        assertFalse(d.remnants.contains("金额合计") || d.remnants.contains("5000"), d.remnants.toString());
        assertEquals(List.of("粮食播种面积稳定。"), d.goals);
    }

    @Test
    void aPdfRowWithTheTaskTextBesideTheHeadsKeepsOnlyTheShortHeads() {
        SheetDraft d = read(row(LABEL),
                row("落实耕地地力保护补贴，稳定粮食播种面积推广主导品种和主推技术", "总额", "财政拨款", "其他资金"),
                row("金额合计", "5000", "4820", "180"));
        assertEquals(List.of(amount("总额", "5000"), amount("财政拨款", "4820"), amount("其他资金", "180")), d.funding);
    }

    @Test
    void aSheetsOwnMoneyBlockWinsAndTheTotalStaysARemnant() {
        SheetDraft d = read(row("年度预算申请（万元）", "资金总额", "2860"),
                row(LABEL),
                row("总额", "财政拨款", "其他资金"),
                row("金额合计", "5000", "4820", "180"));
        assertEquals(List.of(amount("资金总额", "2860")), d.funding);
        assertFalse(codes(d).contains("tasks-total"));
        assertTrue(d.remnants.contains("5000"), d.remnants.toString());
    }

    @Test
    void amountsThatDoNotMatchTheHeadsAreNotRead() {
        SheetDraft d = read(row(LABEL),
                row("总额", "财政拨款", "其他资金"),
                row("金额合计", "5000", "4820"));
        assertTrue(d.funding.isEmpty(), d.funding.toString());
        assertTrue(d.remnants.contains("金额合计"), d.remnants.toString());
    }
}
