package dev.zhibiao.parsers;

import static dev.zhibiao.parsers.PdfGrid.closed;
import static dev.zhibiao.parsers.PdfGrid.grid;
import static dev.zhibiao.parsers.PdfGrid.inCell;
import static dev.zhibiao.parsers.PdfGrid.onGrid;
import static dev.zhibiao.parsers.PdfGrid.outsideGlyphs;
import static dev.zhibiao.parsers.geometry.GlyphText.joinLines;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.GlyphText;
import dev.zhibiao.parsers.geometry.Line;
import dev.zhibiao.parsers.geometry.LooseLayout;
import dev.zhibiao.parsers.geometry.OcrLayout;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.parsers.geometry.Placed;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import technology.tabula.Page;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * PDF (PDFBox 2 and tabula-java). Per page, ruled tables are found by tabula's lattice
 * ({@link SpreadsheetExtractionAlgorithm}, {@link PdfGrid}): one row per grid row, a merged cell's text in its
 * top-left position and empty cells where it spans. The remaining text (the geometry layer,
 * {@link dev.zhibiao.parsers.geometry.LooseLayout}, shared with the OCR readers) is grouped into lines by
 * position; lines closer than half a line height are one logical row (a wrapped cell or a wrapped
 * paragraph), and a logical row made of several horizontally separated chunks is a table row whose
 * cells are placed on columns found from the chunks' left edges (unruled tables); any other line is
 * prose (titles, year lines). Rows follow reading order (top to bottom) on each page. Lines of
 * one cell are joined without a space between Chinese characters and with one space otherwise.
 * Locators carry the 1-based page and, for cells, the 1-based column.
 */
final class PdfReader {
    private PdfReader() {
    }

    static Document read(byte[] bytes, String source) throws ReadException {
        return read(bytes, source, null, OcrSettings.DEFAULT.enabled(false), Limits.defaults());
    }

    /**
     * Reads a PDF; a page without text is read by OCR ({@link ScanReader}) when {@code ocr} is enabled,
     * and so is a searchable scan's page ({@link ScanLayer}) whose image shows a ruled table when {@code ocr}
     * says to {@link OcrSettings#redo()};
     * each searchable scan's page notes on its first row which path read it.
     *
     * @param pages  the 1-based pages to read, or null for all
     * @param ocr    how pages that are images are read
     * @param limits what the reader accepts
     */
    static Document read(byte[] bytes, String source, java.util.function.IntPredicate pages, OcrSettings ocr,
                         Limits limits) throws ReadException {
        ScanReader scans = ocr.enabled() ? new ScanReader(ocr, source) : null;
        try (PDDocument pdf = load(bytes, source, limits)) {
            int pageCount = PdfLimits.pages(pdf, source, limits);
            if (pageCount == 0) {
                throw new ReadException(source, "PDF has no pages");
            }
            PdfLimits.glyphs(pdf, pageCount, source, limits);
            boolean selected = false;
            List<Row> rows = new ArrayList<>();
            boolean anyText = false;
            int undecodable = 0;
            java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
            Placed lastOfPage = null;
            PdfPages extractor = new PdfPages(pdf);
            SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
            for (int p = 1; p <= pageCount; p++) {
                if (pages != null && !pages.test(p)) {
                    lastOfPage = null; // no row continues across a page left out
                    continue;
                }
                selected = true;
                Page page;
                try {
                    page = extractor.page(p);
                } catch (IOException | RuntimeException e) {
                    throw PdfLimits.refusal(e, source, limits, "page " + p + " of the PDF cannot be read ("
                            + oneLine(e) + ")");
                }
                int rulings = page.getHorizontalRulings().size() + page.getVerticalRulings().size();
                if (rulings > limits.pdfRulings()) {
                    throw limits.exceeded(source, "pdfRulings", "page " + p + " of the PDF draws " + rulings
                            + " ruling lines");
                }
                if (undecodable(page, extractor.unmapped())) {
                    // text drawn in fonts without a Unicode map (!"#$… for 项目名称): not text to read
                    undecodable++;
                    if (scans != null) {
                        List<Row> scanned = scans.pdfPage(pdf, p);
                        anyText |= !scanned.isEmpty();
                        note(notes, scanned, new dev.zhibiao.Diagnostic("pdf-text-undecodable", "page " + p
                                + ": its text is drawn in fonts without a Unicode map (it extracts as marks), read by OCR",
                                Locator.page(p)));
                        rows.addAll(scanned);
                    }
                    lastOfPage = null;
                    continue;
                }
                boolean scan = extractor.drawn().searchableScan();
                // a searchable scan's image, its text layer set aside, when the image shows a ruled table
                List<Row> redone = scan && scans != null && ocr.redo() ? scans.ruledPdfPage(pdf, p) : null;
                if (redone != null) {
                    anyText |= !redone.isEmpty();
                    note(notes, redone, ScanLayer.path(p, true, true, Locator.page(p)));
                    rows.addAll(redone);
                    lastOfPage = null;
                } else if (page.getText().stream().anyMatch(t -> !t.getText().isBlank())) {
                    anyText = true;
                    int before = rows.size();
                    int[] ownInk = new int[2];
                    List<Placed> pageRows = new ArrayList<>(placedRows(page, extractor.written(), lattice, p, ownInk));
                    if (lastOfPage != null && !pageRows.isEmpty()) {
                        onPreviousGrid(pageRows, lastOfPage.columns());
                        Row prev = lastOfPage.row();
                        Row next = pageRows.get(0).row();
                        if (next.cells().size() != prev.cells().size()) {
                            Row moved = onGrid(next, pageRows.get(0).columns(), lastOfPage.columns());
                            next = moved != null ? moved : next;
                        }
                        if (continues(prev, next)) {
                            pageRows.remove(0);
                            rows.set(rows.size() - 1, merge(prev, next));
                        }
                    }
                    for (Placed pr : pageRows) {
                        rows.add(pr.row());
                    }
                    if (!pageRows.isEmpty()) {
                        lastOfPage = pageRows.get(pageRows.size() - 1);
                    }
                    if (scan) {
                        note(notes, rows.subList(before, rows.size()), ScanLayer.path(p, false, ocr.redo(), Locator.page(p)));
                    }
                    if (ownInk[0] > 0) {
                        note(notes, rows.subList(before, rows.size()), LayerInk.noted(p, ownInk[0]));
                    }
                    if (ownInk[1] > 0) {
                        note(notes, rows.subList(before, rows.size()), LayerReadings.noted(p, ownInk[1]));
                    }
                } else if (scans != null) { // an image-only page
                    List<Row> scanned = scans.pdfPage(pdf, p);
                    anyText |= !scanned.isEmpty();
                    rows.addAll(scanned);
                    lastOfPage = null;
                }
            }
            if (!selected) {
                throw new ReadException(source, "none of the pages asked for is in the PDF (it has " + pageCount + ")");
            }
            if (!anyText && undecodable > 0 && scans == null) {
                throw new ReadException(source, "the PDF's text cannot be decoded (" + undecodable + (undecodable == 1 ? " page" : " pages")
                        + " drawn in fonts without a Unicode map): read it with OCR on");
            }
            if (!anyText) {
                throw new ReadException(source, scans == null ? "PDF has no text layer (a scanned image? run OCR on it first)"
                        : "PDF has no text layer, and OCR found no text on its pages");
            }
            return new Document(source, rows, false, notes);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PdfLimits.refusal(e, source, limits, "PDF could not be read (" + oneLine(e) + ")");
        }
    }

    /**
     * Whether a page's text is glyph codes rather than text: a subset font without a Unicode map gives its
     * glyphs' codes (!, ", #, $ … in the order the glyphs were first used, or control characters and
     * letters where the font's own table maps them), so the page extracts as ASCII marks, control and
     * private-use characters and no Chinese at all. Twenty characters at least, none Han, and half of
     * them such marks or a tenth of the page's glyphs without text or with a control character for text
     * ({@code unmapped}: no text holds control characters; the glyph extraction leaves them out).
     */
    static boolean undecodable(Page page, double unmapped) {
        int all = 0;
        int marks = 0;
        int controls = 0;
        for (technology.tabula.TextElement t : page.getText()) {
            String s = t.getText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    return false;
                }
                all++;
                controls += c < 0x20 ? 1 : 0;
                if (c < 0x20 || c >= 0x21 && c <= 0x2F || c >= 0x3A && c <= 0x40 || c >= 0x5B && c <= 0x60
                        || c >= 0x7B && c <= 0x7F || c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD) {
                    marks++;
                }
            }
        }
        return all >= 20 && (marks * 2 >= all || controls * 10 >= all || unmapped >= 0.1);
    }

    /** Records {@code d} on the first of a page's rows (none when the page gave no row). */
    private static void note(java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes, List<Row> pageRows, dev.zhibiao.Diagnostic d) {
        if (!pageRows.isEmpty()) {
            notes.computeIfAbsent(pageRows.get(0), r -> new ArrayList<>()).add(d);
        }
    }

    /**
     * A table continued from the previous page keeps the columns of its part before the break: when
     * the page starts with ruled rows on a grid of their own (a table's rows printed on the next page
     * form a grid without the columns only the rows left behind had), and every row of that grid fits
     * the previous page's last grid ({@link #onGrid}), the rows are put on that grid. Otherwise they
     * stay as they are.
     */
    private static void onPreviousGrid(List<Placed> pageRows, float[] prevCols) {
        float[] cols = pageRows.get(0).columns();
        if (cols == null || prevCols == null || cols.length == prevCols.length) {
            return;
        }
        List<Placed> moved = new ArrayList<>();
        for (int k = 0; k < pageRows.size() && java.util.Arrays.equals(pageRows.get(k).columns(), cols); k++) {
            Placed pr = pageRows.get(k);
            Row m = onGrid(pr.row(), cols, prevCols);
            if (m == null) {
                return;
            }
            moved.add(new Placed(pr.top(), pr.left(), m, prevCols));
        }
        for (int k = 0; k < moved.size(); k++) {
            pageRows.set(k, moved.get(k));
        }
    }

    /**
     * A table row cut by a page break: the first row of a page continues the last row of the
     * previous page when both are table rows of the same width and the new row has text in exactly
     * one cell, a cell that is filled in the old row too, while the old row has text in other cells
     * as well (the rest of a wrapped cell; a genuine next row fills at least a name and a value).
     */
    static boolean continues(Row prev, Row next) {
        if (!prev.table() || !next.table() || prev.cells().size() != next.cells().size() || parallelLabels(prev, next)) {
            return false;
        }
        int n = next.cells().size();
        if (continues(prev, next, 0, n)) {
            return true;
        }
        // two tables printed side by side (a two-period sheet), after at most one leading label
        // column: the rule holds in each half, and both halves are filled alike
        for (int lead = 0; lead <= 1; lead++) {
            int h = (n - lead) / 2;
            if (h >= 2 && (n - lead) % 2 == 0 && (lead == 0 || next.cells().get(0).isEmpty())
                    && continues(prev, next, lead, lead + h) && continues(prev, next, lead + h, n)) {
                boolean alike = true;
                for (int c = lead; c < lead + h && alike; c++) {
                    alike = prev.cells().get(c).isEmpty() == prev.cells().get(c + h).isEmpty()
                            && next.cells().get(c).isEmpty() == next.cells().get(c + h).isEmpty();
                }
                if (alike) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest label, in characters, that {@link #parallelLabels} compares. */
    private static final int MAX_LABEL = 12;

    /**
     * Whether each filled cell of the new row is a label of its own beside the old row's cell
     * above it, not the rest of it: both are short runs of Chinese characters only (no
     * punctuation, digits or spaces: a cut text's rest is rarely one) that end in the same two
     * characters, as the labels of one column do ({@code 地方财政资金} over {@code 其他资金}); a
     * label wrapped over a page break leaves a rest that does not repeat its ending.
     */
    static boolean parallelLabels(Row prev, Row next) {
        boolean any = false;
        for (int c = 0; c < next.cells().size(); c++) {
            String b = next.cells().get(c).text().strip();
            if (b.isEmpty()) {
                continue;
            }
            String a = prev.cells().get(c).text().strip();
            if (!hanLabel(a) || !hanLabel(b) || !a.substring(a.length() - 2).equals(b.substring(b.length() - 2))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean hanLabel(String t) {
        return t.length() >= 3 && t.length() <= MAX_LABEL
                && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean continues(Row prev, Row next, int from, int to) {
        int filledNew = 0;
        int filledOld = 0;
        for (int c = from; c < to; c++) {
            boolean p = !prev.cells().get(c).isEmpty();
            boolean n = !next.cells().get(c).isEmpty();
            if (n && !p) {
                return false;
            }
            filledNew += n ? 1 : 0;
            filledOld += p ? 1 : 0;
        }
        return filledNew == 1 && filledOld >= 2;
    }

    static Row merge(Row prev, Row next) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < prev.cells().size(); c++) {
            Cell a = prev.cells().get(c);
            Cell b = next.cells().get(c);
            cells.add(b.isEmpty() ? a : new Cell(joinLines(List.of(a.text(), b.text())), a.at()));
        }
        return new Row(cells, true, prev.at());
    }

    private static PDDocument load(byte[] bytes, String source, Limits limits) throws ReadException {
        try {
            // PDFBox's own bound on the memory its streams take (raw and decoded): a 1 GiB Flate
            // stream ends in an IOException, not in an OutOfMemoryError
            return PDDocument.load(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(limits.pdfStreamBytes()));
        } catch (InvalidPasswordException e) {
            throw new ReadException(source, "encrypted PDF (it needs a password to open)", e);
        } catch (IOException | RuntimeException e) {
            throw PdfLimits.refusal(e, source, limits, "not a readable PDF (" + oneLine(e) + ")");
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl).strip() : m;
    }

    static List<Row> readPage(Page page, SpreadsheetExtractionAlgorithm lattice, int pageNo) {
        List<Row> rows = new ArrayList<>();
        for (Placed p : placedRows(page, page.getText(), lattice, pageNo, new int[1])) {
            rows.add(p.row());
        }
        return rows;
    }

    /**
     * @param written the page's text elements in the order its content stream draws them (a
     *                searchable PDF's text layer is read in that order: the engine's words line by line)
     * @param ownInk  set to how many lines of a text layer took their own ink's height ({@link LayerInk#titleLines},
     *                index 0) and how many of its words the ink kept over a second reading ({@link LayerReadings}, 1)
     */
    private static List<Placed> placedRows(Page page, List<TextElement> written, SpreadsheetExtractionAlgorithm lattice,
            int pageNo, int[] ownInk) {
        List<Placed> placed = new ArrayList<>();
        List<Glyph> glyphs = new ArrayList<>();
        int ocrLayer = 0;
        for (TextElement e : page.getText()) {
            if (!e.getText().isBlank()) {
                glyphs.add(glyph(e));
                ocrLayer += e.getFont() != null && e.getFont().getName() != null
                        && e.getFont().getName().contains(OCR_FONT) ? 1 : 0;
            }
        }
        if (ocrLayer * 2 > glyphs.size()) {
            ImageCells.Page image = pageImage(page);
            // the layer gives no heights: the ink of the image under it says how high its words stand
            List<OcrWord> words = LayerInk.onInk(ocrWords(written, pageNo), image.image(), image.scale(), image.cells(),
                    ownInk);
            // two engine lines over one printed line: the ink says which of two words is the second reading
            OcrLayout.Seats seats = LayerReadings.seats(image.image(), image.scale(), image.cells(), ownInk);
            return OcrPages.page(image.comparators(words), pageNo, image.cells(), seats);
        }
        glyphs = GlyphText.printedSize(glyphs);
        List<Table> tables = PdfGrid.lattice(closed(outsideGlyphs(page.getHorizontalRulings(), glyphs),
                outsideGlyphs(page.getVerticalRulings(), glyphs)), lattice);
        List<Table> real = new ArrayList<>();
        for (Table t : tables) {
            if (t.getRowCount() >= 1 && t.getColCount() >= 2) {
                real.add(t);
            }
        }
        List<List<Glyph>> own = PdfGrid.byTable(real, glyphs); // a glyph read in one table only
        for (int i = 0; i < real.size(); i++) {
            placed.addAll(grid(real.get(i), own.get(i), pageNo));
        }
        // a glyph no cell of a ruled table holds (its cell has no closed outline) is read with the
        // text outside the tables, so that nothing printed is lost
        List<Glyph> rest = new ArrayList<>();
        for (Glyph e : glyphs) {
            if (!inCell(e, real)) {
                rest.add(e);
            }
        }
        List<float[]> ruled = new ArrayList<>();
        for (Table t : real) {
            ruled.add(new float[] {(float) t.getTop(), (float) t.getBottom()});
        }
        float textRight = -Float.MAX_VALUE;
        for (Glyph e : glyphs) {
            textRight = Math.max(textRight, (float) e.getRight());
        }
        for (Table t : real) {
            textRight = Math.max(textRight, (float) t.getRight());
        }
        placed.addAll(LooseLayout.loose(rest, pageNo, ruled, textRight));
        placed.sort(Comparator.comparingDouble(Placed::top).thenComparingDouble(Placed::left));
        return placed;
    }

    /**
     * A searchable PDF page's image (under the text layer) with the cells of the ruled tables on
     * it, in points; {@link ImageCells.Page#NONE} when the page has no image.
     */
    private static ImageCells.Page pageImage(Page page) {
        try {
            int index = page.getPDDoc().getPages().indexOf(page.getPDPage());
            PageImages.Rendered r = index < 0 ? null : PageImages.render(page.getPDDoc(), index);
            return r == null ? ImageCells.Page.NONE : ImageCells.page(r.image(), r.ruling(), 72.0 / r.dpi());
        } catch (java.io.IOException | RuntimeException e) {
            // an image that cannot be rendered: the words are laid out without it
            return ImageCells.Page.NONE;
        }
    }

    /** The font Tesseract (and OCRmyPDF, which uses it) writes a searchable PDF's invisible text layer in. */
    private static final String OCR_FONT = "GlyphLessFont";

    /**
     * The glyphs of a searchable PDF's OCR text layer as the words the engine read. Tesseract's
     * renderer writes each word followed by a space, all stretched over the word's box, in the
     * engine's reading order; its glyphs are half as high as the font size, which is about the line
     * height. So a word is a run of glyphs up to a space, or up to a gap where text extraction lost
     * the space; its box runs from its first glyph to the end of that space, its height is 0.8 of
     * the font size about the glyphs' centre (an ink height, as an engine's boxes give: the
     * renderer's font size is a little over the line's ink). A word continues the line of the word
     * before when it starts right of it, less than a font size above or below (a skewed line
     * drifts); otherwise
     * it starts a line. Confidence -1: read by OCR, none given. The boxes are then made as high as
     * the words' widths say, on their baselines ({@link #onBaselines}): the font size is the engine's
     * guess of the line's height, far off on scans.
     */
    static List<OcrWord> ocrWords(List<TextElement> elements, int pageNo) {
        List<OcrWord> words = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        List<TextElement> word = new ArrayList<>();
        int lineNo = 0;
        Glyph prev = null;
        for (int i = 0; i <= elements.size(); i++) {
            TextElement e = i < elements.size() ? elements.get(i) : null;
            boolean blank = e == null || e.getText().isBlank();
            // a gap with no space glyph in it also ends a word: the renderer stretches a word's glyphs
            // over its box edge to edge, and some text layers (Tesseract's own PDF of an image
            // without a resolution) come out of text extraction without their spaces
            boolean jump = e != null && !word.isEmpty() && (Math.abs(e.y - word.get(word.size() - 1).y) > e.getFontSize() * 0.5
                    || e.x < word.get(word.size() - 1).x
                    || e.x > word.get(word.size() - 1).getMaxX() + Math.max(1f, e.getFontSize() * 0.15f));
            if ((blank || jump) && !word.isEmpty()) {
                TextElement last = word.get(word.size() - 1);
                float right = (float) last.getMaxX() + (e != null && blank && Math.abs(e.y - last.y) < 0.5f ? e.width : 0f);
                // the space ends where the next word of the line starts (a scan's engine boxes may overlap:
                // 项 62.9 to 82.5 with its space to 102.2, 目 at 76.7)
                int n = i;
                while (n < elements.size() && elements.get(n).getText().isBlank()) {
                    n++;
                }
                if (n < elements.size() && Math.abs(elements.get(n).y - last.y) < 0.5f && elements.get(n).x > word.get(0).x) {
                    right = Math.min(right, Math.max((float) last.getMaxX(), elements.get(n).x));
                }
                float fs = word.get(0).getFontSize() > 0 ? word.get(0).getFontSize() : (float) word.get(0).height * 2;
                float cy = (float) word.get(0).getCenterY();
                StringBuilder b = new StringBuilder();
                for (TextElement w : word) {
                    b.append(w.getText());
                }
                Glyph g = new Glyph(b.toString(), word.get(0).x, cy - fs * 0.4f, right - word.get(0).x, fs * 0.8f, 0f, -1f);
                if (prev == null || g.getLeft() < prev.getLeft() || Math.abs(g.getCenterY() - prev.getCenterY()) > fs) {
                    lineNo++;
                }
                words.add(new OcrWord(g, pageNo, lineNo));
                baselines.add((float) (word.get(0).y + word.get(0).height));
                prev = g;
                word.clear();
            }
            if (!blank) {
                word.add(e);
            }
        }
        return onBaselines(words, baselines);
    }

    /**
     * The layer's words boxed as high as their ink, standing on their baselines. The renderer writes
     * each line in a font size from the engine's estimate of the line's height, which on a scan
     * strays far from the print (9 to 23 pt on one page of 10.5 pt text: a line of numbers 9, a line
     * with a tall misread 19), so boxes of 0.8 font size made a 10 pt line 15 pt high, and two lines
     * of a cell, or a title and the line under it, came out one row. The widths are the engine's own
     * boxes (the renderer stretches a word over its box), so the em is the median width per
     * character of the page's Chinese-only words of two characters or more (one character's box is
     * its ink: 县 as narrow as a digit) over 0.9: an engine boxes a Chinese character about as wide
     * per character in a word as its ink is high (0.85 to 1.06 on the TSVs of ocr-200, ocr-150 and
     * ocr-scan-200), and ink is 0.9 em. A line printed larger (a title) keeps its own em where both
     * its widths and the renderer's sizes say so (each a fifth over the page's, from two such words
     * or more). A word holding a Chinese character is 0.9 em high, any other 0.7 em (digits, Latin
     * letters), its foot on the word's baseline, where the engine puts the ink's foot. Fewer than
     * five such words on the page: the boxes stay.
     */
    static List<OcrWord> onBaselines(List<OcrWord> words, List<Float> baselines) {
        List<Float> perChar = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        Map<Integer, List<Float>> lineChars = new HashMap<>();
        Map<Integer, List<Float>> lineSizes = new HashMap<>();
        for (OcrWord w : words) {
            String t = w.box().getText().strip();
            int n = t.codePointCount(0, t.length());
            if (n >= 2 && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                float c = (float) w.box().getWidth() / n;
                perChar.add(c);
                sizes.add((float) w.box().getHeight());
                lineChars.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(c);
                lineSizes.computeIfAbsent(w.line(), k -> new ArrayList<>()).add((float) w.box().getHeight());
            }
        }
        if (perChar.size() < 5) {
            return words;
        }
        float pageEm = median(perChar) / INK;
        float pageSize = median(sizes);
        List<OcrWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            Glyph b = w.box();
            float em = pageEm;
            List<Float> own = lineChars.get(w.line());
            if (own != null && own.size() >= 2 && median(own) / INK > pageEm * LARGER
                    && median(lineSizes.get(w.line())) > pageSize * LARGER) {
                em = median(own) / INK;
            }
            boolean han = b.getText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            float h = em * (han ? INK : 0.7f);
            out.add(new OcrWord(new Glyph(b.getText(), b.getLeft(), baselines.get(i) - h, (float) b.getWidth(), h, 0f, -1f),
                    w.page(), w.line()));
        }
        return out;
    }

    /** Ink height over em for Chinese characters (as {@code OcrLayout} takes it). */
    private static final float INK = 0.9f;
    /** How much larger than the page's a line's em must be, by its widths and by its font size, to be its own. */
    private static final float LARGER = 1.2f;

    private static float median(List<Float> v) {
        List<Float> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    /** A tabula text element as a glyph of the geometry layer. */
    static Glyph glyph(TextElement e) {
        return new Glyph(e.getText(), e.x, e.y, e.width, e.height, e.getFontSize(), Float.NaN);
    }

    /** Text outside ruled tables: prose lines and unruled table rows (for tests). */
    static List<Row> looseRows(List<TextElement> els, int pageNo) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextElement e : els) {
            glyphs.add(glyph(e));
        }
        return LooseLayout.looseRows(glyphs, pageNo);
    }
}
