package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * {@link PdfPages} gives the pages tabula's own extraction gives (the same text elements, the same
 * rulings less the strokes of Type 3 glyphs), and rounds as tabula does.
 */
class PdfPagesTest {

    @Test
    void roundsAsTabulaDoes() {
        Random r = new Random(7);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 400_000; i++) {
            values.add((double) (r.nextFloat() * 1000 - 100)); // page coordinates are floats
            values.add(r.nextDouble() * 2000 - 1000);
        }
        for (int k = -200_000; k <= 200_000; k++) { // half-way points and their neighbours
            double h = (k + 0.5) / 100;
            values.add(h);
            values.add(Math.nextUp(h));
            values.add(Math.nextDown(h));
            values.add((double) (float) h);
            values.add(k / 100.0);
        }
        values.addAll(List.of(0.0, -0.0, -0.001, 1e9, -1e9, 123456.785, 1.005, 2.675, 1e-320));
        for (double d : values) {
            float want = Utils.round(d, 2);
            float got = PdfPages.round2(d);
            assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got), () -> "round(" + d + ")");
        }
    }

    @Test
    void sameGlyphsAndRulingsAsTabula() throws IOException {
        int pages = 0;
        int strokes = 0;
        int changed = 0;
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        for (String set : List.of("pdf", "pdf-chromium")) {
            Path dir = Path.of("../fixtures/corpus", set);
            assumeTrue(Files.isDirectory(dir), "the fixture corpus is beside this module");
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                try (PDDocument a = PDDocument.load(bytes); PDDocument b = PDDocument.load(bytes)) {
                    ObjectExtractor tabula = new ObjectExtractor(a);
                    PdfPages ours = new PdfPages(b);
                    for (int p = 1; p <= a.getNumberOfPages(); p++) {
                        Page want = tabula.extract(p);
                        Page got = ours.page(p);
                        String at = f.getFileName() + " page " + p;
                        assertEquals(texts(want.getText()), texts(got.getText()), at);
                        assertEquals(want.getMinCharWidth(), got.getMinCharWidth(), at);
                        assertEquals(want.getMinCharHeight(), got.getMinCharHeight(), at);
                        assertEquals(want.getWidth(), got.getWidth(), at);
                        assertEquals(want.getHeight(), got.getHeight(), at);
                        // every ruling of ours is tabula's, in tabula's order, and each ruling tabula
                        // has beyond them are strokes of Type 3 glyphs (LibreOffice prints have none),
                        // where they made empty cells or rows, never text of its own
                        List<Ruling> all = want.getUnprocessedRulings();
                        List<Ruling> kept = got.getUnprocessedRulings();
                        int k = 0;
                        for (Ruling r : all) {
                            if (k < kept.size() && r.toString().equals(kept.get(k).toString())) {
                                k++;
                            } else {
                                assertTrue(set.equals("pdf-chromium"), at + ": ruling left out " + r);
                                                                strokes++;
                            }
                        }
                        assertEquals(kept.size(), k, at + ": a ruling tabula does not find");
                        List<Row> before = PdfReader.readPage(want, lattice, p);
                        List<Row> after = PdfReader.readPage(got, lattice, p);
                        if (set.equals("pdf")) {
                            assertEquals(before.toString(), after.toString(), at);
                        } else {
                            assertEquals(text(before), text(after), at);
                            changed += before.toString().equals(after.toString()) ? 0 : 1;
                        }
                        pages++;
                    }
                }
            }
        }
        assertTrue(pages >= 40, "pages compared: " + pages);
        assertTrue(strokes > 0, "Type 3 glyph strokes left out: " + strokes);
        assertTrue(changed > 0, "pages whose empty cells changed: " + changed);
    }

    /** Each row's filled cells, rows without any left out. */
    private static List<List<String>> text(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                if (!c.isEmpty()) {
                    cells.add(c.text());
                }
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        return out;
    }

    private static List<String> texts(List<TextElement> elements) {
        List<String> out = new ArrayList<>();
        for (TextElement e : elements) {
            out.add(e.getText() + " " + e.x + " " + e.y + " " + e.width + " " + e.height + " " + e.getFontSize() + " "
                    + e.getWidthOfSpace() + " " + e.getDirection() + " " + (e.getFont() == null ? "" : e.getFont().getName()));
        }
        return out;
    }

}
