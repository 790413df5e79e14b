package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.amount;
import static dev.zhibiao.internal.layout.HeaderBlockRulesTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goals label printed beside the middle of its lines ({@link GoalsAroundLabel}) and the completion label printed
 * down the left of the goals' lines ({@link CompletionLabelPieces}), tmpl32.
 */
class GoalsAroundLabelTest {

    /** A row on a line. */
    static Row at(int line, String... cells) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            l.add(new Cell(cells[i], new Locator(line, i + 1, null)));
        }
        return new Row(l, true, Locator.line(line));
    }

    static SheetDraft read(Row... rows) {
        SheetDraft d = new SheetDraft();
        HeaderBlock.read(List.of(rows), d);
        return d;
    }

    /**
     * pdftotext-layout-chromium h1's money block and goals: the first goal printed on the line above the label's, after
     * an item with no amount; it is the goals', not a money item.
     */
    @Test
    void aGoalLineAboveTheLabelIsAGoal() {
        SheetDraft d = read(at(10, "年度金额：", "138486"), at(15, "地方资金"), at(16, "其他资金"), at(17, "目标1：巩固参保率。"),
                at(18, "年度目标", "目标2：稳步提高保障水平。"), at(19, "目标3：实现基金收支平衡。"));
        assertEquals(List.of("巩固参保率。", "稳步提高保障水平。", "实现基金收支平衡。"), d.goals);
        assertEquals(List.of(amount("年度金额", "138486"), amount("地方资金", null), amount("其他资金", null)), d.funding);
        assertEquals(1, codes(d).stream().filter("goals-around-label"::equals).count(), codes(d).toString());
    }

    /** h6's second sheet: the label alone on its line, one goal line above and one below (a reader's header cell). */
    @Test
    void aLabelAloneBetweenTheLinesOfOneGoal() {
        SheetDraft d = read(at(53, "资金支出计", "3月底", "6月底"), at(55, "25.00", "50.00"),
                at(58, "1、完成全县27万人的参保缴费征缴工作，建档立卡贫困人"), at(59, "绩效目标"), at(60, "口待遇提高工作等。"));
        assertEquals(List.of("完成全县27万人的参保缴费征缴工作，建档立卡贫困人 口待遇提高工作等。"), d.goals);
        assertEquals(List.of("goals-around-label"), codes(d).stream().filter("goals-around-label"::equals).toList());
    }

    /**
     * More lines above the label than below it (the label is not centred among them), a line that is no goal's (a money
     * item's label), or one not right above it: left alone.
     */
    @Test
    void onlyLinesRightAboveACentredLabel() {
        SheetDraft d = new SheetDraft();
        List<Row> rows = List.of(at(20, "说明：本表金额均按预算口径"), at(21, "填列，不含上年结转资金"), at(22, "年度目标", "巩固参保率。"));
        assertSame(rows, GoalsAroundLabel.join(rows, d));
        rows = List.of(at(16, "其他资金"), at(17, "年度目标", "巩固参保率。"), at(18, "稳步提高保障水平。"));
        assertSame(rows, GoalsAroundLabel.join(rows, d));
        rows = List.of(at(15, "目标1：巩固参保率。"), at(17, "年度目标", "目标2：稳步提高保障水平。"), at(18, "目标3：实现基金收支平衡。"));
        assertSame(rows, GoalsAroundLabel.join(rows, d));
        assertEquals(List.of(), codes(d));
    }

    /** h3's completion block: 总体目标完成情况 wrapped down the left of the goals' lines, set aside. */
    @Test
    void theCompletionLabelDownTheGoalsLinesIsSetAside() {
        SheetDraft d = read(at(34, "总体目标", "全年实际完成情况"), at(36, "目标1：巩固参保率。", ""), at(37, "总体目标完", ""),
                at(38, "成情况 目标2：稳步提高保障水平。", "基本完成"), at(40, "目标3：实现基金收支平衡。", ""));
        assertEquals(List.of("巩固参保率。", "稳步提高保障水平。", "实现基金收支平衡。"), d.goals);
        assertEquals(1, codes(d).stream().filter("label-merged"::equals).count(), codes(d).toString());
    }

    /** Pieces that join to no completion label, or need no first piece (the heads' 总体目标), are left alone. */
    @Test
    void piecesThatAreNoLabelStay() {
        SheetDraft d = new SheetDraft();
        List<Row> rows = List.of(at(34, "总体目标", "全年实际完成情况"), at(36, "巩固参保 目标1", ""), at(37, "基本完成 目标2", ""));
        assertSame(rows, CompletionLabelPieces.strip(rows, d));
        assertEquals(List.of(), codes(d));
    }

    /**
     * probe38's t45 -layout: a goal's first line above its label cut by the reader at pdftotext's spaces round its numbers
     * (为全市 | 65 | 岁以上…); read as the goal's line, not as money items; a money row of several cells stays one.
     */
    @Test
    void aGoalLineCutAtItsNumbersAboveTheLabelIsAGoal() {
        SheetDraft d = read(at(9, "项目资金（万元） 年度资金总额", "420"), at(12, "其中：财政拨款", "400"), at(15, "其他资金", "20"),
                at(18, "为全县", "12", "所乡镇卫生院配备", "36", "台数字化影像设备，提升基层诊断"),
                at(19, "年度绩效目标"), at(20, "能力。"));
        assertEquals(List.of("为全县 12 所乡镇卫生院配备 36 台数字化影像设备，提升基层诊断 能力。"), d.goals);
        assertEquals(List.of(amount("年度资金总额", "420"), amount("财政拨款", "400"), amount("其他资金", "20")), d.funding);
        assertEquals(1, codes(d).stream().filter("goals-around-label"::equals).count(), codes(d).toString());
        assertSame(null, GoalsAroundLabel.goalLine(at(15, "其他资金", "20")));
        // two goal columns side by side (中期目标 | 年度目标), each a clause: two cells of words, no cut line
        assertSame(null, GoalsAroundLabel.goalLine(at(17, "进一步推进医保信息化建设，强化网络、信息", "进一步推进医保信息化建设，强化网络、信息安")));
    }
}
