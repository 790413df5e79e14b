package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms found by hand-written probes in session 14: the monitoring sheet (绩效运行监控表) with its
 * values to date and its forecast, and the line under a title that states the filler and the unit
 * of money (填报单位（盖章）：… 单位：万元).
 */
class MonitoringFormTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static final String[] MONITORING = {
        "2024年度项目支出绩效运行监控表",
        "| 项目名称 | 农村公路养护 | | | | | | |",
        "| 主管部门 | 县交通运输局 | | | 实施单位 | 县公路中心 | | |",
        "| 项目资金（万元） | | 年初预算数 | 1-7月执行数 | 1-7月执行率 | 全年预计执行数 | | |",
        "| | 年度资金总额 | 500 | 260 | 52% | 500 | | |",
        "| 年度总体目标 | 完成农村公路养护300公里。 | | | | | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-7月执行情况 | 全年预计完成情况 | 偏差原因分析 | 完成目标可能性 |",
        "| 产出指标 | 数量指标 | 养护里程 | ≥300公里 | 180公里 | 300公里 | | 确定能 |",
        "| 效益指标 | 社会效益指标 | 优良路率 | ≥80% | 78% | 82% | 雨季影响 | 有可能 |",
    };

    @Test
    void aMonitoringSheetReportsItsValuesToDateAndDecidesNoTarget() {
        List<Sheet> sheets = recover(MONITORING);
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(Kind.MONITORING, s.kind());
        assertEquals("monitoring", s.kind().json());
        assertEquals("2024年度项目支出绩效运行监控表", s.title());
        List<Indicator> in = s.indicators();
        assertEquals(2, in.size(), in + "\n" + s.diagnostics());
        assertEquals("≥300公里", in.get(0).value());
        assertEquals("180公里", in.get(0).actual(), "the value reached by July, not the year's forecast");
        assertNull(in.get(0).met(), "a value to date decides nothing about the year's target");
        assertEquals("雨季影响", in.get(1).note());
        // the forecast and the likelihood are kept as remnants, named
        assertTrue(s.remnants().contains("300公里"), s.remnants().toString());
        assertTrue(s.remnants().contains("确定能"), s.remnants().toString());
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.message().contains("全年预计完成情况")
                && x.message().contains("forecast")), s.diagnostics().toString());
        FundingItem total = s.funding().items().get(0);
        assertEquals(new BigDecimal("500"), total.budget());
        assertEquals(new BigDecimal("260"), total.executed());
    }

    @Test
    void aSelfEvaluationStillDecidesAndAForecastIsNeverTheActual() {
        String[] lines = MONITORING.clone();
        lines[0] = "2024年度项目支出绩效自评表";
        Sheet s = recover(lines).get(0);
        assertEquals(Kind.SELF_EVALUATION, s.kind());
        assertEquals("180公里", s.indicators().get(0).actual());
        assertEquals(Verdict.NOT_MET, s.indicators().get(0).met());
    }

    @Test
    void theFillersLineUnderTheTitleGivesTheFillerAndTheUnit() {
        Sheet s = recover("2025年度项目支出绩效目标表",
                "填报单位（盖章）：某县卫生健康局　　　　　　单位：元",
                "| 项目名称 | 基本公共卫生服务补助 | | |",
                "| 项目资金 | 年度资金总额 | 1200000 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 老年人健康管理率 | ≥65% |").get(0);
        assertEquals("某县卫生健康局", s.parties().get("填报单位"), s.parties() + "\n" + s.diagnostics());
        assertEquals("元", s.funding().unit());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
        // the same line in one cell of the table's first row
        s = recover("2025年度项目支出绩效目标表",
                "| 填报单位：某县卫生健康局 单位：万元 | | | |",
                "| 项目名称 | 基本公共卫生服务补助 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 老年人健康管理率 | ≥65% |").get(0);
        assertEquals("某县卫生健康局", s.parties().get("填报单位"), s.parties() + "\n" + s.diagnostics());
        assertEquals("万元", s.funding().unit());
    }

    @Test
    void aStampNoteIsNoPartOfTheLabel() {
        assertEquals("填报单位", Vocabulary.withoutStampNote("填报单位（盖章）"));
        assertEquals("项目负责人", Vocabulary.withoutStampNote("项目负责人(签字)"));
        assertEquals("资金（万元）", Vocabulary.withoutStampNote("资金（万元）"), "a unit is no stamp note");
        assertEquals("（盖章）", Vocabulary.withoutStampNote("（盖章）"), "a note alone stays");
    }

    @Test
    void ticksUnderChoicesMergedOverSeveralColumnsOfAGrid() {
        // a spreadsheet's grid: a choice merged over two columns leaves the second empty in the heading's
        // second row; a tick under it, or under the choice, names the choice (it was an indicator named 制度保障)
        Sheet s = recover("2024年度项目支出绩效运行监控表",
                "| 项目名称 | 农村公路养护 | | | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-7月执行情况 | 偏差原因分析 | | | 完成目标可能性 | | |",
                "| | | | | | 经费保障 | 制度保障 | | 确定能 | 有可能 | |",
                "| 产出指标 | 数量指标 | 养护里程 | ≥300公里 | 180公里 | | | √ | √ | | |",
                "| 效益指标 | 社会效益指标 | 优良路率 | ≥80% | 78% | √ | | | | | √ |").get(0);
        List<Indicator> in = s.indicators();
        assertEquals(2, in.size(), in + "\n" + s.diagnostics());
        assertEquals("制度保障", in.get(0).note(), "a tick under the merged choice's second column");
        assertEquals("经费保障", in.get(1).note());
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals("heading-continued")), s.diagnostics().toString());
    }

    @Test
    void aWordProcessorsCheckBoxesTickedAndNot() {
        // content-control check boxes: ☒ ticked, ☐ not
        Sheet s = recover("2024年度项目支出绩效运行监控表",
                "| 项目名称 | 农村公路养护 | | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-7月执行情况 | 完成目标可能性 | | |",
                "| | | | | | 确定能 | 有可能 | 完全不可能 |",
                "| 产出指标 | 数量指标 | 养护里程 | ≥300公里 | 180公里 | ☐ | ☒ | ☐ |",
                "| 效益指标 | 社会效益指标 | 优良路率 | ≥80% | 78% | ☒ | ☐ | ☐ |").get(0);
        List<Indicator> in = s.indicators();
        assertEquals(2, in.size(), in + "\n" + s.diagnostics());
        assertTrue(s.remnants().contains("有可能"), s.remnants().toString());
        assertTrue(s.remnants().contains("确定能"), s.remnants().toString());
        assertTrue(s.remnants().stream().noneMatch(r -> r.contains("☐") || r.contains("☒")), s.remnants().toString());
    }
}
