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
     * A ruled target sheet read without -layout, a paragraph per cell (a generated disclosure's page): the label cells
     * 年度资金申请总额 and 其中：当年财政拨款 wrap over two lines, and pdftotext prints the amount, centred in the next
     * cell, between the label's lines ({@code 年度资金申请总 / 244,800,000,000.00 / 额}).
     */
    static final String PAGE = """
            部门预算项目支出绩效目标表
            （2023 年度）
            项目名称

            城乡医疗救助县级财政补助资金

            主管部门及代 [273]长丰县民政
            实施单位
            码
            局

            长丰县民政局

            项目属性

            3年

            项目资金
            （元）

            经常性项目

            项目期

            项目资金总额

            244,800,000,000.00

            年度资金申请总
            244,800,000,000.00
            额
            其中：当年财政
            220,320,000,000.00
            拨款
            上年结转资金

            总体目标

            项目总目标

            年度总体目标

            1、确保困难群众医保有所保障
            2、建立健全长效机制，巩固项目
            实施成效。

            1、确保困难群众医保有所保障

            一级指标
            成本指标

            绩效指标

            24,480,000,000.00

            二级指标

            三级指标

            指标值

            社会成本指标

            对健全医疗保障制度体系的影响

            成效明显

            数量指标

            医疗救助对象人次规模

            符合救助条件的对象按规定纳
            入救助范围

            质量指标

            重点救助对象自负费用年度限额
            内住院救助比例

            ≥70.00(%)

            时效指标

            城市内一站式即时结算覆盖地区

            不低于上年

            效益指标

            社会效益指标

            困难群众看病就医方便程度

            明显提高

            满意度指标

            服务对象满意度
            指标

            政策知晓率

            ≥80.00(%)

            产出指标

            \f""";

    @Test
    void theWrappedLabelsKeepTheirAmounts() throws Exception {
        List<Sheet> sheets = Readers.read(PAGE, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        List<FundingItem> items = sheets.get(0).funding().items();
        Map<String, BigDecimal> amounts = items.stream().filter(i -> i.amount() != null)
                .collect(Collectors.toMap(FundingItem::label, FundingItem::amount, (a, b) -> a));
        assertEquals(new BigDecimal("244800000000"), amounts.get("年度资金申请总额"), items.toString());
        assertEquals(new BigDecimal("220320000000"), amounts.get("当年财政拨款"), items.toString());
        assertEquals(List.of("项目资金总额", "年度资金申请总额", "当年财政拨款", "上年结转资金"),
                items.stream().map(FundingItem::label).toList(), "no piece of a label is an item of its own (额, 拨款)");
    }
}
