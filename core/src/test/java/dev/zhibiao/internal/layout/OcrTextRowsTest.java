package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of an OCR engine's plain text, whole (each row as printed: place, table or prose, cells):
 * a label wrapped in its merged cell joined back past a leading 绩效指标, a heading printed over two
 * lines, titles and years as prose, empty lines skipped.
 */
class OcrTextRowsTest {
    private int n;

    private OcrTextRows.Line line(String... pieces) {
        n++;
        List<Cell> cells = new ArrayList<>();
        for (String p : pieces) {
            cells.add(new Cell(p, new Locator(n, null, 1), 90.0));
        }
        return new OcrTextRows.Line(cells, 0);
    }

    private static List<String> rows(OcrTextRows.Line... lines) {
        return OcrTextRows.rows(List.of(lines)).stream().map(Row::toString).toList();
    }

    @Test
    void aWrappedLabelPastTheMergedLeadCell() {
        assertEquals(List.of(
                "page 1, line 1 | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值",
                "page 1, line 2 | 绩效指标 | 产出指标 | 数量指标 | 参保人数(人) | >299万人",
                "page 1, line 3 | 质量指标 | 合格率 | 100%"),
                rows(line("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
                        line("绩效指标", "产出指", "数量指标", "参保人数(人)", ">299万人"),
                        line("标", "质量指标", "合格率", "100%")));
        // the lead cell printed on both lines
        assertEquals(List.of(
                "page 1, line 4 | 绩效指标 | 产出指标 | 数量指标 | 参保人数(人) | >299万人",
                "page 1, line 5 | 绩效指标 | 质量指标 | 合格率 | 100%"),
                rows(line("绩效指标", "产出指", "数量指标", "参保人数(人)", ">299万人"),
                        line("绩效指标", "标", "质量指标", "合格率", "100%")));
        // a tail alone on its line is a row of its own (nothing after it to belong to the next row)
        assertEquals(List.of("page 1, line 6 | 产出指 | 数量指标 | 参保人数(人)", "page 1, line 7 | 标"),
                rows(line("产出指", "数量指标", "参保人数(人)"), line("标")));
        assertEquals(List.of("page 1, line 8 | 产出指标 | 数量指标 | 参保人数(人)", "page 1, line 9 | x"),
                rows(line("产出指", "数量指标", "参保人数(人)"), line("标", "x")));
    }

    @Test
    void aLabelWrappedAroundTheRowsValue() {
        // 产出 / 指标 printed on the lines above and below the value of the row (>2 次), twice on a
        // two-period sheet's line: each tail goes back onto its head, the names stay for the row join
        OcrTextRows.Result r = OcrTextRows.read(List.of(
                line("产出", "工作人员参加", "产出", "工作人员参加"),
                line(">2 次", ">2 次"),
                line("指标", "培训次数", "指标", "培训次数")));
        assertEquals(List.of(
                "page 1, line 1 | 产出指标 | 工作人员参加 | 产出指标 | 工作人员参加",
                "page 1, line 2 | >2 次 | >2 次",
                "page 1, line 3 | 培训次数 | 培训次数"),
                r.rows().stream().map(Row::toString).toList());
        assertEquals(2, r.notes().get(r.rows().get(0)).stream().filter(d -> d.code().equals("cell-joined")).count());
        // the line between holds a name, not only a value: nothing joined
        assertEquals(List.of(
                "page 1, line 4 | 产出 | 工作人员参加",
                "page 1, line 5 | 培训次数",
                "page 1, line 6 | 指标 | 出差次数"),
                rows(line("产出", "工作人员参加"), line("培训次数"), line("指标", "出差次数")));
        // a line of tails only keeps them (no name of its own to stay for)
        assertEquals(List.of(
                "page 1, line 7 | 产出 | 工作人员参加",
                "page 1, line 8 | >2 次",
                "page 1, line 9 | 指标"),
                rows(line("产出", "工作人员参加"), line(">2 次"), line("指标")));
    }

    @Test
    void headingsOverThreeLines() {
        // 指标 | 全年实际 | 未完成原因和 above the level words, 值 | 完成值 | 改进措施 below (misread 来, a stop)
        assertEquals(List.of(
                "page 1, line 1 | 目标3: 实现基金收支平衡。",
                "page 1, line 2 | 二各",
                "page 1, line 3 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 来完成原因和改进措施",
                "page 1, line 4 | 标",
                "page 1, line 5 | 数量指标 | 参保覆盖率 | >95% | >95%"),
                rows(line("目标3: 实现基金收支平衡。"),
                        line("二各", "指标", "全年实际", "来完成原因和"),
                        line("二级指标", "三级指标"),
                        line("标", "值", "完成值", "。 改进措施"),
                        line("数量指标", "参保覆盖率", ">95%", ">95%")));
        // the level-1 heading and the merged 绩效指标 split too (一级指 / 。标) go before the middle line's level words
        assertEquals(List.of(
                "page 1, line 6 | 绩效指标 | 一级指标 | 一 | 二级指标 | 三级指标 | 指标值 | 全年实际完成什 | 未完成原因和改进措施"),
                rows(line("绩效", "一级指", "指标", "全年实际", "未完成原因和改"),
                        line("一", "二级指标", "三级指标"),
                        line("指标", "。标", "值", "完成什", "进措施")));
        // level words with nothing above and below to complete: rows as printed
        assertEquals(List.of("page 1, line 9 | 产出指标 | 数量指标", "page 1, line 10 | 二级指标 | 三级指标",
                        "page 1, line 11 | 参保人数 | 100人"),
                rows(line("产出指标", "数量指标"), line("二级指标", "三级指标"), line("参保人数", "100人")));
    }

    @Test
    void headingsOverTwoLines() {
        assertEquals(List.of(
                "page 1, line 1 | 一级指标 | 二级指标 | 三级指标 | 指标值",
                "page 1, line 2 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施"),
                rows(line("一级指标", "二级指标", "三级指标", "指标值", "全年实际完", "未完成原因和改"),
                        line("一级指标", "二级指标", "三级指标", "指标值", "成值", "进措施")));
        // the line above held only the heads: it is gone
        assertEquals(List.of("page 1, line 4 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施"),
                rows(line("全年实际完", "未完成原因和改"), line("一级指标", "二级指标", "三级指标", "指标值", "成值", "进措施")));
        assertEquals(List.of("page 1, line 5 | 说明", "page 1, line 6 | 一级指标 | 二级指标 | 全年实际完成值"),
                rows(line("说明", "全年实际完"), line("一级指标", "二级指标", "成值")));
        // a piece of more than four characters is no heading's end
        assertEquals(List.of("page 1, line 7 | 全年实际完", "page 1, line 8 | 一级指标 | 二级指标 | 成值甲乙丙"),
                rows(line("全年实际完"), line("一级指标", "二级指标", "成值甲乙丙")));
        // a heading word whole on the line above ends there: the piece below is its own
        // (二级指标 | 三级指标 over a two-period sheet's … | 级指标 | 值, not 三级指标值)
        assertEquals(List.of("page 1, line 9 | 二级指标 | 三级指标", "page 1, line 10 | 一级指标 | 级指标 | 值"),
                rows(line("二级指标", "三级指标"), line("一级指标", "级指标", "值")));
    }

    @Test
    void titlesAndYearsAreProseAndEmptyLinesSkipped() {
        assertEquals(List.of("page 1, line 2 ~ 项目支出绩效目标表", "page 1, line 3 ~ 2023年", "page 1, line 4 | 一级指标"),
                rows(line(), line("项目支出绩效目标表"), line("2023年"), line("一级指标")));
    }

    @Test
    void aHeadingOverThreeLinesWithADescriptionColumnInTheMiddle() {
        // 一级指标 and 指标值确定依据 printed over the lines above and below; 指标值确定依 alone is one
        // character off a heading word, but with 据 makes one exactly
        List<String> rows = rows(
                line("一级指", "指标", "指标值确定依"),
                line("二级指标", "三级指标", "绩效指标描述"),
                line("标", "值", "据"),
                line("产出指标", "质量指标", "参保率", "参保人数占比", "≥85", "上级文件"));
        assertEquals("一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据", rows.get(0).substring(rows.get(0).indexOf('|') + 1).strip());
        assertEquals(2, rows.size());
        // a middle line naming the value column is a heading of its own: nothing joined
        List<String> own = rows(
                line("一级指", "指标", "指标值确定依"),
                line("二级指标", "三级指标", "指标值"),
                line("标", "值", "据"));
        assertEquals(3, own.size());
    }

    @Test
    void theScanForAValueColumnApartFindsTheHeadingsThatCouldPair() {
        // a heading of level words only, a rule read as 丨 between them, a form feed before it: could pair
        assertEquals(true, OcrTextRows.mayHoldValueColumnApart("项目支出绩效目标表\f一级指标 丨二级指标       三级指标\n数量指标 a\n"));
        assertEquals(true, OcrTextRows.mayHoldValueColumnApart("一级指标 三级 指标\r\n"));
        // a heading with its value column, the level words on lines of their own, or too many other words: cannot
        assertEquals(false, OcrTextRows.mayHoldValueColumnApart("一级指标 二级指标 三级指标 指标值\n"));
        assertEquals(false, OcrTextRows.mayHoldValueColumnApart("一级指标\n二级指标\n三级指标\n指标值\n"));
        assertEquals(false, OcrTextRows.mayHoldValueColumnApart("一级指标\f三级指标\n"));
        assertEquals(false, OcrTextRows.mayHoldValueColumnApart("一级指标 三级指标 年度目标\n"));
        assertEquals(true, OcrTextRows.mayHoldValueColumnApart("一级指标 三级指标 年度\n"));
    }
}
