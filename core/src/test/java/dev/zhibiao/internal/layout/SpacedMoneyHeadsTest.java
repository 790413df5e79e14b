package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SpacedMoneyRows#wrappedHeads}: money column headings wrapped over three lines of aligned text. */
class SpacedMoneyHeadsTest {

    private static ColumnFit.Tok tok(String text, int column) {
        return new ColumnFit.Tok(text, column, 2);
    }

    @Test
    void theHalvesAboveAndBelowJoinTheHeadingsByColumn() {
        List<ColumnFit.Tok> middle = List.of(tok("年初预算数", 17), tok("全年预算数", 27), tok("分值", 48), tok("得分", 58));
        List<ColumnFit.Tok> heads = SpacedMoneyRows.wrappedHeads(middle,
                List.of(tok("全年执行", 39), tok("执行", 52)), List.of(tok("数", 39), tok("率", 52)));
        assertEquals(List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                heads.stream().map(ColumnFit.Tok::text).toList());
    }

    @Test
    void nothingJoinsWhereTheLinesAroundAreNoHalvesOrTheMiddleIsNoHeadings() {
        List<ColumnFit.Tok> middle = List.of(tok("年初预算数", 17), tok("全年预算数", 27));
        // a money row below (a figure), not a heading's end
        assertNull(SpacedMoneyRows.wrappedHeads(middle, List.of(tok("全年执行", 39)), List.of(tok("1,650.22", 39))));
        // the half above is a heading by itself
        assertNull(SpacedMoneyRows.wrappedHeads(middle, List.of(tok("执行数", 39)), List.of(tok("数", 39))));
        // the middle line holds a label
        assertNull(SpacedMoneyRows.wrappedHeads(List.of(tok("年度预算", 1), tok("全年预算数", 27)), List.of(tok("全年执行", 39)),
                List.of(tok("数", 39))));
    }
}
