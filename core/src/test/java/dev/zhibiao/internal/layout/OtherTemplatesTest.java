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
}
