package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
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

    /**
     * {@link PdfTextReader#outlinedLabel} (the test asked only of texts that may open with an outline number) answers as
     * the vocabulary's full test does, on random texts of outline numbers, labels, white space, tags and other words.
     */
    @Test
    void theOpenerTestAnswersAsTheFullTest() {
        String[] pieces = {"一", "二", "十", "三", "、", "(", "（", ")", "）", "1", "12", ".", "．", "产出指标", "数量指标",
            "质量指标", "效益指标", "满意度指标", "社会效益指标", "成本指标", "某某", "指标", " ", "\u3000", "\u00a0", "\t", "<b>",
            "</b>", "<", "a", "１", "\u2003", "\u001c"};
        java.util.Random random = new java.util.Random(350013);
        int labels = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = b.toString();
            if (t.isBlank() || Text.clean(t) == null) {
                continue; // the full test asks only of a printed text (a line or a piece is never blank)
            }
            String full = Vocabulary.outlinedCategoryLabel(t);
            labels += full != null ? 1 : 0;
            assertEquals(full, PdfTextReader.outlinedLabel(t), t);
        }
        assertTrue(labels > 300, "labels " + labels);
    }
}
