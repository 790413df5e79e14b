package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext: goal lines of a two-column goals block printed among the indicator heading's words
 * ({@link PdfTextBandGoals}; plain34, issue 17: Chromium's prints of 部门预算项目支出绩效目标表).
 */
class PdfTextBandGoalsTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static final String HEAD = String.join("\n\n", "部门预算项目支出绩效目标表", "项目名称", "医疗救助补助资金",
            "项目总目标", "年度总体目标", "1、持续实施重特大疾病医疗救助", "2、年度救助对象人次规模与上年持平");

    private static final String ROWS = String.join("\n\n", "数量指标", "重特大疾病医疗救助人次占直接救助人次比例", "≥28.00(%)",
            "质量指标", "医疗救助对象覆盖范围", "逐步扩大", "效益指标", "社会效益指标", "困难群众看病就医方便程度", "明显提高",
            "满意度指标", "服务对象满意度指标", "工作满意度", "≥85.00(%)");

    @Test
    void goalLinesAmongTheHeadingWordsAreNoRows() throws Exception {
        // 一级指标 / 产出指标 / 2、… (three lines, the last a value's words) / 3、… / 绩效指标 / 1、… / 二级指标 / 三级指标 / 指标值
        String text = HEAD + "\n\n一级指标\n\n产出指标\n\n2、重点对象住院政策范围内个人自负医疗费用\n大病保险起付线以上部分年度限额内救助比例\n达到70%\n"
                + "3、年度救助对象人次规模与上年持平\n\n4、强化医疗救助规范管理。\n\n绩效指标\n\n1、持续实施重特大疾病医疗救助\n\n"
                + "二级指标\n\n三级指标\n\n指标值\n\n" + ROWS + "\n";
        Document d = PdfTextReader.read(text, "b.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("产出指标", "数量指标", "重特大疾病医疗救助人次占直接救助人次比例", "≥28.00(%)"))),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("满意度指标", "服务对象满意度指标", "工作满意度", "≥85.00(%)"))),
                rows.toString());
        List<List<String>> body = rows.subList(rows.indexOf(List.of("一级指标", "二级指标", "三级指标", "指标值")) + 1, rows.size());
        assertEquals(4, body.size(), rows.toString());
        assertTrue(body.stream().flatMap(List::stream).noneMatch(c -> c.contains("、") || c.equals("达到70%")
                || c.startsWith("大病保险")), rows.toString());
        // kept after the table as text (a remnant), and the repair recorded
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.cells().get(0).text().equals("4、强化医疗救助规范管理。")),
                d.rows().toString());
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.cells().get(0).text().equals("达到70%")), d.rows().toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-goals-in-heading")
                && n.message().startsWith("6 ")), d.notes().toString());
    }

    @Test
    void numberedNamesAfterTheHeadingStayRows() throws Exception {
        // numbered names printed after 三级指标 / 指标值 are the table's own
        String text = HEAD + "\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n产出指标\n\n数量指标\n\n1、补助对象范围人次规模\n\n≥100 人次\n\n"
                + "质量指标\n\n2、补助对象政策内住院报销比例\n\n≥85.00(%)\n";
        Document d = PdfTextReader.read(text, "n.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("1、补助对象范围人次规模") && r.contains("≥100 人次")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("2、补助对象政策内住院报销比例") && r.contains("≥85.00(%)")), rows.toString());
        assertEquals(0, d.notes().values().stream().flatMap(List::stream).filter(n -> n.code().equals("pdftotext-goals-in-heading")).count());
    }
}
