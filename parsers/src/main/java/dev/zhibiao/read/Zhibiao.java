package dev.zhibiao.read;

import dev.zhibiao.Sheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: reads a document in any rendering and returns its recovered sheets.
 *
 * <pre>{@code
 * List<Sheet> sheets = Zhibiao.read(Path.of("notice.txt"));             // detects the rendering
 * List<Sheet> sheets = Zhibiao.reader().format(Format.MARKDOWN).read(text, "notice.md");
 * String json = SheetJson.write(sheets);
 * }</pre>
 *
 * <p>Reading is a pipeline: a reader for the rendering (package {@code dev.zhibiao.parsers})
 * turns the bytes into rows of cells that remember their source position; layout recovery in
 * {@code zhibiao-core} realigns, fills and assembles them into {@link Sheet}s, recording every
 * repair as a {@link dev.zhibiao.Diagnostic}.
 */
public final class Zhibiao {
    private static final SheetReader DEFAULT = new SheetReader(Format.AUTO, null, dev.zhibiao.parsers.OcrSettings.DEFAULT,
            Limits.defaults());

    private Zhibiao() {
    }

    /**
     * Reads a file, detecting its rendering from its content.
     *
     * @param file a document
     * @return its sheets in document order (never empty)
     * @throws ReadException naming the file when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(Path file) throws IOException {
        return DEFAULT.read(file);
    }

    /**
     * Reads text, detecting its rendering.
     *
     * @param text   the document's text
     * @param source its file name, reported in sheets and errors
     * @return its sheets in document order (never empty)
     * @throws ReadException when the text holds no sheet
     */
    public static List<Sheet> read(String text, String source) throws ReadException {
        return DEFAULT.read(text, source);
    }

    /** @return a reader with default settings, to configure (immutable: each setter returns a copy) */
    public static SheetReader reader() {
        return DEFAULT;
    }

    /**
     * A configured reader. Immutable and thread-safe.
     *
     * <p>Pages that are images (an image-only PDF page, a PNG, JPEG or TIFF file) are read with
     * the OCR engine {@code tesseract} (Debian/Ubuntu packages {@code tesseract-ocr} and
     * {@code tesseract-ocr-chi-sim}), run as a subprocess: {@link #ocrCommand}, {@link #ocrLanguage}
     * and {@link #ocrDpi} configure it, {@link #ocr(boolean)} turns it off, and {@link #ocrRedo(boolean)}
     * reads searchable scans' page images with it instead of their text layers.
     */
    public static final class SheetReader {
        private final Format format;
        private final dev.zhibiao.parsers.Pages pages;
        private final dev.zhibiao.parsers.OcrSettings ocr;
        private final Limits limits;

        SheetReader(Format format, dev.zhibiao.parsers.Pages pages, dev.zhibiao.parsers.OcrSettings ocr, Limits limits) {
            this.format = Objects.requireNonNull(format, "format");
            this.pages = pages;
            this.ocr = Objects.requireNonNull(ocr, "ocr");
            this.limits = Objects.requireNonNull(limits, "limits");
        }

        /**
         * @param format the rendering to assume, or {@link Format#AUTO}
         * @return a reader with that format
         */
        public SheetReader format(Format format) {
            return new SheetReader(format, pages, ocr, limits);
        }

        /**
         * The pages of a PDF to read; other renderings have no pages and ignore it.
         *
         * @param pages pages and ranges as in a print dialog ({@code "1-3,5"}, {@code "4-"}), or
         *              null for every page
         * @return a reader that reads only those pages
         * @throws IllegalArgumentException when {@code pages} is not a list of pages and ranges
         */
        public SheetReader pages(String pages) {
            return new SheetReader(format, pages == null ? null : dev.zhibiao.parsers.Pages.parse(pages), ocr, limits);
        }

        /**
         * @param on false to refuse pages that are images instead of running OCR on them (default true)
         * @return a reader with OCR on or off
         */
        public SheetReader ocr(boolean on) {
            return new SheetReader(format, pages, ocr.enabled(on), limits);
        }

        /**
         * Searchable scans: a PDF page whose text is invisible (an OCR text layer drawn in rendering
         * mode 3, or under the page's image) over a page-sized image is, by default, read from that
         * text layer, which the scanner's software made. With {@code true} its image is read with
         * the OCR engine instead (cell by cell on the table rules found on the bitmap, as an
         * image-only page, but at the resolution of the page's image, not {@link #ocrDpi}), the text
         * layer set aside; a page whose image shows no ruled table keeps its layer. Pages with visible
         * text are never read by OCR. Each such page's first row notes the path that read it (diagnostic {@code ocr-layer}
         * or {@code ocr-redone}); a sheet read poorly from a text layer gets an {@code ocr-redo-hint}.
         * When the engine is missing, reading fails with the error an image-only page gives. No
         * effect with {@link #ocr(boolean) ocr(false)}.
         *
         * @param on true to read searchable scans' page images by OCR (default false: their text layers)
         * @return a reader with that setting
         */
        public SheetReader ocrRedo(boolean on) {
            return new SheetReader(format, pages, ocr.redo(on), limits);
        }

        /**
         * @param command the OCR engine's command (default {@code tesseract}; a path to it works too)
         * @return a reader running that command
         * @throws IllegalArgumentException when it is blank
         */
        public SheetReader ocrCommand(String command) {
            return new SheetReader(format, pages, ocr.command(command), limits);
        }

        /**
         * @param language the OCR language(s) in tesseract's spelling (default {@code chi_sim};
         *                 {@code chi_sim+eng} adds English)
         * @return a reader with that language
         * @throws IllegalArgumentException when it is not a tesseract language name
         */
        public SheetReader ocrLanguage(String language) {
            return new SheetReader(format, pages, ocr.language(language), limits);
        }

        /**
         * @param dpi the resolution image-only PDF pages are rendered at for OCR (default 300; 72 to 1200)
         * @return a reader with that resolution
         * @throws IllegalArgumentException outside 72..1200
         */
        public SheetReader ocrDpi(int dpi) {
            return new SheetReader(format, pages, ocr.dpi(dpi), limits);
        }

        /** @return the configured format */
        public Format format() {
            return format;
        }

        /**
         * @param limits how much of a document to accept before refusing it ({@link Limits#defaults()}
         *               unless set)
         * @return a reader with those limits
         */
        public SheetReader limits(Limits limits) {
            return new SheetReader(format, pages, ocr, limits);
        }

        /** @return the configured limits */
        public Limits limits() {
            return limits;
        }

        /**
         * @param file a document
         * @return its sheets in document order (never empty)
         * @throws ReadException naming the file when it cannot be read or holds no sheet
         */
        public List<Sheet> read(Path file) throws IOException {
            return dev.zhibiao.parsers.Readers.reading(file, format, pages, ocr, limits).sheets();
        }

        /**
         * Reads a file a sheet at a time: each sheet goes to {@code each} in document order. A long
         * markdown, tab-separated or CSV document (8 MiB and more, rendering detected) is read in
         * memory bounded by its largest sheet, not its length: it is decoded as it is read and each
         * sheet recovered when the next one starts (the sheets after the first wait in a temporary
         * file until the end, because the first sheet carries the count of rows outside sheets).
         * Any other document is read whole, then handed on. The sheets are those of {@link #read(Path)}.
         *
         * @param file a document
         * @param each receives its sheets in order
         * @return how many sheets it gave (at least one)
         * @throws ReadException naming the file when it cannot be read, holds no sheet or passes a
         *                       limit (then no sheet has been handed on)
         */
        public int read(Path file, java.util.function.Consumer<? super Sheet> each) throws IOException {
            Objects.requireNonNull(each, "each");
            return dev.zhibiao.parsers.TextStream.read(file, format, pages, ocr, limits, each);
        }

        /**
         * @param text   the document's text
         * @param source its file name
         * @return its sheets in document order (never empty)
         * @throws ReadException when the text holds no sheet
         */
        public List<Sheet> read(String text, String source) throws ReadException {
            return dev.zhibiao.parsers.Readers.read(text, source, format, limits);
        }

        /**
         * Reads a document from a stream (a download, standard input), detecting its rendering
         * and its encoding from the bytes as for a file. The stream is read to its end, not closed.
         *
         * @param in     the document's bytes
         * @param source its file name, reported in sheets and errors
         * @return its sheets in document order (never empty)
         * @throws ReadException naming {@code source} when it cannot be read or holds no sheet
         */
        public List<Sheet> read(InputStream in, String source) throws ReadException {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(source, "source");
            byte[] bytes = dev.zhibiao.parsers.Readers.readBounded(in, source, limits);
            return dev.zhibiao.parsers.Readers.reading(bytes, source, format, pages, ocr, limits).sheets();
        }

        /**
         * The rows the reader of a document's rendering makes of it, before recovery: what
         * recovery starts from, for auditing a recovered sheet against its source.
         *
         * @param file a document
         * @return its rows with their positions
         * @throws ReadException naming the file when it cannot be read
         */
        public SourceRows rows(Path file) throws IOException {
            return dev.zhibiao.parsers.Readers.rows(dev.zhibiao.parsers.Readers.document(file, format));
        }

        /**
         * @param text   the document's text
         * @param source its file name
         * @return its rows with their positions, before recovery
         * @throws ReadException when the text is empty or cannot be read in the configured format
         */
        public SourceRows rows(String text, String source) throws ReadException {
            return dev.zhibiao.parsers.Readers.rows(dev.zhibiao.parsers.Readers.document(text, source, format));
        }

        /**
         * @param in     the document's bytes (read to its end, not closed)
         * @param source its file name
         * @return its rows with their positions, before recovery
         * @throws ReadException naming {@code source} when it cannot be read
         */
        public SourceRows rows(InputStream in, String source) throws ReadException {
            Objects.requireNonNull(in, "in");
            byte[] bytes;
            try {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new ReadException(source, "cannot be read (" + e.getMessage() + ")", e);
            }
            return dev.zhibiao.parsers.Readers.rows(dev.zhibiao.parsers.Readers.document(bytes, source, format));
        }

        @Override
        public String toString() {
            return "SheetReader[format=" + format + (pages == null ? "" : ", pages=" + pages) + ", ocr=" + ocr
                    + ", limits=" + limits + "]";
        }
    }
}
