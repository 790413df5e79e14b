package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A self-evaluation line of plain OCR text ending in one text twice ({@link RepeatedValueRows}). */
class RepeatedValueRowsTest {
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
                line("城乡居民医疗救助补助资金转移支付区域(项目)绩效自评表"),
                line("转移支付(项目)名称", "城乡居民医疗救助补助资金"),
                line("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施")));
        lines.addAll(List.of(rows));
        OcrTextRows.Result r = OcrTextRows.read(lines);
        List<Sheet> sheets = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes()));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    /**
     * {@code 开展门诊统筹 | 普遍开展 | 普遍开展} under rows whose labels were printed on other lines: the
     * shift that fits the three cells to the heading read the name as a level-2 label and the target
     * as the name; the text printed twice is the target and what was done, the cell before it the name.
     */
    @Test
    void theCellBeforeATextPrintedTwiceIsTheName() {
        Sheet s = read(
                line("参保人数(人)", ">623万人", ">623万人"),
                line("产出指标", "数量指标", "重复参保人数(人)", "0", "0"),
                line("基金滚存结余可支付月数(月)", "6-9", "6-9"),
                line("开展门诊统筹", "普遍开展", "普遍开展"),
                line("满意度指标", "服务对象满意度指标", "参保对象满意度", ">85%", ">85%"));
        Indicator row = s.indicators().stream().filter(i -> "开展门诊统筹".equals(i.name())).findFirst().orElseThrow(
                () -> new AssertionError(s.toString()));
        assertEquals("普遍开展", row.value(), s.toString());
        assertEquals("普遍开展", row.actual(), s.toString());
        assertTrue(s.indicators().stream().noneMatch(i -> "开展门诊统筹".equals(i.level2())), s.toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("row-realigned") && d.message().contains("one text twice")),
                s.diagnostics().toString());
    }

    /** Two different texts, or a category before the pair, keep the reading the heading gave. */
    @Test
    void differentTextsOrACategoryBeforeThemStay() {
        Sheet s = read(
                line("产出指标", "数量指标", "重复参保人数(人)", "0", "0"),
                line("社会效益指标", "有效缓解", "有效缓解"),
                line("满意度指标", "服务对象满意度指标", "参保对象满意度", ">85%", ">85%"));
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.message().contains("one text twice")), s.diagnostics().toString());
        assertTrue(s.indicators().stream().noneMatch(i -> "社会效益指标".equals(i.name())), s.toString());
    }
}
