package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line pitch inside the cells of an unruled table ({@link UnruledTable#pitch}) is taken from the
 * lines of one cell only: the rows of the table are cut at 1.25 pitches, so a pitch as large as the
 * rows' own would join every row into one band. The bound is the table's least row distance
 * ({@link UnruledTable#rowDistance}), not a size in ems (a printed PDF's wrapped cells run up to 1.84
 * font sizes from line to line, wider than these rows' 1.65).
 */
class UnruledPitchTest {

    private final List<OcrWord> words = new ArrayList<>();
    private int line;

    /** An engine line of words (text, left) at top, boxes of the given height (26: an em of about 29). */
    private void line(float top, float height, Object... textAndLeft) {
        line++;
        for (int i = 0; i < textAndLeft.length; i += 2) {
            String t = (String) textAndLeft[i];
            float left = ((Number) textAndLeft[i + 1]).floatValue();
            words.add(new OcrWord(new Glyph(t, left, top, t.length() * 28f, height, 0f, 95f), 1, line));
        }
    }

    private List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (Placed p : OcrLayout.page(words, 1)) {
            out.add(p.row().cells().stream().map(Cell::text).filter(t -> !t.isBlank()).toList());
        }
        return out;
    }

    /** Table rows 48 pixels apart, a label centred between two of them (as 资金情况 beside 其中 and 其他资金). */
    private void sheet(float lastHeight) {
        line(300, 26, "项目名称", 100, "离休伤残人员县级财政补助资金", 500);
        line(348, 26, "年度资金总额", 350, "2116000", 900);
        line(396, 26, "其中财政拨款", 350, "2116000", 900);
        line(420, 26, "资金情况", 100);
        line(444, 26, "其他资金", 350, "0", 900);
        line(492, 26, "上年结转", 350, "0", 900);
        line(540, 26, "年度目标", 100, "补助对象医药费按规定实报实销", 350);
        line(588, 26, "成本指标", 100, "社会成本指标", 350, "对离休干部医疗待遇保障", 650, "成效明显", 1100);
        line(636, 26, "产出指标", 100, "数量指标", 350, "补助对象范围人次规模", 650, "按文件完成", 1100);
        line(684, 26, "效益指标", 100, "社会效益指标", 350, "补助对象医疗费用负担减轻", 650, "有效缓解", 1100);
        line(732 - (lastHeight - 26) / 2, lastHeight, "满意度指标", 100, "服务对象满意度指标", 350, "工作满意度", 650, "85%", 1100);
    }

    @Test
    void twoRowsJoinedByALabelCentredBetweenThemShowNoLinePitch() {
        sheet(26);
        List<List<String>> rows = rows();
        // each table row stays a row of its own: 项目名称 and 年度目标 are not one band's cells
        assertTrue(rows.contains(List.of("项目名称", "离休伤残人员县级财政补助资金")), rows.toString());
        assertTrue(rows.contains(List.of("上年结转", "0")), rows.toString());
        assertTrue(rows.contains(List.of("年度目标", "补助对象医药费按规定实报实销")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "补助对象范围人次规模", "按文件完成")), rows.toString());
        // the rows are 48 apart: a distance of 48 is no line pitch inside a cell
        assertEquals(Float.MAX_VALUE, UnruledTable.runPitch(chunks(396, 420, 444), 48f / 1.25f), "no pitch between 其中 and 其他资金");
    }

    @Test
    void aRowReadInLargerBoxesShowsNoLinePitch() {
        // the engine's boxes of the last row took in a mark above its words: 43 pixels high, its top 8.5 higher
        sheet(43);
        List<List<String>> rows = rows();
        assertTrue(rows.contains(List.of("年度目标", "补助对象医药费按规定实报实销")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "补助对象范围人次规模", "按文件完成")), rows.toString());
    }

    /** The runs of the engine lines starting at the given tops, as the layout cuts them. */
    private List<Chunk> chunks(float... tops) {
        List<Chunk> out = new ArrayList<>();
        for (Line l : Line.lines(OcrLayout.normalize(words).glyphs())) {
            for (float t : tops) {
                if (Math.abs(l.top - t) < 8) {
                    out.addAll(LooseLayout.split(l));
                }
            }
        }
        return out;
    }
}
