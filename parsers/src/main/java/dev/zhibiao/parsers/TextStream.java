package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.SheetStream;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Reads a long text document (markdown, tab-separated, CSV) in memory bounded by its largest sheet
 * rather than its length. The file is decoded as it is read and cut into chunks of about
 * {@link #CHUNK_CHARS} characters at blank lines; each chunk goes through the rendering's reader
 * (line numbers carried on from the chunks before) and its rows into one {@link SheetStream}, which
 * recovers each sheet when the next one starts. The rendering is detected on the first chunk.
 *
 * <p>The limits on rows and cells ({@link Limits#rows()}, {@link Limits#cells()}) bound what is held at
 * once: here one chunk's rows, checked by {@link Readers#document(String, String, Format, Limits)}, not
 * the whole document's (a 100 MB document of repeated sheets has some 8 million cells); the limit on
 * sheets still counts the whole document.
 *
 * <p>The first sheet carries the {@code outside-sheets} diagnostic, known only at the end of the
 * document: it is held, and the sheets after it wait in a temporary file (one JSON line each, which
 * {@link SheetJson#read} gives back equal) until the document ends ({@link Spool}).
 *
 * <p>Three threads share the work (a {@link Pipe} between each): one decodes the file and cuts it
 * into chunks, the calling one reads each chunk into rows and recovers the sheets, a third writes the waiting sheets to the
 * temporary file; at the end one reads them back while the calling one hands them on. The output is
 * the same as one thread's; a streamed reading takes up to two cores.
 *
 * <p>Files shorter than {@link #STREAM_BYTES}, other renderings, a chosen format or pages, standard
 * input: read whole, as {@link Readers#reading} does. Not API.
 */
public final class TextStream {
    /** Files at least this long are streamed; shorter ones are read whole. */
    public static final long STREAM_BYTES = 8L << 20;
    /** About how many characters of text one chunk holds. */
    static final int CHUNK_CHARS = 1 << 20;
    /** Characters from the start of the document the rendering is detected on. */
    static final int DETECT_CHARS = 1 << 20;
    private static final Set<Format> STREAMED = Set.of(Format.MARKDOWN, Format.TSV, Format.CSV);

    private final Path file;
    private final String source;
    private final Limits limits;
    private final int chunkChars;
    private final Consumer<? super Sheet> each;
    private int count;
    private Spool spool;
    /** The {@code encoding-guessed} note of the encoding decided from the content, or null; then whether it is placed. */
    private String note;
    private boolean noted;

    private TextStream(Path file, Limits limits, int chunkChars, Consumer<? super Sheet> each) {
        this.file = file;
        this.source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        this.limits = limits;
        this.chunkChars = chunkChars;
        this.each = each;
    }

    /**
     * Whether {@link #read} streams this file: a regular file of at least {@link #STREAM_BYTES}
     * bytes (within {@link Limits#documentBytes()}), format detected, all pages.
     *
     * @param file   the document
     * @param format its rendering as the caller named it
     * @param pages  the PDF pages asked for, or null
     * @param limits the limits
     * @return true when it is streamed (if its first chunk is markdown, tab-separated or CSV)
     */
    public static boolean streams(Path file, Format format, IntPredicate pages, Limits limits) {
        try {
            return format == Format.AUTO && pages == null && Files.isRegularFile(file)
                    && Files.size(file) >= STREAM_BYTES && Files.size(file) <= limits.documentBytes();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a document, handing each sheet to {@code each} in document order; a long text document
     * is streamed (see the class comment), any other is read whole first.
     *
     * @param file   the document
     * @param format its rendering, or AUTO
     * @param pages  the PDF pages to read, or null
     * @param ocr    how pages that are images are read
     * @param limits the limits
     * @param each   receives the sheets
     * @return how many sheets were handed on (at least one)
     * @throws ReadException when it cannot be read, holds no sheet or passes a limit (then no sheet
     *                       has been handed on: they wait for the first until the end)
     */
    public static int read(Path file, Format format, IntPredicate pages, OcrSettings ocr, Limits limits,
                           Consumer<? super Sheet> each) throws IOException {
        if (streams(file, format, pages, limits)) {
            Integer n = new TextStream(file, limits, CHUNK_CHARS, each).run();
            if (n != null) {
                return n;
            }
        }
        List<Sheet> sheets = Readers.reading(file, format, pages, ocr, limits).sheets();
        sheets.forEach(each);
        return sheets.size();
    }

    /**
     * Streams any text file whatever its size, in chunks of about {@code chunkChars} characters (for
     * tests that the streamed and whole readings agree).
     *
     * @param file       a text document
     * @param chunkChars characters per chunk
     * @param limits     the limits
     * @param each       receives the sheets
     * @return how many sheets, or null when the file is not text of a streamed rendering
     * @throws ReadException as {@link #read}
     */
    public static Integer stream(Path file, int chunkChars, Limits limits, Consumer<? super Sheet> each) throws IOException {
        return new TextStream(file, limits, chunkChars, each).run();
    }

    /** A limit passed inside the sheet consumer. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(ReadException e) {
            super(e);
        }
    }

    /** @return the number of sheets, or null when the file is not streamed text (read it whole) */
    private Integer run() throws IOException {
        long size = Files.size(file);
        if (size > limits.documentBytes()) {
            throw limits.exceeded(source, "documentBytes", "the file has " + size + " bytes");
        }
        byte[] head = FileBytes.head(file, 64 * 1024);
        if (head.length == 0 || OfficeZip.isZip(head) || OfficeZip.isOle2(head)
                || Detector.detectBytes(head, source) != Format.AUTO) {
            return null;
        }
        if (Readers.binary(head)) {
            throw new ReadException(source, "binary data (runs of NUL bytes, no document signature), not a document");
        }
        Charset cs = charset(head);
        try {
            return chunks(cs);
        } catch (Refused e) {
            throw (ReadException) e.getCause();
        } finally {
            if (spool != null) {
                spool.close();
            }
        }
    }

    /** The encoding, as {@link Readers#decode} chooses it, checked over the whole file without holding it. */
    private Charset charset(byte[] b) throws IOException {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
            throw new ReadException(source, "UTF-32 text (its byte-order mark says so), not read: save it as UTF-8");
        }
        if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
            if (valid(StandardCharsets.UTF_16)) {
                return StandardCharsets.UTF_16;
            }
            throw new ReadException(source, "unreadable encoding (marked UTF-16 but not valid UTF-16)");
        }
        Charset utf16 = Encodings.utf16(b);
        if (utf16 != null && Files.size(file) % 2 == 0 && valid(utf16)) {
            note = Encodings.note(utf16, false);
            return utf16;
        }
        if (valid(StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        boolean gb = valid(Encodings.GB18030);
        boolean big5 = valid(Encodings.BIG5);
        if (gb && big5) {
            // decided on the start, as Readers#decode decides on the whole (the last character may be cut)
            boolean isBig5 = Encodings.big5(new String(b, Encodings.GB18030), new String(b, Encodings.BIG5));
            note = isBig5 ? Encodings.note(Encodings.BIG5, true) : null;
            return isBig5 ? Encodings.BIG5 : Encodings.GB18030;
        }
        if (gb || big5) {
            note = gb ? null : Encodings.note(Encodings.BIG5, false);
            return gb ? Encodings.GB18030 : Encodings.BIG5;
        }
        throw new ReadException(source, "unreadable encoding (neither UTF-8, UTF-16, GB18030 nor Big5)");
    }

    private boolean valid(Charset cs) throws IOException {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = s.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(0, n));
                in.flip();
                CoderResult r = d.decode(in, out, end);
                if (r.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            CoderResult r = d.flush(out);
            return !r.isError();
        }
    }

    // the state of chunks(): the stream and the rows seen belong to the calling thread; the chunk being
    // gathered and the lines before it to the decoding thread (read, line, chunk)
    private SheetStream stream;
    private Format format;
    /** The rows read while no sheet has been found (up to {@link #UNSEEN_ROWS}), for the no-sheet error. */
    private List<Row> unseen = new ArrayList<>();
    private static final int UNSEEN_ROWS = 200_000;
    private int lineNo; // lines before the current chunk
    private int chunkLines;
    private int quotes;
    private final StringBuilder chunk = new StringBuilder();

    /** Reads the lines, cuts them into chunks, reads and recovers each. */
    private Integer chunks(Charset cs) throws IOException {
        stream = new SheetStream(source, this::accept);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), cs)) {
            char[] start = new char[DETECT_CHARS];
            int n = r.read(start);
            for (int k; n >= 0 && n < start.length && (k = r.read(start, n, start.length - n)) >= 0; ) {
                n += k;
            }
            String text = Lines.normalize(new String(start, 0, Math.max(0, n)));
            if (text.isBlank()) {
                throw new ReadException(source, "empty document");
            }
            format = Detector.detect(text, source);
            if (!STREAMED.contains(format)) {
                return null;
            }
        }
        // decoding and cutting into chunks run on a second thread, a chunk ahead of reading and recovery
        // (here); a chunk waits as text, which is a few times smaller than its rows
        try (Pipe<Chunk> chunks = new Pipe<>("zhibiao-read " + source, put -> read(cs, put))) {
            for (Chunk c = chunks.next(); c != null; c = chunks.next()) {
                Document d = Readers.document(c.text(), source, format, limits);
                for (Row row : d.rows()) {
                    Row at = shifted(row, c.linesBefore());
                    if (note != null && !noted && Readers.notedHere(at)) {
                        // where a whole reading notes it (Readers#decoded): the first row printing a sheet's words
                        stream.note(at, new dev.zhibiao.Diagnostic(Readers.ENCODING, note, at.at()));
                        noted = true;
                    }
                    if (stream.sheets() > 0) {
                        unseen = null;
                    } else if (unseen.size() < UNSEEN_ROWS) {
                        unseen.add(at);
                    }
                    stream.add(at);
                }
            }
        }
        SheetStream.End end = stream.finish();
        if (end.sheets() == 0) {
            Document seen = new Document(source, unseen);
            throw new ReadException(source, Readers.noSheet(seen, end.outside()));
        }
        emit(end.first());
        return end.sheets();
    }

    /** Decodes the file and cuts it into chunks at blank lines, each handed to {@code put}. */
    private void read(Charset cs, Consumer<Chunk> put) throws IOException {
        StringBuilder line = new StringBuilder();
        long max = limits.lineChars();
        try (Reader r = new InputStreamReader(Files.newInputStream(file),
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buf = new char[1 << 16];
            long lineLength = 0;
            boolean cr = false;
            boolean first = true;
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') {
                            continue;
                        }
                    }
                    if (cr && c == '\n') { // CR LF: the line ended at the CR
                        cr = false;
                        continue;
                    }
                    cr = c == '\r';
                    if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') {
                        if (++lineLength <= max) {
                            line.append(c);
                        }
                        continue;
                    }
                    if (lineLength > max) {
                        throw tooLong(lineLength);
                    }
                    if (line(line)) {
                        chunk(put);
                    }
                    lineLength = 0;
                }
            }
            if (lineLength > max) {
                throw tooLong(lineLength);
            }
            if (lineLength > 0) {
                line(line);
            }
            chunk(put);
        } catch (CharacterCodingException e) {
            throw new ReadException(source, "unreadable encoding (" + cs + " checked, then failed while reading)");
        }
    }

    private ReadException tooLong(long length) {
        return limits.exceeded(source, "lineChars", "line " + (lineNo + chunkLines + 1) + " has " + length + " characters");
    }

    /** Adds a line to the chunk; @return true when the chunk is full (it ends with a blank line) */
    private boolean line(StringBuilder line) {
        boolean blank = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            blank &= Character.isWhitespace(c);
            quotes += c == '"' ? 1 : 0;
        }
        chunk.append(line).append('\n');
        chunkLines++;
        line.setLength(0);
        return blank && chunk.length() >= chunkChars && quotes % 2 == 0;
    }

    /** A chunk of the document's text and the number of lines before it. */
    private record Chunk(String text, int linesBefore) {
        @Override
        public String toString() {
            return "Chunk[" + text.length() + " characters after line " + linesBefore + "]";
        }
    }

    /** Hands on the chunk gathered. */
    private void chunk(Consumer<Chunk> put) {
        String text = chunk.toString();
        chunk.setLength(0);
        if (!text.isBlank()) {
            put.accept(new Chunk(text, lineNo));
        }
        lineNo += chunkLines;
        chunkLines = 0;
        quotes = 0;
    }

    /** A row of a chunk with its lines counted from the start of the document. */
    private static Row shifted(Row r, int lines) {
        if (lines == 0) {
            return r;
        }
        List<Cell> cells = new ArrayList<>(r.cells().size());
        for (Cell c : r.cells()) {
            cells.add(new Cell(c.text(), shifted(c.at(), lines), c.confidence()));
        }
        return new Row(cells, r.table(), shifted(r.at(), lines));
    }

    private static Locator shifted(Locator at, int lines) {
        return at.line() == null ? at : new Locator(at.line() + lines, at.column(), at.page());
    }

    /** A sheet from the stream: the first is held, the rest wait in the spool. */
    private void accept(Sheet s) {
        if (++count > limits.sheets()) {
            throw new Refused(limits.exceeded(source, "sheets", "the document gives more than " + limits.sheets() + " sheets"));
        }
        if (count == 1) {
            return; // the first sheet comes back from SheetStream.finish, with its outside diagnostic
        }
        if (spool == null) {
            spool = new Spool(source);
        }
        spool.addUnchecked(s);
    }

    /** Hands on the first sheet (with its outside diagnostic), then the spooled ones. */
    private void emit(Sheet first) throws IOException {
        each.accept(first);
        if (spool != null) {
            spool.forEach(each);
        }
    }

    @Override
    public String toString() {
        return "TextStream[" + source + ", " + count + " sheets, chunks of " + chunkChars + " characters]";
    }
}
