package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a self-evaluation printed at a large size (tprint20): two narrow level headings on one line
 * ({@code 一级指标 二级指标}), the value and actual headings wrapped side by side at the end of the goals' text.
 */
class PdfTextSelfEvalHeadingTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void wrappedSideBySideHeadingWords() {
        assertEquals(List.of("年度指标值", "实际完成值"), PdfTextHeadingWords.wrappedSideBySide("建档率 92.3%。年度指标 实际完成值值"));
        // a one-line narrow heading printed between the two wrapped ones: 年度指标 实际完成 / 分值 / 值 / 值
        assertEquals(List.of("年度指标值", "实际完成值", "分值"), PdfTextHeadingWords.wrappedSideBySide("处理率 100%。年度指标 实际完成分值值值"));
        assertNull(PdfTextHeadingWords.wrappedSideBySide("建档率 92.3%。年度指标值"));
        assertNull(PdfTextHeadingWords.wrappedSideBySide("年度指标 服务人数"));
        // a last part shorter than the rests it would hold (templates t20's plain pdftotext text threw
        // StringIndexOutOfBoundsException, session 28): no such heading
        assertNull(PdfTextHeadingWords.wrappedSideBySide("年度指标 值"));
        assertNull(PdfTextHeadingWords.wrappedSideBySide("评分标准 得分"));
    }

    @Test
    void aLargePrintsHeadingIsAssembledAndItsRowsRead() throws Exception {
        String text = String.join("\n\n", "部门整体支出绩效自评表", "（2023 年度）", "部门名称 某区卫生健康委员会",
                "年度总体\n预期目标\n目标", "实际完成情况", "完成基本公共卫生服务项\n目，居民电子健康档案建\n档率达到 90%。",
                "基本公共卫生服务项目全部完成，居民电\n子健康档案建档率 92.3%。\n年度指标 实际完成\n值\n值",
                "一级指标 二级指标", "三级指标", "分值 得分", "产出指标 数量指标", "家庭医生签约\n≥8 万人\n服务人数", "8.6 万人",
                "10", "10", "产出指标 质量指标", "居民电子健康\n≥90%\n档案建档率", "92.3%", "10", "9") + "\n\f";
        Document d = PdfTextReader.read(text, "s.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("家庭医生签约服务人数") && r.contains("≥8 万人") && r.contains("8.6 万人")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("居民电子健康档案建档率") && r.contains("≥90%") && r.contains("92.3%")),
                rows.toString());
    }
}
