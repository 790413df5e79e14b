package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's pages laid out on grids of their own ({@code LaidOutPages.ownGrids}, layout26). */
class LaidOutOwnGridTest {

    private static void has(List<String> rows, String row) {
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(":" + row)), row + " in rows: " + rows);
    }

    /**
     * A target sheet over two pages (disclosures.py seed 271631, d3): the first page prints three rows with names from
     * column 29 and values at 56, the next page ten rows with names from 16 and values at 33. The table's usual starts
     * were the second page's (more lines), so on the first page 标 (产出指标's last character, at 14) stood nearest
     * the name column and every row after it slid ({@code 效益指标|产出指数量指标|标|…}).
     */
    @Test
    void eachPageByItsOwnGrid() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                " 绩效指标       一级指",
                "                    二级指标              三级指标             指标值",
                "             标",
                "",
                "",
                "            产出指     数量指标      重特大疾病医疗救助人次占直接救助人次比例     ≥28%",
                "",
                "             标",
                "                            重点对象住院政策范围内个人自负医疗费用大病保险起",
                "                    质量指标                               ≥70%",
                "                                付线以上部分年度限额内救助比例",
                "",
                "",
                "                    时效指标          “一站式”即时结算覆盖地区        不低于",
                "\f                                上年",
                "",
                "",
                "                                逐步扩",
                "                 医疗救助对象覆盖范围",
                "                                 大",
                "",
                "",
                "                                明显提",
                "      社会效益指标    困难群众看病就医方便程度",
                "                                 高",
                "",
                "",
                "效益指                             有效缓",
                "               困难群众医疗费用负担减轻程度",
                " 标                               解",
                "",
                "",
                "                                成效明",
                "                对健全社会救助体系的影响",
                "                                 显",
                "      可持续影响指",
                "",
                "        标",
                "                                成效明",
                "               对健全医疗保障制度体系的作用",
                "                                 显",
                "",
                "",
                "                   政策知晓率        ≥80%",
                "满意度   服务对象满意",
                "",
                "指标     度指标",
                "                   工作满意度        ≥85%");
        has(rows, "|产出指标|数量指标|重特大疾病医疗救助人次占直接救助人次比例|≥28%");
        has(rows, "||质量指标|重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例|≥70%");
        has(rows, "||时效指标|“一站式”即时结算覆盖地区|不低于上年");
        has(rows, "|效益指标|社会效益指标|医疗救助对象覆盖范围|逐步扩大");
        has(rows, "|||困难群众看病就医方便程度|明显提高");
        has(rows, "|满意度指标|服务对象满意度指标|政策知晓率|≥80%");
        has(rows, "|||工作满意度|≥85%");
    }
}
