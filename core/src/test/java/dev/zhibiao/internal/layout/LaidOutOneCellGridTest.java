package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A table's page laid out on a grid of its own ({@code LaidOutPages.ownGrids}) that holds one cell of a column: the
 * column starts where that cell does, not where the rest's start moved as far as the page's names would put it
 * (layout29).
 */
class LaidOutOneCellGridTest {

    /**
     * The fiscal form printed by Chromium with its default header and footer (furniture_prints.py of disclosures.py seed
     * 290210, d9, its lines 500-580; the furniture lines left blank): the table's first page holds three rows, the next page the rest on a
     * narrower grid. The first page's own grid took its 二级 column's start from the rest's (35) moved as far as its names
     * (12 columns): 47, nearer the name {@code 参保居民个人实际缴费标准(元)} at 49 than the page's names (54); the name went
     * into the label column and its row was lost. The page's one 二级 cell, 数量指标 at 39, says where the column starts.
     */
    @Test
    void aPagesOneCellOfAColumnSaysWhereItStarts() {
        List<String> rows = LaidOutLastPageRowsTest.rows(
                "     绩效指标                一级指标         二级指标            三级指标                          指标值",
                "",
                "",
                "",
                "                         产出指标         数量指标           参保人数(人)                      ≥299.68万人",
                "",
                "",
                "                                                 各级财政实际补助标准(元)                      ≥520元",
                "",
                "",
                "                                                                              成年人≥270元; 大中小学生、",
                "                                                参保居民个人实际缴费标准(元)",
                "                                                                                  儿童≥200元",
                "",
                "",
                "",
                "",
                "",
                "\f",
                "",
                "",
                "                                                              成年人≤192.59%; 大中小学",
                "                                          财政补助与个人缴费比值",
                "                                                                生、儿童≤260%",
                "",
                "",
                "                                         以户籍人口数为基数计算的基本",
                "                                                                   ≥100.00(%)",
                "                                            医保综合参保率(%)",
                "",
                "",
                "                                         以常住人口数为基数计算的基本",
                "                                                                   ≥97.10(%)",
                "                                            参保综合参保率(%)",
                "",
                "",
                "                                             重复参保人数(人)                 0",
                "",
                "",
                "                                             虚报参保人数(人)                 0",
                "",
                "",
                "                                         参保人政策范围内住院费用报销",
                "                                  质量指标                             ≥71.85(%)",
                "                                               比例",
                "",
                "",
                "                                         参保人住院费用实际报销比例             ≥52.80(%)",
                "",
                "",
                "                                         实行按病种(组)、按人头付费等",
                "                                                                   逐步推开",
                "                                             支付方式改革",
                "",
                "",
                "                                         基金滚存结余可支配月数(月)             6-9个月",
                "",
                "",
                "                                         开展门诊统筹, 实行个人账户的,",
                "                                                                   普遍开展",
                "                                            向门诊统筹过渡",
                "",
                "",
                "                                         2019年12月31日前中央财政补助",
                "                                                                  =100.00(%)",
                "                                                 资金到位率",
                "",
                "",
                "                                         2019年12月31日前省级财政补助",
                "                                  时效指标                            =100.00(%)",
                "                                                 资金到位率",
                "",
                "",
                "                                         2019年12月31日前地方财政补助",
                "                                                                  =100.00(%)",
                "                                                 资金到位率",
                "",
                "",
                "                                         中央财政补助资金人均补助标准              312元",
                "",
                ""
        );
        assertTrue(rows.contains("12:|||参保居民个人实际缴费标准(元)|成年人≥270元; 大中小学生、儿童≥200元"), "rows: " + rows);
        assertTrue(rows.contains("8:|||各级财政实际补助标准(元)|≥520元"), "rows: " + rows);
        assertTrue(rows.contains("23:|||财政补助与个人缴费比值|成年人≤192.59%; 大中小学生、儿童≤260%"), "rows: " + rows);
    }

    private static LaidOutTable.Line line(int no, int page, String[] texts, int[] starts) {
        return new LaidOutTable.Line(no, texts, starts, page);
    }

    @Test
    void theOneCellsStartOrTheRestsMoved() {
        List<LaidOutTable.Line> lines = List.of(
                line(1, 0, new String[] {"产出指标", "数量指标", "参保人数(人)", "≥299.68万人"}, new int[] {26, 39, 54, 83}),
                line(2, 0, new String[] {null, null, "各级财政实际补助标准(元)", "≥520元"}, new int[] {-1, -1, 50, 85}),
                line(3, 0, new String[] {null, null, "参保居民个人实际缴费标准(元)", null}, new int[] {-1, -1, 49, -1}),
                line(5, 1, new String[] {null, null, "财政补助与个人缴费比值", "≥100.00(%)"}, new int[] {-1, -1, 42, 68}),
                line(6, 1, new String[] {null, "质量指标", "重复参保人数(人)", "0"}, new int[] {-1, 35, 45, 70}),
                line(7, 1, new String[] {null, "时效指标", "虚报参保人数(人)", "0"}, new int[] {-1, 35, 45, 70}),
                line(8, 1, new String[] {"效益指标", null, "参保人住院费用实际报销比例", "≥52.80(%)"}, new int[] {22, -1, 41, 69}),
                line(9, 1, new String[] {"满意度指标", null, "基金滚存结余可支配月数(月)", "6-9个月"}, new int[] {22, -1, 41, 69}));
        Map<Integer, int[]> grids = LaidOutPages.ownGrids(lines, 4, 2, Map.of(), Set.of());
        assertTrue(grids.containsKey(0), "grids: " + grids.keySet());
        assertArrayEquals(new int[] {26, 39, 50, 85}, grids.get(0), java.util.Arrays.toString(grids.get(0)) + " " + java.util.Arrays.toString(grids.get(1)));
    }
}
