package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Document;
import org.junit.jupiter.api.Test;

/**
 * Word boxes read without their page image are laid out by position, no cell seen: the reader says so
 * ({@link Document#cellsUnseen}), and recovery may then read a table's labels as printed at their merged cells'
 * middles. Other readers' documents never say it.
 */
class CellsUnseenTest {
    private static final String HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static String word(int line, int left, int top, String text) {
        return "5\t1\t1\t1\t" + line + "\t1\t" + left + "\t" + top + "\t" + (text.length() * 26) + "\t26\t95\t" + text + "\n";
    }

    @Test
    void wordBoxesWithoutTheirImageAreLinesLaidOutByPosition() throws Exception {
        String tsv = HEAD + word(1, 100, 100, "项目支出绩效目标表") + word(2, 100, 160, "二级指标") + word(2, 400, 160, "三级指标")
                + word(3, 100, 220, "数量指标") + word(3, 400, 220, "培训人数");
        Document doc = OcrTsvReader.read(tsv, "scan.tsv");
        assertTrue(doc.cellsUnseen());
        assertFalse(doc.printedLines());
    }

    @Test
    void otherDocumentsSeeTheirCells() {
        assertFalse(new Document("a.md", java.util.List.of()).cellsUnseen());
    }
}
