package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cells Chromium centres in their columns, read back by where their column's heading word stands (layout36): the name
 * column's usual start leaves out qualitative values the split read as names ({@code ColumnStarts.usualStarts} with the
 * heading), and a label column takes no name centred under its wrapped label's first line ({@code
 * LabelColumnCells.under}).
 */
class LaidOutCentredCellsTest {

    /**
     * disclosures-print-t360 d2 printed by Chromium with a page number at each page's foot (furniture_prints.py,
     * numbered), {@code pdftotext -layout}, the page number taken out: three rows on the first page, names centred at
     * 39–45 under 三级指标 (44), values at 65–69 under 指标值 (67); the next page placed by its labels.
     */
    static final String[] VALUES_AS_NAMES = {
            " 绩效指标      一级指标        二级指标                 三级指标                   指标值",
            "",
            "",
            "",
            "                                       对离休干部和建老人员医疗",
            "           成本指标        社会成本指标                                      成效明显",
            "                                           待遇保障",
            "",
            "",
            "           产出指标                                                  按文件完成补助人",
            "                       数量指标            补助对象范围人次规模",
            "                                                                     次",
            "",
            "",
            "                                       补助对象政策内住院报销比",
            "                       质量指标                                      按规定实报实销",
            "                                             例",
            "",
            "",
            "",
            "",
            "\f                         当年各级财政补助资金到位",
            "         时效指标                           =100.00(%)",
            "                               率",
            "",
            "",
            "                         补助对象医疗费用负担减轻",
            "效益指标    社会效益指标                          有效缓解",
            "                              程度",
            "",
            "",
            "        服务对象满意度",
            "满意度指标                       工作满意度       ≥85.00(%)",
            "          指标"
    };

    /**
     * disclosures-print-t360 d6, numbered: 工作满意度 printed at 32 between the lines of its wrapped level-2 label
     * 服务对象满意度指 / 标 (at 23), its column's names at 46.
     */
    static final String[] NAME_UNDER_LABEL = {
            "            一级指标              二级指标                 三级指标            指标值",
            "",
            "                                              对离休干部和建老人员医疗待遇",
            "         成本指标          社会成本指标                                成效明显",
            "                                              保障",
            "                                                              按文件完成补助人",
            "                       数量指标                   补助对象范围人次规模",
            "                                                              次",
            "绩效指标     产出指标",
            "                       质量指标                   补助对象政策内住院报销比例   按规定实报实销",
            "                       时效指标                   当年各级财政补助资金到位率   =100.00(%)",
            "         效益指标          社会效益指标                 补助对象医疗费用负担减轻程度 有效缓解",
            "                       服务对象满意度指",
            "         满意度指标                  工作满意度                         ≥85.00(%)",
            "                       标"
    };

    private static List<String> rows(String[] lines, Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
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
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in, notes)) {
            out.add(r.at().line() + ":" + String.join("|", r.cells().stream().map(Cell::text).toList())
                    + (notes.getOrDefault(r, List.of()).stream().anyMatch(d -> d.code().equals(PagePlacements.LABEL_HELD)) ? " #held" : ""));
        }
        return out;
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(row)), row + " in rows: " + rows);
    }

    /**
     * 按文件完成补助人 (66) and 按规定实报实销 (66) stand on lines whose names are printed above them: the split read them as
     * names by their content, and on lines of two cells they made the name column's usual start 66, so the names (40)
     * went into the level-2 column and the next page, placed by its labels, put its values into the name column.
     */
    @Test
    void qualitativeValuesReadAsNamesDoNotPlaceTheNameColumn() {
        List<String> rows = rows(VALUES_AS_NAMES, new IdentityHashMap<>());
        has(rows, "|成本指标|社会成本指标|对离休干部和建老人员医疗待遇保障|成效明显");
        has(rows, "|产出指标|数量指标|补助对象范围人次规模|按文件完成补助人次");
        has(rows, "|质量指标|补助对象政策内住院报销比例|按规定实报实销");
        has(rows, "|时效指标|当年各级财政补助资金到位率|=100.00(%)");
        has(rows, "|补助对象医疗费用负担减轻程度|有效缓解");
    }

    /**
     * 工作满意度 starts nearer the level-2 column (23) than the names' (46), on a line where that column is empty between
     * the lines of 服务对象满意度指 / 标: the label does not go on in it, so it stays a name (noted).
     */
    @Test
    void aNameUnderAWrappedLabelsFirstLineStaysAName() {
        List<String> rows = rows(NAME_UNDER_LABEL, new IdentityHashMap<>());
        has(rows, "|满意度指标|服务对象满意度指标|工作满意度|≥85.00(%) #held");
        has(rows, "|效益指标|社会效益指标|补助对象医疗费用负担减轻程度|有效缓解");
    }
}
