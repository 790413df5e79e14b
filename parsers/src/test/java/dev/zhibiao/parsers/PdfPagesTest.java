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
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.junit.jupiter.api.Test;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
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
        int tables = 0;
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
                        // the reader's lattice finds tabula's tables and cells, without their text
                        List<Ruling> rulings = new ArrayList<>(got.getHorizontalRulings());
                        rulings.addAll(got.getVerticalRulings());
                        assertEquals(tables(lattice.extract(got, rulings)), tables(PdfGrid.lattice(rulings, lattice)), at);
                        tables += PdfGrid.lattice(rulings, lattice).size();
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
        assertTrue(tables >= 40, "lattice tables compared: " + tables);
    }

    /** Each table's bounds and its rows' cells (their bounds and kinds). */
    private static List<String> tables(List<? extends Table> tables) {
        List<String> out = new ArrayList<>();
        for (Table t : tables) {
            StringBuilder b = new StringBuilder(t.getClass().getSimpleName() + " " + t.getBounds2D() + ":");
            for (List<RectangularTextContainer> row : t.getRows()) {
                b.append("\n");
                for (RectangularTextContainer<?> c : row) {
                    b.append(c.getClass().getSimpleName()).append(c.getBounds2D()).append(' ');
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * The clipping box of the ruling pass is the bounds of PDFBox's own clipping area on the page, for
     * clippings by rectangles (intersecting, nested, touching, apart, without area) and by other paths,
     * under the page transforms of every rotation.
     */
    @Test
    void clipBoxAsPdfBoxArea() {
        Random r = new Random(11);
        int fast = 0;
        for (int round = 0; round < 20_000; round++) {
            PDGraphicsState state = new PDGraphicsState(new PDRectangle(0, 0, 595.3f, 841.9f));
            int paths = r.nextInt(4);
            for (int i = 0; i < paths; i++) {
                float x = r.nextInt(3) == 0 ? 100 : r.nextFloat() * 600 - 20;
                float y = r.nextInt(3) == 0 ? 200 : r.nextFloat() * 860 - 20;
                float w = r.nextInt(5) == 0 ? 0 : r.nextInt(3) == 0 ? 50 : r.nextFloat() * 300;
                float h = r.nextInt(5) == 0 ? 0 : r.nextInt(3) == 0 ? 30 : r.nextFloat() * 300;
                GeneralPath g = new GeneralPath();
                switch (r.nextInt(6)) {
                    case 0 -> { // a triangle
                        g.moveTo(x, y);
                        g.lineTo(x + w, y);
                        g.lineTo(x, y + h);
                        g.closePath();
                    }
                    case 1 -> { // counter-clockwise, back to the start, not closed
                        g.moveTo(x, y);
                        g.lineTo(x, y + h);
                        g.lineTo(x + w, y + h);
                        g.lineTo(x + w, y);
                        g.lineTo(x, y);
                    }
                    case 2 -> { // two rectangles in one path
                        g.append(new Rectangle2D.Float(x, y, w, h), false);
                        g.append(new Rectangle2D.Float(x + 5, y + 5, w, h), false);
                    }
                    default -> {
                        g.moveTo(x, y);
                        g.lineTo(x + w, y);
                        g.lineTo(x + w, y + h);
                        g.lineTo(x, y + h);
                        g.closePath();
                    }
                }
                state.intersectClippingPath(g);
            }
            int rotation = 90 * r.nextInt(4);
            AffineTransform t = rotation % 180 != 0 ? AffineTransform.getRotateInstance(rotation * (Math.PI / 180.0), 0, 0)
                    : AffineTransform.getTranslateInstance(0, 841.9f);
            t.concatenate(AffineTransform.getScaleInstance(1, -1));
            t.translate(-r.nextInt(3), -r.nextInt(3));
            boolean rectangles = PdfPages.rectanglesBox(state.getCurrentClippingPaths(), t) != null;
            fast += rectangles ? 1 : 0;
            java.awt.geom.Rectangle2D got = PdfPages.clipBox(state, t);
            java.awt.geom.Rectangle2D want = t.createTransformedShape(state.getCurrentClippingPath()).getBounds2D();
            assertEquals(want, got, "round " + round);
        }
        assertTrue(fast > 10_000, "clippings by rectangles: " + fast);
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
