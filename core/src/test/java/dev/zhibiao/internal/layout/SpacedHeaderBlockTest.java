package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet's header block printed as space-aligned text (pdftotext {@code -layout}), read by
 * {@link SpacedRows} and then {@link HeaderBlock}: two goal columns side by side under their headings
 * ({@link SpacedGoalColumns}), and a money block whose label is printed down its rows (项目资金 / （元）)
 * beside item labels wrapped around their amounts.
 */
class SpacedHeaderBlockTest {

    /** A line of tokens given as column, text pairs; the gap before each is the spaces since the last. */
    private static SpacedRows.Line line(int no, Object... colText) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        int end = 1;
        for (int i = 0; i < colText.length; i += 2) {
            int col = (Integer) colText[i];
            String text = (String) colText[i + 1];
            toks.add(new SpacedRows.Token(text, col, toks.isEmpty() ? 0 : col - end));
            end = col + text.length();
        }
        return new SpacedRows.Line(no, toks);
    }

    private static SheetDraft read(SpacedRows.Line... lines) {
        SheetDraft d = new SheetDraft();
        HeaderBlock.read(SpacedRows.rows(List.of(lines)), d);
        return d;
    }

    @Test
    void twoGoalColumnsAreReadApartByWhereTheirLinesArePrinted() {
        SheetDraft d = read(
                line(1, 8, "项目总目标", 44, "年度总体目标"),
                line(2, 8, "1、持续实施重特大疾病医疗救助"),
                line(3, 44, "1、持续实施重特大疾病医疗救助"),
                // the block's label centred on the merged cell, at the left of a middle line
                line(4, 1, "总体目标", 8, "2、加快推进医保支付方式改革和", 24, "DRG", 28, "试点工作。"),
                line(5, 44, "2、加快推进医保支付方式改革和", 60, "DRG", 64, "试点工作。"),
                line(6, 1, "总体目标"),
                // the right column's first word one space after the left's
                line(7, 8, "3、建立健全长效机制，巩固项目实施", 26, "3、稳步提高保障水平。"),
                line(8, 8, "成效。"));
        assertEquals(List.of("持续实施重特大疾病医疗救助", "加快推进医保支付方式改革和 DRG 试点工作。", "稳步提高保障水平。"), d.goals);
        assertEquals(List.of("持续实施重特大疾病医疗救助", "加快推进医保支付方式改革和 DRG 试点工作。", "建立健全长效机制，巩固项目实施 成效。"),
                d.midTermGoals);
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("label-merged") && x.message().contains("总体目标")));
    }

    @Test
    void theGoalColumnsEndAtTheIndicatorHeading() {
        List<Row> rows = SpacedRows.rows(List.of(
                line(1, 8, "项目总目标", 44, "年度总体目标"),
                line(2, 8, "1、巩固参保率。", 44, "1、巩固参保率。"),
                line(3, 1, "绩效指标", 12, "一级指标", 24, "二级指标", 36, "三级指标", 52, "指标值")));
        List<String> last = rows.get(rows.size() - 1).cells().stream().map(Cell::text).toList();
        assertTrue(last.containsAll(List.of("一级指标", "二级指标", "三级指标", "指标值")), last.toString());
    }

    @Test
    void aMoneyLabelWrappedAroundItsAmountBesideTheBlockLabelPrintedDownItsRows() {
        SheetDraft d = read(
                line(1, 8, "项目资金总额", 30, "890,000.00"),
                line(2, 8, "年度资金申请总"),
                line(3, 16, "890,000.00"),
                line(4, 1, "项目资金", 8, "额"),
                line(5, 1, "（元）", 8, "其中：当年财"),
                line(6, 16, "801,000.00"),
                line(7, 8, "政拨款"),
                line(8, 8, "上年结转资金", 30, "89,000.00"));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (FundingItem f : d.funding) {
            labels.add(f.label().replace("其中：", ""));
            amounts.add(f.amount());
        }
        assertEquals(List.of("项目资金总额", "年度资金申请总额", "当年财政拨款", "上年结转资金"), labels);
        assertEquals(List.of(new BigDecimal("890000"), new BigDecimal("890000"), new BigDecimal("801000"), new BigDecimal("89000")),
                amounts.stream().map(BigDecimal::stripTrailingZeros).map(b -> new BigDecimal(b.toPlainString())).toList());
        assertEquals("元", d.fundingUnit, "the unit printed under the block's label, not the assumed 万元");
    }
}
