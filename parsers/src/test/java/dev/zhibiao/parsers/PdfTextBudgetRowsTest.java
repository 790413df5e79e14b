package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext: the department budget form's indicator cells printed one paragraph each (budget20, issue 17). */
class PdfTextBudgetRowsTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String... body) {
        return String.join("\n\n", "1、某某补助资金绩效目标表", "450002 某县医疗保障局", "项目编码", "450-0201-JXN-2T53",
                "项目名称", "某某补助资金", "预算规模及资金用\n途", "预算数 90100.00", "其中：财政资\n金", "90100.00", "其他资金",
                "资金支出计划（%）", "绩效目标", "单位：元", "3 月底", "12 月底", "100.00", "1、确保参保率 100%", "一级指标", "二级指标",
                "三级指标", "绩效指标描述", "指标值", "指标值确定依\n据", String.join("\n\n", body)) + "\n";
    }

    @Test
    void eachValueTakesTheCellsAroundIt() throws Exception {
        Document d = PdfTextReader.read(page("数量指标", "农村人口参加医疗保险\n率", "城乡居民基本医疗保险参保\n率", "≥100\n%",
                "上级文件政策", "效果指标", "社会效益指标", "政策知晓率", "参保居民熟知医保政策达到", "≥90%", "上级文件政策",
                "满意度指\n标", "服务对象满意度指\n标", "受益人口满意度", "报销对象的满意程度", "≥90%", "上级文件政策"), "b.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "农村人口参加医疗保险率", "城乡居民基本医疗保险参保率", "≥100%",
                "上级文件政策")), rows.toString());
        assertTrue(rows.contains(List.of("效果指标", "社会效益指标", "政策知晓率", "参保居民熟知医保政策达到", "≥90%", "上级文件政策")),
                rows.toString());
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "受益人口满意度", "报销对象的满意程度", "≥90%", "上级文件政策")),
                rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-budget-rows")),
                d.notes().toString());
    }

    @Test
    void aValueWithoutNameLeavesItsBasisAsText() throws Exception {
        // the second value's name is printed elsewhere: its basis is not taken for the third row's name
        Document d = PdfTextReader.read(page("质量指标", "定点医疗机构监管 全县定点医疗机构监管，保基金安全", "≥90", "按上级文件\n政策",
                "≥90", "按上级文件\n政策", "≥90", "按上级文件\n政策"), "b.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("产出指标", "质量指标", "定点医疗机构监管", "全县定点医疗机构监管，保基金安全", "≥90", "按上级文件政策")),
                rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.size() > 2 && r.get(2).equals("按上级文件政策")), rows.toString());
        // the unplaced cells are kept as text
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.text().contains("≥90")), d.rows().toString());
    }

    @Test
    void aBlockPrintedColumnByColumnGivesNoRow() throws Exception {
        // the first value after the heading has no name before it: names, values and labels are printed as columns
        Document d = PdfTextReader.read(page("≥3000\n0人", "上级文件\n政策", "≥300", "上级文件", "人次", "数量指标",
                "产出指\n标", "质量指标", "医疗救助政策知晓率", "资助参保人员政策知晓率", "≥85%", "上级文件政策"), "b.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().noneMatch(r -> r.size() == 6 && r.contains("≥85%")), rows.toString());
        assertTrue(d.rows().stream().anyMatch(r -> !r.table() && r.text().equals("医疗救助政策知晓率")), d.rows().toString());
    }
}
