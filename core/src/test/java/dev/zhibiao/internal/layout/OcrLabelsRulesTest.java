package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link OcrLabels}' rules one by one (its Javadoc): how alike two texts are and when one word is
 * close enough, level cells read by their column, level headings given back, header labels, and
 * the places other sheets print their labels and headings at. OCR'd cells only.
 */
class OcrLabelsRulesTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.3);
    }

    private static Cell sure(String t) {
        return new Cell(t, AT, 0.9);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, AT);
    }

    private static Row title(String t) {
        return new Row(List.of(ocr(t)), false, AT);
    }

    private static OcrRepair.Result repair(Row... rows) {
        return OcrLabels.repair(new OcrRepair.Result(List.of(rows), new IdentityHashMap<>()));
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    private static final Row HEADING = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"));

    @Test
    void howAlikeTwoTextsAre() {
        assertEquals(1.0, OcrLabels.ratio("", ""), 1e-9);
        assertEquals(0.0, OcrLabels.ratio("ab", ""), 1e-9);
        assertEquals(0.0, OcrLabels.ratio("", "ab"), 1e-9);
        assertEquals(0.75, OcrLabels.ratio("abcd", "abxd"), 1e-9);
        assertEquals(0.5, OcrLabels.ratio("ab", "ba"), 1e-9, "one character in common, in order");
        assertEquals(2.0 * 3 / 9, OcrLabels.ratio("abc", "xaybzc"), 1e-9, "a subsequence, not a substring");
        assertEquals(2.0 * 2 / 7, OcrLabels.ratio("axb", "ab b"), 1e-9);
    }

    @Test
    void theClosestWordMustBeCloseEnoughAndAheadOfTheNext() {
        assertEquals("abce", OcrLabels.closest("abcd", List.of("abce", "xyzw"), 0.5));
        assertEquals("abxy", OcrLabels.closest("abcd", List.of("zzzz", "abxy"), 0.5), "exactly as alike as asked");
        assertNull(OcrLabels.closest("abcd", List.of("axyz"), 0.5), "not alike enough");
        assertNull(OcrLabels.closest("abcd", List.of("abce", "abcf"), 0.5), "two as close");
        // the runner-up found after the best one still counts
        assertNull(OcrLabels.closest("abcd", List.of("abcx", "abxy", "abcy"), 0.5));
        assertNull(OcrLabels.closest("abcd", List.of("abxy", "abcx", "abcy"), 0.5));
        // ahead by the margin exactly: 0.75 against 0.5 is more than 0.1 ahead
        assertEquals("abcx", OcrLabels.closest("abcd", List.of("abxy", "abcx"), 0.5));
        // a word under four characters is no candidate for a key of four or more
        assertNull(OcrLabels.closest("abcd", List.of("abc", "wxyz"), 0.1));
        assertEquals("abc", OcrLabels.closest("abd", List.of("abc", "wxyz"), 0.5));
        // words of one meaning (a group) count once: their best
        assertEquals("项目名称", OcrLabels.closestOf("项目名x", List.of(List.of("专项名称", "项目名称"), List.of("地区名称")), 0.5));
        assertNull(OcrLabels.closestOf("x名称", List.of(List.of("项目名称"), List.of("地区名称")), 0.1), "two groups as close");
    }

    @Test
    void headerAndHeadingRows() {
        assertTrue(OcrLabels.headerRow(List.of(ocr(""), ocr("项目名称"), ocr("甲"))));
        assertTrue(OcrLabels.headerRow(List.of(ocr("资金情况（万元）"), ocr("1"))));
        assertFalse(OcrLabels.headerRow(List.of(ocr("产出指标"), ocr("数量指标"))));
        assertTrue(OcrLabels.headingRow(List.of(ocr("一级指标"), ocr(""), ocr("二级指标"), ocr("指标值"))));
        assertFalse(OcrLabels.headingRow(List.of(ocr("一级指标"), ocr("二级指标"), ocr("甲"))));
    }

    @Test
    void headerLabels() {
        List<Diagnostic> diags = new ArrayList<>();
        assertEquals("转移支付(项目)名称", OcrLabels.label(ocr("转移支付(项目息和"), diags).text());
        assertEquals(1, diags.size());
        assertTrue(diags.get(0).message().contains("header label 转移支付(项目)名称"), diags.get(0).message());
        assertTrue(diags.get(0).message().endsWith("engine confidence 0.30)"), diags.get(0).message());
        diags.clear();
        // printed text, short cells, long cells, known labels, categories and headings stay
        for (Cell c : List.of(new Cell("转移支付(项目息和", AT), ocr("项目名"), ocr("转移支付(项目息和转移支付(项目息和"),
                ocr("项目名称"), ocr("数量指标"), ocr("实际完成值"), ocr(""))) {
            assertSame(c, OcrLabels.label(c, diags), c.text());
        }
        assertEquals(List.of(), diags);
        // a confidence-less OCR cell is repaired without a confidence in the message
        OcrLabels.label(new Cell("转移支付(项目息和", AT, Double.NaN), diags);
        assertTrue(diags.get(0).message().endsWith("(header label 转移支付(项目)名称)"), diags.get(0).message());
    }

    @Test
    void levelCellsByTheirColumn() {
        List<Diagnostic> diags = new ArrayList<>();
        // the whole of one category inside the cell, the longest one
        assertEquals("数量指标", OcrLabels.category(ocr("一数量指标一"), false, null, diags).text());
        assertEquals("经济成本指标", OcrLabels.category(ocr("丨经济成本指标丨"), false, null, diags).text());
        assertEquals("产出指标", OcrLabels.category(ocr("产出指木木"), true, null, diags).text());
        assertTrue(diags.get(2).message().contains("level-1 category 产出指标"), diags.get(2).message());
        assertTrue(diags.get(0).message().contains("level-2 category 数量指标"), diags.get(0).message());
        diags.clear();
        // level-1 words only in the level-1 column
        assertEquals("数量指木木", OcrLabels.category(ocr("数量指木木"), true, null, diags).text());
        // printed text, categories, too short or too long: as read
        for (Cell c : List.of(new Cell("数量指木木", AT), ocr("数量指标"), ocr("数"), ocr("数量指木".repeat(4)), ocr(""))) {
            assertSame(c, OcrLabels.category(c, false, null, diags), c.text());
        }
        assertEquals(List.of(), diags);
    }

    @Test
    void aLevel1CellBesideALevel2CategoryIsItsParent() {
        List<Diagnostic> diags = new ArrayList<>();
        // short and read as no other category
        assertEquals("产出指标", OcrLabels.category(ocr("广出"), true, "产出指标", diags).text());
        // alike the parent, though long
        assertEquals("产出指标", OcrLabels.category(ocr("产出类指标项目内容"), true, "产出指标", diags).text());
        assertTrue(diags.get(0).message().contains("the parent of the row's level-2 category"), diags.get(0).message());
        // a short cell with a digit, not alike the parent: as read
        assertEquals("广12", OcrLabels.category(ocr("广12"), true, "产出指标", diags).text());
        // a short cell read as another category is that category
        assertEquals("效益指标", OcrLabels.category(ocr("效益指木"), true, "产出指标", diags).text());
        // a long cell not alike the parent and read as nothing: as read
        assertEquals("甲乙丙丁戊己庚", OcrLabels.category(ocr("甲乙丙丁戊己庚"), true, "产出指标", diags).text());
    }

    @Test
    void theLevelColumnsUnderAHeading() {
        OcrRepair.Result out = repair(HEADING,
                table(ocr("广出"), ocr("数量指木"), ocr("参保人数"), ocr("100人")),
                table(ocr("效益指木"), ocr("社会效益指木"), ocr("参保率"), ocr("90%")));
        assertEquals(List.of("产出指标", "数量指标", "参保人数", "100人"), texts(out.rows().get(1)));
        assertEquals(List.of("效益指标", "社会效益指标"), texts(out.rows().get(2)).subList(0, 2));
        assertEquals(2, out.notes().get(out.rows().get(1)).size());
        assertSame(HEADING, out.rows().get(0), "a heading row in order is kept as it is");
        // a row shorter than the heading: its cells only
        OcrRepair.Result shorter = repair(HEADING, table(ocr("广出")));
        assertEquals(List.of("广出"), texts(shorter.rows().get(1)));
        // after a title, and under a header row, the level columns are no longer known
        OcrRepair.Result titled = repair(HEADING, title("项目支出绩效目标表"), table(ocr("广出"), ocr("数量指木"), ocr("参保人数"), ocr("1")));
        assertEquals("数量指木", titled.rows().get(2).cells().get(1).text());
        OcrRepair.Result header = repair(HEADING, table(ocr("项目名称"), ocr("甲")), table(ocr("广出"), ocr("数量指木"), ocr("参保人数"), ocr("1")));
        assertEquals("数量指木", header.rows().get(2).cells().get(1).text());
        // a prose line that is no title keeps them
        OcrRepair.Result prose = repair(HEADING, title("单位：万元"), table(ocr("广出"), ocr("数量指木"), ocr("参保人数"), ocr("1")));
        assertEquals("数量指标", prose.rows().get(2).cells().get(1).text());
        // nothing OCR'd: the same result back
        OcrRepair.Result typed = new OcrRepair.Result(List.of(table(new Cell("转移支付(项目息和", AT))), new IdentityHashMap<>());
        assertSame(typed, OcrLabels.repair(typed));
    }

    @Test
    void theRepairsJoinTheNotesTheRowHad() {
        Row r = table(ocr("转移支付(项目息和"), ocr("医疗救助资金"));
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        notes.put(r, List.of(new Diagnostic(OcrRepair.CODE, "before", AT)));
        OcrRepair.Result out = OcrLabels.repair(new OcrRepair.Result(List.of(r), notes));
        List<Diagnostic> got = out.notes().get(out.rows().get(0));
        assertEquals(2, got.size(), got.toString());
        assertEquals("before", got.get(0).message());
        assertFalse(out.notes().containsKey(r), "the old row's notes move to the new row");
    }

    @Test
    void levelHeadingsInRunsOfThree() {
        List<Diagnostic> diags = new ArrayList<>();
        List<Cell> four = new ArrayList<>(List.of(ocr("级消二"), ocr("一级指标"), ocr("三级指标"), ocr("二级指标"), ocr("指标值")));
        OcrLabels.levelHeadings(four, diags);
        assertEquals(List.of(), diags, "four level-like headings side by side are not the three levels");
        List<Cell> none = new ArrayList<>(List.of(ocr("级消二"), ocr("二级x"), ocr("级y"), ocr("指标值")));
        OcrLabels.levelHeadings(none, diags);
        assertEquals(List.of(), diags, "none of the three read as a level heading");
        List<Cell> typed = new ArrayList<>(List.of(new Cell("级消二", AT), ocr("一级指标"), ocr("三级指标"), ocr("指标值")));
        OcrLabels.levelHeadings(typed, diags);
        assertEquals(List.of(), diags, "one of them printed as text");
        List<Cell> run = new ArrayList<>(List.of(ocr("指标值"), ocr("级消二"), ocr("二级指标"), ocr("三级指标"), ocr("指标值")));
        OcrLabels.levelHeadings(run, diags);
        assertEquals(List.of("指标值", "一级指标", "二级指标", "三级指标", "指标值"), run.stream().map(Cell::text).toList());
        assertEquals(1, diags.size(), "only the cell that changes");
        // a cell holding 级 is level-like only up to eight characters
        List<Cell> longer = new ArrayList<>(List.of(ocr("级消二甲乙丙丁戊己"), ocr("二级指标"), ocr("三级指标"), ocr("指标值")));
        OcrLabels.levelHeadings(longer, diags);
        assertEquals("级消二甲乙丙丁戊己", longer.get(0).text());
        List<Cell> eight = new ArrayList<>(List.of(ocr("级消二甲乙丙丁戊"), ocr("二级指标"), ocr("三级指标"), ocr("指标值")));
        OcrLabels.levelHeadings(eight, diags);
        assertEquals("一级指标", eight.get(0).text());
    }

    @Test
    void aMisreadHeadingRowNeedsAgreeingSheets() {
        Row good = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("全年实际完成值"));
        Row other = table(ocr("一级指标"), ocr("二级指标"), ocr("三级指标"), ocr("指标值"), ocr("实际完成值"));
        Row misread = table(ocr("一级x标"), ocr("二人"), ocr(""), ocr("人"), ocr("全年实了完"));
        // two sheets agree: the third's misread row is their heading
        List<Row> rows = repair(title("甲绩效自评表"), good, title("乙绩效自评表"), good, title("丙绩效自评表"), misread).rows();
        assertEquals(texts(good), texts(rows.get(5)));
        // two sheets disagree on the heading of that width: nothing to go by
        List<Row> disagree = repair(title("甲绩效自评表"), good, title("乙绩效自评表"), other, title("丙绩效自评表"), misread).rows();
        assertEquals(texts(misread), texts(disagree.get(5)));
        // a sheet with a heading row of its own keeps its rows
        List<Row> own = repair(title("甲绩效自评表"), good, title("乙绩效自评表"), good, misread).rows();
        assertEquals(texts(misread), texts(own.get(4)));
        // one alike cell is not enough; a category or another column's word rules it out
        Row one = table(ocr("一级x标"), ocr("甲乙"), ocr(""), ocr("丙"), ocr("丁戊"));
        assertEquals(texts(one), texts(repair(title("甲绩效自评表"), good, title("乙绩效自评表"), one).rows().get(3)));
        Row category = table(ocr("一级x标"), ocr("二人"), ocr("数量指标"), ocr("人"), ocr("全年实了完"));
        assertEquals(texts(category), texts(repair(title("甲绩效自评表"), good, title("乙绩效自评表"), category).rows().get(3)));
        Row column = table(ocr("一级x标"), ocr("二人"), ocr("指标值"), ocr("人"), ocr("全年实了完"));
        assertEquals(texts(column), texts(repair(title("甲绩效自评表"), good, title("乙绩效自评表"), column).rows().get(3)));
        // one digit is a stroke; the rest decide
        Row digit = table(ocr("一级x标"), ocr("二人1"), ocr(""), ocr("人"), ocr("全年实了完"));
        assertEquals(texts(good), texts(repair(title("甲绩效自评表"), good, title("乙绩效自评表"), digit).rows().get(3)));
        // a row of another width is not compared
        Row wider = table(ocr("一级x标"), ocr("二人"), ocr(""), ocr("人"), ocr("全年实了完"), ocr(""));
        assertEquals(texts(wider), texts(repair(title("甲绩效自评表"), good, title("乙绩效自评表"), wider).rows().get(3)));
    }

    @Test
    void labelsAtTheirPlaceInOtherSheets() {
        Row project = table(sure("项目名称"), sure("甲项目"));
        Row unit = table(sure("实施单位"), sure("乙局"));
        Row doubtedBelow = table(sure("项目名称"), sure("丙项目"));
        // 实施单位 is printed below 项目名称 in the first sheet: a doubted cell there is read as it (实x单y is too
        // far from 实施单位 for the header label rule alone)
        List<Row> rows = repair(title("甲绩效目标表"), project, unit, title("乙绩效目标表"), doubtedBelow,
                table(new Cell("实x单y", AT, 0.2), sure("丁局"))).rows();
        assertEquals("实施单位", rows.get(5).cells().get(0).text());
        // a sure cell, a cell with a digit, a cell not alike enough stay as read
        for (Cell c : List.of(new Cell("实x单y", AT, 0.8), new Cell("实x单1", AT, 0.2), new Cell("甲乙丙丁", AT, 0.2))) {
            List<Row> kept = repair(title("甲绩效目标表"), project, unit, title("乙绩效目标表"), doubtedBelow, table(c, sure("丁局"))).rows();
            assertEquals(c.text(), kept.get(5).cells().get(0).text());
        }
        // above a row starting with a label
        List<Row> above = repair(title("甲绩效目标表"), project, unit, title("乙绩效目标表"),
                table(new Cell("项x名y", AT, Double.NaN), sure("丙项目")), unit).rows();
        assertEquals("项目名称", above.get(4).cells().get(0).text());
        // sheets that disagree on a place leave it alone
        Row region = table(sure("地区"), sure("戊县"));
        List<Row> disagree = repair(title("甲绩效目标表"), project, unit, title("乙绩效目标表"), project, region,
                title("丙绩效目标表"), doubtedBelow, table(new Cell("实x单y", AT, 0.2), sure("丁局"))).rows();
        assertEquals("实x单y", disagree.get(8).cells().get(0).text());
    }
}
