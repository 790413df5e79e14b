package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.ColumnFit.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules from what {@code pdftotext -layout} printing does (layout18): a cell's own line printed a run of spaces from
 * the word before it, a title wrapped over two lines under a table.
 */
class LaidOutPrintRulesTest {

    private static final List<Role> ROLES = List.of(Role.L1, Role.L2, Role.NAME, Role.VALUE);

    /**
     * {@code 服务对象满意度指 / 标 （%）}: the label's last character under the label and the name's bracketed unit under
     * the name, twelve spaces apart. A bracketed unit one space on belongs to the word before it; a run of spaces
     * away it is a cell's line of its own, so the label's tail stays in the label column and the unit goes to the name.
     */
    @Test
    void aBracketedUnitARunOfSpacesAwayIsACellOfItsOwn() {
        List<ColumnFit.Tok> toks = List.of(new ColumnFit.Tok("标", 12, 11), new ColumnFit.Tok("（%）", 25, 12));
        int[] starts = {1, 9, 20, 36};
        List<List<ColumnFit.Placed>> split = ColumnFit.split(toks, ROLES, starts, false);
        assertEquals(1, split.size());
        assertEquals(2, split.get(0).size(), "two cells: " + split);
        assertTrue(split.get(0).get(0).column() < 2, "标 in a label column (realigned later by its start): " + split);
        assertEquals(new ColumnFit.Placed(2, 1, 2), split.get(0).get(1));
        assertTrue(TokenGaps.apartUnit(new ColumnFit.Tok("(元)", 30, 3)));
        assertFalse(TokenGaps.apartUnit(new ColumnFit.Tok("(元)", 30, 1)), "one space on: the word's own unit");
        assertFalse(TokenGaps.apartUnit(new ColumnFit.Tok("元", 30, 3)));
        // one space on, it is still glued to the label before it (单位 (万元) as printed in a header)
        List<List<ColumnFit.Placed>> glued = ColumnFit.split(List.of(new ColumnFit.Tok("参保人员满意度", 20, 8),
                new ColumnFit.Tok("(%)", 35, 1), new ColumnFit.Tok("≥90%", 40, 4)), ROLES, starts, false);
        assertEquals(new ColumnFit.Placed(2, 0, 2), glued.get(0).get(0));
    }

    /**
     * A title wrapped under a table: its first line (…补助资金转移支付区域（项目）) names no sheet alone, with the next
     * line's 绩效自评表 it does; it ends the table as a title would instead of being the table's last row. A name's last
     * line over the next sheet's whole title (度（%） / 财政项目支出绩效目标申报表) is no title's first half.
     */
    @Test
    void aTitleWrappedOverTwoLinesIsNoRowOfTheTableAbove() {
        SpacedRows.Line first = SpacedRowsRulesTest.line(40, "城乡居民长期护理保险制度试点补助资金转移支付区域（项目）");
        SpacedRows.Line second = SpacedRowsRulesTest.line(41, "绩效自评表");
        assertTrue(SpacedRows.titleBegun(first, second));
        assertFalse(SpacedRows.titleBegun(SpacedRowsRulesTest.line(40, "度（%）"),
                SpacedRowsRulesTest.line(41, "财政项目支出绩效目标申报表")));
        assertFalse(SpacedRows.titleBegun(first, SpacedRowsRulesTest.line(42, "绩效自评表")), "not the next line");
        List<SpacedRows.Line> in = new ArrayList<>();
        String[] text = {"一级指标  二级指标  三级指标  指标值", "产出指标  数量指标  救助人次  ≥300人次",
            "效益指标  社会效益指标  政策知晓率  ≥80%"};
        for (int i = 0; i < text.length; i++) {
            in.add(SpacedRowsRulesTest.line(i + 1, text[i]));
        }
        in.add(SpacedRowsRulesTest.line(4, "城乡居民长期护理保险制度试点补助资金转移支付区域（项目）"));
        in.add(SpacedRowsRulesTest.line(5, "绩效自评表"));
        List<Row> rows = SpacedRows.rows(in);
        Row wrapped = rows.get(rows.size() - 2);
        assertFalse(wrapped.table(), "the title's first line is prose: " + wrapped);
    }

    /**
     * {@code 服务对象满意 保护区管理机构满意} / {@code 度指标    度}: the label's and the name's last characters on one line, four
     * spaces apart. 度 names a unit, and a unit alone is a fragment that fits no name, so {@code 度指标 度} was one name cell
     * and went into the label column with the label's tail ({@code 服务对象满意度指标 度}). A Chinese character alone a run of
     * spaces from a word that is no number is a wrapped word's last character: pdftotext prints a unit one space from its
     * number ({@code ≥300 人次}).
     */
    @Test
    void aCharacterAloneARunOfSpacesAwayIsAWrappedWordsEndNotAUnit() {
        List<Role> roles = List.of(Role.LEAD, Role.L1, Role.L2, Role.NAME, Role.VALUE, Role.VALUE);
        int[] starts = {1, 10, 35, 44, 55, 69};
        List<ColumnFit.Tok> toks = List.of(new ColumnFit.Tok("度指标", 35, 0), new ColumnFit.Tok("度", 42, 4));
        assertEquals(List.of(List.of(new ColumnFit.Placed(2, 0, 1), new ColumnFit.Placed(3, 1, 2))),
                ColumnFit.split(toks, roles, starts, false));
        assertTrue(TokenGaps.loneCharacter(toks, 1));
        assertFalse(TokenGaps.loneCharacter(List.of(new ColumnFit.Tok("≥300", 40, 3), new ColumnFit.Tok("次", 46, 3)), 1),
                "after a number it is the number's unit");
        assertFalse(TokenGaps.loneCharacter(List.of(new ColumnFit.Tok("≥90", 40, 3), new ColumnFit.Tok("%", 46, 3)), 1));
        List<SpacedRows.Line> in = new ArrayList<>();
        in.add(new SpacedRows.Line(37, List.of(tok("绩效指标", 1, 0), tok("一级指标", 10, 5), tok("二级指标", 35, 21),
                tok("三级指标", 44, 5), tok("中期指标值", 55, 7), tok("年度指标值", 69, 9))));
        in.add(new SpacedRows.Line(40, List.of(tok("产出指标", 10, 0), tok("数量指标", 35, 21), tok("本底调查保护区数量", 44, 5),
                tok("30处", 54, 1), tok("10处", 69, 11))));
        in.add(new SpacedRows.Line(65, List.of(tok("服务对象满意", 35, 0), tok("保护区管理机构满意", 42, 1))));
        in.add(new SpacedRows.Line(66, List.of(tok("满意度指标", 10, 0), tok("≥90%", 52, 37), tok("≥90%", 69, 13))));
        in.add(new SpacedRows.Line(67, List.of(tok("度指标", 35, 0), tok("度", 42, 4))));
        List<Row> rows = SpacedRows.rows(in);
        List<String> last = rows.get(rows.size() - 1).cells().stream().map(Cell::text).toList();
        assertEquals(List.of("", "满意度指标", "服务对象满意度指标", "保护区管理机构满意度", "≥90%", "≥90%"), last);
    }

    private static SpacedRows.Token tok(String text, int column, int gap) {
        return new SpacedRows.Token(text, column, gap);
    }
}
