package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Header pairs found by a hand-written probe in session 14 (a district's 项目支出绩效目标表 printed
 * from a budget system): the sheet's year as a pair (预算年度 | 2025), the money block's source named in
 * words before an item whose label states the unit (资金来源 | 一般公共预算 | 预算金额（元） | 3,500,000.00).
 */
class HeaderYearAndSourceTest {

    private static final String[] SHEET = {
        "项目支出绩效目标表",
        "| 预算年度 | 2025 | 项目编码 | 1101-2025-0031 |",
        "| 项目名称 | 社区养老服务补贴 | | |",
        "| 资金来源 | 一般公共预算 | 预算金额（元） | 3,500,000.00 |",
        "| 年度绩效目标 | 为辖区80岁以上老人提供养老服务补贴。 | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 补贴老人人数 | ≥2600人 |",
    };

    private static Sheet recover(String... lines) {
        List<Sheet> sheets = Recovery.recover(RecoveryTest.doc(lines));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    @Test
    void theYearPrintedAsAPairIsTheSheetsYear() {
        Sheet s = recover(SHEET);
        assertEquals(2025, s.year(), s.diagnostics().toString());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
        assertTrue(!s.attributes().containsKey("预算年度"), s.attributes().toString());
    }

    @Test
    void aSourceNamedInWordsIsAnAttributeAndTheItemsLabelGivesTheUnit() {
        Sheet s = recover(SHEET);
        assertEquals("一般公共预算", s.attributes().get("资金来源"), s.attributes().toString());
        assertEquals("元", s.funding().unit());
        assertEquals(1, s.funding().items().size(), s.funding().toString());
        assertEquals("预算金额", s.funding().items().get(0).label());
        assertEquals(0, new BigDecimal("3500000").compareTo(s.funding().items().get(0).amount()));
        assertTrue(s.diagnostics().stream().noneMatch(x -> x.code().equals("funding-unit")), s.diagnostics().toString());
    }

    @Test
    void levelOneImpliedByLevelTwoLabelsIsRecorded() {
        Sheet s = recover("2025年项目绩效目标表",
                "| 项目名称 | 乡村道路硬化 | |",
                "| 二级指标 | 三级指标 | 指标值 |",
                "| 数量指标 | 硬化道路里程 | ≥20公里 |",
                "| 社会效益指标 | 受益群众 | ≥5000人 |");
        assertEquals("产出指标", s.indicators().get(0).level1());
        assertEquals("效益指标", s.indicators().get(1).level1());
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals("level1-implied")), s.diagnostics().toString());
        // a table that prints its level 1 says nothing of it
        s = recover(SHEET);
        assertTrue(s.diagnostics().stream().noneMatch(x -> x.code().equals("level1-implied")), s.diagnostics().toString());
    }

    @Test
    void aYearPairThatIsNoYearStaysAnAttribute() {
        String[] lines = SHEET.clone();
        lines[1] = "| 预算年度 | 跨年度 | 项目编码 | 1101-2025-0031 |";
        Sheet s = recover(lines);
        assertEquals("跨年度", s.attributes().get("预算年度"), s.attributes().toString());
    }
}
