package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sheet's title printed over two lines whose first line is long or holds a year ({@link WrappedTitle}). */
class WrappedTitleTest {

    private static final String[] FIRST = {
        "1、甲项目绩效目标表",
        "| 项目名称 | 甲项目 |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 参保人数 | ≥100人 |",
    };

    private static List<Sheet> read(String... rest) {
        String[] lines = new String[FIRST.length + rest.length];
        System.arraycopy(FIRST, 0, lines, 0, FIRST.length);
        System.arraycopy(rest, 0, lines, FIRST.length, rest.length);
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static boolean joinedNoted(Sheet s) {
        return s.diagnostics().stream().anyMatch(d -> d.code().equals("value-joined") && d.message().contains("title"));
    }

    @Test
    void aBracketLeftOpenAtTheLineEndIsClosedByTheTitleUnderIt() {
        // a browser's print: the long first line (a year in it) breaks inside the bracket the title closes
        List<Sheet> sheets = read(
                "2、某某局关于提前下达2020年中央财政医疗救助补助资金（第一",
                "批）绩效目标表",
                "| 项目名称 | 乙项目 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 救助人次 | ≥500人次 |");
        assertEquals(2, sheets.size());
        assertEquals("某某局关于提前下达2020年中央财政医疗救助补助资金（第一批）绩效目标表", sheets.get(1).title());
        assertTrue(joinedNoted(sheets.get(1)));
        assertEquals(List.of(), sheets.get(0).remnants());
    }

    @Test
    void theNextNumberCutIntoCellsByTheTableAboveIsTheTitlesFirstLine() {
        // a -layout print: the first line, right under the last indicator row, cut by that table's grid
        List<Sheet> sheets = read(
                "| 2、冀财社【2019】116 | 号某某局关于提前下达 | 2020 年中央财政医疗救助补助 |",
                "资金（第一批）绩效目标表",
                "| 项目名称 | 乙项目 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 救助人次 | ≥500人次 |");
        assertEquals(2, sheets.size());
        assertEquals("冀财社【2019】116 号某某局关于提前下达 2020 年中央财政医疗救助补助资金（第一批）绩效目标表",
                sheets.get(1).title());
        assertTrue(joinedNoted(sheets.get(1)));
        assertEquals(List.of("参保人数"), sheets.get(0).indicators().stream().map(i -> i.name()).toList());
    }

    @Test
    void aNumberNotNextAfterThePreviousTitlesOrABalancedLineJoinsNothing() {
        // 4、 after 1、: not the next title's number; the row stays the table's
        List<Sheet> sheets = read(
                "| 4、冀财社【2019】116 | 号某某局关于提前下达 | 2020 年中央财政医疗救助补助 |",
                "资金（第一批）绩效目标表",
                "| 项目名称 | 乙项目 |");
        assertEquals("资金（第一批）绩效目标表", sheets.get(1).title());
        // a prose line that leaves no bracket open and carries no number stays before the title
        assertEquals("项目支出绩效目标表", read("说明：2020年资金见附件", "项目支出绩效目标表", "| 项目名称 | 乙项目 |")
                .get(1).title());
    }
}
