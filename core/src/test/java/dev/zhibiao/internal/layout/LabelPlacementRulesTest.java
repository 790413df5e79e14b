package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelPlacement}'s rules (its Javadoc): which labels make a level-2 event, labels printed
 * vertically, a level-1 label printed alone at the middle of its cell, and labels filled up.
 */
class LabelPlacementRulesTest {

    private static Label label(String text) {
        return new Label(new Cell(text, null), Vocabulary.category(text), null);
    }

    private static Read indicator(int line, Integer number, String... labels) {
        Read r = new Read(new Row(List.of(new Cell("名称" + line, new Locator(line, 1, 1))), true, new Locator(line, null, 1)));
        r.content.put(Column.NAME, new Cell("名称" + line, new Locator(line, 1, 1)));
        r.number = number;
        r.line = line;
        r.lastLine = line;
        for (String l : labels) {
            r.labels.add(label(l));
        }
        return r;
    }

    private static List<String> labelled(List<Read> reads) {
        List<String> out = new ArrayList<>();
        for (Read r : reads) {
            out.add(r.labels.stream().map(Label::printed).reduce((a, b) -> a + "/" + b).orElse(""));
        }
        return out;
    }

    static Row row(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(1, i + 1, null)));
        }
        return new Row(l, true, Locator.line(1));
    }

    static SheetDraft read(Row... rows) {
        SheetDraft d = new SheetDraft();
        IndicatorTable.read(row("一级指标", "二级指标", "三级指标", "指标值"), List.of(rows), d);
        return d;
    }

    static List<String> lines(SheetDraft d) {
        return d.indicators.stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name()).toList();
    }

    @Test
    void whichLabelsAreALevel2Event() {
        assertFalse(LabelPlacement.hasLevel2(List.of()));
        assertFalse(LabelPlacement.hasLevel2(List.of(label("产出指标"))), "a level-1 category alone");
        assertTrue(LabelPlacement.hasLevel2(List.of(label("数量指标"))));
        assertTrue(LabelPlacement.hasLevel2(List.of(label("自定义"))), "a label outside the vocabulary");
        assertTrue(LabelPlacement.hasLevel2(List.of(label("产出指标"), label("效益指标"))), "two labels");
        assertTrue(LabelPlacement.sameLabels(List.of(label("数量 指标")), List.of(label("数量指标"))));
        assertFalse(LabelPlacement.sameLabels(List.of(label("数量指标")), List.of(label("质量指标"))));
        assertFalse(LabelPlacement.sameLabels(List.of(label("数量指标")), List.of(label("产出指标"), label("数量指标"))));
        assertEquals("产出指标/数量指标", LabelPlacement.names(List.of(label("产出指标"), label("数量 指标"))));
    }

    @Test
    void aLevel1LabelAloneAtTheMiddleOfItsCell() {
        List<Read> reads = new ArrayList<>(List.of(indicator(0, 1), indicator(1, 2, "数量指标"), indicator(2, 3, "产出指标"),
                indicator(3, 4)));
        SheetDraft d = new SheetDraft();
        LabelPlacement.centred(reads, d);
        assertEquals(List.of("产出指标/数量指标", "", "", ""), labelled(reads));
        assertEquals(2, d.diagnostics.stream().filter(x -> x.code().equals("label-moved")).count());
        // a level-1 label its group's level-2 label does not belong under stays where printed
        List<Read> other = new ArrayList<>(List.of(indicator(0, 1), indicator(1, 2, "数量指标"), indicator(2, 3, "效益指标"),
                indicator(3, 4)));
        LabelPlacement.centred(other, new SheetDraft());
        assertEquals(List.of("数量指标", "", "效益指标", ""), labelled(other));
        // nor where the group's first row has a level-1 label of its own
        List<Read> own = new ArrayList<>(List.of(indicator(0, 1, "产出指标"), indicator(1, 2, "数量指标"), indicator(2, 3, "产出指标"),
                indicator(3, 4)));
        LabelPlacement.centred(own, new SheetDraft());
        assertEquals(List.of("产出指标/数量指标", "", "产出指标", ""), labelled(own));
        // in the second group: it goes to that group's first row
        List<Read> second = new ArrayList<>(List.of(indicator(0, 1, "数量指标"), indicator(1, 1), indicator(2, 2, "社会效益指标"),
                indicator(3, 3, "效益指标")));
        LabelPlacement.centred(second, new SheetDraft());
        assertEquals(List.of("数量指标", "效益指标/社会效益指标", "", ""), labelled(second));
    }

    @Test
    void noLevel2LabelLeavesLabelsWherePrinted() {
        List<Read> reads = new ArrayList<>(List.of(indicator(0, null), indicator(1, null, "产出指标")));
        SheetDraft d = new SheetDraft();
        LabelPlacement.centred(reads, d);
        assertEquals(List.of("", "产出指标"), labelled(reads));
        assertEquals(List.of(), d.diagnostics);
    }

    @Test
    void theSameLabelPrintedAgainIsOneEvent() {
        List<Read> reads = new ArrayList<>(List.of(indicator(0, null), indicator(1, null, "数量指标"), indicator(2, null, "数量指标")));
        LabelPlacement.centred(reads, new SheetDraft());
        assertEquals(List.of("数量指标", "", ""), labelled(reads));
    }

    @Test
    void aLevel2LabelPrintedVertically() {
        SheetDraft d = read(row("产出指标", "数", "培训人数", "≥100人"), row("", "量", "合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数", "产出指标/数量指标/合格率"), lines(d));
        // a fragment of more than two characters ends the run
        SheetDraft broken = read(row("产", "数量指标", "培训人数", "≥100人"), row("出入库", "", "合格率", "≥95%"));
        assertFalse(broken.diagnostics.stream().anyMatch(x -> x.code().equals("label-joined")), broken.diagnostics.toString());
    }

    @Test
    void labelsFilledUpWithinTheirGroupOnly() {
        SheetDraft d = read(row("产出指标", "", "培训人数", "≥100人"), row("效益指标", "社会效益指标", "满意度", "≥90%"));
        assertEquals("产出指标/null/培训人数", lines(d).get(0));
        assertTrue(d.diagnostics.stream().map(Diagnostic::message).anyMatch(m -> m.equals("no level-2 label for indicator \"培训人数\"")),
                d.diagnostics.toString());
        SheetDraft same = read(row("产出指标", "", "培训人数", "≥100人"), row("", "数量指标", "合格率", "≥95%"));
        assertEquals("产出指标/数量指标/培训人数", lines(same).get(0));
    }

    private static Row ocr(int line, String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(line, i + 1, 1), 0.9));
        }
        return new Row(l, true, new Locator(line, null, 1));
    }

    @Test
    void aGroupWhoseNumberingStartsOverWithoutALabelIsTheCategoryBetweenItsNeighbours() {
        SheetDraft d = read(ocr(2, "产出指标", "数量指标", "指标1：参保人数", "≥90万人"),
                ocr(3, "", "", "指标2：补助标准", "≥520元"),
                ocr(4, "", "", "指标1：综合参保率", "≥85%"), // 质量指标 lost by the engine
                ocr(5, "", "", "指标2：重复参保人数", "0"),
                ocr(6, "", "时效指标", "指标1：资金到位率", "100%"));
        assertEquals(List.of("产出指标/数量指标/参保人数", "产出指标/数量指标/补助标准", "产出指标/质量指标/综合参保率",
                "产出指标/质量指标/重复参保人数", "产出指标/时效指标/资金到位率"), lines(d));
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals(OcrRepair.CODE)));
        // the lost label read as a word that names no category
        SheetDraft misread = read(ocr(2, "产出指标", "数量指标", "指标1：参保人数", "≥90万人"),
                ocr(3, "", "大号", "指标1：综合参保率", "≥85%"),
                ocr(4, "", "", "指标2：重复参保人数", "0"),
                ocr(5, "", "时效指标", "指标1：资金到位率", "100%"));
        assertEquals(List.of("产出指标/数量指标/参保人数", "产出指标/质量指标/综合参保率", "产出指标/质量指标/重复参保人数",
                "产出指标/时效指标/资金到位率"), lines(misread));
        // two categories between the neighbours (数量指标 … 成本指标): nothing given
        SheetDraft two = read(ocr(2, "产出指标", "数量指标", "指标1：参保人数", "≥90万人"),
                ocr(3, "", "", "指标1：综合参保率", "≥85%"),
                ocr(4, "", "成本指标", "指标1：补助标准", "312元"));
        assertEquals("产出指标/数量指标/综合参保率", lines(two).get(1));
        // printed text (not OCR): a sheet that numbers on without a new label keeps its label
        SheetDraft printed = read(row("产出指标", "数量指标", "指标1：参保人数", "≥90万人"), row("", "", "指标1：综合参保率", "≥85%"),
                row("", "时效指标", "指标1：资金到位率", "100%"));
        assertEquals("产出指标/数量指标/综合参保率", lines(printed).get(1));
    }

    @Test
    void groupsWhoseLabelsTheEngineLostTakeTheFrameworksCategoriesWhenTheirCountFits() {
        // 数量指标 misread as 当量胆标, 质量指标 read as nothing: two groups between the start of 产出指标 and 时效指标
        SheetDraft d = read(ocr(2, "产出指标", "当量胆标", "指标1：参保人数", "≥90万人"),
                ocr(3, "", "", "指标2：补助标准", "≥520元"),
                ocr(4, "", "", "指标1：综合参保率", "≥85%"),
                ocr(5, "", "", "指标2：重复参保人数", "0"),
                ocr(6, "", "时效指标", "指标1：资金到位率", "100%"));
        assertEquals(List.of("产出指标/数量指标/参保人数", "产出指标/数量指标/补助标准", "产出指标/质量指标/综合参保率",
                "产出指标/质量指标/重复参保人数", "产出指标/时效指标/资金到位率"), lines(d));
        assertEquals(2, d.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).count());
        // two groups lost after 数量指标, before 成本指标: 质量指标 and 时效指标
        SheetDraft after = read(ocr(2, "产出指标", "数量指标", "指标1：参保人数", "≥90万人"),
                ocr(3, "", "大号", "指标1：综合参保率", "≥85%"),
                ocr(4, "", "", "指标1：资金到位率", "100%"),
                ocr(5, "", "成本指标", "指标1：补助标准", "312元"));
        assertEquals(List.of("产出指标/数量指标/参保人数", "产出指标/质量指标/综合参保率", "产出指标/时效指标/资金到位率",
                "产出指标/成本指标/补助标准"), lines(after));
        // one group lost where the framework lists two (数量指标, 质量指标) before 时效指标: nothing given
        SheetDraft one = read(ocr(2, "产出指标", "当量胆标", "指标1：参保人数", "≥90万人"),
                ocr(3, "", "时效指标", "指标1：资金到位率", "100%"));
        assertEquals("产出指标/当量胆标/参保人数", lines(one).get(0));
        // printed text (not OCR): kept as printed
        SheetDraft printed = read(row("产出指标", "当量胆标", "指标1：参保人数", "≥90万人"), row("", "", "指标1：综合参保率", "≥85%"),
                row("", "时效指标", "指标1：资金到位率", "100%"));
        assertEquals("产出指标/当量胆标/参保人数", lines(printed).get(0));
    }

    @Test
    void theTablesFirstGroupWithNoLabelAtAllTakesTheCategoriesBeforeTheFirstLabel() {
        // 产出指标 and 数量指标 read as nothing on the table's first rows, 质量指标 read below: the rows are 数量指标's
        SheetDraft d = read(ocr(2, "", "", "重点对象住院救助比例", "≥70%"),
                ocr(3, "", "", "资助参保政策覆盖率", "≥99%"),
                ocr(4, "", "质量指标", "医保综合监管能力", "有所提升"),
                ocr(5, "", "时效指标", "一站式结算", "不低于上年"));
        assertEquals(List.of("产出指标/数量指标/重点对象住院救助比例", "产出指标/数量指标/资助参保政策覆盖率",
                "产出指标/质量指标/医保综合监管能力", "产出指标/时效指标/一站式结算"), lines(d));
        assertEquals(1, d.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).count());
        // two categories before 时效指标, one group above it: nothing given
        SheetDraft two = read(ocr(2, "", "", "重点对象住院救助比例", "≥70%"),
                ocr(3, "", "时效指标", "一站式结算", "不低于上年"));
        assertEquals(0, two.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).count());
        // above the first label of a later level-1 label (社会效益指标): the groups before it are not counted
        SheetDraft later = read(ocr(2, "", "", "困难群众就医方便程度", "明显提高"),
                ocr(3, "", "可持续影响指标", "对健全社会救助体系的影响", "成效明显"));
        assertEquals(0, later.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).count());
        // a table printing the cost categories as a level-1 label's (经济成本指标): its first group may be theirs
        SheetDraft cost = read(ocr(2, "", "", "三级财政补助", "补助到位"),
                ocr(3, "成本指标", "经济成本指标", "", ""),
                ocr(4, "产出指标", "质量指标", "医保综合监管能力", "有所提升"));
        assertEquals(0, cost.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).count());
        // printed text (not OCR): kept as printed
        SheetDraft printed = read(row("", "", "重点对象住院救助比例", "≥70%"), row("", "质量指标", "医保综合监管能力", "有所提升"));
        assertEquals(0, printed.diagnostics.stream().filter(x -> x.code().equals(OcrRepair.CODE)).count());
    }

    private static Row unsure(int line, double conf, String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(line, i + 1, 1), i < 2 ? conf : 0.9));
        }
        return new Row(l, true, new Locator(line, null, 1));
    }

    @Test
    void aSatisfactionIndicatorUnderLabelsMisreadBeyondRepairIsUnder满意度指标() {
        SheetDraft d = read(ocr(2, "产出指标", "数量指标", "参保人数", "≥90万人"),
                unsure(3, 0.0, "滥洲尖油", "", "参保对象满意度(%)", "≥90%"),
                unsure(4, 0.02, "济度晤指标", "服务各对象满满曲之于担案", "救助对象对救治工作满意度", "≥85%"));
        assertEquals(List.of("产出指标/数量指标/参保人数", "满意度指标/服务对象满意度指标/参保对象满意度(%)",
                "满意度指标/服务对象满意度指标/救助对象对救治工作满意度"), lines(d));
        // a sheet's own label read sure stays; so does a label misread on an indicator that measures no satisfaction
        SheetDraft own = read(ocr(2, "产出指标", "数量指标", "参保人数", "≥90万人"),
                unsure(3, 0.93, "群众评价", "", "参保对象满意度(%)", "≥90%"),
                unsure(4, 0.0, "滥洲尖油", "", "政策知晓率", "≥90%"));
        assertEquals(List.of("产出指标/数量指标/参保人数", "群众评价/null/参保对象满意度(%)", "滥洲尖油/null/政策知晓率"), lines(own));
    }

    @Test
    void aSatisfactionIndicatorUnderAnUnsureUnnamedLabelBeside满意度指标IsUnderItsOnlyLevel2() {
        // 满意度指标 read (sure), its level-2 label 服务对象满意度指标 read 放生放全称 (unsure): kept as the level 2 before
        Row sure = new Row(List.of(new Cell("满意度指标", new Locator(3, 1, 1), 0.89), new Cell("放生放全称", new Locator(3, 2, 1), 0.1),
                new Cell("参保对象满意度(%)", new Locator(3, 3, 1), 0.9), new Cell("≥90%", new Locator(3, 4, 1), 0.9)), true, new Locator(3, null, 1));
        SheetDraft d = read(ocr(2, "产出指标", "数量指标", "参保人数", "≥90万人"), sure);
        assertEquals(List.of("产出指标/数量指标/参保人数", "满意度指标/服务对象满意度指标/参保对象满意度(%)"), lines(d));
        // the unnamed label read sure is the sheet's own: kept
        Row own = new Row(List.of(new Cell("满意度指标", new Locator(3, 1, 1), 0.89), new Cell("群众评价", new Locator(3, 2, 1), 0.93),
                new Cell("参保对象满意度(%)", new Locator(3, 3, 1), 0.9), new Cell("≥90%", new Locator(3, 4, 1), 0.9)), true, new Locator(3, null, 1));
        assertEquals("满意度指标/群众评价/参保对象满意度(%)", lines(read(ocr(2, "产出指标", "数量指标", "参保人数", "≥90万人"), own)).get(1));
    }
}
