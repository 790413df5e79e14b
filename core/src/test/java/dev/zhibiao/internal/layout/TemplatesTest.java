package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Direction;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.Target;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template rules of recovery, each on rows built directly (see {@link RecoveryTest#doc}). */
class TemplatesTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    // ---- heading words (headings.tsv) ----------------------------------------------------------

    @Test
    void headingWordsNameTheirColumns() {
        Map<String, Column> expected = Map.ofEntries(
                Map.entry("一级指标", Column.L1), Map.entry("二级指标", Column.L2), Map.entry("三级指标", Column.NAME),
                Map.entry("指标性质", Column.OPERATOR), Map.entry("指标值", Column.VALUE), Map.entry("年度指标值", Column.VALUE),
                Map.entry("度量单位", Column.UNIT), Map.entry("计量单位", Column.UNIT), Map.entry("权重", Column.WEIGHT),
                Map.entry("权重(%)", Column.WEIGHT), Map.entry("分值", Column.WEIGHT), Map.entry("得分", Column.SCORE),
                Map.entry("指标方向性", Column.DIRECTION), Map.entry("完成值", Column.ACTUAL),
                Map.entry("全年实际完成值", Column.ACTUAL), Map.entry("实际完成值", Column.ACTUAL),
                Map.entry("未完成原因分析", Column.NOTE), Map.entry("偏差原因分析及改进措施", Column.NOTE),
                Map.entry("中期指标值", Column.MID_VALUE), Map.entry("绩效指标描述", Column.DESCRIPTION),
                Map.entry("指标值确定依据", Column.BASIS), Map.entry("绩 效 指 标", Column.LEAD),
                Map.entry("单位名称", Column.UNIT_NAME), Map.entry("项目名称", Column.PROJECT), Map.entry("预算数", Column.BUDGET),
                Map.entry("年度目标", Column.GOALS), Map.entry("指标值（包含数字及文字描述）", Column.VALUE),
                Map.entry("绩效标准", Column.VALUE), Map.entry("备注", Column.NOTE), Map.entry("指标名称", Column.NAME),
                Map.entry("指标类型", Column.CATEGORY), Map.entry("指标类别", Column.CATEGORY),
                Map.entry("实际指标值", Column.ACTUAL), Map.entry("标准分", Column.WEIGHT),
                // an explanation of the value is a description, not a second value column
                Map.entry("指标值说明", Column.DESCRIPTION), Map.entry("指标说明", Column.DESCRIPTION),
                Map.entry("未完成原因说明", Column.NOTE), Map.entry("实际完成情况说明", Column.ACTUAL));
        expected.forEach((heading, role) -> assertEquals(role, Vocabulary.column(heading), heading));
        assertNull(Vocabulary.column("备考"));
        assertNull(Vocabulary.column(""));
    }

    @Test
    void pointsAfterALevelOneLabelAreNotPartOfIt() {
        assertEquals("产出指标", Vocabulary.category("产出指标(50分)").label());
        assertEquals("效益指标", Vocabulary.category("效益指標（30分）").label());
    }

    // ---- split value columns -------------------------------------------------------------------

    private static final String[] SPLIT = {
        "部门预算项目绩效目标申报表(2019年度)",
        "| 项目名称 | 医疗救助补助资金 | | | | | | |",
        "| 金额单位:万元 | | | | | | | |",
        "| 年度资金总额 | 141 | | | | | | |",
        "| 中央资金 | 141 | | | | | | |",
        "| 其他资金 |  | | | | | | |",
        "| 年度目标 | 1.甲。；2.乙；3.丙。 | | | | | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 |",
        "| 产出指标 | 数量指标 | 发布会次数 | ≥ | 2 | 次 | 10 | 正向指标 |",
        "| 产出指标 | 质量指标 | 响应时间 | ≤ | 60 | 分钟 | 10 | 反向指标 |",
        "| 产出指标 | 质量指标 | 整合制度 | 定性 | 出台文件 |  | 5 | 正向指标 |",
        "| 效益指标 | 社会效益指标 | 结算率 | 定性 | ≥ ９０％ |  | 15 |  |",
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | 定性 |  |  | 10 | 正向指标 |",
    };

    @Test
    void splitValueColumnsMakeOneValue() {
        Sheet s = recover(SPLIT).get(0);
        List<Indicator> in = s.indicators();
        assertEquals(5, in.size(), in.toString());
        assertEquals("≥2次", in.get(0).value());
        assertEquals(new Target.Comparison(dev.zhibiao.Op.GE, new dev.zhibiao.Quantity(new BigDecimal("2"), "次")),
                in.get(0).target());
        assertEquals("≤60分钟", in.get(1).value());
        assertEquals("出台文件", in.get(2).value(), "定性 is not part of the value");
        assertEquals("≥９０％", in.get(3).value());
        assertNull(in.get(4).value(), "an empty value stays empty");
        assertEquals(new BigDecimal("10"), in.get(0).weight());
        assertEquals(new BigDecimal("5"), in.get(2).weight());
        assertNull(in.get(0).score());
    }

    @Test
    void directionFromItsColumnElseFromTheOperator() {
        List<Indicator> in = recover(SPLIT).get(0).indicators();
        assertEquals(Direction.POSITIVE, in.get(0).direction());
        assertEquals(Direction.NEGATIVE, in.get(1).direction());
        assertEquals(Direction.POSITIVE, in.get(2).direction(), "正向指标 printed");
        assertNull(in.get(3).direction(), "neither a direction nor an operator");
        Cell le = new Cell("≤", null);
        Cell lt = new Cell("<", null);
        Cell eq = new Cell("=", null);
        assertEquals(Direction.NEGATIVE, TemplateColumns.direction(null, le));
        assertEquals(Direction.NEGATIVE, TemplateColumns.direction(null, lt));
        assertEquals(Direction.POSITIVE, TemplateColumns.direction(null, eq));
        assertEquals(Direction.POSITIVE, TemplateColumns.direction(new Cell("正向", null), le), "the column wins");
        assertNull(TemplateColumns.direction(null, new Cell("定性", null)));
    }

    @Test
    void moneyRowsUnderAUnitStatementAndGoalsJoinedBySemicolons() {
        Sheet s = recover(SPLIT).get(0);
        assertEquals("万元", s.funding().unit());
        assertEquals(List.of(new FundingItem("年度资金总额", new BigDecimal("141"), null, null, null, null),
                new FundingItem("中央资金", new BigDecimal("141"), null, null, null, null),
                new FundingItem("其他资金", null, null, null, null, null)), s.funding().items());
        assertEquals(List.of("甲。", "乙", "丙。"), s.goals());
        assertEquals(List.of("甲；", "乙"), GoalText.splitGoals("1. 甲； 2. 乙"), "a spaced number keeps the ；");
        assertEquals(List.of("甲；", "乙"), GoalText.splitGoals("目标1：甲；目标2：乙"));
        assertEquals(List.of("甲。", "乙。"), GoalText.splitGoals("甲。；乙。"), "unnumbered goals split on ；");
        assertEquals(List.of("目标一。"), GoalText.splitGoals("目标一。"),
                "a goal that is only its number keeps its text, not the full stop after it");
        assertEquals(List.of("目标一。", "乙"), GoalText.splitGoals("目标一。 目标二：乙"));
    }

    @Test
    void splitActualTakesItsOwnUnitOrTheValuesUnit() {
        Sheet s = recover(
                "部门预算项目支出绩效自评表(2023年度)",
                "| 项目名称 | 甲 | | | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
                "| 产出指标 | 数量指标 | 参保率 | ≥ | 95 | % | 96 | 5 | 4.5 | |",
                "| 产出指标 | 数量指标 | 人数 | = | 0 |  | 0 | 10 | 10 | |").get(0);
        assertEquals(Kind.SELF_EVALUATION, s.kind());
        Indicator a = s.indicators().get(0);
        assertEquals("≥95%", a.value());
        assertEquals("96%", a.actual());
        assertEquals(dev.zhibiao.Verdict.MET, a.met());
        assertEquals(new BigDecimal("4.5"), a.score());
        assertEquals("0", s.indicators().get(1).actual());
        Sheet t = recover(
                "部门预算项目支出绩效自评表(2023年度)",
                "| 项目名称 | 甲 | | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 度量单位 | 得分 |",
                "| 产出指标 | 数量指标 | 人数 | ≥ | 2 | 万人 | 1.5 | 万人 | 4 |").get(0);
        assertEquals("≥2万人", t.indicators().get(0).value());
        assertEquals("1.5万人", t.indicators().get(0).actual());
        assertEquals(dev.zhibiao.Verdict.NOT_MET, t.indicators().get(0).met());
    }

    @Test
    void splitRowsWithoutTheirEmptyCellsAreReadByWhatEachCellIs() {
        // a reader that leaves empty cells out (a web table copied one cell per line)
        Sheet s = recover(
                "部门预算项目支出绩效自评表(2023年度)",
                "| 项目名称 | 甲 | | | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
                "| 产出指标 | 数量指标 | 参保率 | ≥ | 95 | % | ≥95% | 15 | 15 |",
                "| 产出指标 | 质量指标 | 整合制度 | 定性 | 出台文件 | 出台文件 | 5 | 4 | 进度慢 |",
                "| 效益指标 | 社会效益指标 | 知晓率 | 定性 | 普遍知晓 | 普遍知晓 | 10 | 10 |").get(0);
        List<Indicator> in = s.indicators();
        assertEquals(3, in.size(), in.toString());
        assertEquals("≥95%", in.get(0).value());
        assertEquals("≥95%", in.get(0).actual());
        assertEquals("出台文件", in.get(1).value());
        assertEquals("出台文件", in.get(1).actual());
        assertEquals(new BigDecimal("5"), in.get(1).weight());
        assertEquals(new BigDecimal("4"), in.get(1).score());
        assertEquals("进度慢", in.get(1).note());
        assertEquals("普遍知晓", in.get(2).actual());
        assertEquals(new BigDecimal("10"), in.get(2).score());
        assertEquals(List.of(), s.remnants());
    }

    @Test
    void compactedRowsKeepAnUnknownLabelAndAnEmptyValue() {
        Sheet s = recover(
                "部门预算项目绩效目标申报表(2019年度)",
                "| 项目名称 | 甲 | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 |",
                "| 满意度指标 | 政策知晓率 | 群众知晓率 | 定性 | 普遍知晓 | 5 | 正向指标 | |",
                "| 产出指标 | 质量指标 | 定点机构 | 定性 | 15 | 正向指标 | | |",
                "| 产出指标 | 质量指标 | 重复人数 | 定性 | ０ | 10 | 正向指标 | |").get(0);
        List<Indicator> in = s.indicators();
        assertEquals("政策知晓率", in.get(0).level2(), "the cell before the operator is the name, the one before it a label");
        assertEquals("群众知晓率", in.get(0).name());
        assertEquals("普遍知晓", in.get(0).value());
        assertNull(in.get(1).value(), "定性 | 15 | 正向指标: 15 is the weight, the value was empty");
        assertEquals(new BigDecimal("15"), in.get(1).weight());
        assertEquals("０", in.get(2).value(), "a number followed by the weight is the value");
        assertEquals(new BigDecimal("10"), in.get(2).weight());
    }

    @Test
    void unknownHeadingKeepsItsCellsAsRemnants() {
        Sheet s = recover(
                "绩效目标表",
                "| 项目名称 | 甲 | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 备考 |",
                "| 产出指标 | 数量指标 | 人数 | 2人 | 见附件 |").get(0);
        assertEquals("2人", s.indicators().get(0).value());
        assertTrue(s.remnants().contains("见附件"), s.remnants().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("column-unknown") && d.message().contains("备考")));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("remnant") && d.message().contains("备考")));
    }

    // ---- a department's table of several projects ----------------------------------------------

    @Test
    void tableOfProjectsIsOneSheetPerProject() {
        List<Sheet> sheets = recover(
                "| 部门预算项目绩效目标申报表 | | | | | | | | |",
                "| 金额单位:元 | | | | | | | | |",
                "| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |",
                "| 101-卫生局 | 救助资金 | 5,800,000.00 | 甲 乙。 | 产出指标 | 数量指标 | 人次 | ≥28% | 5 |",
                "| 产出指标 | 质量指标 | 比例 | ≥70% | 10 | | | | |",
                "| 覆盖率 | ≥80% | 10 | | | | | | |",
                "| 102-医保局 | 能力建设 | 310,000.00 | 丙 | 产出指标 | 质量指标 | 合格率 | ≥90% | 10 |",
                "| | | | | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 10 |");
        assertEquals(2, sheets.size());
        Sheet a = sheets.get(0);
        assertEquals("救助资金", a.project());
        assertEquals(Map.of("单位名称", "101-卫生局"), a.parties());
        assertEquals("元", a.funding().unit());
        assertEquals(List.of(new FundingItem("预算数", new BigDecimal("5800000"), null, null, null, null)),
                a.funding().items());
        assertEquals(List.of("甲 乙。"), a.goals());
        assertEquals(3, a.indicators().size(), "a row without its labels is no new project: " + a.indicators());
        assertEquals("比例", a.indicators().get(1).name());
        assertEquals("≥80%", a.indicators().get(2).value());
        assertEquals(new BigDecimal("10"), a.indicators().get(1).weight());
        assertEquals(4, a.locator().line());
        Sheet b = sheets.get(1);
        assertEquals("能力建设", b.project());
        assertEquals(2, b.indicators().size(), "merged project cells printed empty: " + b.indicators());
        assertEquals("满意度指标", b.indicators().get(1).level1());
        assertEquals(7, b.locator().line());
    }

    @Test
    void aUnitStatementPrintedAsALineAboveTheTableIsTheUnitOfItsMoney() {
        // a pasted spreadsheet or a page's text: 金额单位:元 on a line of its own between the title and
        // the table, not in a cell. The budget column states no unit, so 万元 must not be assumed.
        List<Sheet> sheets = recover(
                "部门预算项目绩效目标申报表",
                "(2018年度)",
                "金额单位:元",
                "| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |",
                "| 101-卫生局 | 救助资金 | 5,800,000.00 | 甲 乙。 | 产出指标 | 数量指标 | 人次 | ≥28% | 5 |",
                "| 102-医保局 | 能力建设 | 310,000.00 | 丙 | 产出指标 | 质量指标 | 合格率 | ≥90% | 10 |");
        assertEquals(2, sheets.size());
        for (Sheet s : sheets) {
            assertEquals("元", s.funding().unit(), s.toString());
            assertTrue(s.remnants().isEmpty(), s.remnants().toString());
            assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("funding-unit")), s.diagnostics().toString());
        }
        assertEquals(2018, sheets.get(1).year());
    }

    // ---- scored self-evaluations ---------------------------------------------------------------

    private static final String[] SCORED = {
        "项目支出绩效自评表",
        "(2019年度)",
        "| 项目名称 | 甲 | | | | | | |",
        "| 主管部门 | 吉林省财政厅 | 实施单位 | 梨树县 | | | | |",
        "| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |",
        "| 年度资金总额 | 100 | 108 | 107 | 10 | 99% | 9 | |",
        "| 年度总体目标 | 甲。；乙。 | | | | | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "| 产出指标(50分) | 质量指标 | 合格率 | ≥90 % | ≥90 % | 10 | 10 | |",
        "| 运行率 | ≥ 90% | ≥ 90% | 5 | 5 | | | |",
        "| 效益指标(30分) | 社会效益指标 | 知晓率 | 普遍知晓 | 普遍知晓 | 5 | 5 | |",
        "| 结算率 | 有所提高 | 有所提高 | 10 | 10 | | | |",
        "| 总分 | 100 | 100 | | | | | |",
    };

    @Test
    void scoredSelfEvaluation() {
        Sheet s = recover(SCORED).get(0);
        assertEquals(Kind.SELF_EVALUATION, s.kind());
        List<Indicator> in = s.indicators();
        assertEquals(4, in.size(), in.toString());
        assertEquals("产出指标", in.get(0).level1());
        assertEquals("效益指标", in.get(3).level1());
        assertEquals("结算率", in.get(3).name());
        assertEquals("有所提高", in.get(3).value());
        assertEquals(new BigDecimal("10"), in.get(3).weight());
        assertEquals(new BigDecimal("10"), in.get(3).score());
        assertTrue(s.remnants().containsAll(List.of("总分", "100")), "总分 row kept: " + s.remnants());
        assertEquals(List.of("甲。", "乙。"), s.goals());
        assertEquals(Map.of("主管部门", "吉林省财政厅", "实施单位", "梨树县"), s.parties());
    }

    @Test
    void scoredMoneyRowReadByItsColumns() {
        Sheet s = recover(SCORED).get(0);
        assertEquals(List.of(new FundingItem("年度资金总额", null, null, new BigDecimal("108"), new BigDecimal("107"),
                new BigDecimal("99"))), s.funding().items());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.message().contains("年初预算数") && d.message().contains("100")),
                "年初预算数 has no field and is kept");
        assertTrue(s.remnants().contains("9"), "the money row's 得分 is kept: " + s.remnants());
    }

    @Test
    void centralTemplatePlaceholdersAndSideLabels() {
        Sheet s = recover(
                "项目支出绩效目标表",
                "(2019年度)",
                "| 项目名称 | 甲 | | |",
                "| 主管预算部门 | 吉林省财政厅 | 项目实施单位 | 靖宇县 |",
                "| 项目属性 | 经常性项目 | 项目起止时间 | 2019.01-2019.12 |",
                "| 项目资金 (万元) | 16 | 其中:财政拨款 | 16 |",
                "| 其他资金 | 0 | | |",
                "| 绩 效 目 标 | 目标1:甲。 目标2:乙。 | | |",
                "| 绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 质量指标 | 指标1:合格率 | ≥90 % |",
                "| 指标2:运行率 | ≥ 90% |",
                "| 指标3: | | | |",
                "| …… | | | |",
                "| 满意度指标 | 服务对象满意度指标 | 指标1:满意度（%） | ≥90% |",
                "| 生态效益指标 | … | |",
                "| …… |").get(0);
        assertEquals(3, s.indicators().size(), s.indicators().toString());
        assertEquals("运行率", s.indicators().get(1).name());
        assertEquals(Map.of("主管预算部门", "吉林省财政厅", "项目实施单位", "靖宇县"), s.parties());
        assertNull(s.region());
        assertEquals(List.of(new FundingItem("项目资金", new BigDecimal("16"), null, null, null, null),
                new FundingItem("财政拨款", new BigDecimal("16"), null, null, null, null),
                new FundingItem("其他资金", new BigDecimal("0"), null, null, null, null)), s.funding().items());
        assertEquals("万元", s.funding().unit());
        assertEquals(List.of("甲。", "乙。"), s.goals());
        assertEquals(3, s.diagnostics().stream().filter(d -> d.code().equals("placeholder-row")).count());
        assertEquals(1, s.diagnostics().stream().filter(d -> d.code().equals("placeholder-label")).count());
        assertFalse(s.indicators().stream().anyMatch(i -> i.name().isEmpty() || i.name().contains("…")));
    }
}
