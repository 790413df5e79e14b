package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    /** Lines "| a | b |" become table rows (cells split on pipes), other lines prose. */
    static Document doc(String... lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("|")) {
                String[] parts = t.substring(1, t.length() - 1).split("\\|", -1);
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < parts.length; c++) {
                    cells.add(new Cell(parts[c].strip(), new Locator(i + 1, c + 1, null)));
                }
                rows.add(new Row(cells, true, Locator.line(i + 1)));
            } else {
                rows.add(Row.prose(t, Locator.line(i + 1)));
            }
        }
        return new Document("t.md", rows);
    }

    static final String[] HEAD = {
        "省级对市县专项转移支付整体绩效目标表",
        "(2,019年度)",
        "| 项目名称 | | 城乡居民医疗保险补助资金 | | |",
        "| 市(县)名称 | | 长春市 | | |",
        "| 省级财政部门 | 吉林省财政厅 | 省级主管部门 | 吉林省医疗保障局 | |",
        "| 资金情况 (万元) | 年度金额: | | 138486万元 | |",
        "| | 其中:中央资金 | | 97109万元 | |",
        "| | 省级资金 | | | |",
        "| 年度目标 | 目标1: 巩固参保率。 目标2: 稳步提高保障水平。 | | | |",
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
    };

    static Sheet one(String... body) {
        List<String> lines = new ArrayList<>(List.of(HEAD));
        lines.addAll(List.of(body));
        List<Sheet> sheets = Recovery.recover(doc(lines.toArray(String[]::new)));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    static String row(Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value();
    }

    @Test
    void headerBlock() {
        Sheet s = one("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |");
        assertEquals(2019, s.year());
        assertEquals(Kind.TARGET, s.kind());
        assertEquals("城乡居民医疗保险补助资金", s.project());
        assertEquals("长春市", s.region());
        assertEquals("吉林省财政厅", s.parties().get("省级财政部门"));
        assertEquals("吉林省医疗保障局", s.parties().get("省级主管部门"));
        assertEquals("万元", s.funding().unit());
        assertEquals(3, s.funding().items().size());
        assertEquals("年度金额", s.funding().items().get(0).label());
        assertEquals(new BigDecimal("138486"), s.funding().items().get(0).amount());
        assertEquals("中央资金", s.funding().items().get(1).label());
        assertNull(s.funding().items().get(2).amount());
        assertEquals(List.of("巩固参保率。", "稳步提高保障水平。"), s.goals());
        assertEquals(Locator.line(1), s.locator());
    }

    @Test
    void aTitleWrappedOverTwoLinesIsJoinedButAHeadingBeforeAFullTitleIsNot() {
        List<String> lines = new ArrayList<>(List.of("第二部分", "省级对市县专项转移支付", "整体绩效目标表"));
        lines.addAll(List.of(HEAD).subList(1, HEAD.length));
        lines.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |");
        lines.add("医疗救助补助资金");
        lines.addAll(List.of(HEAD));
        lines.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |");
        List<Sheet> sheets = Recovery.recover(doc(lines.toArray(String[]::new)));
        assertEquals(2, sheets.size());
        assertEquals("省级对市县专项转移支付整体绩效目标表", sheets.get(0).title());
        assertEquals(Locator.line(2), sheets.get(0).locator());
        assertTrue(sheets.get(0).diagnostics().stream().anyMatch(d -> d.message().contains("title printed over two lines")));
        // the heading before a complete title is not part of it: it stays a remnant of the sheet before
        assertEquals("省级对市县专项转移支付整体绩效目标表", sheets.get(1).title());
        assertTrue(sheets.get(0).remnants().contains("医疗救助补助资金"), sheets.get(0).remnants().toString());
    }

    @Test
    void linesBeforeTheFirstSheetAreRecordedNotDropped() {
        List<String> lines = new ArrayList<>(List.of("关于下达2019年绩效目标的通知", "各市（州）财政局：", "现将目标下达给你们。",
                "目录", "1、省级对市县专项转移支付整体绩效目标表"));
        lines.addAll(List.of(HEAD));
        lines.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |");
        List<Sheet> sheets = Recovery.recover(doc(lines.toArray(String[]::new)));
        assertEquals(1, sheets.size());
        List<dev.zhibiao.Diagnostic> outside = sheets.get(0).diagnostics().stream()
                .filter(d -> d.code().equals("outside-sheets")).toList();
        assertEquals(1, outside.size());
        assertTrue(outside.get(0).message().startsWith("5 line(s)"), outside.get(0).message());
        assertTrue(outside.get(0).message().contains("lines 1–5"), outside.get(0).message());
        assertEquals(Locator.line(1), outside.get(0).position());
    }

    @Test
    void mergedCellsFillDownAndNumberPrefixIsRemoved() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |",
                "| | | | 指标2: 补助标准(元) | ≥520元 |",
                "| | | 质量指标 | 指标1: 参保率(%) | ≥ 97.1% |");
        assertEquals(List.of("产出指标|数量指标|参保人数(人)|≥299.68万人", "产出指标|数量指标|补助标准(元)|≥520元",
                "产出指标|质量指标|参保率(%)|≥ 97.1%"), s.indicators().stream().map(RecoveryTest::row).toList());
    }

    @Test
    void shiftedRowsAndLostLeadingCellsAreRealigned() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |",
                "| | 指标2: 开展门诊统筹 | | 普遍开展 | |",
                "| 时效指标 | 指标1: 资金到位率 | 100% | | |",
                "| 满意度 | 服务对象 满意度 | 参保对象满意度(%) | ≥90% | |");
        assertEquals(List.of("产出指标|数量指标|参保人数(人)|≥299.68万人", "产出指标|数量指标|开展门诊统筹|普遍开展",
                "产出指标|时效指标|资金到位率|100%", "满意度指标|服务对象满意度指标|参保对象满意度(%)|≥90%"),
                s.indicators().stream().map(RecoveryTest::row).toList());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("row-realigned") && d.position().line() == 12));
    }

    @Test
    void aShortRowWhoseLastCellIsFilledLostItsLeadingCells() {
        // pipe rows printed without their leading empty cells: four cells under six columns are the
        // last four (name, value, actual, reason), not a label outside the vocabulary one cell left
        List<Sheet> sheets = Recovery.recover(doc("项目支出绩效自评表", "(2025年度)",
                "| 项目名称 | 甲 | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |",
                "| 效益指标 | 社会效益指标 | 群众生活水平 | 有效提升 | 已提升 | |",
                "| 基本医疗保障水平 | 稳步提高 | 已提高 | 下年度加快推进 |",
                "| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | 100% | 100% | |"));
        assertEquals(1, sheets.size());
        Indicator i = sheets.get(0).indicators().get(1);
        assertEquals("效益指标|社会效益指标|基本医疗保障水平|稳步提高", row(i));
        assertEquals("已提高", i.actual());
        assertEquals("下年度加快推进", i.note());
    }

    @Test
    void levelTwoLabelInLevelOneColumnTakesItsParent() {
        Sheet s = one(
                "| | 社会效益指标 | 社会效益指标 | 指标1: 覆盖范围 | 逐步扩大 |",
                "| | 可持续影响 | | 指标1: 影响 | 成效明显 |",
                "| | 满意 | 服务对象 | 指标1: 知晓率 | ≥80% |");
        assertEquals(List.of("效益指标|社会效益指标|覆盖范围|逐步扩大", "效益指标|可持续影响指标|影响|成效明显",
                "满意度指标|服务对象满意度指标|知晓率|≥80%"), s.indicators().stream().map(RecoveryTest::row).toList());
    }

    @Test
    void slidLabelsMoveToTheirNumberedGroups() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: a | 1 |",
                "| | | | 指标2: b | 2 |",
                "| | | 质量指标 | 指标3: c | 3 |",
                "| | | | 指标1: d | 4 |",
                "| | | 时效指标 | 指标2: e | 5 |",
                "| | | | 指标1: f | 6 |");
        assertEquals(List.of("产出指标|数量指标|a|1", "产出指标|数量指标|b|2", "产出指标|数量指标|c|3",
                "产出指标|质量指标|d|4", "产出指标|质量指标|e|5", "产出指标|时效指标|f|6"),
                s.indicators().stream().map(RecoveryTest::row).toList());
        assertEquals(2, s.diagnostics().stream().filter(d -> d.code().equals("label-moved")).count());
    }

    @Test
    void unequalLabelsAndGroupsStayWherePrintedWithADiagnostic() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: a | 1 |",
                "| | | 质量指标 | 指标2: b | 2 |",
                "| | | 时效指标 | 指标3: c | 3 |");
        assertEquals("产出指标|时效指标|c|3", row(s.indicators().get(2)));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("labels-unresolved")));
    }

    @Test
    void labelOutsideTheVocabularyIsKeptByPosition() {
        Sheet s = one(
                "| | 满意度指标 | 政策知晓率 | 参保群众政策知晓率 | 普遍知晓 |",
                "| | | | 困难群众就医方便程度 | 明显提高 |");
        assertEquals(List.of("满意度指标|政策知晓率|参保群众政策知晓率|普遍知晓", "满意度指标|政策知晓率|困难群众就医方便程度|明显提高"),
                s.indicators().stream().map(RecoveryTest::row).toList());
    }

    @Test
    void aLevelTwoCategoryInTheLevelOneColumnDoesNotVouchForAnUnknownLabel() {
        // the row lost its merged level-1 cell: 质量指标 slid into the level-1 column and the name
        // into the level-2 column; read where the heading puts it, not as a label 医保综合监管能力
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 参保人数 | ≥299万人 |",
                "| | 质量指标 | 医保综合监管能力 | 有所提升 | |");
        assertEquals(List.of("产出指标|数量指标|参保人数|≥299万人", "产出指标|质量指标|医保综合监管能力|有所提升"),
                s.indicators().stream().map(RecoveryTest::row).toList());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("row-shifted")));
    }

    @Test
    void cellsUpToTheNameSlidLeftWithAnEmptyCellAfterTheNameAreMovedBack() {
        // the merged lead cell printed after the name: 满意度指标 | 政策知晓率 | name | (empty) | value | actual
        List<Sheet> sheets = Recovery.recover(doc(
                "城乡居民基本医疗保险补助资金转移支付区域(项目)绩效自评表",
                "(2023年度)",
                "| 转移支付(项目)名称 | | 城乡居民基本医疗保险补助资金 | | | | | |",
                "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |",
                "| | 产出指标 | 数量指标 | 参保人数(人) | ≥623万人 | ≥623万人 | | |",
                "| 满意度指标 | 政策知晓率 | 参保群众政策知晓率 | | 普遍知晓 | 普遍知晓 | | |",
                "| | | 服务对象满意度指标 | 参保对象满意度 | ≥85% | ≥85% | | |"));
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(List.of("产出指标|数量指标|参保人数(人)|≥623万人", "满意度指标|政策知晓率|参保群众政策知晓率|普遍知晓",
                "满意度指标|服务对象满意度指标|参保对象满意度|≥85%"), s.indicators().stream().map(RecoveryTest::row).toList());
        assertEquals("普遍知晓", s.indicators().get(1).actual());
    }

    @Test
    void labelPrintedInTheMiddleOfItsMergedCellFillsUp() {
        Sheet s = one(
                "| | 产出指标 | | a | 1 |",
                "| | | 数量指标 | b | 2 |",
                "| | | | c | 3 |");
        assertEquals("产出指标|数量指标|a|1", row(s.indicators().get(0)));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("label-filled-up")));
    }

    @Test
    void wrappedNameInANumberedSheetIsJoined() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: 以户籍人口数为基数计算的 | ≥85% |",
                "| | | | 基本医保综合参保率(%) | |",
                "| | | | 指标2: b | 2 |");
        assertEquals(List.of("产出指标|数量指标|以户籍人口数为基数计算的基本医保综合参保率(%)|≥85%", "产出指标|数量指标|b|2"),
                s.indicators().stream().map(RecoveryTest::row).toList());
    }

    @Test
    void withoutAHeadingRowIndicatorsAreReadByContent() {
        List<Sheet> sheets = Recovery.recover(doc(
                "项目支出绩效目标表",
                "| 项目名称 | 长护配套金 | | |",
                "| 产出指标 | 数量指标 | 参保人数 | ≥5万人 |",
                "| | 质量指标 | 参保率 | ≥98% |"));
        Sheet s = sheets.get(0);
        assertEquals("长护配套金", s.project());
        assertEquals(List.of("产出指标|数量指标|参保人数|≥5万人", "产出指标|质量指标|参保率|≥98%"),
                s.indicators().stream().map(RecoveryTest::row).toList());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("heading-missing")));
    }

    @Test
    void aSheetWithoutAnIndicatorHeadingSaysSoAndWhere() {
        List<Sheet> sheets = Recovery.recover(doc(
                "项目支出绩效目标表",
                "| 项目名称 | 长护配套金 | | |",
                "| 主管部门 | 医保局 | 实施单位 | 医保中心 |",
                "| 项目资金 | 年度资金总额 | 100 | |"));
        Sheet s = sheets.get(0);
        assertEquals("长护配套金", s.project());
        assertTrue(s.indicators().isEmpty());
        dev.zhibiao.Diagnostic d = s.diagnostics().stream().filter(x -> x.code().equals("heading-missing")).findFirst()
                .orElseThrow(() -> new AssertionError(s.diagnostics().toString()));
        assertTrue(d.message().contains("never found") && d.message().contains("line 2") && d.message().contains("line 4"),
                d.message());
        assertEquals(2, d.position().line());
    }

    @Test
    void scoreColumnsAreWeightAndScoreAndDoNotBreakAlignment() {
        List<Sheet> sheets = Recovery.recover(doc(
                "项目绩效自评表",
                "| 项目名称 | 长护配套金 | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
                "| 产出指标 | 数量指标 | 参保人数 | ≥5万人 | 6万人 | 10 | 10 | |",
                "| | 质量指标 | 参保率 | ≥98% | 97% | 10 | 8 | 宣传不足 |"));
        Sheet s = sheets.get(0);
        assertEquals(Kind.SELF_EVALUATION, s.kind());
        Indicator a = s.indicators().get(0);
        assertEquals("6万人", a.actual());
        assertEquals(Verdict.MET, a.met());
        Indicator b = s.indicators().get(1);
        assertEquals(Verdict.NOT_MET, b.met());
        assertEquals("宣传不足", b.note());
        // 分值 and 得分 are the indicator's weight and score (they were remnants before the model had them)
        assertEquals(new BigDecimal("10"), b.weight());
        assertEquals(new BigDecimal("8"), b.score());
        assertEquals(List.of(), s.remnants());
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("row-realigned")));
    }

    @Test
    void anUnnumberedLastIndicatorWithItsOwnValueIsNotAWrap() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: a | ≥1次 |",
                "| | | | 指标2: b | ≥2次 |",
                "| | | | c | ≥85% |");
        assertEquals(List.of("产出指标|数量指标|a|≥1次", "产出指标|数量指标|b|≥2次", "产出指标|数量指标|c|≥85%"),
                s.indicators().stream().map(RecoveryTest::row).toList());
    }

    @Test
    void titleAndYearPrintedInsideTheTable() {
        List<Sheet> sheets = Recovery.recover(doc(
                "| 项目支出绩效目标表 | | | |",
                "| （2023年度） | | | |",
                "| 项目名称 | 长护配套金 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 参保人数 | ≥5万人 |",
                "| 项目支出绩效目标表 | | | |",
                "| （2024年度） | | | |",
                "| 项目名称 | 第二个 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 参保率 | ≥98% |"));
        assertEquals(2, sheets.size());
        assertEquals("项目支出绩效目标表", sheets.get(0).title());
        assertEquals(2023, sheets.get(0).year());
        assertEquals(2024, sheets.get(1).year());
        assertEquals(1, sheets.get(0).indicators().size());
        assertEquals(Locator.line(6), sheets.get(1).locator());
    }

    @Test
    void moneyLabelAndAmountInOneCellAreSplit() {
        List<Sheet> sheets = Recovery.recover(doc(
                "项目支出绩效目标表",
                "| 项目名称 | 某项目 | |",
                "| 项目资金（万元） | 年度资金总额 30160000.00 | |",
                "| | 其中：财政资金 1,500 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 参保人数 | ≥5万人 |"));
        Sheet s = sheets.get(0);
        assertEquals("年度资金总额", s.funding().items().get(0).label());
        assertEquals(new BigDecimal("30160000"), s.funding().items().get(0).amount());
        assertEquals("财政资金", s.funding().items().get(1).label());
        assertEquals(new BigDecimal("1500"), s.funding().items().get(1).amount());
    }

    @Test
    void cellsBeyondTheColumnsAreRemnants() {
        Sheet s = one("| | 产出指标 | 数量指标 | 参保人数 | ≥5人 | 多余 | 还多余 |");
        assertEquals(1, s.indicators().size());
        assertTrue(s.remnants().contains("还多余"), s.remnants().toString());
    }

    @Test
    void selfEvaluationBlocks() {
        List<Sheet> sheets = Recovery.recover(doc(
                "城乡居民基本医疗保险补助资金转移支付区域(项目)绩效自评表",
                "(2023年度)",
                "| 转移支付(项目)名称 | | 城乡居民基本医疗保险补助资金 | | | | |",
                "| 地方主管部门 | | 省医疗保障局 | 资金使用单位 | 长春地区 | | |",
                "| 资金情况 (万元) | | | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | |",
                "| | | 年度资金总额: | 356145 | 353069 | 99.14% | |",
                "| 资金管理情况 | | | 情况说明 | | 存在问题和改进措施 | |",
                "| | | 分配科学性 | 分配科学 | | 无 | |",
                "| 总体目标完成情况 | 总体目标 | | | 全年实际完成情况 | | |",
                "| | 目标1. 巩固参保率。 目标2. 稳步提高。 | | | 基本完成 | | |",
                "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |",
                "| | 产出指标 | 数量指标 | 参保人数(人) | ≥623万人 | ≥623万人 | |",
                "| | | | | 重复参保人数(人) | 0 | 0 |",
                "| | | | 到位率 | 100% | 98% | 资金紧张 |",
                "| 说明 | 无 | | | | | |"));
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(Kind.SELF_EVALUATION, s.kind());
        assertEquals("长春地区", s.region());
        assertEquals(new BigDecimal("99.14"), s.funding().items().get(0).rate());
        assertEquals(new BigDecimal("353069"), s.funding().items().get(0).executed());
        assertEquals("分配科学", s.attributes().get("资金管理情况/分配科学性"));
        assertEquals("无", s.attributes().get("资金管理情况/分配科学性/存在问题和改进措施"));
        assertEquals("基本完成", s.attributes().get("全年实际完成情况"));
        assertEquals(List.of("巩固参保率。", "稳步提高。"), s.goals());
        Indicator dup = s.indicators().get(1);
        assertEquals("重复参保人数(人)", dup.name());
        assertEquals("0", dup.value());
        assertEquals("0", dup.actual());
        assertEquals(Verdict.MET, dup.met());
        Indicator late = s.indicators().get(2);
        assertEquals(Verdict.NOT_MET, late.met());
        assertEquals("资金紧张", late.note());
        assertTrue(s.remnants().contains("说明"));
    }

    @Test
    void titlesSplitSheetsAndTablesWithoutTitleStillMakeSheets() {
        List<String> lines = new ArrayList<>(List.of(HEAD));
        lines.add("| | 产出指标 | 数量指标 | 指标1: a | 1 |");
        lines.add("| 项目名称 | 第二个项目 | | | |");
        lines.add("| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |");
        lines.add("| | 产出指标 | 数量指标 | b | 2 |");
        List<Sheet> sheets = Recovery.recover(doc(lines.toArray(String[]::new)));
        assertEquals(2, sheets.size());
        assertEquals("第二个项目", sheets.get(1).project());
        assertEquals("产出指标|数量指标|b|2", row(sheets.get(1).indicators().get(0)));
    }

    @Test
    void headerLabelAndValueInOneCell() {
        List<Sheet> sheets = Recovery.recover(doc(
                "项目支出绩效目标表",
                "| 项目名称 | 长护配套金 | | |",
                "| 主管部门及代码 | 610-医疗保障局 | 实施单位 医疗保障服务中心 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 成本指标 | 经济成本指标 | 补助 | 补助到位 |"));
        Sheet s = sheets.get(0);
        assertEquals("医疗保障服务中心", s.parties().get("实施单位"));
        assertEquals("610-医疗保障局", s.parties().get("主管部门及代码"));
        assertEquals("成本指标|经济成本指标|补助|补助到位", row(s.indicators().get(0)));
    }

    @Test
    void aValueWrappedOntoTheNextRowIsJoinedNotReadAsAShiftedName() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥94万人 |",
                "| | | | 指标2: 参保居民个人实际缴费标准(元) | 成年人≥270元; |",
                "| | | | | 大中小学生、儿童≥200元 |",
                "| | | | 指标3: 重复参保人数(人) | 0 |");
        assertEquals(3, s.indicators().size());
        assertEquals("产出指标|数量指标|参保居民个人实际缴费标准(元)|成年人≥270元;大中小学生、儿童≥200元",
                row(s.indicators().get(1)));
        assertTrue(s.indicators().get(1).target() instanceof dev.zhibiao.Target.BySubject);
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("cell-joined") && d.position().line() == 13));
    }

    @Test
    void aLoneNumberedNameInTheValueColumnIsStillAShiftedRow() {
        Sheet s = one(
                "| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥94万人 |",
                "| | | | | 指标2: 虚报参保人数(人) | 0 |");
        assertEquals("产出指标|数量指标|虚报参保人数(人)|0", row(s.indicators().get(1)));
    }

    @Test
    void nameAndValueWrappedTogetherBeforeTheNextNumberAreJoined() {
        Sheet s = one(
                "| | 产出指标 | 质量指标 | 指标1: 基金滚存结 | 6-9 |",
                "| | | | 余可支配月数(月) | 个月 |",
                "| | 时效指标 | | 指标1: 补助资金到位率 | 100% |");
        assertEquals(2, s.indicators().size());
        assertEquals("产出指标|质量指标|基金滚存结余可支配月数(月)|6-9个月", row(s.indicators().get(0)));
        assertTrue(s.diagnostics().stream().filter(d -> d.code().equals("cell-joined")).count() == 2);
    }

    @Test
    void theLeadLabelPrintedOnAMiddleIndicatorRowIsNotACategory() {
        List<String> lines = new ArrayList<>(List.of(HEAD));
        lines.set(lines.size() - 1, "| | 一级指标 | 二级指标 | 三级指标 | 指标值 |");
        lines.add("| | 产出指标 | 数量指标 | 指标1: a | 1 |");
        lines.add("| 绩效指标 | | | 指标2: b | 2 |");
        lines.add("| | | | 指标3: c | 3 |");
        Sheet s = Recovery.recover(doc(lines.toArray(String[]::new))).get(0);
        assertEquals("产出指标|数量指标|b|2", row(s.indicators().get(1)));
        assertEquals("产出指标|数量指标|c|3", row(s.indicators().get(2)));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("label-merged")));
    }

    @Test
    void aLabelPrintedVerticallyOneCharacterPerRowIsOneCategory() {
        Sheet s = one(
                "| | 产 | 数量指标 | 指标1: a | 1 |",
                "| | 出 | | 指标2: b | 2 |",
                "| | 指 | | 指标3: c | 3 |",
                "| | 标 | 质量指标 | 指标1: d | 4 |");
        assertEquals("产出指标|数量指标|b|2", row(s.indicators().get(1)));
        assertEquals("产出指标|质量指标|d|4", row(s.indicators().get(3)));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("label-joined")));
    }
}
