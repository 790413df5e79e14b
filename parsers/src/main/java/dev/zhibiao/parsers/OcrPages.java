package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.LooseLayout;
import dev.zhibiao.parsers.geometry.OcrLayout;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.parsers.geometry.Placed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * The pages of an OCR engine's output as rows: words laid out by the geometry layer
 * ({@link OcrLayout}), and the table rules the engine reports (Tesseract's TSV gives each rule it
 * found on the page as a word with blank text, its hOCR as an {@code ocr_separator}) put to use as
 * a PDF's rules are: turned back by the page's skew, their ends stretched half an em so that rules
 * the scan broke or the engine cut short still meet, the lattice's cells found by tabula, and each
 * word placed in the cell that holds its centre ({@link PdfGrid}). Words outside the cells (titles,
 * year lines, an unruled table) are laid out by position ({@link LooseLayout}).
 */
final class OcrPages {
    private OcrPages() {
    }

    /**
     * @param words the words of a document; a word with blank text is a rule the engine found
     * @return the rows, page by page in reading order
     */
    static List<Row> rows(List<OcrWord> words) {
        return rows(words, null);
    }

    /**
     * @param words  the words of a document; a word with blank text is a rule the engine found
     * @param images the page images the words were read from, or null; closed when the rows are made
     * @return the rows, page by page in reading order; on a page whose image shows ruled tables the
     *         words are placed into the cells found on the image, the engine's rules left aside
     */
    static List<Row> rows(List<OcrWord> words, PageImages images) {
        try {
            return rows(words, images, dev.zhibiao.read.Limits.defaults(), "OCR output");
        } catch (dev.zhibiao.read.ReadException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * As {@link #rows(List, PageImages)}, refusing a page with more words than
     * {@link dev.zhibiao.read.Limits#glyphsPerPage()} (the layout of a page grows faster than its
     * words: a page of 200,000 boxes would run for minutes; a printed A4 page holds a few thousand).
     */
    static List<Row> rows(List<OcrWord> words, PageImages images, dev.zhibiao.read.Limits limits, String source)
            throws dev.zhibiao.read.ReadException {
        Map<Integer, List<OcrWord>> pages = new TreeMap<>();
        for (OcrWord w : words) {
            pages.computeIfAbsent(w.page(), k -> new ArrayList<>()).add(w);
        }
        for (Map.Entry<Integer, List<OcrWord>> e : pages.entrySet()) {
            if (e.getValue().size() > limits.glyphsPerPage()) {
                throw limits.exceeded(source, "glyphsPerPage", "page " + e.getKey() + " of the OCR output has "
                        + e.getValue().size() + " words (or characters of text lines), more than " + limits.glyphsPerPage());
            }
        }
        List<Row> rows = new ArrayList<>();
        try {
            for (Map.Entry<Integer, List<OcrWord>> e : pages.entrySet()) {
                ImageCells.Page image = images == null ? ImageCells.Page.NONE : images.page(e.getKey());
                for (Placed p : page(image.comparators(e.getValue()), e.getKey(), image.cells())) {
                    rows.add(p.row());
                }
            }
        } finally {
            if (images != null) {
                images.close();
            }
        }
        return rows;
    }

    static List<Placed> page(List<OcrWord> words, int pageNo) {
        return page(words, pageNo, List.of());
    }

    /**
     * @param imageCells the cells of the ruled tables found on the page image (in the words' units),
     *                   empty to use the rules the engine reports
     */
    static List<Placed> page(List<OcrWord> words, int pageNo, List<ImageCells.Box> imageCells) {
        return page(words, pageNo, imageCells, null);
    }

    /**
     * @param seats the judge of two words read without confidences over the same ink (a searchable PDF's
     *              page image under its text layer, {@link LayerReadings}), or null
     */
    static List<Placed> page(List<OcrWord> words, int pageNo, List<ImageCells.Box> imageCells, OcrLayout.Seats seats) {
        List<OcrWord> text = new ArrayList<>();
        List<Glyph> rules = new ArrayList<>();
        for (OcrWord w : words) {
            if (!w.box().getText().isBlank()) {
                text.add(w);
            } else if (Math.min(w.box().getWidth(), w.box().getHeight()) * 8 <= Math.max(w.box().getWidth(), w.box().getHeight())) {
                rules.add(w.box());
            }
        }
        // a searchable PDF's text layer (words without a confidence) writes an engine line's words on one
        // baseline, so its lines show no skew: the image's rules say it; an engine's own boxes follow the ink
        boolean layer = !text.isEmpty() && text.stream().allMatch(w -> w.box().confidence() < 0);
        // an engine's own boxes follow the ink, but a page with few lines gives no trustworthy slope: the image's then
        double imageSkew = ImageCells.skew(imageCells);
        OcrLayout.Normalized n = OcrLayout.normalize(text, layer ? imageSkew : Double.NaN, imageSkew, seats);
        if (!layer && disagree(n.slope(), imageSkew, imageCells, n.em())) {
            // a continuation page's few engine lines run through the cells of several rows (a name's second
            // line with the values centred beside it) and can slope the wrong way: the image's rules say the skew
            n = OcrLayout.normalize(text, imageSkew, imageSkew, seats);
        }
        List<Glyph> glyphs = n.glyphs();
        if (glyphs.isEmpty()) {
            return List.of();
        }
        float em = Float.isNaN(n.em()) ? 20f : n.em();
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        // without the page image, the vertical rules the engine reported part the columns of the text outside the
        // cells they make (its row rules are mostly not reported, so they seldom make cells): {x, top, bottom}
        List<float[]> walls = new ArrayList<>();
        for (Glyph r : rules) {
            double s = n.slope();
            double cx = r.getCenterX() + s * r.getCenterY();
            double cy = r.getCenterY() - s * r.getCenterX();
            float ext = em * 0.5f;
            if (r.getWidth() >= r.getHeight()) {
                // a slanted rule's box is as high as its drop: the rule is its centre line
                double len = r.getWidth();
                horizontal.add(new Ruling((float) cy, (float) (cx - len / 2 - ext), (float) (len + 2 * ext), 0f));
            } else {
                double len = r.getHeight();
                vertical.add(new Ruling((float) (cy - len / 2 - ext), (float) cx, 0f, (float) (len + 2 * ext)));
                if (imageCells.isEmpty()) {
                    walls.add(new float[] {(float) cx, (float) (cy - len / 2), (float) (cy + len / 2)});
                }
            }
        }
        List<RectangularTextContainer<?>> cells = new ArrayList<>();
        if (!imageCells.isEmpty()) {
            double s = n.slope();
            for (ImageCells.Box b : imageCells) {
                double cx = b.centreX() + s * b.centreY();
                double cy = b.centreY() - s * b.centreX();
                cells.add(new technology.tabula.Cell((float) (cy - b.height() / 2), (float) (cx - b.width() / 2), b.width(),
                        b.height()));
            }
        } else if (!horizontal.isEmpty() && !vertical.isEmpty()) {
            for (technology.tabula.Cell c : SpreadsheetExtractionAlgorithm.findCells(
                    Ruling.collapseOrientedRulings(horizontal, 3), Ruling.collapseOrientedRulings(vertical, 3))) {
                if (c.getWidth() >= em * 0.8 && c.getHeight() >= em * 0.8) {
                    cells.add(c);
                }
            }
        }
        List<Placed> placed = new ArrayList<>();
        List<float[]> ruled = new ArrayList<>();
        float right = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            right = Math.max(right, g.getRight());
        }
        List<Glyph> rest = new ArrayList<>(glyphs);
        if (!cells.isEmpty()) {
            // rule positions agree to a fifth of an em (2 pt in a PDF; pixels of a scan)
            float tol = Math.max(2f, em * 0.2f);
            List<List<RectangularTextContainer<?>>> sections = new ArrayList<>();
            for (List<RectangularTextContainer<?>> table : tables(cells, tol)) {
                sections.addAll(PdfGrid.sections(table, tol));
            }
            for (List<RectangularTextContainer<?>> section : sections) {
                float left = Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                for (RectangularTextContainer<?> c : section) {
                    left = Math.min(left, c.getLeft());
                    top = Math.min(top, c.getTop());
                    bottom = Math.max(bottom, c.getBottom());
                    right = Math.max(right, c.getRight());
                }
                placed.addAll(PdfGrid.grid(section, left, glyphs, pageNo, tol));
                ruled.add(new float[] {top, bottom});
            }
            rest.removeIf(g -> inAny(g, cells));
        }
        placed.addAll(LooseLayout.loose(rest, pageNo, ruled, right, walls));
        placed.sort(Comparator.comparingDouble(Placed::top).thenComparingDouble(Placed::left));
        return placed;
    }

    /**
     * Whether the skew of the page image's ruled tables is to be taken instead of the engine lines'. The
     * engine's lines give it on most pages, in step with the image; on a table's continuation page (a
     * few rows run onto the next page) its few lines run through the cells of several rows, and their
     * median slope can be off by a degree or have the wrong sign, so that every cell lands a row lower
     * than the one left of it. The image's is taken where the two part by more than a third of an em
     * over the width of the cells.
     *
     * @param lines the skew the engine's lines give (dy/dx)
     * @param image the skew the image's cells give ({@link ImageCells#skew}), NaN when none
     * @param cells the cells found on the image, in the words' units
     * @param em    the page's em, NaN when unknown
     */
    static boolean disagree(double lines, double image, List<ImageCells.Box> cells, float em) {
        if (Double.isNaN(image) || Float.isNaN(em) || cells.isEmpty()) {
            return false;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (ImageCells.Box b : cells) {
            left = Math.min(left, b.centreX() - b.width() / 2);
            right = Math.max(right, b.centreX() + b.width() / 2);
        }
        return Math.abs(lines - image) * (right - left) > em / 3;
    }

    /**
     * The cells grouped into the tables they form: cells whose boxes touch (within {@code tol}) are
     * of one table. Tables printed apart on one page (a title between them) keep their own column
     * grids; tables printed right under each other touch and are cut by {@link PdfGrid#sections}.
     */
    static List<List<RectangularTextContainer<?>>> tables(List<RectangularTextContainer<?>> cells, float tol) {
        int n = cells.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            RectangularTextContainer<?> a = cells.get(i);
            for (int j = i + 1; j < n; j++) {
                RectangularTextContainer<?> b = cells.get(j);
                if (a.getLeft() <= b.getRight() + tol && b.getLeft() <= a.getRight() + tol && a.getTop() <= b.getBottom() + tol
                        && b.getTop() <= a.getBottom() + tol) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<RectangularTextContainer<?>>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(cells.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean inAny(Glyph e, List<RectangularTextContainer<?>> cells) {
        double cx = e.getCenterX();
        double cy = e.getCenterY();
        for (RectangularTextContainer<?> c : cells) {
            if (cx >= c.getLeft() && cx < c.getRight() && cy >= c.getTop() && cy < c.getBottom()) {
                return true;
            }
        }
        return false;
    }
}
