package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a sheet without an indicator table ends: at a new header block after the prose under it. */
class SegmenterTest {

    @Test
    void aHeaderBlockAfterProseStartsTheNextSheet() {
        List<Sheet> sheets = Recovery.recover(RecoveryTest.doc("项目支出绩效目标表",
                "| 项目名称 | 甲项目 |", "| 年度目标 | 巩固参保率。 |",
                "说明：见附件。",
                "| 项目名称 | 乙项目 |", "| 年度目标 | 提高保障水平。 |"));
        assertEquals(2, sheets.size());
        assertEquals("甲项目", sheets.get(0).project());
        assertEquals(List.of("巩固参保率。"), sheets.get(0).goals());
        assertEquals(List.of("说明：见附件。"), sheets.get(0).remnants());
        assertEquals("乙项目", sheets.get(1).project());
        assertEquals(List.of("提高保障水平。"), sheets.get(1).goals());
        assertEquals(5, sheets.get(1).locator().line());
    }

    @Test
    void aMoneyLabelPrintedAloneInTheHeaderBlockIsAnItemWithoutAmount() {
        // an unruled PDF prints | 省级资金 | | as a line of its own (one band, one run of text)
        List<Sheet> sheets = Recovery.recover(RecoveryTest.doc("项目支出绩效目标表",
                "| 项目名称 | 甲项目 |", "| 金额单位:万元 | |", "| 年度资金总额 | 141 |", "| 中央资金 | 141 |",
                "省级资金",
                "| 年度目标 | 巩固参保率。 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 参保人数 | ≥100人 |",
                "说明：见附件。"));
        assertEquals(1, sheets.size());
        assertEquals(List.of("年度资金总额", "中央资金", "省级资金"),
                sheets.get(0).funding().items().stream().map(i -> i.label()).toList());
        assertEquals(null, sheets.get(0).funding().items().get(2).amount());
        assertEquals(List.of("说明：见附件。"), sheets.get(0).remnants()); // other prose stays a remnant
    }

    @Test
    void aLabelledLineInsideTheHeaderBlockIsAHeaderRow() {
        // an unruled PDF prints the goals band as a line of its own, with a colon or a gap after the label
        for (String line : List.of("年度绩效目标：完成甲任务。", "年度绩效目标 完成甲任务。")) {
            List<Sheet> sheets = Recovery.recover(RecoveryTest.doc("项目支出绩效目标表",
                    "| 项目名称 | 甲项目 | 实施单位 | 某局 |",
                    line,
                    "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                    "| 产出指标 | 数量指标 | 参保人数 | ≥100人 |",
                    "说明：见附件。"));
            assertEquals(1, sheets.size(), line);
            assertEquals(List.of("完成甲任务。"), sheets.get(0).goals(), line);
            assertEquals(List.of("说明：见附件。"), sheets.get(0).remnants(), line);
        }
    }
}
