package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellPerLineReaderTest {

    private static List<Row> rows(String text) {
        Document d = CellPerLineReader.read(text, "t.txt");
        assertEquals("t.txt", d.source());
        return d.rows();
    }

    private static List<String> cells(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void blankLinesSeparateRowsAndEachTabbedLineIsACell() {
        String text = "项目绩效目标表\n"
                + "\t项目名称\n\t某项目\n\n"
                + "\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n"
                + "\t产出指标\n\t数量指标\n\t参保人数\n\t≥100人\n\n\n";
        List<Row> rows = rows(text);
        assertEquals(4, rows.size());
        assertFalse(rows.get(0).table());
        assertEquals("项目绩效目标表", rows.get(0).text());
        assertEquals(List.of("项目名称", "某项目"), cells(rows.get(1)));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), cells(rows.get(2)));
        assertEquals(List.of("产出指标", "数量指标", "参保人数", "≥100人"), cells(rows.get(3)));
        assertTrue(rows.get(3).table());
        // locators: row at its first line, each cell at its own line with its 1-based index
        assertEquals(Locator.line(10), rows.get(3).at());
        assertEquals(new Locator(12, 3, null), rows.get(3).cells().get(2).at());
    }

    @Test
    void emptyCellsAreKeptInPlace() {
        List<Row> rows = rows("\t资金支出计划（%）\n\t3月底\n\t6月底\n\n\t\n\t\n\t100.00\n\n\n");
        assertEquals(2, rows.size());
        assertEquals(List.of("", "", "100.00"), cells(rows.get(1)));
        assertEquals(new Locator(7, 3, null), rows.get(1).cells().get(2).at());
    }

    @Test
    void untabbedParagraphAfterOneBlankLineContinuesTheLastCell() {
        String text = "\t绩效目标\n\t1、保证救助正常开展。\n\n2、提高满意度。\n\n\n"
                + "\t一级指标\n\t二级指标\n";
        List<Row> rows = rows(text);
        assertEquals(2, rows.size());
        assertEquals(List.of("绩效目标", "1、保证救助正常开展。\n2、提高满意度。"), cells(rows.get(0)));
        assertEquals(List.of("一级指标", "二级指标"), cells(rows.get(1)));
    }

    @Test
    void continuedCellInTheMiddleOfARowKeepsTheRowOpen() {
        // a cell of two paragraphs followed directly by the next cell of the same row
        List<Row> rows = rows("\t目标\n\t1、甲\n\n2、乙\n\t备注\n\n\t下一行\n");
        assertEquals(2, rows.size());
        assertEquals(List.of("目标", "1、甲\n2、乙", "备注"), cells(rows.get(0)));
        assertEquals(List.of("下一行"), cells(rows.get(1)));
    }

    @Test
    void continuationThatFollowsAnEmptyCellFillsIt() {
        List<Row> rows = rows("\t资金用途\n\t\n\n用于补助\n\n\n");
        assertEquals(1, rows.size());
        assertEquals(List.of("资金用途", "用于补助"), cells(rows.get(0)));
    }

    @Test
    void proseAfterATableIsNotAContinuation() {
        // a table ends with the row's blank line and one more: what follows is prose
        List<Row> rows = rows("\t甲\n\t乙\n\n\n第二部分\n预算项目绩效目标\n");
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).table());
        assertFalse(rows.get(1).table());
        assertEquals("第二部分", rows.get(1).text());
        assertFalse(rows.get(2).table());
    }

    @Test
    void aTitleAndYearPrintedAsRowsSpanningTheTableAreProse() {
        // Word documents that put the title and the year line in the table's first (merged) rows:
        // the export prints each as a one-cell row, right after the previous sheet's last row
        String text = "\t满意度指标\n\t服务对象满意度指标\n\t政策知晓率\n\t≥95%\n\n"
                + "\t项目支出绩效目标表\n\n\t\n\t（2023年度）\n\t\n\n"
                + "\t项目名称\n\t某资金\n\n\n";
        List<Row> rows = rows(text);
        assertEquals(4, rows.size());
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "政策知晓率", "≥95%"), cells(rows.get(0)));
        assertFalse(rows.get(1).table());
        assertEquals("项目支出绩效目标表", rows.get(1).text());
        assertEquals(Locator.line(6), rows.get(1).at());
        assertFalse(rows.get(2).table());
        assertEquals("（2023年度）", rows.get(2).text());
        assertEquals(Locator.line(9), rows.get(2).at());
        assertEquals(List.of("项目名称", "某资金"), cells(rows.get(3)));
    }

    @Test
    void aTitleRowWhoseCellOpensWithAnEmptyParagraphIsLocatedAtItsText() {
        // the export prints the cell's empty first paragraph on the tabbed line, the title under it
        List<Row> rows = rows("\t甲\n\t乙\n\n\n\t\n项目支出绩效目标表\n\n\t（2023年度）\n\n\t项目名称\n\t某资金\n\n\n");
        assertEquals(4, rows.size());
        assertFalse(rows.get(1).table());
        assertEquals("项目支出绩效目标表", rows.get(1).text());
        assertEquals(Locator.line(6), rows.get(1).at());
        assertFalse(rows.get(2).table());
        assertEquals(Locator.line(8), rows.get(2).at());
    }

    @Test
    void longerTitleFormsAreTitlesToo() {
        // 绩效目标自评表 (a self-evaluation of targets) in a spanning row, and after a row as prose
        List<Row> rows = rows("\t甲\n\t乙\n\n\t离休医疗费补助资金绩效目标自评表\n\n"
                + "\t项目名称\n\t某资金\n\n某资金绩效评价表\n\t项目名称\n\t某资金\n\n\n");
        assertEquals(5, rows.size());
        assertFalse(rows.get(1).table());
        assertEquals("离休医疗费补助资金绩效目标自评表", rows.get(1).text());
        assertFalse(rows.get(3).table());
        assertEquals("某资金绩效评价表", rows.get(3).text());
        assertEquals(List.of("项目名称", "某资金"), cells(rows.get(4)));
    }

    @Test
    void aRowThatOnlyMentionsASheetAmongOtherCellsOrParagraphsStaysATableRow() {
        // a second non-empty cell, a cell of several paragraphs, or a long text is not a title
        List<Row> rows = rows("\t说明\n\t见附件绩效目标表\n\n"
                + "\t按绩效目标表执行\n\n第二段\n\n"
                + "\t" + "按".repeat(120) + "绩效目标表\n\n\t2023年\n\t5\n\n\n");
        assertEquals(4, rows.size());
        assertTrue(rows.stream().allMatch(Row::table));
        assertEquals(List.of("按绩效目标表执行\n第二段"), cells(rows.get(1)));
    }

    @Test
    void aTitleFollowedByATableIsNeverSwallowedByThePreviousRow() {
        List<Row> rows = rows("\t甲\n\t乙\n\n2、某资金绩效目标表\n\t项目名称\n\t某资金\n\n\n");
        assertEquals(3, rows.size());
        assertFalse(rows.get(1).table());
        assertEquals("2、某资金绩效目标表", rows.get(1).text());
        assertEquals(List.of("项目名称", "某资金"), cells(rows.get(2)));
    }

    @Test
    void wordFieldCodesAreStrippedFromProse() {
        List<Row> rows = rows("1、某资金绩效目标表 TC 1、某资金绩效目标表 \\f C \\l 1 \n"
                + "一、总体绩效目标 TC 总体绩效目标 \\f A \\l 1 \n"
                + "工作要点 PAGEREF _Toc12345 \\h 6\n"
                + "TC 不是域代码的一句话\n"
                + "\t单元格\n");
        assertEquals("1、某资金绩效目标表", rows.get(0).text());
        assertEquals("一、总体绩效目标", rows.get(1).text());
        assertEquals("工作要点", rows.get(2).text());
        assertEquals("TC 不是域代码的一句话", rows.get(3).text());
    }

    @Test
    void tableOfContentsAndBodyProseStayProseLines() {
        String text = "目    录\n第二部分 预算项目绩效目标\n\n61、甲资金绩效目标表\n\n\n72、乙资金绩效目标表\n\n\n"
                + "总体绩效目标：\n\n宣传贯彻执行党的路线。\n\n1、全面落实医疗保障。\n\n"
                + "1、甲资金绩效目标表 TC 1、甲资金绩效目标表 \\f C \\l 1 \n\t项目名称\n\t甲资金\n\n\n";
        List<Row> rows = rows(text);
        // every line before the table is its own prose row, nothing merged, nothing dropped
        List<String> prose = rows.stream().filter(r -> !r.table()).map(Row::text).toList();
        assertEquals(List.of("目    录", "第二部分 预算项目绩效目标", "61、甲资金绩效目标表", "72、乙资金绩效目标表",
                "总体绩效目标：", "宣传贯彻执行党的路线。", "1、全面落实医疗保障。", "1、甲资金绩效目标表"), prose);
        assertEquals(1, rows.stream().filter(Row::table).count());
        Row last = rows.get(rows.size() - 1);
        assertTrue(last.table());
        assertEquals(Locator.line(17), last.at());
        // the TOC entries are not followed by a table, the real title is
        assertFalse(rows.get(rows.indexOf(last) - 1).table());
    }

    @Test
    void windowsLineEndingsAndInnerTabs() {
        List<Row> rows = rows("标题\r\n\t甲\tA\r\n\t乙\r\n\r\n\t丙\r\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("甲 A", "乙"), cells(rows.get(1)));
        assertEquals(List.of("丙"), cells(rows.get(2)));
    }

    @Test
    void withoutTabsBlocksOfLinesAreRowsAndTitlesStayProse() {
        String text = "某资金绩效目标表\n2020年度\n项目名称\n某资金\n\n一级指标\n二级指标\n\n单独一行\n";
        List<Row> rows = rows(text);
        assertEquals(5, rows.size());
        assertEquals("某资金绩效目标表", rows.get(0).text());
        assertFalse(rows.get(0).table());
        assertEquals("2020年度", rows.get(1).text());
        assertFalse(rows.get(1).table());
        assertEquals(List.of("项目名称", "某资金"), cells(rows.get(2)));
        assertEquals(List.of("一级指标", "二级指标"), cells(rows.get(3)));
        assertFalse(rows.get(4).table());
        assertEquals(new Locator(4, 2, null), rows.get(2).cells().get(1).at());
    }

    @Test
    void detectorTellsCellPerLineFromTabSeparated() {
        String cpl = "标题\n\t项目名称\n\t某资金\n\n\t一级指标\n\t二级指标\n\t三级指标\n\n";
        assertEquals(Format.CELL_PER_LINE, Detector.detect(cpl, "a.txt"));
        String tsv = "标题\n项目名称\t某资金\n\t其中：财政拨款\t100\n一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t人数\n";
        assertEquals(Format.TSV, Detector.detect(tsv, "b.txt"));
    }

    @Test
    void wordUnicodeTextWithAByteOrderMarkIsDecoded() throws Exception {
        String text = "项目支出绩效目标表\r\n\r\n项目名称\r\n城乡居民医疗保险\r\n";
        for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.StandardCharsets.UTF_16BE)) {
            byte[] body = text.getBytes(cs);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) (cs == java.nio.charset.StandardCharsets.UTF_16LE ? 0xFF : 0xFE);
            bytes[1] = (byte) (cs == java.nio.charset.StandardCharsets.UTF_16LE ? 0xFE : 0xFF);
            System.arraycopy(body, 0, bytes, 2, body.length);
            assertEquals(text, Readers.decode(bytes, "w.txt"), cs.name());
        }
        // a UTF-16 mark before bytes that are not UTF-16 is a one-line error, not mojibake
        byte[] odd = {(byte) 0xFF, (byte) 0xFE, 0x41};
        dev.zhibiao.read.ReadException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.zhibiao.read.ReadException.class, () -> Readers.decode(odd, "w.txt"));
        assertTrue(e.getMessage().startsWith("w.txt: "), e.getMessage());
    }

    /** The scan that finds cell lines answers as the expression it replaced, on every short line of the characters that matter. */
    @Test
    void cellStartIsTheExpression() {
        java.util.regex.Pattern cell = java.util.regex.Pattern.compile("^[ \\u3000\\u00a0]*\\t(.*)$");
        char[] alphabet = {' ', '\u3000', '\u00a0', '\t', 'a', '指', '\n', '\r', '\u0085', '\u2028', '\u2029', '\u2003'};
        int checked = 0;
        for (int len = 0; len <= 4; len++) {
            int[] at = new int[len];
            while (true) {
                StringBuilder b = new StringBuilder();
                for (int k : at) {
                    b.append(alphabet[k]);
                }
                String line = b.toString();
                java.util.regex.Matcher m = cell.matcher(line);
                int expected = m.matches() ? m.start(1) : -1;
                assertEquals(expected, CellPerLineReader.cellStart(line), line);
                checked++;
                int i = len - 1;
                while (i >= 0 && ++at[i] == alphabet.length) {
                    at[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        assertTrue(checked > 20_000, "lines checked: " + checked);
    }

    /** UTF-8 read by the JDK's replacing decoder only when nothing was replaced; else the strict ones decide. */
    @Test
    void decodeKeepsAPrintedReplacementCharacterAndFallsBackOnMalformedUtf8() throws Exception {
        String printed = "指标\uFFFD值";
        assertEquals(printed, Readers.decode(printed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.txt"));
        byte[] gb = "绩效目标表".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertEquals("绩效目标表", Readers.decode(gb, "g.txt"));
        byte[] cesu = {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'a'}; // an encoded surrogate: not UTF-8
        String read = decodedOrNull(cesu);
        assertTrue(read == null || !read.contains("\uFFFD"), "malformed UTF-8 is read as GB18030 or refused: " + read);
    }

    private static String decodedOrNull(byte[] bytes) {
        try {
            return Readers.decode(bytes, "c.txt");
        } catch (dev.zhibiao.read.ReadException e) {
            return null;
        }
    }
}
