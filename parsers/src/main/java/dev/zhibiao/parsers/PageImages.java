package dev.zhibiao.parsers;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The page images an OCR engine's words were read from, so that the table rules can be found on
 * them ({@link ImageCells}). For Tesseract's TSV or hOCR read from a file {@code NAME.tsv}, the
 * image is looked for next to it: {@code NAME.png}, {@code .jpg}, {@code .jpeg}, {@code .tif},
 * {@code .tiff} (each frame of a TIFF a page), then the searchable PDF the engine wrote with it
 * ({@code NAME.pdf}, its page images rendered). Each page image is scaled to the words' pixels by
 * the page width the engine reports. Anything missing or unreadable: no image, and the words are
 * laid out by geometry alone. The PDF is opened once for all its pages: {@link #close} when done.
 */
final class PageImages implements java.io.Closeable {
    /** Image files larger than this are not looked at (a page scan is a few megabytes). */
    private static final long MAX_BYTES = 64L << 20;
    private static final String[] IMAGES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"};

    private final Path image;
    private final Path pdf;
    /** The engine's page widths in its pixels, by 1-based page; absent when not reported. */
    private final Map<Integer, Float> widths;
    /** {@link #pdf}, opened at the first page asked for and kept open for the next ones until {@link #close}. */
    private PDDocument doc;

    private PageImages(Path image, Path pdf, Map<Integer, Float> widths) {
        this.image = image;
        this.pdf = pdf;
        this.widths = widths;
    }

    /**
     * @param file   the OCR output read (TSV or hOCR), or null
     * @param widths the engine's page widths in pixels, by 1-based page (may be empty)
     * @return the images next to it, or null when there are none
     */
    static PageImages beside(Path file, Map<Integer, Float> widths) {
        if (file == null || file.getFileName() == null) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        for (String ext : IMAGES) {
            for (String e : new String[] {ext, ext.toUpperCase(java.util.Locale.ROOT)}) {
                Path p = file.resolveSibling(base + e);
                if (usable(p)) {
                    return new PageImages(p, null, widths);
                }
            }
        }
        Path p = file.resolveSibling(base + ".pdf");
        return usable(p) && !p.equals(file) ? new PageImages(null, p, widths) : null;
    }

    private static boolean usable(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) <= MAX_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param pageNo the 1-based page
     * @return that page's image with the cells of the ruled tables on it, in the engine's pixels;
     *         {@link ImageCells.Page#NONE} when the page has no image
     */
    ImageCells.Page page(int pageNo) {
        try {
            BufferedImage img;
            int dpi;
            if (image != null) {
                img = frame(image, pageNo - 1);
                if (img == null) {
                    return ImageCells.Page.NONE;
                }
                // an A4 page across, as for a scan read on its own
                dpi = Math.max(72, (int) Math.round(img.getWidth() / 8.27));
            } else {
                if (doc == null) {
                    doc = PDDocument.load(pdf.toFile(), org.apache.pdfbox.io.MemoryUsageSetting.setupTempFileOnly());
                }
                if (pageNo < 1 || pageNo > doc.getNumberOfPages()) {
                    return ImageCells.Page.NONE;
                }
                Rendered r = render(doc, pageNo - 1);
                if (r == null) {
                    return ImageCells.Page.NONE;
                }
                img = r.image();
                dpi = r.ruling();
            }
            Float w = widths.get(pageNo);
            double scale = w == null || w <= 0 ? 1.0 : w / img.getWidth();
            return ImageCells.page(img, dpi, scale);
        } catch (IOException | RuntimeException e) {
            // an image that cannot be read: the words are laid out without it
            return ImageCells.Page.NONE;
        }
    }

    /** Closes the PDF the pages were rendered from, if one was opened. */
    @Override
    public void close() {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException e) {
                // nothing was written: a failure to release the file changes no answer
            }
            doc = null;
        }
    }

    private static BufferedImage frame(Path file, int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return index < r.getNumImages(true) ? r.read(index) : null;
            } finally {
                r.dispose();
            }
        }
    }

    /**
     * A PDF page rendered at the resolution of the image on it.
     *
     * @param image  the page
     * @param dpi    the resolution it was rendered at (pixels per inch of the PDF's page)
     * @param ruling the resolution to look for rules at: {@code dpi}, or, when the PDF gives the
     *               page an implausible size (Tesseract writes a PNG without a resolution as a 70
     *               dpi page, over 23 inches wide), the image's width taken as an A4 page across
     */
    record Rendered(BufferedImage image, int dpi, int ruling) {
    }

    /**
     * @param doc   a PDF
     * @param index the 0-based page
     * @return the page rendered in grey at its largest image's resolution (at most 600 dpi), or
     *         null when the page has no image; a page that is one image and nothing else visible (a
     *         scan, an OCR engine's searchable PDF: {@link PageSurvey}) is that image, decoded
     *         rather than drawn
     */
    static Rendered render(PDDocument doc, int index) throws IOException {
        PDPage page = doc.getPage(index);
        float widthPt = page.getCropBox().getWidth();
        int widest = 0;
        if (page.getResources() != null) {
            for (COSName n : page.getResources().getXObjectNames()) {
                PDXObject x = page.getResources().getXObject(n);
                if (x instanceof PDImageXObject im) {
                    widest = Math.max(widest, im.getWidth());
                }
            }
        }
        if (widest == 0 || widthPt <= 0) {
            return null;
        }
        int dpi = (int) Math.round(widest / (widthPt / 72.0));
        if (dpi < 20 || dpi > 600) {
            return null;
        }
        boolean plausible = widthPt <= 14 * 72 && dpi >= 72;
        int ruling = plausible ? dpi : Math.max(72, (int) Math.round(widest / 8.27));
        PDImageXObject whole = PageSurvey.wholePageImage(page);
        BufferedImage img = whole != null ? PageImage.toGrey(whole.getImage()) : grey(doc, index, dpi, colour(page));
        return new Rendered(img, dpi, ruling);
    }

    /** Whether an image is in colour (a colour scan may carry a red seal: {@link PageImage#dropRedInk}). */
    static boolean colour(PDImageXObject im) {
        try {
            return im.getColorSpace() != null && im.getColorSpace().getNumberOfComponents() >= 3;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a page draws an image in colour. */
    static boolean colour(PDPage page) {
        try {
            if (page.getResources() != null) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject im && colour(im)) {
                        return true;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * A page rendered in grey: directly, or, when it draws an image in colour, in colour and then grey
     * with red ink faded ({@link PageImage#toGrey}).
     */
    static BufferedImage grey(PDDocument doc, int index, float dpi, boolean colour) throws IOException {
        if (!colour) {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.GRAY);
        }
        return PageImage.toGrey(new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB));
    }

    @Override
    public String toString() {
        return "PageImages[" + (image != null ? image : pdf) + "]";
    }

}
