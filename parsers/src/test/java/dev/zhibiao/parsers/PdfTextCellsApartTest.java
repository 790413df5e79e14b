package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext: a cell's pieces printed apart from it, put back (plain17, issue 17). */
class PdfTextCellsApartTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String... body) {
        return String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "项目资金\n（元）", "项目资金总额", "1,000.00",
                "一级指标", "二级指标", "三级指标", "指标值", String.join("\n\n", body)) + "\n";
    }

    @Test
    void aUnitAloneBelowTheIndicatorHeadingIsTheNameRestNotTheMoneyUnit() throws Exception {
        // 参保居民个人实际缴费标准(元): the name's bracketed unit printed apart between its value's two lines
        Document d = PdfTextReader.read(page("产出指标", "数量指标", "参保人数(人)", "≥40.8 万人", "参保居民个人实际缴费标准",
                "成年人≥270 元; 大中小学", "(元)", "生、儿童≥200 元", "质量指标", "重复参保人数(人)", "0"), "u.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("参保居民个人实际缴费标准(元)")
                && r.contains("成年人≥270 元; 大中小学生、儿童≥200 元")), rows.toString());
        // the money block keeps its own unit, printed above the heading
        assertTrue(d.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.text().equals("项目资金（元）"))),
                d.rows().toString());
    }
}
