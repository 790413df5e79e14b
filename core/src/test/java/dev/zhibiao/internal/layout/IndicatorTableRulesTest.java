package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import dev.zhibiao.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The indicator table's rules one by one, on small hand-made tables (docs/sheet-json.md,
 * indicators): rows read by position, rows shifted, rows read by content, labels filled down,
 * values and cells wrapped onto the next row, numbered names wrapped, the lead label, footnotes.
 */
class IndicatorTableRulesTest {

    static final String[] FOUR = {"一级指标", "二级指标", "三级指标", "指标值"};

    static Row row(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(1, i + 1, null)));
        }
        return new Row(l, true, Locator.line(1));
    }

    static SheetDraft read(String[] heading, Row... rows) {
        SheetDraft d = new SheetDraft();
        IndicatorTable.read(row(heading), List.of(rows), d);
        return d;
    }

    /** Each indicator as level1/level2/name/value. */
    static List<String> lines(SheetDraft d) {
        return d.indicators.stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.value()).toList();
    }

    static List<String> codes(SheetDraft d) {
        return d.diagnostics.stream().map(Diagnostic::code).toList();
    }

    static List<String> messages(SheetDraft d) {
        return d.diagnostics.stream().map(Diagnostic::message).toList();
    }

    @Test
    void aNumberTooLongForAnIndicatorIsNoNumber() {
        // 指标 followed by eleven digits (a code, a misreading) gives the row no number (its printed prefix is dropped
        // from the name as any 指标N's is): it had thrown NumberFormatException out of recovery
        SheetDraft d = read(FOUR,
                row("产出指标", "数量指标", "指标99999999999：参保人数", "≥24.8万人"),
                row("", "", "指标2：培训人次", "≥300人次"));
        assertEquals(List.of("产出指标/数量指标/参保人数/≥24.8万人", "产出指标/数量指标/培训人次/≥300人次"),
                lines(d));
        assertEquals(12, NumberPrefix.number("指标12、参保人数", 9));
        assertNull(NumberPrefix.number("指标123", 2));
        assertNull(NumberPrefix.number("参保人数", 9));
    }

    @Test
    void aLevelTwoPrintedBesideAnotherLevelOneTakesItsOwn() {
        // 效益指标's label printed a row early (its group's bound misread): 质量指标 is 产出's, so the row is 产出's
        SheetDraft d = read(FOUR,
                row("产出指标", "数量指标", "参保人数", "≥24.8万人"),
                row("效益指标", "质量指标", "重复参保人数", "0"),
                row("", "社会效益指标", "政策知晓率", "≥80%"));
        assertEquals(List.of("产出指标/数量指标/参保人数/≥24.8万人", "产出指标/质量指标/重复参保人数/0",
                "效益指标/社会效益指标/政策知晓率/≥80%"), lines(d));
        assertEquals(1, codes(d).stream().filter("label-parent"::equals).count());
        assertTrue(messages(d).stream().anyMatch(m -> m.equals(
                "level-2 label 质量指标 printed beside level-1 label 效益指标, which does not hold it: read under 产出指标")));
    }

    @Test
    void rowsByPositionWithLabelsFilledDown() {
        SheetDraft d = read(FOUR,
                row("产出指标", "数量指标", "培训人数", "≥100人"),
                row("", "", "培训合格率", "≥95%"),
                row("", "质量指标", "指标2：验收合格率", "100%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/培训合格率/≥95%",
                "产出指标/质量指标/验收合格率/100%"), lines(d));
        assertEquals(Kind.TARGET, d.kind);
        assertTrue(d.indicators.stream().allMatch(i -> i.target() instanceof Target.Comparison), lines(d).toString());
        assertEquals(List.of(), d.remnants);
        assertEquals(new Locator(1, 3, null), d.indicators.get(0).locator(), "the name cell's place");
    }

    @Test
    void anActualColumnMakesASelfEvaluation() {
        SheetDraft d = read(new String[] {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "未完成原因和改进措施"},
                row("产出指标", "数量指标", "培训人数", "≥100人", "120人", "无"),
                row("", "", "培训合格率", "≥95%", "90%", "师资不足"));
        assertEquals(Kind.SELF_EVALUATION, d.kind);
        Indicator a = d.indicators.get(0);
        assertEquals("120人", a.actual());
        assertNotNull(a.actualParsed());
        assertEquals(dev.zhibiao.Verdict.MET, a.met());
        assertEquals("无", a.note());
        assertEquals(dev.zhibiao.Verdict.NOT_MET, d.indicators.get(1).met());
        assertEquals("师资不足", d.indicators.get(1).note());
    }

    @Test
    void footnotesAndHeadingWordsAreNoIndicators() {
        SheetDraft d = read(FOUR,
                row("一级", "二级", "三级", "指标值"),
                row("产出指标", "数量指标", "培训人数", "≥100人"),
                row("备注", "以上指标为年度指标", "", ""),
                row("注：数据来自统计年鉴", "", "", ""));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertEquals(List.of("备注", "以上指标为年度指标", "注：数据来自统计年鉴"), d.remnants);
        assertTrue(codes(d).contains("heading-continued"), codes(d).toString());
        assertTrue(messages(d).stream().anyMatch(m -> m.startsWith("footnote row under the indicator table")));
        // heading words under the first indicator are not a continued heading
        SheetDraft later = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100人"), row("一级", "二级", "三级", "指标值"));
        assertFalse(codes(later).contains("heading-continued"), codes(later).toString());
    }

    @Test
    void theMergedLeadLabelOnAnIndicatorRow() {
        SheetDraft d = read(new String[] {"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
                row("", "产出指标", "数量指标", "培训人数", "≥100人"),
                row("绩效指标", "", "", "培训合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/培训合格率/≥95%"), lines(d));
        assertEquals(List.of("label-merged"), codes(d));
        assertEquals(List.of(), d.remnants);
    }

    @Test
    void rowsShiftedAWholeCell() {
        SheetDraft d = read(FOUR,
                row("产出指标", "数量指标", "培训人数", "≥100人"),
                row("", "", "", "培训合格率", "≥95%"),
                row("质量指标", "验收合格率", "100%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/培训合格率/≥95%",
                "产出指标/质量指标/验收合格率/100%"), lines(d));
        List<String> shifted = messages(d).stream().filter(m -> m.startsWith("row shifted")).toList();
        assertEquals(2, shifted.size(), messages(d).toString());
        assertTrue(shifted.get(0).startsWith("row shifted 1 cell(s) right"), shifted.get(0));
        assertTrue(shifted.get(1).startsWith("row shifted 1 cell(s) left"), shifted.get(1));
        assertTrue(shifted.get(1).contains("二级指标 ← \"质量指标\""), shifted.get(1));
    }

    @Test
    void theShiftsTried() {
        Row heading = row("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "原因");
        assertArrayEquals(new int[] {1, -1, 2, -2}, IndicatorTable.shifts(row("a", "b", "c", "d", "e", "f"), heading));
        assertArrayEquals(new int[] {1, -1, 2, -2}, IndicatorTable.shifts(row("a", "b", "c", "d", "e", "f", "g"), heading));
        assertArrayEquals(new int[] {-1, 1, 2, -2}, IndicatorTable.shifts(row("a", "b", "c", "d", "e"), heading));
        assertArrayEquals(new int[] {-2, 1, -1, 2}, IndicatorTable.shifts(row("a", "b", "c", "d"), heading));
        assertArrayEquals(new int[] {-3, 1, -1, 2, -2}, IndicatorTable.shifts(row("a", "b", "c"), heading));
        assertArrayEquals(new int[] {1, -1, 2, -2}, IndicatorTable.shifts(new Row(List.of(), true, Locator.line(1)), heading));
    }

    @Test
    void aRowWithLeadingCellsLeftOutIsANameNotALabel() {
        // 基本医疗保障水平 | 稳步提高 | 已提高 | 下年度加快推进 under six headings: the last cell under the last heading
        SheetDraft d = read(new String[] {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "原因"},
                row("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "无"),
                row("基本医疗保障水平", "稳步提高", "已提高", "下年度加快推进"));
        assertEquals("基本医疗保障水平", d.indicators.get(1).name());
        assertEquals("稳步提高", d.indicators.get(1).value());
        assertEquals("已提高", d.indicators.get(1).actual());
        assertEquals("效益指标", d.indicators.get(1).level1());
    }

    @Test
    void aValueOnItsOwnRowJoinsTheIndicatorAbove() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "培训人数", ""), row("≥100人"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertTrue(codes(d).contains("value-joined"), codes(d).toString());
        // not when the indicator above has its value: a row of its own
        SheetDraft has = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100人"), row("≥95%"));
        assertEquals(2, has.indicators.size(), lines(has).toString());
        assertFalse(codes(has).contains("value-joined"));
        // nor when it is the table's first row, nor a numbered name
        assertFalse(codes(read(FOUR, row("≥95%"))).contains("value-joined"));
        SheetDraft numbered = read(FOUR, row("产出指标", "数量指标", "培训人数", ""), row("指标2：100"));
        assertFalse(codes(numbered).contains("value-joined"), codes(numbered).toString());
    }

    @Test
    void aCellWrappedOntoTheNextRowJoinsItsColumn() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100"), row("", "", "", "人次"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人次"), lines(d));
        assertEquals(List.of("cell-joined"), codes(d));
        assertTrue(messages(d).get(0).contains("continues the value"), messages(d).get(0));
        // a lone cell in the name column is no continuation of the value
        SheetDraft name = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100"), row("", "", "合格率", ""));
        assertFalse(codes(name).contains("cell-joined"), codes(name).toString());
        // nor one under an empty value, nor a category
        SheetDraft empty = read(FOUR, row("产出指标", "数量指标", "培训人数", ""), row("", "", "", "人次"));
        assertFalse(codes(empty).contains("cell-joined"), codes(empty).toString());
        SheetDraft category = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100"), row("", "", "", "质量指标"));
        assertFalse(codes(category).contains("cell-joined"), codes(category).toString());
        SheetDraft numbered = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100"), row("", "", "", "指标2"));
        assertFalse(codes(numbered).contains("cell-joined"), codes(numbered).toString());
        // under a row that is only labels (no indicator), no join
        SheetDraft labels = read(FOUR, row("产出指标", "数量指标", "", ""), row("", "", "", "人次"));
        assertFalse(codes(labels).contains("cell-joined"), codes(labels).toString());
    }

    @Test
    void aNoteColumnContinuesToo() {
        SheetDraft d = read(new String[] {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "未完成原因和改进措施"},
                row("产出指标", "数量指标", "培训人数", "≥100人", "90人", "师资"), row("", "", "", "", "", "不足"));
        assertEquals("师资不足", d.indicators.get(0).note());
        assertTrue(messages(d).get(0).contains("continues the note"), messages(d).toString());
    }

    @Test
    void rowsBeyondTheColumnsAreReadByContent() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100人", "多余", "又多"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertEquals(List.of("多余", "又多"), d.remnants);
        assertTrue(codes(d).contains("row-realigned"), codes(d).toString());
        assertTrue(messages(d).stream().anyMatch(m -> m.startsWith("cell beyond the indicator columns")));
    }

    @Test
    void numberedNamesWrappedOntoTheNextRow() {
        SheetDraft d = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训", "≥100人"),
                row("", "", "人数", ""),
                row("", "", "指标2：合格", "≥95%"),
                row("", "", "率", "次"),
                row("", "", "指标3：验收率", "100%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%次",
                "产出指标/数量指标/验收率/100%"), lines(d));
        assertEquals(3, codes(d).stream().filter("cell-joined"::equals).count(), messages(d).toString());
        // two rows that each hold a value the grammar reads are two indicators
        SheetDraft two = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("", "", "合格率", "≥95%"),
                row("", "", "指标2：验收率", "100%"));
        assertEquals(3, two.indicators.size(), lines(two).toString());
        // one number only: nothing to go by
        SheetDraft one = read(FOUR, row("产出指标", "数量指标", "指标1：培训", "≥100人"), row("", "", "人数", ""));
        assertEquals(2, one.indicators.size(), lines(one).toString());
        // a name-only row before a new group's 指标1 is an indicator of its own
        SheetDraft group = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训", "≥100人"),
                row("", "", "指标2：合格率", "≥95%"),
                row("", "", "人数", ""),
                row("", "质量指标", "指标1：验收率", "100%"));
        assertEquals(4, group.indicators.size(), lines(group).toString());
        // a name-only row last in the table is the last name's rest
        SheetDraft last = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("", "", "指标2：合格", "≥95%"),
                row("", "", "率", ""));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%"), lines(last));
        // fragments between numbers that do not follow each other are not joined
        SheetDraft gap = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训", "≥100人"),
                row("", "", "人数", "次"),
                row("", "", "指标3：验收率", "100%"));
        assertEquals(3, gap.indicators.size(), lines(gap).toString());
        // fragments before a new group's 指标1 are joined
        SheetDraft newGroup = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训", "≥100人"),
                row("", "", "人数", "次"),
                row("", "质量指标", "指标1：验收率", "100%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人次", "产出指标/质量指标/验收率/100%"), lines(newGroup));
    }

    @Test
    void valuesTheGrammarCannotReadSayWhy() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "培训人数", "5至"));
        assertEquals("5至", d.indicators.get(0).value());
        assertTrue(d.indicators.get(0).target() instanceof Target.Qualitative);
        assertTrue(codes(d).contains("value-unread"), codes(d).toString());
        assertTrue(messages(d).stream().anyMatch(m -> m.startsWith("\"5至\" kept as text")), messages(d).toString());
        SheetDraft text = read(FOUR, row("产出指标", "数量指标", "培训质量", "良好"));
        assertFalse(codes(text).contains("value-unread"), "a plain word is text, no problem");
    }

    @Test
    void columnsTheModelHasNoFieldForAreRemnants() {
        SheetDraft d = read(new String[] {"一级指标", "二级指标", "三级指标", "指标值", "甲乙丙"},
                row("产出指标", "数量指标", "培训人数", "≥100人", "附注"));
        assertEquals(List.of("附注"), d.remnants);
        assertTrue(messages(d).stream().anyMatch(m -> m.contains("the model has no field for")), messages(d).toString());
        SheetDraft w = read(new String[] {"一级指标", "二级指标", "三级指标", "指标值", "权重", "得分"},
                row("产出指标", "数量指标", "培训人数", "≥100人", "10", "9.5"));
        assertEquals(new BigDecimal("10"), w.indicators.get(0).weight());
        assertEquals(new BigDecimal("9.5"), w.indicators.get(0).score());
    }

    @Test
    void labelsReadAsTheirCanonicalCategory() {
        SheetDraft d = read(FOUR, row("产出", "数量", "培训人数", "≥100人"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertTrue(codes(d).contains("label-canonical"), codes(d).toString());
        SheetDraft exact = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100人"));
        assertFalse(codes(exact).contains("label-canonical"));
    }

    @Test
    void valueLikeAndStrongCategories() {
        assertTrue(IndicatorTable.isValueLike("≥100人"));
        assertTrue(IndicatorTable.isValueLike("95%"));
        assertFalse(IndicatorTable.isValueLike("培训人数"));
        assertFalse(IndicatorTable.isValueLike(null));
        assertTrue(IndicatorTable.strongCategory("产出指标"));
        assertTrue(IndicatorTable.strongCategory("产出"));
        assertFalse(IndicatorTable.strongCategory("满意"), "a truncation is a category, not a strong one");
        assertFalse(IndicatorTable.strongCategory("培训人数"));
    }

    @Test
    void aRowWithTheNameMissingBecomesNoIndicator() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "", ""), row("", "", "培训人数", "≥100人"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertNull(d.indicators.get(0).midTermValue());
    }

    @Test
    void aLabelPrintedVerticallyIsOneLabel() {
        SheetDraft d = read(FOUR, row("产", "数量指标", "培训人数", "≥100人"), row("出", "", "合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%"), lines(d));
        assertEquals(2, codes(d).stream().filter("label-joined"::equals).count(), messages(d).toString());
    }

    @Test
    void labelsPrintedBelowTheirFirstRow() {
        SheetDraft d = read(FOUR, row("", "", "培训人数", "≥100人"), row("产出指标", "数量指标", "合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%"), lines(d));
        assertTrue(codes(d).contains("label-filled-up"), codes(d).toString());
        SheetDraft none = read(FOUR, row("", "", "培训人数", "≥100人"));
        assertEquals(List.of("null/null/培训人数/≥100人"), lines(none));
        assertTrue(messages(none).contains("no level-1 label for indicator \"培训人数\""), messages(none).toString());
    }

    @Test
    void slidLevel2LabelsGoBackToTheirNumberedGroups() {
        SheetDraft d = read(FOUR,
                row("产出指标", "", "指标1：培训人数", "≥100人"),
                row("", "数量指标", "指标2：合格率", "≥95%"),
                row("", "", "指标1：验收率", "100%"),
                row("", "质量指标", "指标2：及时率", "100%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%",
                "产出指标/质量指标/验收率/100%", "产出指标/质量指标/及时率/100%"), lines(d));
        assertEquals(2, codes(d).stream().filter("label-moved"::equals).count(), messages(d).toString());
        // as many labels as groups only: else they stay where printed, with a diagnostic
        SheetDraft three = read(FOUR,
                row("产出指标", "", "指标1：培训人数", "≥100人"),
                row("", "数量指标", "指标2：合格率", "≥95%"),
                row("", "质量指标", "指标3：验收率", "100%"),
                row("", "时效指标", "指标1：及时率", "100%"));
        assertTrue(codes(three).contains("labels-unresolved"), codes(three).toString());
        assertEquals("数量指标", three.indicators.get(1).level2());
        // labels on the first rows of their groups stay
        SheetDraft placed = read(FOUR,
                row("产出指标", "数量指标", "指标1：培训人数", "≥100人"),
                row("", "", "指标2：合格率", "≥95%"),
                row("", "质量指标", "指标1：验收率", "100%"));
        assertFalse(codes(placed).contains("label-moved"), codes(placed).toString());
        assertEquals("数量指标", placed.indicators.get(1).level2());
    }

    @Test
    void cellsUpToTheNameSlidLeftWithAGapAfterTheName() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "合格率", "≥95%"), row("数量指标", "培训人数", "", "≥100人"));
        assertEquals(List.of("产出指标/数量指标/合格率/≥95%", "产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertTrue(messages(d).stream().anyMatch(m -> m.startsWith("cells up to the name printed one cell left")
                && m.contains("三级指标 ← \"培训人数\"")), messages(d).toString());
        // the name alone slid left is that shape too; nothing before the gap is not
        SheetDraft alone = read(FOUR, row("产出指标", "数量指标", "合格率", "≥95%"), row("", "培训人数", "", "≥100人"));
        assertEquals("产出指标/数量指标/培训人数/≥100人", lines(alone).get(1));
        SheetDraft noGap = read(FOUR, row("产出指标", "数量指标", "合格率", "≥95%"), row("数量指标", "", "", "≥100人"));
        assertFalse(messages(noGap).stream().anyMatch(m -> m.startsWith("cells up to the name")), messages(noGap).toString());
    }

    @Test
    void rowsReadByContentSayHow() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "培训人数", "≥100人", "多余"));
        String m = messages(d).stream().filter(x -> x.startsWith("row read by content")).findFirst().orElseThrow();
        assertTrue(m.contains("一级指标 ← \"产出指标\""), m);
        assertTrue(m.contains("二级指标 ← \"数量指标\""), m);
        assertTrue(m.contains("三级指标 ← \"培训人数\""), m);
        assertTrue(m.contains("指标值 ← \"≥100人\""), m);
    }

    @Test
    void aNumberAloneIsTheName() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "指标3：", "≥1"));
        assertEquals("指标3：", d.indicators.get(0).name(), "nothing after the number: the number stays");
    }

    @Test
    void anEmptyRowUnderALeadHeading() {
        SheetDraft d = read(new String[] {"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
                new Row(List.of(), true, Locator.line(1)), row("", "产出指标", "数量指标", "培训人数", "≥100人"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
    }

    @Test
    void aValueUnderAnEmptyValueIsThatValue() {
        SheetDraft d = read(FOUR, row("产出指标", "数量指标", "培训人数", ""), row("", "", "", "≥100人"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人"), lines(d));
        assertTrue(codes(d).contains("value-joined"), codes(d).toString());
    }

    @Test
    void twoNumberedIndicatorsAreEnoughToMoveASlidLabel() {
        SheetDraft d = read(FOUR, row("产出指标", "", "指标1：培训人数", "≥100人"), row("", "数量指标", "指标2：合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%"), lines(d));
        assertTrue(codes(d).contains("label-moved"), codes(d).toString());
    }

    @Test
    void aLevel1LabelPrintedVerticallyInTwoCharacterPieces() {
        SheetDraft d = read(FOUR, row("产出", "数量指标", "培训人数", "≥100人"), row("指标", "", "合格率", "≥95%"));
        assertEquals(List.of("产出指标/数量指标/培训人数/≥100人", "产出指标/数量指标/合格率/≥95%"), lines(d));
        assertTrue(codes(d).contains("label-joined"), codes(d).toString());
    }
}
