package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation printed unruled (LibreOffice) with its heading over two rows, 绩效指标 over the level headings and
 * the value, actual, points and note headings beside it, its level-2 labels printed once per group (probe37, t40's
 * PDF: F1 0 before).
 */
class HeadingOverTwoRowsTest {

    private static void line(List<Glyph> out, String text, float left, float top) {
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(text.substring(i, i + 1), left + i * 9, top, 9, 11.7f, 9, Float.NaN));
        }
    }

    private static void row(List<Glyph> out, float top, String... cells) {
        float[] at = {58.2f, 117.9f, 244f, 302.8f, 352.4f, 402.8f, 426.1f, 458.3f};
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                line(out, cells[c], at[c], top);
            }
        }
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void theHeadingsUpperRowNamesTheValueColumnsAndEachRowKeepsItsLabel() {
        // a river-dredging project's sheet: 分值 and 得分 printed 5.3 pt apart (under a font size) were one cell, the
        // upper row read on columns of its own (five cells over eight), and the level-2 labels of the rows under an
        // empty one joined into one cell on that row (质量指标时效指标社会效益指标服务对象满意度指标)
        List<Glyph> g = new ArrayList<>();
        row(g, 313.35f, "绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施");
        row(g, 342.45f, "一级指标", "二级指标", "三级指标");
        row(g, 377.65f, "产出指标", "数量指标", "清淤河道长度", "12公里", "12公里", "20", "20");
        row(g, 418.85f, "", "", "清淤土方量", "≥30万方", "31万方", "10", "10");
        row(g, 460.15f, "", "质量指标", "验收合格率", "100%", "100%", "10", "10");
        row(g, 501.35f, "", "时效指标", "完工时间", "10月底前", "10月底", "10", "8", "汛期停工");
        row(g, 542.65f, "效益指标", "生态效益指标", "水质达标率", "≥90%", "92%", "20", "20");
        row(g, 577.85f, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20");
        row(g, 606.95f, "总分", "", "", "", "", "100", "", "98");
        List<Row> rows = LooseLayout.looseRows(g, 1);
        assertEquals(List.of("绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"), texts(rows.get(0)));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "", "", "", "", ""), texts(rows.get(1)));
        assertEquals(List.of("", "", "清淤土方量", "≥30万方", "31万方", "10", "10", ""), texts(rows.get(3)));
        assertEquals(List.of("", "时效指标", "完工时间", "10月底前", "10月底", "10", "8", "汛期停工"), texts(rows.get(5)));
        assertEquals(List.of("", "质量指标", "时效指标", "生态效益指标", "服务对象满意度指标"),
                rows.subList(3, 8).stream().map(r -> r.cells().get(1).text()).toList());
    }

    @Test
    void aRunOfWholeDifferentLevelLabelsStaysInItsRows() {
        List<String[]> grid = new ArrayList<>(List.of(
                new String[] {"产出指标", "数量指标", "a", "1"},
                new String[] {"", "", "b", "2"},
                new String[] {"", "质量指标", "c", "3"},
                new String[] {"", "时效指标", "d", "4"},
                new String[] {"总分", "", "", "10"}));
        CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("数量指标", "", "质量指标", "时效指标", ""), grid.stream().map(r -> r[1]).toList());
        // a label wrapped over two lines (服务对象 / 满意度指标: one part not a whole label) is still one merged text
        List<String[]> wrapped = new ArrayList<>(List.of(
                new String[] {"", "", "a", "1"},
                new String[] {"", "服务对象", "b", "2"},
                new String[] {"", "满意度指标", "c", "3"},
                new String[] {"", "", "d", "4"}));
        CentredSpans.liftCentredSpans(wrapped);
        assertEquals(List.of("服务对象满意度指标", "", "", ""), wrapped.stream().map(r -> r[1]).toList());
    }
}
