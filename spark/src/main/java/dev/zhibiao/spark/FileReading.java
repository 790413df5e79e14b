package dev.zhibiao.spark;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.ReadException;
import dev.zhibiao.read.Zhibiao;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one file of any Hadoop file system with the zhibiao reader and never throws: a file that
 * cannot be opened or read, that holds no sheet, that goes past a limit, or that makes the reader run
 * out of memory or fail becomes a {@link Document} with a one-line reason, as the command line
 * reports it, so that one bad file never fails a job. A file of the local file system is read as
 * the command line reads it (an OCR engine's TSV or hOCR output with the page image beside it); on
 * other file systems the file is read from its stream alone.
 */
final class FileReading {
    private FileReading() {
    }

    /**
     * @param uri    the file, as a URI (as Spark's file index lists it: a space is {@code %20})
     * @param reader the reader (format, pages, limits)
     * @param conf   the Hadoop configuration that opens it
     * @return its sheets, or why not; its path is Hadoop's text of it ({@code file:/data/a b.pdf})
     */
    static Document read(String uri, Zhibiao.SheetReader reader, Configuration conf) {
        Path p;
        try {
            p = new Path(new URI(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Document.failed(uri, uri.substring(uri.lastIndexOf('/') + 1), "not a path (" + oneLine(e) + ")");
        }
        String path = p.toString();
        String source = p.getName();
        try {
            FileSystem fs = p.getFileSystem(conf);
            List<Sheet> sheets;
            if ("file".equals(fs.getScheme())) {
                // a local file is read as the command line reads it, so that what lies beside it
                // (an OCR engine's page image next to its TSV or hOCR output) is used too
                sheets = reader.read(java.nio.file.Path.of(p.toUri().getPath()));
            } else {
                try (InputStream in = fs.open(p)) {
                    sheets = reader.read(in, source);
                }
            }
            return new Document(path, source, sheets, null);
        } catch (ReadException e) {
            String m = String.valueOf(e.getMessage());
            String prefix = e.source() + ": ";
            return Document.failed(path, source, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        } catch (IOException e) {
            return Document.failed(path, source, "cannot be read (" + oneLine(e) + ")");
        } catch (OutOfMemoryError e) {
            return Document.failed(path, source, "ran out of memory while reading it: give the executors more memory "
                    + "(spark.executor.memory) or lower the limits (option documentBytes)");
        } catch (StackOverflowError e) {
            return Document.failed(path, source, "nested too deeply to read (stack overflow): split the document, "
                    + "or report it to zhibiao with the file");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return Document.failed(path, source, "could not be read because of a zhibiao bug (" + oneLine(e)
                    + "): please report it with the file");
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = (e instanceof IOException && m != null ? m : e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
