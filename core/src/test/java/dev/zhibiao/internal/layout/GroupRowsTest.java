package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Levels printed as group rows (一、产出指标 / （一）数量指标 alone in a row) over numbered indicators. */
class GroupRowsTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static List<String> read(Sheet s) {
        return s.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "=" + i.value()).toList();
    }

    /** A 专项资金 申报表 of another field than the template's, its groups numbered as an outline. */
    private static final String[] NUMBERED = {
        "2024年市级农业科技推广专项资金绩效目标申报表",
        "| 专项资金名称 | 农业科技推广专项资金 | | |",
        "| 主管部门 | 市农业农村局 | 资金使用单位 | 各区农业技术推广站 |",
        "| 申报金额（万元） | 合计 | 市级财政资金 | 区级配套资金 |",
        "| | 900 | 700 | 200 |",
        "| 年度绩效目标 | 推广新品种新技术20项。 | | |",
        "| 绩效指标 | 指标内容 | 指标值 | 备注 |",
        "| 一、产出指标 | | | |",
        "| （一）数量指标 | | | |",
        "| | 1.推广新品种新技术 | ≥20项 | |",
        "| | 2.建设示范基地 | 12个 | |",
        "| （二）成本指标 | | | |",
        "| | 3.基地建设成本 | ≤50万元 | |",
        "| 二、效益指标 | | | |",
        "| （一）社会效益指标 | | | |",
        "| | 4.培训农民 | ≥800人次 | |",
        "| 三、满意度指标 | | | |",
        "| | 5.农户满意度 | ≥90% | |",
    };

    @Test
    void numberedGroupRowsGiveTheRowsUnderThemTheirLevels() {
        // before GroupRows: heading-missing, the table read as goal text, no indicator (the last group prints no
        // level 2: recovery names the satisfaction group's level 2 as it does in any table)
        Sheet s = recover(NUMBERED).get(0);
        assertEquals(List.of(
                "产出指标/数量指标/推广新品种新技术=≥20项",
                "产出指标/数量指标/建设示范基地=12个",
                "产出指标/成本指标/基地建设成本=≤50万元",
                "效益指标/社会效益指标/培训农民=≥800人次",
                "满意度指标/服务对象满意度指标/农户满意度=≥90%"), read(s), s.diagnostics().toString());
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals(GroupRows.CODE)), s.diagnostics().toString());
        assertFalse(s.diagnostics().stream().anyMatch(x -> x.code().equals("heading-missing")), s.diagnostics().toString());
    }

    @Test
    void theAmountAppliedForNamesTheMoneyBlock() {
        // 申报金额（万元） over 合计 | 市级财政资金 | 区级配套资金 and a row of amounts: before, seven remnants
        Sheet s = recover(NUMBERED).get(0);
        assertEquals("万元", s.funding().unit());
        assertEquals(List.of("合计", "市级财政资金", "区级配套资金"), s.funding().items().stream().map(FundingItem::label).toList(),
                s.diagnostics().toString());
        assertEquals(new BigDecimal("700"), s.funding().items().get(1).amount());
        assertTrue(s.remnants().isEmpty(), s.remnants().toString());
        assertTrue(MoneyVocabulary.isFundingLabel("申请资金（元）"));
        assertFalse(MoneyVocabulary.isFundingLabel("申报金额说明"));
    }

    @Test
    void unnumberedGroupRowsAcrossTheRowAndANameColumnFirst() {
        // group rows spanning the row (a merged cell repeated in each cell), the heading's first column the names
        Sheet s = recover(
                "2024年度部门整体支出绩效目标表",
                "| 部门名称 | 市文化和旅游局 | |",
                "| 年度总体目标 | 举办文化惠民活动。 | |",
                "| 指标名称 | 指标值 | 备注 |",
                "| 产出指标 | 产出指标 | 产出指标 |",
                "| 数量指标 | 数量指标 | 数量指标 |",
                "| 文化惠民演出场次 | ≥120场 | |",
                "| 质量指标 | 质量指标 | 质量指标 |",
                "| 演出验收合格率 | 100% | |",
                "| 满意度指标 | 满意度指标 | 满意度指标 |",
                "| 服务对象满意度指标 | 服务对象满意度指标 | 服务对象满意度指标 |",
                "| 观众满意度 | ≥90% | |").get(0);
        assertEquals(List.of(
                "产出指标/数量指标/文化惠民演出场次=≥120场",
                "产出指标/质量指标/演出验收合格率=100%",
                "满意度指标/服务对象满意度指标/观众满意度=≥90%"), read(s), s.diagnostics().toString());
    }

    @Test
    void aTableWithLevelColumnsIsLeftAlone() {
        List<Row> table = List.of(
                new Row(List.of(new Cell("一级指标", null), new Cell("二级指标", null), new Cell("三级指标", null), new Cell("指标值", null)),
                        true, null),
                new Row(List.of(new Cell("产出指标", null), new Cell("", null), new Cell("", null), new Cell("", null)), true, null),
                new Row(List.of(new Cell("效益指标", null), new Cell("", null), new Cell("", null), new Cell("", null)), true, null));
        assertTrue(GroupRows.read(table, new SheetDraft()) == table);
    }
}
