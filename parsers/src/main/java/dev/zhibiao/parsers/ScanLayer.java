package dev.zhibiao.parsers;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;

/**
 * Searchable scans: PDF pages whose text is a scanner's (or an OCR program's) invisible text layer
 * over the page's image. A page is one by what it draws ({@link Drawn}): it shows text, and an image
 * covering the page, and none of its text is visible on top of that image (every string drawn in
 * an invisible rendering mode, {@code 3 Tr}, or drawn before the image, which covers it). A page
 * with text drawn visibly is printed text and is never read by OCR.
 *
 * <p>Such a page is read from its text layer by default; with {@link OcrSettings#redo()} its image
 * is read by the library's own OCR (cell by cell, rules found on the bitmap) instead, when the image
 * shows a ruled table (the engine's cells come from the rules; a page without one keeps its
 * layer, whose words the geometry layer places in unruled tables). Either way
 * the reader notes the path on the page's first row ({@link #LAYER}, {@link #REDONE}); the notes
 * are set aside for recovery ({@link #withoutPaths}) and put on the sheet holding each page
 * ({@link #placed}); a sheet read from a layer that reads poorly gets a hint naming the option
 * ({@link #HINT}, {@link #hinted}).
 */
final class ScanLayer {
    /** Diagnostic code: a searchable scan's page read from its text layer. */
    static final String LAYER = "ocr-layer";
    /** Diagnostic code: a searchable scan's page read from its image by OCR, its text layer set aside. */
    static final String REDONE = "ocr-redone";
    /** Diagnostic code: a sheet read from text layers reads poorly; the option that reads the images. */
    static final String HINT = "ocr-redo-hint";
    /** The option's names, as the hint gives them. */
    static final String OPTION = "--ocr-redo (Zhibiao.reader().ocrRedo(true))";
    /** The least share of an image's side the page's side must be covered by for a page-sized image. */
    private static final double COVER = 0.85;

    private ScanLayer() {
    }

    /**
     * What a PDF page draws.
     *
     * @param textShown    text-showing operators with a string, in any rendering mode
     * @param pageImage    whether an image covering the page is drawn
     * @param visibleOnTop whether text is drawn visibly (filled or stroked) and not covered by a
     *                     page-sized image drawn after it
     */
    record Drawn(int textShown, boolean pageImage, boolean visibleOnTop) {
        /** @return whether the page is a searchable scan: text, none of it visible, over a page-sized image */
        boolean searchableScan() {
            return textShown > 0 && pageImage && !visibleOnTop;
        }
    }

    /** @return whether a text-showing operator's string operand ({@code Tj}) or array ({@code TJ}) holds a string */
    static boolean hasText(COSBase operand) {
        if (operand instanceof COSString s) {
            return s.getBytes().length > 0;
        }
        if (operand instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSString s && s.getBytes().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an image drawn at the corners {@code xs}, {@code ys} (user space) covers the page box:
     * its bounds overlap at least {@value #COVER} of the box's width and of its height.
     */
    static boolean covers(float[] xs, float[] ys, float x, float y, float width, float height) {
        if (width <= 0 || height <= 0) {
            return false;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int k = 0; k < xs.length; k++) {
            minX = Math.min(minX, xs[k]);
            maxX = Math.max(maxX, xs[k]);
            minY = Math.min(minY, ys[k]);
            maxY = Math.max(maxY, ys[k]);
        }
        double w = Math.min(maxX, x + width) - Math.max(minX, x);
        double h = Math.min(maxY, y + height) - Math.max(minY, y);
        return w >= COVER * width && h >= COVER * height;
    }

    /**
     * The diagnostic of a searchable scan's page, on its first row: which path read it.
     *
     * @param redone whether its image was read by OCR
     * @param asked  whether {@link OcrSettings#redo()} asked for it (a page read from its layer
     *               all the same showed no ruled table on its image)
     */
    static Diagnostic path(int page, boolean redone, boolean asked, Locator at) {
        if (redone) {
            return new Diagnostic(REDONE, "page " + page + " is a searchable scan: its image was read by OCR, its text layer set aside", at);
        }
        return new Diagnostic(LAYER, "page " + page + " is a searchable scan: read from its text layer ("
                + (asked ? "its image shows no ruled table, which OCR of the image needs" : OPTION + " reads its image by OCR instead")
                + ")", at);
    }

    /** How many of a sheet's indicators may have an OCR repair each before it reads poorly. */
    private static final double REPAIRS_PER_INDICATOR = 0.25;

    /**
     * A sheet read from a searchable scan's text layer (it holds a {@link #LAYER} diagnostic) reads
     * poorly when it has no indicator, or OCR repairs ({@code ocr-repaired}) for at least a
     * quarter of its indicators (and at least two): the engine that made the layer misread it.
     *
     * @param s a recovered sheet
     * @return whether to hint at {@link #OPTION}
     */
    static boolean poor(Sheet s) {
        boolean layer = false;
        int repairs = 0;
        for (Diagnostic d : s.diagnostics()) {
            layer |= LAYER.equals(d.code());
            repairs += "ocr-repaired".equals(d.code()) ? 1 : 0;
        }
        return layer && (s.indicators().isEmpty() || repairs >= 2 && repairs >= REPAIRS_PER_INDICATOR * s.indicators().size());
    }

    /**
     * The sheets, each one read poorly from a text layer ({@link #poor}) with a {@link #HINT}
     * diagnostic at its end; the others as they are.
     */
    static List<Sheet> hinted(List<Sheet> sheets) {
        List<Sheet> out = new ArrayList<>(sheets.size());
        boolean any = false;
        for (Sheet s : sheets) {
            if (!poor(s)) {
                out.add(s);
                continue;
            }
            any = true;
            List<Diagnostic> diags = new ArrayList<>(s.diagnostics());
            int repairs = (int) diags.stream().filter(d -> "ocr-repaired".equals(d.code())).count();
            diags.add(new Diagnostic(HINT, "this sheet was read from a searchable scan's text layer ("
                    + s.indicators().size() + " indicator(s), " + repairs + " OCR repair(s)): " + OPTION
                    + " reads the page images with tesseract instead, often better", s.locator()));
            out.add(withDiagnostics(s, diags));
        }
        return any ? out : sheets;
    }

    /**
     * The document without the notes of which path read its searchable scans' pages, for
     * recovery: they are placed on the sheets afterwards ({@link #placed}), since a page's first
     * row may belong to no sheet.
     *
     * @param doc the rows a reader made
     * @return the same document without {@link #LAYER} and {@link #REDONE} notes (itself when it has none)
     */
    static Document withoutPaths(Document doc) {
        if (paths(doc).isEmpty()) {
            return doc;
        }
        Map<Row, List<Diagnostic>> notes = new java.util.IdentityHashMap<>();
        for (Map.Entry<Row, List<Diagnostic>> e : doc.notes().entrySet()) {
            List<Diagnostic> rest = e.getValue().stream().filter(d -> !isPath(d)).toList();
            if (!rest.isEmpty()) {
                notes.put(e.getKey(), rest);
            }
        }
        return new Document(doc.source(), doc.rows(), doc.printedLines(), notes, doc.cellsUnseen());
    }

    private static boolean isPath(Diagnostic d) {
        return LAYER.equals(d.code()) || REDONE.equals(d.code());
    }

    /** @return the notes of which path read each searchable scan's page, by page */
    static java.util.TreeMap<Integer, Diagnostic> paths(Document doc) {
        java.util.TreeMap<Integer, Diagnostic> paths = new java.util.TreeMap<>();
        for (List<Diagnostic> ds : doc.notes().values()) {
            for (Diagnostic d : ds) {
                if (isPath(d) && d.position().page() != null) {
                    paths.put(d.position().page(), d);
                }
            }
        }
        return paths;
    }

    /**
     * The sheets with each searchable scan's page's path note first among the diagnostics of the
     * sheet that holds the page: the first sheet starting on that page, else the last one starting
     * before it (the first sheet for a page before any sheet starts), pages in order.
     *
     * @param sheets the sheets recovered, in document order
     * @param paths  the notes by page ({@link #paths})
     */
    static List<Sheet> placed(List<Sheet> sheets, java.util.TreeMap<Integer, Diagnostic> paths) {
        if (paths.isEmpty() || sheets.isEmpty()) {
            return sheets;
        }
        List<List<Diagnostic>> mine = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            mine.add(new ArrayList<>());
        }
        for (Map.Entry<Integer, Diagnostic> e : paths.entrySet()) {
            int holder = 0;
            for (int i = 0; i < sheets.size(); i++) {
                Integer start = sheets.get(i).locator().page();
                if (start != null && start.equals(e.getKey())) {
                    holder = i;
                    break;
                }
                if (start != null && start < e.getKey()) {
                    holder = i;
                }
            }
            mine.get(holder).add(e.getValue());
        }
        List<Sheet> out = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            if (mine.get(i).isEmpty()) {
                out.add(s);
                continue;
            }
            List<Diagnostic> diags = new ArrayList<>(mine.get(i));
            diags.addAll(s.diagnostics());
            out.add(withDiagnostics(s, diags));
        }
        return out;
    }

    private static Sheet withDiagnostics(Sheet s, List<Diagnostic> diags) {
        return s.toBuilder().diagnostics(diags).build();
    }

    /**
     * @param doc the rows a reader made
     * @return the pages read from a searchable scan's text layer, in order (empty when none)
     */
    static TreeSet<Integer> layerPages(Document doc) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (Map.Entry<Integer, Diagnostic> e : paths(doc).entrySet()) {
            if (LAYER.equals(e.getValue().code())) {
                pages.add(e.getKey());
            }
        }
        return pages;
    }

    /**
     * What the error of a document without a sheet adds when its pages include searchable scans
     * read from their text layer: the option that reads their images.
     *
     * @return {@code "; page(s) … searchable scan(s) …"}, or empty
     */
    static String noSheetHint(Document doc) {
        TreeSet<Integer> pages = doc == null ? new TreeSet<>() : layerPages(doc);
        if (pages.isEmpty()) {
            return "";
        }
        return "; " + (pages.size() == 1 ? "page " + pages.first() + " is a searchable scan" : "pages " + pages
                .toString().replaceAll("[\\[\\] ]", "") + " are searchable scans") + " read from the text layer: "
                + OPTION + " reads the images with tesseract instead";
    }
}
