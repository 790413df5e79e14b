package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heading rows the engine misread or left out, given back from the document's other heading rows. */
class OcrHeadingsTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.3);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static Row title(String t) {
        return new Row(List.of(ocr(t)), false, AT);
    }

    private static List<Row> repaired(Row... rows) {
        return OcrLabels.repair(new OcrRepair.Result(List.of(rows), new IdentityHashMap<>())).rows();
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    private static final List<String> HEADING = List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值",
            "未完成原因和改进措施");

    @Test
    void sheetsMisreadingTheirHeadingsDifferentlyStillLendItColumnByColumn() {
        // two sheets print the heading each with a cell misread (人 for 绩效指标, 指标什 for 指标值): they do
        // not agree word for word, but no place has two columns, so a third sheet's misread heading reads
        Row first = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标什"), ocr("全年实际完成值"),
                ocr("未完成原因和改进措施"));
        Row second = table(ocr("人"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("全年实际完成值"),
                ocr("未完成原因和改进措施"));
        Row misread = table(ocr("4"), ocr(""), ocr(""), ocr(""), ocr(""), ocr("全年实际完"), ocr("未完成原因和改"));
        Row indicator = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("参保人数"), ocr("≥623万人"), ocr("≥623万人"), ocr(""));
        List<Row> out = repaired(title("基本医疗保险补助资金绩效自评表"), misread, indicator, title("医疗救助资金绩效自评表"), first,
                indicator, title("离休干部医疗经费绩效自评表"), second, indicator);
        assertEquals(HEADING, texts(out.get(1)));
        // a width whose heading rows name two columns at one place lends nothing
        Row shifted = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("全年实际完成值"), ocr("未完成原因和改进措施"),
                ocr("绩效指标"));
        List<Row> none = repaired(title("基本医疗保险补助资金绩效自评表"), misread, indicator, title("医疗救助资金绩效自评表"), first,
                indicator, title("离休干部医疗经费绩效自评表"), shifted, indicator);
        assertEquals(texts(misread), texts(none.get(1)));
    }

    @Test
    void aBlankRowOverAnIndicatorIsTheHeadingTheEngineDidNotRead() {
        Row good = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("全年实际完成值"),
                ocr("未完成原因和改进措施"));
        Row blank = table(ocr(""), ocr(""), ocr(""), ocr(""), ocr(""), ocr(""), ocr(""));
        Row indicator = table(ocr(""), ocr("忆"), ocr(""), ocr("参保人数(人)"), ocr(""), ocr("≥623万人"), ocr(""));
        Row goals = table(ocr(""), ocr("目标1: 巩固参保率。"), ocr(""), ocr(""), ocr(""), ocr(""), ocr(""));
        List<Row> out = repaired(title("长期护理保险补助资金绩效自评表"), good, indicator, title("基本医疗保险补助资金绩效自评表"), goals,
                blank, indicator);
        assertEquals(HEADING, texts(out.get(5)));
        // a blank row with no indicator under it stays blank
        List<Row> kept = repaired(title("长期护理保险补助资金绩效自评表"), good, indicator, title("基本医疗保险补助资金绩效自评表"), blank,
                goals);
        assertEquals(texts(blank), texts(kept.get(4)));
    }

    @Test
    void aCellOfOnePeriodsHeadingReadsAsTheOtherPeriodPrintsIt() {
        Row heading = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("二级指标"),
                ocr("二级指标"), ocr("三级指标"), ocr("本示什"));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                texts(repaired(heading).get(0)));
        // two cells unlike the other half: not a doubled heading
        Row two = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("一级指标"),
                ocr("二级指标"), ocr("三织"), ocr("本示什"));
        assertEquals("本示什", texts(repaired(two).get(0)).get(8));
        // printed text is never touched
        Row printed = new Row(heading.cells().stream().map(c -> new Cell(c.text(), AT)).toList(), true, AT);
        assertEquals("本示什", texts(repaired(printed).get(0)).get(8));
    }
}
