package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ApartLabelLevels;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a table run over a page break: the new page's 一级 column printed first, two level-1
 * labels before the first name of the page, which still belongs to the group above (plain35, issue 17:
 * Chromium's prints of 省级对市县专项转移支付区域绩效目标表).
 */
class PdfTextLevelOnesApartTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void twoLevelOneLabelsBeforeARowAreNotHandedDown() throws Exception {
        String text = String.join("\n\n", "省级对市县专项转移支付区域绩效目标表", "项目名称", "医疗救助补助资金",
                "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "政策覆盖深度贫困地区农村贫困人口数量",
                "对符合条件农村贫困人口全覆盖", "质量指标", "明确保障对象范围", "出台文件予以明确",
                "效益指标", "满意度指标", "至定点救治医疗机构就诊率", "不低于90%", "农村贫困患者住院及门诊治疗目录外医疗费用比例",
                "原则上控制在10%以内", "时效指标", "一站式结算覆盖地区", "不低于上年", "社会效益指标", "农村因病致贫人数", "较上年减少",
                "服务对象满意度指标", "农村贫困患者对保障政策满意度", "持续提高") + "\n";
        Document d = PdfTextReader.read(text, "p.txt");
        List<List<String>> rows = tableRows(d);
        // the row after the two labels keeps them (core reads them), the row after it is handed no level 1
        assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("效益指标", "满意度指标", "至定点救治医疗机构就诊率", "不低于90%"))),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("", "", "农村贫困患者住院及门诊治疗目录外医疗费用比例", "原则上控制在10%以内"))),
                rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-level1-labels-apart")),
                d.notes().toString());
    }

    @Test
    void whichLabelPairsAreLevelOnesOfOtherGroups() {
        assertTrue(ApartLabelLevels.levelOnesApart(List.of("效益指标", "满意度指标")));
        assertTrue(ApartLabelLevels.levelOnesApart(List.of("产出指标", "效益指标")));
        // a level-1 label and its level 2, one label twice, or 成本指标 (level 1 or 2 by the sheet): not
        assertEquals(false, ApartLabelLevels.levelOnesApart(List.of("产出指标", "数量指标")));
        assertEquals(false, ApartLabelLevels.levelOnesApart(List.of("满意度指标", "满意度指标")));
        assertEquals(false, ApartLabelLevels.levelOnesApart(List.of("成本指标", "效益指标")));
        assertEquals(false, ApartLabelLevels.levelOnesApart(List.of("效益指标")));
    }
}
