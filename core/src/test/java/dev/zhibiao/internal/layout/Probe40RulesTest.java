package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 38 (probe40) rules: a money block named for its total and make-up, an outline's second-level numbering on a
 * label of either level, a column heading word the heading did not name left inside a flattened criterion.
 */
class Probe40RulesTest {

    @Test
    void aMoneyBlockNamedForItsTotalAndMakeUpIsAMoneyBlock() {
        assertTrue(MoneyVocabulary.isFundingLabel("资金总额及构成（万元）"));
        assertTrue(MoneyVocabulary.isFundingLabel("资金构成"));
        assertTrue(MoneyVocabulary.isFundingLabel("项目资金总额及来源（元）"));
        assertEquals("万元", MoneyVocabulary.fundingUnit("资金总额及构成（万元）"));
        // not a money block: a project's make-up, a total alone
        assertFalse(MoneyVocabulary.isFundingLabel("项目构成"));
        assertFalse(MoneyVocabulary.isFundingLabel("总额"));
    }

    @Test
    void anOutlinesSecondLevelNumberingFitsLevelTwo() {
        assertTrue(ColumnFit.bracketNumbered(dev.zhibiao.internal.text.Text.key("（四）成本指标")));
        assertFalse(ColumnFit.bracketNumbered(dev.zhibiao.internal.text.Text.key("一、成本指标")));
        assertFalse(ColumnFit.bracketNumbered(dev.zhibiao.internal.text.Text.key("(1)成本指标")));
    }

    @Test
    void aScoreWordInsideACriterionIsNotCut() {
        String line = "2026年度项目支出绩效目标表项目名称乡镇文化站免费开放主管部门某县文化和旅游局实施单位某县文化馆"
                + "一级指标二级指标三级指标指标值评（扣）分标准一、产出指标（一）数量指标1.开放文化站数量12个每少1个扣1分"
                + "（二）质量指标2.设备完好率≥95%不达标不得分（三）成本指标3.单站年运行经费≤6万元超出标准不得分"
                + "二、满意度指标（一）服务对象满意度指标4.群众满意度≥90%每低1个百分点扣1分";
        String spaced = FlatWords.spaced(line);
        assertTrue(spaced.contains(" 不达标不得分 "), spaced);
        assertTrue(spaced.contains(" 超出标准不得分 "), spaced);
        assertTrue(spaced.contains(" （三）成本指标 "), spaced);
    }

    /** The tokens of {@code rows} indicator rows printed one after another on one line, one space apart. */
    private static java.util.List<ColumnFit.Tok> oneLine(int rows) {
        java.util.List<ColumnFit.Tok> toks = new java.util.ArrayList<>();
        String[] groups = {"数量指标", "质量指标", "时效指标"};
        int col = 1;
        for (int r = 0; r < rows; r++) {
            java.util.List<String> words = new java.util.ArrayList<>();
            if (r % 6 == 0) {
                words.add("产出指标");
            }
            if (r % 2 == 0) {
                words.add(groups[r / 2 % 3]);
            }
            words.add("站点" + "甲乙丙丁".charAt(r % 4) + "覆盖率");
            words.add("≥" + (90 + r % 9) + "%");
            for (String w : words) {
                toks.add(new ColumnFit.Tok(w, col, toks.isEmpty() ? 0 : 1));
                col += 2 * w.length() + 1;
            }
        }
        return toks;
    }

    @Test
    void aLineTwiceAsLongCostsTheSplitAboutTwiceAsMuch() {
        // work counted, not timed: the runs the split weighs and the cells it places (the rows were put together by
        // inserting each at the front of the list: moves growing with the square of the rows)
        java.util.List<ColumnFit.Role> roles = java.util.List.of(ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        long[] small = {0};
        long[] large = {0};
        java.util.List<java.util.List<ColumnFit.Placed>> a = ColumnFit.split(oneLine(150), roles, null, null, true, small);
        java.util.List<java.util.List<ColumnFit.Placed>> b = ColumnFit.split(oneLine(600), roles, null, null, true, large);
        assertEquals(150, a.size());
        assertEquals(600, b.size());
        assertEquals(List.of(2, 3), b.get(599).stream().map(ColumnFit.Placed::column).toList().subList(0, 2));
        double ratio = (double) large[0] / small[0];
        assertTrue(ratio > 3.6 && ratio < 4.4, "four times the rows, " + ratio + " times the work");
    }
}
