package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Direction;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link TemplateColumns} one function at a time: the heading's roles, a split value
 * composed from its columns, operators and directions, weights and scores, a compacted row's cells
 * placed by kind, placeholders and totals.
 */
class TemplateColumnsRulesTest {

    private static Cell cell(String text) {
        return new Cell(text, new Locator(1, 1, null));
    }

    private static Cell cell(String text, int column) {
        return new Cell(text, new Locator(1, column, null));
    }

    private static Row row(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(cell(t, cells.size() + 1));
        }
        return new Row(cells, true, Locator.line(1));
    }

    private static List<String> codes(SheetDraft d) {
        List<String> out = new ArrayList<>();
        for (Diagnostic g : d.diagnostics) {
            out.add(g.code());
        }
        return out;
    }

    // ---- roles --------------------------------------------------------------------------------------

    /** The heading's roles as a table with no rows has them (unknown columns reported). */
    private static TemplateColumns.Roles roles(Row heading, SheetDraft d) {
        TemplateColumns.Roles r = TemplateColumns.roles(heading, d);
        TemplateColumns.byContent(r, List.of(), d);
        return r;
    }

    @Test
    void anUnknownColumnHoldingOnlyOneLevelsLabelsIsThatLevelsColumn() {
        SheetDraft d = new SheetDraft();
        TemplateColumns.Roles r = TemplateColumns.roles(row("指标类型", "指标名称", "目标值", "备注"), d);
        TemplateColumns.byContent(r, List.of(row("产出指标", "维修处数", "≥120处", ""), row("", "及时率", "≥95%", ""),
                row("效益指标", "受益人口", "8.6万人", "")), d);
        assertEquals(Map.of(0, Column.L1, 1, Column.NAME, 2, Column.VALUE, 3, Column.NOTE), r);
        assertEquals(List.of("column-by-content"), codes(d));
        assertNull(r.unknownHeading(0));
        // anything else in the column (定量, 定性: the indicator's kind) leaves it unknown, its cells remnants
        SheetDraft e = new SheetDraft();
        TemplateColumns.Roles s = TemplateColumns.roles(row("指标类型", "指标名称", "目标值"), e);
        TemplateColumns.byContent(s, List.of(row("产出指标", "维修处数", "≥120处"), row("定量", "及时率", "≥95%"),
                row("效益指标", "受益人口", "8.6万人")), e);
        assertEquals(Column.OTHER, s.get(0));
        assertEquals(List.of("column-unknown"), codes(e));
        // one label says too little; a heading that names a level-1 column already keeps it
        SheetDraft f = new SheetDraft();
        TemplateColumns.Roles t = TemplateColumns.roles(row("一级指标", "类型", "三级指标", "指标值"), f);
        TemplateColumns.byContent(t, List.of(row("产出指标", "数量指标", "处数", "≥1"), row("", "质量指标", "合格率", "≥95%")), f);
        assertEquals(Column.L2, t.get(1), "the 二级 column named by what it holds");
        SheetDraft g = new SheetDraft();
        TemplateColumns.Roles u = TemplateColumns.roles(row("类型", "三级指标", "指标值"), g);
        TemplateColumns.byContent(u, List.of(row("产出指标", "处数", "≥1")), g);
        assertEquals(Column.OTHER, u.get(0));
    }

    @Test
    void aNameAndValueHeadingWithAThirdKnownOneIsTheIndicatorHeading() {
        assertTrue(Recovery.isIndicatorHeading(row("指标类型", "指标名称", "目标值", "备注")));
        assertTrue(Recovery.isIndicatorHeading(row("指标类别", "指标名称", "指标值")));
        assertFalse(Recovery.isIndicatorHeading(row("指标名称", "目标值", "说明")));
        assertFalse(Recovery.isIndicatorHeading(row("项目名称", "预算数", "年度目标")));
        // headings an OCR engine ran together are no heading of their own
        assertFalse(Recovery.isIndicatorHeading(row("一织指级指一级指标三级指标", "绩效指标描述", "一二已提标指标值确定依")));
    }

    @Test
    void rolesComeFromTheHeadingAndEmptyHeadingsHaveNone() {
        SheetDraft d = new SheetDraft();
        TemplateColumns.Roles r = roles(row("一级指标", "", "三级指标", "指标性质", "指标值", "度量单位"), d);
        assertEquals(Map.of(0, Column.L1, 2, Column.NAME, 3, Column.OPERATOR, 4, Column.VALUE, 5, Column.UNIT), r);
        assertTrue(d.diagnostics.isEmpty());
        assertNull(r.unknownHeading(3));
    }

    @Test
    void anOperatorOrUnitColumnAfterTheActualIsTheActuals() {
        SheetDraft d = new SheetDraft();
        TemplateColumns.Roles r = roles(
                row("三级指标", "指标性质", "指标值", "度量单位", "完成值", "指标性质", "度量单位"), d);
        assertEquals(Column.ACTUAL_OPERATOR, r.get(5));
        assertEquals(Column.ACTUAL_UNIT, r.get(6));
        assertTrue(d.diagnostics.isEmpty(), d.diagnostics.toString());
        // before the actual a repeated unit is an unknown column
        SheetDraft e = new SheetDraft();
        TemplateColumns.Roles s = roles(row("三级指标", "度量单位", "指标值", "度量单位"), e);
        assertEquals(Column.OTHER, s.get(3));
        assertEquals("度量单位", s.unknownHeading(3));
        assertEquals(List.of("column-unknown"), codes(e));
        assertTrue(e.diagnostics.get(0).message().contains("repeats a column"), e.diagnostics.toString());
    }

    @Test
    void aRepeatedColumnAndAnUnknownHeadingAreKeptAsUnknownColumns() {
        SheetDraft d = new SheetDraft();
        TemplateColumns.Roles r = roles(row("三级指标", "指标值", "指标值", "备考", "备考"), d);
        assertEquals(Column.VALUE, r.get(1));
        assertEquals(Column.OTHER, r.get(2));
        assertEquals(Column.OTHER, r.get(3));
        assertEquals(Column.OTHER, r.get(4), "two unknown columns are both kept");
        assertEquals("备考", r.unknownHeading(3));
        assertEquals("备考", r.unknownHeading(4));
        assertEquals(List.of("column-unknown", "column-unknown", "column-unknown"), codes(d));
        assertTrue(d.diagnostics.get(1).message().contains("is not a known heading"));
        assertEquals(new Locator(1, 4, null), d.diagnostics.get(1).position());
        // a repeated actual stays unknown even after the actual
        SheetDraft e = new SheetDraft();
        assertEquals(Column.OTHER, roles(row("三级指标", "完成值", "完成值"), e).get(2));
    }

    // ---- compose --------------------------------------------------------------------------------------

    private static String compose(String op, String value, String unit, String fallback, SheetDraft d) {
        Map<Column, Cell> content = new EnumMap<>(Column.class);
        if (op != null) {
            content.put(Column.OPERATOR, cell(op, 4));
        }
        if (value != null) {
            content.put(Column.VALUE, cell(value, 5));
        }
        if (unit != null) {
            content.put(Column.UNIT, cell(unit, 6));
        }
        return TemplateColumns.compose(content, Column.VALUE, Column.OPERATOR, Column.UNIT, fallback, d);
    }

    private static String compose(String op, String value, String unit) {
        return compose(op, value, unit, null, new SheetDraft());
    }

    @Test
    void aSplitValueIsOperatorNumberAndUnitWithoutSpaces() {
        assertEquals("≥95%", compose("≥", "95", "%"));
        assertEquals("≥95%", compose("≥ ", "9 5", "%"));
        assertEquals("≤60分钟", compose("≤", "60", "分 钟"));
        assertEquals("不低于90%", compose("不低于", "90", "%"));
    }

    @Test
    void theKindOfIndicatorIsNoOperator() {
        assertEquals("出台文件", compose("定性", "出台文件", null));
        assertEquals("95%", compose("定量", "95", "%"));
    }

    @Test
    void anOperatorOrUnitTheValueHasAlreadyIsNotAddedTwice() {
        assertEquals("≥95%", compose("≥", "≥95%", "%"));
        assertEquals(">=95%", compose("≥", ">=95", "%"), "a value starting with any operator keeps its own");
        assertEquals("≥95万人", compose("≥", "95万人", "万人"));
    }

    @Test
    void aValueAloneIsItsOwnTextObject() {
        SheetDraft d = new SheetDraft();
        Map<Column, Cell> content = new EnumMap<>(Column.class);
        Cell v = cell("出台文件", 5);
        content.put(Column.VALUE, v);
        assertSame(v.text(), TemplateColumns.compose(content, Column.VALUE, Column.OPERATOR, Column.UNIT, null, d));
        assertEquals("出台 文件", compose(null, "出台 文件", null), "no split column: the spaces stay");
        assertEquals("出台文件", compose("定性", "出台 文件", null), "a split column: the spaces go");
    }

    @Test
    void theFallbackUnitJoinsOnlyABareNumber() {
        assertEquals("95%", compose(null, "95", null, "%", new SheetDraft()));
        assertEquals("95分", compose(null, "95分", null, "分", new SheetDraft()));
        assertEquals("较好", compose(null, "较好", null, "%", new SheetDraft()));
        assertEquals("95", compose(null, "95", null, "", new SheetDraft()));
        assertEquals("95次", compose(null, "95", "次", "%", new SheetDraft()), "the row's own unit wins");
    }

    @Test
    void anOperatorOrUnitWithoutAValueIsDiagnosedAndNoValue() {
        SheetDraft d = new SheetDraft();
        assertNull(compose("≥", "", "%", null, d));
        assertEquals(List.of("value-empty"), codes(d));
        assertEquals(new Locator(1, 4, null), d.diagnostics.get(0).position(), "at the operator");
        SheetDraft u = new SheetDraft();
        assertNull(compose(null, null, "%", null, u));
        assertEquals(new Locator(1, 6, null), u.diagnostics.get(0).position(), "at the unit");
        SheetDraft k = new SheetDraft();
        assertNull(compose("定性", null, null, null, k));
        assertTrue(k.diagnostics.isEmpty(), "定性 alone is no operator without a value");
        SheetDraft n = new SheetDraft();
        assertNull(compose(null, "  ", null, null, n));
        assertTrue(n.diagnostics.isEmpty());
    }

    // ---- operators and directions -------------------------------------------------------------------

    @Test
    void operatorsAreTheColumnsComparisonWords() {
        assertEquals("≥", TemplateColumns.operator(cell("≥")));
        assertEquals("不少于", TemplateColumns.operator(cell(" 不少于 ")));
        assertEquals("<=", TemplateColumns.operator(cell("<=")));
        assertNull(TemplateColumns.operator(cell("定性")));
        assertNull(TemplateColumns.operator(null));
        assertTrue(TemplateColumns.isOperatorColumnText(cell("≤")));
        assertTrue(TemplateColumns.isOperatorColumnText(cell("定性")));
        assertTrue(TemplateColumns.isOperatorColumnText(cell("定量指标")));
        assertTrue(TemplateColumns.isOperatorColumnText(cell("正向")));
        assertFalse(TemplateColumns.isOperatorColumnText(cell("95")));
    }

    @Test
    void directionFromItsCellThenFromTheOperatorCell() {
        assertEquals(Direction.POSITIVE, TemplateColumns.direction(cell("正向指标"), null));
        assertEquals(Direction.NEGATIVE, TemplateColumns.direction(cell("逆向"), null));
        assertEquals(Direction.NEGATIVE, TemplateColumns.direction(cell("负向指标"), cell("≥")));
        assertEquals(Direction.NEGATIVE, TemplateColumns.direction(cell("好"), cell("不超过")),
                "a direction cell saying nothing leaves it to the operator");
        assertEquals(Direction.POSITIVE, TemplateColumns.direction(cell("好"), cell("至少")));
        assertEquals(Direction.NEGATIVE, TemplateColumns.direction(null, cell("反向")),
                "a direction printed in the operator column");
        assertNull(TemplateColumns.direction(null, null));
        assertNull(TemplateColumns.direction(cell("好"), cell("定量")));
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    @Test
    void weightsAndScoresAreNumbersElseRemnants() {
        SheetDraft d = new SheetDraft();
        assertEquals(new BigDecimal("10"), TemplateColumns.number(cell("10"), "weight", d));
        assertEquals(new BigDecimal("7.5"), TemplateColumns.number(cell("7.5分"), "weight", d));
        assertNull(TemplateColumns.number(null, "weight", d));
        assertNull(TemplateColumns.number(cell(" "), "weight", d));
        assertTrue(d.remnants.isEmpty());
        assertNull(TemplateColumns.number(cell("十分"), "score", d));
        assertEquals(List.of("十分"), d.remnants);
        assertTrue(d.diagnostics.get(0).message().startsWith("score column holds no number"), d.diagnostics.toString());
    }

    @Test
    void splitColumnsAreOperatorUnitWeightScoreAndDirection() {
        for (Column c : List.of(Column.OPERATOR, Column.UNIT, Column.ACTUAL_OPERATOR, Column.ACTUAL_UNIT, Column.WEIGHT,
                Column.SCORE, Column.DIRECTION)) {
            assertTrue(TemplateColumns.hasSplitColumns(List.of(Column.NAME, Column.VALUE, c)), c.toString());
        }
        assertFalse(TemplateColumns.hasSplitColumns(List.of(Column.NAME, Column.VALUE, Column.ACTUAL, Column.NOTE)));
        assertFalse(TemplateColumns.hasSplitColumns(List.of()));
    }

    // ---- cells by kind -----------------------------------------------------------------------------------

    @Test
    void eachColumnTakesItsKindOfCell() {
        assertTrue(TemplateColumns.fitsColumn(cell("≥"), Column.OPERATOR));
        assertTrue(TemplateColumns.fitsColumn(cell("定性"), Column.ACTUAL_OPERATOR));
        assertFalse(TemplateColumns.fitsColumn(cell("正向"), Column.OPERATOR), "a direction is the direction column's");
        assertFalse(TemplateColumns.fitsColumn(cell("95"), Column.OPERATOR));
        assertTrue(TemplateColumns.fitsColumn(cell("%"), Column.UNIT));
        assertTrue(TemplateColumns.fitsColumn(cell("万人"), Column.ACTUAL_UNIT));
        assertTrue(TemplateColumns.fitsColumn(cell("分钟"), Column.UNIT));
        assertFalse(TemplateColumns.fitsColumn(cell("95%"), Column.UNIT), "a number is no unit");
        assertFalse(TemplateColumns.fitsColumn(cell(""), Column.UNIT));
        assertFalse(TemplateColumns.fitsColumn(cell("出台文件"), Column.UNIT));
        assertFalse(TemplateColumns.fitsColumn(cell("人人人人人人人"), Column.UNIT), "seven characters are no unit");
        assertTrue(TemplateColumns.fitsColumn(cell("10"), Column.WEIGHT));
        assertTrue(TemplateColumns.fitsColumn(cell("7.5分"), Column.SCORE));
        assertTrue(TemplateColumns.fitsColumn(cell("—"), Column.SCORE), "a dash for no score");
        assertTrue(TemplateColumns.fitsColumn(cell("--"), Column.WEIGHT));
        assertFalse(TemplateColumns.fitsColumn(cell("----"), Column.WEIGHT));
        assertFalse(TemplateColumns.fitsColumn(cell("十"), Column.WEIGHT));
        assertTrue(TemplateColumns.fitsColumn(cell("反向指标"), Column.DIRECTION));
        assertFalse(TemplateColumns.fitsColumn(cell("10"), Column.DIRECTION));
        for (Column c : List.of(Column.NAME, Column.VALUE, Column.MID_VALUE, Column.ACTUAL)) {
            assertTrue(TemplateColumns.fitsColumn(cell("出台文件"), c), c.toString());
            assertFalse(TemplateColumns.fitsColumn(cell("正向指标"), c), c.toString());
        }
        assertTrue(TemplateColumns.fitsColumn(cell("正向指标"), Column.NOTE), "text columns take anything");
    }

    private static final List<Column> ORDER = List.of(Column.L1, Column.L2, Column.NAME, Column.OPERATOR, Column.VALUE,
            Column.UNIT, Column.WEIGHT, Column.DIRECTION);

    private static Map<Column, String> assign(List<Column> order, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(cell(t, cells.size() + 1));
        }
        Map<Column, Cell> content = new EnumMap<>(Column.class);
        SheetDraft d = new SheetDraft();
        TemplateColumns.assignByKind(cells, order, content, d);
        Map<Column, String> out = new EnumMap<>(Column.class);
        content.forEach((k, v) -> out.put(k, v.text()));
        if (!d.remnants.isEmpty()) {
            out.put(Column.OTHER, String.join("|", d.remnants));
        }
        return out;
    }

    @Test
    void aCompactedRowsCellsGoToTheNextColumnTheyFit() {
        List<Column> order = List.of(Column.NAME, Column.OPERATOR, Column.VALUE, Column.UNIT, Column.WEIGHT, Column.DIRECTION);
        assertEquals(Map.of(Column.NAME, "响应时间", Column.OPERATOR, "≤", Column.VALUE, "60", Column.UNIT, "分钟",
                Column.WEIGHT, "10", Column.DIRECTION, "反向指标"), assign(order, "响应时间", "≤", "60", "分钟", "10", "反向指标"));
        // no operator, no unit: the value goes to the value column, the weight to the weight's
        assertEquals(Map.of(Column.NAME, "整合制度", Column.VALUE, "出台文件", Column.WEIGHT, "5", Column.DIRECTION, "正向指标"),
                assign(order, "整合制度", "出台文件", "5", "正向指标"));
        // the first cell goes to the first column whatever it is
        assertEquals(Map.of(Column.NAME, "≥"), assign(order, "≥"));
        assertEquals(Map.of(Column.NAME, "正向指标", Column.VALUE, "乙"),
                assign(List.of(Column.NAME, Column.VALUE, Column.DIRECTION), "正向指标", "乙"));
    }

    @Test
    void cellsBeyondTheColumnsAreRemnants() {
        List<Column> order = List.of(Column.NAME, Column.VALUE, Column.DIRECTION);
        assertEquals(Map.of(Column.NAME, "甲", Column.VALUE, "乙", Column.DIRECTION, "正向", Column.OTHER, "丙"),
                assign(order, "甲", "乙", "正向", "丙"));
    }

    @Test
    void aBareNumberAfterAQualitativeKindIsTheWeightWhenTheRestFitsAfterIt() {
        List<Column> order = List.of(Column.NAME, Column.OPERATOR, Column.VALUE, Column.UNIT, Column.WEIGHT, Column.DIRECTION);
        // 定性 | 15 | 正向指标: the value was left empty
        assertEquals(Map.of(Column.NAME, "群众满意度", Column.OPERATOR, "定性", Column.WEIGHT, "15", Column.DIRECTION, "正向指标"),
                assign(order, "群众满意度", "定性", "15", "正向指标"));
        // ≥ | 15 | 正向指标: an operator says a value follows
        assertEquals("15", assign(order, "群众满意度", "≥", "15", "正向指标").get(Column.VALUE));
        // 定性 | 15 | 10 | 正向指标: two numbers, the first is the value
        assertEquals("15", assign(order, "群众满意度", "定性", "15", "10", "正向指标").get(Column.VALUE));
        // 定性 | 15 | 正向指标 | 10: the last cell fits no column after the weight, so 15 is the value
        assertEquals("15", assign(order, "群众满意度", "定性", "15", "正向指标", "10").get(Column.VALUE));
        // 定性 | 较好 | 10: a word is a value
        assertEquals("较好", assign(order, "群众满意度", "定性", "较好", "10").get(Column.VALUE));
        // no weight column: the number is the value
        List<Column> noWeight = List.of(Column.NAME, Column.OPERATOR, Column.VALUE, Column.UNIT, Column.DIRECTION);
        assertEquals("15", assign(noWeight, "群众满意度", "定性", "15", "正向指标").get(Column.VALUE));
    }

    @Test
    void theNameIsTheCellBeforeTheFirstOperatorWhereTheOperatorFollowsTheName() {
        List<Column> order = List.of(Column.L1, Column.L2, Column.NAME, Column.OPERATOR, Column.VALUE);
        List<Cell> cells = List.of(cell("产出指标"), cell("数量指标"), cell("培训人次"), cell("≥"), cell("383"));
        assertEquals(2, TemplateColumns.nameBeforeOperator(cells, order));
        assertEquals(0, TemplateColumns.nameBeforeOperator(List.of(cell("培训人次"), cell("383")), order), "no operator cell");
        assertEquals(0, TemplateColumns.nameBeforeOperator(List.of(cell("≥"), cell("383")), order),
                "an operator first has no name before it");
        assertEquals(0, TemplateColumns.nameBeforeOperator(cells, List.of(Column.L1, Column.L2, Column.NAME, Column.VALUE)));
        assertEquals(0, TemplateColumns.nameBeforeOperator(cells, List.of(Column.L1, Column.L2, Column.NAME)));
        assertEquals(0, TemplateColumns.nameBeforeOperator(cells, List.of(Column.OPERATOR, Column.VALUE)));
        assertEquals(1, TemplateColumns.nameBeforeOperator(List.of(cell("数量指标"), cell("培训人次"), cell("定性"), cell("好")),
                List.of(Column.L2, Column.NAME, Column.OPERATOR, Column.VALUE)));
    }

    // ---- placeholders and totals -----------------------------------------------------------------------

    @Test
    void placeholdersAreEllipsesAndNumberingsWithoutAName() {
        for (String p : List.of("……", "…", "...", "。。。", "指标2:", "指标2：", "指标10", "指标3:……", "指标3、")) {
            assertTrue(TemplateColumns.isPlaceholder(p), p);
        }
        for (String p : List.of("指标2:培训人次", "培训人次", "", "…………………", "指标:")) {
            assertFalse(TemplateColumns.isPlaceholder(p), p);
        }
    }

    @Test
    void totalsAreTheirLabels() {
        for (String t : List.of("总分", "合计", "总计", "分值合计", "得分合计", "合 计", "总分：")) {
            assertTrue(TemplateColumns.isTotal(t), t);
        }
        assertFalse(TemplateColumns.isTotal("合计金额"));
    }

    @Test
    void aTotalPrintedAfterCategoryLabelsIsATotalRow() {
        // plain pdftotext prints a merged label cell centred on the last rows on the total's line
        SheetDraft d = new SheetDraft();
        Row r = row("满意度指标", "服务对象满意度指标", "总分", "≥85%");
        assertTrue(TemplateColumns.setAside(r, r.cells(), d));
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "总分", "≥85%"), d.remnants);
        Row named = row("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%");
        assertFalse(TemplateColumns.setAside(named, named.cells(), new SheetDraft()));
    }

    @Test
    void theTotalRowIsSetAsideWithItsCellsAsRemnants() {
        SheetDraft d = new SheetDraft();
        Row r = row("总分", "100", "95");
        assertTrue(TemplateColumns.setAside(r, r.cells(), d));
        assertEquals(List.of("总分", "100", "95"), d.remnants);
        assertTrue(d.diagnostics.get(1).message().contains("total row (总分)"), d.diagnostics.toString());
    }

    @Test
    void placeholderRowsAreSetAsideAndRowsWithAnythingElseAreNot() {
        SheetDraft d = new SheetDraft();
        Row p = row("指标2:", "……");
        assertTrue(TemplateColumns.setAside(p, p.cells(), d));
        assertEquals(List.of("placeholder-row"), codes(d));
        assertTrue(d.remnants.isEmpty());
        SheetDraft e = new SheetDraft();
        Row l = row("生态效益指标", "…");
        assertTrue(TemplateColumns.setAside(l, l.cells(), e));
        assertEquals(List.of("placeholder-label"), codes(e));
        assertTrue(e.diagnostics.get(0).message().contains("生态效益指标"));
        SheetDraft f = new SheetDraft();
        Row labels = row("产出指标", "数量指标");
        assertFalse(TemplateColumns.setAside(labels, labels.cells(), f), "labels alone are no placeholder row");
        Row named = row("指标2:", "培训人次", "……");
        assertFalse(TemplateColumns.setAside(named, named.cells(), f));
        assertTrue(f.diagnostics.isEmpty());
    }
}
