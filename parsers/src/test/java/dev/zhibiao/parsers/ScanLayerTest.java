package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searchable scans told from printed pages by what a page draws, the path each page is read by,
 * and the hint naming the option; no OCR engine needed (a missing one is named by its error).
 */
class ScanLayerTest {
    @TempDir
    Path dir;

    /** How a test page draws its text and its image. */
    enum Page {
        /** text in rendering mode 3, then a page-sized image (Tesseract's and OCRmyPDF's layout) */
        INVISIBLE_UNDER_IMAGE,
        /** a page-sized image, then text in rendering mode 3 (a scanner's software) */
        INVISIBLE_OVER_IMAGE,
        /** visible text, then a page-sized image covering it */
        VISIBLE_UNDER_IMAGE,
        /** a page-sized image (a letterhead, a background), then visible text on it */
        VISIBLE_OVER_IMAGE,
        /** text in rendering mode 3 and no image */
        INVISIBLE_NO_IMAGE,
        /** text in rendering mode 3 over an image covering a third of the page (a photo, a stamp) */
        INVISIBLE_OVER_SMALL_IMAGE,
        /** a page-sized image and no text (an image-only scan) */
        IMAGE_ONLY,
        /** text in rendering mode 3, then a page-sized image showing no ruled table */
        INVISIBLE_UNRULED
    }

    /** A page image (A4 at 100 dpi): a ruled table of six rows and four columns, a bar of ink in a cell; or blank paper. */
    private static BufferedImage scan(int w, int h, boolean ruled) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        if (ruled) {
            g.setStroke(new java.awt.BasicStroke(2));
            for (int r = 0; r <= 6; r++) {
                g.drawLine(80, 300 + r * 60, 750, 300 + r * 60);
            }
            for (int c : new int[] {80, 200, 330, 560, 750}) {
                g.drawLine(c, 300, c, 660);
            }
            g.fillRect(100, 325, 80, 10);
        }
        g.dispose();
        return img;
    }

    static byte[] pdf(Page... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Page kind : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan(827, 1170, kind != Page.INVISIBLE_UNRULED));
                float w = PDRectangle.A4.getWidth();
                float h = PDRectangle.A4.getHeight();
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    boolean invisible = kind == Page.INVISIBLE_UNDER_IMAGE || kind == Page.INVISIBLE_OVER_IMAGE
                            || kind == Page.INVISIBLE_NO_IMAGE || kind == Page.INVISIBLE_OVER_SMALL_IMAGE
                            || kind == Page.INVISIBLE_UNRULED;
                    boolean textFirst = kind == Page.INVISIBLE_UNDER_IMAGE || kind == Page.VISIBLE_UNDER_IMAGE
                            || kind == Page.INVISIBLE_UNRULED;
                    if (!textFirst && kind != Page.INVISIBLE_NO_IMAGE) {
                        if (kind == Page.INVISIBLE_OVER_SMALL_IMAGE) {
                            s.drawImage(image, 50, 400, w / 3, h / 3);
                        } else {
                            s.drawImage(image, 0, 0, w, h);
                        }
                    }
                    if (kind != Page.IMAGE_ONLY) {
                        s.beginText();
                        s.setFont(PDType1Font.HELVETICA, 12);
                        if (invisible) {
                            s.setRenderingMode(RenderingMode.NEITHER);
                        }
                        s.newLineAtOffset(72, 700);
                        s.showText("Project name Sample project 2023");
                        s.newLineAtOffset(0, -20);
                        s.showText("Indicator 1 Number of people 1200");
                        s.endText();
                    }
                    if (textFirst) {
                        s.drawImage(image, 0, 0, w, h);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static ScanLayer.Drawn drawn(Page kind) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf(kind))) {
            PdfPages pages = new PdfPages(doc);
            pages.page(1);
            return pages.drawn();
        }
    }

    @Test
    void invisibleTextOverAPageSizedImageIsASearchableScan() throws IOException {
        assertTrue(drawn(Page.INVISIBLE_UNDER_IMAGE).searchableScan());
        assertTrue(drawn(Page.INVISIBLE_OVER_IMAGE).searchableScan());
        // visible text that the page's image covers is not seen either
        assertTrue(drawn(Page.VISIBLE_UNDER_IMAGE).searchableScan());
    }

    @Test
    void pagesWithVisibleTextOrWithoutAPageImageAreNot() throws IOException {
        ScanLayer.Drawn printed = drawn(Page.VISIBLE_OVER_IMAGE);
        assertTrue(printed.pageImage() && printed.visibleOnTop() && printed.textShown() == 2, printed.toString());
        assertFalse(printed.searchableScan());
        assertFalse(drawn(Page.INVISIBLE_NO_IMAGE).searchableScan());
        ScanLayer.Drawn small = drawn(Page.INVISIBLE_OVER_SMALL_IMAGE);
        assertFalse(small.pageImage(), small.toString());
        assertFalse(small.searchableScan());
        ScanLayer.Drawn image = drawn(Page.IMAGE_ONLY);
        assertTrue(image.pageImage() && image.textShown() == 0, image.toString());
        assertFalse(image.searchableScan());
    }

    @Test
    void coversMeansMostOfBothSides() {
        float[] xs = {0, 595, 595, 0};
        float[] ys = {0, 0, 842, 842};
        assertTrue(ScanLayer.covers(xs, ys, 0, 0, 595, 842));
        assertTrue(ScanLayer.covers(new float[] {20, 580, 580, 20}, new float[] {30, 30, 820, 820}, 0, 0, 595, 842));
        assertFalse(ScanLayer.covers(new float[] {0, 595, 595, 0}, new float[] {0, 0, 400, 400}, 0, 0, 595, 842));
        assertFalse(ScanLayer.covers(xs, ys, 0, 0, 0, 842));
    }

    private static Document read(byte[] pdf, OcrSettings ocr) throws ReadException {
        return PdfReader.read(pdf, "scan.pdf", null, ocr, Limits.defaults());
    }

    /** A missing engine (pages rendered at 100 dpi, the images' resolution: the error comes when the engine is first run). */
    private static OcrSettings missingEngine(Path dir) {
        return OcrSettings.DEFAULT.command(dir.resolve("no-such-tesseract").toString()).dpi(100);
    }

    @Test
    void byDefaultASearchableScanIsReadFromItsLayerAndSaysSo() throws IOException {
        Document doc = read(pdf(Page.INVISIBLE_UNDER_IMAGE, Page.VISIBLE_OVER_IMAGE), missingEngine(dir));
        Map<Integer, Diagnostic> paths = ScanLayer.paths(doc);
        assertEquals(List.of(1), List.copyOf(paths.keySet()), paths.toString());
        Diagnostic d = paths.get(1);
        assertEquals(ScanLayer.LAYER, d.code());
        assertTrue(d.message().contains("--ocr-redo"), d.message());
        assertTrue(doc.rows().stream().anyMatch(r -> r.text().contains("Sample project")), doc.rows().toString());
        assertEquals("; page 1 is a searchable scan read from the text layer: " + ScanLayer.OPTION
                + " reads the images with tesseract instead", ScanLayer.noSheetHint(doc));
    }

    @Test
    void redoReadsTheImageAndAMissingEngineGivesTheImageOnlyError() throws IOException {
        OcrSettings redo = missingEngine(dir).redo(true);
        ReadException layer = assertThrows(ReadException.class, () -> read(pdf(Page.INVISIBLE_UNDER_IMAGE), redo));
        ReadException image = assertThrows(ReadException.class, () -> read(pdf(Page.IMAGE_ONLY), redo));
        assertEquals(image.getMessage(), layer.getMessage());
        assertEquals(1, layer.getMessage().lines().count(), layer.getMessage());
        assertTrue(layer.getMessage().contains("tesseract-ocr-chi-sim"), layer.getMessage());
    }

    private static String[] cli(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = dev.zhibiao.cli.Main.run(args, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(java.nio.charset.StandardCharsets.UTF_8),
            err.toString(java.nio.charset.StandardCharsets.UTF_8)};
    }

    @Test
    void theCommandLineOption() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        java.nio.file.Files.write(scan, pdf(Page.INVISIBLE_UNDER_IMAGE));
        String engine = dir.resolve("no-such-tesseract").toString();
        String[] redo = cli("extract", "--ocr-redo", "--ocr-dpi", "100", "--ocr-command", engine, scan.toString());
        assertEquals("1", redo[0]);
        assertEquals(1, redo[2].strip().lines().count(), redo[2]);
        assertTrue(redo[2].startsWith("zhibiao: scan.pdf: ") && redo[2].contains("tesseract-ocr-chi-sim"), redo[2]);
        // without it the layer is read (no sheet in it here) and the error names the option
        String[] layer = cli("extract", "--ocr-command", engine, scan.toString());
        assertEquals("1", layer[0]);
        assertTrue(layer[2].contains("no sheet found") && layer[2].contains("--ocr-redo"), layer[2]);
        assertEquals("2", cli("extract", "--ocr-redo", "--no-ocr", scan.toString())[0]);
    }

    @Test
    void aSearchableScanWhoseImageShowsNoRuledTableKeepsItsLayer() throws IOException {
        // the engine is missing: reading would fail if the page went to it
        Document doc = read(pdf(Page.INVISIBLE_UNRULED), missingEngine(dir).redo(true));
        Diagnostic d = ScanLayer.paths(doc).get(1);
        assertEquals(ScanLayer.LAYER, d.code());
        assertTrue(d.message().contains("no ruled table"), d.message());
        assertTrue(doc.rows().stream().anyMatch(r -> r.text().contains("Sample project")), doc.rows().toString());
        assertTrue(drawn(Page.INVISIBLE_UNRULED).searchableScan());
    }

    @Test
    void pagesWithVisibleTextAreNeverReadByOcr() throws IOException {
        // the engine is missing: reading would fail if any of these pages went to it
        Document doc = read(pdf(Page.VISIBLE_OVER_IMAGE, Page.INVISIBLE_NO_IMAGE, Page.INVISIBLE_OVER_SMALL_IMAGE),
                missingEngine(dir).redo(true));
        assertTrue(ScanLayer.paths(doc).isEmpty(), doc.notes().toString());
        assertEquals(3, doc.rows().stream().map(r -> r.at().page()).distinct().count(), doc.rows().toString());
    }

    @Test
    void aDocumentWithoutASheetNamesTheOptionInItsError() throws IOException {
        ReadException e = assertThrows(ReadException.class, () -> Readers.reading(pdf(Page.INVISIBLE_UNDER_IMAGE,
                Page.INVISIBLE_OVER_IMAGE), "scan.pdf", Format.AUTO, null, missingEngine(dir), Limits.defaults()));
        assertTrue(e.getMessage().startsWith("scan.pdf: no sheet found"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; pages 1,2 are searchable scans read from the text layer: " + ScanLayer.OPTION
                + " reads the images with tesseract instead"), e.getMessage());
        // a printed page says nothing of the option
        ReadException printed = assertThrows(ReadException.class, () -> Readers.reading(pdf(Page.VISIBLE_OVER_IMAGE),
                "print.pdf", Format.AUTO, null, missingEngine(dir), Limits.defaults()));
        assertFalse(printed.getMessage().contains("ocr-redo"), printed.getMessage());
    }

    private static Sheet sheet(int page, int indicators, int repairs, boolean layer) {
        List<Diagnostic> diags = new ArrayList<>();
        if (layer) {
            diags.add(ScanLayer.path(page, false, false, Locator.page(page)));
        }
        for (int i = 0; i < repairs; i++) {
            diags.add(new Diagnostic("ocr-repaired", "read again", Locator.page(page)));
        }
        List<dev.zhibiao.Indicator> inds = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            inds.add(dev.zhibiao.Indicator.builder().level1("产出指标").level2("数量指标").name("指标" + i).value("≥" + i).build());
        }
        return Sheet.builder(dev.zhibiao.Kind.TARGET).source("scan.pdf").locator(Locator.page(page)).title("项目支出绩效目标表")
                .indicators(inds).diagnostics(diags).build();
    }

    private static boolean hinted(Sheet s) {
        return s.diagnostics().stream().anyMatch(d -> ScanLayer.HINT.equals(d.code()));
    }

    @Test
    void aSheetReadPoorlyFromALayerGetsTheHint() {
        List<Sheet> in = List.of(sheet(1, 8, 1, true), sheet(2, 8, 2, true), sheet(3, 0, 0, true), sheet(4, 8, 6, false));
        List<Sheet> out = ScanLayer.hinted(in);
        assertFalse(hinted(out.get(0)), "one repair in eight indicators reads well");
        assertTrue(hinted(out.get(1)), "two repairs in eight: a quarter");
        assertTrue(hinted(out.get(2)), "no indicator");
        assertFalse(hinted(out.get(3)), "not read from a text layer (printed, or its image read by OCR)");
        Diagnostic hint = out.get(1).diagnostics().get(out.get(1).diagnostics().size() - 1);
        assertTrue(hint.message().contains("--ocr-redo") && hint.message().contains("ocrRedo(true)"), hint.message());
        assertEquals(Integer.valueOf(2), hint.position().page());
        List<Sheet> fine = List.of(sheet(1, 8, 0, true));
        assertSame(fine, ScanLayer.hinted(fine));
    }

    @Test
    void eachPagesPathGoesToTheSheetHoldingThePage() {
        java.util.TreeMap<Integer, Diagnostic> paths = new java.util.TreeMap<>();
        for (int p = 1; p <= 4; p++) {
            paths.put(p, ScanLayer.path(p, true, true, Locator.page(p)));
        }
        // two sheets start on page 1, the third on page 3; page 2 continues the second, page 4 the third
        List<Sheet> out = ScanLayer.placed(List.of(sheet(1, 1, 0, false), sheet(1, 1, 0, false), sheet(3, 1, 0, false)), paths);
        assertEquals(List.of(1), pages(out.get(0)));
        assertEquals(List.of(2), pages(out.get(1)));
        assertEquals(List.of(3, 4), pages(out.get(2)));
        assertEquals(ScanLayer.REDONE, out.get(2).diagnostics().get(0).code());
    }

    private static List<Integer> pages(Sheet s) {
        return s.diagnostics().stream().filter(d -> ScanLayer.REDONE.equals(d.code())).map(d -> d.position().page()).toList();
    }
}
