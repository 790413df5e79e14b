package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that find sheets in a document, one by one with their bounds: a title, a title wrapped
 * over two lines, a one-cell table row, the indicator heading row.
 */
class RecoveryRulesTest {

    static Row prose(String text) {
        return Row.prose(text, Locator.line(1));
    }

    static Row table(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (String c : cells) {
            l.add(new Cell(c, Locator.line(1)));
        }
        return new Row(l, true, Locator.line(1));
    }

    @Test
    void titles() {
        assertEquals(true, Recovery.isTitle(prose("项目支出绩效目标表")));
        assertEquals(true, Recovery.isTitle(table("项目支出绩效目标表", "")), "a title printed in the table");
        assertEquals(false, Recovery.isTitle(table("项目支出绩效目标表", "x")));
        // at most 80 characters
        assertEquals(true, Recovery.isTitle(prose("甲".repeat(71) + "项目支出绩效目标表")));
        assertEquals(false, Recovery.isTitle(prose("甲".repeat(72) + "项目支出绩效目标表")));
        assertEquals(false, Recovery.isTitle(prose("项目支出绩效目标表详见附件。")), "a sentence");
        assertEquals(false, Recovery.isTitle(prose("第四部分 项目支出绩效目标表")), "a part's heading");
        assertEquals(false, Recovery.isTitle(prose("项目支出绩效目标表......3")), "a contents entry");
    }

    @Test
    void oneCellRows() {
        assertEquals(true, Recovery.singleCell(table("x", "")));
        assertEquals(false, Recovery.singleCell(table("x", "y")));
        assertEquals(false, Recovery.singleCell(table("", " ")));
    }

    @Test
    void indicatorHeadings() {
        // two level or name headings and a value heading, or three level or name headings
        assertEquals(true, Recovery.isIndicatorHeading(table("一级指标", "二级指标", "指标值")));
        assertEquals(true, Recovery.isIndicatorHeading(table("二级指标", "三级指标", "中期指标值")));
        assertEquals(true, Recovery.isIndicatorHeading(table("一级指标", "二级指标", "三级指标")));
        assertEquals(false, Recovery.isIndicatorHeading(table("一级指标", "指标值")));
        assertEquals(false, Recovery.isIndicatorHeading(table("三级指标", "指标值")));
        assertEquals(false, Recovery.isIndicatorHeading(table("一级指标", "二级指标")));
    }

    @Test
    void aTitleWrappedOverTwoLines() {
        String kind = "整体绩效目标表";
        assertEquals(true, Recovery.titleHead(prose("吉林省财政厅"), prose(kind)));
        // the head: 4 to 40 characters, ending in a Chinese character, no digit, no heading number, no title
        assertEquals(true, Recovery.titleHead(prose("吉林财政"), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("财政厅"), prose(kind)));
        assertEquals(true, Recovery.titleHead(prose("甲".repeat(40)), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("甲".repeat(41)), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("吉林省财政厅2"), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("吉林省财政ABC"), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("附件吉林省财政厅"), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("项目支出绩效目标表"), prose(kind)));
        assertEquals(false, Recovery.titleHead(prose("2023年度吉林"), prose(kind)));
        // the title's own line: the kind of sheet, at most four characters before it, nothing after
        assertEquals(true, Recovery.titleHead(prose("吉林省财政厅"), prose("吉林整体绩效目标表")));
        assertEquals(false, Recovery.titleHead(prose("吉林省财政厅"), prose("吉林省省级整体绩效目标表")));
        assertEquals(false, Recovery.titleHead(prose("吉林省财政厅"), prose("整体绩效目标表说明")));
    }
}
