package dev.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String SHEET = String.join("\n",
            "项目支出绩效目标表",
            "(2023年度)",
            "项目名称\t城乡居民县级财政补助资金\t\t",
            "项目资金 (万元)\t年度资金总额\t1,329\t",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t参保人数(人)\t≥299.68万人",
            "\t质量指标\t参保率\t≥98%",
            "");

    @Test
    void extractReadsStandardInputForADash() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, SHEET);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"extract", "--format", "jsonl", f.toString(), "-"},
                new java.io.ByteArrayInputStream(SHEET.getBytes(StandardCharsets.UTF_8)),
                out, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("\"source\":\"a.txt\""), lines[0]);
        assertTrue(lines[1].contains("\"source\":\"stdin\""), lines[1]);
        assertEquals(lines[0].replace("a.txt", "stdin"), lines[1]);

        Run twice = run("extract", "-", "-");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("only once"), twice.err());
    }

    @Test
    void wordFilesAreReadAndLegacyOnesRefusedInOneLine() throws IOException {
        Path docx = dir.resolve("sheet.docx");
        StringBuilder body = new StringBuilder();
        String[] lines = SHEET.strip().split("\n");
        body.append("<w:p><w:r><w:t>").append(lines[0]).append("</w:t></w:r></w:p>");
        body.append("<w:p><w:r><w:t>").append(lines[1]).append("</w:t></w:r></w:p><w:tbl>");
        for (int i = 2; i < lines.length; i++) {
            body.append("<w:tr>");
            for (String cell : lines[i].split("\t", -1)) {
                body.append("<w:tc><w:p><w:r><w:t>").append(cell).append("</w:t></w:r></w:p></w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Run ok = run("extract", docx.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("\"source\": \"sheet.docx\"") || ok.out().contains("\"source\":\"sheet.docx\""), ok.out());
        assertTrue(ok.out().contains("参保人数(人)"), ok.out());

        Path doc = dir.resolve("sheet.doc");
        byte[] b = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, b, 512, name.length);
        Files.write(doc, b);
        Run refused = run("extract", doc.toString());
        assertEquals(1, refused.code());
        assertEquals("zhibiao: sheet.doc: a legacy Word .doc file: save it as .docx (or HTML) and read that",
                refused.err().strip());
        assertFalse(refused.err().contains("encoding"));

        Run help = run("--help");
        assertTrue(help.out().contains("docx") && help.out().contains("xlsx"), help.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("usage:"), r.err());
    }

    @Test
    void unknownCommandAndOptionAreUsageErrors() {
        assertEquals(2, run("frobnicate").code());
        Run r = run("extract", "--bogus", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown option --bogus"), r.err());
        assertEquals(2, run("extract").code());
        assertEquals(2, run("extract", "--format", "xml", "x").code());
        assertEquals(2, run("extract", "--input-format", "rtf", "x").code());
        assertEquals(1, run("extract", "--input-format", "docx", dir.resolve("nope.docx").toString()).code());
    }

    @Test
    void missingFileIsOneLineNamingIt() {
        Run r = run("extract", dir.resolve("nope.txt").toString());
        assertEquals(1, r.code());
        assertEquals("zhibiao: nope.txt: no such file", r.err().strip());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void emptyAndNonTableFilesAreOneLineErrors() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("extract", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
        Path prose = Files.writeString(dir.resolve("prose.txt"), "这是一段说明文字。\n没有表格。\n");
        r = run("extract", prose.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("zhibiao: prose.txt: "), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void extractPrintsOneArrayForSeveralFilesAndJsonLines() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), SHEET);
        Path b = Files.writeString(dir.resolve("b.txt"), SHEET);
        Run r = run("extract", a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("["));
        assertTrue(r.out().contains("\"source\": \"a.txt\"") && r.out().contains("\"source\": \"b.txt\""));
        assertTrue(r.out().indexOf("a.txt") < r.out().indexOf("b.txt"));
        r = run("extract", "--format", "jsonl", a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("{\"source\":")));
        assertTrue(r.out().contains("\"target\":{\"op\":\">=\",\"value\":2996800,\"unit\":\"人\"}"), r.out());
    }

    @Test
    void targetsReadsNameTabValueLines() throws IOException {
        Path f = Files.writeString(dir.resolve("v.tsv"), "重复参保人数(人)\t0\n≥ 28%\n\n");
        Run r = run("targets", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.List.of("{\"op\":\"=\",\"value\":0,\"unit\":\"人\"}", "{\"op\":\">=\",\"value\":28,\"unit\":\"%\"}",
                "null"), r.out().lines().toList());
    }

    @Test
    void rowsPrintsTheReadersGridWithPositions() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), SHEET);
        Run r = run("rows", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("line 6 | 产出指标 | 数量指标 | 参保人数(人) | ≥299.68万人")), r.out());
        assertEquals(2, run("rows").code());
    }

    @Test
    void targetsWithMissingFileExitsOne() {
        Run r = run("targets", dir.resolve("none.tsv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"));
    }
}
