package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table whose heading row and level-1 labels an engine misread: its indicators are read from the first row printing
 * a level-2 label whole, the columns placed by that label's column; for OCR word boxes and text layers only, and only
 * where the rows from that label pair names with values.
 */
class Level2StartTest {

    private static String row(Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value() + "|" + i.actual();
    }

    /** The table cells of {@link RecoveryTest#doc} as an engine's word boxes (a confidence each). */
    static Document ocr(Document d, boolean printedLines) {
        List<Row> rows = d.rows().stream().map(r -> !r.table() ? r
                : new Row(r.cells().stream().map(c -> new Cell(c.text(), c.at(), 0.9)).toList(), true, r.at())).toList();
        return new Document(d.source(), rows, printedLines);
    }

    private static final String[] SELF_EVALUATION = {
        "某县助学补贴资金绩效自评表",
        "| 项目名称 | 助学补贴资金 | | | | | |",
        "| 主管部门 | 县教育局 | | | | | |",
        "| 绩二拍 | 一级打 | 了 | 三 | 值 | 全年实际完 | 未完成原因和改 |",
        "| | 人出 | 数量指标 | 受助学生人数(人) | ≥120人 | 130人 | |",
        "| | | | 发放次数(次) | 2 | 2 | |",
        "| | | 时效指标 | 资金发放及时率 | 100% | 100% | |",
        "| | 满意度 | 服务对象满意度指标 | 受助学生满意度 | ≥90% | 95% | |"};

    @Test
    void aSelfEvaluationTableWithItsHeadingMisreadIsReadFromItsFirstLevel2Label() {
        List<Sheet> sheets = Recovery.recover(ocr(RecoveryTest.doc(SELF_EVALUATION), false));
        Sheet s = sheets.get(0);
        assertEquals(List.of("产出指标|数量指标|受助学生人数(人)|≥120人|130人", "产出指标|数量指标|发放次数(次)|2|2",
                        "产出指标|时效指标|资金发放及时率|100%|100%", "满意度指标|服务对象满意度指标|受助学生满意度|≥90%|95%"),
                s.indicators().stream().map(Level2StartTest::row).toList());
        Diagnostic d = s.diagnostics().stream().filter(x -> x.code().equals("heading-missing")).findFirst()
                .orElseThrow(() -> new AssertionError(s.diagnostics().toString()));
        assertTrue(d.message().contains("level-2") && d.message().contains("数量指标"), d.message());
        assertEquals(5, d.position().line());
    }

    @Test
    void plainTextLinesAndTypedTablesAreLeftToTheirOwnRules() {
        // plain OCR text's printed lines: its partial-heading rules, not this one
        assertTrue(Recovery.recover(ocr(RecoveryTest.doc(SELF_EVALUATION), true)).stream()
                .noneMatch(s -> s.diagnostics().stream().anyMatch(x -> x.message().contains("level-2 category"))));
        // a table no engine read (typed cells): nothing misread, the rule does not apply
        assertTrue(Recovery.recover(RecoveryTest.doc(SELF_EVALUATION)).stream()
                .noneMatch(s -> s.diagnostics().stream().anyMatch(x -> x.message().contains("level-2 category"))));
    }

    @Test
    void aTargetTableIsPlacedWithoutTheSelfEvaluationColumns() {
        List<Sheet> sheets = Recovery.recover(ocr(RecoveryTest.doc(
                "项目支出绩效目标表",
                "| 项目名称 | 助学补贴资金 | | |",
                "| 绩二 | 了 | 三 | 值 |",
                "| 人出 | 质量指标 | 补贴发放准确率 | 100% |",
                "| | 时效指标 | 补贴发放时间 | 2024年6月前 |",
                "| 效益 | 社会效益指标 | 家庭负担减轻程度 | 有效减轻 |"), false));
        assertEquals(List.of("产出指标|质量指标|补贴发放准确率|100%|null", "产出指标|时效指标|补贴发放时间|2024年6月前|null",
                        "效益指标|社会效益指标|家庭负担减轻程度|有效减轻|null"),
                sheets.get(0).indicators().stream().map(Level2StartTest::row).toList());
    }

    @Test
    void rowsThatPairNoNameWithAValueStartNoTable() {
        // the engine kept the level-2 labels and little else: a label beside a fragment, no value after it
        List<Sheet> sheets = Recovery.recover(ocr(RecoveryTest.doc(
                "项目支出绩效目标表",
                "| 项目名称 | 助学补贴资金 | | |",
                "| 绩二 | 了 | 三 | 值 |",
                "| 人出 | 数量指标 | 受助 | |",
                "| | 质量指标 | 补贴发放准确率 | 100% |",
                "| | 时效指标 | 及 | |",
                "| 效益 | 社会效益指标 | 家 庭 | |"), false));
        assertTrue(sheets.stream().allMatch(s -> s.indicators().isEmpty()), sheets.toString());
        assertTrue(sheets.stream().anyMatch(s -> s.diagnostics().stream().anyMatch(x -> x.message().contains("never found"))));
    }

    @Test
    void aLevel2LabelWithNothingAfterItStartsNoTable() {
        assertNull(Level2Start.label(new Row(List.of(new Cell("", null), new Cell("数量指标", null), new Cell("", null)),
                true, null)));
        assertEquals(-1, Level2Start.find(List.of(new Row(List.of(new Cell("参保人数", null), new Cell("数量指标", null)),
                true, null))));
        assertEquals("数量指标", Level2Start.label(new Row(List.of(new Cell("数量指标", null), new Cell("参保人数", null)),
                true, null)));
        assertFalse(Level2Start.pairsNamesWithValues(List.of(new Row(List.of(new Cell("数量指标", null),
                new Cell("参保人数", null), new Cell("若干", null)), true, null)), 0));
        assertTrue(Level2Start.pairsNamesWithValues(List.of(new Row(List.of(new Cell("数量指标", null),
                new Cell("参保人数", null), new Cell("≥600人", null)), true, null)), 0));
    }
}
