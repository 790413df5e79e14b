package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words an engine printed side by side are put at one height, so a cell reads them in order. */
class InkRunsTest {

    private static OcrWord word(String text, float left, float top, float width, float height, float conf, int line) {
        return new OcrWord(new Glyph(text, left, top, width, height, height, conf), 1, line);
    }

    /** The text of the glyphs whose centres lie between two x positions, line by line. */
    private static String cell(List<Glyph> glyphs, float from, float to) {
        List<Glyph> in = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.getCenterX() >= from && g.getCenterX() < to) {
                in.add(g);
            }
        }
        StringBuilder s = new StringBuilder();
        for (Line l : Line.lines(in)) {
            s.append(s.length() == 0 ? "" : "/").append(l.text().replace(" ", ""));
        }
        return s.toString();
    }

    /** Two engine lines of a two-period sheet (scan-200 h5_003 p2): 可持续影响 | 提高工作人员 … | 长期, twice. */
    private static List<OcrWord> twoPeriods() {
        List<OcrWord> w = new ArrayList<>();
        // the engine's line 4: the labels, the name's first line, and the values centred under it
        w.add(word("可", 410, 346, 36, 27, 96, 4));
        w.add(word("持续", 450, 346, 45, 27, 96, 4));
        w.add(word("影响", 508, 342, 56, 42, 95, 4));
        w.add(word("提高", 610, 348, 75, 27, 95, 4));
        w.add(word("工作", 695, 342, 40, 42, 96, 4));
        w.add(word("人", 734, 350, 17, 25, 91, 4));
        w.add(word("员", 755, 350, 24, 26, 91, 4));
        w.add(word("长", 845, 376, 25, 25, 96, 4));
        w.add(word("期", 886, 376, 13, 27, 50, 4));
        w.add(word("可", 1068, 353, 38, 27, 96, 4));
        w.add(word("持续", 1108, 353, 45, 27, 96, 4));
        w.add(word("影响", 1169, 349, 56, 42, 96, 4));
        w.add(word("提高", 1268, 355, 75, 27, 94, 4));
        w.add(word("工作", 1354, 349, 39, 42, 96, 4));
        w.add(word("人", 1392, 357, 17, 25, 92, 4));
        w.add(word("员", 1413, 357, 24, 26, 92, 4));
        w.add(word("长", 1504, 382, 44, 27, 96, 4));
        w.add(word("期", 1547, 354, 16, 59, 60, 4)); // boxed over two printed lines
        // line 5: the name's second line
        w.add(word("指标", 453, 397, 55, 27, 96, 5));
        w.add(word("工作", 622, 400, 55, 26, 96, 5));
        w.add(word("积极", 690, 400, 45, 26, 96, 5));
        w.add(word("性", 748, 400, 17, 27, 97, 5));
        w.add(word("指标", 1111, 404, 56, 27, 96, 5));
        w.add(word("工作", 1280, 406, 56, 27, 96, 5));
        w.add(word("积极", 1347, 407, 47, 27, 96, 5));
        w.add(word("性", 1406, 407, 17, 27, 96, 5));
        return w;
    }

    @Test
    void aCharacterBoxedOverTwoLinesStaysWithTheCharacterBesideIt() {
        List<Glyph> g = OcrLayout.glyphs(twoPeriods());
        assertEquals("长期", cell(g, 820, 1000));
        // placed one by one, the 期 went onto the engine line's height and the 长 kept its own: 期/长, read 期长
        assertEquals("长期", cell(g, 1480, 1600));
        assertEquals("提高工作人员/工作积极性", cell(g, 600, 800));
    }

    @Test
    void aCharacterInAFlatBoxStaysWithTheCharactersBesideIt() {
        // scan-200 h2_002 p2: 数量指标 | 参保人数 | 全民参保, its last 保 in a box 10 by 1
        List<OcrWord> w = new ArrayList<>();
        w.add(word("数量", 554, 572, 45, 26, 15, 4));
        w.add(word("指标", 613, 573, 42, 26, 97, 4));
        w.add(word("参", 819, 575, 44, 26, 93, 4));
        w.add(word("保", 862, 560, 24, 54, 93, 4));
        w.add(word("人", 885, 576, 15, 25, 93, 4));
        w.add(word("数", 909, 576, 19, 25, 92, 4));
        w.add(word("全", 1315, 580, 19, 25, 92, 4));
        w.add(word("民", 1342, 581, 20, 25, 92, 4));
        w.add(word("参", 1373, 581, 32, 25, 92, 4));
        w.add(word("保", 1416, 570, 10, 1, 54, 4));
        List<Glyph> g = OcrLayout.glyphs(w);
        assertEquals("全民参保", cell(g, 1280, 1500));
        assertEquals("参保人数", cell(g, 800, 1000));
    }

    @Test
    void aWordApartFromTheOthersKeepsItsOwnHeight() {
        // a value centred beside a two-line name, read into the name's first engine line, far from the name's words
        List<OcrWord> w = new ArrayList<>();
        String[] name = {"以常", "住人", "口数", "为基", "数计", "算的"};
        for (int i = 0; i < name.length; i++) {
            w.add(word(name[i], 300 + i * 60, 100, 55, 27, 95, 1));
        }
        w.add(word("≥97.1%", 900, 120, 70, 20, 90, 1));
        List<Glyph> g = OcrLayout.glyphs(w);
        Glyph value = g.stream().filter(x -> x.getText().equals("≥97.1%")).findFirst().orElseThrow();
        Glyph first = g.stream().filter(x -> x.getText().equals("以常")).findFirst().orElseThrow();
        assertEquals(130, value.getCenterY(), 1.0);
        assertEquals(113.5, first.getCenterY(), 1.0);
    }

    @Test
    void aBoxStandingOnTwoPrintedLinesGoesWithTheLineItsTopIsOn() {
        // ocr-200 h2_002 p1 (as the TSV prints it): 数量指标 | 城镇职工困难企业和城乡居民医保 | 全面参保; the engine boxed 城镇
        // 57 px high (2 em) from the name's first line down into its second, its centre on the engine line's height
        List<OcrWord> w = new ArrayList<>();
        w.add(word("数量", 545, 1132, 65, 26, 96, 14));
        w.add(word("指标", 612, 1132, 41, 26, 95, 14));
        w.add(word("城镇", 823, 1116, 67, 57, 53, 14));
        w.add(word("职工", 892, 1118, 39, 23, 82, 14));
        w.add(word("困难", 942, 1117, 45, 25, 92, 14));
        w.add(word("企业", 1001, 1116, 51, 26, 96, 14));
        w.add(word("和", 1059, 1119, 10, 21, 97, 14));
        w.add(word("城乡", 1083, 1104, 51, 73, 0, 14));
        w.add(word("居民", 1133, 1117, 48, 25, 8, 14));
        w.add(word("医保", 1193, 1117, 44, 25, 69, 14));
        w.add(word("全", 1284, 1132, 18, 25, 93, 14));
        w.add(word("面", 1316, 1134, 14, 24, 92, 14));
        w.add(word("参", 1343, 1133, 25, 25, 86, 14));
        w.add(word("保", 1371, 1133, 14, 25, 69, 14));
        List<Glyph> g = OcrLayout.glyphs(w);
        // with the run's height alone, 城镇 (14 px under it, half an em) kept its own and read after the line: 职工…医保/城镇
        assertEquals("城镇职工困难企业和城乡居民医保", cell(g, 800, 1260));
        assertEquals("全面参保", cell(g, 1260, 1400));
    }
}
