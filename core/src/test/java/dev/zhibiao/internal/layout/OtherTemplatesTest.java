package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Templates found by writing other governments' published forms as probes (session templates11),
 * each on rows built directly (see {@link RecoveryTest#doc}).
 */
class OtherTemplatesTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    /** The central 中央部门项目支出绩效目标申报表: both periods in one heading (中期指标值 | 年度指标值). */
    private static final String[] CENTRAL_MID = {
        "中央部门项目支出绩效目标申报表",
        "（2024年度）",
        "| 项目名称 | 保护区管护能力建设 | | | | |",
        "| 主管部门及代码 | [180]国家林业和草原局 | | 实施单位 | 调查规划设计院 | |",
        "| 项目资金（万元） | | 中期资金总额 | | 年度资金总额 | |",
        "| | 资金总额 | 3600 | | 1200 | |",
        "| | 财政拨款 | 3600 | | 1200 | |",
        "| | 其他资金 | 0 | | 0 | |",
        "| 总体目标 | 中期目标（2024年—2026年） | | 年度目标 | | |",
        "| | 目标1：完成30处本底调查。目标2：建立监测网络。 | | 目标1：完成10处本底调查。目标2：建设监测站点20个。 | | |",
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值 |",
        "| | 产出指标 | 数量指标 | 本底调查保护区数量 | 30处 | 10处 |",
        "| | 产出指标 | 质量指标 | 调查成果验收合格率 | 100% | 100% |",
        "| | 满意度指标 | 服务对象满意度指标 | 管理机构满意度 | ≥90% | ≥85% |",
    };

    @Test
    void oneHeadingWithBothPeriodsEndsTheGoalsBlock() {
        Sheet s = recover(CENTRAL_MID).get(0);
        List<Indicator> in = s.indicators();
        assertEquals(3, in.size(), in + "\n" + s.diagnostics());
        assertEquals("本底调查保护区数量", in.get(0).name());
        assertEquals("10处", in.get(0).value());
        assertEquals("30处", in.get(0).midTermValue(), "the heading's own 中期指标值 column, not the annual value again");
        assertEquals("≥85%", in.get(2).value());
        assertEquals("≥90%", in.get(2).midTermValue());
        assertEquals(List.of("完成10处本底调查。", "建设监测站点20个。"), s.goals());
        assertEquals(List.of("完成30处本底调查。", "建立监测网络。"), s.midTermGoals());
    }

    @Test
    void moneyPeriodsPrintedAsColumnHeadings() {
        Sheet s = recover(CENTRAL_MID).get(0);
        assertEquals("万元", s.funding().unit());
        assertEquals(List.of(new FundingItem("资金总额", new BigDecimal("1200"), new BigDecimal("3600"), null, null, null),
                new FundingItem("财政拨款", new BigDecimal("1200"), new BigDecimal("3600"), null, null, null),
                new FundingItem("其他资金", new BigDecimal("0"), new BigDecimal("0"), null, null, null)),
                s.funding().items(), s.diagnostics().toString());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
        assertNull(TwoPeriod.fundingColumnHeads(List.of(new Cell("项目资金", null), new Cell("中期资金总额", null),
                new Cell("3600", null), new Cell("年度资金总额", null))), "a row with an amount is no heading");
    }

    /** The 项目支出绩效自评表 of many provinces: money columns with 年初预算数 and 分值 | 得分, — for none. */
    private static final String[] SELF_EVALUATION = {
        "项目支出绩效自评表",
        "（2023年度）",
        "| 项目名称 | 农村饮水安全巩固提升工程 | | | | | | |",
        "| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| | 年度资金总额 | 500 | 520 | 494 | 10 | 95% | 9.5 |",
        "| | 其中：当年财政拨款 | 500 | 520 | 494 | — | 95% | — |",
        "| | 上年结转资金 | 0 | 0 | 0 | — | | — |",
        "| 年度总体目标 | 预期目标 | | | | 实际完成情况 | | |",
        "| | 完成12个村管网改造。 | | | | 完成12个村管网改造，受益1.25万人。 | | |",
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| | 产出指标 | 数量指标 | 受益行政村数量 | 12个 | 12个 | 10 | 10 |",
    };

    @Test
    void moneyRowsReadUnderTheirHeadingsWithDashesForNone() {
        Sheet s = recover(SELF_EVALUATION).get(0);
        assertEquals(List.of(new FundingItem("年度资金总额", null, null, new BigDecimal("520"), new BigDecimal("494"), new BigDecimal("95")),
                new FundingItem("当年财政拨款", null, null, new BigDecimal("520"), new BigDecimal("494"), new BigDecimal("95")),
                new FundingItem("上年结转资金", null, null, new BigDecimal("0"), new BigDecimal("0"), null)),
                s.funding().items(), s.diagnostics().toString());
        assertTrue(s.remnants().containsAll(List.of("500", "10", "9.5")), "年初预算数, 分值, 得分 kept: " + s.remnants());
        assertTrue(s.remnants().stream().noneMatch(t -> t.equals("—")), "a dash is no amount and no text: " + s.remnants());
        assertTrue(MoneyRows.isPlaceholder("／"));
        
    }

    @Test
    void goalsBesideWhatWasDone() {
        Sheet s = recover(SELF_EVALUATION).get(0);
        assertEquals(List.of("完成12个村管网改造。"), s.goals());
        assertEquals("完成12个村管网改造，受益1.25万人。", s.attributes().get("实际完成情况"));
        assertEquals(1, s.indicators().size(), s.indicators().toString());
    }

    /** The central template of 2021 (指标性质 | 指标值 | 度量单位 | 权（分）重 | 指标解释 | 评（计）分标准 | 指标值设定依据及数据来源). */
    private static final String[] CENTRAL_2021 = {
        "中央部门项目支出绩效目标表",
        "（2023年度）",
        "| 项目名称 | 基层医疗卫生机构人才培训项目 | | | | | | | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权（分）重 | 指标解释 | 评（计）分标准 | 指标值设定依据及数据来源 |",
        "| 产出指标 | 数量指标 | 培训人次 | ≥ | 5000 | 人次 | 20 | 年度内完成培训的人次 | 达到得满分 | 培训计划 |",
        "| 产出指标 | 时效指标 | 培训完成时间 | ≤ | 11 | 月 | 10 | 年度培训完成月份 | 按时完成得满分 | 工作计划 |",
    };

    @Test
    void outlineNumberedLabelsAreTheirCategories() {
        // 一、产出 / 1.数量 in the label columns were kept as printed, not read as 产出指标 / 数量指标
        assertEquals("产出指标", Vocabulary.category("一、产出").label());
        assertEquals("数量指标", Vocabulary.category("1.数量").label());
        assertEquals("质量指标", Vocabulary.category("（二）质量指标").label());
        assertNull(Vocabulary.category("1.5"));
        Sheet s = recover("2024年度项目绩效目标表", "| 项目名称 | 甲 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 一、产出 | 1.数量 | 运维站点数量 | 15座 |",
                "| | 2.质量 | 出水水质达标率 | ≥90% |").get(0);
        assertEquals("产出指标/质量指标", s.indicators().get(1).level1() + "/" + s.indicators().get(1).level2());
    }

    @Test
    void aHeadingsBracketDoesNotChangeItsRole() {
        // 目标值（2025年） was no heading: the values went to remnants, every indicator without one
        assertEquals(Vocabulary.Column.VALUE, Vocabulary.column("目标值（2025年）"));
        assertEquals(Vocabulary.Column.ACTUAL, Vocabulary.column("实际完成值(2024年度)"));
        assertEquals(Vocabulary.Column.UNIT, Vocabulary.column("计量单位（个、%）"));
        assertNull(Vocabulary.column("说明（2025年）"));
        Sheet s = recover("2025年预算项目绩效目标表",
                "| 指标名称 | 一级指标 | 二级指标 | 目标值（2025年） | 计量单位 |",
                "| 改造小区数量 | 产出指标 | 数量指标 | 12 | 个 |").get(0);
        assertEquals("12个", s.indicators().get(0).value());
    }

    @Test
    void monthAloneIsAUnitAndWeightAsPoints() {
        assertEquals(Vocabulary.Column.WEIGHT, Vocabulary.column("权（分）重"));
        Sheet s = recover(CENTRAL_2021).get(0);
        List<Indicator> in = s.indicators();
        assertEquals(2, in.size(), in.toString());
        assertEquals("≤11月", in.get(1).value());
        assertEquals("年度培训完成月份", in.get(1).description());
        assertEquals("工作计划", in.get(1).basis());
        assertEquals(new BigDecimal("10"), in.get(1).weight());
        assertEquals(new BigDecimal("20"), in.get(0).weight());
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("row-realigned")), s.diagnostics().toString());
        assertTrue(TemplateColumns.fitsColumn(new Cell("月", null), Vocabulary.Column.UNIT));
        assertTrue(s.remnants().contains("按时完成得满分"), "评（计）分标准 has no field: " + s.remnants());
    }

    @Test
    void departmentSheetsBudgetRequestAndDuties() {
        Sheet s = recover("部门整体支出绩效目标申报表",
                "| 部门（单位）名称 | 某市生态环境局 | |",
                "| 年度预算申请（万元） | 资金总额 | 2860 |",
                "| | 其中：财政拨款 | 2760 |",
                "| 部门职能职责概述 | 负责全市生态环境保护的统一监督管理。 | |",
                "| 整体绩效目标 | 目标1：空气质量优良天数比例达到85%以上。 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 监测断面数量 | 42个 |").get(0);
        assertEquals(List.of(new FundingItem("资金总额", new BigDecimal("2860"), null, null, null, null),
                new FundingItem("财政拨款", new BigDecimal("2760"), null, null, null, null)), s.funding().items());
        assertEquals("万元", s.funding().unit());
        assertEquals("负责全市生态环境保护的统一监督管理。", s.attributes().get("部门职能职责概述"), s.toString());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
    }

    @Test
    void moneyAmongTheHeadersPairsAndSplitValueNumbers() {
        Sheet s = recover("2024年度项目支出绩效目标表",
                "| 项目名称 | 城区道路照明设施维护 | 项目负责人 | 王建国 | 联系电话 | 0551-12345678 |",
                "| 项目期限 | 2024年1月-2024年12月 | 资金来源 | 区级财政 | 资金总额（万元） | 320 |",
                "| 一级指标 | 二级指标 | 指标名称 | 指标方向 | 比较符 | 数值 | 计量单位 |",
                "| 产出指标 | 数量指标 | 维护路灯数量 | 正向 | ≥ | 12000 | 盏 |",
                "| 产出指标 | 时效指标 | 故障处置时间 | 反向 | ≤ | 24 | 小时 |").get(0);
        assertEquals("2024年1月-2024年12月", s.attributes().get("项目期限"));
        assertEquals("区级财政", s.attributes().get("资金来源"));
        assertEquals("王建国", s.attributes().get("项目负责人"));
        assertEquals(List.of(new FundingItem("资金总额", new BigDecimal("320"), null, null, null, null)), s.funding().items());
        assertEquals("万元", s.funding().unit());
        assertEquals("≥12000盏", s.indicators().get(0).value());
        assertEquals("≤24小时", s.indicators().get(1).value());
        assertEquals(dev.zhibiao.Direction.NEGATIVE, s.indicators().get(1).direction());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
    }

    @Test
    void aNameColumnCalled绩效指标or指标内容RightOfTheLevels() {
        for (String heading : List.of("| 一级指标 | 二级指标 | 绩效指标 | 年度目标值 |", "| 一级指标 | 二级指标 | 指标内容 | 预期目标 |")) {
            Sheet s = recover("2024年度项目绩效目标表",
                    "| 项目名称 | 高标准农田建设补助 | | |",
                    "| 年度目标 | 新建高标准农田1万亩。 | | |",
                    heading,
                    "| 产出指标 | 数量指标 | 新建高标准农田面积 | ≥1万亩 |",
                    "| | 质量指标 | 工程验收合格率 | 100% |").get(0);
            assertEquals(List.of("新建高标准农田1万亩。"), s.goals(), heading);
            assertEquals(2, s.indicators().size(), heading + s.indicators());
            assertEquals("工程验收合格率", s.indicators().get(1).name(), heading);
            assertEquals("产出指标", s.indicators().get(1).level1(), heading);
            assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("row-realigned") || d.code().equals("heading-missing")),
                    heading + s.diagnostics());
        }
    }

    @Test
    void bothPeriodsGoalsInOneCellCutWhereTheNumberingRestarts() {
        List<String> lines = new java.util.ArrayList<>(List.of(CENTRAL_MID));
        int at = lines.indexOf("| | 目标1：完成30处本底调查。目标2：建立监测网络。 | | 目标1：完成10处本底调查。目标2：建设监测站点20个。 | | |");
        lines.set(at, "| 目标1：完成30处本底调查。目标2：建立监测网络。 目标1：完成10处本底调查。目标2：建设监测站点20个。 |");
        Sheet s = recover(lines.toArray(String[]::new)).get(0);
        assertEquals(List.of("完成10处本底调查。", "建设监测站点20个。"), s.goals());
        assertEquals(List.of("完成30处本底调查。", "建立监测网络。"), s.midTermGoals());
        assertEquals(3, s.funding().items().size(), "the goals are no money item: " + s.funding().items());
        assertEquals(-1, TwoPeriod.numberingRestarts("目标1：甲。目标10：乙。"));
        assertEquals(5, TwoPeriod.numberingRestarts("1、甲。 1、乙"));
    }

    @Test
    void goalsBesideWhatWasDoneInOneCellOrCalled实际完成目标() {
        Sheet s = recover("中央对地方转移支付区域绩效自评表",
                "| 转移支付（项目）名称 | 重大传染病防控经费 | |",
                "| 年度总体目标 | 预期目标 | 实际完成目标 |",
                "| 目标1：接种率保持在90%以上。目标2：覆盖率达到90%。 目标1：接种率达95.6%。目标2：覆盖率达92.1%。 |",
                "| 一级指标 | 二级指标 | 三级指标 | 全年目标值 | 全年实际完成值 |",
                "| 产出指标 | 数量指标 | 接种率 | ≥90% | 95.6% |").get(0);
        assertEquals(List.of("接种率保持在90%以上。", "覆盖率达到90%。"), s.goals());
        assertEquals("目标1：接种率达95.6%。目标2：覆盖率达92.1%。", s.attributes().get("实际完成目标"));
    }

    @Test
    void aBudgetExecutionRowAtTheHeadOfTheTableIsNoIndicator() {
        Sheet s = recover("2023年度项目支出绩效自评表",
                "| 项目名称 | 社区卫生服务能力提升 | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                "| 预算执行率 | | | 100% | 95% | 10 | 9.5 |",
                "| 产出指标（50分） | 数量指标 | 新增签约人数 | ≥3000人 | 3216人 | 20 | 20 |",
                "| | 成本指标 | 预算执行率 | ≥95% | 96% | 10 | 10 |").get(0);
        List<Indicator> in = s.indicators();
        assertEquals(2, in.size(), in.toString());
        assertEquals("新增签约人数", in.get(0).name());
        assertEquals("预算执行率", in.get(1).name(), "under a category it is an indicator");
        assertTrue(s.remnants().containsAll(List.of("预算执行率", "100%", "95%", "10", "9.5")), s.remnants().toString());
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("label-filled-up")), s.diagnostics().toString());
    }

    @Test
    void aYearRelativeToTheSheetsIsReadWithTheSheetsYear() {
        Sheet s = recover("2024年度项目支出绩效目标表", "| 项目名称 | 农田水利建设 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 时效指标 | 项目完工时间 | 次年3月底前 |",
                "| 产出指标 | 时效指标 | 竣工验收时间 | 下一年度6月底 |").get(0);
        assertEquals(new dev.zhibiao.Target.Deadline(2025, 3, null, dev.zhibiao.Target.Part.END), s.indicators().get(0).target());
        assertEquals(new dev.zhibiao.Target.Deadline(2025, 6, null, dev.zhibiao.Target.Part.END), s.indicators().get(1).target());
        assertEquals("次年3月底前", s.indicators().get(0).value(), "the printed value is kept");
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals("year-relative")), s.diagnostics().toString());
        // without a year the value stays text, with its diagnostic: never the sheet's own year
        Sheet n = recover("项目支出绩效目标表", "| 项目名称 | 农田水利建设 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 时效指标 | 项目完工时间 | 次年3月底前 |").get(0);
        assertTrue(n.indicators().get(0).target() instanceof dev.zhibiao.Target.Qualitative, n.indicators().toString());
    }

    @Test
    void headerValuesWrappedInTheirCellsAreOneValue() {
        java.util.function.Function<String[], Row> row = cells -> new Row(
                java.util.Arrays.stream(cells).map(c -> new Cell(c, null)).toList(), true, null);
        List<Row> rows = List.of(Row.prose("2025年度项目支出绩效目标表", null),
                row.apply(new String[] {"项目名称", "城乡供水\n一体化改造"}),
                row.apply(new String[] {"主管部门", "某县\n水利局", "实施单位", "某县供水\n服务中心"}),
                row.apply(new String[] {"一级指标", "二级指标", "三级指标", "指标值"}),
                row.apply(new String[] {"产出指标", "数量指标", "改造管网长度", "≥35公里"}));
        Sheet s = Recovery.recover(new Document("t.html", rows)).get(0);
        assertEquals("城乡供水一体化改造", s.project());
        assertEquals("某县水利局", s.parties().get("主管部门"));
        assertEquals("某县供水服务中心", s.parties().get("实施单位"));
    }
}
