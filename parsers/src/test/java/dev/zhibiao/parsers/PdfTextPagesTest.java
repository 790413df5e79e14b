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

    @Test
    void aHeaderRunOverAPageBreakTakesTheTableUnderItNotTheNextSheetsTitleBelow() {
        // LibreOffice's plain pdftotext of one-sheet-a-page prints: each page holds the rest of a sheet's header,
        // its table, then the next sheet's title and the first lines of its header
        String text = "部门预算项目绩效目标申报表(2019 年度)\n项目名称\n\n甲项目\n\n市(县)名称 甲市\n金额单位:万元\n年度资金\n总额\n\n141\n\n"
                + "\f中央资金\n\n141\n\n年度目标\n\n1.甲目标。\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n"
                + "产出指标\n\n数量指标\n\n甲指标\n\n≥2次\n\n"
                + "部门预算项目绩效目标申报表(2019 年度)\n项目名称\n\n乙项目\n\n市(县)名称 乙市\n金额单位:万元\n年度资金\n总额\n\n90\n\n"
                + "\f中央资金\n\n90\n\n年度目标\n\n1.乙目标。\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n"
                + "产出指标\n\n数量指标\n\n乙指标\n\n≥3次\n\n";
        List<List<PdfTextReader.Line>> pages = PdfTextReader.pages(text);
        assertEquals(2, pages.size(), pages.toString());
        for (String[] sheet : new String[][] {{"甲项目", "甲指标", "1.甲目标。"}, {"乙项目", "乙指标", "1.乙目标。"}}) {
            List<PdfTextReader.Line> page = pages.get(sheet[0].startsWith("甲") ? 0 : 1);
            for (String line : sheet) {
                assertTrue(page.stream().anyMatch(l -> l.text().equals(line)), line + " on the page of " + sheet[0] + ": " + page);
            }
        }
    }
}
