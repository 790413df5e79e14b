package dev.zhibiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming writer writes exactly what {@link SheetJson#write(List)} and writeLine write. */
class SheetWriterTest {
    private static Sheet sheet(String project, String value) {
        Indicator i = new Indicator("产出指标", "数量指标", "参保人数", value, Targets.parse(value), null, null, null,
                null, null, null, null, null, null, null, Locator.line(3));
        return new Sheet("t.md", Locator.line(1), Kind.TARGET, "项目支出绩效目标表", 2020, project, null, Map.of(),
                Map.of(), new Funding("万元", List.of()), null, List.of("目标\t一"), List.of(), List.of(i),
                List.of("\"引号\""), List.of());
    }

    @Test
    void arrayIsTheSameTextAsWrite() throws IOException {
        List<Sheet> sheets = List.of(sheet("甲", "≥299.68万人"), sheet("乙", "6-9个月"), sheet("丙", "不低于上年"));
        for (int n = 0; n <= sheets.size(); n++) {
            StringWriter out = new StringWriter();
            try (SheetJson.SheetWriter w = SheetJson.writer(out)) {
                for (Sheet s : sheets.subList(0, n)) {
                    w.write(s);
                }
            }
            assertEquals(SheetJson.write(sheets.subList(0, n)), out.toString());
            assertEquals(sheets.subList(0, n), SheetJson.read(out.toString()));
        }
    }

    @Test
    void linesAreWriteLine() throws IOException {
        List<Sheet> sheets = List.of(sheet("甲", "≥299.68万人"), sheet("乙", "6-9个月"));
        StringBuilder out = new StringBuilder();
        SheetJson.SheetWriter w = SheetJson.lineWriter(out);
        for (Sheet s : sheets) {
            w.write(s);
        }
        w.close();
        assertEquals(SheetJson.writeLine(sheets.get(0)) + "\n" + SheetJson.writeLine(sheets.get(1)) + "\n", out.toString());
        assertEquals(2, w.count());
        assertThrows(IllegalStateException.class, () -> w.write(sheets.get(0)));
    }

    @Test
    void outputFailuresAreThrown() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] c, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        SheetJson.SheetWriter w = SheetJson.writer(broken);
        IOException e = assertThrows(IOException.class, () -> w.write(sheet("甲", "1")));
        assertEquals("No space left on device", e.getMessage());
    }
}
