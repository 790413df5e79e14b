package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext: a numbered goal printed again among the side labels before the last row's value (plain19, issue 17). */
class PdfTextGoalApartTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String... body) {
        return String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "一级指标", "二级指标", "三级指标", "指标值",
                String.join("\n\n", body)) + "\n";
    }

    @Test
    void theLastRowTakesTheValuePrintedAfterARepeatedGoal() throws Exception {
        // 工作满意度 / 成本指标 / 1、补助对象医药费按规定实报实销 / 产出指标 / ≥85.00(%)
        Document d = PdfTextReader.read(page("产出指标", "数量指标", "补助对象范围人次规模", "按文件完成补助人次", "质量指标",
                "补助对象政策内住院报销比例", "按规定实报实销", "满意度指标", "服务对象满意度指标", "工作满意度", "成本指标",
                "1、补助对象医药费按规定实报实销", "产出指标", "≥85.00(%)"), "g.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("工作满意度") && r.contains("≥85.00(%)")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("1、补助对象医药费按规定实报实销")), rows.toString());
        // the goal is kept as text after the table, and the repair recorded
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.cells().get(0).text().equals("1、补助对象医药费按规定实报实销")),
                d.rows().toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-goal-apart")),
                d.notes().toString());
    }

    @Test
    void numberedNamesAreNotTakenForGoals() throws Exception {
        // the names themselves numbered: a numbered piece after the labels is the next row's name
        Document d = PdfTextReader.read(page("产出指标", "数量指标", "1、补助对象范围人次规模", "≥100 人次", "质量指标",
                "2、补助对象政策内住院报销比例", "产出指标", "3、补助对象医药费按规定实报实销比例", "≥85.00(%)"), "n.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("3、补助对象医药费按规定实报实销比例") && r.contains("≥85.00(%)")), rows.toString());
    }
}
