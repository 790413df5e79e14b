package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A heading printed one character a line down a narrow column ({@link StackedHeads}, tmpl35). */
class StackedHeadsTest {

    /**
     * A LibreOffice print of a gov-style sheet (a study print of the corpus's sheet 001/9, not a fixture): the value
     * column two characters wide prints 指 / 标 / 值 down its lines, interleaved with the other columns' wrapped headings.
     * Joined, the heading names the value column and the rows are read.
     */
    @Test
    void aHeadingPrintedDownANarrowColumnNamesItsColumn() {
        String[] text = {
                "                                                                   指",
                "一级                                                                      指标值确",
                "      二级指标          三级指标                 绩效指标描述                    标",
                "指标                                                                      定依据",
                "                                                                   值",
                "",
                "",
                "                                                                        根据上级",
                "                 资金发放到位率         保险资金待遇按时足额发放人数占应发放人数           ≥9",
                "                                                                        文件或方",
                "                     （%）                     的比率                   0",
                "                                                                         案",
                "产出",
                "      数量指标",
                "指标",
                "                                                                        根据上级",
                "                                                                ≥9",
                "                  参保率（%）            已参保人数占应参保人数的比率                      文件或方",
                "                                                                   0",
                "                                                                         案",
                "",
                "",
                "                                 社会保险报销事项实际在规定时间内及时办结                   根据上级",
                "效果    经济效益指      社会保险报销及                                        ≥9",
                "                                 的件数占应在规定时间内及时办结的件数的比                   文件或方",
                "指标      标          时率（%）                                           0",
                "                                              率                          案",
                "满意                                        根据上级",
                "     服务对象满                           ≥9",
                "度指           参保群众满意率   资助参保人员的满意程度        文件或方",
                "     意度指标                            0",
                "标                                          案"
        };
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (!text[i].isBlank()) {
                in.add(LaidOutLines.line(i + 1, text[i], 0));
            }
        }
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = SpacedRows.rows(in, notes);
        List<String> texts = rows.stream().map(r -> String.join("|", r.cells().stream().map(Cell::text).toList())).toList();
        assertTrue(texts.contains("一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据"), "rows: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("产出指标|数量指标|资金发放到位率（%）|") && t.contains("|≥90|")), "rows: " + texts);
        assertTrue(notes.values().stream().flatMap(List::stream).anyMatch(d -> d.code().equals(StackedHeads.CODE)), "notes: " + notes);
    }

    /** Characters that join into no column's heading, or a stack beside a line of fewer than two heading words, stay. */
    @Test
    void onlyAColumnsHeadingIsJoined() {
        List<SpacedRows.Line> in = List.of(
                LaidOutLines.line(1, "                 指", 0),
                LaidOutLines.line(2, "二级指标   三级指标   绩效指标描述   好", 0),
                LaidOutLines.line(3, "                 值", 0));
        java.util.TreeSet<Integer> joined = new java.util.TreeSet<>();
        assertSame(in, StackedHeads.joined(in, joined));
        List<SpacedRows.Line> few = List.of(
                LaidOutLines.line(1, "                 指", 0),
                LaidOutLines.line(2, "数量指标   资金发放到位率   标", 0),
                LaidOutLines.line(3, "                 值", 0));
        assertSame(few, StackedHeads.joined(few, joined));
        assertEquals(0, joined.size());
    }
}
