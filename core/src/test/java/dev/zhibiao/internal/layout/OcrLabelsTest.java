package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vocabulary words an OCR engine misread are read by their place, in OCR'd cells only. */
class OcrLabelsTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.3);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static List<Row> repaired(Row... rows) {
        return OcrLabels.repair(new OcrRepair.Result(List.of(rows), new IdentityHashMap<>())).rows();
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void threeLevelHeadingsReadLeftToRightInEachPeriod() {
        Row heading = table(ocr("绩效指标"), ocr("级消二"), ocr("一级指标。"), ocr("三级指标"), ocr("指标值"), ocr("二级指标"),
                ocr("二级指标"), ocr("三级指标村"), ocr("指标值"));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                texts(repaired(heading).get(0)));
        // printed text is never touched, nor a heading row already in order
        Row typed = table(new Cell("级消二", AT), new Cell("一级指标", AT), new Cell("三级指标", AT), new Cell("指标值", AT));
        assertEquals(texts(typed), texts(repaired(typed).get(0)));
    }

    private static Cell plain(String t) {
        return new Cell(t, AT, Double.NaN);
    }

    @Test
    void aPlainTextLineReadsOnlyLabelLikeCellsAsCategories() {
        // plain OCR text (no confidence): the line's pieces are not under the heading's columns
        Row heading = table(plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("指标值"), plain("全年实际完成值"));
        List<Row> out = OcrLabels.repair(new OcrRepair.Result(List.of(heading,
                table(plain("服务对象满意"), plain("参保对象满意度"), plain("≥85%"), plain("≥85%")),
                table(plain("效果振标"), plain("社会效益指标"), plain("政策知晓率"), plain("90%"))), new IdentityHashMap<>()), true).rows();
        assertEquals(List.of("服务对象满意", "参保对象满意度", "≥85%", "≥85%"), texts(out.get(1)));
        assertEquals("效益指标", texts(out.get(2)).get(0)); // the parent of the level-2 category beside it
        // a row as wide as the heading is placed under it: its level cells are read by their place
        List<Row> placed = OcrLabels.repair(new OcrRepair.Result(List.of(heading, table(plain("服务对象满意"), plain("参保对象满意度"),
                plain("满意度"), plain("≥85%"), plain("≥85%"))), new IdentityHashMap<>()), true).rows();
        assertEquals("服务对象满意度指标", texts(placed.get(1)).get(1));
        // rows that are not printed lines (a searchable PDF's, placed by geometry, no confidence either): read by place
        List<Row> pdf = repaired(heading, table(plain("服务对象满意"), plain("参保对象满意度"), plain("≥85%"), plain("≥85%")));
        org.junit.jupiter.api.Assertions.assertNotEquals(List.of("服务对象满意", "参保对象满意度", "≥85%", "≥85%"), texts(pdf.get(1)));
    }

    @Test
    void levelCellsReadAsTheClosestCategoryOfTheirLevel() {
        Row heading = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"));
        List<Row> out = repaired(heading, table(ocr("出标"), ocr("己工数量指标"), ocr("参保人数"), ocr("100人")),
                table(ocr("间寺度指标"), ocr("服务对象满意度指标"), ocr("满意度"), ocr("90%")),
                table(ocr(""), ocr("质量加指标和"), ocr("参保率"), ocr("90%")),
                table(ocr("象江意虑"), ocr("无关文字"), ocr("名称"), ocr("1")));
        assertEquals(List.of("产出指标", "数量指标"), texts(out.get(1)).subList(0, 2)); // 出标: the parent of 数量指标
        assertEquals("满意度指标", out.get(2).cells().get(0).text());
        assertEquals("质量指标", out.get(3).cells().get(1).text());
        // nothing close enough: left as read
        assertEquals(List.of("象江意虑", "无关文字"), texts(out.get(4)).subList(0, 2));
    }

    @Test
    void headerLabelsCloseToOneKnownLabel() {
        List<Row> out = repaired(new Row(List.of(ocr("长春市转移支付区域绩效自评表")), false, AT),
                table(ocr("转移支付(项目息和"), ocr("医疗救助资金")), table(ocr("中央主管部门"), ocr("国家医疗保障局")));
        assertEquals("转移支付(项目)名称", out.get(1).cells().get(0).text());
        assertEquals("医疗救助资金", out.get(1).cells().get(1).text());
    }

    @Test
    void theGoalsAndMoneyLabelsAreNoMisreadHeaderLabels() {
        // 绩效目标 is four characters of 绩效目标类型, 项目资金 of 项目资金名称: each is a label of its own block
        List<Row> out = repaired(new Row(List.of(ocr("城乡居民基本医疗保险工作经费绩效目标表")), false, AT),
                table(ocr("项目名称"), ocr("城乡居民基本医疗保险工作经费")), table(ocr("绩效目标"), ocr("确保城乡居民参保率100%")),
                table(ocr("绩效月目标"), ocr("完成全县参保缴费征缴工作")), table(ocr("项目资金"), ocr("年度资金总额"), ocr("11.25")));
        assertEquals("绩效目标", out.get(2).cells().get(0).text());
        assertEquals("绩效月目标", out.get(3).cells().get(0).text());
        assertEquals("项目资金", out.get(4).cells().get(0).text());
        assertEquals("转移支付(项目)名称", repaired(table(ocr("转移支付(项目息和"), ocr("医疗救助资金"))).get(0).cells().get(0).text());
    }

    @Test
    void aDoubtedLabelIsTheOneOtherSheetsPrintAtItsPlace() {
        Row good = table(ocr("地方主管部门"), ocr("省医疗保障局"), ocr(""), new Cell("资金使用单位", AT, 0.9), ocr("长春地区"));
        Row bad = table(ocr("地方主管部门"), ocr("省医疗保障局"), ocr(""), new Cell("全全用向 单", AT, 0.04), ocr("长春地区"));
        Row sure = table(ocr("地方主管部门"), ocr("省医疗保障局"), ocr(""), new Cell("全全用向 单", AT, 0.9), ocr("长春地区"));
        List<Row> out = repaired(good, bad, sure);
        assertEquals("资金使用单位", out.get(1).cells().get(3).text());
        assertEquals("全全用向 单", out.get(2).cells().get(3).text()); // the engine was sure of it
        assertEquals("长春地区", out.get(1).cells().get(4).text());
    }

    @Test
    void ratioAndClosest() {
        assertEquals(1.0, OcrLabels.ratio("数量指标", "数量指标"), 1e-9);
        assertEquals(0.8, OcrLabels.ratio("己工数量指标", "数量指标"), 1e-9);
        assertEquals(0.0, OcrLabels.ratio("甲乙", "丙丁"), 1e-9);
        assertNull(OcrLabels.closest("经济指标", List.of("经济成本指标", "经济效益指标"), 0.6), "two as close: none");
    }

    @Test
    void recoveryKeepsTheSheetAndReportsTheRepairs() {
        List<Row> rows = List.of(new Row(List.of(ocr("项目支出绩效目标表")), false, AT),
                table(ocr("项目名称"), ocr("城乡居民医疗保险补助")),
                table(ocr("绩效指标"), ocr("级消二"), ocr("一级指标。"), ocr("三级指标"), ocr("指标值")),
                table(ocr(""), ocr("出标"), ocr("数量指标"), ocr("参保人数"), ocr("100人")));
        List<Sheet> sheets = Recovery.recover(new Document("scan.tsv", rows));
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(1, s.indicators().size(), s.toString());
        assertEquals("产出指标", s.indicators().get(0).level1());
        assertEquals("数量指标", s.indicators().get(0).level2());
        assertTrue(s.diagnostics().stream().filter(d -> d.code().equals("ocr-repaired")).count() >= 3, s.diagnostics().toString());
    }

    private static Row title(String t) {
        return new Row(List.of(ocr(t)), false, AT);
    }

    @Test
    void aHeadingRowMisreadAsAWholeIsTheHeadingAnotherSheetPrints() {
        Row good = table(ocr("绩效指标"), ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("全年实际完成值"),
                ocr("未完成原因和改进措施"));
        Row misread = table(ocr("5有"), ocr("一和肖"), ocr("一人"), ocr(""), ocr("人"), ocr("全年实了完"), ocr("未成因和发"));
        Row indicator = table(ocr(""), ocr("产出指标"), ocr("数量指标"), ocr("参保人数"), ocr("≥623万人"), ocr("≥623万人"), ocr(""));
        List<Row> out = repaired(title("基本医疗保险补助资金绩效自评表"), good, indicator, title("长期护理保险补助资金绩效自评表"), misread,
                indicator);
        assertEquals(texts(good), texts(out.get(4)));
        assertEquals(texts(indicator), texts(out.get(5)));
        // a row with digits in two cells is no heading
        Row digits = table(ocr("5有"), ocr("一和肖"), ocr("一人"), ocr(""), ocr("人"), ocr("全年实了完1"), ocr("未成因和发"));
        assertEquals(texts(digits), texts(repaired(title("补助资金绩效自评表"), good, indicator, title("补助资金绩效自评表"), digits,
                indicator).get(4)));
        // printed text is never touched
        Row printed = new Row(misread.cells().stream().map(c -> new Cell(c.text(), AT)).toList(), true, AT);
        assertEquals(texts(printed), texts(repaired(title("补助资金绩效自评表"), good, title("补助资金绩效自评表"), printed).get(3)));
    }
}
