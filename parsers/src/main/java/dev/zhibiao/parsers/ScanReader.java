package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.read.ReadException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pages that are images: an image file (PNG, JPEG, TIFF, every frame of a multi-page TIFF) or an
 * image-only PDF page rendered by PDFBox. Each page is straightened ({@link PageImage}), its ruled
 * tables found from the bitmap ({@link RuleGrid}) and read by the OCR engine ({@link Tesseract}).
 *
 * <p>A page whose image shows no ruled table is read whole and its words laid out by the geometry layer
 * ({@link ScanWords}).
 *
 * <p>Like the PDF reader it reproduces rows: a ruled table gives one row per grid row (a merged
 * cell's text at its top-left position, empty cells where it spans); text outside the tables gives
 * one prose row per line. In {@link OcrSettings.Mode#CELLS} each cell's crop is read on its own (as
 * one line, or as a block when it holds several lines), and the cells under a value heading
 * (指标值, 实际完成值) that read as numbers are read again with the engine restricted to digits,
 * units and comparators, the reading with the higher confidence kept. In
 * {@link OcrSettings.Mode#PAGE} the page is read once and each word goes to the cell that holds
 * its centre. Every OCR cell carries the engine's confidence, so that recovery knows it may repair
 * the engine's confusions.
 */
final class ScanReader {
    /** Characters of values: digits, separators, comparators, percent, and the units these sheets use. */
    static final String VALUE_CHARS = "0123456789.,%‰<>=-~+/:()（）：．，％"
            + "万亿千百元人次个月年日天户家项件所座台辆套处份名吨亩米公里平方小时分钟秒批本册场期篇条支只头辆床间栋幢季度以上下内不低高于超过达到";

    private final OcrSettings settings;
    private final String source;
    private final Tesseract engine;

    ScanReader(OcrSettings settings, String source) {
        this.settings = settings;
        this.source = source;
        this.engine = new Tesseract(settings, source);
    }

    /**
     * Reads an image file, every frame a page.
     *
     * @throws ReadException when OCR is off or unavailable, or the image cannot be decoded
     */
    static Document readImage(byte[] bytes, String source, OcrSettings settings) throws ReadException {
        if (!settings.enabled()) {
            throw new ReadException(source, "an image (a scan?): OCR is turned off, so it cannot be read");
        }
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ReadException(source, "an image in a format that cannot be decoded (PNG, JPEG and TIFF are read)");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                int n = r.getNumImages(true);
                for (int i = 0; i < n && i < 2000; i++) {
                    frames.add(r.read(i));
                }
            } finally {
                r.dispose();
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "the image cannot be decoded (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        }
        ScanReader sr = new ScanReader(settings, source);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            // an image file's resolution is estimated from its shorter side, taking it for an A4 page's
            // width (a landscape page, or one scanned on its side, is as wide as A4 is long); a
            // page under the configured resolution is scaled up to it (the engine and the glyph
            // shapes read best at about 300 dpi, as PDF pages are rendered)
            BufferedImage f = frames.get(i);
            int dpi = Math.max(72, (int) Math.round(Math.min(f.getWidth(), f.getHeight()) / 8.27));
            if (dpi < settings.dpi() * 0.85) {
                double k = (double) settings.dpi() / dpi;
                f = scaled(f, k);
                dpi = settings.dpi();
            }
            rows.addAll(sr.page(f, i + 1, dpi));
        }
        return new Document(source, rows);
    }

    private static BufferedImage scaled(BufferedImage img, double k) {
        BufferedImage grey = PageImage.toGrey(img);
        BufferedImage out = new BufferedImage((int) Math.round(grey.getWidth() * k), (int) Math.round(grey.getHeight() * k),
                BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(grey, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /**
     * Renders an image-only PDF page at the configured resolution and reads it.
     *
     * @param pdf    the document
     * @param pageNo the 1-based page
     * @return the page's rows
     */
    List<Row> pdfPage(org.apache.pdfbox.pdmodel.PDDocument pdf, int pageNo) throws ReadException {
        return page(rendered(pdf, pageNo), pageNo, settings.dpi());
    }

    /**
     * Reads a searchable scan's page from its image ({@link ScanLayer}) when the image shows a ruled
     * table: tables are read by their rules, so a page without one is better read from its text
     * layer, whose words go through the geometry layer's unruled tables. The page is rendered at its
     * image's own resolution ({@link PageImages#render}), not at the configured one: a scan resampled
     * from 200 to 300 dpi read worse (fuzzy F1 0.71 against 0.77 on ocr-200, 0.38 against 0.45 on
     * scan-like pages; docs/decisions.md, ocrredo14); the configured resolution is used when the
     * PDF gives the image none that is plausible.
     *
     * @return the page's rows, or null when its image shows no ruled table (nothing was run)
     */
    List<Row> ruledPdfPage(org.apache.pdfbox.pdmodel.PDDocument pdf, int pageNo) throws ReadException {
        PageImages.Rendered own;
        try {
            own = PageImages.render(pdf, pageNo - 1);
        } catch (IOException | RuntimeException e) {
            own = null;
        }
        BufferedImage image = own != null ? own.image() : rendered(pdf, pageNo);
        int dpi = own != null ? own.ruling() : settings.dpi();
        ScanReader reader = dpi == settings.dpi() ? this : new ScanReader(settings.dpi(dpi), source);
        PageImage page = PageImage.of(image);
        List<RuleGrid.Table> tables = RuleGrid.tables(page, dpi);
        return tables.isEmpty() ? null : reader.page(page, tables, pageNo, dpi);
    }

    private BufferedImage rendered(org.apache.pdfbox.pdmodel.PDDocument pdf, int pageNo) throws ReadException {
        BufferedImage image;
        try {
            image = PageImages.grey(pdf, pageNo - 1, settings.dpi(), PageImages.colour(pdf.getPage(pageNo - 1)));
        } catch (IOException | RuntimeException e) {
            throw new ReadException(source, "page " + pageNo + " of the PDF cannot be rendered for OCR ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        }
        return image;
    }

    /**
     * Reads one page image.
     *
     * @param image  the page
     * @param pageNo its 1-based page number
     * @param dpi    its resolution
     * @return its rows, top to bottom
     */
    List<Row> page(BufferedImage image, int pageNo, int dpi) throws ReadException {
        PageImage page = PageImage.of(image);
        List<RuleGrid.Table> tables = RuleGrid.tables(page, dpi);
        boolean asked = false;
        if (turned(tables)) {
            asked = true;
            // a page scanned on its side (a landscape form in a portrait scan): the engine's orientation
            // detection says which way, and the page is read turned upright
            Integer turn = new Tesseract(settings, source).orientation(image, dpi);
            if (turn != null && turn != 0) {
                BufferedImage upright = PageImage.turned(PageImage.toGrey(image), turn);
                PageImage p = PageImage.of(upright);
                List<RuleGrid.Table> t = RuleGrid.tables(p, dpi);
                if (!turned(t)) {
                    page = p;
                    tables = t;
                }
            }
        }
        List<Row> rows = page(page, tables, pageNo, dpi);
        if (!asked && !rows.isEmpty() && !printsSheetWords(rows)) {
            // read as nonsense: a page upside down (or on its side with cells that still look upright)
            // reads as characters of no word a sheet prints; the engine's orientation detection is asked
            // then only, since it costs about a second and a half of CPU a page
            Integer turn = engine.orientation(image, dpi);
            if (turn != null && turn != 0) {
                PageImage p = PageImage.of(PageImage.turned(PageImage.toGrey(image), turn));
                List<Row> upright = page(p, RuleGrid.tables(p, dpi), pageNo, dpi);
                if (printsSheetWords(upright)) {
                    return upright;
                }
            }
        }
        return rows;
    }

    /** Whether a page's rows hold a word the sheets print (a title, heading or header label word). */
    static boolean printsSheetWords(List<Row> rows) {
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (Vocabulary.printsSheetWords(c.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a page's ruled tables look turned on their side: cells of these sheets are wider than tall
     * (a name, a value on a line or two), so a table whose cells are mostly taller than wide, by area, is
     * printed across the page.
     */
    static boolean turned(List<RuleGrid.Table> tables) {
        long tall = 0;
        long all = 0;
        int cells = 0;
        for (RuleGrid.Table t : tables) {
            for (RuleGrid.Box b : t.cells()) {
                long area = (long) b.width() * b.height();
                all += area;
                tall += b.height() > 1.3 * b.width() ? area : 0;
                cells++;
            }
        }
        return cells >= 6 && tall * 2 > all;
    }

    private List<Row> page(PageImage page, List<RuleGrid.Table> tables, int pageNo, int dpi) throws ReadException {
        List<Placed> placed = new ArrayList<>();
        if (tables.isEmpty()) {
            // no ruled table on the page: its words' positions are all there is to find cells by
            for (dev.zhibiao.parsers.geometry.Placed p : ScanWords.page(engine, page, pageNo)) {
                placed.add(new Placed(p.top(), p.left(), p.row()));
            }
        } else if (settings.mode() == OcrSettings.Mode.PAGE) {
            placed.addAll(wholePage(page, tables, pageNo, dpi));
        } else {
            placed.addAll(cellByCell(page, tables, pageNo, dpi));
        }
        placed.sort(Comparator.comparingDouble(Placed::top).thenComparingDouble(Placed::left));
        List<Row> rows = new ArrayList<>();
        for (Placed p : placed) {
            rows.add(p.row());
        }
        return rows;
    }

    /** A row with where it starts on the page. */
    record Placed(double top, double left, Row row) {
    }

    /** A cell's reading: its text and the engine's confidence (0..1). */
    record Reading(String text, Double confidence) {
        static final Reading NONE = new Reading("", null);
    }

    // ---- cell by cell -------------------------------------------------------------------------

    private List<Placed> cellByCell(PageImage page, List<RuleGrid.Table> tables, int pageNo, int dpi) throws ReadException {
        int inset = Math.max(3, dpi / 60);
        int margin = Math.max(8, dpi / 20);
        List<RuleGrid.Box> all = new ArrayList<>();
        for (RuleGrid.Table t : tables) {
            all.addAll(t.cells());
        }
        // crops: table cells, then lines of text outside the tables
        List<RuleGrid.Box> lineBoxes = ImageLines.outsideLines(page, tables, dpi);
        List<RuleGrid.Box> boxes = new ArrayList<>(all);
        boxes.addAll(lineBoxes);
        List<BufferedImage> crops = new ArrayList<>();
        List<Integer> psms = new ArrayList<>();
        // a cell of several lines is read line by line (the engine's block mode drops or mixes
        // lines of narrow cells); owner[i] is the box crop i belongs to
        List<Integer> owner = new ArrayList<>();
        int minInk = Math.max(12, dpi * dpi / 4000);
        for (int k = 0; k < boxes.size(); k++) {
            RuleGrid.Box b = boxes.get(k);
            boolean cell = k < all.size();
            int in = cell ? inset : 0;
            if (page.darkIn(b.left() + in, b.top() + in, b.right() - in, b.bottom() - in) < minInk) {
                continue;
            }
            List<int[]> lines = ImageLines.bands(page, b.left() + in, b.top() + in, b.right() - in, b.bottom() - in, dpi);
            if (lines.size() <= 1) {
                crops.add(page.crop(b.left() + in, b.top() + in, b.right() - in, b.bottom() - in, margin));
                psms.add(lines.isEmpty() ? 6 : 7);
                owner.add(k);
            } else {
                for (int[] l : lines) {
                    int pad = Math.max(2, dpi / 100);
                    crops.add(page.crop(b.left() + in, l[0] - pad, b.right() - in, l[1] + pad, margin));
                    psms.add(7);
                    owner.add(k);
                }
            }
        }
        Reading[] parts = read(crops, psms, null);
        Reading[] readings = joined(parts, owner, boxes.size());
        // value columns read again with the engine held to the characters of values (cells of one line)
        List<Integer> again = valueCells(tables, all, readings);
        again.removeIf(k -> java.util.Collections.frequency(owner, k) != 1);
        if (!again.isEmpty()) {
            List<BufferedImage> c2 = new ArrayList<>();
            List<Integer> p2 = new ArrayList<>();
            for (int k : again) {
                c2.add(crops.get(owner.indexOf(k)));
                p2.add(psms.get(owner.indexOf(k)));
            }
            Reading[] second = read(c2, p2, VALUE_CHARS);
            for (int i = 0; i < again.size(); i++) {
                Reading first = readings[again.get(i)];
                Reading r = second[i];
                if (better(r, first)) {
                    readings[again.get(i)] = r;
                }
            }
        }
        // comparators the engine cannot print (≥, ≤) read from the glyph itself
        for (int k = 0; k < all.size(); k++) {
            Reading r = readings[k];
            RuleGrid.Box b = all.get(k);
            // twice the inset: a rule's blurred edge is no glyph
            String fixed = ComparatorGlyph.repair(r.text(), page, b.left() + 2 * inset, b.top() + 2 * inset,
                    b.right() - 2 * inset, b.bottom() - 2 * inset);
            if (!fixed.equals(r.text())) {
                readings[k] = new Reading(fixed, r.confidence());
            }
        }
        List<Placed> out = new ArrayList<>();
        int at = 0;
        for (RuleGrid.Table t : tables) {
            List<Reading> rs = new ArrayList<>();
            for (int i = 0; i < t.cells().size(); i++) {
                rs.add(readings[at + i]);
            }
            at += t.cells().size();
            out.addAll(GridRows.grid(t.cells(), rs, pageNo));
        }
        for (int k = 0; k < lineBoxes.size(); k++) {
            Reading r = readings[all.size() + k];
            if (!r.text().isBlank()) {
                RuleGrid.Box b = lineBoxes.get(k);
                Locator loc = Locator.page(pageNo);
                out.add(new Placed(b.top(), b.left(), new Row(List.of(new Cell(r.text(), loc, r.confidence())), false, loc)));
            }
        }
        return out;
    }

    /** Reads crops (null: blank) grouped by segmentation mode, one engine run per mode. */
    private Reading[] read(List<BufferedImage> crops, List<Integer> psms, String whitelist) throws ReadException {
        Reading[] out = new Reading[crops.size()];
        java.util.Arrays.fill(out, Reading.NONE);
        for (int psm : new int[] {6, 7}) {
            List<Integer> idx = new ArrayList<>();
            List<BufferedImage> imgs = new ArrayList<>();
            for (int k = 0; k < crops.size(); k++) {
                if (crops.get(k) != null && psms.get(k) == psm) {
                    idx.add(k);
                    imgs.add(crops.get(k));
                }
            }
            List<List<Tesseract.Word>> words = engine.read(imgs, psm, whitelist);
            for (int i = 0; i < idx.size(); i++) {
                List<Tesseract.Word> w = Tesseract.byLines(words.get(i));
                out[idx.get(i)] = new Reading(Tesseract.text(w), Tesseract.confidence(w));
            }
        }
        return out;
    }

    /** A number with an optional comparator and unit, as a value cell prints one. */
    private static final java.util.regex.Pattern CLEAN = java.util.regex.Pattern.compile(
            "^[<>=≥≤]?\\d+(\\.\\d+)?[%‰]?[万亿千百]?\\p{IsHan}{0,2}$");

    /**
     * Whether the restricted reading is the better one: a clean number where the free reading is
     * not one, else the higher confidence.
     */
    static boolean better(Reading restricted, Reading free) {
        if (restricted.confidence() == null || restricted.text().isBlank()) {
            return false;
        }
        String r = restricted.text().replace(" ", "");
        String f = free.text().replace(" ", "");
        boolean rc = CLEAN.matcher(r).matches();
        boolean fc = CLEAN.matcher(f).matches();
        if (rc != fc) {
            return rc;
        }
        return free.confidence() == null || restricted.confidence() > free.confidence();
    }

    /** The readings of each box, its lines' readings joined as a cell's lines are. */
    private static Reading[] joined(Reading[] parts, List<Integer> owner, int boxes) {
        Reading[] out = new Reading[boxes];
        java.util.Arrays.fill(out, Reading.NONE);
        double[] conf = new double[boxes];
        int[] n = new int[boxes];
        for (int i = 0; i < parts.length; i++) {
            int k = owner.get(i);
            String t = parts[i].text().strip();
            if (t.isEmpty()) {
                continue;
            }
            String prev = out[k].text();
            boolean space = !prev.isEmpty() && !(Tesseract.wide(prev.charAt(prev.length() - 1)) || Tesseract.wide(t.charAt(0)));
            out[k] = new Reading(prev + (space ? " " : "") + t, null);
            conf[k] += parts[i].confidence() == null ? 0 : parts[i].confidence();
            n[k]++;
        }
        for (int k = 0; k < boxes; k++) {
            if (n[k] > 0) {
                out[k] = new Reading(out[k].text(), conf[k] / n[k]);
            }
        }
        return out;
    }

    /**
     * The cells under a value heading (a cell naming 指标值 or an actual value, as the vocabulary
     * knows them) whose first reading has a digit and at most two Chinese characters.
     */
    private static List<Integer> valueCells(List<RuleGrid.Table> tables, List<RuleGrid.Box> all, Reading[] readings) {
        List<Integer> out = new ArrayList<>();
        int base = 0;
        for (RuleGrid.Table t : tables) {
            List<RuleGrid.Box> heads = new ArrayList<>();
            for (int i = 0; i < t.cells().size(); i++) {
                Vocabulary.Column c = Vocabulary.column(readings[base + i].text());
                if (c == Vocabulary.Column.VALUE || c == Vocabulary.Column.MID_VALUE || c == Vocabulary.Column.ACTUAL) {
                    heads.add(t.cells().get(i));
                }
            }
            for (int i = 0; i < t.cells().size(); i++) {
                RuleGrid.Box b = t.cells().get(i);
                String text = readings[base + i].text();
                for (RuleGrid.Box h : heads) {
                    double cx = (b.left() + b.right()) / 2.0;
                    if (b.top() >= h.bottom() - 2 && cx > h.left() && cx < h.right() && numeric(text)) {
                        out.add(base + i);
                        break;
                    }
                }
            }
            base += t.cells().size();
        }
        return out;
    }

    private static boolean numeric(String text) {
        int han = 0;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digit |= Character.isDigit(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return digit && han <= 2;
    }

    // ---- whole page ---------------------------------------------------------------------------

    private List<Placed> wholePage(PageImage page, List<RuleGrid.Table> tables, int pageNo, int dpi) throws ReadException {
        List<Tesseract.Word> words = engine.read(List.of(page.grey), 6, null).get(0);
        List<Placed> out = new ArrayList<>();
        List<Tesseract.Word> rest = new ArrayList<>(words);
        for (RuleGrid.Table t : tables) {
            List<Reading> rs = new ArrayList<>();
            for (RuleGrid.Box b : t.cells()) {
                List<Tesseract.Word> in = new ArrayList<>();
                for (Tesseract.Word w : words) {
                    if (b.holds(w.centreX(), w.centreY())) {
                        in.add(w);
                    }
                }
                rest.removeAll(in);
                in = Tesseract.byLines(in);
                rs.add(new Reading(Tesseract.text(in), Tesseract.confidence(in)));
            }
            out.addAll(GridRows.grid(t.cells(), rs, pageNo));
        }
        // the words no cell holds, one prose row per line of the engine
        List<Tesseract.Word> line = new ArrayList<>();
        for (Tesseract.Word w : Tesseract.byLines(rest)) {
            if (!line.isEmpty()) {
                Tesseract.Word p = line.get(0);
                if (p.block() != w.block() || p.paragraph() != w.paragraph() || p.line() != w.line()) {
                    out.add(prose(line, pageNo));
                    line = new ArrayList<>();
                }
            }
            line.add(w);
        }
        if (!line.isEmpty()) {
            out.add(prose(line, pageNo));
        }
        return out;
    }

    private static Placed prose(List<Tesseract.Word> line, int pageNo) {
        Locator loc = Locator.page(pageNo);
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        for (Tesseract.Word w : line) {
            top = Math.min(top, w.top());
            left = Math.min(left, w.left());
        }
        return new Placed(top, left, new Row(List.of(new Cell(Tesseract.text(line), loc, Tesseract.confidence(line))), false, loc));
    }

}
