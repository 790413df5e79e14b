package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one East Asian width table ({@link Text#isWide}): each range's first and last character in, its neighbours out. */
class WideCharactersTest {

    private static final int[][] RANGES = {
            {0x1100, 0x115F}, {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
            {0xFFE0, 0xFFE6}};

    @Test
    void eachRangeHoldsItsEndsAndNotItsNeighbours() {
        for (int[] r : RANGES) {
            assertEquals(true, Text.isWide(r[0]), Integer.toHexString(r[0]));
            assertEquals(true, Text.isWide(r[1]), Integer.toHexString(r[1]));
            assertEquals(true, Text.isWide((r[0] + r[1]) / 2), Integer.toHexString((r[0] + r[1]) / 2));
            assertEquals(false, Text.isWide(r[0] - 1), Integer.toHexString(r[0] - 1));
            assertEquals(false, Text.isWide(r[1] + 1), Integer.toHexString(r[1] + 1));
        }
        assertEquals(true, Text.isWide(0x20000));
        assertEquals(true, Text.isWide("𠀀".codePointAt(0)));
        assertEquals(false, Text.isWide(0x1FFFF));
        assertEquals(false, Text.isWide('a'));
        assertEquals(false, Text.isWide(0));
    }

    @Test
    void printedTablesCountWideCharactersTwice() {
        assertEquals(2 * 4 + 3, TextTable.width("指标名称abc"));
        assertEquals(2, TextTable.width("％"));
        assertEquals(2, TextTable.width("𠀀"));
    }

    @Test
    void gapsBetweenWideCharactersGoAndOthersStay() {
        assertEquals("城乡居民医疗保险绩效目标表", Text.withoutWideGaps("城乡居民 医疗保险\u3000 绩效目标表"));
        assertEquals("2023 年项目 A 表", Text.withoutWideGaps("2023 年 项目 A 表"));
        assertEquals("（2023年度）项目", Text.withoutWideGaps("（2023年度） 项目"));
        assertEquals("项目", Text.withoutWideGaps("项目"));
    }
}
