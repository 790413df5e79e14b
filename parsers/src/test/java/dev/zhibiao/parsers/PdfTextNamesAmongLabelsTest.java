package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext: name cells of several groups printed with their labels between, then the values (plain18, issue 17). */
class PdfTextNamesAmongLabelsTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String... body) {
        return String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "一级指标", "二级指标", "三级指标", "指标值",
                String.join("\n\n", body)) + "\n";
    }

    @Test
    void namesOfSeveralGroupsThenAsManyValuesAreZippedTheLabelsKeptBeforeTheirNames() throws Exception {
        Document d = PdfTextReader.read(page("产出指标", "质量指标", "参保人政策范围内住院费用报销比例", "基金滚存结余可支配月数(月)",
                "时效指标", "中央财政补助资金到位率", "省级财政补助资金到位率", "成本指标", "中央财政补助资金人均补助标准",
                "≥45.00(%)", "逐步推开", "=100.00(%)", "=100.00(%)", "312 元", "满意度指标", "服务对象满意度指标",
                "参保对象满意度(%)", "≥90.00(%)"), "z.txt");
        List<List<String>> rows = tableRows(d);
        List<List<String>> body = rows.subList(rows.size() - 6, rows.size());
        // blank label cells are the merged cells above them (carried down when the sheet is read)
        assertEquals(List.of(List.of("产出指标", "质量指标", "参保人政策范围内住院费用报销比例", "≥45.00(%)"),
                List.of("产出指标", "", "基金滚存结余可支配月数(月)", "逐步推开"),
                List.of("", "时效指标", "中央财政补助资金到位率", "=100.00(%)"),
                List.of("", "", "省级财政补助资金到位率", "=100.00(%)"),
                List.of("", "成本指标", "中央财政补助资金人均补助标准", "312 元"),
                List.of("满意度指标", "服务对象满意度指标", "参保对象满意度(%)", "≥90.00(%)")), body, rows.toString());
        // the repair is recorded on the sheet
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-names-zipped")
                && n.message().startsWith("5 names")), d.notes().toString());
    }

    @Test
    void valuesFewerThanTheNamesAmongLabelsLeaveThemAsPrinted() throws Exception {
        // two values for three names: nothing tells which name lacks its value, no zip
        Document d = PdfTextReader.read(page("产出指标", "质量指标", "参保人政策范围内住院费用报销比例", "基金滚存结余可支配月数(月)",
                "时效指标", "中央财政补助资金到位率", "≥45.00(%)", "=100.00(%)", "满意度指标", "服务对象满意度指标",
                "参保对象满意度(%)", "≥90.00(%)"), "z.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().noneMatch(r -> r.contains("参保人政策范围内住院费用报销比例") && r.contains("≥45.00(%)")),
                rows.toString());
    }

    @Test
    void aDateLineGoingOnWithHanCharactersStartsAName() throws Exception {
        // 2019 年 12 月 31 日前中央 / 财政补助资金到位率: one name wrapped after its date, not a deadline value
        Document d = PdfTextReader.read(page("产出指标", "时效指标", "2019 年 12 月 31 日前中央\n财政补助资金到位率", "=100.00(%)",
                "2019 年 12 月 31 日前省级\n财政补助资金到位率", "=100.00(%)"), "t.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("2019 年 12 月 31 日前中央财政补助资金到位率") && r.contains("=100.00(%)")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("2019 年 12 月 31 日前省级财政补助资金到位率")), rows.toString());
    }

    @Test
    void theValuesMayOpenWithAWordedValue() throws Exception {
        // 对健全…的作用 / 政策知晓率 / 满意度指标 / 服务对象满意度指标 / 工作满意度 / 成效明显 / ≥80.00(%) / ≥85.00(%)
        Document d = PdfTextReader.read(page("效益指标", "可持续影响指标", "对健全医疗保障制度体系的作用", "政策知晓率", "满意度指标",
                "服务对象满意度指标", "工作满意度", "成效明显", "≥80.00(%)", "≥85.00(%)"), "w.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("对健全医疗保障制度体系的作用") && r.contains("成效明显")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("政策知晓率") && r.contains("≥80.00(%)")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("工作满意度") && r.contains("≥85.00(%)")), rows.toString());
    }

    @Test
    void aFullLineEndingAsANameEndsCutsTheParagraphWhenTheValuesCountOneMoreName() throws Exception {
        // the names of a column printed in one paragraph; 参保人住院费用实际报销比例 fills its line as a wrapped
        // line does, but the values after the names are one more than the names read by line widths
        Document d = PdfTextReader.read(page("产出指标", "质量指标",
                "参保人政策范围内住院费用报\n销比例\n参保人住院费用实际报销比例\n实行按病种(组)、按人头付费\n等支付方式改革",
                "时效指标", "中央财政补助资金到位率", "≥45.00(%)", "≥55.00(%)", "逐步推开", "=100.00(%)", "满意度指标",
                "服务对象满意度指标", "参保对象满意度(%)", "≥90.00(%)"), "n.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("参保人住院费用实际报销比例") && r.contains("≥55.00(%)")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("实行按病种(组)、按人头付费等支付方式改革") && r.contains("逐步推开")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("中央财政补助资金到位率") && r.contains("=100.00(%)")), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-names-cut")),
                d.notes().toString());
    }
}
