package dev.zhibiao.parsers;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Recovery;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import dev.zhibiao.read.SourceRows;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
        String source = name(file);
        return reading(bytes(file, source), source, format, pages, ocr);
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
        return document(bytes(file, source), source, format);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static byte[] bytes(Path file, String source) throws ReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ReadException(source, "is a directory, not a document");
            }
            return Files.readAllBytes(file);
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
        Document named = null;
        List<Sheet> sheets = List.of();
        dev.zhibiao.internal.layout.Outside outside = null;
        ReadException failed = null;
        try {
            named = document(bytes, source, format, pages, ocr);
            Recovery.Result result = Recovery.read(named);
            sheets = result.sheets();
            outside = result.outside();
        } catch (ReadException e) {
            failed = e;
        }
        if (format != Format.AUTO && !isBinary(format)) {
            Format detected = detectedText(bytes, source);
            if (detected != null && detected != format) {
                try {
                    Document other = document(bytes, source, detected, pages, ocr);
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
            throw new ReadException(source, outside == null ? "no sheet found" : noSheet(named, outside));
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
        if (bytes.length == 0) {
            throw new ReadException(source, "empty file");
        }
        Format f = format == Format.AUTO ? Detector.detectBytes(bytes, source) : format;
        if (f == Format.PDF) {
            return PdfReader.read(bytes, source, pages, ocr);
        }
        if (f == Format.IMAGE) {
            return ScanReader.readImage(bytes, source, ocr);
        }
        if (f == Format.DOCX || f == Format.XLSX) {
            if (!OfficeZip.isZip(bytes)) {
                throw new ReadException(source, OfficeZip.isOle2(bytes) ? OfficeZip.describeOle2(bytes)
                        : "not " + (f == Format.DOCX ? "a Word .docx" : "an Excel .xlsx") + " file (no zip container)");
            }
            return f == Format.DOCX ? DocxReader.read(bytes, source) : XlsxReader.read(bytes, source);
        }
        if (format == Format.AUTO && OfficeZip.isOle2(bytes)) {
            throw new ReadException(source, OfficeZip.describeOle2(bytes));
        }
        return document(decode(bytes, source), source, f);
    }

    /**
     * @param text   the document's text
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it holds no sheet
     */
    public static List<Sheet> read(String text, String source, Format format) throws ReadException {
        if (format == Format.AUTO || isBinary(format) || text == null || text.isBlank()) {
            return recover(document(text, source, format), source);
        }
        // a named text rendering reads at least what detection reads (see reading(byte[], ...))
        return reading(text.getBytes(StandardCharsets.UTF_8), source, format, null).sheets();
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
        if (text == null || text.isBlank()) {
            throw new ReadException(source, "empty document");
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Format f = format == Format.AUTO ? Detector.detect(text, source) : format;
        Document doc = switch (f) {
            case MARKDOWN -> MarkdownReader.read(text, source);
            case TSV -> TsvReader.read(text, source);
            case CSV -> TsvReader.readCsv(text, source);
            case CELL_PER_LINE -> CellPerLineReader.read(text, source);
            case SPACED -> SpacedReader.read(text, source);
            case PDFTOTEXT -> PdfTextReader.read(text, source);
            case HTML -> HtmlReader.read(text, source);
            case OCR_TSV -> OcrTsvReader.read(text, source);
            case HOCR -> HocrReader.read(text, source);
            case PDF, DOCX, XLSX, IMAGE -> throw new ReadException(source, f + " must be read from bytes, not text");
            case AUTO -> throw new IllegalStateException("format not detected");
        };
        return doc;
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
     * UTF-16 when a byte-order mark says so (Word's "Unicode text"), else UTF-8 (with or without
     * BOM), else GB18030 (which includes GBK and GB2312), else a clear error.
     */
    static String decode(byte[] bytes, String source) throws ReadException {
        List<Charset> candidates = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            candidates = List.of(StandardCharsets.UTF_16); // reads the mark and drops it
        }
        for (Charset cs : candidates) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        throw new ReadException(source, candidates.size() == 1
                ? "unreadable encoding (marked UTF-16 but not valid UTF-16)"
                : "unreadable encoding (neither UTF-8 nor GB18030)");
    }
}
