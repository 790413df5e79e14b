package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A level-2 label of plain OCR text printed below the table's last indicator, its own row not read
 * as one ({@link LabelPlacement#centred}): it is dealt none of the rows above.
 */
class LabelBelowLastRowTest {
    private static int lineNo = 1;

    private static OcrTextRows.Line line(String... pieces) {
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(new Cell(p, new Locator(lineNo, 1, 1), Double.NaN));
        }
        lineNo++;
        return new OcrTextRows.Line(cells, 0);
    }

    private static Sheet read(OcrTextRows.Line... rows) {
        lineNo = 1;
        List<OcrTextRows.Line> lines = new ArrayList<>(List.of(
                line("项目支出绩效目标表"),
                line("项目名称", "城乡居民医疗保险补助"),
                line("一级指标", "二级指标", "三级指标", "指标值")));
        lines.addAll(List.of(rows));
        OcrTextRows.Result r = OcrTextRows.read(lines);
        List<Sheet> sheets = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes()));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    @Test
    void aLabelUnderTheLastRowTakesNoRowAbove() {
        Sheet s = read(
                line("指标1: 参保人数(人)", ">94万人"),
                line("产出指标", "数量指标", "指标2: 各级财政实际补助标准(元)", ">520元"),
                line("指标3: 个人实际缴费标准(元)", ">270元"),
                line("指标1: 重复参保人数(人)", "0"),
                line("质量指标", "指标2: 虚报参保人数(人)", "0"),
                line("指标3: 住院费用实际报销比例", ">60%"),
                line("、"),
                line("、"),
                line("满意度指标", "服务对象满意度指标"));
        List<String> level2 = s.indicators().stream().map(x -> x.level2()).toList();
        assertEquals(List.of("数量指标", "数量指标", "数量指标", "质量指标", "质量指标", "质量指标"), level2, s.toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("label-unplaced")), s.diagnostics().toString());
    }
}
