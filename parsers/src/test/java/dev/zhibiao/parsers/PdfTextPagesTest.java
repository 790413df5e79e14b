package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the pdftotext reader cuts a document into pages and finds their titles (disclosures7). */
class PdfTextPagesTest {

    @Test
    void aTitleWhoseBracketIsCutAtItsLineEndIsOneTitleAndItsTableGoesOnOverTheNextPage() {
        String text = "第四部分 项目支出绩效目标申报表\n\n省级对市县专项转移支付整体绩效目标表（医疗保障能力提升部\n分）\n\n（2019 年度）\n\n"
                + "项目名称\n\n某项目资金\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n"
                + "\f医保信息系统验收合格率\n\n≥90%\n\n质量指标\n\n产出指标\n\n"
                + "\f长春市转移支付区域（项目）绩效自评表\n\n（2023 年度）\n\n一级指标\n\n三级指标\n\n";
        List<List<PdfTextReader.Line>> pages = PdfTextReader.pages(text);
        assertEquals(2, pages.size(), pages.toString());
        assertTrue(pages.get(0).stream().anyMatch(l -> l.text().equals("省级对市县专项转移支付整体绩效目标表（医疗保障能力提升部分）")),
                pages.get(0).toString());
        assertTrue(pages.get(0).stream().anyMatch(l -> l.text().equals("医保信息系统验收合格率")), "the rows stay with their sheet");
        // a part heading is no title, even with a bracket after it
        String part = "第四部分 项目支出绩效目标申报表（项目\n一）\n";
        assertEquals(2, PdfTextReader.pages(part).get(0).size());
    }
}
