package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An indicator heading printed over two rows (绩效指标 over the level columns, the value columns beside it). */
class TwoRowHeadingTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static List<String> read(Sheet s) {
        return s.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "=" + i.value() + " | "
                + i.actual() + " | " + i.weight() + " | " + i.score()).toList();
    }

    @Test
    void valueWordsOverTheLevelRowNameTheirColumns() {
        // before TwoRowHeading: no value, actual, weight or score column (the upper row joined to the goals), each row read
        // by content with its figures remnants ("cell beyond the indicator columns")
        Sheet sheet = recover(
                "2024年度项目支出绩效自评表",
                "| 项目名称 | 河道生态清淤工程 | | | | | | |",
                "| 年度总体目标 | 完成河道清淤12公里，改善沿线水环境。 | | | | | | |",
                "| 绩效指标 | | | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
                "| 一级指标 | 二级指标 | 三级指标 | | | | | |",
                "| 产出指标 | 数量指标 | 清淤河道长度 | ≥12公里 | 12.5公里 | 30 | 30 | |",
                "| | 时效指标 | 工程完工时间 | 2024年10月底前 | 2024年11月20日 | 20 | 15 | 汛期延误，已调整施工计划 |",
                "| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥85% | 91% | 40 | 40 | |").get(0);
        assertEquals(List.of(
                "产出指标/数量指标/清淤河道长度=≥12公里 | 12.5公里 | 30 | 30",
                "产出指标/时效指标/工程完工时间=2024年10月底前 | 2024年11月20日 | 20 | 15",
                "满意度指标/服务对象满意度指标/沿线群众满意度=≥85% | 91% | 40 | 40"), read(sheet), sheet.diagnostics().toString());
        assertEquals("汛期延误，已调整施工计划", sheet.indicators().get(1).note());
        assertEquals(List.of("完成河道清淤12公里，改善沿线水环境。"), sheet.goals());
        assertTrue(sheet.remnants().isEmpty(), sheet.remnants().toString());
        assertTrue(sheet.diagnostics().stream().anyMatch(x -> x.code().equals(TwoRowHeading.CODE)), sheet.diagnostics().toString());
    }

    @Test
    void theSecondRowMayStandUnderTheLevelRow() {
        Sheet sheet = recover(
                "2024年度项目支出绩效自评表",
                "| 项目名称 | 河道生态清淤工程 | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | | | |",
                "| | | | 年度指标值 | 实际完成值 | 得分 |",
                "| 产出指标 | 数量指标 | 清淤河道长度 | ≥12公里 | 12.5公里 | 30 |",
                "| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥85% | 91% | 40 |").get(0);
        assertEquals(List.of("产出指标/数量指标/清淤河道长度=≥12公里 | 12.5公里 | null | 30",
                "满意度指标/服务对象满意度指标/沿线群众满意度=≥85% | 91% | null | 40"), read(sheet), sheet.diagnostics().toString());
        assertEquals(new BigDecimal("40"), sheet.indicators().get(1).score());
    }

    @Test
    void aRowOfOtherWordsIsNoHeading() {
        // a header row above the heading that names no column: the heading stays one row
        Sheet sheet = recover(
                "2024年度项目支出绩效目标表",
                "| 项目名称 | 河道生态清淤工程 | | |",
                "| 主管部门 | 某区水务局 | 实施单位 | 某区河道管理所 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 清淤河道长度 | ≥12公里 |").get(0);
        assertEquals(1, sheet.indicators().size());
        assertFalse(sheet.diagnostics().stream().anyMatch(x -> x.code().equals(TwoRowHeading.CODE)), sheet.diagnostics().toString());
    }
}
