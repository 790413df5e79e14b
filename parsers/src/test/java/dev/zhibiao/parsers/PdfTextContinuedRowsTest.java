package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext: a page that opens with the last rows of the sheet before and then holds two sheets' titles
 * (tprint20): those rows stay with the sheet before, each title starts its own sheet.
 */
class PdfTextContinuedRowsTest {

    static String sheet(String title, String project, String... rows) {
        return String.join("\n\n", title, "项目名称", project, "一级指标", "二级指标", "三级指标", "指标值", String.join("\n\n", rows));
    }

    static int rowIndex(Document d, String text) {
        List<Row> rows = d.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().stream().map(Cell::text).anyMatch(text::equals)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void rowsBeforeThePagesFirstTitleStayWithTheSheetBefore() throws Exception {
        String page1 = sheet("项目支出绩效目标申报表(2019 年度)", "甲项目", "产出指标", "数量指标", "培训人次", "≥200 人次",
                "产出指标", "质量指标", "培训合格率", "≥95%");
        String page2 = String.join("\n\n", "效益指标", "社会效益指标", "参保群众政策知晓率", "普遍知晓",
                sheet("项目支出绩效目标申报表(2020 年度)", "乙项目", "产出指标", "数量指标", "救助人次", "≥300 人次"),
                sheet("项目支出绩效目标申报表(2021 年度)", "丙项目", "产出指标", "数量指标", "覆盖乡镇数量", "14 个"));
        Document d = PdfTextReader.read(page1 + "\n\f" + page2 + "\n\f", "c.txt");
        int continued = rowIndex(d, "参保群众政策知晓率");
        int second = rowIndex(d, "项目支出绩效目标申报表(2020 年度)");
        int third = rowIndex(d, "项目支出绩效目标申报表(2021 年度)");
        int secondRow = rowIndex(d, "救助人次");
        assertTrue(continued >= 0 && continued < second && second < secondRow && secondRow < third,
                continued + " " + second + " " + secondRow + " " + third + " " + d.rows());
    }
}
