package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ApartLabelLevels;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of Chromium's prints (plain36, issue 17): {@code 成本指标 / 满意度指标} printed before the first cost row
 * of an older-framework sheet (成本指标 a level 2 under 产出指标), the satisfaction group's level-1 cell centred lower.
 */
class PdfTextCostBeforeLevel1Test {

    private static String sheet(String lastLevel2) {
        return String.join("\n\n", "项目支出绩效目标申报表", "项目名称", "城乡居民基本医疗保险补助资金", "绩效指标", "一级指标", "二级指标",
                "三级指标", "指标值", "产出指标", "数量指标", "参保人数(人)", "≥24万人", "质量指标", "参保人住院费用实际报销比例", "≥43.00(%)",
                "时效指标", "2019年12月31日前中央财政补助资金到位率", "=100.00(%)", "成本指标", "满意度指标", "中央财政补助资金人均补助标准",
                "312元", "省级财政补助资金人均补助标准", "124.8元", lastLevel2, "参保对象满意度(%)", "≥90.00(%)") + "\n\n\f";
    }

    private static List<List<String>> tableRows(Document d) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : d.rows()) {
            if (r.table()) {
                out.add(r.cells().stream().map(Cell::text).toList());
            }
        }
        return out;
    }

    private static boolean noted(Document d) {
        return d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-cost-before-level1"));
    }

    @Test
    void costThenSatisfactionBeforeARowLeavesTheRowItsCostLevel2() throws Exception {
        Document d = PdfTextReader.read(sheet("服务对象满意度指标"), "cost.txt");
        List<List<String>> rows = tableRows(d);
        // main read 成本指标 | 满意度指标 here, and handed 满意度指标 to the next cost row
        assertTrue(rows.contains(List.of("", "成本指标", "中央财政补助资金人均补助标准", "312元")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "省级财政补助资金人均补助标准", "124.8元")), rows.toString());
        assertTrue(noted(d), d.notes().toString());
    }

    @Test
    void aSheetOfThe2021FrameworkKeepsItsCostLevel1() throws Exception {
        // a level-2 label of the 2021 cost family printed with a row: 成本指标 is that sheet's level 1
        Document d = PdfTextReader.read(sheet("经济成本指标"), "cost.txt");
        assertFalse(noted(d), tableRows(d).toString());
    }

    @Test
    void whichLabelPairsAreCostThenAnotherLevel1() {
        assertTrue(ApartLabelLevels.costThenOtherLevel1(List.of("成本指标", "满意度指标")));
        assertTrue(ApartLabelLevels.costThenOtherLevel1(List.of("成本指标", "效益指标")));
        assertFalse(ApartLabelLevels.costThenOtherLevel1(List.of("成本指标", "经济成本指标")));
        assertFalse(ApartLabelLevels.costThenOtherLevel1(List.of("产出指标", "满意度指标")));
        assertFalse(ApartLabelLevels.costThenOtherLevel1(List.of("成本指标")));
    }
}
