package dev.zhibiao.parsers;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Recovery;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import dev.zhibiao.read.SourceRows;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Dispatches a document to the reader of its rendering, then to recovery. Not API: this package
 * is not exported by {@code module-info}; use {@link dev.zhibiao.read.Zhibiao}.
 */
public final class Readers {
    private Readers() {
    }

    /**
     * A document's rows as its reader made them and the sheets recovered from them (the command
     * line's audit page shows both side by side).
     *
     * @param document the rows before recovery
     * @param sheets   the recovered sheets (never empty)
     */
    public record Reading(Document document, List<Sheet> sheets) {
        /** Copies the sheets. */
        public Reading {
            sheets = List.copyOf(sheets);
        }

        /** @return {@code "h1_000.md: 120 rows, 3 sheets"} */
        @Override
        public String toString() {
            return document.source() + ": " + document.rows().size() + " rows, " + sheets.size() + " sheets";
        }
    }

    /**
     * Whether the head of a {@code .json} file is an OCR engine's JSON this library reads ({@link Format#OCR_JSON}),
     * asked of its first four thousand characters: a directory's other JSON files (exports, settings)
     * are not documents.
     *
     * @param head the file's first few thousand characters
     * @return whether it looks like OCR JSON
     */
    public static boolean isOcrJsonHead(String head) {
        return OcrJsonReader.looksLikeOcrJson(head);
    }

    /**
     * As {@link #isOcrJsonHead}, for a file on disk.
     *
     * @param file a file
     * @return whether its head looks like OCR JSON; false when it cannot be read
     */
    public static boolean isOcrJson(java.nio.file.Path file) {
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] head = new char[4000];
            int n = r.read(head);
            return n > 0 && OcrJsonReader.looksLikeOcrJson(new String(head, 0, n));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(Path file, Format format) throws IOException {
        return reading(file, format, null).sheets();
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all; ignored for other renderings
     * @return its rows and its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static Reading reading(Path file, Format format, IntPredicate pages) throws IOException {
        return reading(file, format, pages, OcrSettings.DEFAULT);
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all
     * @param ocr    how pages that are images are read
     * @return its rows and its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static Reading reading(Path file, Format format, IntPredicate pages, OcrSettings ocr) throws IOException {
        return reading(file, format, pages, ocr, Limits.defaults());
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all
     * @param ocr    how pages that are images are read
     * @param limits what the reader accepts
     * @return its rows and its sheets
     * @throws ReadException when it cannot be read, holds no sheet or passes a limit
     */
    public static Reading reading(Path file, Format format, IntPredicate pages, OcrSettings ocr, Limits limits)
            throws IOException {
        String source = name(file);
        return reading(bytes(file, source, limits), source, format, pages, ocr.beside() == null ? ocr.beside(file) : ocr, limits);
    }

    /**
     * The rows a document's reader produces, before recovery.
     *
     * @param file   the document
     * @param format its rendering, or AUTO
     * @return its rows
     * @throws ReadException naming the file when it cannot be read
     */
    public static Document document(Path file, Format format) throws IOException {
        String source = name(file);
        return document(bytes(file, source, Limits.defaults()), source, format);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static byte[] bytes(Path file, String source, Limits limits) throws ReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ReadException(source, "is a directory, not a document");
            }
            long size = Files.size(file);
            if (size > limits.documentBytes()) {
                throw limits.exceeded(source, "documentBytes", "the file has " + size + " bytes");
            }
            if (size == 0 || !Files.isRegularFile(file)) {
                // a device or a pipe (/dev/zero, /dev/stdin): read no further than the limit
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    return readBounded(in, source, limits);
                }
            }
            return FileBytes.readAll(file);
        } catch (NoSuchFileException e) {
            throw new ReadException(source, "no such file");
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * @param doc a reader's rows
     * @return the same rows as the public {@link SourceRows}
     */
    public static SourceRows rows(Document doc) {
        List<SourceRows.Row> rows = new ArrayList<>(doc.rows().size());
        for (Row r : doc.rows()) {
            List<SourceRows.Cell> cells = new ArrayList<>(r.cells().size());
            for (Cell c : r.cells()) {
                cells.add(new SourceRows.Cell(c.text(), c.at()));
            }
            rows.add(new SourceRows.Row(cells, r.table(), r.at()));
        }
        return new SourceRows(doc.source(), rows);
    }

    /**
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(byte[] bytes, String source, Format format) throws ReadException {
        return reading(bytes, source, format, null).sheets();
    }

    /**
     * Reads a document in the rendering given, or detected. A rendering named by the caller reads
     * at least what detection reads: when detection names another rendering, the document is read
     * both ways and the reading with more sheets (then more indicators) is kept, the named one on
     * a tie. So a markdown document holding raw HTML tables (markdown allows them) read with
     * {@link Format#MARKDOWN} keeps the sheets of its HTML tables.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all; ignored for other renderings
     * @return its rows and its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static Reading reading(byte[] bytes, String source, Format format, IntPredicate pages) throws ReadException {
        return reading(bytes, source, format, pages, OcrSettings.DEFAULT);
    }

    /**
     * As {@link #reading(byte[], String, Format, IntPredicate)}, with pages that are images read as {@code ocr} says.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all
     * @param ocr    how pages that are images are read
     * @return its rows and its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static Reading reading(byte[] bytes, String source, Format format, IntPredicate pages, OcrSettings ocr)
            throws ReadException {
        return reading(bytes, source, format, pages, ocr, Limits.defaults());
    }

    /**
     * As {@link #reading(byte[], String, Format, IntPredicate, OcrSettings)}, within {@code limits}.
     * Unless {@code ocr} reads them by OCR already, a sheet read poorly from a searchable scan's text layer gets an {@code ocr-redo-hint} diagnostic
     * naming the option that reads the page images instead ({@link OcrSettings#redo()}), and the error
     * of a document without a sheet names it too when its pages are such scans.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all
     * @param ocr    how pages that are images are read
     * @param limits what the reader accepts
     * @return its rows and its sheets
     * @throws ReadException when it cannot be read, holds no sheet or passes a limit
     */
    public static Reading reading(byte[] bytes, String source, Format format, IntPredicate pages, OcrSettings ocr,
                                  Limits limits) throws ReadException {
        Document named = null;
        List<Sheet> sheets = List.of();
        dev.zhibiao.internal.layout.Outside outside = null;
        ReadException failed = null;
        try {
            named = document(bytes, source, format, pages, ocr, limits);
            Recovery.Result result = Recovery.read(ScanLayer.withoutPaths(named));
            sheets = ScanLayer.placed(result.sheets(), ScanLayer.paths(named));
            outside = result.outside();
        } catch (ReadException e) {
            failed = e;
        }
        if (format != Format.AUTO && !isBinary(format)) {
            Format detected = detectedText(bytes, source);
            if (detected != null && detected != format) {
                try {
                    Document other = document(bytes, source, detected, pages, ocr, limits);
                    List<Sheet> more = Recovery.recover(other);
                    if (more.size() > sheets.size()
                            || more.size() == sheets.size() && indicators(more) > indicators(sheets)) {
                        named = other;
                        sheets = more;
                        failed = null;
                    }
                } catch (ReadException e) {
                    // the named rendering's answer (or error) stands
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        if (sheets.isEmpty()) {
            throw new ReadException(source, (outside == null ? "no sheet found" : noSheet(named, outside))
                    + (ocr.redo() ? "" : ScanLayer.noSheetHint(named)));
        }
        sheets = ocr.redo() ? sheets : ScanLayer.hinted(sheets);
        if (sheets.size() > limits.sheets()) {
            throw limits.exceeded(source, "sheets", "the document gives " + sheets.size() + " sheets");
        }
        return new Reading(named, sheets);
    }

    private static boolean isBinary(Format f) {
        return f == Format.PDF || f == Format.DOCX || f == Format.XLSX || f == Format.IMAGE;
    }

    /** @return the text rendering detection finds, or null when the bytes are not text */
    private static Format detectedText(byte[] bytes, String source) {
        try {
            if (bytes.length == 0 || Detector.detectBytes(bytes, source) != Format.AUTO || OfficeZip.isOle2(bytes)) {
                return null;
            }
            String text = decode(bytes, source);
            return text.isBlank() ? null : Detector.detect(text.charAt(0) == '\uFEFF' ? text.substring(1) : text, source);
        } catch (ReadException e) {
            return null;
        }
    }

    private static int indicators(List<Sheet> sheets) {
        return sheets.stream().mapToInt(s -> s.indicators().size()).sum();
    }

    /**
     * The rows a document's reader produces, before recovery (for auditing and tests).
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(byte[] bytes, String source, Format format) throws ReadException {
        return document(bytes, source, format, null);
    }

    /**
     * The rows a document's reader produces, before recovery.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all; ignored for other renderings
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(byte[] bytes, String source, Format format, IntPredicate pages) throws ReadException {
        return document(bytes, source, format, pages, OcrSettings.DEFAULT);
    }

    /**
     * The rows a document's reader produces, before recovery.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all
     * @param ocr    how pages that are images are read
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(byte[] bytes, String source, Format format, IntPredicate pages, OcrSettings ocr)
            throws ReadException {
        return document(bytes, source, format, pages, ocr, Limits.defaults());
    }

    /**
     * The rows a document's reader produces, before recovery, within {@code limits}.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read (1-based), or null for all
     * @param ocr    how pages that are images are read
     * @param limits what the reader accepts
     * @return its rows
     * @throws ReadException when it cannot be read or passes a limit
     */
    public static Document document(byte[] bytes, String source, Format format, IntPredicate pages, OcrSettings ocr,
                                    Limits limits) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(source, "empty file");
        }
        if (bytes.length > limits.documentBytes()) {
            throw limits.exceeded(source, "documentBytes", "the document has " + bytes.length + " bytes");
        }
        Format f = format == Format.AUTO ? Detector.detectBytes(bytes, source) : format;
        if (f == Format.PDF) {
            return checked(PdfReader.read(bytes, source, pages, ocr, limits), limits);
        }
        if (f == Format.IMAGE) {
            return ScanReader.readImage(bytes, source, ocr);
        }
        if (f == Format.DOCX || f == Format.XLSX) {
            if (!OfficeZip.isZip(bytes)) {
                throw new ReadException(source, OfficeZip.isOle2(bytes) ? OfficeZip.describeOle2(bytes)
                        : "not " + (f == Format.DOCX ? "a Word .docx" : "an Excel .xlsx") + " file (no zip container)");
            }
            return checked(f == Format.DOCX ? DocxReader.read(bytes, source, limits)
                    : XlsxReader.read(bytes, source, limits), limits);
        }
        if (format == Format.AUTO && OfficeZip.isOle2(bytes)) {
            throw new ReadException(source, OfficeZip.describeOle2(bytes));
        }
        if ((format == Format.AUTO || format == Format.HTML) && Mht.is(bytes)) {
            // a web archive (.mht: a "single file web page"): its HTML part
            return document(Mht.html(bytes, source), source, Format.HTML, limits, ocr);
        }
        Decoded text = decoded(bytes, source);
        return noted(document(text.text(), source, f, limits, ocr), text.note());
    }

    /** The row an encoding note goes on: the first that prints a sheet's words (folded: 績效 is 绩效). */
    static boolean notedHere(Row r) {
        return dev.zhibiao.internal.layout.Vocabulary.printsSheetWords(r.text());
    }

    /**
     * The document with an {@link #ENCODING} note on its first row that prints a sheet's words (its
     * title, most often: the note then goes to the sheet's diagnostics; {@link TextStream} places it
     * the same way).
     */
    private static Document noted(Document doc, String note) {
        if (note == null || doc.rows().isEmpty()) {
            return doc;
        }
        Row at = doc.rows().stream().filter(Readers::notedHere).findFirst().orElse(null);
        if (at == null) {
            return doc; // no sheet's words: no sheet either
        }
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>(doc.notes());
        List<dev.zhibiao.Diagnostic> here = new ArrayList<>(notes.getOrDefault(at, List.of()));
        here.add(new dev.zhibiao.Diagnostic(ENCODING, note, at.at()));
        notes.put(at, here);
        return new Document(doc.source(), doc.rows(), doc.printedLines(), notes, doc.cellsUnseen());
    }

    /**
     * @param text   the document's text
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it holds no sheet
     */
    public static List<Sheet> read(String text, String source, Format format) throws ReadException {
        return read(text, source, format, Limits.defaults());
    }

    /**
     * @param text   the document's text
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param limits what the reader accepts
     * @return its sheets
     * @throws ReadException when it holds no sheet or passes a limit
     */
    public static List<Sheet> read(String text, String source, Format format, Limits limits) throws ReadException {
        if (format == Format.AUTO || isBinary(format) || text == null || text.isBlank()) {
            List<Sheet> sheets = recover(document(text, source, format, limits), source);
            if (sheets.size() > limits.sheets()) {
                throw limits.exceeded(source, "sheets", "the document gives " + sheets.size() + " sheets");
            }
            return sheets;
        }
        // a named text rendering reads at least what detection reads (see reading(byte[], ...))
        return reading(text.getBytes(StandardCharsets.UTF_8), source, format, null, OcrSettings.DEFAULT, limits).sheets();
    }

    /**
     * The rows a text document's reader produces, before recovery.
     *
     * @param text   the document's text
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(String text, String source, Format format) throws ReadException {
        return document(text, source, format, Limits.defaults());
    }

    /**
     * The rows a text document's reader produces, before recovery, within {@code limits}.
     *
     * @param text   the document's text
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param limits what the reader accepts
     * @return its rows
     * @throws ReadException when it cannot be read or passes a limit
     */
    public static Document document(String text, String source, Format format, Limits limits) throws ReadException {
        return document(text, source, format, limits, OcrSettings.DEFAULT);
    }

    private static Document document(String text, String source, Format format, Limits limits, OcrSettings ocr)
            throws ReadException {
        if (text == null || text.isBlank()) {
            throw new ReadException(source, "empty document");
        }
        if (text.length() > limits.documentBytes()) {
            throw limits.exceeded(source, "documentBytes", "the text has " + text.length() + " characters");
        }
        text = Lines.normalize(text);
        if ((format == Format.AUTO || format == Format.MARKDOWN) && BoxTables.mayHold(text)) {
            text = BoxTables.rewrite(text); // tables drawn with box-drawing characters: as markdown tables, line for line
        }
        Format f = format == Format.AUTO ? Detector.detect(text, source) : format;
        if (f != Format.HTML && f != Format.OCR_JSON) {
            // HTML and JSON are not line-based: a page's JSON is often one line of megabytes
            Lines.checkLength(text, source, limits);
        }
        Document doc = switch (f) {
            case MARKDOWN -> MarkdownReader.read(text, source);
            case TSV -> TsvReader.read(text, source);
            case CSV -> TsvReader.readCsv(text, source);
            case CELL_PER_LINE -> CellPerLineReader.read(text, source);
            case SPACED -> SpacedReader.read(text, source);
            case PDFTOTEXT -> PdfTextReader.read(text, source);
            case HTML -> HtmlReader.read(text, source, limits);
            case OCR_TSV -> OcrTsvReader.read(text, source, ocr.beside(), limits);
            case HOCR -> HocrReader.read(text, source, ocr.beside(), limits);
            case OCR_JSON -> OcrJsonReader.read(text, source, ocr.beside(), limits);
            case OCR_TEXT -> OcrTextReader.read(text, source);
            case PDF, DOCX, XLSX, IMAGE -> throw new ReadException(source, f + " must be read from bytes, not text");
            case AUTO -> throw new IllegalStateException("format not detected");
        };
        return checked(doc, limits);
    }

    /** Refuses a document with more rows, or a row with more cells, than the limits allow. */
    private static Document checked(Document doc, Limits limits) throws ReadException {
        if (doc.rows().size() > limits.rows()) {
            throw limits.exceeded(doc.source(), "rows", "the document gives " + doc.rows().size() + " rows");
        }
        long cells = 0;
        for (dev.zhibiao.internal.layout.Row r : doc.rows()) {
            cells += r.cells().size();
            if (cells > limits.cells()) {
                throw limits.exceeded(doc.source(), "cells", "the document gives more than " + limits.cells()
                        + " cells (by " + where(r.at()) + ")");
            }
            if (r.cells().size() > limits.cellsPerRow()) {
                throw limits.exceeded(doc.source(), "cellsPerRow", "the row at " + where(r.at()) + " has "
                        + r.cells().size() + " cells");
            }
        }
        return doc;
    }

    /** A locator as words: {@code line 12}, {@code page 3}. */
    static String where(dev.zhibiao.Locator at) {
        if (at.line() != null) {
            return "line " + at.line() + (at.page() != null ? " of page " + at.page() : "");
        }
        return at.page() != null ? "page " + at.page() : "an unknown position";
    }

    /**
     * Reads a stream to its end, refusing it past {@link Limits#documentBytes()}.
     *
     * @param in     the document's bytes
     * @param source its file name
     * @param limits the limits
     * @return the bytes
     * @throws ReadException when the stream fails or passes the limit
     */
    public static byte[] readBounded(java.io.InputStream in, String source, Limits limits) throws ReadException {
        try {
            long max = limits.documentBytes();
            // a device such as /dev/zero: refused from its first 64 KB, not after reading the limit
            byte[] head = in.readNBytes((int) Math.min(max + 1, 64 * 1024));
            if (binary(head)) {
                throw new ReadException(source, "binary data (runs of NUL bytes, no document signature), not a document");
            }
            byte[] rest = head.length > max || head.length < 64 * 1024 ? new byte[0]
                    : in.readNBytes((int) Math.min(max + 1 - head.length, Integer.MAX_VALUE - 16 - head.length));
            byte[] b = head;
            if (rest.length > 0) {
                b = java.util.Arrays.copyOf(head, head.length + rest.length);
                System.arraycopy(rest, 0, b, head.length, rest.length);
            }
            if (b.length > max) {
                throw limits.exceeded(source, "documentBytes", "the input has more than " + max + " bytes");
            }
            return b;
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether the start of a stream is binary data that no reader takes: a run of 16 NUL bytes
     * without the signature of a PDF, a zip or an OLE2 file, or a UTF-16/32 byte-order mark.
     */
    static boolean binary(byte[] head) {
        if (head.length < 16 || OfficeZip.isZip(head) || OfficeZip.isOle2(head)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == 0 && head[1] == 0 && head[2] == (byte) 0xFE && head[3] == (byte) 0xFF)) {
            return false;
        }
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
        if (start.contains("%PDF-")) {
            return false;
        }
        int run = 0;
        for (byte b : head) {
            run = b == 0 ? run + 1 : 0;
            if (run >= 16) {
                return true;
            }
        }
        return false;
    }

    private static List<Sheet> recover(Document doc, String source) throws ReadException {
        Recovery.Result result = Recovery.read(doc);
        if (result.sheets().isEmpty()) {
            throw new ReadException(source, noSheet(doc, result.outside()));
        }
        return result.sheets();
    }

    /**
     * The one-line error of a document without a sheet: what was seen of a sheet and where
     * ({@link Unrecognised}), then what its rows were instead (budget tables, contents, prose).
     *
     * @param doc     the rows the reader made
     * @param outside the summary of the rows outside sheets
     * @return the message
     */
    static String noSheet(Document doc, dev.zhibiao.internal.layout.Outside outside) {
        String what = outside.total() == 0 ? "nothing readable"
                : outside.total() + (outside.total() == 1 ? " row" : " rows") + " outside sheets: " + outside;
        return "no sheet found (" + Unrecognised.describe(doc) + "); " + what;
    }

    /**
     * UTF-16 when a byte-order mark says so (Word's "Unicode text") or its zero bytes do (every other
     * byte zero under ASCII, {@link Encodings#utf16}), else UTF-8 (with or without BOM), else GB18030
     * (which includes GBK and GB2312) or Big5, whichever holds more of the words sheets print when
     * the bytes are valid in both ({@link Encodings#big5}), else a clear error.
     */
    static String decode(byte[] bytes, String source) throws ReadException {
        return decoded(bytes, source).text();
    }

    /**
     * A document's text and, when its encoding was decided from its content rather than a mark or
     * UTF-8's own form, what was decided (UTF-16 without a byte-order mark, Big5).
     *
     * @param text the text
     * @param note the {@link #ENCODING} diagnostic's message, or null
     */
    record Decoded(String text, String note) {
    }

    /** The diagnostic code of an encoding decided from the content ({@link #decoded}). */
    static final String ENCODING = "encoding-guessed";

    /** As {@link #decode}, with what was decided. */
    static Decoded decoded(byte[] bytes, String source) throws ReadException {
        if (bytes.length >= 4 && ((bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0))) {
            throw new ReadException(source, "UTF-32 text (its byte-order mark says so), not read: save it as UTF-8");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            String text = Encodings.strict(bytes, StandardCharsets.UTF_16); // reads the mark and drops it
            if (text == null) {
                throw new ReadException(source, "unreadable encoding (marked UTF-16 but not valid UTF-16)");
            }
            return new Decoded(text, null);
        }
        Charset utf16 = (bytes.length & 1) == 0 ? Encodings.utf16(bytes) : null;
        String text = utf16 == null ? null : Encodings.strict(bytes, utf16);
        if (text != null) {
            return new Decoded(text, Encodings.note(utf16, false));
        }
        // well-formed UTF-8 is decoded into a string of its exact size (what the strict decoder gives)
        text = Utf8.decode(bytes);
        if (text != null) {
            return new Decoded(text, null);
        }
        String gb = Encodings.strict(bytes, Encodings.GB18030);
        String big5 = Encodings.strict(bytes, Encodings.BIG5);
        if (gb != null && big5 != null && Encodings.big5(gb, big5)) {
            return new Decoded(big5, Encodings.note(Encodings.BIG5, true));
        }
        if (gb != null) {
            return new Decoded(gb, null);
        }
        if (big5 != null) {
            return new Decoded(big5, Encodings.note(Encodings.BIG5, false));
        }
        throw new ReadException(source, "unreadable encoding (neither UTF-8, UTF-16, GB18030 nor Big5)");
    }
}
