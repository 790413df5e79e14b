package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pdftotext -layout prints of probe forms (probe37): a name column headed 指标内容 right of the levels, a two-year
 * table's 2025 年指标值 | 2026 年指标值, a heading printed over two rows with blank lines between them.
 */
class LaidOutTemplateHeadsTest {

    @Test
    void aContentColumnRightOfTheLevelsIsTheNamesColumn() {
        // a library's target sheet: 指标内容 names the indicators (no 三级指标), 分值 | 评（扣）分标准 after the value; the
        // column fit had no name column, so the table's printed lines were never joined into rows: the criterion wrapped
        // round its row's line read as rows of their own (每少 | 5 场扣 | 1 | 分，扣完为, 止), the deadline's lines apart
        List<String> rows = LaidOutLines.rows(
                "一级指标     二级指标       指标内容          指标值          分值 评（扣）分标准",
                "",
                "",
                "                                                    每少 5 场扣 1 分，扣完为",
                "产出指标     数量指标       举办公益讲座场次      ≥120 场       15",
                "                                                    止",
                "",
                "",
                "产出指标     数量指标       配置流动图书车辆      8辆           10   未完成不得分",
                "",
                "",
                "产出指标     质量指标       讲座课件内容审核合格率 100%           10   每降低 1 个百分点扣 1 分",
                "",
                "",
                "                                  2025 年 10 月底",
                "产出指标     时效指标       年度讲座完成时间                   10   每延迟 1 个月扣 2 分",
                "                                  前",
                "",
                "",
                "产出指标     成本指标       单场讲座平均组织成本    ≤3.5 万元      5    超出不得分",
                "",
                "",
                "效益指标     生态效益指标     数字资源访问增长率     ≥38%         20   每降低 1 个百分点扣 2 分",
                "",
                "",
                "效益指标     社会效益指标     读者活动知晓率       ≥90%         15   每降低 1 个百分点扣 1 分",
                "",
                "",
                "满意度指标    服务对象满意度指标 读者满意度          ≥85%         15   每降低 1 个百分点扣 1 分");
        assertEquals(List.of(
                "1:一级指标|二级指标|指标内容|指标值|分值|评（扣）分标准",
                "5:产出指标|数量指标|举办公益讲座场次|≥120 场|15|每少 5 场扣 1 分，扣完为止",
                "9:产出指标|数量指标|配置流动图书车辆|8辆|10|未完成不得分",
                "12:产出指标|质量指标|讲座课件内容审核合格率|100%|10|每降低 1 个百分点扣 1 分",
                "16:产出指标|时效指标|年度讲座完成时间|2025 年 10 月底前|10|每延迟 1 个月扣 2 分",
                "20:产出指标|成本指标|单场讲座平均组织成本|≤3.5 万元|5|超出不得分",
                "23:效益指标|生态效益指标|数字资源访问增长率|≥38%|20|每降低 1 个百分点扣 2 分",
                "26:效益指标|社会效益指标|读者活动知晓率|≥90%|15|每降低 1 个百分点扣 1 分",
                "29:满意度指标|服务对象满意度指标|读者满意度|≥85%|15|每降低 1 个百分点扣 1 分"), rows);
    }

    @Test
    void aYearsValueHeadingPrintedWithASpaceIsOneHeading() {
        // a two-year table: 2025 年指标值 | 2026 年指标值, the year cut from 年 by pdftotext's space (four headings read)
        List<String> rows = LaidOutLines.rows(
                "一级指标     二级指标       三级指标        2025 年指标值   2026 年指标值 备注",
                "",
                "",
                "产出指标     数量指标       新建村级卫生室     15 个          12 个");
        assertEquals("1:一级指标|二级指标|三级指标|2025 年指标值|2026 年指标值|备注", rows.get(0));
        assertTrue(SpacedWords.yearHeading("2025", "年指标值"));
        assertTrue(!SpacedWords.yearHeading("2025", "年度") && !SpacedWords.yearHeading("25", "年指标值"));
    }

    @Test
    void aHeadingsUpperRowPrintedWithBlankLinesBetweenJoinsTheHeading() {
        // a self-evaluation: 绩效指标 over the level headings, the value, actual, points and note headings beside it on
        // the line above, two blank lines between (the print leaves them between all its rows)
        List<String> rows = LaidOutLines.rows(
                "绩效指标                                年度指标值 实际完成值 分值 得分                 偏差原因及改进措施",
                "",
                "",
                "一级指标     二级指标              三级指标",
                "",
                "",
                "满意度指标    服务对象满意度指标         群众满意度    ≥90%       93%        25    25");
        assertEquals("4:一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因及改进措施", rows.get(0));
        // a line of other words above stays a row of its own
        List<String> other = LaidOutLines.rows(
                "年度总体目标    完成年度任务",
                "",
                "",
                "一级指标     二级指标              三级指标          指标值",
                "",
                "",
                "满意度指标    服务对象满意度指标         群众满意度        ≥90%");
        assertEquals("1:年度总体目标|完成年度任务", other.get(0));
    }
}
