package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain OCR text's printed lines in sheets that do not number their indicators: names that fill
 * their cell's width wrap onto the next line, lone characters, wrapped label tails, and a heading row
 * read in part (third pass, ocrtext7).
 */
class PrintedLinesWrapTest {

    /** A read of printed line {@code line}: name, maybe a value, maybe labels. */
    private static Read read(int line, String name, String value, String... labels) {
        Read r = new Read(new Row(List.of(new Cell(name, new Locator(line, 1, 1))), true, new Locator(line, null, 1)));
        r.content.put(Column.NAME, new Cell(name, new Locator(line, 1, 1)));
        if (value != null) {
            r.content.put(Column.VALUE, new Cell(value, new Locator(line, 2, 1)));
        }
        for (String l : labels) {
            r.labels.add(new Label(new Cell(l, null), Vocabulary.CATEGORIES.get(l), null));
        }
        r.line = line;
        r.lastLine = line;
        return r;
    }

    private static List<String> rows(List<Read> reads) {
        List<String> out = new ArrayList<>();
        for (Read r : reads) {
            Cell n = r.content.get(Column.NAME);
            Cell v = r.content.get(Column.VALUE);
            out.add((n == null ? "" : n.text()) + "|" + (v == null ? "" : v.text()));
        }
        return out;
    }

    @Test
    void aNameThatFillsItsCellContinuesOnTheNextLine() {
        List<Read> reads = new ArrayList<>(List.of(
                read(0, "重点对象政策范围内个人", null),
                read(1, "自付费用年度限额内住院", "≥70%"),
                read(2, "救助比例", null),
                read(3, "医保综合监管能力", "有所提升"),
                read(4, "对健全社会救助体系的影", "成效明显"),
                read(5, "困难群众就医方便程度", "明显提高")));
        SheetDraft d = new SheetDraft();
        PrintedLines.joinFullWidth(reads, d);
        assertEquals(List.of("重点对象政策范围内个人自付费用年度限额内住院救助比例|≥70%", "医保综合监管能力|有所提升",
                "对健全社会救助体系的影|成效明显", "困难群众就医方便程度|明显提高"), rows(reads));
        // two lines that both hold a value are two indicators, however wide the first name
        assertEquals(3, d.diagnostics.stream().filter(x -> x.code().equals("cell-joined")).count());
    }

    @Test
    void aValueCutBeforeItsUnitGoesOnWithTheName() {
        List<Read> reads = new ArrayList<>(List.of(
                read(0, "检查药店、医院的完", "100"),
                read(1, "成率", "%"),
                read(2, "支付临聘、见习工作", "≤2.02"),
                read(3, "人员工资", "万元"),
                read(4, "见习临聘人员工资发", "≥3人"),
                read(5, "放完成率", "次")));
        PrintedLines.joinFullWidth(reads, new SheetDraft());
        // the line below prints only the unit of the value above, which ends in its number: one value;
        // a value with its unit already (≥3人) is whole, and the line below is another indicator
        assertEquals(List.of("检查药店、医院的完成率|100%", "支付临聘、见习工作人员工资|≤2.02万元", "见习临聘人员工资发|≥3人", "放完成率|次"),
                rows(reads));
    }

    @Test
    void labelsOnTheWrappedLineStayForThePlacement() {
        List<Read> reads = new ArrayList<>(List.of(
                read(0, "重点对象政策范围内个人", null),
                read(1, "自付费用年度限额内住院", "≥70%", "数量指标"),
                read(2, "符合资助条件的农村低收", null)));
        PrintedLines.joinFullWidth(reads, new SheetDraft());
        assertEquals("重点对象政策范围内个人自付费用年度限额内住院符合资助条件的农村低收|≥70%", rows(reads).get(0));
        assertEquals("|", rows(reads).get(1));
        assertEquals("数量指标", reads.get(1).labels.get(0).printed());
    }

    @Test
    void noCellWidthWithoutTwoLongNamesAndNoneWhereNamesAreNumbered() {
        assertEquals(-1, PrintedLines.cellWidth(List.of(read(0, "重点对象政策范围内个人", null), read(1, "救助比例", null))));
        assertEquals(-1, PrintedLines.cellWidth(List.of(read(0, "短名", null), read(1, "短名称", null))));
        assertEquals(22, PrintedLines.cellWidth(List.of(read(0, "重点对象政策范围内个人", null), read(1, "自付费用年度限额内住", null))));
        List<Read> numbered = new ArrayList<>(List.of(read(0, "重点对象政策范围内个人", null), read(1, "自付费用年度限额内住院", "1"),
                read(2, "救助比例", null)));
        numbered.get(0).number = 1;
        numbered.get(1).number = 2;
        PrintedLines.joinFullWidth(numbered, new SheetDraft());
        assertEquals(3, numbered.size());
        assertEquals(4, PrintedLines.width("ab元"));
    }

    /** A plain-text cell: read by an engine that gives no confidence. */
    private static Cell txt(String t, int line) {
        return new Cell(t, new Locator(line, 1, 1), Double.NaN);
    }

    private static Row line(int at, String... pieces) {
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(txt(p, at));
        }
        return new Row(cells, true, new Locator(at, null, 1));
    }

    private static String row(Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value();
    }

    @Test
    void aPartialHeadingRowStartsTheIndicatorsAndALoneCharacterEndsAWrappedName() {
        List<Row> rows = List.of(
                new Row(List.of(txt("长春市转移支付区域(项目)绩效自评表", 1)), false, new Locator(1, null, 1)),
                line(2, "项目名称", "医疗救助资金"),
                line(3, "尖", "寺根", "三级指标", "指标值", "全年实际完成值"),
                line(4, "产出指标", "数量指标", "符合资助条件的农村低收", ">99%", ">99%"),
                line(5, "入人口资助参保政策覆盖"),
                line(6, "率"),
                line(7, "质量指标", "医保综合监管能力", "有所提升", "有所提升"),
                line(8, "医保监管能力", "成效明显", "成效明显"),
                line(9, "和"));
        Sheet s = Recovery.recover(new Document("scan.txt", rows, true)).get(0);
        assertEquals(3, s.indicators().size(), s.toString());
        assertEquals("产出指标|数量指标|符合资助条件的农村低收入人口资助参保政策覆盖率|≥99%", row(s.indicators().get(0)));
        assertEquals("产出指标|质量指标|医保综合监管能力|有所提升", row(s.indicators().get(1)));
        assertEquals("医保监管能力", s.indicators().get(2).name());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("heading-partial")));
        // the 和 under the last row joined nothing: a remnant, not dropped
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("remnant") && d.message().contains("\"和\"")), s.diagnostics().toString());
    }

    @Test
    void partialHeadings() {
        assertTrue(Recovery.isPartialHeading(line(1, "二扣", "三级指标", "指标值")));
        assertTrue(Recovery.isPartialHeading(line(1, "寺根", "指标值", "全年实际完成值")));
        assertFalse(Recovery.isPartialHeading(line(1, "指标值", "100%")));
        assertFalse(Recovery.isPartialHeading(line(1, "三级指标", "全年实际完成值")));
    }

    @Test
    void aLabelTailUnderTheLabelsIsNoLabelOfItsOwn() {
        List<Read> reads = new ArrayList<>(List.of(read(0, "名称0", "1"), read(1, "名称1", "2", "数量指标"), read(2, "名称2", "3"),
                read(3, "名称3", "4"), read(4, "名称4", "5", "满意度指标", "服务对象满意度指标"), read(5, "名称5", "6")));
        reads.get(5).labels.add(new Label(new Cell("指标", new Locator(5, 1, 1)), null, null));
        SheetDraft d = new SheetDraft();
        LabelPlacement.centred(reads, d);
        assertTrue(reads.get(5).labels.isEmpty());
        assertEquals("满意度指标", reads.get(3).labels.get(0).printed());
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("remnant") && x.message().contains("wrapped")));
        assertTrue(LabelPlacement.labelTail("标"));
        assertFalse(LabelPlacement.labelTail("数量指标"));
    }

    private static OcrTextRows.Line ocrLine(int at, String... pieces) {
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(txt(p, at));
        }
        return new OcrTextRows.Line(cells, 0);
    }

    @Test
    void theReadersJoinsAreDiagnosticsOfTheSheet() {
        OcrTextRows.Result r = OcrTextRows.read(List.of(
                ocrLine(1, "项目支出绩效目标表"),
                ocrLine(2, "项目名称", "城乡居民医疗保险补助"),
                ocrLine(3, "一级指标", "二级指标", "三级指标", "指标值", "全年实际完"),
                ocrLine(4, "一级指标", "二级指标", "三级指标", "指标值", "成值"),
                ocrLine(5, "产出指", "数量指标", "参保人数(人)", "≥299.68万人", "≥299.68万人"),
                ocrLine(6, "标", "质量指标", "基本医保参保率", "≥95%", "≥95%")));
        assertEquals(2, r.notes().size(), r.notes().toString());
        assertTrue(r.notes().values().stream().flatMap(List::stream).allMatch(x -> x.code().equals("cell-joined")));
        Sheet s = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes())).get(0);
        assertEquals("产出指标", s.indicators().get(0).level1());
        assertEquals(2, s.diagnostics().stream().filter(x -> x.code().equals("cell-joined")
                && (x.message().contains("产出指") || x.message().contains("全年实际完成值"))).count(), s.diagnostics().toString());
        assertEquals(List.of(), new Document("a.txt", List.of(), true).notes().keySet().stream().toList());
    }

    /** A numbered read: its number as the table reads it from the name. */
    private static Read numbered(int line, Integer number, String name, String value) {
        Read r = read(line, name, value);
        r.number = number;
        return r;
    }

    @Test
    void aNumberSpoiledByTheEngineIsTheNextNumberOnly() {
        List<Read> reads = new ArrayList<>(List.of(
                numbered(0, 2, "指标2: 各级财政实际补助标准(元)", "≥520元"),
                numbered(0, 3, "指标3: 参保居民个人实际缴费标准(元)", "成年人≥270元"),
                numbered(1, null, "此本 指标4: 财政补助与个人缴费比值", "≤260"),
                numbered(2, null, "阁标5 参保人政策范围内住院费用报销", "≥60%"),
                numbered(3, null, "比例", null),
                numbered(4, null, "目标7: 不是下一个号", null)));
        SheetDraft d = new SheetDraft();
        PrintedLines.joinNumbered(reads, d);
        assertEquals(List.of("指标2: 各级财政实际补助标准(元)|≥520元", "指标3: 参保居民个人实际缴费标准(元)|成年人≥270元", "指标4: 财政补助与个人缴费比值|≤260",
                "指标5: 参保人政策范围内住院费用报销比例目标7: 不是下一个号|≥60%"), rows(reads));
        assertEquals(List.of("此本"), d.remnants);
        assertEquals(2, d.diagnostics.stream().filter(x -> x.code().equals("ocr-repaired")).count());
    }

    /**
     * Rows of a ruled table (word boxes, not printed lines) in a numbered sheet: the engine read 指标
     * as one character before the number and its colon ({@code 杯5:}), or glued a speck to it
     * ({@code 一 -指标5:}, {@code 4指标4:}); each is the next number, so it is that number again and the
     * name is read without it. A number that is not the next one ({@code 杯9:}), and a number without
     * its colon after one character ({@code $6 …}), are left alone.
     */
    @Test
    void tableRowsTakeTheirSpoiledNumberBack() {
        List<Read> reads = new ArrayList<>(List.of(
                numbered(0, 2, "指标2: 各级财政实际补助标准(元)", "≥520元"),
                numbered(0, 3, "指标3: 参保居民个人实际缴费标准(元)", "成年人≥270元"),
                numbered(1, null, "4指标4: 财政补助与个人缴费比值", "≤260"),
                numbered(2, null, "杯5: 参保人政策范围内住院费用报销比例", "≥71.85%"),
                numbered(3, null, "$6 参保人住院费用实际报销比例", "≥52.8%"),
                numbered(4, null, "杯9: 基金滚存结余可支配月数(月)", "6-9个月")));
        List<Read> other = new ArrayList<>(List.of(
                numbered(0, 3, "指标3: 重复参保人数(人)", "0"),
                numbered(0, 4, "指标4: 虚报参保人数(人)", "0"),
                numbered(1, null, "一 -指标5: 参保人政策范围内住院费用报销比例", "≥60%")));
        SheetDraft d = new SheetDraft();
        PrintedNumbers.renumberRows(reads, d);
        PrintedNumbers.renumberRows(other, d);
        assertEquals(List.of("指标2: 各级财政实际补助标准(元)|≥520元", "指标3: 参保居民个人实际缴费标准(元)|成年人≥270元",
                "指标4: 财政补助与个人缴费比值|≤260",
                "指标5: 参保人政策范围内住院费用报销比例|≥71.85%", "$6 参保人住院费用实际报销比例|≥52.8%",
                "杯9: 基金滚存结余可支配月数(月)|6-9个月"), rows(reads));
        assertEquals(List.of("指标3: 重复参保人数(人)|0", "指标4: 虚报参保人数(人)|0", "指标5: 参保人政策范围内住院费用报销比例|≥60%"), rows(other));
        assertEquals(List.of("4", "一 -"), d.remnants);
        assertEquals(3, d.diagnostics.stream().filter(x -> x.code().equals("ocr-repaired")).count());
        assertEquals(5, reads.get(3).number);
    }

    /** A read of a self-evaluation's printed line: cells read by an engine, in the name, value and actual columns. */
    private static Read slid(String name, String value, String actual, String... labels) {
        Read r = read(7, name, null, labels);
        r.content.put(Column.NAME, new Cell(name, new Locator(7, 1, 1), Double.NaN));
        if (value != null) {
            r.content.put(Column.VALUE, new Cell(value, new Locator(7, 2, 1), Double.NaN));
        }
        if (actual != null) {
            r.content.put(Column.ACTUAL, new Cell(actual, new Locator(7, 3, 1), Double.NaN));
        }
        return r;
    }

    @Test
    void aCategoryLabelReadAsTheNameIsTheRowsLabelAndTheCellsAfterItMoveBack() {
        List<Column> order = List.of(Column.NAME, Column.VALUE, Column.ACTUAL);
        SheetDraft d = new SheetDraft();
        // 质量指标 | 虚报参保人数 | 0: the row's level-1 label lost, its level-2 label printed where the name stands
        Read r = PrintedLines.labelAsName(slid("质量指标", "虚报参保人数", "0"), order, d);
        assertEquals("虚报参保人数|0", rows(List.of(r)).get(0));
        assertEquals("质量指标", r.labels.get(0).printed());
        assertEquals(Column.L2, r.labels.get(0).column());
        assertEquals(1, d.diagnostics.stream().filter(x -> x.code().equals("row-realigned")).count());
        // the end of a wrapped label (度指标 of 服务对象满意度指标) is kept as a remnant, no label of its own
        SheetDraft tail = new SheetDraft();
        Read t = PrintedLines.labelAsName(slid("度指标", "服务对象满意度", ">90%", "满意度指标"), order, tail);
        assertEquals("服务对象满意度|>90%", rows(List.of(t)).get(0));
        assertEquals(1, t.labels.size());
        assertEquals(List.of("度指标"), tail.remnants);
        // an indicator named after its category, with its value beside it, did not slide
        Read named = slid("服务对象满意度", "≥90%", "≥90%");
        assertTrue(PrintedLines.labelAsName(named, order, new SheetDraft()) == named);
        // nor a label with no value after the text the slide would make the name
        Read half = slid("服务对象满意", "参保对象满意度", null);
        assertTrue(PrintedLines.labelAsName(half, order, new SheetDraft()) == half);
    }
}
