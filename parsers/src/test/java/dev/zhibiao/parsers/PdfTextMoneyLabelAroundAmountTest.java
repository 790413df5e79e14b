package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A money label wrapped round its amount in plain pdftotext ({@link PdfTextLineRepairs#moneyLabelAroundAmount}). */
class PdfTextMoneyLabelAroundAmountTest {

    /**
     * A ruled target sheet read without -layout, a paragraph per cell: the label cells 年度资金申请总额 and
     * 其中：当年财政拨款 wrap over two lines, and pdftotext prints the amount (centred in the next cell) between them.
     */
    static final String PAGE = String.join("\n",
            "部门预算项目支出绩效目标表", "（2023 年度）", "项目名称", "", "城乡医疗救助县级财政补助资金", "", "实施单位", "", "长丰县民政局", "",
            "项目属性", "", "3年", "", "项目资金", "（元）", "", "经常性项目", "", "项目期", "", "项目资金总额", "", "244,800,000,000.00", "",
            "年度资金申请总", "244,800,000,000.00", "额", "其中：当年财政", "220,320,000,000.00", "拨款", "上年结转资金", "", "总体目标", "",
            "项目总目标", "", "年度总体目标", "", "1、确保困难群众医保有所保障", "", "1、确保困难群众医保有所保障", "", "一级指标",
            "成本指标", "", "绩效指标", "", "二级指标", "", "三级指标", "", "指标值", "", "社会成本指标", "", "对健全医疗保障制度体系的影响", "",
            "成效明显", "", "数量指标", "", "医疗救助对象人次规模", "", "≥70.00(%)", "", "");

    @Test
    void theWrappedLabelsKeepTheirAmounts() throws Exception {
        List<Sheet> sheets = Readers.read(PAGE, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Map<String, BigDecimal> items = sheets.get(0).funding().items().stream()
                .filter(i -> i.amount() != null).collect(Collectors.toMap(FundingItem::label, FundingItem::amount, (a, b) -> a));
        assertEquals(0, new BigDecimal("244800000000").compareTo(items.get("年度资金申请总额")), sheets.get(0).funding().toString());
        assertEquals(0, new BigDecimal("220320000000").compareTo(items.get("其中：当年财政拨款")), sheets.get(0).funding().toString());
    }
}
