package dev.zhibiao.cli;

import dev.zhibiao.parsers.Pages;
import dev.zhibiao.Sheet;
import dev.zhibiao.parsers.Readers;
import dev.zhibiao.parsers.TextStream;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one document for the command line and never throws: every failure, including running out
 * of memory, a stack overflow and a bug, becomes an {@link Outcome} with a one-line reason that
 * says what to do, so a batch goes on and no JVM error reaches the user.
 *
 * <p>Settings of the reader (format, pages) are held here. Reader limits (document size, line
 * length, cells per row, ...) are to be wired in {@link #read}: pass them with the format and pages.
 */
final class Reading {
    private final Format format;
    private final Pages pages;
    private final dev.zhibiao.parsers.OcrSettings ocr;
    private final dev.zhibiao.read.Limits limits;
    private final boolean rows;
    private final InputStream stdin;
    private boolean streamed;

    /**
     * @param format the rendering to assume, or AUTO
     * @param pages  the PDF pages to read, or null
     * @param ocr    how pages that are images are read
     * @param limits what the readers accept
     * @param rows   whether to keep each document's rows (for the audit page)
     * @param stdin  standard input, for {@code -}
     */
    Reading(Format format, Pages pages, dev.zhibiao.parsers.OcrSettings ocr, dev.zhibiao.read.Limits limits, boolean rows,
            InputStream stdin) {
        this.format = format;
        this.pages = pages;
        this.ocr = ocr;
        this.limits = limits;
        this.rows = rows;
        this.stdin = stdin;
    }

    /**
     * Lets long text documents be streamed ({@link #streams}); for sinks that write a sheet at a time.
     *
     * @return this
     */
    Reading streamed() {
        this.streamed = true;
        return this;
    }

    /**
     * @param in a document
     * @return whether it is read with {@link #stream} (a long markdown, tab-separated or CSV file)
     *         rather than {@link #read}
     */
    boolean streams(Inputs.Input in) {
        return streamed && !rows && in.path() != null && TextStream.streams(in.path(), format, pages, limits);
    }

    /**
     * Reads a document a sheet at a time, in memory bounded by its largest sheet.
     *
     * @param in   a document
     * @param each receives its sheets in order, as each is recovered
     * @return null when it was read, else why not (sheets handed on before a failure stay handed on)
     * @throws Output.OutputFailed when {@code each} fails to write
     */
    Outcome stream(Inputs.Input in, Consumer<Sheet> each) {
        try {
            TextStream.read(in.path(), format, pages, ocr, limits, each);
            return null;
        } catch (Output.OutputFailed e) {
            throw e;
        } catch (Throwable e) {
            return failed(in, e);
        }
    }

    /**
     * @param in a document
     * @return its sheets, or why not
     */
    Outcome read(Inputs.Input in) {
        try {
            return readOrThrow(in);
        } catch (Throwable e) {
            return failed(in, e);
        }
    }

    private Outcome readOrThrow(Inputs.Input in) throws IOException {
        String source = in.source();
        Readers.Reading r;
        if (in.path() == null) {
            byte[] bytes;
            try {
                bytes = Readers.readBounded(stdin, source, limits);
            } catch (IOException e) {
                throw new ReadException(source, "cannot be read (" + e.getMessage() + ")", e);
            }
            r = Readers.reading(bytes, source, format, pages, ocr, limits);
        } else {
            r = Readers.reading(in.path(), format, pages, ocr, limits);
        }
        return new Outcome(in, r.sheets(), rows ? r.document() : null, null);
    }

    /** The one-line outcome of a failure: what went wrong and what to do, never a JVM error. */
    private static Outcome failed(Inputs.Input in, Throwable t) {
        try {
            throw t;
        } catch (ReadException e) {
            String m = e.getMessage();
            String prefix = e.source() + ": ";
            return Outcome.failed(in, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        } catch (IOException e) {
            return Outcome.failed(in, "cannot be read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            return Outcome.failed(in, "ran out of memory while reading it: give Java more (java -Xmx4g -jar zhibiao.jar ...)"
                    + " or split the document");
        } catch (StackOverflowError e) {
            return Outcome.failed(in, "nested too deeply to read (stack overflow): split the document, or report it"
                    + " to zhibiao with the file");
        } catch (Throwable e) {
            return Outcome.failed(in, "could not be read because of a zhibiao bug (" + oneLine(e)
                    + "): please report it with the file");
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    @Override
    public String toString() {
        return "Reading[" + format + (pages == null ? "" : ", pages " + pages) + (rows ? ", rows" : "") + "]";
    }
}
