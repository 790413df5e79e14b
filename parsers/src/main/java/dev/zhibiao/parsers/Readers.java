package dev.zhibiao.parsers;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Recovery;
import dev.zhibiao.read.Format;
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

/** Dispatches a document to the reader of its rendering, then to recovery. */
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
        return read(file, format, OcrSettings.DEFAULT);
    }

    /**
     * @param file   the document
     * @param format its rendering, or AUTO
     * @param ocr    how pages that are images are read
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(Path file, Format format, OcrSettings ocr) throws IOException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ReadException(source, "is a directory, not a document");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReadException(source, "no such file");
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, source, format, ocr);
    }

    /**
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(byte[] bytes, String source, Format format) throws ReadException {
        return read(bytes, source, format, OcrSettings.DEFAULT);
    }

    /**
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param ocr    how pages that are images are read
     * @return its sheets
     * @throws ReadException when it cannot be read or holds no sheet
     */
    public static List<Sheet> read(byte[] bytes, String source, Format format, OcrSettings ocr) throws ReadException {
        return recover(document(bytes, source, format, ocr), source);
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
        return document(bytes, source, format, OcrSettings.DEFAULT);
    }

    /**
     * The rows a document's reader produces, before recovery.
     *
     * @param bytes  the document's bytes
     * @param source its file name
     * @param format its rendering, or AUTO
     * @param ocr    how pages that are images are read
     * @return its rows
     * @throws ReadException when it cannot be read
     */
    public static Document document(byte[] bytes, String source, Format format, OcrSettings ocr) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(source, "empty file");
        }
        Format f = format == Format.AUTO ? Detector.detectBytes(bytes, source) : format;
        if (f == Format.PDF) {
            return PdfReader.read(bytes, source, ocr);
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
        return recover(document(text, source, format), source);
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
            case PDFTOTEXT -> PdfTextReader.read(text, source);
            case HTML -> HtmlReader.read(text, source);
            case PDF, DOCX, XLSX, IMAGE -> throw new ReadException(source, f + " must be read from bytes, not text");
            case AUTO -> throw new IllegalStateException("format not detected");
        };
        return doc;
    }

    private static List<Sheet> recover(Document doc, String source) throws ReadException {
        List<Sheet> sheets = Recovery.recover(doc);
        if (sheets.isEmpty()) {
            throw new ReadException(source, "no 绩效目标表 or 绩效自评表 found (not a table of performance targets?)");
        }
        return sheets;
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
