package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later page placed again by its labels ({@link LaidOutPages#shiftedPages}) keeps its label words in the label
 * columns ({@link LaidOutPages#inLabels}, tmpl38).
 */
class PageLabelsInLabelColumnsTest {

    /**
     * 000's sheet 60, word style, printed by Chromium: the table's second page prints every column left of where the
     * first page does, and the first page's 产出指 / 标 read 标 as a name, so the name column's usual start stood at the
     * labels'; the lone 质量指标 and 可持续影响指 / 标 went to the values, then into the names (before: four rows under
     * 数量指标, a row named 可持续影响指).
     */
    @Test
    void aLaterPagesLoneLabelsStayLabels() {
        List<String> rows = LaidOutLines.pagedRows(
                "绩效指标     一级指",
                "                二级指标     三级指标                      指标值",
                "         标",
                "",
                "",
                "",
                "         产出指                                       对符合条件农村贫困人",
                "                数量指标     政策覆盖深度贫困地区农村贫困人口数量",
                "         标                                         口全覆盖",
                "\f             明确保障对象范围                    出台文件予以明确",
                "",
                "",
                "             确定贫困人口定点救助医疗机构",
                "",
                "",
                "",
                "             建立规范的转诊制度",
                "",
                "",
                "",
                "             至定点救治医疗机构就诊率                不低于90%",
                "      质量指标",
                "",
                "             农村贫困患者住院及门诊治疗目录外医疗费用比例      原则上控制在10%以内",
                "",
                "",
                "",
                "                                         在定点救助医疗机构逐",
                "             实行按病种（组）付费等支付方式改革",
                "                                         步推进",
                "",
                "",
                "",
                "             农村贫困人口住院及门诊大病、慢性病和特殊疾病医疗费   各地区根据实际情况确",
                "             用个人自付比例控制在一定水平              定具体标准",
                "",
                "",
                "      时效指标   一站式结算覆盖地区                   不低于上年",
                "",
                "",
                "",
                "      社会效益指标 农村因病致贫人数                    较上年减少",
                "",
                "效益指",
                "标",
                "      可持续影响指",
                "             相关保障政策与政府承受能力相适应            不超过政府承受能力",
                "      标",
                "",
                "",
                "满意度   服务对象满意",
                "             农村贫困患者对保障政策满意度              持续提高",
                "指标    度指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|质量指标|明确保障对象范围|出台文件予以明确")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|可持续影响指标|相关保障政策与政府承受能力相适应|不超过政府承受能力")), "rows: " + rows);
        assertTrue(rows.stream().noneMatch(r -> r.contains("|可持续影响指|")), "rows: " + rows);
    }

    /** inLabels asked directly on a table of one period (lead, 一级指标, 二级指标, 三级指标, 指标值). */
    @Test
    void inLabelsOnlyForLabelWords() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        assertEquals(2, LaidOutPages.inLabels("质量指标", true, 4, -1, roles));
        assertEquals(2, LaidOutPages.inLabels("可持续影响指", true, 4, -1, roles));
        assertEquals(2, LaidOutPages.inLabels("标", false, 4, -1, roles), "a label's short tail read as a name");
        assertEquals(4, LaidOutPages.inLabels("出台文件予以明确", true, 4, -1, roles), "no label word");
        assertEquals(3, LaidOutPages.inLabels("影响", false, 3, -1, roles), "a label's middle read as a name: a name's tail");
        assertEquals(3, LaidOutPages.inLabels("覆盖范围指标", false, 3, -1, roles), "a longer text the split read as a name");
        assertEquals(4, LaidOutPages.inLabels("质量指标", true, 4, 2, roles), "no label column free right of the cell before");
        assertEquals(1, LaidOutPages.inLabels("效益指", true, 1, -1, roles), "already in a label column");
    }
}
