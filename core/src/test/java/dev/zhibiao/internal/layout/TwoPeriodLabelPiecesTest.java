package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two-period sheets printed twice side by side with their labels wrapped beside the rows (tmpl38): a second half's
 * label piece is kept out of the first half's values, a cell crossing the halves only to its column's twin
 * or, a label word, to a label column ({@link TwiceLines#keepsHalf}), and a name stops at a label cell
 * that starts after its last line ({@link LaidOutChunks#secondLabelCell}).
 */
class TwoPeriodLabelPiecesTest {

    /**
     * 003's sheet 3, th style, unruled, printed by Chromium: the second half's 效益指 / 标 stands where the first half's
     * values do (the wide name before it pulls the line's second half left); before, 效益指明显改善 was the first half's
     * value and the name 保障城乡居民基本医疗保险权益 two rows.
     */
    @Test
    void aSecondHalfsLabelPieceIsNoValueOfTheFirst() {
        List<String> rows = LaidOutLines.rows(
                "     一级指                                       一级指",
                "              二级指标       三级指标          指标值            二级指标       三级指标         指标值",
                "      标                                         标",
                "",
                "                      年度内增加参保人数 ≥700人                         年度内增加参保人数 ≥700人",
                "             数量指标                     ≥37370         数量指标                    ≥37370",
                "                      本年度参保人数                                 本年度参保人数",
                "                                      人                                      人",
                "",
                "     产出指     质量指标     项目完成补助覆盖率 100%           产出指   质量指标     项目完成补助覆盖率 100%",
                "绩效   标                                         标",
                "                      本年度县级补助金额                               本年度县级补助金额",
                "指标                              ≤40元/人                                  ≤40元/人",
                "                      为                                       为",
                "             成本指标                                    成本指标",
                "                      本年度县级补助增加 ≤11.2元/                       本年度县级补助增加 ≤11.2元/",
                "                      数额        人                             数额        人",
                "     效益指              保障城乡居民基本医      效益指                      保障城乡居民基本医",
                "             社会效益指标             明显改善                 社会效益指标             明显改善",
                "     标                疗保险权益          标                        疗保险权益",
                "     满意度     服务对象满意                            满意度   服务对象满意",
                "                    群众满意度             100%                  群众满意度            100%",
                "     指标      度指标                               指标    度指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|效益指标|社会效益指标|保障城乡居民基本医疗保险权益|明显改善|")), "rows: " + rows);
        assertTrue(rows.stream().noneMatch(r -> r.contains("效益指明显改善")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|服务对象满意度指标|群众满意度|100%|")), "rows: " + rows);
    }

    /**
     * 003's sheet 3, th style, unruled, printed by LibreOffice: rows with no blank line between them, each label centred
     * on its group; 满意度 / 指标 starts on the line after 本医疗保险权益, so 群众满意度 is the next row's name (before: one
     * name 保障城乡居民基本医疗保险权益群众满意度, 社会效益指标 given to the row above).
     */
    @Test
    void aNameStopsAtALabelCellStartedAfterIt() {
        List<String> rows = LaidOutLines.rows(
                "     一级指                                   一级指",
                "            二级指标     三级指标         指标值             二级指标    三级指标          指标值",
                "      标                                     标",
                "                   年度内增加参保                               年度内增加参保",
                "                                 ≥700 人                            ≥700 人",
                "                   人数                                    人数",
                "           数量指标                                  数量指标",
                "                                 ≥37370                            ≥37370",
                "                   本年度参保人数                               本年度参保人数",
                "                                 人                                 人",
                "",
                "     产出指           项目完成补助覆                 产出指           项目完成补助覆",
                "         质量指标                    100%          质量指标                100%",
                "绩效   标             盖率                      标             盖率",
                "指标                 本年度县级补助       ≤40 元/                  本年度县级补助   ≤40 元/",
                "                   金额为           人                       金额为       人",
                "           成本指标                                  成本指标",
                "                   本年度县级补助       ≤11.2 元                 本年度县级补助   ≤11.2 元",
                "                   增加数额          /人                      增加数额      /人",
                "     效益指        保障城乡居民基                    效益指        保障城乡居民基",
                "         社会效益指标                  明显改善          社会效益指标              明显改善",
                "     标          本医疗保险权益                    标          本医疗保险权益",
                "     满意度 服务对象满意                            满意度 服务对象满意",
                "                群众满意度            100%                 群众满意度        100%",
                "     指标  度指标                               指标  度指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|效益指标|社会效益指标|保障城乡居民基本医疗保险权益|明显改善|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|满意度指标|服务对象满意度指标|群众满意度|100%|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("||本年度县级补助增加数额|≤11.2 元/人|")), "rows: " + rows);
    }

    /** The label cell starts asked directly: one between the name's last line and the next name line parts them. */
    @Test
    void secondLabelCellAfterTheNamesLastLine() {
        LaidOutTable.Chunk open = new LaidOutTable.Chunk(3, 39, "保障城乡居民基");
        open.add(41, "本医疗保险权益");
        assertTrue(LaidOutChunks.secondLabelCell(open, 43, List.of(Set.of(39, 42))));
        assertFalse(LaidOutChunks.secondLabelCell(open, 43, List.of(Set.of(42))), "no label start beside the name so far");
        assertFalse(LaidOutChunks.secondLabelCell(open, 43, List.of(Set.of(39, 44))), "the next label starts after the next line");
        assertTrue(LaidOutChunks.secondLabelCell(open, 43, List.of(Set.of(39, 43))), "a start beside the next line (as before)");
    }

    /** keepsHalf asked directly on a heading printed twice (lead, then 一级指标 二级指标 三级指标 指标值 twice). */
    @Test
    void keepsHalfLetsACellOverOnlyToItsColumnsTwin() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.VALUE);
        int h = TwiceLines.secondHalf(roles);
        assertEquals(5, h);
        assertTrue(TwiceLines.keepsHalf("效益指", 5, 4, h, roles), "the second half's 一级指标 to the first half's values");
        assertTrue(TwiceLines.keepsHalf("≥3", 4, 6, h, roles), "the first half's values to the second half's 二级指标");
        assertTrue(TwiceLines.keepsHalf("确保医疗保障工作顺利开展", 7, 4, h, roles), "the second half's names to the first half's values");
        assertFalse(TwiceLines.keepsHalf("100%", 4, 8, h, roles), "a value to the other half's values");
        assertFalse(TwiceLines.keepsHalf("群众满意度", 7, 3, h, roles), "a name to the other half's names");
        assertFalse(TwiceLines.keepsHalf("效益指", 5, 7, h, roles), "a column of its own half");
        assertFalse(TwiceLines.keepsHalf("度指", 8, 1, h, roles), "a label word to a label column");
        assertFalse(TwiceLines.keepsHalf("绩效", 0, 5, h, roles), "the lead column, before both halves");
        assertFalse(TwiceLines.keepsHalf("效益指", 5, 4, -1, roles), "a heading printed once");
    }
}
