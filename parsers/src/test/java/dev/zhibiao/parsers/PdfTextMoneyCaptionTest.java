package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of template sheets whose money block's caption, stating its unit, is printed on one line with
 * the block's first item (tprint23): {@code 资金来源（万元） 合计}, {@code 项目资金（万元） 年度资金总额} (the amount
 * after a header line printed between), {@code 资金总额（万元） 75}. The block's total is read, the unit from the
 * caption. Made-up sheets, cell per paragraph as pdftotext prints them.
 */
class PdfTextMoneyCaptionTest {

    private static final String TABLE = String.join("\n\n", "一级指标", "二级指标", "三级指标", "指标值",
            "产出指标", "数量指标", "开展送戏下乡场次", "≥40 场",
            "效益指标", "社会效益指标", "群众文化生活改善", "明显改善",
            "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%") + "\n\f";

    private static Sheet read(String head) throws Exception {
        List<Sheet> sheets = Readers.read(head + "\n\n" + TABLE, "t.txt", Format.PDFTOTEXT, Limits.defaults());
        return sheets.stream().filter(x -> !x.indicators().isEmpty()).findFirst().orElseThrow();
    }

    private static FundingItem item(Sheet s, String label) {
        return s.funding().items().stream().filter(i -> label.equals(i.label())).findFirst().orElse(null);
    }

    @Test
    void aCaptionAndTheTotalsLabelOnOneLine() throws Exception {
        Sheet s = read(String.join("\n\n", "项目绩效目标表（2025 年度）", "项目名称", "送戏下乡补助", "项目单位", "某县文化馆",
                "资金来源（万元） 合计", "45", "其中：财政资金", "40", "其他资金 5",
                "绩效目标", "全年送戏下乡 40 场以上。"));
        FundingItem total = item(s, "合计");
        assertNotNull(total, "the total lost: " + s.funding() + " remnants " + s.remnants());
        assertEquals(0, new BigDecimal("45").compareTo(total.amount()));
        assertEquals("万元", s.funding().unit());
        assertEquals(3, s.funding().items().size(), s.funding().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-money-caption")), s.diagnostics().toString());
        assertTrue(s.remnants().stream().noneMatch(r -> r.contains("资金来源")), s.remnants().toString());
    }

    @Test
    void theItemsAmountAfterAHeaderLinePrintedBetween() throws Exception {
        Sheet s = read(String.join("\n\n", "项目支出绩效目标表", "（2025 年度）", "项目名称", "送戏下乡补助",
                "项目资金（万元） 年度资金总额", "实施单位 某县文化馆\n150", "其中：财政拨款", "120", "其他资金", "30",
                "年度绩效目标", "全年送戏下乡 40 场以上。"));
        FundingItem total = item(s, "年度资金总额");
        assertNotNull(total, "the total lost: " + s.funding() + " remnants " + s.remnants());
        assertEquals(0, new BigDecimal("150").compareTo(total.amount()));
        assertEquals(3, s.funding().items().size(), s.funding().toString());
    }

    @Test
    void anItemsLabelWithTheUnitAndItsAmount() throws Exception {
        Sheet s = read(String.join("\n\n", "2025 年度项目支出绩效目标表", "项目名称", "送戏下乡补助", "资金来源", "县级财政",
                "资金总额（万元） 75", "年度绩效目标 全年送戏下乡 40 场以上。"));
        FundingItem total = item(s, "资金总额");
        assertNotNull(total, "the total lost: " + s.funding() + " remnants " + s.remnants());
        assertEquals(0, new BigDecimal("75").compareTo(total.amount()));
        assertEquals("万元", s.funding().unit());
    }

    @Test
    void onlyACaptionWithItsUnitFollowedByMoney() {
        assertNotNull(PdfTextMoneyCaption.cut("年度预算申请（万元） 资金总额"));
        assertNull(PdfTextMoneyCaption.cut("资金来源 合计"), "no unit: no caption");
        assertNull(PdfTextMoneyCaption.cut("项目资金（万元） 某县文化馆"), "a text after the caption: no money");
        assertNull(PdfTextMoneyCaption.cut("单个保护区调查成本（万元） 40"), "no money label: an indicator's name");
        assertNull(PdfTextMoneyCaption.cut("资金总额（万元） 75 30"), "two amounts after one item");
    }
}
