package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The notes of the later-page placements ({@link PagePlacements}): layout28's and layout29's rules in {@code
 * LaidOutPages} (a row kept round its wrapped label, a page's own starts, a label column holding its label) each say
 * what they did on the row (layout30).
 */
class PagePlacementsTest {

    /** The notes {@link SpacedRows#rows} makes of the lines ({@code \f} opens a page), each as {@code LINE:code}. */
    static List<String> notes(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.startsWith("\f")) {
                page++;
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                in.add(LaidOutLines.line(i + 1, text, page));
            }
        }
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in, notes)) {
            for (Diagnostic d : notes.getOrDefault(r, List.of())) {
                out.add(r.at().line() + ":" + d.code());
            }
        }
        return out;
    }

    /** LaidOutHeldLabelTest's table: the name one space after its wide level-2 label, kept out of the label column. */
    @Test
    void aNameKeptOutOfItsLabelsColumnIsNoted() {
        List<String> notes = notes("          一级指标            二级指标                     三级指标           指标值",
                "       成本指标          经济成本指标                 中央、省、县三级财政补助      补助到位",
                "                     数量指标                   参保人数              全民参保",
                "                                            以常住人口数为基数计算的基本医",
                "       产出指标          质量指标                                     ≥98.00(%)",
                "绩效指标                                        保参保率",
                "                     时效指标                   城乡居民医保受益面         =100.00(%)",
                "                                            缓解城乡居民看病贵和因病致贫问",
                "       效益指标          社会效益指标                                   有效缓解",
                "                                            题",
                "       满意度指标         服务对象满意度指标 政策知晓率                          普遍知晓");
        assertEquals(List.of("11:" + PagePlacements.LABEL_HELD), notes);
    }

    /** LaidOutLabelRoundRowTest's table: the next page's row printed between its label's halves. */
    @Test
    void aRowKeptRoundItsWrappedLabelIsNoted() {
        List<String> notes = notes("       绩效指标                  一级指标           二级指标              三级指标                    指标值",
                "",
                "",
                "",
                "                                                     对离休干部和建老人员医疗待遇",
                "                             成本指标       社会成本指标                                        成效明显",
                "                                                           保障",
                "",
                "",
                "                                                                                    按文件完成补助人",
                "                                            数量指标          补助对象范围人次规模",
                "                                                                                        次",
                "",
                "                             产出指标",
                "                                            质量指标     补助对象政策内住院报销比例                  按规定实报实销",
                "",
                "",
                "                                            时效指标     当年各级财政补助资金到位率                   =100.00(%)",
                "",
                "",
                "                             效益指标       社会效益指标       补助对象医疗费用负担减轻程度                   有效缓解",
                "",
                "",
                "",
                "\f",
                "",
                "",
                "                                   服务对象满意度指",
                "                           满意度指标              工作满意度   ≥85.00(%)",
                "                                       标",
                "",
                "");
        assertTrue(notes.contains("29:" + PagePlacements.LABEL_ROUND), "notes: " + notes);
    }

    /**
     * A cell placed by its page's own starts in another column than the table's would put it in is noted; a cell both
     * put in the same column is not.
     */
    @Test
    void aCellPlacedByItsPagesOwnStartsIsNoted() {
        List<Role> roles = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);
        int[] table = {10, 30, 50, 80};
        int[] page = {10, 25, 40, 65};
        PagePlacements placed = new PagePlacements();
        LaidOutTable.Line l = new LaidOutTable.Line(7, new String[] {null, null, "有效缓解", null}, new int[] {-1, -1, 64, -1}, 1);
        placed.cell(l, 2, 3, 0, page, table, roles);
        LaidOutTable.Line same = new LaidOutTable.Line(8, new String[] {null, null, "参保人数", null}, new int[] {-1, -1, 41, -1}, 1);
        placed.cell(same, 2, 2, 0, page, table, roles);
        placed.cell(l, 2, 3, 0, null, table, roles);
        Row row = new Row(List.of(), true, dev.zhibiao.Locator.line(7));
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        placed.note(row, 8, true, notes);
        assertEquals(List.of(PagePlacements.OWN_GRID), notes.get(row).stream().map(Diagnostic::code).toList(), "notes: " + notes);
        assertTrue(notes.get(row).get(0).message().contains("column 4") && notes.get(row).get(0).message().contains("column 3"),
                notes.get(row).get(0).message());
    }
}
