package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules {@link ColumnFit} splits space-separated tokens by: what a heading names, what a token
 * is (operator, unit, placeholder, a piece glued to its neighbour), how well a run fits each kind of
 * column (as orderings: the rule is which reading wins, not the score's number) and the split
 * itself on small hand-made rows.
 */
class ColumnFitRulesTest {

    @Test
    void headingsNameTheSplitValueColumnsAndScores() {
        assertEquals(Role.OP, ColumnFit.role("指标性质"));
        assertEquals(Role.UNIT, ColumnFit.role("度量单位"));
        assertEquals(Role.UNIT, ColumnFit.role("计量单位"));
        assertEquals(Role.UNIT, ColumnFit.role("单位"));
        assertEquals(Role.DIRECTION, ColumnFit.role("指标方向性"));
        assertEquals(Role.POINTS, ColumnFit.role("权重(%)"));
        assertEquals(Role.POINTS, ColumnFit.role("分值"));
        assertEquals(Role.POINTS, ColumnFit.role("得分"));
        assertEquals(Role.POINTS, ColumnFit.role("分数"));
        assertEquals(Role.AMOUNT, ColumnFit.role("预算数"));
        assertEquals(Role.AMOUNT, ColumnFit.role("资金金额"));
        // a short money label names an amount column (six characters at most); a longer one is text
        assertEquals(Role.AMOUNT, ColumnFit.role("地方财政资金"));
        assertEquals(Role.TEXT, ColumnFit.role("地方各级财政资金"));
        // 单位名称 is no unit column, 自评得分 no plain score word: the vocabulary's column decides
        assertEquals(Role.TEXT, ColumnFit.role("单位名称"));
    }

    @Test
    void headingsOfTheVocabularyKeepTheirColumn() {
        assertEquals(Role.LEAD, ColumnFit.role("绩效指标"));
        assertEquals(Role.L1, ColumnFit.role("一级指标"));
        assertEquals(Role.L2, ColumnFit.role("二级指标"));
        assertEquals(Role.NAME, ColumnFit.role("三级指标"));
        assertEquals(Role.VALUE, ColumnFit.role("指标值"));
        assertEquals(Role.VALUE, ColumnFit.role("中期指标值"));
        assertEquals(Role.ACTUAL, ColumnFit.role("全年实际完成值"));
        assertEquals(Role.GOALS, ColumnFit.role("年度目标"));
        assertEquals(Role.TEXT, ColumnFit.role("指标值确定依据"));
        assertEquals(Role.TEXT, ColumnFit.role("备注说明文字"));
    }

    @Test
    void headingWordsAreColumnsHeaderLabelsAndGoalsLabelsButNoUnitStatement() {
        assertTrue(ColumnFit.isHeadingWord("一级指标"));
        assertTrue(ColumnFit.isHeadingWord("权重"));
        assertTrue(ColumnFit.isHeadingWord("指标性质"));
        assertTrue(ColumnFit.isHeadingWord("项目名称"));
        assertTrue(ColumnFit.isHeadingWord("年度总体目标"));
        assertTrue(ColumnFit.isHeadingWord("单位名称"));
        assertFalse(ColumnFit.isHeadingWord(""));
        assertFalse(ColumnFit.isHeadingWord("金额单位:元"));
        assertFalse(ColumnFit.isHeadingWord("单位:万元"));
        assertFalse(ColumnFit.isHeadingWord("产出指标"));
        assertFalse(ColumnFit.isHeadingWord("培训人次"));
        // a heading word is short: sixteen characters at most
        assertTrue(ColumnFit.isHeadingWord("三级指标三级指标三级指标三级指标"));
        assertFalse(ColumnFit.isHeadingWord("三级指标三级指标三级指标三级指标三"));
    }

    @Test
    void operatorsAreOneOrTwoComparisonSigns() {
        assertTrue(ColumnFit.isOperator("≥"));
        assertTrue(ColumnFit.isOperator("＞"));
        assertTrue(ColumnFit.isOperator(">="));
        assertFalse(ColumnFit.isOperator(">=="));
        assertFalse(ColumnFit.isOperator("≥5"));
        assertFalse(ColumnFit.isOperator("大于"));
    }

    @Test
    void unitsAreShortWordsTheGrammarKnowsAsUnits() {
        assertTrue(ColumnFit.isUnit("%"));
        assertTrue(ColumnFit.isUnit("‰"));
        assertTrue(ColumnFit.isUnit("万人"));
        assertTrue(ColumnFit.isUnit("人次"));
        assertTrue(ColumnFit.isUnit("元"));
        assertTrue(ColumnFit.isUnit("平方公里"), "four characters may be a unit");
        assertFalse(ColumnFit.isUnit(""));
        assertFalse(ColumnFit.isUnit("≥"));
        assertFalse(ColumnFit.isUnit("5人"));
        assertFalse(ColumnFit.isUnit("数量"), "a category label is no unit");
        assertFalse(ColumnFit.isUnit("…"), "a placeholder is no unit");
        assertFalse(ColumnFit.isUnit("人人人人人"), "five characters are no unit");
        assertFalse(ColumnFit.isUnit("项目"));
    }

    @Test
    void placeholdersAreDotsAndEllipses() {
        assertTrue(ColumnFit.isPlaceholder("……"));
        assertTrue(ColumnFit.isPlaceholder("..."));
        assertTrue(ColumnFit.isPlaceholder("·"));
        assertFalse(ColumnFit.isPlaceholder("1."));
        assertFalse(ColumnFit.isPlaceholder(""));
    }

    @Test
    void operatorsAndNumberedPrefixesGlueToTheNextToken() {
        assertTrue(ColumnFit.gluesNext("≥"));
        assertTrue(ColumnFit.gluesNext("指标1:"));
        assertTrue(ColumnFit.gluesNext("指标12："));
        assertFalse(ColumnFit.gluesNext("指标1"));
        assertFalse(ColumnFit.gluesNext("人次"));
        assertFalse(ColumnFit.gluesNext("100"));
    }

    @Test
    void unitsBracketsAndANumbersTailGlueToTheTokenBefore() {
        assertTrue(ColumnFit.gluesPrevious("项目资金", "(万元)"));
        assertTrue(ColumnFit.gluesPrevious("项目资金", "（万元）"));
        assertFalse(ColumnFit.gluesPrevious("项目资金", "(中央财政专项转移支付)"), "a long bracket is text of its own");
        assertTrue(ColumnFit.gluesPrevious("项目资金", "(甲乙丙丁戊己)"), "eight characters with the brackets");
        assertFalse(ColumnFit.gluesPrevious("项目资金", "(甲乙丙丁戊己庚)"));
        assertTrue(ColumnFit.gluesPrevious("96", "%"));
        assertTrue(ColumnFit.gluesPrevious("满意度", "%"), "a percent sign is never a cell");
        assertTrue(ColumnFit.gluesPrevious("28", "万人"));
        assertTrue(ColumnFit.gluesPrevious("1,864", "元"));
        assertFalse(ColumnFit.gluesPrevious("救助", "万人"), "a unit after a word is the unit column's");
        // 8 月底前: a deadline printed with a space
        assertTrue(ColumnFit.gluesPrevious("8", "月底前"));
        assertFalse(ColumnFit.gluesPrevious("8", "数量指标"), "a category label starts its own cell");
        assertFalse(ColumnFit.gluesPrevious("8", "10"), "two numbers are two cells");
        assertFalse(ColumnFit.gluesPrevious("8", "正向指标"));
        assertFalse(ColumnFit.gluesPrevious("8个", "月底前"), "only a bare number takes a tail");
    }

    @Test
    void categoryIgnoresPointsPrintedAfterTheLabel() {
        assertEquals("产出指标", ColumnFit.category("产出指标(50分)").label());
        assertEquals("产出指标", ColumnFit.category("产出指标（50分）").label());
        assertEquals("数量指标", ColumnFit.category("数量").label());
        assertNull(ColumnFit.category("培训人次"));
        assertTrue(ColumnFit.isWholeCategory("数量"));
        assertTrue(ColumnFit.isWholeCategory("服务对象满意度指标(10分)"));
        assertFalse(ColumnFit.isWholeCategory("服务对象"));
        assertTrue(ColumnFit.isWholeCategory("服务对象满意度"), "a label printed without its 指标");
        assertTrue(ColumnFit.Features.of("服务对象满意度").truncated(), "but short of the exact label");
    }

    @Test
    void valuesAreWhatTheGrammarReadsToMoreThanText() {
        assertTrue(ColumnFit.readsAsValue("≥80%"));
        assertTrue(ColumnFit.readsAsValue("100人次"));
        assertFalse(ColumnFit.readsAsValue("效果明显"));
    }

    @Test
    void featuresOfARun() {
        ColumnFit.Features label = ColumnFit.Features.of("产出指标");
        assertEquals("产出指标", label.category().label());
        assertFalse(label.truncated());
        assertFalse(label.value());
        ColumnFit.Features part = ColumnFit.Features.of("服务对象");
        assertTrue(part.truncated(), "the start of a label is a truncated label");
        assertTrue(ColumnFit.Features.of("数量").truncated(), "anything short of the exact label");
        assertFalse(ColumnFit.Features.of("数量指标(20分)").truncated());
        assertTrue(ColumnFit.Features.of("绩效指标").lead());
        assertTrue(ColumnFit.Features.of("1,864.5").number());
        assertFalse(ColumnFit.Features.of("1864元").number());
        assertTrue(ColumnFit.Features.of("1864元").value());
        assertTrue(ColumnFit.Features.of("%").fragment());
        assertTrue(ColumnFit.Features.of("≤").fragment());
        assertFalse(ColumnFit.Features.of("培训").fragment());
        assertTrue(ColumnFit.Features.of("产出指标 培训人次").ledByLabel());
        assertTrue(ColumnFit.Features.of("数量 培训人次").ledByLabel());
        assertFalse(ColumnFit.Features.of("服务对象 满意度").ledByLabel());
        assertFalse(ColumnFit.Features.of("培训人次").ledByLabel());
        assertFalse(ColumnFit.Features.of(" 产出指标").ledByLabel(), "a space first leads with nothing");
    }

    private static double fit(String text, Role role) {
        return ColumnFit.fit(text, role);
    }

    @Test
    void theLeadColumnTakesOnlyItsLabel() {
        assertTrue(fit("绩效指标", Role.LEAD) > 0);
        assertTrue(fit("产出指标", Role.LEAD) < 0);
    }

    @Test
    void level1PrefersALevel1LabelThenOneOfBothLevelsThenALevel2Label() {
        assertTrue(fit("产出指标", Role.L1) > fit("成本指标", Role.L1));
        assertTrue(fit("成本指标", Role.L1) > fit("数量指标", Role.L1));
        assertTrue(fit("数量指标", Role.L1) > 0);
        assertTrue(fit("培训人次", Role.L1) < 0);
    }

    @Test
    void level2PrefersAWholeLevel2LabelThenATruncatedOne() {
        assertTrue(fit("数量指标", Role.L2) > fit("数量", Role.L2));
        assertEquals(fit("数量指标", Role.L2), fit("成本指标", Role.L2), "成本指标 is a level-2 label too");
        assertTrue(fit("数量", Role.L2) > fit("其他指标", Role.L2));
        // an unknown short word ending in 指标 may be a level-2 label of another template
        assertTrue(fit("其他指标", Role.L2) > 0);
        assertTrue(fit("甲乙丙丁戊己指标", Role.L2) > 0);
        assertTrue(fit("甲乙丙丁戊己庚指标", Role.L2) < 0, "nine characters are a name, not a label");
        assertTrue(fit("产出指标", Role.L2) < 0, "a level-1 label only");
        assertTrue(fit("产出指标", Role.L2) > fit("培训人次", Role.L2));
        assertTrue(fit("培训人次", Role.L2) < 0);
    }

    @Test
    void aNameIsTextNotALabelANumberOrAPiece() {
        double name = fit("培训人次", Role.NAME);
        assertTrue(name > fit("服务对象", Role.NAME), "a name wins over the start of a label");
        assertTrue(fit("服务对象", Role.NAME) > fit("……", Role.NAME));
        assertTrue(fit("……", Role.NAME) > 0, "a placeholder row's name");
        assertEquals(fit("……", Role.NAME), fit("指标1:", Role.NAME));
        assertTrue(fit("100", Role.NAME) < 0);
        assertTrue(fit("产出指标 培训人次", Role.NAME) < 0, "a name never starts with a whole label");
        assertTrue(fit("产出指标", Role.NAME) < fit("100", Role.NAME));
        assertTrue(fit("%", Role.NAME) < fit("产出指标", Role.NAME));
        assertTrue(fit("≥", Role.NAME) < fit("产出指标", Role.NAME));
    }

    @Test
    void aValueIsWhatTheGrammarReadsThenShortText() {
        for (Role role : List.of(Role.VALUE, Role.ACTUAL)) {
            assertTrue(fit("≥80%", role) > fit("效果明显", role), role.toString());
            assertTrue(fit("效果明显", role) > fit("……", role), role.toString());
            assertTrue(fit("……", role) > 0, role.toString());
            String twenty = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸";
            assertEquals(fit("效果明显", role), fit(twenty, role), role.toString());
            assertTrue(fit(twenty + "甲", role) < fit(twenty, role), "more than twenty characters is a sentence");
            assertTrue(fit(twenty + "甲", role) > 0, role.toString());
            assertTrue(fit("%", role) < 0, role.toString());
            assertTrue(fit("产出指标", role) < 0, role.toString());
            assertTrue(fit("指标1:培训人次", role) < 0, role.toString());
        }
    }

    @Test
    void splitValueColumnsTakeTheirOwnKindOfToken() {
        assertTrue(fit("≥", Role.OP) > 0);
        assertTrue(fit("定性", Role.OP) > 0);
        assertTrue(fit("定量", Role.OP) > 0);
        assertTrue(fit("80", Role.OP) < 0);
        assertTrue(fit("%", Role.UNIT) > 0);
        assertTrue(fit("人次", Role.UNIT) > 0);
        assertTrue(fit("培训人次", Role.UNIT) < 0);
        assertTrue(fit("10", Role.POINTS) > 0);
        assertTrue(fit("2.5", Role.POINTS) > 0);
        assertTrue(fit("1000", Role.POINTS) < 0);
        assertTrue(fit("正向指标", Role.DIRECTION) > 0);
        assertTrue(fit("反向", Role.DIRECTION) > 0);
        assertTrue(fit("10", Role.DIRECTION) < 0);
    }

    @Test
    void anAmountIsANumberAndALargeOneMoreLikelyThanASmallOne() {
        assertTrue(fit("1467", Role.AMOUNT) > fit("10", Role.AMOUNT));
        assertTrue(fit("10", Role.AMOUNT) > 0);
        assertTrue(fit("一千元", Role.AMOUNT) < 0);
    }

    @Test
    void textTakesAnythingButLabelsPiecesAndNumberedPrefixes() {
        for (Role role : List.of(Role.TEXT, Role.GOALS)) {
            assertTrue(fit("按标准发放", role) > 0, role.toString());
            assertTrue(fit("%", role) < 0, role.toString());
            assertTrue(fit("产出指标", role) < fit("%", role), role.toString());
            assertTrue(fit("指标1:培训人次", role) < 0, role.toString());
        }
    }

    @Test
    void aGoalsCellGainsBySentencesAndLosesByLabelsAndValues() {
        assertTrue(ColumnFit.goalWord("完成年度建设任务目标") > ColumnFit.goalWord("建设"));
        assertEquals(ColumnFit.goalWord("完成年度建设任务目标"), ColumnFit.goalWord("建设。"));
        assertEquals(ColumnFit.goalWord("完成年度建设任务目标"), ColumnFit.goalWord("建设；"), "a full-width semicolon ends a goal too");
        assertEquals(ColumnFit.goalWord("完成年度建设任务目标"), ColumnFit.goalWord("建设;"), "a goal ends in either semicolon");
        assertEquals(ColumnFit.goalWord("甲乙丙丁戊己庚辛"), ColumnFit.goalWord("建设。"), "eight characters are a sentence's piece");
        assertTrue(ColumnFit.goalWord("甲乙丙丁戊己庚") < ColumnFit.goalWord("建设。"));
        assertTrue(ColumnFit.goalWord("建设") > 0);
        for (String noGoal : List.of("产出指标", "≥", "%", "1467")) {
            assertTrue(ColumnFit.goalWord(noGoal) < 0, noGoal);
        }
    }

    @Test
    void runsAreLongestForTextThenNamesThenValuesThenLabels() {
        assertTrue(ColumnFit.maxRun(Role.TEXT) > ColumnFit.maxRun(Role.NAME));
        assertEquals(ColumnFit.maxRun(Role.TEXT), ColumnFit.maxRun(Role.GOALS));
        assertTrue(ColumnFit.maxRun(Role.NAME) > ColumnFit.maxRun(Role.VALUE));
        assertEquals(ColumnFit.maxRun(Role.VALUE), ColumnFit.maxRun(Role.ACTUAL));
        for (Role r : List.of(Role.LEAD, Role.L1, Role.L2, Role.OP, Role.UNIT, Role.POINTS, Role.DIRECTION, Role.AMOUNT)) {
            assertTrue(ColumnFit.maxRun(Role.VALUE) > ColumnFit.maxRun(r), r.toString());
            assertTrue(ColumnFit.maxRun(r) >= 2, r.toString());
        }
    }

    @Test
    void mergedLabelColumnsAreSkippedFreelyANameLeastFreely() {
        assertEquals(0, ColumnFit.skip(Role.L1));
        assertEquals(0, ColumnFit.skip(Role.L2));
        assertEquals(0, ColumnFit.skip(Role.LEAD));
        assertTrue(ColumnFit.skip(Role.NAME) < ColumnFit.skip(Role.VALUE));
        assertTrue(ColumnFit.skip(Role.VALUE) < ColumnFit.skip(Role.POINTS));
        assertTrue(ColumnFit.skip(Role.POINTS) < ColumnFit.skip(Role.TEXT));
        assertTrue(ColumnFit.skip(Role.TEXT) < 0);
        assertEquals(ColumnFit.skip(Role.TEXT), ColumnFit.skip(Role.GOALS));
    }

    // ---- the split --------------------------------------------------------------------------------

    /** Tokens of one space each (no alignment). */
    private static List<ColumnFit.Tok> toks(String text) {
        List<ColumnFit.Tok> out = new ArrayList<>();
        int col = 1;
        for (String t : text.split(" ")) {
            out.add(new ColumnFit.Tok(t, col, out.isEmpty() ? 0 : 1));
            col += t.length() * 2 + 1;
        }
        return out;
    }

    /** The split's rows as cell texts per column ("" where a column took nothing). */
    private static List<List<String>> cells(List<ColumnFit.Tok> toks, List<List<ColumnFit.Placed>> rows, int width) {
        List<List<String>> out = new ArrayList<>();
        for (List<ColumnFit.Placed> row : rows) {
            String[] c = new String[width];
            java.util.Arrays.fill(c, "");
            for (ColumnFit.Placed p : row) {
                StringBuilder b = new StringBuilder();
                for (int k = p.from(); k < p.to(); k++) {
                    b.append(k == p.from() ? "" : " ").append(toks.get(k).text());
                }
                c[p.column()] = b.toString();
            }
            out.add(List.of(c));
        }
        return out;
    }

    private static List<List<String>> split(String text, List<Role> roles, boolean manyRows) {
        List<ColumnFit.Tok> t = toks(text);
        List<List<ColumnFit.Placed>> rows = ColumnFit.split(t, roles, null, manyRows);
        return rows == null ? null : cells(t, rows, roles.size());
    }

    private static final List<Role> FOUR = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);

    @Test
    void nothingToSplitIsNoSplit() {
        assertNull(ColumnFit.split(List.of(), FOUR, null, false));
        assertNull(ColumnFit.split(toks("产出指标"), List.of(), null, false));
    }

    @Test
    void aRowIsSplitByWhatItsTokensAre() {
        assertEquals(List.of(List.of("产出指标", "数量指标", "培训人次", "≥ 383 人次")),
                split("产出指标 数量指标 培训人次 ≥ 383 人次", FOUR, false));
        assertEquals(List.of(List.of("", "质量指标", "救助 对象 覆盖率", "100%")),
                split("质量指标 救助 对象 覆盖率 100%", FOUR, false));
        assertEquals(List.of(List.of("", "", "政策 知晓率", "≥80%")),
                split("政策 知晓率 ≥80%", FOUR, false));
    }

    @Test
    void aSplitValueGoesToItsColumns() {
        List<Role> roles = List.of(Role.L1, Role.L2, Role.NAME, Role.OP, Role.VALUE, Role.UNIT, Role.POINTS, Role.DIRECTION);
        assertEquals(List.of(List.of("产出指标", "成本指标", "人均 补助 标准", "≤", "1864", "元", "15", "反向指标")),
                split("产出指标 成本指标 人均 补助 标准 ≤ 1864 元 15 反向指标", roles, false));
    }

    @Test
    void aFlattenedTableStartsARowWhereTheColumnsStartOver() {
        List<List<String>> rows = split("产出指标 数量指标 培训人次 ≥383人次 质量指标 合格率 100% 时效指标 完成时间 12月底前",
                FOUR, true);
        assertEquals(List.of(List.of("产出指标", "数量指标", "培训人次", "≥383人次"),
                List.of("", "质量指标", "合格率", "100%"),
                List.of("", "时效指标", "完成时间", "12月底前")), rows);
        // one row only when the tokens may not hold several
        assertEquals(1, split("产出指标 数量指标 培训人次 ≥383人次 质量指标 合格率 100%", FOUR, false).size());
    }

    @Test
    void aRowNeverStartsWithAUnitNorEndsWithAnOperatorOrASeparator() {
        List<List<String>> rows = split("产出指标 数量指标 培训人次 ≥ 383 % 质量指标 合格率 ≥ 100 %", FOUR, true);
        assertEquals(List.of(List.of("产出指标", "数量指标", "培训人次", "≥ 383 %"),
                List.of("", "质量指标", "合格率", "≥ 100 %")), rows);
        List<List<String>> goOn = split("产出指标 数量指标 补助标准 成年人≥270元； 学生≥300元 质量指标 合格率 100%", FOUR, true);
        assertEquals(List.of("产出指标", "数量指标", "补助标准", "成年人≥270元； 学生≥300元"), goOn.get(0));
        assertEquals(2, goOn.size());
    }

    @Test
    void alignedTokensPreferTheColumnTheyStartUnder() {
        // 评估 报告 printed under the basis column (column 40), not under the value (column 30)
        List<Role> roles = List.of(Role.NAME, Role.VALUE, Role.TEXT);
        int[] starts = {1, 30, 40};
        List<ColumnFit.Tok> t = List.of(new ColumnFit.Tok("完成率", 1, 0), new ColumnFit.Tok("好", 30, 20),
                new ColumnFit.Tok("评估", 40, 8), new ColumnFit.Tok("报告", 45, 1));
        assertEquals(List.of(List.of("完成率", "好", "评估 报告")), cells(t, ColumnFit.split(t, roles, starts, false), 3));
        // a single space joins, a run of spaces separates: 好 评估 is the value, 报告 under the basis
        List<ColumnFit.Tok> u = List.of(new ColumnFit.Tok("完成率", 1, 0), new ColumnFit.Tok("好", 30, 20),
                new ColumnFit.Tok("评估", 33, 1), new ColumnFit.Tok("报告", 40, 5));
        assertEquals(List.of(List.of("完成率", "好 评估", "报告")), cells(u, ColumnFit.split(u, roles, starts, false), 3));
    }

    @Test
    void goalsPrintedOneAfterAnotherStayInTheGoalsColumn() {
        List<Role> roles = List.of(Role.TEXT, Role.TEXT, Role.AMOUNT, Role.GOALS);
        List<List<String>> rows = split("某某局 办公经费 1467 保障机关正常运转。 按时完成年度工作任务。", roles, false);
        assertEquals(List.of(List.of("某某局", "办公经费", "1467", "保障机关正常运转。 按时完成年度工作任务。")), rows);
    }

    @Test
    void tokensNoColumnCanTakeAreNoSplit() {
        assertNull(ColumnFit.split(toks("甲 乙 丙 丁 戊"), List.of(Role.L1), null, false), "a label column takes four tokens at most");
        assertEquals(List.of(List.of("甲 乙 丙 丁")), split("甲 乙 丙 丁", List.of(Role.TEXT), false));
    }

    @Test
    void aValueIsNotLeftEmptyForATextColumnAfterIt() {
        assertEquals(List.of(List.of("培训人次", "好", "")), split("培训人次 好", List.of(Role.NAME, Role.VALUE, Role.TEXT), false));
    }

    @Test
    void aNumbersTailStaysWithItsNumber() {
        // 8 月底前 is one value: its tail starts no cell of a text column
        assertEquals(List.of(List.of("完成时间", "8 月底前", "")),
                split("完成时间 8 月底前", List.of(Role.NAME, Role.VALUE, Role.TEXT), false));
        // a unit starts the unit column's cell
        assertEquals(List.of(List.of("培训人次", "5", "人次")),
                split("培训人次 5 人次", List.of(Role.NAME, Role.VALUE, Role.UNIT), false));
    }

    @Test
    void aDatePrintedWithSpacesIsNeverCut() {
        // pdftotext -layout prints the typesetter's gap between Chinese and digits as a space: the name's
        // 12 月 31 日前 is no deadline value of its own
        List<String> row = split("2019 年 12 月 31 日前中央财政", List.of(Role.NAME, Role.VALUE), false).get(0);
        assertEquals(List.of("2019 年 12 月 31 日前中央财政"), row.stream().filter(c -> !c.isEmpty()).toList());
        assertTrue(TokenGaps.datePiece("2019", "年"));
        assertTrue(TokenGaps.datePiece("年", "12"));
        assertTrue(TokenGaps.datePiece("31", "日前中央"));
        assertFalse(TokenGaps.datePiece("完成时间", "12"));
        assertFalse(TokenGaps.datePiece("参保人数", "28"));
        // a deadline value after its name still starts its own cell
        assertEquals(List.of(List.of("资金到位时间", "2019 年 12 月底前")),
                split("资金到位时间 2019 年 12 月底前", List.of(Role.NAME, Role.VALUE), false));
    }

    @Test
    void aClauseAfterASeparatorOneSpaceOnGoesOnInTheSameCell() {
        assertEquals(List.of(List.of("开展门诊统筹, 实行个人账户", "")),
                split("开展门诊统筹, 实行个人账户", List.of(Role.NAME, Role.VALUE), false));
        assertTrue(TokenGaps.continued(new ColumnFit.Tok("统筹,", 1, 0), new ColumnFit.Tok("实行", 8, 1)));
        // a run of spaces still ends the cell
        assertFalse(TokenGaps.continued(new ColumnFit.Tok("统筹,", 1, 0), new ColumnFit.Tok("实行", 9, 2)));
        assertFalse(TokenGaps.continued(new ColumnFit.Tok("统筹", 1, 0), new ColumnFit.Tok("实行", 8, 1)));
    }

    /**
     * A Latin word one space after a Chinese character is the same cell's text: the print's gap between Chinese and
     * Latin letters, a space in {@code pdftotext -layout} ({@code 推行医保支付方式改革和 DRG} / {@code 试点} read as name
     * {@code 推行医保支付方式改革和} and value {@code DRG逐步推开}, the name's last line a row of its own).
     */
    @Test
    void aLatinWordOneSpaceFromAChineseCharacterStaysInItsCell() {
        List<ColumnFit.Role> roles = List.of(Role.L2, Role.NAME, Role.VALUE);
        List<ColumnFit.Tok> t = List.of(new ColumnFit.Tok("推行医保支付方式改革和", 21, 20), new ColumnFit.Tok("DRG", 32, 1));
        List<List<ColumnFit.Placed>> rows = ColumnFit.split(t, roles, new int[] {11, 21, 40}, false);
        assertEquals(List.of(List.of("", "推行医保支付方式改革和 DRG", "")), cells(t, rows, 3));
        assertTrue(TokenGaps.latinGap(new ColumnFit.Tok("改革和", 1, 0), new ColumnFit.Tok("DRG", 5, 1)));
        assertTrue(TokenGaps.latinGap(new ColumnFit.Tok("DRG", 1, 0), new ColumnFit.Tok("试点", 5, 1)));
        assertFalse(TokenGaps.latinGap(new ColumnFit.Tok("改革和", 1, 0), new ColumnFit.Tok("DRG", 6, 2)), "a run of spaces");
        assertFalse(TokenGaps.latinGap(new ColumnFit.Tok("参保人数", 1, 0), new ColumnFit.Tok("28", 6, 1)), "digits are not letters");
        // a value after its name, a run of spaces on, still starts its own cell
        List<ColumnFit.Tok> v = List.of(new ColumnFit.Tok("DRG", 21, 20), new ColumnFit.Tok("试点进展模拟运行时间", 25, 1),
                new ColumnFit.Tok("12", 42, 6), new ColumnFit.Tok("月底", 45, 1));
        assertEquals(List.of(List.of("", "DRG 试点进展模拟运行时间", "12 月底")),
                cells(v, ColumnFit.split(v, roles, new int[] {11, 21, 40}, false), 3));
    }

    @Test
    void aBracketedUnitAloneIsTheWrappedNamesLastLineNotPartOfTheValueBesideIt() {
        // 参保居民个人实际缴费标准 | (元) wraps in the name column; the value's second line stands far right of it
        List<ColumnFit.Tok> t = List.of(new ColumnFit.Tok("(元)", 42, 41), new ColumnFit.Tok("生、儿童≥200", 63, 17),
                new ColumnFit.Tok("元", 73, 1));
        List<List<ColumnFit.Placed>> rows = ColumnFit.split(t, List.of(Role.NAME, Role.VALUE), new int[] {33, 62}, false);
        assertEquals(List.of(List.of("(元)", "生、儿童≥200 元")), cells(t, rows, 2));
        assertTrue(fit("(元)", Role.NAME) > fit("(元)", Role.VALUE));
    }

    @Test
    void aWrappedLabelsTailFitsALabelColumnBetterThanANameBesideIt() {
        // 产出指 | 标 质量指标 原则上控制在 10%以: the 标 ends the level-1 label above it
        List<ColumnFit.Role> roles = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE);
        List<ColumnFit.Tok> t = List.of(new ColumnFit.Tok("标", 10, 9), new ColumnFit.Tok("质量指标", 17, 6),
                new ColumnFit.Tok("原则上控制在", 51, 30), new ColumnFit.Tok("10%以", 58, 1));
        List<List<ColumnFit.Placed>> rows = ColumnFit.split(t, roles, new int[] {1, 10, 17, 26, 51},
                new int[] {10, 17, 26, 51, Integer.MAX_VALUE}, false);
        assertEquals(List.of(List.of("", "标", "质量指标", "", "原则上控制在 10%以")), cells(t, rows, 5));
        assertTrue(fit("标", Role.L1) > fit("甲", Role.L1));
    }

    @Test
    void aCellStartingAtTheNextHeadingIsNotReadIntoTheColumnBefore() {
        // 成效明显 starts at 指标值 (64): a value, though a qualitative word fits a name column as well
        List<ColumnFit.Role> roles = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE);
        List<ColumnFit.Tok> t = List.of(new ColumnFit.Tok("成本指标", 10, 9), new ColumnFit.Tok("社会成本指标", 21, 7),
                new ColumnFit.Tok("成效明显", 63, 36));
        List<List<ColumnFit.Placed>> rows = ColumnFit.split(t, roles, new int[] {1, 10, 22, 39, 64},
                new int[] {10, 22, 39, 64, Integer.MAX_VALUE}, false);
        assertEquals(List.of(List.of("", "成本指标", "社会成本指标", "", "成效明显")), cells(t, rows, 5));
    }

    @Test
    void aLongFlattenedTableIsSplitWhole() {
        StringBuilder b = new StringBuilder("产出指标");
        List<List<String>> expected = new ArrayList<>();
        String[] l2 = {"数量指标", "质量指标", "时效指标", "成本指标"};
        for (int r = 0; r < 8; r++) {
            b.append(' ').append(l2[r % 4]).append(" 甲乙").append(r).append("号 ≥").append(r + 1).append("次");
            expected.add(List.of(r == 0 ? "产出指标" : "", l2[r % 4], "甲乙" + r + "号", "≥" + (r + 1) + "次"));
        }
        assertEquals(expected, split(b.toString(), FOUR, true));
    }

    /**
     * The split reads a run only when its role's best fit could beat what is there ({@link ColumnFit#maxFit}):
     * no run fits any column better than that, whether a label, a value, a name, a piece or a mix of them.
     */
    @Test
    void noRunFitsAColumnBetterThanItsRolesBest() {
        List<String> words = new ArrayList<>(Vocabulary.CATEGORIES.keySet());
        for (String k : Vocabulary.CATEGORIES.keySet()) {
            words.add(k + "(20分)");
            words.add(k.replace("指标", ""));
            words.add(k.substring(0, Math.max(1, k.length() - 1)));
        }
        words.addAll(List.of("绩效指标", "≥90%", "≥", "≤", "%", "‰", "100人次", "人次", "万元", "元", "(元)", "1,864.5", "1864元",
                "20", "5", "100", "定性", "定量", "正向", "反向", "/", "无", "—", "指标1:", "指标2、", "(一)", "1.", "2024年",
                "12月底前", "8 月底前", "有效缓解", "显著提升", "培训人次", "服务对象满意度", "参保居民个人实际缴费标准", "达到预期",
                "是", "否", "100%", "不低于上年", "成年人≥270元;", "大中小学生", "DRG", "试点", "按时完成。", ""));
        java.util.Random rnd = new java.util.Random(13);
        List<String> texts = new ArrayList<>(words);
        for (int k = 0; k < 3000; k++) {
            int len = 2 + rnd.nextInt(4);
            StringBuilder b = new StringBuilder();
            for (int t = 0; t < len; t++) {
                b.append(t == 0 ? "" : " ").append(words.get(rnd.nextInt(words.size())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            ColumnFit.Features f = ColumnFit.Features.of(t);
            for (Role role : Role.values()) {
                assertTrue(ColumnFit.fit(f, role) <= ColumnFit.maxFit(role), role + " " + t);
                assertTrue(ColumnFit.fit(f.notFragment(), role) <= ColumnFit.maxFit(role), role + " " + t);
            }
        }
    }
}
