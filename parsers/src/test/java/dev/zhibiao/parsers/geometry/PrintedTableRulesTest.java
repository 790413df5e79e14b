package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of the geometry layer for unruled prints of other templates (split value columns). */
class PrintedTableRulesTest {

    @Test
    void aLoneCellRightOfTheNamesStaysInItsRow() {
        // 度量单位 printed only where the value has a unit: 分钟 between two empty cells is its row's,
        // not a merged cell centred on it (it was lifted into the row above: ≥90%分钟, ≤60%)
        List<String[]> grid = new ArrayList<>(List.of(
                new String[] {"产出指标", "质量指标", "验收合格率", "≥", "90", "%", "10"},
                new String[] {"产出指标", "质量指标", "正常运行率", "定性", "≥90%", "", "15"},
                new String[] {"产出指标", "质量指标", "响应时间", "≤", "60", "分钟", "15"},
                new String[] {"产出指标", "质量指标", "监督检查覆盖率", "定性", "100%", "", "10"},
                new String[] {"产出指标", "质量指标", "培养合格率", "≥", "90", "%", "15"}));
        CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("%", "", "分钟", "", "%"), grid.stream().map(r -> r[5]).toList());
    }

    @Test
    void aLabelCentredBesideRepeatedLabelsStillMovesToTheTop() {
        // level-1 repeated on every row (one text), level 2 merged and centred: still lifted
        List<String[]> grid = new ArrayList<>(List.of(
                new String[] {"产出指标", "", "a", "1"},
                new String[] {"产出指标", "数量指标", "b", "2"},
                new String[] {"产出指标", "", "c", "3"}));
        CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("数量指标", "", ""), grid.stream().map(r -> r[1]).toList());
    }

    @Test
    void aLevelOneLabelIsNotLiftedOverAnotherLabelsRows() {
        // one label per block, printed at its top with empty cells under it: 效益指标 between the
        // empty cells of 产出指标's block and its own stays (lifted, it took 质量指标's row)
        List<String[]> grid = new ArrayList<>(List.of(
                new String[] {"产出指标", "数量指标", "a", "1"},
                new String[] {"", "质量指标", "b", "2"},
                new String[] {"", "时效指标", "c", "3"},
                new String[] {"效益指标", "生态效益指标", "d", "4"},
                new String[] {"", "生态效益指标", "e", "5"}));
        CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("产出指标", "", "", "效益指标", ""), grid.stream().map(r -> r[0]).toList());
    }

    private static Glyph glyph(String t, float left, float width) {
        return new Glyph(t, left, 100, width, 9, 9, Float.NaN);
    }

    @Test
    void theGapATypesetterLeavesBetweenChineseAndDigitsIsNoSpace() {
        // LibreOffice prints 101号 with about a fifth of an em between 1 and 号 (1.9 pt at 9 pt)
        List<Glyph> g = List.of(glyph("1", 100, 4.5f), glyph("0", 104.5f, 4.5f), glyph("1", 109, 4.5f),
                glyph("号", 115.4f, 9), glyph("河", 124.4f, 9));
        assertEquals("101号河", GlyphText.chunkText(g));
        // a wider gap (a typed space) stays a space, and between Latin letters a fifth of an em is one
        List<Glyph> spaced = List.of(glyph("1", 100, 4.5f), glyph("号", 108, 9));
        assertEquals("1 号", GlyphText.chunkText(spaced));
        List<Glyph> latin = List.of(glyph("a", 100, 4.5f), glyph("b", 106.4f, 4.5f));
        assertEquals("a b", GlyphText.chunkText(latin));
    }

    @Test
    void theLinesOfAWrappedCellShareItsColumn() {
        // a goals cell spanning the columns of the rows below: its long first line's middle (458) is
        // right of the bound at 420, its short second line's (413) left of it; both are the cell's
        List<Chunk> runs = List.of(
                new Chunk(117, 283, 348.5f, List.of()), new Chunk(357, 559, 348.5f, List.of()),
                new Chunk(117, 268, 360.7f, List.of()), new Chunk(357, 469, 360.7f, List.of()),
                // a run starting elsewhere, or two lines down, keeps the column of its middle
                new Chunk(430, 500, 360.7f, List.of()), new Chunk(357, 559, 390f, List.of()));
        int[] col = UnruledTable.columns(runs, List.of(100f, 300f, 420f), 14f);
        assertEquals(List.of(1, 2, 1, 2, 3, 3), java.util.Arrays.stream(col).boxed().toList());
    }

    @Test
    void aColumnOfAmountsUnderItsHeadingStaysInItsRows() {
        // t22's PDF: the 预算数 column, empty beside 地方主管部门 above and 年度总体目标 below, was taken for a
        // merged cell centred among those rows and lifted, joined, to the top: 预算数186000 150000 36000
        List<String[]> grid = new ArrayList<>(List.of(
                new String[] {"地方主管部门", "湖南省教育厅", "", "资金使用单位", "某县教育局"},
                new String[] {"资金情况（万元）", "", "预算数", "执行数", "执行率"},
                new String[] {"", "年度资金总额", "186000", "181350", "97.5%"},
                new String[] {"", "其中：中央补助", "150000", "147000", "98%"},
                new String[] {"", "地方资金", "36000", "34350", "95.42%"},
                new String[] {"年度总体目标", "预期目标", "", "", "实际完成目标"}));
        CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("", "预算数", "186000", "150000", "36000", ""), grid.stream().map(r -> r[2]).toList());
        // a merged label's text wrapped over lines is still lifted
        List<String[]> label = new ArrayList<>(List.of(
                new String[] {"", "a", "1"},
                new String[] {"资金", "b", "2"},
                new String[] {"情况", "c", "3"},
                new String[] {"", "d", "4"}));
        CentredSpans.liftCentredSpans(label);
        assertEquals(List.of("资金情况", "", "", ""), label.stream().map(r -> r[0]).toList());
    }

    private static void line(List<Glyph> out, String text, float left, float top) {
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(text.substring(i, i + 1), left + i * 9, top, 9, 11.7f, 9, Float.NaN));
        }
    }

    @Test
    void aLabelWrappedBesideItsValuesOneLineIsACellOfItsOwn() {
        // t22's PDF: 转移支付（项 | 目）名称 printed above and below the value's one line, the cell gap 7.7 pt
        // (under a font size): the label's lines and the value were one cell, 转移支付（项城乡义务教育补助经费目）名称
        List<Glyph> g = new ArrayList<>();
        line(g, "转移支付（项", 58.2f, 91.45f);
        line(g, "城乡义务教育补助经费", 119.9f, 97.55f);
        line(g, "目）名称", 58.2f, 103.65f);
        line(g, "中央主管部门", 58.2f, 132.75f);
        line(g, "教育部", 119.9f, 132.75f);
        List<dev.zhibiao.internal.layout.Row> rows = LooseLayout.looseRows(g, 1);
        assertEquals(List.of("转移支付（项目）名称", "城乡义务教育补助经费"),
                rows.get(0).cells().stream().map(dev.zhibiao.internal.layout.Cell::text).toList());
        // a paragraph whose short last line ends before the gap: one text
        List<Glyph> p = new ArrayList<>();
        line(p, "目标一：落实补助政策", 58.2f, 91.45f);
        line(p, "目标二", 58.2f, 103.65f);
        assertEquals(1, LooseLayout.looseRows(p, 1).get(0).cells().size());
    }
    private static void glyphs(List<Glyph> out, String text, float left, float width) {
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(text.substring(i, i + 1), left + i * width, 100, width, 11.7f, 9, Float.NaN));
        }
    }

    private static List<String> cut(List<Glyph> g, List<float[]> spans) {
        return HeadingSpans.cutAtSpans(g, spans).stream().map(c -> GlyphText.chunkText(c.glyphs())).toList();
    }

    @Test
    void aValueRunningOnPastItsColumnsEndStaysWhole() {
        // t39's PDF: 2025年11月底前 under 指标值 (402.4-429.4) reaches into 计量单位 (453.1-489.1) with no gap: it was cut
        // at its widest inner gap into the value 2025 and the unit cell 年11月底前 (t28's, t34's PDFs the same)
        List<float[]> spans = List.of(new float[] {300f, 390f}, new float[] {402.4f, 429.4f}, new float[] {453.1f, 489.1f});
        List<Glyph> g = new ArrayList<>();
        // the glyphs where LibreOffice printed them (pdftotext -bbox): the widest gap, where the cut went, 2025 | 年 (1.84 pt)
        glyphs(g, "2025", 402.4f, 5.391f);
        glyphs(g, "年", 425.8f, 9f);
        glyphs(g, "11", 436.6f, 5.391f);
        glyphs(g, "月底前", 449.2f, 9f);
        assertEquals(List.of("2025年11月底前"), cut(g, spans));
        // t28's PDF: the same under 指标值 (324.2-351.2) reaching a narrow 备注 (384.6-402.6), the run ending 4.6 pt before
        // the heading's end (no right alignment asked)
        List<Glyph> t28 = new ArrayList<>();
        glyphs(t28, "2025", 324.2f, 5.391f);
        glyphs(t28, "年", 347.6f, 9f);
        glyphs(t28, "10", 358.4f, 5.391f);
        glyphs(t28, "月底前", 371f, 9f);
        assertEquals(List.of("2025年10月底前"), cut(t28, List.of(new float[] {145.3f, 181.3f}, new float[] {324.2f, 351.2f},
                new float[] {384.6f, 402.6f})));
        // a value that ends just before the next column's cell, which begins at its heading's start: two cells
        List<Glyph> two = new ArrayList<>();
        glyphs(two, "≥1250", 402.4f, 9.6f);
        glyphs(two, "公里", 453.1f, 9f);
        assertEquals(List.of("≥1250", "公里"), cut(two, spans));
        // Chromium's h8_001_unruled.pdf: a description centred under its heading (绩效指标描述, 315.6-378.6) begins 1.9 pt after
        // the name's line and 105 pt left of the heading: a cell of its own (an earlier build joined it to the name)
        List<float[]> centred = List.of(new float[] {150.9f, 192.9f}, new float[] {315.55f, 378.55f}, new float[] {484f, 515f});
        List<Glyph> name = new ArrayList<>();
        glyphs(name, "政策范围内报销", 135.18f, 10.5f);
        glyphs(name, "社会保险报销事项实际在规定时间内及时办结的件数占应在", 210.55f, 10.5f);
        assertEquals(List.of("政策范围内报销", "社会保险报销事项实际在规定时间内及时办结的件数占应在"), cut(name, centred));
    }
}
