package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation's header block printed tight with {@code pdftotext -layout} (no blank line between rows), read by
 * {@link SpacedRows} then {@link HeaderBlock}: a money item's label wrapped around its figures, figures printed one space
 * apart, and the goals' two columns 预期目标 | 实际完成情况 whose block label is printed beside a line below them.
 */
class SpacedSelfEvaluationTest {

    private static SheetDraft read(String... text) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (!text[i].isBlank()) {
                in.add(LaidOutLines.line(i + 1, text[i], 0));
            }
        }
        SheetDraft d = new SheetDraft();
        HeaderBlock.read(SpacedRows.rows(in), d);
        return d;
    }

    @Test
    void anItemsLabelWrappedAroundItsFiguresIsOneRow() {
        List<String> rows = LaidOutLines.rows(
                "资金情况        年初预算数   全年预算数   全年执行数   执行率",
                "（万元）  项目资金   300.00      310.00      305.00      98.39%",
                "       其中：项目支",
                "             200.00      210.00      210.00      100% —",
                "       出",
                "一级指标   二级指标   三级指标   年度指标值   实际完成值");
        // one row, its label joined (项目支出 names no money by the vocabulary's words), 100% and — two cells
        assertTrue(rows.contains("4:其中：项目支出|200.00|210.00|210.00|100%|—"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("5:")), rows.toString());
    }

    @Test
    void twoOneWordLinesThatAreLabelsOfTheirOwnAreNotJoined() {
        List<String> rows = LaidOutLines.rows(
                "资金情况        年初预算数   全年预算数   全年执行数   执行率",
                "       其中：财政拨款",
                "             200.00      210.00      210.00      100%",
                "       其他资金",
                "一级指标   二级指标   三级指标   年度指标值   实际完成值");
        assertTrue(rows.stream().noneMatch(r -> r.contains("财政拨款其他资金")), rows.toString());
    }

    @Test
    void figuresOneSpaceApartInAMoneyRowAreCellsOfTheirOwn() {
        assertTrue(HeaderCells.figuresApart("100%", "—"));
        assertTrue(HeaderCells.figuresApart("830.50", "830.50"));
        // a telephone number's parts, a year and its month: one cell
        assertFalse(HeaderCells.figuresApart("0791", "86668888"));
        assertFalse(HeaderCells.figuresApart("2.1", "万亩"));
    }

    @Test
    void theGoalsAndWhatWasDoneAreReadApartUnderTheirHeadings() {
        SheetDraft d = read(
                "         预期目标                           实际完成情况",
                "年度总体目标                                 修缮乡村道路 12 公里，完成",
                "         修缮乡村道路 10 公里。",
                "                                            率 120%。");
        assertEquals(List.of("修缮乡村道路 10 公里。"), d.goals);
        assertEquals("修缮乡村道路 12 公里，完成率 120%。", d.attributes.get("实际完成情况"));
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("label-merged")));
    }

    @Test
    void aGoalsSentenceThatMentionsCompletionIsNoHeading() {
        assertTrue(CompletionBlock.isCompletionHeading("实际完成情况"));
        assertTrue(CompletionBlock.isCompletionHeading("全年实际完成情况"));
        assertFalse(CompletionBlock.isCompletionHeading("根据项目完成情况拨付资金。"));
        assertFalse(CompletionBlock.isCompletionHeading("完成情况 2"));
    }

    @Test
    void theMoneyItemWrappedAroundItsFiguresReadsItsAmounts() {
        SheetDraft d = read(
                "                年初预算数   全年预算数   全年执行数   执行率",
                "资金情况  项目资金   300.00      310.00      305.00      98.39%",
                "（万元）",
                "       其中：项目支",
                "             200.00      210.00      210.00      100%",
                "       出");
        var item = d.funding.stream().filter(f -> "其中：项目支出".equals(f.label()) || "项目支出".equals(f.label())).findFirst();
        assertTrue(item.isPresent(), d.funding.toString());
        assertEquals(0, new BigDecimal("210").compareTo(item.get().budget()), d.funding.toString());
    }

    @Test
    void underTheLabelAndBothHeadingsALineOfTheRightColumnAloneIsWhatWasDone() {
        SheetDraft d = read(
                "年度总体目",
                "      预期目标                           实际完成情况",
                "标",
                "       修缮乡村道路",
                "                                       修缮乡村道路 12 公里，完成",
                "       10 公里。",
                "                                       率 120%。");
        assertEquals(List.of("修缮乡村道路 10 公里。"), d.goals);
        assertEquals("修缮乡村道路 12 公里，完成率 120%。", d.attributes.get("实际完成情况"));
    }

    @Test
    void aRowNumberingItsCellsFromTheLabelsColumnIsReadInOrder() {
        // a PDF's rows: the heading row 年度总体目标 | 预期目标 | 实际完成情况, the row below goal | completion at cells 1 | 2
        List<Row> rows = List.of(
                new Row(List.of(new Cell("年度总体目标", new dev.zhibiao.Locator(1, 1, null)),
                        new Cell("预期目标", new dev.zhibiao.Locator(1, 2, null)),
                        new Cell("实际完成情况", new dev.zhibiao.Locator(1, 3, null))), true, dev.zhibiao.Locator.line(1)),
                new Row(List.of(new Cell("修缮乡村道路 10 公里。", new dev.zhibiao.Locator(2, 1, null)),
                        new Cell("修缮乡村道路 12 公里。", new dev.zhibiao.Locator(2, 2, null))), true, dev.zhibiao.Locator.line(2)));
        SheetDraft d = new SheetDraft();
        HeaderBlock.read(rows, d);
        assertEquals(List.of("修缮乡村道路 10 公里。"), d.goals);
        assertEquals("修缮乡村道路 12 公里。", d.attributes.get("实际完成情况"));
    }
}
