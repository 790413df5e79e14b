package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Direction;
import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 指标方向 column printing the split value's operators (指标方向 | 指标值 | 计量单位 as ≥ | 95 | %). */
class DirectionOperatorsTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static List<String> read(Sheet s) {
        return s.indicators().stream().map(i -> i.level2() + "/" + i.name() + "=" + i.value()).toList();
    }

    @Test
    void operatorsUnderADirectionHeadingJoinTheirValues() {
        // before DirectionOperators: the operator and the unit read as the value (≥人次), the numbers remnants
        // ("cell beyond the indicator columns"), each row realigned by content
        Sheet sheet = recover(
                "2024年度区级项目支出绩效目标表",
                "| 项目名称 | 社区养老服务站运营补贴 | | | | |",
                "| 年度绩效目标 | 为辖区老年人提供助餐和日间照料服务。 | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标方向 | 指标值 | 计量单位 |",
                "| 产出指标 | 数量指标 | 助餐服务人次 | 不少于 | 36000 | 人次 |",
                "| 产出指标 | 质量指标 | 食品安全事故 | = | 0 | 起 |",
                "| 产出指标 | 成本指标 | 每餐补贴标准 | ≤ | 5 | 元 |",
                "| 满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥ | 92 | % |").get(0);
        assertEquals(List.of(
                "数量指标/助餐服务人次=不少于36000人次",
                "质量指标/食品安全事故==0起",
                "成本指标/每餐补贴标准=≤5元",
                "服务对象满意度指标/老年人满意度=≥92%"), read(sheet), sheet.diagnostics().toString());
        assertEquals(Direction.NEGATIVE, sheet.indicators().get(2).direction());
        assertEquals(Direction.POSITIVE, sheet.indicators().get(3).direction());
        assertTrue(sheet.remnants().isEmpty(), sheet.remnants().toString());
        assertTrue(sheet.diagnostics().stream().anyMatch(x -> x.code().equals(DirectionOperators.CODE)),
                sheet.diagnostics().toString());
    }

    @Test
    void aDirectionColumnOfDirectionsStaysOne() {
        // 正向指标 / 反向指标 under 指标方向: the direction, the value column's own text the value
        Sheet s = recover(
                "2024年度区级项目支出绩效目标表",
                "| 项目名称 | 社区养老服务站运营补贴 | | | |",
                "| 年度绩效目标 | 为辖区老年人提供助餐和日间照料服务。 | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标方向 |",
                "| 产出指标 | 数量指标 | 助餐服务人次 | ≥36000人次 | 正向指标 |",
                "| 产出指标 | 成本指标 | 每餐补贴标准 | ≤5元 | 反向指标 |").get(0);
        assertEquals(List.of("数量指标/助餐服务人次=≥36000人次", "成本指标/每餐补贴标准=≤5元"), read(s), s.diagnostics().toString());
        assertEquals(Direction.NEGATIVE, s.indicators().get(1).direction());
        assertFalse(s.diagnostics().stream().anyMatch(x -> x.code().equals(DirectionOperators.CODE)), s.diagnostics().toString());
    }
}
