package dev.zhibiao.parsers;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Recovery;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Dispatches a document to the reader of its rendering, then to recovery, within {@link Limits}.
 * The overloads without limits use {@link Limits#defaults()}.
 */
public final class Readers {
    private Readers() {
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(Path file, Format format) throws IOException {
        return read(file, format, Limits.defaults());
    }

    /**
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(byte[] bytes, String source, Format format) throws ReadException {
        return read(bytes, source, format, Limits.defaults());
    }

    /**
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(byte[] bytes, String source, Format format) throws ReadException {
        return document(bytes, source, format, Limits.defaults());
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
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(String text, String source, Format format) throws ReadException {
        return document(text, source, format, Limits.defaults());
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @param limits what the reader accepts
     * @return its sheets
     * @throws ReadException when it cannot be read, holds no sheet or passes a limit
     */
    public static List<Sheet> read(Path file, Format format, Limits limits) throws IOException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
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
                    bytes = readBounded(in, source, limits);
                }
            } else {
                bytes = Files.readAllBytes(file);
            }
        } catch (NoSuchFileException e) {
            throw new ReadException(source, "no such file");
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, source, format, limits);
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

    /**
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param limits what the reader accepts
     * @return its sheets
     * @throws ReadException when it cannot be read, holds no sheet or passes a limit
     */
    public static List<Sheet> read(byte[] bytes, String source, Format format, Limits limits) throws ReadException {
        return recover(document(bytes, source, format, limits), source, limits);
    }

    /**
     * The rows a document's reader produces, before recovery (for auditing and tests).
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param limits what the reader accepts
     * @return its rows
     * @throws ReadException when it cannot be read or passes a limit
     */
    public static Document document(byte[] bytes, String source, Format format, Limits limits) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(source, "empty file");
        }
        if (bytes.length > limits.documentBytes()) {
            throw limits.exceeded(source, "documentBytes", "the document has " + bytes.length + " bytes");
        }
        Format f = format == Format.AUTO ? Detector.detectBytes(bytes, source) : format;
        if (f == Format.PDF) {
            return checked(PdfReader.read(bytes, source, limits), limits);
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
        return document(decode(bytes, source), source, f, limits);
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
        return recover(document(text, source, format, limits), source, limits);
    }

    /**
     * The rows a text document's reader produces, before recovery.
     *
     * @param text   the document's text
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param limits what the reader accepts
     * @return its rows
     * @throws ReadException when it cannot be read or passes a limit
     */
    public static Document document(String text, String source, Format format, Limits limits) throws ReadException {
        if (text == null || text.isBlank()) {
            throw new ReadException(source, "empty document");
        }
        if (text.length() > limits.documentBytes()) {
            throw limits.exceeded(source, "documentBytes", "the text has " + text.length() + " characters");
        }
        text = Lines.normalize(text);
        Format f = format == Format.AUTO ? Detector.detect(text, source) : format;
        if (f != Format.HTML) {
            Lines.checkLength(text, source, limits);
        }
        Document doc = switch (f) {
            case MARKDOWN -> MarkdownReader.read(text, source);
            case TSV -> TsvReader.read(text, source);
            case CSV -> TsvReader.readCsv(text, source);
            case CELL_PER_LINE -> CellPerLineReader.read(text, source);
            case PDFTOTEXT -> PdfTextReader.read(text, source);
            case HTML -> HtmlReader.read(text, source, limits);
            case PDF, DOCX, XLSX -> throw new ReadException(source, f + " must be read from bytes, not text");
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

    private static List<Sheet> recover(Document doc, String source, Limits limits) throws ReadException {
        List<Sheet> sheets = Recovery.recover(doc);
        if (sheets.isEmpty()) {
            throw new ReadException(source, "no 绩效目标表 or 绩效自评表 found (not a table of performance targets?)");
        }
        if (sheets.size() > limits.sheets()) {
            throw limits.exceeded(source, "sheets", "the document gives " + sheets.size() + " sheets");
        }
        return sheets;
    }

    /**
     * UTF-16 when a byte-order mark says so (Word's "Unicode text"), else UTF-8 (with or without
     * BOM), else GB18030 (which includes GBK and GB2312), else a clear error.
     */
    static String decode(byte[] bytes, String source) throws ReadException {
        if (bytes.length >= 4 && ((bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0))) {
            throw new ReadException(source, "UTF-32 text (its byte-order mark says so), not read: save it as UTF-8");
        }
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
