package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PageFurniture}: what a printing program puts at each page's head and foot, and nothing else. */
class PageFurnitureTest {

    /** The numbers (1-based) of the lines marked as furniture. */
    private static List<Integer> marked(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] f = PageFurniture.lines(lines);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            if (f[i]) {
                out.add(i + 1);
            }
        }
        return out;
    }

    @Test
    void aBrowsersDateAndTitleAtTheHeadAndItsAddressAndCounterAtTheFoot() {
        String text = "12/6/26, 2:47 AM                 某局2024年部门预算公开\n"
                + "一级指标  二级指标  三级指标  指标值\n"
                + "产出指标  数量指标  参保人数(人)  ≥5万人\n"
                + "file:///tmp/d1.html                         1/2\n"
                + "\f12/6/26, 2:47 AM                 某局2024年部门预算公开\n"
                + "          质量指标  综合参保率  ≥95%\n"
                + "https://www.example.gov.cn/art/2024/1/5/art_1.html   2/2\n"
                + "\f";
        assertEquals(List.of(1, 4, 5, 7), marked(text));
    }

    @Test
    void pageNumbersInWordsOrCountingThePages() {
        assertEquals(List.of(2, 4, 6), marked("正文一\n- 1 -\n\f正文二\n第2页 共3页\n\f正文三\nPage 3 of 3\n"));
        // bare numbers that count the pages (from 3: a cover and contents before them unnumbered)
        assertEquals(List.of(2, 4, 6), marked("正文一\n3\n\f正文二\n4\n\f正文三\n5\n"));
        assertEquals(List.of(2, 4), marked("正文一\n1/2\n\f正文二\n2/2\n"));
    }

    @Test
    void aValuesLastLineAtAPagesFootIsNoPageNumber() {
        // 100 and 12/31 close their pages' tables: they count no pages
        assertEquals(List.of(), marked("产出指标  数量指标  完成率  ≥\n100\n\f满意度指标  满意度  ≥90%\n截止日期\n12/31\n"));
        // one number alone on one page of two counts nothing
        assertEquals(List.of(), marked("金额（万元）\n2\n\f正文\n结尾\n"));
        // a budget table's pages ending in small amounts that count two pages of six by chance, and amounts
        // repeated at the pages' feet beside them: no page numbers
        assertEquals(List.of(), marked("表1\n0.00\n\f表2\n1\n0.00\n\f表3\n2\n0.00\n\f表4\n7\n0.00\n\f表5\n0\n\f表6\n9\n"));
    }

    @Test
    void aHeadingRowRepeatedOnEveryPageIsNoFurniture() {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= 4; p++) {
            b.append(p > 1 ? "\f" : "").append("一级指标  二级指标  三级指标  指标值\n产出指标  数量指标  第").append(p)
                    .append("项  ≥1\n- ").append(p).append(" -\n");
        }
        assertEquals(List.of(3, 6, 9, 12), marked(b.toString()));
    }

    @Test
    void aPageTitleOnALineOfItsOwnBesideTheDate() {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            b.append(p > 1 ? "\f" : "").append("2026/12/6 02:47\n某局2024年部门预算公开\n正文第").append(p).append("页的内容\n")
                    .append("另一行\n");
        }
        assertEquals(List.of(1, 2, 5, 6, 9, 10), marked(b.toString()));
    }

    @Test
    void eachLineTakenOutIsANoteOnTheRowAfterIt() {
        List<Row> rows = List.of(Row.prose("正文一", Locator.line(1)), Row.prose("正文二", Locator.line(5)),
                Row.prose("正文三", Locator.line(12)));
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        PageFurniture.note(List.of(new PageFurniture.Line(3, "- 1 -"), new PageFurniture.Line(9, "- 2 -"),
                new PageFurniture.Line(14, "- 3 -")), rows, notes);
        assertEquals(null, notes.get(rows.get(0)));
        Diagnostic d = notes.get(rows.get(1)).get(0);
        assertEquals("page-furniture", d.code());
        assertEquals(Locator.line(3), d.position());
        assertTrue(d.message().contains("\"- 1 -\""), d.message());
        assertEquals(1, notes.get(rows.get(1)).size());
        // the last line, after every row, goes on the last row
        assertEquals(List.of(Locator.line(9), Locator.line(14)),
                notes.get(rows.get(2)).stream().map(Diagnostic::position).toList());
    }
    @Test
    void aSheetsTitleUnderTheDateOnSomePagesIsNoFurniture() {
        // five pages printed by a browser (date at the head, counter at the foot); three of them start a sheet whose
        // title stands right under the date: the title starts its sheets, it is not the page's title
        String[] rows = {"参保人数", "到位率", "满意度", "报销比例", "知晓率"};
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= 5; p++) {
            b.append(p > 1 ? "\f" : "").append("12/6/26, 2:13 PM\n")
                    .append(p % 2 == 1 ? "项目支出绩效目标申报表\n" : "产出指标\n").append(rows[p - 1]).append("\n")
                    .append(p).append("/5\n");
        }
        assertEquals(List.of(1, 4, 5, 8, 9, 12, 13, 16, 17, 20), marked(b.toString()));
        // the same title under the date on every page is what the browser prints as the page's title
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            all.append(p > 1 ? "\f" : "").append("12/6/26, 2:13 PM\n项目支出绩效目标申报表\n").append(rows[p - 1]).append("\n")
                    .append(p).append("/3\n");
        }
        assertEquals(List.of(1, 2, 4, 5, 6, 8, 9, 10, 12), marked(all.toString()));
    }

    @Test
    void aBrowsersAddressPrintedAmongATablesCellsIsFurniture() {
        // plain pdftotext prints the footer where its reading order meets it: after a level label, before the row
        String text = "12/6/26, 2:13 PM\n一级指标\n二级指标\n时效指标\nfile:///tmp/x/d4.html\n到位率\n=100%\n1/3\n"
                + "\f12/6/26, 2:13 PM\n成本指标\nfile:///tmp/x/d4.html\n人均补助标准\n312元\n2/3\n"
                + "\f12/6/26, 2:13 PM\n满意度\n≥90%\nfile:///tmp/x/d4.html\n3/3\n";
        assertEquals(List.of(1, 5, 8, 9, 11, 14, 15, 18, 19), marked(text));
        // a level label wrapped over two lines before it (产出指 / 标) too
        assertEquals(List.of(1, 6, 9, 10, 12, 15, 16, 19, 20),
                marked(text.replace("时效指标\n", "产出指\n标\n")));
        // after a sheet's header lines (not a level label) it stays where the address stands at no page's foot: only the
        // pages' ends are furniture there
        String header = "12/6/26, 2:13 PM\n项目资金总额\n960000\nfile:///tmp/x/d4.html\n年度总体目标\n1/2\n"
                + "\f12/6/26, 2:13 PM\n成本指标\nfile:///tmp/x/d4.html\n人均补助标准\n2/2\n";
        assertEquals(List.of(1, 6, 7, 9, 11), marked(header));
        // an address printed once as a cell's text, on one page, stays the cell's
        assertEquals(List.of(1, 7), marked("- 1 -\n公开信息\n公开网址\nhttps://www.example.gov.cn/a.html\n公开时间\n2024年1月\n"
                + "\f- 2 -\n正文\n结尾\n"));
    }

    @Test
    void aBrowsersAddressBesideATablesLabelCellOrHeadingIsFurniture() {
        // session 37 (plain39): plain pdftotext joined a level label and the row's name on the line before the address
        // (服务对象满意度指标 参保人员满意度（%）), or printed the address before the table's repeated column heading (指标值)
        String text = "12/6/26, 2:13 PM\n一级指标\n满意度指标\n服务对象满意度指标 参训人员满意度（%）\nfile:///tmp/x/d4.html\n"
                + "指标值\n≥90%\n1/3\n"
                + "\f12/6/26, 2:13 PM\n培训人数\n≥300人\nfile:///tmp/x/d4.html\n三级指标\n人均补助标准\n2/3\n"
                + "\f12/6/26, 2:13 PM\n满意度\n≥90%\nfile:///tmp/x/d4.html\n3/3\n";
        // main (6e3d322c): [1, 8, 9, 15, 16, 19, 20] — the addresses on lines 5 and 12 read as cells
        assertEquals(List.of(1, 5, 8, 9, 12, 15, 16, 19, 20), marked(text));
        // between a header's lines, after an amount and before a goal: the same address stands at page 2's foot, so it
        // is furniture there too (session 38, plain40; main 937d3337 kept line 4: [1, 6, 7, 10, 11])
        String header = "12/6/26, 2:13 PM\n项目资金总额\n960000\nfile:///tmp/x/d4.html\n年度总体目标\n1/2\n"
                + "\f12/6/26, 2:13 PM\n培训人数\n≥300人\nfile:///tmp/x/d4.html\n2/2\n";
        assertEquals(List.of(1, 4, 6, 7, 10, 11), marked(header));
    }

    @Test
    void anAddressTheBrowserPrintedAtAPagesFootIsFurnitureWhereverItStands() {
        // session 38 (plain40): plain pdftotext met the footer between a row's name and its value, at a page's last
        // lines (参保对象满意度(%) / address / ≥90% / 1/3) and after a page's first name (政策知晓率 / address / 100%);
        // the same address stands alone at page 3's foot, so the browser printed it: furniture wherever it stands
        String text = "12/6/26, 2:13 PM\n成本指标\n人均补助标准\n83.2元\n参保对象满意度(%)\nfile:///tmp/x/d4.html\n≥90%\n1/3\n"
                + "\f12/6/26, 2:13 PM\n政策知晓率\nfile:///tmp/x/d4.html\n100%\n2/3\n"
                + "\f12/6/26, 2:13 PM\n满意度\n≥90%\nfile:///tmp/x/d4.html\n3/3\n";
        // main (937d3337): [1, 8, 9, 13, 14, 17, 18] — the addresses on lines 6 and 11 read as the rows' values
        assertEquals(List.of(1, 6, 8, 9, 11, 13, 14, 17, 18), marked(text));
        // a web address on two pages, at neither's foot and beside no table cell, is the document's text: it stays
        assertEquals(List.of(1, 6), marked("- 1 -\n公开网址\nhttps://www.example.gov.cn/a.html\n公开时间\n2024年1月\n"
                + "\f- 2 -\n网址\nhttps://www.example.gov.cn/a.html\n正文\n结尾\n"));
    }

    /**
     * Three sheets of one form ending alike on their pages (disclosures-print-t370 d6 and -t371 d11, Chromium's prints,
     * {@code pdftotext -layout}): the table's last row, or its wrapped level-2 label's last line, stands at the same place
     * of three pages next to the page's number or the browser's address. A line holding a level label, or ending one
     * begun on the line above it, is a table's row (layout37).
     */
    @Test
    void aTablesLastRowRepeatedAtThreePagesFeetIsNoFurniture() {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            b.append(p > 1 ? "\f" : "").append("2026/12/6 02:47 某局部门预算公开\n").append("甲乙丙".charAt(p - 1)).append("项目\n")
                    .append("      满意度指标     服务对象满意度指标     参保人员对医保服务的满意度（%）   ≥90.00(%)\n")
                    .append("file:///tmp/d6.html                        ").append(p).append("/3\n");
        }
        assertEquals(List.of(1, 4, 5, 8, 9, 12), marked(b.toString()));
        b.setLength(0);
        for (int p = 1; p <= 3; p++) {
            b.append(p > 1 ? "\f" : "").append("甲乙丙".charAt(p - 1)).append("项目\n        服务对象满\n满意度指标       参保对象满意度(%)    ≥90.00(%)\n")
                    .append("        意度指标\n- ").append(p).append(" -\n");
        }
        assertEquals(List.of(5, 10, 15), marked(b.toString()));
    }
}
