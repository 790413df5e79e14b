package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Direction;
import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 指标性质 column printing the indicators' directions (指标性质 | 指标值 | 计量单位 as 正向指标 | ≥95 | %). */
class OperatorDirectionsTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static List<String> read(Sheet s) {
        return s.indicators().stream().map(i -> i.level2() + "/" + i.name() + "=" + i.value() + " " + i.direction()).toList();
    }

    @Test
    void directionWordsUnderTheOperatorHeadingAreTheDirections() {
        // before OperatorDirections: every row read by content, 正向指标 put in the note, the values and units remnants
        // ("cell beyond the indicator columns")
        Sheet sheet = recover(
                "2025年度市级项目支出绩效目标表",
                "| 项目名称 | 公共图书馆免费开放补助 | | | | | |",
                "| 年度绩效目标 | 保障图书馆免费开放，提升借阅服务水平。 | | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 计量单位 | 备注 |",
                "| 产出指标 | 数量指标 | 年接待读者人次 | 正向指标 | ≥60 | 万人次 | |",
                "| 产出指标 | 质量指标 | 图书外借差错率 | 反向指标 | ≤0.5 | % | 抽查口径 |",
                "| 产出指标 | 时效指标 | 新书上架时间 | 反向指标 | 2025年6月底前 | | |",
                "| 满意度指标 | 服务对象满意度指标 | 读者满意度 | 正向 | ≥90 | % | |").get(0);
        assertEquals(List.of(
                "数量指标/年接待读者人次=≥60万人次 POSITIVE",
                "质量指标/图书外借差错率=≤0.5% NEGATIVE",
                "时效指标/新书上架时间=2025年6月底前 NEGATIVE",
                "服务对象满意度指标/读者满意度=≥90% POSITIVE"), read(sheet), sheet.diagnostics().toString());
        assertEquals("抽查口径", sheet.indicators().get(1).note());
        assertTrue(sheet.remnants().isEmpty(), sheet.remnants().toString());
        assertTrue(sheet.diagnostics().stream().anyMatch(x -> x.code().equals(OperatorDirections.CODE)),
                sheet.diagnostics().toString());
        assertFalse(sheet.diagnostics().stream().anyMatch(x -> x.code().equals("row-realigned")), sheet.diagnostics().toString());
    }

    @Test
    void anOperatorColumnOfOperatorsStaysOne() {
        // ≥ / ≤ under 指标性质 beside a 指标方向 column: the split value's operators, as before
        Sheet s = recover(
                "2025年度市级项目支出绩效目标表",
                "| 项目名称 | 公共图书馆免费开放补助 | | | | |",
                "| 年度绩效目标 | 保障图书馆免费开放，提升借阅服务水平。 | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |",
                "| 产出指标 | 数量指标 | 年接待读者人次 | ≥ | 60 | 万人次 |",
                "| 产出指标 | 质量指标 | 图书外借差错率 | ≤ | 0.5 | % |").get(0);
        assertEquals(List.of("数量指标/年接待读者人次=≥60万人次 POSITIVE", "质量指标/图书外借差错率=≤0.5% NEGATIVE"), read(s),
                s.diagnostics().toString());
        assertEquals(Direction.NEGATIVE, s.indicators().get(1).direction());
        assertFalse(s.diagnostics().stream().anyMatch(x -> x.code().equals(OperatorDirections.CODE)), s.diagnostics().toString());
    }
}
