package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of an OCR engine's plain text ({@link OcrTextRows}) and the repairs made in them. */
class OcrTextRepairTest {
    private static int lineNo = 1;

    /** A cell of plain OCR text: read by an engine, no confidence. */
    private static Cell txt(String t) {
        return new Cell(t, new Locator(lineNo, 1, 1), Double.NaN);
    }

    private static OcrTextRows.Line line(String... pieces) {
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(txt(p));
        }
        lineNo++;
        return new OcrTextRows.Line(cells, 0);
    }

    private static Row table(Cell... cells) {
        return new Row(List.of(cells), true, Locator.line(1));
    }

    @Test
    void aLabelWrappedInItsMergedCellIsJoinedBack() {
        List<Row> rows = OcrTextRows.rows(List.of(
                line("一级指标", "二级指标", "三级指标", "指标值"),
                line("产出指", "参保人数(人)", ">299.68万人"),
                line("标", "补助标准(元)", ">520元")));
        assertEquals("产出指标", rows.get(1).cells().get(0).text());
        assertEquals(List.of("补助标准(元)", ">520元"), rows.get(2).cells().stream().map(Cell::text).toList());
        // a whole label is not extended, and a piece of three characters is no tail
        assertTrue(!OcrTextRows.wrapped("产出指标", "标"));
        assertTrue(!OcrTextRows.wrapped("产出", "指标值"));
        assertTrue(OcrTextRows.wrapped("满意度指", "标"));
    }

    @Test
    void aHeadingRowPrintedOverTwoLines() {
        List<Row> rows = OcrTextRows.rows(List.of(
                line("一级指标", "二级指标", "三级指标", "指标值", "全年实际完", "未完成原因和改"),
                line("一级指标", "二级指标", "三级指标", "指标值", "成值", "进措施")));
        Row heading = rows.get(rows.size() - 1);
        assertEquals("全年实际完成值", heading.cells().get(4).text());
        assertEquals("未完成原因和改进措施", heading.cells().get(5).text());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), rows.get(0).cells().stream().map(Cell::text).toList());
    }

    @Test
    void titlesAndYearsAreProse() {
        List<Row> rows = OcrTextRows.rows(List.of(line("项目支出绩效目标表"), line("(2023年度)"), line("项目名称", "城乡居民补助")));
        assertTrue(!rows.get(0).table());
        assertTrue(!rows.get(1).table());
        assertTrue(rows.get(2).table());
    }

    @Test
    void greaterThanIsReadAsAtLeastOnlyWhereTheEngineNeverPrintsIt() {
        List<Row> rows = List.of(
                table(txt("一级指标"), txt("二级指标"), txt("三级指标"), txt("指标值")),
                table(txt("产出指标"), txt("参保人数(人)"), txt(">299.68 万人")),
                table(txt("补助标准(元)"), txt("二85%")));
        OcrRepair.Result r = OcrRepair.repair(rows);
        assertEquals("≥299.68万人", r.rows().get(1).cells().get(2).text());
        assertEquals("≥85%", r.rows().get(2).cells().get(1).text());
        List<Diagnostic> d = r.notes().get(r.rows().get(1));
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("prints no ≥"), d.get(0).message());
        // no confidence to report for plain text
        assertTrue(!d.get(0).message().contains("confidence"), d.get(0).message());
        // the same document with one ≥ printed somewhere: the engine prints ≥, so its > is a >
        List<Row> withGe = new ArrayList<>(rows);
        withGe.add(table(txt("群众满意度"), txt("≥90%")));
        assertEquals(">299.68 万人", OcrRepair.repair(withGe).rows().get(1).cells().get(2).text());
        // text printed as text (no OCR) is never touched
        List<Row> typed = List.of(table(new Cell("一级指标", Locator.UNKNOWN), new Cell("二级指标", Locator.UNKNOWN),
                new Cell("三级指标", Locator.UNKNOWN), new Cell("指标值", Locator.UNKNOWN)),
                table(new Cell("参保人数", Locator.UNKNOWN), new Cell(">100人", Locator.UNKNOWN)));
        assertEquals(">100人", OcrRepair.repair(typed).rows().get(1).cells().get(1).text());
    }

    @Test
    void ruleStrokesAndTheLeadCellAreNotRowText() {
        List<Row> rows = List.of(
                table(txt("一级指标"), txt("二级指标"), txt("三级指标"), txt("指标值")),
                table(txt("绩效指标"), txt("产出指标"), txt("质量指标"), txt("重症失能人员"), txt("纳入长护")),
                table(txt("以户籍人口数为基数计算的基本"), txt("。")));
        OcrRepair.Result r = OcrRepair.repair(rows);
        // 绩效指标 is the lead heading printed beside the rows, not 时效指标 misread
        assertEquals("", r.rows().get(1).cells().get(0).text());
        assertEquals("", r.rows().get(2).cells().get(1).text());
        assertEquals(1, r.notes().get(r.rows().get(2)).size());
    }

    @Test
    void aLevelHeadingMisreadBeyondOneCharacterTakesItsPlace() {
        Row heading = table(txt("绩效指标"), txt("“执指"), txt("二级指标"), txt("三级指标"), txt("指标值"));
        Row fixed = OcrRepair.repair(List.of(heading)).rows().get(0);
        assertEquals("一级指标", fixed.cells().get(1).text());
        assertEquals("绩效指标", fixed.cells().get(0).text());
        // nothing in common with the missing heading: left as printed
        Row other = table(txt("备注"), txt("二级指标"), txt("三级指标"), txt("指标值"));
        assertEquals("备注", OcrRepair.repair(List.of(other)).rows().get(0).cells().get(0).text());
    }

    @Test
    void aNameAndItsValueInOnePiece() {
        List<Row> rows = List.of(
                table(txt("一级指标"), txt("二级指标"), txt("三级指标"), txt("指标值")),
                table(txt("成本指标"), txt("指标 1: 中央财政补助资金人均补助标准312元")),
                table(txt("指标 2: 2019年12月31日前到位")));
        OcrRepair.Result r = OcrRepair.repair(rows);
        assertEquals(List.of("成本指标", "指标 1: 中央财政补助资金人均补助标准", "312元"),
                r.rows().get(1).cells().stream().map(Cell::text).toList());
        // a name ending in a date is not cut (the grammar reads no quantity there)
        assertEquals(1, r.rows().get(2).cells().size());
    }

    @Test
    void misreadNumbering() {
        List<Row> rows = List.of(
                table(txt("一级指标"), txt("二级指标"), txt("三级指标"), txt("指标值")),
                table(txt("质量指标"), txt("指杯5: 参保人政策范围内住院费用报销"), txt(">71.85%")));
        assertEquals("指标5: 参保人政策范围内住院费用报销", OcrRepair.repair(rows).rows().get(1).cells().get(1).text());
    }

    @Test
    void recoveredFromPlainText() {
        lineNo = 1;
        List<Row> rows = OcrTextRows.rows(List.of(
                line("项目支出绩效目标表"),
                line("项目名称", "城乡居民医疗保险补助"),
                line("一级指标“", "二级指标", "三级指标", "间标值"),
                line("产出指", "数量指标", "参保人数(人)", ">299.68万人"),
                line("标", "质量指标", "基本医保参保率", "二95%")));
        List<Sheet> sheets = Recovery.recover(new Document("scan.txt", rows));
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(2, s.indicators().size(), s.toString());
        assertEquals("产出指标", s.indicators().get(1).level1());
        assertEquals("≥299.68万人", s.indicators().get(0).value());
        assertEquals("≥95%", s.indicators().get(1).value());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("ocr-repaired")));
    }

    @Test
    void gForNineOnlyWhereTheNameSaysPercent() {
        List<Diagnostic> d = new ArrayList<>();
        assertEquals("≥85%", OcrRepair.value(txt(">85g"), "综合参保率(%)", true, d).text());
        assertEquals("≥83%", OcrRepair.value(txt(">83g%"), "综合参保率(%)", true, d).text());
        // grams stay grams
        assertEquals("500g", OcrRepair.value(txt("500g"), "食盐用量", true, d).text());
    }

    /** Labels of the last group printed over lines of their own above its one indicator, numbered from 1 again. */
    private static List<OcrTextRows.Line> costGroup(OcrTextRows.Line... satisfaction) {
        lineNo = 1;
        List<OcrTextRows.Line> lines = new ArrayList<>(List.of(
                line("项目支出绩效目标表"),
                line("项目名称", "城乡居民医疗保险补助"),
                line("一级指标", "二级指标", "三级指标", "指标值"),
                line("产出指标", "成本指标", "指标1: 中央财政补助资金人均补助标准", "312元"),
                line("指标2: 省级财政补助资金人均补助标准", "124.8元"),
                line("指标3: 地方财政补助资金人均补助标准", "83.2元")));
        lines.addAll(List.of(satisfaction));
        return lines;
    }

    private static List<String> level2s(List<OcrTextRows.Line> lines) {
        OcrTextRows.Result r = OcrTextRows.read(lines);
        List<Sheet> sheets = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes()));
        assertEquals(1, sheets.size());
        return sheets.get(0).indicators().stream().map(x -> x.level2()).toList();
    }

    /**
     * A level-2 label taller than its one row, its words wrapped over lines of their own above the
     * row (满意度 / 指标 / 服务对象满意度 / 指标, then 指标1): the group under it starts where the
     * numbering starts over, not two rows up (it was placed on 指标2, a tie with the label "outside"
     * its group); and words naming no category printed right under a merged cell's labels on the
     * indicator's line (指标达 | 指失) are that cell misread, not a group of their own.
     */
    @Test
    void theLastGroupsLabelsPrintedAboveItsRow() {
        List<String> tall = level2s(costGroup(line("满意度"), line("指标"), line("服务对象满意度"), line("指标"),
                line("指标 1: 参保对象满意度(%)", ">90%")));
        assertEquals(List.of("成本指标", "成本指标", "成本指标", "服务对象满意度指标"), tall);
        List<String> misread = level2s(costGroup(line("满意度", "服务对象满意度"),
                line("指标达", "指失", "指标 1 参保对象满意度(9)", ">90%")));
        assertEquals(List.of("成本指标", "成本指标", "成本指标", "服务对象满意度指标"), misread);
    }

    /**
     * Groups whose labels the engine lost in plain text (质量指标 and 时效指标 read as nothing): the
     * numbering starting over shows five groups for the three labels read; each label goes to the
     * group it is printed in, the lost ones are named by the framework's order between 数量指标 and
     * 成本指标 (they had taken 数量指标 and 成本指标 stretched over them, centred on the line printed).
     */
    @Test
    void groupsTheNumberingShowsWhoseLabelsTheEngineLost() {
        lineNo = 1;
        List<OcrTextRows.Line> lines = List.of(
                line("项目支出绩效目标表"),
                line("项目名称", "城乡居民医疗保险补助"),
                line("一级指标", "二级指标", "三级指标", "指标值"),
                line("指标1: 参保人数(人)", ">94万人"),
                line("产出指标", "数量指标", "指标2: 各级财政实际补助标准(元)", ">520元"),
                line("指标3: 个人实际缴费标准(元)", ">270元"),
                line("指标1: 重复参保人数(人)", "0"),
                line("指标2: 虚报参保人数(人)", "0"),
                line("指标3: 住院费用实际报销比例", ">60%"),
                line("指标1: 中央财政补助资金到位率", "100%"),
                line("指标2: 省级财政补助资金到位率", "100%"),
                line("成本指标", "指标1: 中央财政补助资金人均补助标准", "312元"),
                line("指标2: 省级财政补助资金人均补助标准", "124.8元"),
                line("满意度指标", "服务对象满意度指标", "指标1: 参保对象满意度(%)", ">90%"));
        OcrTextRows.Result r = OcrTextRows.read(lines);
        Sheet sheet = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes())).get(0);
        assertEquals(List.of("数量指标", "数量指标", "数量指标", "质量指标", "质量指标", "质量指标", "时效指标", "时效指标",
                "成本指标", "成本指标", "服务对象满意度指标"), sheet.indicators().stream().map(x -> x.level2()).toList());
        assertTrue(sheet.diagnostics().stream().anyMatch(x -> x.message().contains("starts over 4 time(s): 5 groups for 3 label(s)")));
        // printed text (no engine read it) keeps its labels centred as printed
        List<Row> printed = new ArrayList<>();
        for (Row row : r.rows()) {
            printed.add(new Row(row.cells().stream().map(c -> new Cell(c.text(), c.at())).toList(), row.table(), row.at()));
        }
        List<String> kept = Recovery.recover(new Document("print.txt", printed, true, r.notes())).get(0).indicators()
                .stream().map(x -> x.level2()).toList();
        assertTrue(!kept.contains("质量指标") && !kept.contains("时效指标"), kept.toString());
        // the first group would take no label (数量指标 lost): it has none above it, the labels stay centred
        lineNo = 1;
        List<OcrTextRows.Line> firstLost = new ArrayList<>(lines.subList(0, 3));
        firstLost.addAll(List.of(line("指标1: 参保人数(人)", ">94万人"), line("指标2: 补助标准(元)", ">520元"),
                line("指标1: 重复参保人数(人)", "0"), line("质量指标", "指标2: 虚报参保人数(人)", "0"),
                line("指标3: 住院费用实际报销比例", ">60%"), line("指标1: 中央财政补助资金到位率", "100%"),
                line("时效指标", "指标2: 省级财政补助资金到位率", "100%")));
        OcrTextRows.Result f = OcrTextRows.read(firstLost);
        Sheet centred = Recovery.recover(new Document("scan.txt", f.rows(), true, f.notes())).get(0);
        assertTrue(centred.diagnostics().stream().noneMatch(x -> x.message().contains("groups for")));
        assertEquals("质量指标", centred.indicators().get(0).level2());
    }

    /**
     * A satisfaction indicator of plain OCR text under labels misread beyond repair (野务对象, or the
     * level-1 label read and the level-2 one not, 满意度 | 全称放生): under 满意度指标 and its only
     * category. A label holding 满意 is a sheet's own (社会公众满意度) and stays.
     */
    @Test
    void aSatisfactionIndicatorUnderLabelsMisreadInPlainText() {
        List<String> misread = level2s(costGroup(line("澳则", "野务对象", "指标 1: 参保对象满意度(%)", ">90%")));
        assertEquals("服务对象满意度指标", misread.get(misread.size() - 1));
        List<String> level1Read = level2s(costGroup(line("满意度", "全称放生", "指标 1: 参保对象满意度(%)", ">90%")));
        assertEquals("服务对象满意度指标", level1Read.get(level1Read.size() - 1));
        List<String> own = level2s(costGroup(line("满意度指标", "社会公众满意度", "指标 1: 参保对象满意度(%)", ">90%")));
        assertTrue(!own.get(own.size() - 1).equals("服务对象满意度指标"), own.toString());
    }

    private static Sheet selfEvaluation(OcrTextRows.Line heading, OcrTextRows.Line... indicators) {
        lineNo = 1;
        List<OcrTextRows.Line> lines = new ArrayList<>(List.of(
                line("城乡居民基本医疗保险补助资金转移支付区域(项目)绩效自评表"),
                line("转移支付(项目)名称", "城乡居民基本医疗保险补助资金"),
                heading));
        lines.addAll(List.of(indicators));
        OcrTextRows.Result r = OcrTextRows.read(lines);
        List<Sheet> sheets = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes()));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    /**
     * A self-evaluation line read one cell too far right (the level-1 label misread, 寺间度, so the
     * heading's columns put the level-2 label in the name and the name in the value): the pair of
     * values that ends the line is 指标值 and 全年实际完成值, the cell before it the name. A line
     * holding only the end of a category label (度指标) is that label wrapped, not an indicator.
     */
    @Test
    void aPairOfValuesEndsASelfEvaluationLine() {
        Sheet s = selfEvaluation(line("二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"),
                line("数量指标", "参保人数(人)", ">623万人", ">623万人"),
                line("寺间度", "政策知斌率", "参保群众政策知晓率", "普遍知晓", "普遍知晓"),
                line("满意度指标", "虑癌守象江意", "参保对象满意度", ">85%", ">85%"),
                line("度指标"));
        // 度指标 alone on its line: the end of 服务对象满意度指标 wrapped in its merged cell, no indicator
        assertEquals(3, s.indicators().size(), s.toString());
        assertEquals("参保人数(人)", s.indicators().get(0).name());
        assertEquals("参保群众政策知晓率", s.indicators().get(1).name(), s.toString());
        assertEquals("普遍知晓", s.indicators().get(1).value());
        assertEquals("参保对象满意度", s.indicators().get(2).name());
        assertEquals("≥85%", s.indicators().get(2).value());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("row-realigned")
                && d.message().contains("pair of values")), s.diagnostics().toString());
        // a line whose value is text and whose actual and note differ keeps its reading
        Sheet kept = selfEvaluation(line("二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"),
                line("社会效益指标", "困难群众医疗费用负担", "有效缓解", "基本缓解", "资金到位晚"));
        assertEquals("有效缓解", kept.indicators().get(0).value(), kept.toString());
    }

    /**
     * A heading whose value word the engine misread ({@code 二级指标 | 三级指标 | 失村信人斌}) still names
     * the table by two level words: the rows under it are read by content, a value column after the
     * name, and in a self-evaluation sheet what was done and the note after it.
     */
    @Test
    void aHeadingWhoseValueWordTheEngineMisread() {
        Sheet s = selfEvaluation(line("二级指标", "三级指标", "失村信人斌全宝交"),
                line("参保人数(人)", "623万人", "623万人"),
                line("重复参保人数(人)", "0", "0"));
        assertEquals(2, s.indicators().size(), s.toString());
        assertEquals("参保人数(人)", s.indicators().get(0).name());
        assertEquals("623万人", s.indicators().get(0).value());
        assertEquals("重复参保人数(人)", s.indicators().get(1).name());
        assertEquals("0", s.indicators().get(1).value());
        assertTrue(Recovery.isLevelsHeading(table(txt("是"), txt("二级指标"), txt("三级指标"), txt("失村信人斌"))));
        assertTrue(!Recovery.isLevelsHeading(table(txt("三级指标"), txt("失村信人斌"))));
    }

    /**
     * A self-evaluation row whose name wrapped over more lines than its values: the engine prints the
     * values on a line of their own ({@code 0 | 0}) above the name; they are that name's, not an
     * indicator named 0. Joined to the indicator above where it has no value, else below; a line of
     * values between two indicators that have theirs stays.
     */
    @Test
    void valuesPrintedOnALineOfTheirOwnBesideTheirWrappedName() {
        Sheet s = selfEvaluation(line("二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"),
                line("数量指标", "试点地区居民参保覆盖率", ">95%", ">95%"),
                line("0", "0"),
                line("重复参保人数"),
                line("质量指标", "虚报参保人数", "0", "0"),
                line("参保对象满意度"),
                line(">90%", ">90%"));
        assertEquals(List.of("试点地区居民参保覆盖率", "重复参保人数", "虚报参保人数", "参保对象满意度"),
                s.indicators().stream().map(x -> x.name()).toList(), s.toString());
        assertEquals("0", s.indicators().get(1).value());
        assertEquals("0", s.indicators().get(1).actual());
        // the engine printed no ≥ (the ≥95% above is the row-wise repair's): its > is ≥ here too (SheetDraft.engineNoGe)
        assertEquals("≥90%", s.indicators().get(3).value());
        assertEquals(2, s.diagnostics().stream().filter(d -> d.code().equals("value-joined")
                && d.message().contains("on a line of their own")).count(), s.diagnostics().toString());
        Sheet kept = selfEvaluation(line("二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"),
                line("数量指标", "试点地区居民参保覆盖率", ">95%", ">95%"),
                line("100", "98"),
                line("质量指标", "虚报参保人数", "0", "0"));
        // a value line under a row that has its values is no indicator of its own (ocrtxt30's LineFragments.withCells,
        // session 28; it was kept as an indicator named 100 before): its cells are remnants, nothing lost
        assertEquals(2, kept.indicators().size(), kept.toString());
        assertTrue(kept.remnants().contains("100") && kept.remnants().contains("98"), kept.remnants().toString());
    }

    /**
     * A line of a numbered sheet whose later cell opens with the next number ({@code da指标 |
     * 指标2: …}: a merged label's fragment read on its left) is that indicator, not the wrap of the
     * one above: the numbered cell is its name, the piece before it a remnant, and the lines below
     * continue it.
     */
    @Test
    void aNumberedNamePrintedAfterAPieceStartsItsIndicator() {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        lineNo = 1;
        OcrTextRows.Result r = OcrTextRows.read(List.of(
                line("项目支出绩效目标表"),
                line("项目名称", "城乡居民医疗保险补助"),
                line("一级指标", "二级指标", "三级指标", "指标值"),
                line("产出指标", "时效指标", "指标1: 2019年12月31日前中央财政补助资", "100%"),
                line("金到位率"),
                line("da指标", "指标2: 2019年12月31日前省级财政补助资"),
                line("金到位率", "100%"),
                line("指标3: 2019年12月31日前地方财政补助资", "100%"),
                line("金到位率")));
        Sheet sheet = Recovery.recover(new Document("scan.txt", r.rows(), true, r.notes())).get(0);
        sheet.indicators().forEach(x -> {
            names.add(x.name());
            values.add(x.value());
        });
        assertEquals(List.of("2019年12月31日前中央财政补助资金到位率", "2019年12月31日前省级财政补助资金到位率",
                "2019年12月31日前地方财政补助资金到位率"), names, sheet.toString());
        assertEquals(List.of("100%", "100%", "100%"), values);
        assertTrue(sheet.remnants().contains("da指标"), sheet.remnants().toString());
        assertEquals(5, PrintedNumbers.numberOf("指标 5：参保人数"));
        assertEquals(null, PrintedNumbers.numberOf("参保人数 指标5"));
    }

    /** The lead column's 绩效指标 wrapped in its merged cell: its first line 绩效 on an indicator's line is no category. */
    @Test
    void theLeadLabelsFirstLineIsNoCategory() {
        assertTrue(LabelPlacement.leadHead("绩效"));
        assertTrue(LabelPlacement.leadHead("绩效指"));
        assertTrue(!LabelPlacement.leadHead("绩效指标"));
        assertTrue(!LabelPlacement.leadHead("效益"));
        Sheet s = selfEvaluation(line("二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"),
                line("数量指标", "试点地区居民参保覆盖率", ">95%", ">95%"),
                line("绩效", "重复参保人数", "0", "0"),
                line("虚报参保人数", "0", "0"),
                line("质量指标", "居家照护服务试点运行情况", "运行良好", "运行良好"));
        List<String> level2s = s.indicators().stream().map(x -> x.level2()).toList();
        assertEquals(4, level2s.size(), s.toString());
        assertTrue(!level2s.contains("绩效"), level2s.toString());
        assertTrue(s.remnants().contains("绩效"), s.remnants().toString());
    }
}
