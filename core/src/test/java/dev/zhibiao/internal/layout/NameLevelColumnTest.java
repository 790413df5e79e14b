package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name heading (指标名称) over the level-2 labels, the names under a repeated name heading (三级指标). */
class NameLevelColumnTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static List<String> read(Sheet s) {
        return s.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "=" + i.value()).toList();
    }

    @Test
    void aNameHeadingOverLevelTwoLabelsIsTheLevelTwoColumn() {
        // before NameLevelColumn: 三级指标 a repeated column (remnants), the rows read by content with
        // the level-2 labels as the names and no value
        Sheet s = recover(
                "2024年度区级项目支出绩效目标表",
                "| 项目名称 | 公共图书馆免费开放 | | | |",
                "| 年度绩效目标 | 全年接待读者不少于50万人次。 | | | |",
                "| 指标类型 | 指标名称 | 三级指标 | 指标值 | 备注 |",
                "| 产出指标 | 数量指标 | 接待读者人次 | ≥50万人次 | |",
                "| 产出指标 | 质量指标 | 图书外借率 | ≥60% | |",
                "| 满意度指标 | 服务对象满意度指标 | 读者满意度 | ≥92% | |").get(0);
        assertEquals(List.of(
                "产出指标/数量指标/接待读者人次=≥50万人次",
                "产出指标/质量指标/图书外借率=≥60%",
                "满意度指标/服务对象满意度指标/读者满意度=≥92%"), read(s), s.diagnostics().toString());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals(NameLevelColumn.CODE)), s.diagnostics().toString());
    }

    @Test
    void aNameColumnOfNamesStaysTheNames() {
        // 指标名称 holding names: the repeated 三级指标 stays unknown (remnants), no level-2 column made up
        Sheet s = recover(
                "2024年度区级项目支出绩效目标表",
                "| 项目名称 | 公共图书馆免费开放 | | | |",
                "| 年度绩效目标 | 全年接待读者不少于50万人次。 | | | |",
                "| 一级指标 | 指标名称 | 三级指标 | 指标值 | 备注 |",
                "| 产出指标 | 接待读者人次 | 到馆读者 | ≥50万人次 | |",
                "| 产出指标 | 图书外借率 | 外借图书 | ≥60% | |").get(0);
        assertFalse(s.diagnostics().stream().anyMatch(x -> x.code().equals(NameLevelColumn.CODE)), s.diagnostics().toString());
        assertEquals("接待读者人次", s.indicators().get(0).name(), s.diagnostics().toString());
    }
}
