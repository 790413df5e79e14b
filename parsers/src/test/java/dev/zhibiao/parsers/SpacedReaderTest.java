package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How {@link SpacedReader} chooses the character grid its columns are counted on. */
class SpacedReaderTest {
    /**
     * pdftotext {@code -layout} lays each page out apart: a page whose words line up when a wide
     * character counts one column is read on that grid even when the whole text, counted at once,
     * lines up better with wide characters counting two.
     */
    @Test
    void eachPageChoosesItsGrid() {
        String[] lines = {
            "指标一  值", "abc  值", // one column per character: 值 at column 6 on both lines
            "\f",
            "ab指标  值", "指标一  值", "abcdef  值", // two per wide character: 值 at column 9 on all three
        };
        assertTrue(SpacedReader.widthAligns(lines), "the whole text, counted at once, takes the wide grid");
        assertArrayEquals(new boolean[] {false, false, true, true, true, true}, SpacedReader.pageGrids(lines));
    }

    /** A page that lines up equally either way takes the whole text's grid. */
    @Test
    void aTiedPageTakesTheWholeTextsGrid() {
        String[] lines = {"abc  d", "abc  d", "\f", "ab指标  值", "指标一  值", "abcdef  值"};
        assertArrayEquals(new boolean[] {true, true, true, true, true, true}, SpacedReader.pageGrids(lines));
    }
}
