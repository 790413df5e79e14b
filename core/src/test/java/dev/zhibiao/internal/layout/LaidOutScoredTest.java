package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scored self-evaluation (实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施) printed as aligned text ({@code pdftotext
 * -layout}) with narrow columns: headings wrapped over three lines, a date wrapped in the actual column.
 */
class LaidOutScoredTest {

    private static List<String> rows(String... lines) {
        return LaidOutLines.rows(lines);
    }

    private static final String[] TABLE = {
        "                                       实际完成                偏差原因分析",
        "一级指标     二级指标    三级指标      年度指标值            分值 得分",
        "                                       值                   及改进措施",
        "                 高标准农田建",
        "         数量指标           ≥2 万亩          2.1 万亩   20    20",
        "                 设面积",
        "                 项目验收合格",
        "产出指标     质量指标           ≥95%           96%      20    20",
        "                 率",
        "                           2024 年 12   2024 年 11",
        "         时效指标    项目完成时间                          10   10",
        "                           月底前         月",
    };

    @Test
    void aHeadingsLastPartThatNamesTheSameColumnByItselfIsPartOfTheHeadingEvenWhenLong() {
        // 及改进措施 (five characters) is longer than a short tail, but names the note column as 偏差原因分析 does
        assertEquals("2:一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施", rows(TABLE).get(0));
    }

    @Test
    void aNumberAfterAWrappedDateIsTheDatesNotASecondWeight() {
        List<String> rows = rows(TABLE);
        assertEquals("4:产出指标|数量指标|高标准农田建设面积|≥2 万亩|2.1 万亩|20|20|", rows.get(1));
        // 11 printed one space after 年 and near the 分值 heading: the row has its own weight 10 on the next line
        assertEquals("11:|时效指标|项目完成时间|2024 年 12月底前|2024 年 11月|10|10|", rows.get(3));
    }
}
