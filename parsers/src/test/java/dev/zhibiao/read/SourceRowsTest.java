package dev.zhibiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public rows view: what a reader makes of a document before recovery, with positions. */
class SourceRowsTest {
    static final String TEXT = String.join("\n",
            "项目支出绩效目标表",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t参保人数(人)\t≥299.68万人",
            "");

    @TempDir
    Path dir;

    @Test
    void rowsKeepTheirCellsAndPositions() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, TEXT);
        Zhibiao.SheetReader tsv = Zhibiao.reader().format(Format.TSV);
        SourceRows rows = tsv.rows(f);
        assertEquals("a.txt", rows.source());
        assertEquals(3, rows.rows().size());
        SourceRows.Row title = rows.rows().get(0);
        assertFalse(title.table());
        assertEquals(1, title.at().line());
        SourceRows.Row row = rows.rows().get(2);
        assertTrue(row.table());
        assertEquals("≥299.68万人", row.cells().get(3).text());
        assertEquals(new Locator(3, 4, null), row.cells().get(3).at());
        assertEquals("line 3 | 产出指标 | 数量指标 | 参保人数(人) | ≥299.68万人", row.toString());
        assertEquals(rows, tsv.rows(TEXT, "a.txt"));
        assertEquals(rows, tsv.rows(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), "a.txt"));
    }

    @Test
    void aMissingFileIsAOneLineError() {
        ReadException e = assertThrows(ReadException.class, () -> Zhibiao.reader().rows(dir.resolve("none.txt")));
        assertEquals("none.txt: no such file", e.getMessage());
    }
}
