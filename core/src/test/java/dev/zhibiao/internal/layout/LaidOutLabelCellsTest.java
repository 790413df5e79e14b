package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name does not go on past the first line of a second wrapped label cell in one label column
 * ({@link LaidOutChunks#secondLabelCell}, tmpl35).
 */
class LaidOutLabelCellsTest {

    /**
     * pdftotext-layout h5's first sheet (LibreOffice), its indicator table printed twice side by side: two rows set
     * line on line round the level-1 label between them (确保医疗保障 / 工作顺利开展 beside 社会效益指 / 标, then 效益 / 指标,
     * then 提高工作人员 / 工作积极性 beside 可持续影响 / 指标), each value as narrow as the others of its column. Once the
     * lone unit lines go to the value column (元/台), nothing in the value column parts the names: the second label cell's
     * start does.
     */
    @Test
    void aNameStopsAtASecondWrappedLabelsStart() {
        List<String> rows = LaidOutLines.rows(
                "绩效    一级                                 一级",
                "           二级指标        三级指标    指标值              二级指标      三级指标      指标值",
                "指标    指标                                 指标",
                "",
                "",
                "      产出          工作人员参加                 产出             工作人员参加",
                "                                ≥2 次                                 ≥2 次",
                "      指标               培训次数              指标               培训次数",
                "",
                "",
                "                  参加培训人数        ≥3 人                    参加培训人数       ≥3 人",
                "           数量指标                                 数量指标",
                "                  工作人员出差                                工作人员出差",
                "                                ≥3 次                                 ≥3 次",
                "                       次数                                  次数",
                "",
                "",
                "                  购买电脑台数        ≥5 台                    购买电脑台数       ≥5 台",
                "",
                "",
                "           质量指标    项目完成率       100%             质量指标     项目完成率      100%",
                "",
                "",
                "           成本指标                 ≤0.6            成本指标                ≤0.6 万",
                "                       培训费用                               培训费用",
                "                                万元                                    元",
                "",
                "",
                "                               480 元                                480 元",
                "                   工作人员费                                 工作人员费",
                "                               /人.天                                 /人.天",
                "",
                "",
                "                  购买电脑台数       4500                     购买电脑台数      4500",
                "                                 元/台                                元/台",
                "",
                "",
                "           社会效益指       确保医疗保障    明显提           社会效益指    确保医疗保障     明显提",
                "             标         工作顺利开展     高              标      工作顺利开展       高",
                "     效益                                  效益",
                "     指标                                  指标",
                "           可持续影响       提高工作人员                  可持续影响    提高工作人员",
                "                                  长期                                长期",
                "            指标         工作积极性                    指标       工作积极性",
                ""
        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|确保医疗保障工作顺利开展|明显提高|") && r.endsWith("|确保医疗保障工作顺利开展|明显提高")),
                "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|提高工作人员工作积极性|长期|") && r.endsWith("|提高工作人员工作积极性|长期")),
                "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|购买电脑台数|4500元/台|") && r.endsWith("|购买电脑台数|4500元/台")), "rows: " + rows);
    }

    /** Only a label cell over two lines or more that reads as a whole category label starts a cell that parts names. */
    @Test
    void theLabelCellsAreWrappedWholeLabels() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        List<LaidOutTable.Line> lines = List.of(
                LaidOutLines.tableLine(5, 1, "2", "社会效益指", "12", "3", "确保医疗保障", "24", "4", "明显提", "34"),
                LaidOutLines.tableLine(5, 2, "2", "标", "14", "3", "工作顺利开展", "24", "4", "高", "35"),
                LaidOutLines.tableLine(5, 3, "1", "效益", "6"),
                LaidOutLines.tableLine(5, 4, "1", "指标", "6"),
                LaidOutLines.tableLine(5, 5, "2", "可持续影响", "12", "3", "提高工作人员", "24"),
                LaidOutLines.tableLine(5, 6, "4", "长期", "35"),
                LaidOutLines.tableLine(5, 7, "2", "指标", "13", "3", "工作积极性", "25"),
                LaidOutLines.tableLine(5, 8, "2", "数量", "13", "3", "参加培训人数", "24"));
        List<java.util.Set<Integer>> cells = LaidOutChunks.labelCells(lines, roles);
        assertEquals(java.util.Set.of(1, 5), cells.get(2), "level-2 label cells");
        assertEquals(java.util.Set.of(3), cells.get(1), "level-1 label cells");
        assertTrue(cells.get(0).isEmpty() && cells.get(3).isEmpty());
        LaidOutTable.Chunk open = new LaidOutTable.Chunk(3, 1, "确保医疗保障");
        open.add(2, "工作顺利开展");
        assertTrue(LaidOutChunks.secondLabelCell(open, 5, cells));
        // line 7's 指标 is a label's tail, no cell's start: a name beside the start at 5 goes on to line 7
        LaidOutTable.Chunk next = new LaidOutTable.Chunk(3, 5, "提高工作人员");
        assertFalse(LaidOutChunks.secondLabelCell(next, 7, cells));
        // a label cell starting between the name's last line and its next line parts them as well (tmpl38)
        assertTrue(LaidOutChunks.secondLabelCell(open, 7, cells));
    }
}
