package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What marks a sheet of two periods (中期 beside 年度): an indicator header printed twice, or a goals header of both. */
class TwoPeriodMarkersTest {

    static Row table(String... cells) {
        List<Cell> l = new ArrayList<>();
        for (String c : cells) {
            l.add(new Cell(c, Locator.line(1)));
        }
        return new Row(l, true, Locator.line(1));
    }

    static boolean twoPeriod(Row... rows) {
        return TwoPeriod.isTwoPeriod(List.of(rows));
    }

    @Test
    void anIndicatorHeaderPrintedTwice() {
        assertEquals(true, twoPeriod(table("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值")));
        assertEquals(true, twoPeriod(table("一级指标：", "二级指标", "一级指标", "二级指标:")), "a colon at the end is no difference");
        assertEquals(true, twoPeriod(table("绩效指标", "一级指标", "二级指标", "一级指标", "二级指标")), "after the lead cell");
        // one colon at the end is dropped, also before a final U+0085 (the one line terminator a key keeps)
        assertEquals(true, twoPeriod(table("一级指标：\u0085", "二级指标", "三级指标", "一级指标\u0085", "二级指标", "三级指标")));
        assertEquals(false, twoPeriod(table("一级指标：\u0085", "二级指标", "三级指标", "一级指标", "二级指标", "三级指标")));
        assertEquals(true, twoPeriod(table("：", "二级指标", "三级指标", "", "二级指标", "三级指标")));
        assertEquals(true, twoPeriod(table("\u0085", "二级指标", "三级指标", "\u0085", "二级指标", "三级指标")));
        assertEquals(false, twoPeriod(table("一级指标", "甲", "一级指标", "甲")), "one heading twice is not enough");
        assertEquals(false, twoPeriod(table("一级指标", "二级指标", "三级指标", "一级指标", "二级指标")), "odd");
        assertEquals(false, twoPeriod(table("一级指标", "一级指标")), "too short");
        assertEquals(false, twoPeriod(table("一级指标", "二级指标", "一级指标", "三级指标")), "halves differ");
        assertEquals(false, twoPeriod(Row.prose("一级指标 二级指标 一级指标 二级指标", Locator.line(1)), table("x")));
    }

    @Test
    void aGoalsHeaderOfBothPeriods() {
        assertEquals(true, twoPeriod(table("中期目标", "年度目标")));
        assertEquals(true, twoPeriod(table("总体目标", "中期目标(2023-2025)", "年度绩效目标")));
        assertEquals(false, twoPeriod(table("总体目标", "年度目标")), "no mid-term");
        assertEquals(false, twoPeriod(table("中期目标", "总体目标")), "no year");
        assertEquals(false, twoPeriod(table("中期目标", "年度目标", "说明")), "not a goals header");
    }
}
