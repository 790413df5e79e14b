package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.parsers.geometry.Placed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word boxes read without the page image: the engine reports the table's vertical rules (blank words, long and
 * thin) but hardly any of its row rules, so the rules make no cells and the words go through the loose layout. The
 * vertical rules then part its columns: a word's box reaching over one ends there (the engine boxed the rule into
 * the word, {@code |>500人}), a break holding one is a gutter however narrow, and a gap under a font size between
 * two of them is a space inside a cell, not a column. A synthetic sheet: columns 二级指标 | 三级指标 | 指标值 between
 * rules at x 100, 300, 700 and 900.
 */
class EngineRulesColumnsTest {

    private static OcrWord word(String text, float left, float top, float width, float height, int line) {
        return new OcrWord(new Glyph(text, left, top, width, height, height, 95f), 1, line);
    }

    /** The engine's vertical rules over the table, blank words as Tesseract's TSV prints them. */
    private static List<OcrWord> rules(float top, float bottom) {
        List<OcrWord> w = new ArrayList<>();
        for (float x : new float[] {100, 300, 700, 900}) {
            w.add(new OcrWord(new Glyph(" ", x - 2, top, 4, bottom - top, 0f, 95f), 1, 99));
        }
        return w;
    }

    private static List<List<String>> cells(List<Placed> placed) {
        List<List<String>> out = new ArrayList<>();
        for (Placed p : placed) {
            List<String> row = new ArrayList<>();
            for (Cell c : p.row().cells()) {
                if (!c.text().isBlank()) {
                    row.add(c.text().replace(" ", ""));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** The heading row, then rows whose value's box the engine drew from the rule on (over the name's end). */
    private static List<OcrWord> valuesAgainstTheRule() {
        List<OcrWord> w = new ArrayList<>();
        w.add(word("二级指标", 150, 110, 104, 26, 1));
        w.add(word("三级指标", 450, 110, 104, 26, 1));
        w.add(word("指标值", 760, 110, 78, 26, 1));
        w.add(word("数量指标", 150, 170, 104, 26, 2));
        w.add(word("培训人数（人次）", 330, 170, 364, 26, 2));
        w.add(word("|>500人次", 692, 170, 120, 26, 2));
        w.add(word("覆盖乡镇数（个）", 330, 230, 364, 26, 3));
        w.add(word("|>12个", 694, 230, 90, 26, 3));
        w.add(word("质量指标", 150, 290, 104, 26, 4));
        w.add(word("合格率（%）", 330, 290, 362, 26, 4));
        w.add(word("|100%", 690, 290, 80, 26, 4));
        w.addAll(rules(95, 330));
        return w;
    }

    @Test
    void aValueBoxedFromTheRuleOnStaysInItsColumn() {
        List<List<String>> rows = cells(OcrPages.page(valuesAgainstTheRule(), 1, List.of()));
        assertEquals(List.of(List.of("二级指标", "三级指标", "指标值"), List.of("数量指标", "培训人数（人次）", ">500人次"),
                List.of("覆盖乡镇数（个）", ">12个"), List.of("质量指标", "合格率（%）", "100%")), rows);
    }

    /**
     * A continuation page (no heading row): rows whose names the engine printed as two words a word space apart, at
     * the same place in every row.
     */
    private static List<OcrWord> namesWithASpace() {
        List<OcrWord> w = new ArrayList<>();
        String[][] rows = {{"数量指标", "指标1：", "培训人数", "500人次"}, {"", "指标2：", "覆盖乡镇", "12个"},
            {"质量指标", "指标1：", "合格比例", "100%"}};
        for (int i = 0; i < rows.length; i++) {
            float top = 170 + 60 * i;
            if (!rows[i][0].isEmpty()) {
                w.add(word(rows[i][0], 150, top, 104, 26, 2 + i));
            }
            w.add(word(rows[i][1], 320, top, 110, 26, 2 + i));
            w.add(word(rows[i][2], 445, top, 120, 26, 2 + i));
            w.add(word(rows[i][3], 760, top, 80, 26, 2 + i));
        }
        w.addAll(rules(95, 330));
        return w;
    }

    @Test
    void aWordSpaceBetweenTwoRulesIsNoColumn() {
        List<List<String>> rows = cells(OcrPages.page(namesWithASpace(), 1, List.of()));
        assertEquals(List.of(List.of("数量指标", "指标1：培训人数", "500人次"), List.of("指标2：覆盖乡镇", "12个"),
                List.of("质量指标", "指标1：合格比例", "100%")), rows);
    }

    @Test
    void withoutRulesTheSpaceIsKept() {
        // the same words without the engine's rules: nothing says the gap is inside a cell (the layout as before)
        List<OcrWord> words = new ArrayList<>(namesWithASpace());
        words.removeIf(o -> o.box().getText().isBlank());
        List<List<String>> rows = cells(OcrPages.page(words, 1, List.of()));
        assertEquals(List.of("数量指标", "指标1：", "培训人数", "500人次"), rows.get(0));
    }
}
