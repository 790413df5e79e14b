package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void rowspanAndColspanAreExpandedIntoTheGrid() throws ReadException {
        String html = """
                <table>
                <tr><td colspan="2">项目名称</td><td>某项目</td></tr>
                <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>≥5人</td></tr>
                <tr><td>质量指标</td><td>100%</td></tr>
                </table>""";
        Document d = HtmlReader.read(html, "t.html");
        assertEquals(3, d.rows().size());
        assertEquals(List.of("项目名称", "", "某项目"), texts(d.rows().get(0)));
        assertEquals(List.of("产出指标", "数量指标", "≥5人"), texts(d.rows().get(1)));
        assertEquals(List.of("", "质量指标", "100%"), texts(d.rows().get(2)));
        assertTrue(d.rows().stream().allMatch(Row::table));
        // locators: source line of the row, grid column of the cell
        assertEquals(4, d.rows().get(2).at().line());
        assertEquals(2, d.rows().get(2).cells().get(1).at().column());
        assertEquals(4, d.rows().get(2).cells().get(1).at().line());
    }

    @Test
    void spansThatOverlapAndRunPastTheTableAreClamped() throws ReadException {
        String html = "<table><tr><td rowspan=9 colspan=2>a</td><td>b</td></tr><tr><td colspan=x>c</td></tr></table>";
        Document d = HtmlReader.read(html, "t.html");
        assertEquals(2, d.rows().size());
        assertEquals(List.of("a", "", "b"), texts(d.rows().get(0)));
        assertEquals(List.of("", "", "c"), texts(d.rows().get(1)));
    }

    @Test
    void paragraphsAndBreaksInsideCellsBecomeLineBreaks() throws ReadException {
        // core joins a name wrapped so between Chinese characters; other white space is one space
        String html = "<table><tr><td>年度目标</td><td><p>目标1：巩固参保率。</p><p>目标2：稳步提高。</p></td>"
                + "<td>工作人员<br>参加培训&nbsp;次数</td></tr></table>";
        Row r = HtmlReader.read(html, "t.html").rows().get(0);
        assertEquals(List.of("年度目标", "目标1：巩固参保率。\n目标2：稳步提高。", "工作人员\n参加培训 次数"), texts(r));
    }

    @Test
    void textOutsideTablesIsProseAndSeveralTablesKeepTheirOrder() throws ReadException {
        String html = """
                <html><head><title>ignored</title><style>td{}</style></head><body>
                <h2>项目支出绩效目标表</h2>
                <p>（2023年度）</p>
                <table><tr><td>项目名称</td><td>甲</td></tr></table>
                <div>第二张<br>另起一行</div>
                <h2>部门整体绩效目标表</h2>
                <table><tbody><tr><th>项目名称</th><td>乙</td></tr></tbody></table>
                <script>var x = "<td>";</script>
                </body></html>""";
        Document d = HtmlReader.read(html, "t.html");
        List<String> seen = d.rows().stream().map(r -> (r.table() ? "T:" : "P:") + r.text()).toList();
        assertEquals(List.of("P:项目支出绩效目标表", "P:（2023年度）", "T:项目名称 甲", "P:第二张", "P:另起一行",
                "P:部门整体绩效目标表", "T:项目名称 乙"), seen);
        assertEquals(2, d.rows().get(0).at().line());
        assertFalse(d.rows().get(0).table());
    }

    @Test
    void nestedTablesAreRowsOfTheirOwnAndLayoutTablesAreTransparent() throws ReadException {
        String html = """
                <table><tr><td><h3>绩效目标表</h3>
                  <table><tr><td>项目名称</td><td>甲</td></tr></table>
                </td></tr></table>
                <table><tr><td>备注</td><td>见下表<table><tr><td>x</td><td>y</td></tr></table></td></tr></table>""";
        Document d = HtmlReader.read(html, "t.html");
        List<String> seen = d.rows().stream().map(r -> (r.table() ? "T:" : "P:") + String.join("|", texts(r))).toList();
        assertEquals(List.of("P:绩效目标表", "T:项目名称|甲", "T:备注|见下表", "T:x|y"), seen);
    }

    @Test
    void hiddenCellsAndEmptyRowsAreSkipped() throws ReadException {
        String html = "<table><tr></tr><tr><td>a</td><td style=\"display: none\">secret</td><td>b</td></tr></table>";
        Document d = HtmlReader.read(html, "t.html");
        assertEquals(1, d.rows().size());
        assertEquals(List.of("a", "b"), texts(d.rows().get(0)));
    }

    @Test
    void aDocumentWithoutTextIsAnError() {
        ReadException e = assertThrows(ReadException.class,
                () -> HtmlReader.read("<html><body><table><tr><td> </td></tr></table></body></html>", "blank.html"));
        assertTrue(e.getMessage().startsWith("blank.html: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aPageWithoutSheetsIsAOneLineErrorNamingTheFile() {
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(
                "<html><body><p>通知</p><table><tr><td>a</td><td>b</td></tr></table></body></html>"
                        .getBytes(StandardCharsets.UTF_8), "notice.html", Format.AUTO));
        assertTrue(e.getMessage().startsWith("notice.html: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void htmlIsDetectedFromContentAndGbkIsDecoded() throws ReadException {
        String html = "<html><head><meta charset=\"gbk\"></head><body><table><tr><td>项目名称</td></tr></table></body></html>";
        byte[] gbk = html.getBytes(java.nio.charset.Charset.forName("GBK"));
        String text = Readers.decode(gbk, "x.txt");
        assertEquals(Format.HTML, Detector.detect(text, "x.txt"));
        assertEquals("项目名称", HtmlReader.read(text, "x.txt").rows().get(0).text());
    }

    @Test
    void aPageWithALongHeadIsStillDetectedAsHtml() {
        String page = "<!DOCTYPE html>\n<html><head><style>" + "td { font-family: 仿宋; }\n".repeat(400)
                + "</style></head><body><p>项目支出绩效目标表</p><table><tr><td>项目名称</td><td>x</td></tr></table></body></html>";
        assertEquals(Format.HTML, Detector.detect(page, "page"));
        String bare = "<div>\n" + "<p>说明文字</p>\n".repeat(500) + "<table><tr><td>a</td></tr></table></div>";
        assertEquals(Format.HTML, Detector.detect(bare, "page"));
    }

    @Test
    void markdownAroundHtmlTablesIsReadToo() throws ReadException {
        String doc = String.join("\n",
                "::: TRS_Editor",
                "**[项目支出绩效目标表]{style=\"font-size:16pt\"}**",
                "",
                "[（2023年度）]{style=\"font-size:10.5pt\"}",
                "",
                "<table><tr><td colspan=\"2\">项目名称</td><td>某项目</td></tr></table>",
                "",
                "| | | | |",
                "|---|---|---|---|",
                "| [一级指标]{lang=\"ZH-CN\"} | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 参保人数\\[1\\] | ≥5人 |",
                ":::");
        Document d = HtmlReader.read(doc, "t.md");
        List<String> prose = d.rows().stream().filter(r -> !r.table()).map(Row::text).toList();
        assertEquals(List.of("项目支出绩效目标表", "（2023年度）"), prose);
        Row last = d.rows().get(d.rows().size() - 1);
        assertEquals(List.of("产出指标", "数量指标", "参保人数[1]", "≥5人"), texts(last));
        assertEquals(11, last.at().line());
        assertEquals(Format.HTML, Detector.detect(doc, "t.md"));
    }

    @Test
    void aPageOfPreformattedTextIsReadAsThatText() throws ReadException {
        // a table laid out with spaces in a <pre> (a text pasted into a web page): read as the text
        // would be, on the page's own line numbers
        String html = "<html><body>\n<h1>通知</h1>\n<pre>2024年度项目支出绩效目标表\n"
                + "一级指标    二级指标        三级指标            指标值\n"
                + "产出指标    数量指标        培训人数            &ge;500人\n"
                + "效益指标    社会效益指标    就业率              &ge;80%\n</pre></body></html>";
        Document d = HtmlReader.read(html, "t.html");
        Row row = d.rows().stream().filter(r -> texts(r).contains("培训人数")).findFirst().orElseThrow();
        assertEquals(List.of("产出指标", "数量指标", "培训人数", "≥500人"), texts(row));
        assertEquals(5, row.at().line());
        assertEquals(1, dev.zhibiao.read.Zhibiao.reader().read(html, "t.html").get(0).indicators().stream()
                .filter(x -> x.name().equals("就业率") && x.value().equals("≥80%")).count());
    }

    @Test
    void preformattedTextAmongTablesKeepsItsLines() throws ReadException {
        String html = "<pre>项目名称：农村公路养护\n主管部门：县交通运输局</pre>"
                + "<table><tr><td>一级指标</td><td>指标值</td></tr></table>";
        List<String> prose = HtmlReader.read(html, "t.html").rows().stream().filter(r -> !r.table())
                .map(r -> String.join("|", texts(r))).toList();
        assertEquals(List.of("项目名称：农村公路养护", "主管部门：县交通运输局"), prose);
    }

    @Test
    void aFilledInFormShowsItsFieldsValues() throws ReadException {
        // a web form saved as a page: the values are in the fields, not in the text
        String html = "<table><tr><td>项目名称</td><td><input type=\"text\" value=\"农村公路养护\"></td></tr>"
                + "<tr><td>年度绩效目标</td><td><textarea>完成养护320公里。</textarea></td></tr>"
                + "<tr><td>满意度</td><td><select><option>良好</option><option selected>优秀</option></select></td></tr>"
                + "<tr><td><input type=\"checkbox\" checked></td><td><input type=\"radio\"><input type=\"hidden\" value=\"x\">"
                + "<input type=\"password\" value=\"p\"></td></tr></table>";
        List<Row> rows = HtmlReader.read(html, "t.html").rows();
        assertEquals(List.of("项目名称", "农村公路养护"), texts(rows.get(0)));
        assertEquals(List.of("年度绩效目标", "完成养护320公里。"), texts(rows.get(1)));
        assertEquals(List.of("满意度", "优秀"), texts(rows.get(2)));
        assertEquals(List.of("√", ""), texts(rows.get(3)), "a ticked box is a tick; hidden and password fields show nothing");
    }

    @Test
    void tablesDrawnWithoutTableElements() throws ReadException {
        // a web application's grid (ARIA roles), a CSS layout by class and by inline style
        String html = "<style>.tr { display: table-row } .td, .th { display:table-cell; border: 1px solid }</style>"
                + "<div role=\"grid\"><div role=\"row\"><span role=\"columnheader\">一级指标</span>"
                + "<span role=\"columnheader\">指标值</span></div>"
                + "<div role=\"row\"><span role=\"gridcell\">产出指标</span><span role=\"gridcell\">≥5人</span></div></div>"
                + "<div class=\"tr\"><div class=\"th\">三级指标</div><div class=\"td\">培训人数</div></div>"
                + "<div style=\"display:table-row\"><p style=\"display: table-cell\">效益指标</p><p style=\"display:table-cell\">明显</p></div>"
                + "<div><p>一段</p><p>正文</p></div>";
        List<Row> rows = HtmlReader.read(html, "t.html").rows();
        assertEquals(List.of("一级指标", "指标值"), texts(rows.get(0)));
        assertEquals(List.of("产出指标", "≥5人"), texts(rows.get(1)));
        assertEquals(List.of("三级指标", "培训人数"), texts(rows.get(2)));
        assertEquals(List.of("效益指标", "明显"), texts(rows.get(3)));
        assertTrue(rows.subList(0, 4).stream().allMatch(Row::table));
        assertFalse(rows.get(4).table(), "paragraphs in a div are prose");
    }

    @Test
    void aGridStyleSpelledWithCharacterReferencesIsStillRead() throws ReadException {
        // the source names no "display" and no "role" as written: the scan that lets a page skip the grid test
        // (HtmlFields.GridStyle.of(html, src)) must not skip this one, whose styles spell it by references
        String html = "<div style=\"&#100;isplay:table-row\"><p style=\"&#x64;isplay: table-cell\">效益指标</p>"
                + "<p style=\"&#100;isplay:table-cell\">明显</p></div>";
        List<Row> rows = HtmlReader.read(html, "t.html").rows();
        assertEquals(List.of("效益指标", "明显"), texts(rows.get(0)));
        assertTrue(rows.get(0).table());
        // and a page without either word nor a reference reads its real tables as before
        List<Row> plain = HtmlReader.read("<table><tr><td>产出指标</td><td>≥5人</td></tr></table>", "t.html").rows();
        assertEquals(List.of("产出指标", "≥5人"), texts(plain.get(0)));
    }
}
