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
    private static final SheetReader DEFAULT = new SheetReader(Format.AUTO, Limits.defaults());

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

    /** A configured reader. Immutable and thread-safe. */
    public static final class SheetReader {
        private final Format format;
        private final Limits limits;

        SheetReader(Format format, Limits limits) {
            this.format = Objects.requireNonNull(format, "format");
            this.limits = Objects.requireNonNull(limits, "limits");
        }

        /**
         * @param format the rendering to assume, or {@link Format#AUTO}
         * @return a reader with that format
         */
        public SheetReader format(Format format) {
            return new SheetReader(format, limits);
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
            return new SheetReader(format, limits);
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
            return dev.zhibiao.parsers.Readers.read(file, format, limits);
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
            return dev.zhibiao.parsers.Readers.read(bytes, source, format, limits);
        }

        @Override
        public String toString() {
            return "SheetReader[format=" + format + ", limits=" + limits + "]";
        }
    }
}
