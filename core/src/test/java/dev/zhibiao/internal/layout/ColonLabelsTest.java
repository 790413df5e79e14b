package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link ColonLabels}: where a header cell printed with colons is cut. */
class ColonLabelsTest {

    private static List<String> cut(String text) {
        List<Cell> cells = ColonLabels.cut(new Cell(text, new Locator(3, 1, null)));
        if (cells == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(c.text());
        }
        return out;
    }

    @Test
    void aKnownLabelAndItsColonStartACellAndEachLabelAfterASpaceAnother() {
        assertEquals(List.of("项目名称", "农村公路养护工程"), cut("项目名称：农村公路养护工程"));
        assertEquals(List.of("主管部门", "某县交通运输局", "实施单位", "某县公路管理所"),
                cut("主管部门：某县交通运输局    实施单位：某县公路管理所"));
        assertEquals(List.of("年度绩效目标", "完成养护里程1200公里：其中县道300公里。"),
                cut("年度绩效目标：完成养护里程1200公里：其中县道300公里。"));
        assertNull(cut("项目名称："), "a label with nothing after it is a cell as printed");
    }

    @Test
    void aMoneyBlocksValueIsCutIntoItsLabelsAndAmounts() {
        assertEquals(List.of("项目资金（万元）", "年度资金总额", "500", "其中：财政拨款", "450", "其他资金", "50"),
                cut("项目资金（万元）：年度资金总额 500  其中：财政拨款 450  其他资金 50"));
        // a value that is not only labels and amounts stays one cell
        assertEquals(List.of("项目资金（万元）", "按实际结算"), cut("项目资金（万元）：按实际结算"));
    }

    @Test
    void aMoneyLinesLabelKeepsItsQiZhong() {
        // a web page's money cell, one line a <br>: 其中：财政拨款：2800 is one label and its amount
        assertEquals(List.of("年度资金总额", "3000", "其中：财政拨款", "2800", "其他资金", "200"),
                cut("年度资金总额：3000\n其中：财政拨款：2800\n其他资金：200"));
    }

    @Test
    void textNotStartingWithAKnownLabelIsLeftWhole() {
        assertNull(cut("农村公路养护工程"));
        assertNull(cut("说明：本表金额单位为万元"), "说明 is no header label");
        assertNull(cut("按照上级要求 项目名称：养护"), "text before the first label");
        assertNull(cut("1.目标：完成养护"));
    }

    @Test
    void aMoneyBlocksValueGoingOnInTheNextCellIsCutToo() {
        // an unruled PDF parts the line at its widest gap; 财政拨款1200 其他资金 300 is no label with 300
        List<Cell> row = List.of(new Cell("项目资金（万元）：年度资金总额1500", new Locator(3, 1, null)),
                new Cell("其中：财政拨款1200 其他资金 300", new Locator(3, 2, null)));
        List<String> out = ColonLabels.split(row, new SheetDraft()).stream().map(Cell::text).toList();
        assertEquals(List.of("项目资金（万元）", "年度资金总额", "1500", "其中：财政拨款", "1200", "其他资金", "300"), out);
        // a cell after another header label is left as printed
        row = List.of(new Cell("项目名称：甲项目", new Locator(3, 1, null)), new Cell("财政拨款 1200 其他资金 300", new Locator(3, 2, null)));
        assertEquals(List.of("项目名称", "甲项目", "财政拨款 1200 其他资金 300"),
                ColonLabels.split(row, new SheetDraft()).stream().map(Cell::text).toList());
    }
}
