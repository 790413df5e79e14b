package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pdftotext -layout of a sheet that prints each category label on its group's first row (probe38: an office suite's
 * print of a web page's table, the cells under a label left empty, not merged): the labels stay on their rows.
 */
class LaidOutTopLabelsTest {

    @Test
    void labelsPrintedOnTheirGroupsFirstRowsStayThere() {
        // a school-meals target sheet: 一、产出指标 on the first of five rows, （二）质量指标 on the third row with the
        // second row's level-2 cell empty; read as centred in merged cells, （二）质量指标 went up onto the second row
        // (centred over the second and third, the deadline's row wrapped round its line standing taller) and the second
        // row's name lost its 数量指标
        List<String> rows = LaidOutLines.rows(
                "一级指标      二级指标          三级指标         指标值         备注",
                "",
                "",
                "一、产出指标    （一）数量指标       1.受益学生人数       ≥3200 人",
                "",
                "",
                "                        2.供餐学校数量       ≥18 所",
                "",
                "",
                "          （二）质量指标       3.食品抽检合格率     100%",
                "",
                "",
                "                                     2025 年 9 月底",
                "          （三）时效指标       4.补助资金拨付时间",
                "                                     前",
                "",
                "",
                "          （四）成本指标       5.每生每天补助标准   ≤5 元",
                "",
                "",
                "二、效益指标    （一）社会效益指标     6.学生营养改善率     ≥10%",
                "",
                "",
                "三、满意度指标   （一）服务对象满意度指标 7.家长满意度         ≥90%");
        assertEquals(List.of(
                "1:一级指标|二级指标|三级指标|指标值|备注",
                "4:一、产出指标|（一）数量指标|1.受益学生人数|≥3200 人|",
                "7:||2.供餐学校数量|≥18 所|",
                "10:|（二）质量指标|3.食品抽检合格率|100%|",
                "14:|（三）时效指标|4.补助资金拨付时间|2025 年 9 月底前|",
                "18:|（四）成本指标|5.每生每天补助标准|≤5 元|",
                "21:二、效益指标|（一）社会效益指标|6.学生营养改善率|≥10%|",
                "24:三、满意度指标|（一）服务对象满意度指标|7.家长满意度|≥90%|"), rows);
    }

    @Test
    void labelsCentredInTheirGroupsAreStillPlacedOnTheirFirstRows() {
        // the same labels printed centred down merged cells (a browser's print): 产出指标 between the rows of its group,
        // its place read as centred, not kept where it is printed
        List<String> rows = LaidOutLines.rows(
                "一级指标      二级指标          三级指标         指标值",
                "",
                "",
                "                        受益学生人数       ≥3200 人",
                "          数量指标",
                "                        供餐学校数量       ≥18 所",
                "产出指标",
                "          质量指标       食品抽检合格率     100%",
                "",
                "          时效指标       补助资金拨付时间   2025 年 9 月底前",
                "",
                "效益指标    社会效益指标     学生营养改善率     ≥10%");
        assertEquals("4:产出指标|数量指标|受益学生人数|≥3200 人", rows.get(1));
        assertEquals("6:||供餐学校数量|≥18 所", rows.get(2));
        assertEquals("8:|质量指标|食品抽检合格率|100%", rows.get(3));
    }
}
