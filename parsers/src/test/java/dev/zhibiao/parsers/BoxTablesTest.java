package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Zhibiao;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables drawn with box-drawing characters ({@link BoxTables}). */
class BoxTablesTest {

    @Test
    void aTableRuledUnderItsHeadingOnlyIsALineARow() throws Exception {
        String text = String.join("\n", "2024年度项目支出绩效目标表", "┌──────┬──────┬──────┬──────┐",
                "│一级指标│二级指标│三级指标│指标值│", "├──────┼──────┼──────┼──────┤",
                "│产出指标│数量指标│培训人数│≥500人│", "│效益指标│社会效益指标│就业率│≥80%│", "└──────┴──────┴──────┴──────┘");
        String md = BoxTables.rewrite(text);
        assertEquals(text.split("\n").length, md.split("\n").length, "line for line");
        assertEquals("|产出指标|数量指标|培训人数|≥500人|", md.split("\n")[4]);
        List<Sheet> sheets = Zhibiao.reader().read(text, "t.txt");
        assertEquals(2, sheets.get(0).indicators().size());
        assertEquals("≥80%", sheets.get(0).indicators().get(1).value());
        assertEquals(6, sheets.get(0).indicators().get(1).locator().line());
    }

    @Test
    void aTableRuledBetweenRowsJoinsACellsLinesWhateverTheBoxWidth() throws Exception {
        // box-drawing characters two columns wide (text aligned for a CJK font): 6 rules of 12 columns
        String two = String.join("\n", "项目支出绩效目标表",
                "┌──────┬──────┬──────┬──────┐",
                "│ 一级指标   │ 二级指标   │ 三级指标   │ 指标值     │",
                "├──────┼──────┼──────┼──────┤",
                "│ 产出指标   │ 数量指标   │ 新建站点数 │ ≥20个      │",
                "│            │            │ 量         │            │",
                "├──────┼──────┼──────┼──────┤",
                "│ 满意度指标 │ 服务对象满 │ 群众满意度 │ ≥90%       │",
                "│            │ 意度指标   │            │            │",
                "└──────┴──────┴──────┴──────┘");
        Sheet s = Zhibiao.reader().read(two, "t.txt").get(0);
        assertEquals(2, s.indicators().size(), s.indicators().toString());
        assertEquals("新建站点数量", s.indicators().get(0).name());
        assertEquals("服务对象满意度指标", s.indicators().get(1).level2());
    }

    @Test
    void textWithoutBoxTablesIsLeftAsItIs() {
        String text = "项目名称：某项目\n│ 一行 │\n正文";
        assertSame(text, BoxTables.rewrite(text));
        assertFalse(BoxTables.mayHold("| a | b |"));
    }

    /**
     * {@link BoxTables#mayHold} by a search per rule character (speed34) answers as the loop over every character did:
     * any vertical rule anywhere (the double rule U+2551 too, since a table ruled with double lines only was never found).
     */
    @Test
    void mayHoldAnswersAsTheCharacterLoop() {
        String[] pieces = {"│", "┃", "║", "┆", "┇", "┊", "┋", "╎", "╏", "─", "═", "┼", "╬", "|", "项目", "a", "\n", " "};
        java.util.Random r = new java.util.Random(34);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(6), i = 0; i < n; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            boolean before = false;
            for (int i = 0; i < text.length() && !before; i++) {
                char c = text.charAt(i);
                before = "│┃║┆┇┊┋╎╏".indexOf(c) >= 0;
            }
            assertEquals(before, BoxTables.mayHold(text), text);
        }
        assertTrue(BoxTables.mayHold("项目 ║ 名称"));
        assertTrue(BoxTables.mayHold("项目 ╏ 名称"));
    }

    @Test
    void aTableRuledWithDoubleLinesOnlyIsRead() throws Exception {
        String text = String.join("\n", "2024年度项目支出绩效目标表", "╔══════╦══════╦══════╦══════╗",
                "║一级指标║二级指标║三级指标║指标值║", "╠══════╬══════╬══════╬══════╣",
                "║产出指标║数量指标║培训人数║≥500人║", "║效益指标║社会效益指标║就业率║≥80%║", "╚══════╩══════╩══════╩══════╝");
        List<Sheet> sheets = Zhibiao.reader().read(text, "t.txt");
        assertEquals(2, sheets.get(0).indicators().size(), sheets.toString());
        assertEquals("≥80%", sheets.get(0).indicators().get(1).value());
    }
}
