package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvReaderTest {

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void tabsSplitCellsAndOtherLinesAreProse() {
        Document d = TsvReader.read("项目支出绩效目标表\n\n项目名称\t某项目\t\n\t其中：财政拨款\t1,907,400\n", "t.txt");
        assertEquals(3, d.rows().size());
        assertEquals(List.of("项目名称", "某项目", ""), texts(d.rows().get(1)));
        assertEquals(List.of("", "其中：财政拨款", "1,907,400"), texts(d.rows().get(2)));
        assertEquals(4, d.rows().get(2).at().line());
        assertEquals(3, d.rows().get(2).cells().get(2).at().column());
    }

    @Test
    void spreadsheetQuotedCellsMayHoldLineBreaksTabsAndQuotes() {
        Document d = TsvReader.read("年度目标\t\"目标1：巩固参保率。\n目标2：稳步提高\t保障水平。\"\t\n"
                + "产出指标\t数量指标\t说\"明\"\t\"\"\"≥5\"\" 人\"\n", "t.txt");
        assertEquals(2, d.rows().size());
        assertEquals(List.of("年度目标", "目标1：巩固参保率。\n目标2：稳步提高\t保障水平。", ""), texts(d.rows().get(0)));
        assertEquals(List.of("产出指标", "数量指标", "说\"明\"", "\"≥5\" 人"), texts(d.rows().get(1)));
        assertEquals(3, d.rows().get(1).at().line());
    }

    @Test
    void quotesThatDoNotWrapTheWholeCellArePrintedText() {
        Document d = TsvReader.read("a\t\"b\n\"一站式\"结算覆盖地区\t不低于上年\n", "t.txt");
        assertEquals(List.of("a", "\"b"), texts(d.rows().get(0)));
        assertEquals(List.of("\"一站式\"结算覆盖地区", "不低于上年"), texts(d.rows().get(1)));
    }

    @Test
    void commaSeparatedValuesAsASpreadsheetSavesThem() {
        String csv = String.join("\n",
                "\"项目支出绩效目标表\",,,",
                "\"项目资金\",\"年度资金总额\",\"1,907,400\",",
                "\"一级指标\",\"二级指标\",\"三级指标\",\"指标值\"",
                "\"产出指标\",\"数量指标\",\"参保人数\n(人)\",\"≥299.68万人\"",
                "\"满意度指标\",,\"\"\"一站式\"\"结算\",≥90%",
                "");
        assertEquals(dev.zhibiao.read.Format.CSV, Detector.detect(csv, "x.txt"));
        Document d = TsvReader.readCsv(csv, "x.csv");
        assertEquals(5, d.rows().size());
        assertEquals(List.of("项目资金", "年度资金总额", "1,907,400", ""), texts(d.rows().get(1)));
        assertEquals(List.of("产出指标", "数量指标", "参保人数\n(人)", "≥299.68万人"), texts(d.rows().get(3)));
        assertEquals(List.of("满意度指标", "", "\"一站式\"结算", "≥90%"), texts(d.rows().get(4)));
        assertEquals(6, d.rows().get(4).at().line());
        // amounts with thousands separators and Chinese prose do not make a text CSV
        assertEquals(dev.zhibiao.read.Format.TSV, Detector.detect("标题\n项目\t1,907,400\n\t其中：1,000,000\n\t2,000\n", "t.txt"));
    }

    /** The PDF header scan answers what the first kilobyte as an ISO-8859-1 string's {@code contains("%PDF-")} did. */
    @Test
    void pdfHeaderAsTheStringSearch() {
        java.util.Random rnd = new java.util.Random(11);
        byte[] parts = "%PDF-x".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[rnd.nextInt(1100)];
            for (int k = 0; k < b.length; k++) {
                b[k] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : parts[rnd.nextInt(parts.length)];
            }
            if (rnd.nextInt(4) == 0 && b.length >= 5) {
                System.arraycopy(parts, 0, b, rnd.nextInt(b.length - 4), 5);
            }
            boolean expected = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
            assertEquals(expected, Detector.pdfHeader(b));
            found += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 1000 && found < 19_000, found + " found");
    }
}
