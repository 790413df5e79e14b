package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link SpacedRows}, each on a small hand-made line: which lines are prose, which the
 * indicator heading row, which rows are split into its columns and where a table stops; how the
 * header block's labels take their values; which tokens are glued into one word; and how a whole
 * table flattened into one line is cut into rows.
 */
class SpacedRowsRulesTest {

    /** The line's tokens with their display columns and the spaces before them (as SpacedRowsTest). */
    static SpacedRows.Line line(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        int col = 1;
        int gap = 0;
        for (String t : text.split(" ", -1)) {
            if (t.isEmpty()) {
                gap++;
                col++;
                continue;
            }
            toks.add(new SpacedRows.Token(t, col, toks.isEmpty() ? 0 : gap + 1));
            col += t.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum() + 1;
            gap = 0;
        }
        return new SpacedRows.Line(no, toks);
    }

    private static List<Row> read(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(line(i + 1, lines[i]));
        }
        return SpacedRows.rows(in);
    }

    private static List<String> cells(Row r) {
        List<String> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            out.add(c.text());
        }
        return out;
    }

    private static List<List<String>> rows(String... lines) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : read(lines)) {
            out.add(cells(r));
        }
        return out;
    }

    private static List<String> glued(String text) {
        List<String> out = new ArrayList<>();
        for (ColumnFit.Tok t : SpacedRows.glue(line(1, text).tokens())) {
            out.add(t.text());
        }
        return out;
    }

    private static final String HEADING = "一级指标 二级指标 三级指标 指标值";

    @Test
    void yearsAreFourDigitYearsWithTheirCharacterOnly() {
        assertTrue(SpacedRows.isYear("2019年"));
        assertTrue(SpacedRows.isYear("2019年度"));
        assertTrue(SpacedRows.isYear("(2019年度)"));
        assertTrue(SpacedRows.isYear("（2020年）"));
        assertTrue(SpacedRows.isYear("2,019年"), "an OCR engine's thousands comma");
        assertFalse(SpacedRows.isYear("2019"));
        assertFalse(SpacedRows.isYear("3019年"));
        assertFalse(SpacedRows.isYear("2019年度预算"));
    }

    @Test
    void titlesNameASheet() {
        assertTrue(SpacedRows.isTitle("项目支出绩效目标表"));
        assertTrue(SpacedRows.isTitle("项目支出绩效自评表"));
        assertFalse(SpacedRows.isTitle("项目名称"));
    }

    @Test
    void aLineOfOneTokenOutsideATableIsProseInsideItARowOfOneCell() {
        List<Row> rows = read("项目支出绩效目标表", "(2023年度)", "项目名称 农村公路养护", "年度目标", "完成养护任务");
        assertFalse(rows.get(0).table(), "a title is prose");
        assertEquals(Locator.line(1), rows.get(0).at());
        assertFalse(rows.get(1).table(), "a year is prose");
        assertTrue(rows.get(2).table());
        assertEquals(List.of("项目名称", "农村公路养护"), cells(rows.get(2)));
        assertTrue(rows.get(3).table(), "a label alone inside the table is a row of the table");
        assertEquals(List.of("年度目标"), cells(rows.get(3)));
        assertTrue(rows.get(4).table());
        assertEquals(Locator.line(5), rows.get(4).at());
        // a title starts over: a single token after it is prose again
        List<Row> again = read("项目名称 农村公路养护", "项目支出绩效目标表", "农村公路");
        assertFalse(again.get(1).table());
        assertFalse(again.get(2).table());
        assertEquals(4, read("项目支出绩效目标表", "", "项目名称 农村公路养护", "年度目标", "完成养护任务").size(),
                "a blank line gives no row");
    }

    @Test
    void theHeadingRowIsKeptTokenByTokenAndRowsUnderItAreSplitIntoItsColumns() {
        List<List<String>> rows = rows(HEADING, "产出指标 数量指标 培训 人次 ≥383人次", "质量指标 合格率 100%");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), rows.get(0));
        assertEquals(List.of("产出指标", "数量指标", "培训 人次", "≥383人次"), rows.get(1));
        assertEquals(List.of("", "质量指标", "合格率", "100%"), rows.get(2));
        Row r = read(HEADING, "产出指标 数量指标 培训 人次 ≥383人次").get(1);
        assertEquals(new Locator(2, 3, null), r.cells().get(2).at());
        assertEquals(Locator.line(2), r.at());
    }

    @Test
    void twoNamingHeadingsMakeAHeadingRowOnlyWithAValueColumn() {
        List<List<String>> rows = rows("二级指标 三级指标 指标值", "数量指标 培训 人次 ≥383人次");
        assertEquals(List.of("数量指标", "培训 人次", "≥383人次"), rows.get(1));
        // no value column: a header row, every word its own cell
        List<List<String>> none = rows("二级指标 三级指标", "数量指标 培训 人次 ≥383人次");
        assertTrue(none.get(1).size() > 3, none.toString());
    }

    @Test
    void aNoteATotalOrTheNextProjectEndsTheTable() {
        for (String stop : List.of("说明", "备注", "注", "总分", "合计", "项目名称")) {
            List<List<String>> rows = rows(HEADING, stop + " 培训 人次 ≥383人次", "质量指标 合格率 100%");
            assertFalse(rows.get(1).size() == 4 && rows.get(1).get(0).equals(stop + " 培训"), stop);
            assertEquals(stop, rows.get(1).get(0), stop);
            // after the stop no row is split into the heading's columns any more
            assertFalse(rows.get(2).size() == 4 && rows.get(2).get(0).isEmpty(), stop + ": " + rows);
        }
        // 项目 alone is no project label: the row is split
        List<List<String>> rows = rows(HEADING, "产出指标 数量指标 培训 人次 ≥383人次", "项目 合格率 100%");
        assertEquals(4, rows.get(2).size(), rows.toString());
    }

    @Test
    void aTitleInsideATableEndsIt() {
        List<List<String>> rows = rows(HEADING, "项目支出绩效目标表", "质量指标 合格率 100%");
        assertEquals(List.of("项目支出绩效目标表"), rows.get(1));
        assertEquals(List.of("质量指标", "合格率", "100%"), rows.get(2));
    }

    @Test
    void headerLabelsTakeTheWordsAfterThemAsTheirValue() {
        assertEquals(List.of(List.of("项目名称", "农村 公路 养护", "实施单位", "某某 交通局")),
                rows("项目名称 农村 公路 养护 实施单位 某某 交通局"));
        assertEquals(List.of(List.of("项目名称", "实施单位", "某某局")), rows("项目名称 实施单位 某某局"));
        Row r = read("项目名称 农村 公路 养护 实施单位 某某局").get(0);
        assertEquals(new Locator(1, 4, null), r.cells().get(3).at());
    }

    @Test
    void alignedHeaderTextIsCutAtRunsOfSpacesOnly() {
        assertEquals(List.of(List.of("项目名称", "农村 公路 养护", "实施单位", "某某 交通局")),
                rows("项目名称  农村 公路 养护   实施单位  某某 交通局"));
    }

    @Test
    void otherTokensAreCellsOfTheirOwnExceptAValuesPiecesAndASentencesWords() {
        assertEquals(List.of(List.of("年度资金总额", "1467", "1419", "96%")), rows("年度资金总额 1467 1419 96%"));
        assertEquals(List.of(List.of("年度资金总额", "1467 万元", "≥ 80")), rows("年度资金总额 1467 万元 ≥ 80"));
        // the words of a goal's sentence stay one cell; a number between them is a cell of its own
        assertEquals(List.of(List.of("年度资金总额", "1467", "完成 农村公路养护任务， 提升 通行能力。")),
                rows("年度资金总额 1467 完成 农村公路养护任务， 提升 通行能力。"));
        // two short words next to each other are no sentence: cells of their own
        assertEquals(List.of(List.of("年度资金总额", "1467", "提升", "通行")), rows("年度资金总额 1467 提升 通行"));
        // a goal's number makes its token a sentence's piece
        assertEquals(List.of(List.of("年度资金总额", "目标1:提升 通行")), rows("年度资金总额 目标1:提升 通行"));
        assertEquals(List.of(List.of("年度资金总额", "2、提升 通行")), rows("年度资金总额 2、提升 通行"));
        assertEquals(List.of(List.of("年度资金总额", "全年预算数", "执行数")), rows("年度资金总额 全年预算数 执行数"));
    }

    @Test
    void spacedOutWordsAreOneToken() {
        assertEquals(List.of("绩 效 目 标"), glued("绩 效 目 标"));
        assertEquals(List.of("<b>绩</b> 效 目 标"), glued("<b>绩</b> 效 目 标"), "a character in markup is one too");
        // two lone characters only when they make a known word
        assertEquals(List.of("地 区", "舒兰市"), glued("地 区 舒兰市"));
        assertEquals(List.of("甲", "乙", "舒兰市"), glued("甲 乙 舒兰市"));
        // a run of spaces parts them
        assertEquals(List.of("绩", "效"), glued("绩  效"));
    }

    @Test
    void aUnitStatementSpacedOrWrappedIsOneToken() {
        assertEquals(List.of("金额单位: 元"), glued("金额单位: 元"));
        assertEquals(List.of("某某局", "金额 单位:万元"), glued("某某局 金额 单位:万元"));
        assertEquals(List.of("单位:元", "元"), glued("单位:元 元"), "a whole statement takes nothing more");
    }

    @Test
    void aBracketedUnitJoinsTheLabelBeforeIt() {
        assertEquals(List.of("项目资金 (万元)", "1367"), glued("项目资金 (万元) 1367"));
        assertEquals(List.of("大安市", "(万元)"), glued("大安市 (万元)"));
    }

    @Test
    void wrappedLabelsJoinValuesDoNot() {
        assertEquals(List.of("项目 名称", "农村公路"), glued("项目 名称 农村公路"));
        assertEquals(List.of("实施 单位", "某某局"), glued("实施 单位 某某局"));
        assertEquals(List.of("产出 指标", "数量 指标"), glued("产出 指标 数量 指标"));
        assertEquals(List.of("服务对象 满意度指标"), glued("服务对象 满意度指标"));
        assertEquals(List.of("一级 指标", "二级 指标", "三级 指标", "指标值"), glued("一级 指标 二级 指标 三级 指标 指标值"));
        assertEquals(List.of("农村公路", "项目名称"), glued("农村公路 项目名称"));
        assertEquals(List.of("2023", "项目名称"), glued("2023 项目名称"));
        // a money line's label after a value is the next cell; after a short first half it is the label's tail
        assertEquals(List.of("农村公路养护", "年度资金总额", "100"), glued("农村公路养护 年度资金总额 100"));
        assertEquals(List.of("中央 补助资金", "100"), glued("中央 补助资金 100"));
        assertEquals(List.of("项目名称:农村公路", "实施单位"), glued("项目名称:农村公路 实施单位"));
    }

    @Test
    void aLabelsWrappedTailJoinsIt() {
        assertEquals(List.of("年度资金 总额", "1467"), glued("年度资金 总额 1467"));
        assertEquals(List.of("总体目标 完成情况"), glued("总体目标 完成情况"));
        assertEquals(List.of("年度资金", "1467"), glued("年度资金 1467"));
        assertEquals(List.of("年度资金", "万元"), glued("年度资金 万元"), "a unit is no label's tail");
    }

    @Test
    void aTokenShowsItsColumnAndText() {
        assertEquals("5:甲", new SpacedRows.Token("甲", 5, 1).toString());
    }

    private static final String FLAT_ROWS = "产出指标 数量指标 养护里程 ≥100公里 质量指标 合格率 100% 时效指标 完成时间 12月底前";

    @Test
    void aFlattenedTablesHeadingGoesOnForTheLinesAfterIt() {
        List<List<String>> rows = rows("项目支出绩效目标表 (2023年度) 项目名称 农村公路养护 实施单位 某某交通局 年度目标 完成养护任务。 "
                + HEADING + " " + FLAT_ROWS, "效益指标 社会效益指标 受益人数 ≥1000人");
        assertEquals(List.of(List.of("项目支出绩效目标表"), List.of("(2023年度)"), List.of("项目名称", "农村公路养护"),
                List.of("实施单位", "某某交通局"), List.of("年度目标", "完成养护任务。"),
                List.of("一级指标", "二级指标", "三级指标", "指标值"), List.of("产出指标", "数量指标", "养护里程", "≥100公里"),
                List.of("", "质量指标", "合格率", "100%"), List.of("", "时效指标", "完成时间", "12月底前"),
                List.of("效益指标", "社会效益指标", "受益人数", "≥1000人")), rows);
        Row r = read(HEADING + " " + FLAT_ROWS + " 效益指标 社会效益指标 受益人数 ≥1000人 满意度指标 服务对象满意度指标 满意度 ≥90%").get(2);
        assertEquals(new Locator(1, 2, null), r.cells().get(1).at());
        assertEquals(new Locator(1, 4, null), read(HEADING + " " + FLAT_ROWS + " 效益指标 社会效益指标 受益人数 ≥1000人")
                .get(0).cells().get(3).at());
    }

    @Test
    void aLineIsAFlattenedTableFromTwentyTokensOn() {
        String nineteen = "年度目标 完成养护任务。 " + HEADING + " " + FLAT_ROWS + " 效益指标 社会效益指标 受益人数";
        assertEquals(1, rows(nineteen).size(), "nineteen tokens: one row of the header block");
        List<List<String>> twenty = rows(nineteen + " ≥1000人");
        assertEquals(List.of("年度目标", "完成养护任务。"), twenty.get(0));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), twenty.get(1));
        assertEquals(List.of("效益指标", "社会效益指标", "受益人数", "≥1000人"), twenty.get(5));
        // without the heading row a long line is one row of the header block
        assertEquals(1, rows("项目名称 农村公路 实施单位 某某局 主管部门 交通局 年度资金总额 100 90 90% 中央资金 50 50 100% "
                + "地方资金 50 40 80% 其他资金 0").size());
        // the heading may open the line
        List<List<String>> first = rows(HEADING + " " + FLAT_ROWS + " 效益指标 社会效益指标 受益人数 ≥1000人 甲 乙");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), first.get(0));
    }

    @Test
    void aFlattenedTableEndsAtANoteWhoseWordsAreARowToTheLinesEnd() {
        List<List<String>> rows = rows(HEADING + " " + FLAT_ROWS + " 说明 本表 由 各县 交通局 统一 填报");
        assertEquals(5, rows.size(), rows.toString());
        assertEquals(List.of("说明", "本表", "由", "各县", "交通局", "统一", "填报"), rows.get(4));
    }

    @Test
    void aFlattenedCompletionBlockKeepsItsHeadingsAsARow() {
        List<List<String>> rows = rows("项目支出绩效自评表 项目名称 农村公路养护 年度资金总额 100 90 90% " + HEADING + " "
                + FLAT_ROWS + " 合计 100 总体目标完成情况 总体目标 全年实际完成情况");
        assertEquals(List.of("总体目标完成情况", "总体目标", "全年实际完成情况"), rows.get(rows.size() - 1));
        assertTrue(rows.contains(List.of("年度资金总额", "100", "90", "90%")), rows.toString());
    }

    @Test
    void aHeadingRowPrintedWithRunsOfSpacesPlacesCellsByColumn() {
        // 一级指标 at 1, 二级指标 at 11, 三级指标 at 21, 指标值 at 35
        List<List<String>> rows = rows("一级指标  二级指标  三级指标      指标值",
                "产出指标  数量指标  道路 通行    良好 状态 保持");
        assertEquals(List.of("产出指标", "数量指标", "道路 通行", "良好 状态 保持"), rows.get(1));
        List<List<String>> late = rows("一级指标  二级指标  三级指标      指标值",
                "产出指标  数量指标  道路 通行 良好    状态 保持");
        assertEquals(List.of("产出指标", "数量指标", "道路 通行 良好", "状态 保持"), late.get(1));
    }

    @Test
    void threeNamingHeadingsNeedNoValueColumn() {
        List<List<String>> rows = rows("一级指标 二级指标 三级指标 指标解释", "产出指标 数量指标 养护里程 按计划");
        assertEquals(List.of("产出指标", "数量指标", "养护里程", "按计划"), rows.get(1));
    }

    @Test
    void numbersAndLongWordsInTheHeaderBlock() {
        // a number is never a sentence's word
        assertEquals(List.of(List.of("年度资金总额", "完成 养护任务。", "95%")), rows("年度资金总额 完成 养护任务。 95%"));
        assertEquals(List.of(List.of("年度资金总额", "95", "完成养护任务。")), rows("年度资金总额 95 完成养护任务。"));
        // twelve characters make a sentence's piece, eleven do not
        assertEquals(List.of(List.of("年度资金总额", "甲乙丙丁戊己庚辛壬癸子丑 能力")), rows("年度资金总额 甲乙丙丁戊己庚辛壬癸子丑 能力"));
        assertEquals(List.of(List.of("年度资金总额", "甲乙丙丁戊己庚辛壬癸子", "能力")), rows("年度资金总额 甲乙丙丁戊己庚辛壬癸子 能力"));
        assertEquals(List.of(List.of("年度资金总额", "能力 甲乙丙丁戊己庚辛壬癸子丑")), rows("年度资金总额 能力 甲乙丙丁戊己庚辛壬癸子丑"),
                "either word may be the sentence's piece");
    }

    @Test
    void moneyItemsAreLabelsUpToTwelveCharacters() {
        assertTrue(SpacedRows.isLabel("其中甲乙丙丁戊己庚辛壬癸"));
        assertFalse(SpacedRows.isLabel("其中甲乙丙丁戊己庚辛壬癸子"));
        assertTrue(SpacedRows.isLabel("中央财政资金"));
        assertFalse(SpacedRows.isLabel("2023年资金"));
        assertFalse(SpacedRows.isLabel(""));
    }

    @Test
    void aUnitCharacterIsNoSpacedOutWordsLetter() {
        assertEquals(List.of("甲 乙 丙"), glued("甲 乙 丙"));
        assertEquals(List.of("甲", "人", "次"), glued("甲 人 次"), "人 and 次 are units");
    }

    @Test
    void wrappedWordsAndTheWordsAfterThem() {
        assertEquals(List.of("绩 效 目 标", "甲乙"), glued("绩 效 目 标  甲乙"), "the word after a spaced-out one is kept");
        assertEquals(List.of("项目资金 (甲乙丙丁戊己)"), glued("项目资金 (甲乙丙丁戊己)"), "a bracket of eight characters joins");
        assertEquals(List.of("项目资金", "(甲乙丙丁戊己庚)"), glued("项目资金 (甲乙丙丁戊己庚)"));
        assertEquals(List.of("地方 主管部门", "某某局"), glued("地方 主管部门 某某局"), "a header label's short first half");
        assertEquals(List.of("主管 部门", "某某局"), glued("主管 部门 某某局"));
        // a sentence or a number before a heading word is no first half of it
        assertEquals(List.of("农村公路养护。", "一级指标"), glued("农村公路养护。 一级指标"));
        assertEquals(List.of("2023", "一级指标"), glued("2023 一级指标"));
        assertEquals(List.of("年度 总体目标"), glued("年度 总体目标"));
        assertEquals(List.of("资金 总额"), glued("资金 总额"));
        assertEquals(List.of("改进措 施"), glued("改进措 施"));
    }

    /** As {@link #line}, each character one column wide (pdftotext {@code -layout}'s grid). */
    private static SpacedRows.Line narrow(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        int col = 1;
        int gap = 0;
        for (String t : text.split(" ", -1)) {
            if (t.isEmpty()) {
                gap++;
                col++;
                continue;
            }
            toks.add(new SpacedRows.Token(t, col, toks.isEmpty() ? 0 : gap + 1));
            col += t.length() + 1;
            gap = 0;
        }
        return new SpacedRows.Line(no, toks);
    }

    @Test
    void aHeadingWhoseWordsAreOneFixedRunOfSpacesApartIsNoGrid() {
        // every heading two spaces apart: a delimited row. The row below happens to print 有所提高 where
        // 三级指标 starts, 有所提高 and 5 one column right of the next two headings; read as a grid it
        // would give the name 异地就医直接结算率 有所提高 and the weight as the actual value
        String[] text = {"一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
                "效益指标 社会效益指标 参保群众政策知晓率 普遍知晓 普遍知晓 15 15",
                "异地就医直接结算率   有所提高   有所提高   5   5"};
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            in.add(narrow(i + 1, text[i]));
        }
        List<Row> rows = SpacedRows.rows(in);
        assertEquals(List.of("", "", "异地就医直接结算率", "有所提高", "有所提高", "5", "5", ""), cells(rows.get(2)));
        // headings over cells of several widths are padded to differing gaps: a grid, read by position
        List<List<String>> grid = rows("一级指标  二级指标  三级指标      指标值",
                "产出指标  数量指标  道路 通行 良好    状态 保持");
        assertEquals(List.of("产出指标", "数量指标", "道路 通行 良好", "状态 保持"), grid.get(1));
    }

    @Test
    void aRowNumberColumnIsAColumnOfItsOwn() {
        // 序号 before the levels (templates11): the numbers were read as the names, every other cell a remnant
        List<List<String>> r = rows(
                "序号   一级指标     二级指标     三级指标           指标性质   指标值     指标方向",
                "1      产出指标     数量指标     补助少年宫数量     定量       ＝１２所   正向",
                "2      产出指标     质量指标     活动开展达标率     定量       ≥95%       正向");
        assertEquals(List.of("1", "产出指标", "数量指标", "补助少年宫数量", "定量", "＝１２所", "正向"), r.get(1), r.toString());
        assertEquals(List.of("2", "产出指标", "质量指标", "活动开展达标率", "定量", "≥95%", "正向"), r.get(2), r.toString());
    }
}
