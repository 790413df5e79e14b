package dev.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import dev.zhibiao.spark.examples.ExtractToParquet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code zhibiao} data source in Spark local mode ({@code local[2]}): the example job over a
 * folder of fixtures with a corrupt file, against the answer keys; the indicator rows of every text,
 * HTML, PDF, Word and Excel fixture against {@code zhibiao extract --format csv}; the other outputs
 * and the options.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkSourceTest {
    /**
     * The fixture folders compared with the command line: every rendering (text, HTML, PDF, Word, Excel, OCR output),
     * the answer keys aside. One OCR set in {@code verify} (its TSV, hOCR and searchable PDFs each find the rules on
     * the page images: most of this test's minutes); all three with {@code -Dzhibiao.spark.sets=all}.
     */
    static final List<String> FIXTURE_SETS = "all".equals(System.getProperty("zhibiao.spark.sets"))
            ? List.of("cell-per-line", "csv", "damaged", "disclosures", "disclosures-fresh", "docx", "html", "layouts",
                    "layouts-fresh", "markdown", "ocr-150", "ocr-200", "ocr-fresh-200", "pdf", "pdf-chromium", "pdftotext",
                    "raw", "templates", "tsv", "xlsx")
            : List.of("cell-per-line", "csv", "damaged", "disclosures", "disclosures-fresh", "docx", "html", "layouts",
                    "layouts-fresh", "markdown", "ocr-150", "pdf", "pdf-chromium", "pdftotext", "raw", "templates", "tsv",
                    "xlsx");

    static final Path CORPUS = Path.of(System.getProperty("zhibiao.root", "..")).resolve("fixtures/corpus")
            .toAbsolutePath().normalize();

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = SparkSession.builder().master("local[2]").appName("zhibiao-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void exampleJobWritesParquetThatMatchesTheAnswerKeys(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> docs;
        try (Stream<Path> s = Files.list(CORPUS.resolve("html"))) {
            docs = s.sorted().toList();
        }
        for (Path f : docs) {
            Files.copy(f, in.resolve(copied(f))); // a space and Chinese in every name: paths are URIs in Spark
        }
        // a corrupt PDF and a legacy .doc: one error row each, never a failed job
        Files.write(in.resolve("corrupt.pdf"), "%PDF-1.7\n\u0000\u0001 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("notes.json"), "{}"); // not a document extension: not read
        Path out = tmp.resolve("out");

        ExtractToParquet.Counts c = ExtractToParquet.run(spark, new String[] {in.toString()}, out.toString());

        long goldSheets = 0;
        long goldIndicators = 0;
        for (Path f : docs) {
            List<Sheet> gold = gold(f);
            goldSheets += gold.size();
            goldIndicators += gold.stream().mapToLong(s -> s.indicators().size()).sum();
        }
        assertEquals(new ExtractToParquet.Counts(goldSheets, goldIndicators, 1), c);

        Dataset<Row> errors = spark.read().parquet(out.resolve("errors").toString());
        Row e = errors.collectAsList().get(0);
        assertEquals("corrupt.pdf", e.getAs("source"));
        assertTrue(((String) e.getAs("path")).endsWith("/in/corrupt.pdf"), e.toString());
        assertTrue(!((String) e.getAs("reason")).isBlank());

        // a few values of every file against its answer key: the first and last indicator of its first and last sheet
        Dataset<Row> ind = spark.read().parquet(out.resolve("indicators").toString());
        for (Path f : docs) {
            List<Sheet> gold = gold(f);
            for (int si : new int[] {0, gold.size() - 1}) {
                var indicators = gold.get(si).indicators();
                for (int ii : new int[] {0, indicators.size() - 1}) {
                    var g = indicators.get(ii);
                    List<Row> got = ind.where("source = '" + copied(f) + "' and sheet = " + si + " and indicator = "
                            + ii).collectAsList();
                    assertEquals(1, got.size(), f + " sheet " + si + " indicator " + ii);
                    Row r = got.get(0);
                    assertEquals(g.name(), r.getAs("name"), f + " sheet " + si);
                    assertEquals(g.value(), r.getAs("value"), f + " sheet " + si);
                    assertEquals(gold.get(si).project(), r.getAs("project"), f + " sheet " + si);
                    assertEquals(gold.get(si).year(), r.getAs("year"), f + " sheet " + si);
                }
            }
        }
        Dataset<Row> sheets = spark.read().parquet(out.resolve("sheets").toString());
        assertEquals(goldIndicators, sheets.selectExpr("sum(size(indicators))").first().getLong(0));
    }

    private static String copied(Path f) {
        return "绩效 " + f.getFileName();
    }

    private static List<Sheet> gold(Path docs) throws IOException {
        String name = docs.getFileName().toString();
        return SheetJson.read(Files.readString(CORPUS.resolve("gold-html").resolve(name.substring(0, name.lastIndexOf('.')) + ".json")));
    }

    @Test
    void indicatorRowsOfEveryFixtureEqualExtractCsv() {
        List<String> dirs = FIXTURE_SETS.stream().map(d -> CORPUS.resolve(d).toString()).sorted().toList();
        // the command line on two threads (it keeps the input order): the comparison, not its speed, is the test
        List<String> args = new ArrayList<>(List.of("extract", "--format", "csv", "--quiet", "--threads", "2"));
        args.addAll(dirs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dev.zhibiao.cli.Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<List<String>> csv = Csv.parse(out.toString(StandardCharsets.UTF_8).substring(1)); // after the byte-order mark
        List<String> header = csv.remove(0);

        List<Row> rows = spark.read().format("zhibiao").load(dirs.toArray(new String[0])).collectAsList();

        assertTrue(rows.size() > 1000, "rows: " + rows.size());
        assertEquals(csv.size(), rows.size(), "indicator rows");
        int errors = 0;
        for (int n = 0; n < rows.size(); n++) {
            Row r = rows.get(n);
            List<String> c = csv.get(n);
            String where = "row " + n + " " + c;
            assertEquals(Path.of(c.get(header.indexOf("file"))).toAbsolutePath().normalize().toUri().getPath(),
                    new org.apache.hadoop.fs.Path(r.<String>getAs("path")).toUri().getPath(), where);
            for (String col : header) {
                String expected = c.get(header.indexOf(col));
                switch (col) {
                    case "file" -> { }
                    case "error" -> {
                        if (!expected.isEmpty()) {
                            errors++;
                            assertEquals(expected, r.getAs("error"), where);
                        } else {
                            assertNull(r.getAs("error"), where);
                        }
                    }
                    default -> {
                        Object v = r.getAs(col);
                        if (v instanceof BigDecimal d) {
                            assertEquals(0, new BigDecimal(expected).compareTo(d), where + " " + col);
                        } else {
                            assertEquals(expected, v == null ? "" : v.toString(), where + " " + col);
                        }
                    }
                }
            }
        }
        assertTrue(errors > 0, "the fixtures hold files with no sheet");
    }

    @Test
    void sheetsAndDiagnosticsAgreeWithIndicators() {
        String dir = CORPUS.resolve("damaged").toString();
        Dataset<Row> ind = spark.read().format("zhibiao").load(dir);
        Dataset<Row> sheets = spark.read().format("zhibiao").option("output", "sheets").load(dir);
        Dataset<Row> diags = spark.read().format("zhibiao").option("output", "diagnostics").load(dir);
        long indicators = ind.where("error is null").count();
        assertEquals(indicators, sheets.selectExpr("sum(size(indicators))").first().getLong(0));
        assertEquals(diags.count(), sheets.selectExpr("sum(size(diagnostics))").first().getLong(0));
        assertEquals(ind.where("error is null").select("path", "sheet").distinct().count(),
                sheets.where("size(indicators) > 0").count());
        assertEquals(0, spark.read().format("zhibiao").option("output", "errors").load(dir).count());
    }

    @Test
    void limitsAreOptionsAndAFileOverALimitIsAnErrorRow() {
        String raw = CORPUS.resolve("raw").toString();
        List<Row> errors = spark.read().format("zhibiao").option("output", "errors").option("documentBytes", "1k")
                .load(raw).collectAsList();
        assertEquals(5, errors.size());
        for (Row r : errors) {
            assertTrue(r.<String>getAs("reason").contains("documentBytes"), r.toString());
        }
        assertEquals(5, spark.read().format("zhibiao").option("output", "errors").option("limits", "documentBytes=1k")
                .load(raw).count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spark.read().format("zhibiao").option("documentbites", "1").load(raw).count());
        assertTrue(e.getMessage().contains("unknown option"), e.getMessage());
    }
}
