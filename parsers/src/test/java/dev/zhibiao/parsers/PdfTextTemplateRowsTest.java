package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Template tables whose cells plain pdftotext printed after the rows, numbered rows, two periods (tprint19). */
class PdfTextTemplateRowsTest {

    private static Piece p(String t, int line, Kind k) {
        return new Piece(t, line, k);
    }

    private static List<String> cells(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    private static List<String> messages(PdfTextWideTable.Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            for (Diagnostic d : t.notes().getOrDefault(r, List.of())) {
                out.add(d.message());
            }
        }
        return out;
    }

    /** A two-period table as plain pdftotext prints it (t05's shape): mid-term cells after the rows, then the annual heading and its cells. */
    private static List<Piece> twoPeriods() {
        return List.of(p("一级指标", 10, Kind.LABEL), p("二级指标", 12, Kind.LABEL), p("三级指标", 14, Kind.LABEL), p("中期指标值", 16, Kind.TEXT),
                p("产出指标", 18, Kind.LABEL), p("数量指标", 20, Kind.LABEL), p("本底调查保护区数量 30 处", 22, Kind.TEXT), p("10 处", 24, Kind.VALUE),
                p("产出指标", 26, Kind.LABEL), p("数量指标", 28, Kind.LABEL), p("监测站点建设数量", 30, Kind.TEXT), p("≥20 个", 32, Kind.VALUE),
                p("产出指标", 34, Kind.LABEL), p("成本指标", 36, Kind.LABEL), p("单个保护区调查成本", 38, Kind.TEXT), p("≤40 万元", 38, Kind.VALUE),
                p("满意度指标", 40, Kind.LABEL), p("服务对象满意 保护区管理机构满意", 42, Kind.TEXT), p("≥90%", 43, Kind.VALUE), p("度指标 度", 44, Kind.TEXT),
                p("≥60 个", 47, Kind.VALUE), p("年度指标值", 49, Kind.TEXT), p("≤40 万元", 51, Kind.VALUE), p("≥90%", 53, Kind.VALUE));
    }

    @Test
    void cellsPrintedAfterTheRowsFillTheRowsLackingThemAndTheAnnualHeadingIsRead() {
        List<Piece> in = twoPeriods();
        assertTrue(PdfTextTemplateRows.midThenLateValue(in, 0));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertNotNull(t);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), cells(t.rows().get(0)));
        // a value on its name's line is the column beside the name; the one printed apart is the annual one,
        // since the mid-term cell printed after the rows (≥60 个, before the annual heading) has to go somewhere left of it
        assertEquals(List.of("产出指标", "数量指标", "本底调查保护区数量", "30 处", "10 处"), cells(t.rows().get(1)));
        assertEquals(List.of("产出指标", "数量指标", "监测站点建设数量", "≥60 个", "≥20 个"), cells(t.rows().get(2)));
        // 成本指标 right after a level-1 label is the row's level-2 label, not a row of its own
        assertEquals(List.of("产出指标", "成本指标", "单个保护区调查成本", "≤40 万元", "≤40 万元"), cells(t.rows().get(3)));
        // a level-2 label and the name side by side, each wrapped; the value printed between their lines is beside the name
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "保护区管理机构满意度", "≥90%", "≥90%"), cells(t.rows().get(4)));
        assertEquals(List.of("年度指标值"), t.unplaced().stream().map(Piece::text).toList());
        List<String> m = messages(t);
        assertTrue(m.contains("heading read from words printed apart: 年度指标值 after the rows"), m.toString());
        assertTrue(m.contains("cell printed after the rows placed in its row under 中期指标值: ≥60 个"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("level-2 label and name printed side by side")), m.toString());
    }

    @Test
    void numberedRowsKeepTheirNumbersApartAndLateDirectionsFillTheirRows() {
        List<Piece> in = List.of(p("一级指标", 10, Kind.LABEL), p("二级指标", 12, Kind.LABEL), p("三级指标", 14, Kind.LABEL),
                p("指标性质", 16, Kind.TEXT), p("指标值", 16, Kind.LABEL),
                p("1", 18, Kind.VALUE), p("产出指标", 20, Kind.LABEL), p("数量指标", 22, Kind.LABEL), p("补助少年宫数量", 24, Kind.TEXT),
                p("定量", 26, Kind.TEXT), p("＝１２所 正向", 28, Kind.VALUE),
                p("2", 30, Kind.VALUE), p("产出指标", 32, Kind.LABEL), p("质量指标", 34, Kind.LABEL), p("活动开展达标率", 36, Kind.TEXT),
                p("定量", 38, Kind.TEXT), p("≥95%", 40, Kind.VALUE),
                p("3", 42, Kind.VALUE), p("效益指标", 44, Kind.LABEL), p("可持续影响指标", 46, Kind.LABEL), p("少年宫长效运行机制", 48, Kind.TEXT),
                p("定性", 48, Kind.TEXT),
                p("指标方向", 50, Kind.TEXT), p("正向", 52, Kind.TEXT), p("基本建立 正向", 54, Kind.TEXT));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertNotNull(t);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "指标方向"), cells(t.rows().get(0)));
        assertEquals(List.of("产出指标", "数量指标", "补助少年宫数量", "定量", "＝１２所", "正向"), cells(t.rows().get(1)));
        assertEquals(List.of("产出指标", "质量指标", "活动开展达标率", "定量", "≥95%", "正向"), cells(t.rows().get(2)));
        assertEquals(List.of("效益指标", "可持续影响指标", "少年宫长效运行机制", "定性", "基本建立", "正向"), cells(t.rows().get(3)));
        // the numbers are kept (as prose: no field holds them), never read as rows
        List<Piece> numbers = t.unplaced().stream().filter(q -> q.text().matches("\\d")).toList();
        assertEquals(List.of("1", "2", "3"), numbers.stream().map(Piece::text).toList());
        assertTrue(numbers.stream().allMatch(t::isProse));
    }

    @Test
    void aTailThatFillsNoRowIsLeftAsItWas() {
        // a cell after the rows that no empty cell takes: no assignment, nothing moved by this rule
        List<PdfTextLateCells.RowCells> rows = List.of(
                new PdfTextLateCells.RowCells(List.of(p("10 处", 5, Kind.VALUE)), 0),
                new PdfTextLateCells.RowCells(List.of(p("≥20 个", 9, Kind.VALUE)), 0));
        List<Column> cols = List.of(Column.L1, Column.L2, Column.NAME, Column.MID_VALUE, Column.VALUE);
        List<Piece> tail = List.of(p("≥60 个", 11, Kind.VALUE), p("≥30 个", 12, Kind.VALUE), p("≥40 个", 13, Kind.VALUE));
        assertNull(PdfTextLateCells.solve(rows, tail, new int[] {-1, -1, -1}, cols, 2));
        // one cell each: filled
        assertNotNull(PdfTextLateCells.solve(rows, tail.subList(0, 2), new int[] {-1, -1}, cols, 2));
    }

    @Test
    void sheetsUnderADocumentsHeadingAreSplitBeforeEachTitle() {
        // a document's heading, then two sheets, each title first (t12's page): split before the second title,
        // not after the first title's header lines
        String text = "某县 2023 年度项目绩效目标及自评情况\n一、项目支出绩效目标表\n（2023 年度）\n项目名称\n\n城乡环卫一体化运营补助\n\n"
                + "一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n产出指标\n\n数量指标\n\n覆盖乡镇数量\n\n14 个\n\n"
                + "二、项目支出绩效自评表\n（2023 年度）\n项目名称\n\n城乡环卫一体化运营补助\n\n一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n";
        List<List<PdfTextReader.Line>> pages = PdfTextReader.pages(text);
        assertEquals(2, pages.size(), pages.toString());
        assertEquals("某县 2023 年度项目绩效目标及自评情况", pages.get(0).get(0).text());
        assertTrue(pages.get(0).stream().anyMatch(l -> l.text().equals("14 个")));
        assertEquals("二、项目支出绩效自评表", pages.get(1).get(0).text());
        // a body line before the first title (a table value): no such split
        List<PdfTextReader.Line> body = List.of(new PdfTextReader.Line(1, "14 个", 0), new PdfTextReader.Line(2, "一、项目支出绩效目标表", 0));
        assertTrue(!PdfTextTemplateRows.underHeading(body, 1));
    }

    @Test
    void aValueWrappedInItsCellIsJoinedButACellOnTheNextLineIsNot() {
        assertTrue(PdfTextLateCells.wrapOf(p("2026 年 12 月", 5, Kind.VALUE), p("底前", 6, Kind.TEXT)));
        assertTrue(!PdfTextLateCells.wrapOf(p("基本建立", 5, Kind.VALUE), p("正向", 6, Kind.TEXT)));
        assertTrue(!PdfTextLateCells.wrapOf(p("2026 年 12 月", 5, Kind.VALUE), p("底前", 8, Kind.TEXT)));
    }
}
