package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a form printing its levels as numbered group rows (一、产出指标 / （一）数量指标) under a
 * 绩效指标 | 指标内容 | 指标值 | 备注 heading: the page shows a sheet, the numbered labels label the rows, the
 * empty 备注 column's heading printed after the table is no row.
 */
class PdfTextOutlineLabelsTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static final String PAGE = String.join("\n\n", "2025 年省级专项资金绩效目标申报表", "专项资金名称", "某某专项资金",
            "主管部门", "省某某厅", "年度绩效目标", "目标 1：完成某某任务。", "绩效指标", "指标内容", "指标值",
            "一、产出指标\n（一）数量指标\n1.某某设施建设数量", "≥12 个", "2.某某培训人次", "≥300 人次",
            "（二）质量指标\n3.某某验收合格率", "100%", "二、效益指标\n（一）社会效益指标\n4.某某受益人数", "≥5000 人",
            "三、满意度指标\n（一）服务对象满意度指标\n5.某某对象满意度", "≥90%", "备注") + "\n";

    @Test
    void numberedGroupLabelsLabelTheRowsUnderThem() throws Exception {
        Document d = PdfTextReader.read(PAGE, "o.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "1.某某设施建设数量", "≥12 个")), rows.toString());
        // a merged level cell is printed once: left empty under its first row, as the other readers leave it (core fills it)
        assertTrue(rows.contains(List.of("", "质量指标", "3.某某验收合格率", "100%")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "4.某某受益人数", "≥5000 人")), rows.toString());
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "5.某某对象满意度", "≥90%")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("备注")), "the empty column's heading is no row: " + rows);
        assertEquals(6, rows.stream().filter(r -> r.size() == 4).count(), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-outline-labels")),
                d.notes().toString());
    }
}
