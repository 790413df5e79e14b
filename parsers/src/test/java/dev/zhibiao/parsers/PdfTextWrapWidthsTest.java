package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext: cells of one column printed in one paragraph, told apart by the widths the columns wrap at (plain19, issue 17). */
class PdfTextWrapWidthsTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String... body) {
        return String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "一级指标", "二级指标", "三级指标", "指标值",
                String.join("\n\n", body)) + "\n";
    }

    private static final String[] BODY = {"产出指标", "数量指标", "政策覆盖深度贫困地区农村贫困人口数量", "对符合条件农村贫困\n人口全覆盖",
        "明确保障对象范围", "出台文件予以明确", null, "质量指标", "至定点救治医疗机构就诊率", "≥90.00(%)",
        "农村贫困患者住院及门诊治疗目录外医疗费用\n比例", "≤10.00(%)", "农村贫困人口住院及门诊大病、慢性病和特殊\n疾病医疗费用个人自付比例控制在一定水平",
        "各地区根据实际情况\n确定具体标准", "时效指标", "一站式结算覆盖地区", "不低于上年"};

    private static String[] body(String paragraph) {
        String[] b = BODY.clone();
        b[6] = paragraph;
        return b;
    }

    @Test
    void aLineEndingAtAWidthNoColumnWrapsAtEndsItsCell() throws Exception {
        // the names column wraps at 20 wide characters, the values column at 9: a line of 14 followed by
        // more text is no wrap but two names without values printed close together
        Document d = PdfTextReader.read(page(body("确定贫困人口定点救助医疗机构\n建立规范的转诊制度")), "w.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("确定贫困人口定点救助医疗机构") && r.get(r.size() - 1).isEmpty()), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("建立规范的转诊制度")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("确定贫困人口定点救助医疗机构建立规范的转诊制度")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("至定点救治医疗机构就诊率") && r.contains("≥90.00(%)")), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-names-apart")),
                d.notes().toString());
    }

    @Test
    void aLineAtTheNamesColumnsWidthStillWraps() throws Exception {
        // 20 wide characters, as the column's other wrapped names: one name wrapped
        Document d = PdfTextReader.read(page(body("确定贫困人口定点救助医疗机构并建立规范的转诊\n制度")), "w.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("确定贫困人口定点救助医疗机构并建立规范的转诊制度")), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).noneMatch(n -> n.code().equals("pdftotext-names-apart")),
                d.notes().toString());
    }

    @Test
    void aShortLineOfANarrowColumnStillWraps() throws Exception {
        // 不低于上 / 年: a value column four characters wide wraps once on the page; no name cut there
        String[] b = body("确定贫困人口定点救助医疗机构并建立规范的转诊\n制度");
        b[b.length - 1] = "不低于上\n年";
        Document d = PdfTextReader.read(page(b), "w.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("一站式结算覆盖地区") && r.contains("不低于上年")), rows.toString());
    }
}
