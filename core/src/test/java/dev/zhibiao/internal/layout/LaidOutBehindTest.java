package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell printed left of the heading of the empty column before it is that column's ({@code ColumnFit.behind}, layout26). */
class LaidOutBehindTest {

    /**
     * A department budget sheet printed tight with a narrow 指标值 column (disclosures.py seed 271601, d7): rows 2 and 3
     * have no value; their descriptions, one packed a space after a long name, the other under its own heading, were
     * read as values (the split fills the value column first), and with the description column's usual start taken
     * from them, row 1's {@code ≥85} moved into the basis ({@code 根据上级文件或≥85方案}).
     */
    @Test
    void aDescriptionLeftOfItsHeadingIsNoValue() {
        List<String> rows = LaidOutLines.rows(
                "                                                      指标",
                "一级指标    二级指标               三级指标           绩效指标描述            指标值确定依据",
                "                                                       值",
                "                                                            根据上级文件或",
                "产出指标 质量指标          参保率（%）            已参保人数占应参保人数的比率   ≥85",
                "                                                            方案",
                "                   城镇居民医保覆盖率 参加医保的城镇居民人数占城镇居民               根据上级文件或",
                "效果指标 社会效益指标",
                "                   （%）       总人数的比率                         方案",
                "满意度指 服务对象满意度                                                根据上级文件或",
                "                   群众满意度             群众满意数量占总数的比例。",
                "标    指标                                                     方案");
        assertTrue(rows.contains("5:产出指标|质量指标|参保率（%）|已参保人数占应参保人数的比率|≥85|根据上级文件或方案"), "rows: " + rows);
        assertTrue(rows.contains("7:效果指标|社会效益指标|城镇居民医保覆盖率（%）|参加医保的城镇居民人数占城镇居民总人数的比率||根据上级文件或方案"),
                "rows: " + rows);
        assertTrue(rows.contains("11:满意度指标|服务对象满意度指标|群众满意度|群众满意数量占总数的比例。||根据上级文件或方案"), "rows: " + rows);
    }

    /** The rule's words: after the name, the column before empty, the cell left of that column's heading. */
    @Test
    void onlyACellLeftOfTheEmptyColumnBeforeIt() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.TEXT,
                ColumnFit.Role.VALUE, ColumnFit.Role.TEXT);
        int[] starts = {1, 9, 28, 43, 55, 61};
        ColumnFit.Tok desc = new ColumnFit.Tok("群众满意数量占总数的比例。", 38, 12);
        assertTrue(ColumnFit.behind(desc, roles, starts, 4, 3, true));
        assertFalse(ColumnFit.behind(desc, roles, starts, 4, 4, true), "the column before holds text on the line");
        assertFalse(ColumnFit.behind(desc, roles, starts, 3, 3, true), "its own column");
        assertFalse(ColumnFit.behind(new ColumnFit.Tok("≥85", 55, 3), roles, starts, 4, 3, true), "under its own heading");
        assertFalse(ColumnFit.behind(desc, roles, null, 4, 3, false), "not aligned text");
        assertFalse(ColumnFit.behind(new ColumnFit.Tok("质量指标", 6, 1), roles, starts, 1, 0, true), "a label column");
        assertEquals(false, ColumnFit.behind(new ColumnFit.Tok("参保率", 20, 10), roles, starts, 3, 2, true), "the column after the name");
        List<ColumnFit.Role> scored = List.of(ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.OP,
                ColumnFit.Role.VALUE, ColumnFit.Role.TEXT);
        assertFalse(ColumnFit.behind(desc, scored, starts, 4, 3, true), "a narrow column before it (指标性质), not a text column");
    }

    /**
     * A compared number after a run's first token is a value's start, not a name's words (disclosures.py seed 271630,
     * d2: {@code 参保居民个人实际缴费标准(元) 成 成年人≥270 元; 大中小 学}, every gap one space, a narrow name column): the
     * name taking the value's first line up to its last character scored as well as the value taking it.
     */
    @Test
    void aComparedNumberAfterTheFirstTokenIsNoNamesWord() {
        assertTrue(ColumnFit.comparedAfterFirst("参保居民个人实际缴费标准(元) 成 成年人≥270 元; 大中小"));
        assertFalse(ColumnFit.comparedAfterFirst("≥65 岁老年人健康管理率"), "the run's first token");
        assertFalse(ColumnFit.comparedAfterFirst("参保居民个人实际缴费标准(元) 成"), "no comparison");
        assertFalse(ColumnFit.comparedAfterFirst("达标率 ≥ 九成"), "no number after the sign");
        assertTrue(ColumnFit.fit("参保居民个人实际缴费标准(元) 成 成年人≥270 元; 大中小", ColumnFit.Role.NAME)
                < ColumnFit.fit("参保居民个人实际缴费标准(元) 成", ColumnFit.Role.NAME));
    }
}
