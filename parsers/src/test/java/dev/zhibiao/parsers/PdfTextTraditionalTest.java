package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext (a cell a paragraph) of a sheet printed in traditional characters, and a row whose
 * name is worded as its level-2 label, a value printed on its name's line (tprint20).
 */
class PdfTextTraditionalTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String title, String... cells) {
        return String.join("\n\n", title, "（２０２４年度）", String.join("\n\n", cells)) + "\n\f";
    }

    @Test
    void traditionalHeadingWordsAndLabelsAreFoldedToTheVocabulary() throws Exception {
        Document d = PdfTextReader.read(page("項目支出績效目標表", "項目名稱", "社區居家養老服務補助", "一級指標", "二級指標",
                "三級指標", "指標值", "產出指標", "數量指標", "上門服務老年人數", "≥１２００人", "產出指標", "質量指標",
                "服務質量抽查合格率", "≥９５％"), "t.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("上門服務老年人數") && r.contains("≥１２００人")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("服務質量抽查合格率") && r.contains("≥９５％")), rows.toString());
    }

    @Test
    void aSpacedTableInTraditionalCharactersIsNoPdftotextFlow() {
        // an OCR engine's text of a small sheet (examples RecoveryPropertyTest seed 625, OCR rendering, SPLIT form):
        // many two-part header lines, then the heading row and every indicator row one line each. Its heading words
        // fold to the vocabulary (一級指標 is 一级指标), so the line joins heading words; the rows after it are no flow
        String ocr = String.join("\n", "項目支出績效目標表(2018年度)", "", "項目名稱 農村危房改造補助資金", "市(縣)名稱 赣州市",
                "省级财政部门 吉林省財政廳", "省级主管部门 吉林省教育厅", "地方財政部門 贛州市財政局", "地方主管部门 贛州市農業農村局",
                "金额单位:万元", "年度資金總額 178627", "中央资金 138081", "省級資金 24220", "地方資金", "其他資金 15639",
                "年度目標 資金及時足額撥付到位。", "一級指標 二级指标 三級指標 指标性质 指標值 度量單位 权重 指標方向性",
                "產出指標 數量指標 改造农户数量 ≥ 1683 戶 10 正向指标", "产出指标 質量指標 补助标准执行到位率 ≥ 92 % 20 正向指標",
                "经济效益指标 經濟效益指標 帶動農戶增收(萬元) ≥ 3704 万元 15 正向指标",
                "生态效益指标 生態效益指標 农村人居环境 定性 持續改善 5 正向指標", "");
        assertFalse(PdfTextReader.looksLikePdfText(ocr));
        assertNotEquals(Format.PDFTOTEXT, Detector.detect(ocr, "document.ocr.txt"));
    }

    @Test
    void aValuePrintedOnItsNamesLineIsSplitOffWhenTheRowPrintsNoValue() throws Exception {
        // 生活垃圾无害化处理率 100% / 产出指标: the row prints no value after its name
        Document d = PdfTextReader.read(page("项目支出绩效目标表", "项目名称", "某项目", "一级指标", "二级指标", "三级指标",
                "指标值", "产出指标", "数量指标", "覆盖乡镇数量", "14 个", "产出指标", "质量指标", "生活垃圾无害化处理率 100%",
                "产出指标", "时效指标", "垃圾清运及时率", "≥98%"), "v.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("产出指标", "质量指标", "生活垃圾无害化处理率", "100%")), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-value-on-name-line")),
                d.notes().toString());
    }

    @Test
    void aNameWordedAsItsLevel2LabelIsTheRowsName() throws Exception {
        // 滿意度指標 / 服務對象滿意度指標 / 服務對象滿意度 / ≥９０％: one cell a column, so the second 服務對象滿意度 is the name
        for (String[] c : List.of(new String[] {"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"},
                new String[] {"滿意度指標", "服務對象滿意度指標", "服務對象滿意度", "≥９０％"})) {
            Document d = PdfTextReader.read(page("项目支出绩效目标表", "项目名称", "某项目", "一级指标", "二级指标", "三级指标",
                    "指标值", "产出指标", "数量指标", "新建服务站点", "6个", c[0], c[1], c[2], c[3]), "s.txt");
            List<List<String>> rows = tableRows(d);
            List<String> last = rows.get(rows.size() - 1);
            assertEquals(List.of(c), last, rows.toString());
            assertEquals(1, d.notes().values().stream().flatMap(List::stream)
                    .filter(n -> n.code().equals("pdftotext-name-as-label")).count(), d.notes().toString());
        }
    }
}
