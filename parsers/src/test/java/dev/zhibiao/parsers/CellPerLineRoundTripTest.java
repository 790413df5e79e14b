package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: a document written the way Word exports tables as text (a tab before every cell, a
 * cell's further paragraphs untabbed after a blank line, a blank line after every row and one more
 * after every table, prose lines between tables) reads back as exactly its rows and prose lines.
 */
class CellPerLineRoundTripTest {
    private static final String[] WORDS = {"产出指标", "数量指标", "参保人数", "≥100%", "90100.00", "上级文件政策",
        "项目名称", "1、确保参保率", "2、提高满意度。", "资金支出计划（%）", "3月底", "用于 村级 代办员补助", "A-17", "（1）负责"};
    private static final String[] PROSE = {"第二部分", "预算项目绩效目标", "1、某资金绩效目标表", "目    录", "2020年度",
        "61、乙资金绩效目标表", "宣传贯彻执行党的路线。"};

    /** What a reader must give back: a table row's cells, or a prose line (prefixed with "~"). */
    private record Expected(List<String> rows, String text) {
    }

    private static Expected generate(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<String> rows = new ArrayList<>();
        int blocks = 1 + r.nextInt(5);
        for (int b = 0; b < blocks; b++) {
            int prose = r.nextInt(3);
            for (int p = 0; p < prose; p++) {
                String line = PROSE[r.nextInt(PROSE.length)];
                text.append(line).append('\n');
                rows.add("~" + line);
                if (r.nextBoolean()) {
                    text.append('\n');
                }
            }
            int tableRows = 1 + r.nextInt(4);
            for (int t = 0; t < tableRows; t++) {
                int cells = 1 + r.nextInt(6);
                List<String> expected = new ArrayList<>();
                for (int c = 0; c < cells; c++) {
                    if (r.nextInt(5) == 0) {
                        text.append("\t\n");
                        expected.add("");
                        continue;
                    }
                    int paragraphs = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
                    List<String> ps = new ArrayList<>();
                    for (int p = 0; p < paragraphs; p++) {
                        ps.add(WORDS[r.nextInt(WORDS.length)]);
                    }
                    text.append('\t').append(String.join("\n\n", ps)).append('\n');
                    expected.add(String.join("\n", ps));
                }
                text.append('\n');
                rows.add(String.join("|", expected));
            }
            text.append('\n');
        }
        return new Expected(rows, text.toString());
    }

    private static List<String> read(String text) {
        List<String> out = new ArrayList<>();
        for (Row row : CellPerLineReader.read(text, "gen.txt").rows()) {
            out.add(row.table() ? String.join("|", row.cells().stream().map(Cell::text).toList()) : "~" + row.text());
        }
        return out;
    }

    @Test
    void wordExportReadsBackAsItsRows() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Expected e = generate(seed);
            assertEquals(e.rows(), read(e.text()), () -> "seed " + seed + "\n" + e.text());
        });
    }

    @Test
    void windowsLineEndingsReadTheSame() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Expected e = generate(seed);
            assertEquals(e.rows(), read(e.text().replace("\n", "\r\n")), () -> "seed " + seed);
        });
    }
}
