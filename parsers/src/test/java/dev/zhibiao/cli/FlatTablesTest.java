package dev.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.Readers;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Zhibiao;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatTablesTest {
    @TempDir
    Path dir;

    private Path inputs() throws IOException {
        Path d = Files.createDirectories(dir.resolve("in"));
        Files.writeString(d.resolve("a.txt"), MainTest.SHEET);
        Files.writeString(d.resolve("b.txt"), MainTest.SHEET.replace("参保率", "参保率, \"全口径\""));
        Files.write(d.resolve("c.doc"), BatchTest.legacyDoc());
        return d;
    }

    /** @return the cells of each row, trailing empty cells dropped */
    static List<List<String>> cells(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> c = new ArrayList<>(r.cells().stream().map(Cell::text).toList());
            while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
                c.remove(c.size() - 1);
            }
            out.add(c);
        }
        return out;
    }

    /** @return what the flat tables should hold, trailing empty cells dropped */
    static List<List<String>> expected(List<String> header, List<Object[]> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (Object[] r : rows) {
            List<String> c = new ArrayList<>();
            for (Object o : r) {
                c.add(FlatTable.text(o));
            }
            while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
                c.remove(c.size() - 1);
            }
            out.add(c);
        }
        return out;
    }

    private List<Object[]> flat(Path d, boolean funding) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (String f : List.of("a.txt", "b.txt", "c.doc")) {
            Inputs.Input in = new Inputs.Input(d.resolve(f), d.resolve(f).toString());
            Outcome o = f.endsWith(".doc") ? Outcome.failed(in, "a legacy Word .doc file: save it as .docx (or HTML) and read that")
                    : new Outcome(in, Zhibiao.read(d.resolve(f)), null, null);
            rows.addAll(funding ? FlatTable.funding(o) : FlatTable.indicators(o));
        }
        return rows;
    }

    @Test
    void csvHasABomOneRowPerIndicatorAndAFundingTableBesideIt() throws IOException {
        Path d = inputs();
        Path out = dir.resolve("out.csv");
        BatchTest.Run r = BatchTest.run("extract", "--format", "csv", "-o", out.toString(), d.toString());
        assertEquals(1, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertEquals(String.join(",", FlatTable.INDICATORS), lines.get(0));
        assertTrue(text.contains("\r\n"));
        // 2 indicators per sheet, 2 sheets, one error row
        assertEquals(6, lines.size(), text);
        assertTrue(lines.get(4).contains(",\"参保率, \"\"全口径\"\"\","), lines.get(4));
        assertTrue(lines.get(5).startsWith(d.resolve("c.doc") + ",c.doc,") && lines.get(5).endsWith(",a legacy Word .doc file: save it as .docx (or HTML) and read that"),
                lines.get(5));
        assertTrue(lines.get(1).contains(",target,2023,城乡居民县级财政补助资金,,万元,1329,产出指标,数量指标,参保人数(人),≥299.68万人,≥ 2996800 人,>=,2996800,人,"),
                lines.get(1));
        String funding = Files.readString(dir.resolve("out.funding.csv"));
        assertEquals(String.join(",", FlatTable.FUNDING), funding.substring(1).lines().findFirst().orElseThrow());
        assertTrue(funding.contains(",年度资金总额,1329,"), funding);
    }

    @Test
    void xlsxReadsBackWithTheProjectsOwnReader() throws IOException {
        Path d = inputs();
        Path out = dir.resolve("out.xlsx");
        BatchTest.Run r = BatchTest.run("extract", "--format", "xlsx", "-o", out.toString(), d.toString());
        assertEquals(1, r.code(), r.err());
        List<Row> rows = Readers.document(Files.readAllBytes(out), "out.xlsx", Format.XLSX).rows();
        List<Row> first = rows.stream().filter(x -> x.at().page() == 1).toList();
        List<Row> second = rows.stream().filter(x -> x.at().page() == 2).toList();
        assertEquals(expected(FlatTable.INDICATORS, flat(d, false)), cells(first));
        assertEquals(expected(FlatTable.FUNDING, flat(d, true)), cells(second));
    }

    @Test
    void csvOpensInLibreOfficeCalcWithChineseIntact() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) not installed");
        // soffice without Calc (libreoffice-writer alone) cannot open a CSV as a spreadsheet
        Assumptions.assumeTrue(Files.exists(soffice.toRealPath().resolveSibling("libsclo.so")),
                "LibreOffice Calc (libreoffice-calc) not installed");
        Path d = inputs();
        Path csv = dir.resolve("out.csv");
        assertEquals(1, BatchTest.run("extract", "--format", "csv", "-o", csv.toString(), d.toString()).code());
        Path lo = Files.createDirectories(dir.resolve("lo"));
        // CSV:44,34,76,1 is what Calc's text import dialog is told: comma, double quote, UTF-8, from line 1
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--infilter=CSV:44,34,76,1",
                "--convert-to", "xlsx", "--outdir", lo.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        Path xlsx = lo.resolve("out.xlsx");
        assertTrue(Files.exists(xlsx), Files.readString(dir.resolve("soffice.log")));
        List<Row> rows = Readers.document(Files.readAllBytes(xlsx), "out.xlsx", Format.XLSX).rows();
        List<List<String>> back = cells(rows);
        // the byte-order mark is read as one, not as text
        assertEquals("file", back.get(0).get(0));
        assertEquals(expected(FlatTable.INDICATORS, flat(d, false)), back);
        assertTrue(back.get(1).contains("城乡居民县级财政补助资金"), back.get(1).toString());
        Sheet s = Zhibiao.read(d.resolve("a.txt")).get(0);
        assertEquals(s.indicators().get(0).name(), back.get(1).get(FlatTable.INDICATORS.indexOf("name")));
    }
}
