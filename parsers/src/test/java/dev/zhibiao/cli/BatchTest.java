package dev.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.SheetJson;
import dev.zhibiao.read.Zhibiao;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(false, args);
    }

    static byte[] legacyDoc() {
        byte[] b = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, b, 512, name.length);
        return b;
    }

    /** A folder: two sheets in a subfolder and at the top, a README, a .doc, files that are not documents. */
    private Path folder() throws IOException {
        Path d = Files.createDirectories(dir.resolve("in"));
        Files.writeString(d.resolve("b.txt"), MainTest.SHEET);
        Files.createDirectories(d.resolve("sub"));
        Files.writeString(d.resolve("sub/a.tsv"), MainTest.SHEET.replace("城乡居民", "农村"));
        Files.writeString(d.resolve("README.md"), "# notes\n\nNothing to read here.\n");
        Files.write(d.resolve("old.doc"), legacyDoc());
        Files.writeString(d.resolve("data.json"), "{}");
        Files.writeString(d.resolve(".hidden.txt"), MainTest.SHEET);
        return d;
    }

    @Test
    void aFolderIsReadInPathOrderAndABadFileIsOneErrorRecord() throws IOException {
        Path d = folder();
        Run r = run("extract", "--format=jsonl", d.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // README.md, b.txt, old.doc, sub/a.tsv in path order; data.json and the hidden file left out
        assertEquals(4, lines.size(), r.out());
        assertEquals("{\"file\":\"" + d.resolve("README.md") + "\",\"error\":\"no sheet found (no sheet title, header label or indicator heading row (2 rows read, 0 of them table rows)); 2 rows outside sheets: prose (2 lines)\"}",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"source\":\"b.txt\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"file\":\"" + d.resolve("old.doc") + "\",\"error\":\"a legacy Word .doc file"), lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"source\":\"a.tsv\"") && lines.get(3).contains("农村"), lines.get(3));
        List<String> err = r.err().lines().toList();
        assertTrue(err.contains("zhibiao: old.doc: a legacy Word .doc file: save it as .docx (or HTML) and read that"), r.err());
        assertTrue(err.contains("zhibiao: 4 files: 2 read, 2 failed; 2 sheets, 4 indicators, 0 remnants"), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("zhibiao: diagnostics:")), r.err());
        assertFalse(r.err().contains("\r"), "no progress line when standard error is not a terminal");

        Run parallel = run("extract", "--format", "jsonl", "--threads", "3", d.toString());
        assertEquals(r.out(), parallel.out());
        assertEquals(r.code(), parallel.code());
    }

    /** In a folder, an OCR engine's JSON and hOCR are documents; a Sheet JSON export beside them is not. */
    @Test
    void ocrJsonAndHocrInAFolderAreReadAndExportsAreNot() throws IOException {
        Path d = Files.createDirectories(dir.resolve("ocr"));
        Files.writeString(d.resolve("scan.json"), "[[[[10,10],[400,10],[400,40],[10,40]],[\"项目支出绩效目标表\",0.99]]]");
        Files.writeString(d.resolve("scan.hocr"), "<html><body><div class='ocr_page' title='bbox 0 0 500 500'>"
                + "<span class='ocr_line' title='bbox 10 10 400 40'><span class='ocrx_word' title='bbox 10 10 400 40; x_wconf 95'>"
                + "项目支出绩效目标表</span></span></div></body></html>");
        Files.writeString(d.resolve("sheets.json"), "[{\"source\":\"a.md\",\"kind\":\"target\",\"indicators\":[]}]");
        Run r = run("extract", "--format=jsonl", d.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out() + r.err());
        assertTrue(lines.get(0).contains("scan.hocr"), lines.get(0));
        assertTrue(lines.get(1).contains("scan.json"), lines.get(1));
    }

    @Test
    void readerLimitsAreSetWithLimit() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.html"), "<div>".repeat(600) + "<table><tr><td>x</td></tr></table>");
        Run r = run("extract", "--format=jsonl", deep.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("over the depth limit of 512") && r.out().contains("--limit depth=N"), r.out());
        r = run("extract", "--format=jsonl", "--limit", "depth=2000,sheets=10", deep.toString());
        assertTrue(!r.out().contains("depth limit") && r.out().contains("no sheet found"), r.out());
        r = run("extract", "--limit", "bogus=1", deep.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--limit: unknown limit \"bogus\""), r.err());
    }

    @Test
    void aJsonArrayIsWrittenAsBeforeAndHoldsErrorRecords() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), MainTest.SHEET);
        Run r = run("extract", a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(SheetJson.write(Zhibiao.read(a)) + "\n", r.out());
        assertEquals("", r.err(), "one file is not a batch: no summary");

        Path d = folder();
        r = run("extract", d.toString(), a.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("[\n  {\n    \"file\": "), r.out());
        assertTrue(r.out().endsWith("\n]\n"), r.out());
        // the array reads back: sheets where sheets are, error records where files failed
        Object parsed = dev.zhibiao.internal.json.Json.parse(r.out());
        assertEquals(5, ((List<?>) parsed).size());
    }

    @Test
    void globsAndOptionsWithEqualsSigns() throws IOException {
        Path d = folder();
        Run r = run("extract", "--format=jsonl", "--input-format=tsv", d + "/**.tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("\"source\":\"a.tsv\""));
        assertTrue(r.err().contains("1 file: 1 read, 0 failed"), r.err());
        Run none = run("extract", d + "/*.nothing");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no file matches"), none.err());
    }

    @Test
    void progressOnlyOnATerminalAndNotWhenQuiet() throws IOException {
        Path d = folder();
        Run tty = run(true, "extract", "--format", "jsonl", d.toString());
        assertTrue(tty.err().contains("\r\033[K[4/4] 2 sheets, 2 failed"), tty.err());
        Run quiet = run(true, "extract", "--format", "jsonl", "--quiet", d.toString());
        assertFalse(quiet.err().contains("\r"), quiet.err());
        assertFalse(quiet.err().contains("files:"), quiet.err());
        assertTrue(quiet.err().contains("old.doc"), "errors are shown even when quiet");
        assertEquals(tty.out(), quiet.out());
    }

    /** A stream that fails like a full disk or a closed pipe, counting what was tried after. */
    static final class Failing extends OutputStream {
        final String message;
        int failures;

        Failing(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            failures++;
            throw new IOException(message);
        }
    }

    @Test
    void aFailedWriteIsAnErrorAndAClosedPipeStopsTheBatch() throws IOException {
        Path d = folder();
        for (String cmd : List.of("extract", "targets")) {
            Failing full = new Failing("No space left on device");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Path in = cmd.equals("targets") ? Files.writeString(dir.resolve("v.txt"), "≥ 28%\n".repeat(20000)) : d;
            int code = Main.run(new String[] {cmd, in.toString()}, new ByteArrayInputStream(new byte[0]), full,
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            assertEquals(1, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("zhibiao: cannot write the output (No space left on device)"),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals(1, full.failures, "nothing more is tried after a failed write");
        }
        Failing pipe = new Failing("Broken pipe");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"extract", "--format", "jsonl", d.toString()}, new ByteArrayInputStream(new byte[0]),
                pipe, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(1, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertFalse(e.contains("cannot write"), "a closed pipe is not worth a message: " + e);
        assertFalse(e.contains("files:"), "the batch stopped before its summary: " + e);
        assertEquals(1, pipe.failures);
        // the first document is README.md (an error record, flushed): the batch stopped there
        assertFalse(e.contains("old.doc"), e);
    }

    @Test
    void outputToAFileOrADirectory() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), MainTest.SHEET);
        Path out = dir.resolve("o/sheets.json");
        Run r = run("extract", "-o", out.toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(SheetJson.write(Zhibiao.read(a)) + "\n", Files.readString(out));
        Path od = Files.createDirectories(dir.resolve("od"));
        r = run("extract", "--format", "jsonl", "--output", od.toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(SheetJson.writeLine(Zhibiao.read(a).get(0)) + "\n", Files.readString(od.resolve("sheets.jsonl")));
    }

    @Test
    void helpListsEveryInputFormat() {
        for (String[] cmd : List.of(new String[] {"--help"}, new String[] {"extract", "--help"},
                new String[] {"report", "--help"}, new String[] {"rows", "--help"})) {
            Run r = run(cmd);
            assertEquals(0, r.code(), String.join(" ", cmd));
            for (dev.zhibiao.read.Format f : dev.zhibiao.read.Format.values()) {
                String name = f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                assertEquals(f, dev.zhibiao.read.Format.of(name));
                assertTrue(java.util.regex.Pattern.compile("[ :]" + name + "[,\\s]").matcher(r.out()).find(),
                        String.join(" ", cmd) + " does not list " + name + ":\n" + r.out());
            }
        }
    }

    @Test
    void helpOnEveryCommandAndTheVersion() {
        for (String cmd : List.of("extract", "report", "targets", "rows")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().startsWith("usage: zhibiao " + cmd), r.out());
            assertTrue(r.out().contains("-h, --help"), r.out());
        }
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("zhibiao \\d+\\.\\d+\\.\\d+.*\n"), v.out());
        assertEquals(2, run("extract", "--threads", "0", "x").code());
        assertEquals(2, run("extract", "--pages", "3-1", "x").code());
        assertEquals(2, run("report", "--format", "json", "x").code());
    }

    @Test
    void pagesOfAPdfAndForcedFormatsReadAtLeastWhatDetectionReads() {
        Path pdf = Path.of("../fixtures/corpus/pdf/h1_000.pdf");
        Path md = Path.of("../fixtures/corpus/markdown/h1_000_gfm.md");
        Assumptions.assumeTrue(Files.exists(pdf) && Files.exists(md), "corpus not present");
        Run all = run("extract", "--format", "jsonl", pdf.toString());
        assertEquals(0, all.code(), all.err());
        // the last sheet starts on page 4: read from there alone it is the same sheet
        Run last = run("extract", "--format", "jsonl", "--pages", "4-", pdf.toString());
        assertEquals(0, last.code(), last.err());
        assertEquals(1, last.out().lines().count(), last.out());
        assertTrue(last.out().contains("\"locator\":{\"line\":null,\"page\":4}"), last.out());
        List<String> whole = all.out().lines().toList();
        assertEquals(whole.get(whole.size() - 1), last.out().strip());
        Run none = run("extract", "--pages", "99", pdf.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("none of the pages asked for is in the PDF"), none.err());

        Run auto = run("extract", "--format", "jsonl", md.toString());
        Run forced = run("extract", "--format", "jsonl", "--input-format", "markdown", md.toString());
        assertEquals(0, forced.code(), forced.err());
        assertEquals(3, auto.out().lines().count());
        assertEquals(auto.out(), forced.out());
    }

    @Test
    void jvmErrorsWhileReadingAreOneLineNamingTheFileAndTheBatchGoesOn() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), MainTest.SHEET);
        List<Throwable> failures = List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new IllegalStateException("boom"));
        List<String> said = List.of("ran out of memory while reading it: give Java more (java -Xmx4g -jar zhibiao.jar ...) or split the document",
                "nested too deeply to read (stack overflow): split the document, or report it to zhibiao with the file",
                "could not be read because of a zhibiao bug (IllegalStateException: boom): please report it with the file");
        for (int k = 0; k < failures.size(); k++) {
            Throwable t = failures.get(k);
            java.io.InputStream broken = new java.io.InputStream() {
                @Override
                public int read() {
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"extract", "--format", "jsonl", "-", a.toString()}, broken, out,
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            assertEquals(1, code);
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals("zhibiao: stdin: " + said.get(k), e.lines().findFirst().orElseThrow(), e);
            assertFalse(e.contains("\tat "), "no stack trace: " + e);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals("{\"file\":\"-\",\"error\":\"" + said.get(k) + "\"}", lines.get(0));
            assertTrue(lines.get(1).startsWith("{\"source\":\"a.txt\""), "the batch went on");
        }
    }

    @Test
    void eachDocumentIsWrittenOutWhenItIsDone() throws IOException {
        Path d = folder();
        List<String> seen = new java.util.ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        OutputStream recording = new OutputStream() {
            @Override
            public void write(int b) {
                all.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                all.write(b, off, len);
            }

            @Override
            public void flush() {
                seen.add(all.toString(StandardCharsets.UTF_8));
            }
        };
        int code = Main.run(new String[] {"extract", "--format", "jsonl", d.toString()}, new ByteArrayInputStream(new byte[0]),
                recording, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertEquals(1, code);
        // what had reached the stream at each flush: one more document each time
        List<String> lines = all.toString(StandardCharsets.UTF_8).lines().toList();
        for (int k = 1; k <= lines.size(); k++) {
            String prefix = String.join("\n", lines.subList(0, k)) + "\n";
            assertTrue(seen.contains(prefix), "not flushed after document " + k + ": " + seen);
        }
    }
}
