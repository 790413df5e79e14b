package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.text.Text;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words that say where sheets are in a long document: each printed line with what it is
 * (a sheet's title, a contents entry, another table's title, a budget word, a line that closes a
 * sheet, a part's heading), the bounds of length included (50 for a table title, 30 for a heading).
 */
class DocumentWordsTest {

    static Arguments row(String printed, boolean sheet, boolean contents, boolean otherTable, boolean budget,
            boolean closes, boolean part) {
        return Arguments.of(printed, sheet, contents, otherTable, budget, closes, part);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
            row("2024年项目支出绩效目标表", true, false, false, false, false, false),
            row("部门整体绩效目标申报表", true, false, false, false, false, false),
            row("绩效评价结果应用表", true, false, false, false, false, false),
            row("目录", false, true, false, false, true, true),
            row("一、部门职能..........3", false, true, false, false, true, true),
            row("一、部门职能……3", false, true, false, false, true, true),
            row("表1 收支预算总表", false, false, true, true, true, false),
            row("表1 收支预算总表（单位：万元）", false, false, true, true, true, false),
            row("一般公共预算财政拨款支出", false, false, true, true, true, false),
            row("一般公共预算支出情况说明，如下", false, false, false, true, false, false),
            row("第一部分 部门概况", false, false, false, false, true, true),
            row("四、名词解释", false, false, false, false, true, true),
            row("（一）部门职能", false, false, false, false, true, true),
            row("附件2", false, false, false, false, false, true),
            row("附表3 人员表", false, false, true, false, true, true),
            row("一、收入预算情况。本年收入增加", false, false, false, false, false, false),
            row("人员名单表", false, false, true, false, true, false),
            row("名词解释", false, false, false, false, true, true),
            row("这是一段很长的说明文字超过三十个字符的一段话没有标点的名词解释", false, false, false, false, false, false),
            row("收支总表" + "甲".repeat(47), false, false, false, true, false, false),
            row("表" + "甲".repeat(47) + "甲甲", false, false, false, false, false, false),
            row("甲".repeat(47) + "甲甲表", false, false, true, false, true, false),
            row("甲".repeat(28) + "目录", false, false, false, false, true, true),
            row("甲".repeat(28) + "甲目录", false, false, false, false, false, false),
            row("第二章 总则", false, false, false, false, false, true),
            row("三.机构设置", false, false, false, false, true, true),
            row("", false, false, false, false, false, false)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void whatALineIs(String printed, boolean sheet, boolean contents, boolean otherTable, boolean budget,
            boolean closes, boolean part) {
        String key = Text.key(printed);
        assertEquals(sheet, DocumentWords.namesSheet(key), "names a sheet");
        assertEquals(contents, DocumentWords.isContentsEntry(printed), "contents entry");
        assertEquals(otherTable, DocumentWords.isOtherTableTitle(printed), "another table's title");
        assertEquals(budget, DocumentWords.isBudget(key), "budget words");
        assertEquals(closes, DocumentWords.closesSheet(printed), "closes a sheet");
        assertEquals(part, DocumentWords.isPartHeading(printed), "a part's heading");
    }
}
