package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rules the readers of two goal columns share ({@link GoalColumns}). */
class GoalColumnsTest {

    @Test
    void aGoalsNumberIsReadInEachOfItsPrintedForms() {
        assertEquals(1, GoalColumns.number("1、进一步推进医保信息化建设"));
        assertEquals(2, GoalColumns.number(" 2.完成年度任务"));
        assertEquals(3, GoalColumns.number("3．保障运转"));
        assertEquals(4, GoalColumns.number("4：提升服务"));
        assertEquals(5, GoalColumns.number("（5）加强监管"));
        assertEquals(3, GoalColumns.number("（三）加强监管"));
        assertEquals(12, GoalColumns.number("(十二)加强监管"));
        assertEquals(6, GoalColumns.number("目标6、覆盖全县"));
        // a decimal or a plain number is no goal's number
        assertEquals(0, GoalColumns.number("1.5万人次参保"));
        assertEquals(0, GoalColumns.number("100%完成"));
        assertEquals(0, GoalColumns.number("进一步夯实技术基础"));
    }

    @Test
    void aNumberedLineGoesToTheColumnWhoseNextNumberItIs() {
        assertEquals(0, GoalColumns.column(2, new int[] {1, 2}, true, false));
        assertEquals(1, GoalColumns.column(3, new int[] {1, 2}, false, false));
        assertEquals(-1, GoalColumns.column(5, new int[] {1, 2}, false, false));
        // both columns' next: the left, unless only the left's goal goes on
        assertEquals(0, GoalColumns.column(2, new int[] {1, 1}, false, false));
        assertEquals(0, GoalColumns.column(2, new int[] {1, 1}, true, true));
        assertEquals(1, GoalColumns.column(2, new int[] {1, 1}, true, false));
    }
}
