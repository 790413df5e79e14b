package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext of Chromium's prints (plain38, issue 17): a name's last line printed after the value ending its middle line. */
class PdfTextNameRestAfterValueTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String text(String middle, String last) {
        return String.join("\n\n",
                "部门预算项目支出绩效目标表", "项目名称", "医疗救助补助资金",
                "一级指标", "产出指标", "二级指标", "指标值", "数量指标",
                "重特大疾病医疗救助人次占直接救助人\n≥28.00(%)\n次比例", "质量指标",
                "重点对象住院政策范围内个人自负医疗\n" + middle + "\n" + last,
                "时效指标", "“一站式”即时结算覆盖地区", "不低于上\n年",
                "三级指标") + "\n";
    }

    @Test
    void theParagraphsLastLineAfterAValueEndingTheMiddleLineIsTheNamesRest() throws Exception {
        Document d = PdfTextReader.read(text("费用大病保险起付线以上部分年度限额 ≥70.00(%)", "内救助比例"), "p.txt");
        List<List<String>> rows = tableRows(d);
        // main: …年度限额 | ≥70.00(%) and a row 内救助比例 with no value
        assertTrue(rows.contains(List.of("", "质量指标", "重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例",
                "≥70.00(%)")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("内救助比例")), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream)
                .anyMatch(n -> n.code().equals("pdftotext-name-rest-after-value")), d.notes().toString());
    }

    @Test
    void aLastLineWiderThanTheLineItWouldContinueIsNoRest() throws Exception {
        // the line after is as wide as a whole name: another cell, not the name's rest
        Document d = PdfTextReader.read(text("费用年度限额 ≥70.00(%)", "参保人住院费用实际报销比例测算"), "p.txt");
        assertFalse(d.notes().values().stream().flatMap(List::stream)
                .anyMatch(n -> n.code().equals("pdftotext-name-rest-after-value")), d.notes().toString());
    }
}
