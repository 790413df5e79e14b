package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row of plain OCR text printed over two lines, its label cut in its cell and the ends of its
 * other cells beside the label's end ({@link WrappedRowTails}), and the name column's width taken
 * from names of one printed line only ({@link PrintedLines#cellWidth}).
 */
class WrappedRowTailsTest {
    private int n;

    private OcrTextRows.Line line(String... pieces) {
        n++;
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(new Cell(p, new Locator(n, null, 1), Double.NaN));
        }
        return new OcrTextRows.Line(cells, 0);
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    @Test
    void aRowsSecondLineIsJoinedBackOncePerHalf() {
        List<Cell> above = new ArrayList<>(line("社会效益", "确保医疗保障工作", "明显", "社会效益", "确保医疗保障工作", "明显").cells());
        List<Diagnostic> notes = WrappedRowTails.join(above, line("指标", "顺利开展", "改善", "指标", "顺利开展", "改善").cells(), 1);
        assertEquals(List.of("社会效益指标", "确保医疗保障工作顺利开展", "明显改善", "社会效益指标", "确保医疗保障工作顺利开展", "明显改善"),
                texts(above));
        assertEquals(6, notes.size());
        assertTrue(notes.stream().allMatch(d -> d.code().equals("cell-joined")));
        assertEquals(4, notes.stream().filter(WrappedRowTails::joined).count(), "the cells' notes mark the row as two lines");
    }

    @Test
    void noRowsEndWhereThePiecesAreSpecksOrTheCountsDiffer() {
        List<Cell> above = new ArrayList<>(line("社会效益", "确保医疗保障工作", "明显").cells());
        // single characters only: as likely the engine's specks as a cell's end
        assertNull(WrappedRowTails.join(above, line("指标", "了", "这").cells(), 1));
        // one piece below for two cells above it
        assertNull(WrappedRowTails.join(above, line("指标", "顺利开展改善").cells(), 1));
        // a line that does not open with the label's end
        assertNull(WrappedRowTails.join(above, line("顺利开展", "改善").cells(), 0));
        assertEquals(List.of("社会效益", "确保医疗保障工作", "明显"), texts(above));
        // a number with its unit is a whole value: a piece printed under it is a speck, not its end
        List<Cell> whole = new ArrayList<>(line("产出", "数量指标", "检查定点药店、医院", ">24次").cells());
        assertNull(WrappedRowTails.join(whole, line("指标", "的次数", "人").cells(), 0));
        assertEquals(">24次", whole.get(3).text());
    }

    @Test
    void aJoinedRowsFirstLineMeasuresItsCell() {
        List<OcrTextRows.Line> lines = List.of(
                line("县级项目支出绩效目标表"),
                line("项目名称", "县及经办机构工作经费"),
                line("中期目标(2020-2022年)", "年度目标"),
                line("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                line("产出指标", "数量指标", "见习临聘人员工资", "≥3", "产出指标", "数量指标", "见习临聘人员工资", "≥3"),
                line("检查药店、医院的完", "检查药店、医院的完"),
                line("成率", "100%", "成率", "100%"),
                line("效益指标", "社会效益", "确保医疗保障工作顺利", "明显", "效益指标", "社会效益", "确保医疗保障工作顺利", "明显"),
                line("指标", "开展", "改善", "指标", "开展", "改善"));
        OcrTextRows.Result r = OcrTextRows.read(lines);
        Sheet sheet = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes())).get(0);
        List<String> names = sheet.indicators().stream().map(Indicator::name).toList();
        // the cell is as wide as the joined row's first line (ten characters): 见习临聘人员工资, two
        // characters short of it, is a whole name, and the nine characters of 检查药店、医院的完 go on below
        assertEquals(List.of("见习临聘人员工资", "检查药店、医院的完成率", "确保医疗保障工作顺利开展"), names);
    }

    @Test
    void aNameOfTwoPrintedLinesIsNoMeasureOfItsCell() {
        List<OcrTextRows.Line> lines = List.of(
                line("县级项目支出绩效目标表"),
                line("项目名称", "县及经办机构工作经费"),
                line("中期目标(2020-2022年)", "年度目标"),
                line("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"),
                line("产出", "数量指标", "检查定点药店、医", "≥24", "产出", "数量指标", "检查定点药店、医", "≥24"),
                line("指标", "院的次数", "次", "指标", "院的次数", "次"),
                line("见习临聘人员工资", "≥3", "见习临聘人员工资", "≥3"),
                line("检查药店、医院的", "100", "检查药店、医院的", "100"),
                line("完成率", "%", "完成率", "%"),
                line("效益指标", "社会效益", "确保医疗保障工作", "明显", "效益指标", "社会效益", "确保医疗保障工作", "明显"),
                line("指标", "顺利开展", "改善", "指标", "顺利开展", "改善"));
        OcrTextRows.Result r = OcrTextRows.read(lines);
        Sheet sheet = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes())).get(0);
        List<String> names = sheet.indicators().stream().map(Indicator::name).toList();
        // the rows printed over two lines, joined by the reader
        assertTrue(names.contains("检查定点药店、医院的次数"), names::toString);
        assertTrue(names.contains("确保医疗保障工作顺利开展"), names::toString);
        // a name that fills its cell's width (as wide as 见习临聘人员工资) goes on below it: the two joined
        // names, each printed in both halves, are twice that width and are not the cell's
        assertTrue(names.contains("检查药店、医院的完成率"), names::toString);
        assertTrue(!names.contains("完成率"), names::toString);
    }
}
