package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows under an indicator table (session 14 probe): the grade under the total row and the signature block. */
class TableFooterTest {

    private static Sheet recover(String... lines) {
        List<Sheet> sheets = Recovery.recover(RecoveryTest.doc(lines));
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    @Test
    void theGradeUnderTheTotalAndTheSignatureBlockAreNoIndicators() {
        Sheet s = recover("2024年度项目支出绩效自评表",
                "| 项目名称 | 耕地地力保护补贴 | | | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |",
                "| 产出指标 | 数量指标 | 补贴面积 | ≥42万亩 | 41.86万亩 | 24.5 |",
                "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 95% | 10 |",
                "| 总分 | | | | | 99.47 |",
                "| 自评等级 | 优 | | | | |",
                "| 填报人：李四 | | 联系电话：0791-1234567 | | 填报日期：2025年3月10日 | |");
        assertEquals(2, s.indicators().size(), s.indicators().toString());
        assertEquals("优", s.attributes().get("自评等级"), s.attributes().toString());
        assertEquals("李四", s.attributes().get("填报人"));
        assertEquals("2025年3月10日", s.attributes().get("填报日期"));
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals("footer-read")), s.diagnostics().toString());
    }

    @Test
    void aHeadingPrintedAgainInsideTheTableIsNoIndicator() {
        Sheet s = recover("2025年度项目支出绩效目标表",
                "| 项目名称 | 农村饮水安全巩固提升 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 新建供水工程 | 12处 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 效益指标 | 社会效益指标 | 受益人口 | ≥3万人 |");
        assertEquals(2, s.indicators().size(), s.indicators().toString());
        assertEquals("效益指标", s.indicators().get(1).level1());
        assertTrue(s.diagnostics().stream().anyMatch(x -> x.code().equals("heading-repeated")), s.diagnostics().toString());
    }

    @Test
    void aBrowsersPageFooterIsNoIndicator() {
        Sheet s = recover("2025年度项目支出绩效目标表",
                "| 项目名称 | 乡村道路硬化 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 硬化道路里程 | ≥20公里 |",
                "| file:///tmp/sheet.html | 2/2 | | |",
                "| 第2页 共3页 | | | |");
        assertEquals(1, s.indicators().size(), s.indicators().toString());
        assertTrue(s.remnants().contains("2/2"), s.remnants().toString());
        assertTrue(TableFooter.isPageFurniture(List.of(new Cell("https://www.example.gov.cn/a.html", null))));
        assertTrue(!TableFooter.isPageFurniture(List.of(new Cell("12/31", null), new Cell("≥5", null))));
        assertTrue(!TableFooter.isPageFurniture(List.of(new Cell("12/31", null))), "a wrapped value's tail");
        // a spreadsheet's default footer (LibreOffice Calc, Excel), printed in whichever column
        assertTrue(TableFooter.isPageFurniture(List.of(new Cell("", null), new Cell("Page 2", null), new Cell("", null))));
        assertTrue(TableFooter.isPageFurniture(List.of(new Cell("Page 2 of 3", null))));
        assertTrue(TableFooter.isPageFurniture(List.of(new Cell("第2页", null), new Cell("共3页", null))));
        assertTrue(TableFooter.isPageFurniture(List.of(new Cell("共3页 第2页", null))));
        assertTrue(!TableFooter.isPageFurniture(List.of(new Cell("Page views", null))));
        assertTrue(!TableFooter.isPageFurniture(List.of(new Cell("第2页", null), new Cell("≥5", null))));
    }

    @Test
    void aSignatureRowRightUnderTheLastIndicatorIsNoIndicatorEither() {
        Sheet s = recover("2025年度项目支出绩效目标表",
                "| 项目名称 | 乡村道路硬化 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 硬化道路里程 | ≥20公里 |",
                "| 填表人：王五 | 审核人：赵六 | | |");
        assertEquals(1, s.indicators().size(), s.indicators().toString());
        assertEquals("王五", s.attributes().get("填表人"));
        assertEquals("赵六", s.attributes().get("审核人"));
    }
}
