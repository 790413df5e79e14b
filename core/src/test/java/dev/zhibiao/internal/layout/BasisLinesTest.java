package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain OCR text of a department budget sheet's targets (绩效指标描述 | 指标值 | 指标值确定依据): the
 * heading's tall cells wrapped onto the next line, and rows whose description, value and basis wrap
 * round a name printed on one of their lines ({@link BasisLines}, {@link OcrTextRows#tailsBelow}).
 */
class BasisLinesTest {
    private static int lineNo = 1;

    private static OcrTextRows.Line line(String... pieces) {
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(new Cell(p, new Locator(lineNo, 1, 1), Double.NaN));
        }
        lineNo++;
        return new OcrTextRows.Line(cells, 0);
    }

    private static List<OcrTextRows.Line> sheet(OcrTextRows.Line... rows) {
        lineNo = 1;
        List<OcrTextRows.Line> lines = new ArrayList<>(List.of(
                line("3、城乡医疗救助补助资金绩效目标表"),
                line("项目名称", "城乡医疗救助补助资金"),
                line("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标", "指标值确定依"),
                line("值", "据")));
        lines.addAll(List.of(rows));
        return lines;
    }

    private static Sheet read(List<OcrTextRows.Line> lines) {
        OcrTextRows.Result r = OcrTextRows.read(lines);
        List<Sheet> sheets = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes()));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    private static List<String> rows(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            out.add(i.name() + "|" + i.value());
        }
        return out;
    }

    @Test
    void aHeadingsTallCellsWrappedOntoTheNextLineAreJoined() {
        lineNo = 1;
        List<Row> rows = OcrTextRows.rows(List.of(
                line("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标", "指标值确定依"),
                line("标", "值", "据")));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"),
                rows.get(0).cells().stream().map(Cell::text).toList());
        // the piece left over stays on its line
        assertEquals(List.of("标"), rows.get(1).cells().stream().map(Cell::text).toList());
        // a line under the heading that holds heading words itself is the heading (its heads above it): not taken
        lineNo = 1;
        List<Row> own = OcrTextRows.rows(List.of(
                line("绩效指标", "一级指", "全年实际完", "未完成原因和改"),
                line("二级指标", "三级指标", "指标值", "成值", "进措施")));
        assertEquals("全年实际完成值", own.get(own.size() - 1).cells().get(3).text());
    }

    /**
     * Each row prints its description, value and basis over two lines and its name on the second:
     * the first line (description, value, basis, no name) is read from its value and joined to the
     * name below; the basis on the name's line (the sheet's repeated basis text) is no value; a line
     * of a description and a basis whose description the sheet prints before a value is no
     * indicator.
     */
    @Test
    void rowsWrappedRoundTheirNamesAreReadFromTheirValues() {
        Sheet s = read(sheet(
                line("资助困难群众、弱势群体", ">30000人", "上级文件"),
                line("产出指标", "数量指标", "资助人口参加基本医疗保险人数", "参保人数", "政策"),
                line("重特大疾病救助", ">500人次", "上级文件"),
                line("医疗救助人次数", "人数", "政策"),
                line("资助困难群众、弱势群体", "上级文件"),
                line("效果指标", "社会效益指标", "医疗救助政策知晓率", "政策知晓率", ">85%", "政策")));
        assertEquals(List.of("资助人口参加基本医疗保险人数|≥30000人", "医疗救助人次数|≥500人次", "医疗救助政策知晓率|≥85%"), rows(s));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("cell-joined") && d.message().contains("without its name")),
                s.diagnostics().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.message().contains("basis text")));
    }
}
