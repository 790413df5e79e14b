package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PrintedLines}' rules (its Javadoc) through the indicator table of a sheet whose rows are
 * printed lines: marks set aside, and lines without a number joined to the numbered indicator above.
 */
class PrintedLinesRulesTest {

    static final String[] FOUR = {"一级指标", "二级指标", "三级指标", "指标值"};

    static Row row(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(1, i + 1, null)));
        }
        return new Row(l, true, Locator.line(1));
    }

    static SheetDraft lines(String[] heading, Row... rows) {
        SheetDraft d = new SheetDraft();
        d.printedLines = true;
        IndicatorTable.read(row(heading), List.of(rows), d);
        return d;
    }

    static List<String> read(SheetDraft d) {
        return d.indicators.stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.value()).toList();
    }

    static List<String> codes(SheetDraft d) {
        return d.diagnostics.stream().map(Diagnostic::code).toList();
    }

    @Test
    void marks() {
        for (String mark : List.of("%", "甲", "ab", "L .", "v", "二")) {
            assertTrue(PrintedLines.isMark(mark), mark);
        }
        for (String text : List.of("", " ", "abcd", "a1", "12", "无", "有", "否", "7", "产出", "≥9")) {
            assertFalse(PrintedLines.isMark(text), text);
        }
    }

    @Test
    void marksBetweenCellsAreRemnants() {
        SheetDraft d = lines(FOUR, row("产出指标", "L", "数量指标", "培训人数", "≥100人"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), read(d));
        assertEquals(List.of("L"), d.remnants);
        Row clean = row("产出指标", "数量指标", "培训人数", "≥100人");
        assertSame(clean, PrintedLines.withoutMarks(clean, new SheetDraft()));
        Row first = PrintedLines.withoutMarks(row("v", "产出指标", "v"), new SheetDraft());
        assertEquals(List.of("产出指标"), first.cells().stream().map(Cell::text).toList());
    }

    @Test
    void aNameWrappedOntoTheNextLine() {
        SheetDraft d = lines(FOUR,
                row("产出指标", "数量指标", "指标1：培训", "≥100人"),
                row("", "", "人数", ""),
                row("", "", "指标2：合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%"), read(d));
        assertTrue(codes(d).contains("cell-joined"), codes(d).toString());
    }

    @Test
    void aValuesSecondLine() {
        // a lone cell starting with a number continues the value, not the name
        SheetDraft d = lines(FOUR,
                row("效益指标", "社会效益指标", "指标1：成年人达标率", "成年人<19"),
                row("", "", "2.59%", ""),
                row("", "", "指标2：合格率", "≥95%"));
        assertEquals("成年人达标率", d.indicators.get(0).name());
        assertEquals("成年人<192.59%", d.indicators.get(0).value());
        assertEquals(2, d.indicators.size());
    }

    @Test
    void aValueCentredOnItsNameStartsOnTheLineAbove() {
        // 成年人≥270元; 大中小学生、 / 儿童≥200元: the value's first line stands above its name's line
        SheetDraft d = lines(FOUR,
                row("产出指标", "数量指标", "指标1：补助标准", "≥520元"),
                row("成年人≥270元；大中小学生、"),
                row("指标2：缴费标准", "儿童≥200元"),
                row("指标3：合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/补助标准/≥520元", "产出指标/数量指标/缴费标准/成年人≥270元；大中小学生、儿童≥200元",
                "产出指标/数量指标/合格率/≥95%"), read(d));
        assertTrue(codes(d).contains("cell-joined"), codes(d).toString());
        // a value below that opens as a value does: the lone line is the rest of the value above
        SheetDraft own = lines(FOUR,
                row("产出指标", "数量指标", "指标1：成年人达标率", "成年人<19"),
                row("2.59%"),
                row("指标2：合格率", "≥95%"));
        assertEquals("成年人<192.59%", own.indicators.get(0).value());
        assertEquals("≥95%", own.indicators.get(1).value());
    }

    @Test
    void aLabelMisreadBeyondRepairIsTheCategoryBetweenItsNeighbours() {
        SheetDraft d = lines(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("大号", "指标2：合格率", "≥95%"),
                row("时效指标", "指标3：完成时间", "12月底"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/质量指标/合格率/≥95%",
                "产出指标/时效指标/完成时间/12月底"), read(d));
        assertTrue(codes(d).contains("ocr-repaired"), codes(d).toString());
        // no single category between the neighbours (数量 … 成本: 质量 or 时效): left as printed
        SheetDraft two = lines(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("大号", "指标2：合格率", "≥95%"),
                row("成本指标", "指标3：单价", "≤10元"));
        assertEquals("产出指标/大号/合格率/≥95%", read(two).get(1));
    }

    @Test
    void latinLettersAfterAValuesUnitAreSpecks() {
        SheetDraft d = lines(FOUR,
                row("产出指标", "数量指标", "指标1：补助标准", "312元 ET"),
                row("指标2：参保人数", ">299.68万人 iT"),
                row("指标3：里程", "100 km"));
        assertEquals(List.of("产出指标/数量指标/补助标准/312元", "产出指标/数量指标/参保人数/>299.68万人",
                "产出指标/数量指标/里程/100 km"), read(d));
        assertEquals(List.of("ET", "iT"), d.remnants);
    }

    @Test
    void linesThatAreIndicatorsOfTheirOwn() {
        // fewer than two numbered indicators: nothing to go by
        SheetDraft one = lines(FOUR, row("产出指标", "数量指标", "指标1：培训", "≥100人"), row("", "", "人数", ""));
        assertEquals(2, one.indicators.size(), read(one).toString());
        // a name of its own with a complete value, under a complete value
        SheetDraft complete = lines(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("", "", "培训合格人员数量", "≥50人"),
                row("", "", "指标2：合格率", "≥95%"));
        assertEquals(3, complete.indicators.size(), read(complete).toString());
        // a line labelled at both levels is a group of one line
        SheetDraft group = lines(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("", "", "指标2：合格率", "≥95%"),
                row("效益指标", "社会效益指标", "群众满意", "较高"));
        assertEquals("效益指标/社会效益指标/群众满意/较高", read(group).get(2));
        // and the line after it has no numbered indicator above it
        SheetDraft after = lines(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("", "", "指标2：合格率", "≥95%"),
                row("效益指标", "社会效益指标", "群众满意", "较高"),
                row("", "", "群众满意度", ""));
        assertEquals(4, after.indicators.size(), read(after).toString());
    }

    @Test
    void labelsOnAContinuationLineStayAtThatLine() {
        SheetDraft d = lines(FOUR,
                row("产出指标", "", "指标1：培训", "≥100人"),
                row("", "数量指标", "人数", ""),
                row("", "", "指标2：合格率", "≥95%"));
        assertEquals(2, d.indicators.size(), read(d).toString());
        assertEquals("培训人数", d.indicators.get(0).name());
        assertEquals("数量指标", d.indicators.get(0).level2());
    }

    @Test
    void cellsOfOtherColumnsGoWithTheIndicator() {
        SheetDraft d = lines(new String[] {"一级指标", "二级指标", "三级指标", "指标值", "甲乙丙"},
                row("产出指标", "数量指标", "指标1：培训", "≥100人", "附"),
                row("", "", "人数", "", "注"),
                row("", "", "指标2：合格率", "≥95%", ""));
        assertEquals(2, d.indicators.size(), read(d).toString());
        assertEquals(List.of("附", "注"), d.remnants);
    }

    static Row ocrRow(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(1, i + 1, null), Double.NaN));
        }
        return new Row(l, true, Locator.line(1));
    }

    /**
     * Values the printed-line rules placed get the OCR repairs of a value: the repaired reading in
     * the value (and so the target), the engine's text in an {@code ocr-repaired} diagnostic; a
     * {@code >} is read as ≥ only where no line of the table prints ≥ or ≤.
     */
    @Test
    void placedValuesAreRepairedAsTheRowWiseRepairWouldRepairThem() {
        SheetDraft d = lines(FOUR,
                ocrRow("产出指标", "数量指标", "各级财政实际补助标准(元)", ">520元"),
                ocrRow("满意度指标", "服务对象满意度指标", "参保对象满意度(%)", "90%6"));
        assertEquals(List.of("产出指标/数量指标/各级财政实际补助标准(元)/≥520元", "满意度指标/服务对象满意度指标/参保对象满意度(%)/90%"),
                read(d));
        assertEquals(dev.zhibiao.Op.GE, ((dev.zhibiao.Target.Comparison) d.indicators.get(0).target()).op());
        List<String> repaired = d.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).map(Diagnostic::message).toList();
        assertEquals(2, repaired.size(), repaired.toString());
        assertTrue(repaired.get(0).contains("\">520元\" repaired to \"≥520元\""), repaired.get(0));
        // an engine that prints ≥ in the table printed its > as such: kept
        SheetDraft ge = lines(FOUR,
                ocrRow("产出指标", "数量指标", "各级财政实际补助标准(元)", ">520元"),
                ocrRow("产出指标", "数量指标", "参保人数(人)", "≥299.68万人"));
        assertEquals("产出指标/数量指标/各级财政实际补助标准(元)/>520元", read(ge).get(0));
    }
}
