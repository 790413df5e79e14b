package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    @Test
    void pipeRowsDelimitersAndProse() {
        Document d = MarkdownReader.read("标题绩效目标表\n\n| a | b \\| c |\n|---|:--:|\n| 1 | |\n", "t.md");
        assertEquals(3, d.rows().size());
        assertEquals(List.of("a", "b | c"), d.rows().get(1).cells().stream().map(Cell::text).toList());
        assertEquals(List.of("1", ""), d.rows().get(2).cells().stream().map(Cell::text).toList());
        assertEquals(5, d.rows().get(2).at().line());
        assertEquals(3, d.rows().get(1).cells().get(0).at().line());
        assertEquals(2, d.rows().get(1).cells().get(1).at().column());
    }

    @Test
    void converterMarkupIsRemovedFromCellsAndProse() {
        Document d = MarkdownReader.read(String.join("\n",
                "::: Custom_UnionStyle",
                "## **<span",
                "style=\"font-size:16pt\">项目支出绩效目标表</span>**",
                "| [项目名称]{lang=\"ZH-CN\"} | <span style=\"x\">医保\\[2018\\]资金</span> |",
                "| 值 | 1&nbsp;000 |"), "t.md");
        List<Row> rows = d.rows();
        assertEquals(3, rows.size());
        assertEquals("项目支出绩效目标表", dev.zhibiao.internal.text.Text.clean(rows.get(0).text()));
        assertEquals(2, rows.get(0).at().line());
        assertEquals(List.of("项目名称", "医保[2018]资金"),
                rows.get(1).cells().stream().map(c -> dev.zhibiao.internal.text.Text.clean(c.text())).toList());
        assertEquals("1 000", rows.get(2).cells().get(1).text());
    }
}
