package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An OCR'd table read row by row from word boxes without their page image ({@link Document#cellsUnseen}: no row
 * rules, each label on the line it was printed on) whose merged label cells print their text at their middle
 * ({@link CentredOcrGroups}): the first row carries no level-2 label, so each label is placed by the centred-label
 * rule. Rows whose cells were seen (the page image's) keep their labels where the cells put them.
 */
class CentredOcrGroupsTest {
    private static int line = 1;

    private static Cell ocr(String text) {
        return new Cell(text, new Locator(line, 1, 1), 0.9);
    }

    private static Row row(boolean table, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(ocr(t));
        }
        return new Row(cells, table, new Locator(line++, 1, 1));
    }

    private static Sheet read(Row... body) {
        return read(true, body);
    }

    private static Sheet read(boolean cellsUnseen, Row... body) {
        line = 1;
        List<Row> rows = new ArrayList<>(List.of(
                row(false, "项目支出绩效目标表"),
                row(true, "项目名称", "城乡居民医疗保险补助"),
                row(true, "一级指标", "二级指标", "三级指标", "指标值")));
        rows.addAll(List.of(body));
        List<Sheet> sheets = Recovery.recover(new Document("scan.tsv", rows, false, java.util.Map.of(), cellsUnseen));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    @Test
    void labelsAtTheMiddleOfTheirGroupsTakeTheRowsAroundThem() {
        Sheet s = read(
                row(true, "", "", "参保人数(人)", "≥94万人"),
                row(true, "产出指标", "数量指标", "各级财政实际补助标准(元)", "≥520元"),
                row(true, "", "", "个人实际缴费标准(元)", "≥270元"),
                row(true, "", "", "重复参保人数(人)", "0"),
                row(true, "", "质量指标", "虚报参保人数(人)", "0"),
                row(true, "", "", "住院费用实际报销比例", "≥60%"),
                row(true, "满意度指标", "服务对象满意度指标", "参保对象满意度(%)", "≥90%"));
        List<String> level2 = s.indicators().stream().map(x -> x.level2()).toList();
        assertEquals(List.of("数量指标", "数量指标", "数量指标", "质量指标", "质量指标", "质量指标", "服务对象满意度指标"), level2,
                s.toString());
        assertEquals("产出指标", s.indicators().get(0).level1(), s.toString());
        assertEquals("≥94万人", s.indicators().get(0).value(), s.toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("label-moved")), s.diagnostics().toString());
    }

    @Test
    void labelsOnTheirGroupsFirstRowsStayThere() {
        // the first row carries its label: the print puts labels at the top of their cells, none is moved
        Sheet s = read(
                row(true, "产出指标", "数量指标", "参保人数(人)", "≥94万人"),
                row(true, "", "", "各级财政实际补助标准(元)", "≥520元"),
                row(true, "", "质量指标", "重复参保人数(人)", "0"),
                row(true, "", "", "虚报参保人数(人)", "0"),
                row(true, "", "", "住院费用实际报销比例", "≥60%"),
                row(true, "满意度指标", "服务对象满意度指标", "参保对象满意度(%)", "≥90%"));
        List<String> level2 = s.indicators().stream().map(x -> x.level2()).toList();
        assertEquals(List.of("数量指标", "数量指标", "质量指标", "质量指标", "质量指标", "服务对象满意度指标"), level2, s.toString());
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("label-moved")), s.diagnostics().toString());
    }

    @Test
    void rowsWhoseCellsWereSeenKeepTheirLabels() {
        // the same rows read with the page image: a label on a middle row is the engine's loss, not a print's middle
        line = 1;
        Row[] body = {
            row(true, "", "", "参保人数(人)", "≥94万人"),
            row(true, "产出指标", "数量指标", "各级财政实际补助标准(元)", "≥520元"),
            row(true, "", "", "个人实际缴费标准(元)", "≥270元"),
            row(true, "", "", "重复参保人数(人)", "0"),
            row(true, "", "质量指标", "虚报参保人数(人)", "0"),
            row(true, "", "", "住院费用实际报销比例", "≥60%")};
        Sheet s = read(false, body);
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("label-moved")), s.diagnostics().toString());
        assertEquals("数量指标", s.indicators().get(3).level2(), s.toString());
    }
}
