package dev.zhibiao.parsers;

import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The sheets of a streamed document that wait for its first (whose {@code outside-sheets}
 * diagnostic is known at the end): written as JSON lines to a temporary file by a thread of their
 * own, so that writing them overlaps recovery, and read back in order ({@link SheetJson#read} gives
 * them back equal) by another, overlapping the caller's writing. Not API.
 */
final class Spool implements AutoCloseable {
    /** Sheets waiting to be written at most. */
    private static final int WAITING = 64;
    private static final Object END = new Object();

    private final String source;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
    private Path file;
    private Thread writer;
    private volatile Throwable failure;
    private int count;

    /** @param source the document's name, for thread names */
    Spool(String source) {
        this.source = source;
    }

    /**
     * Hands a sheet to the writing thread (started with the first).
     *
     * @param s a sheet
     * @throws IOException when the temporary file cannot be made or written
     */
    void add(Sheet s) throws IOException {
        rethrow();
        if (writer == null) {
            file = Files.createTempFile("zhibiao-", ".jsonl");
            file.toFile().deleteOnExit();
            Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
            writer = new Thread(() -> write(out), "zhibiao-spool-write " + source);
            writer.setDaemon(true);
            writer.start();
        }
        put(s);
        count++;
    }

    /** @return how many sheets were added */
    int size() {
        return count;
    }

    private void write(Writer out) {
        try (out) {
            for (Object o = queue.take(); o != END; o = queue.take()) {
                if (failure == null) {
                    try {
                        out.write(SheetJson.writeLine((Sheet) o));
                        out.write('\n');
                    } catch (Throwable e) {
                        failure = e; // the rest is taken and dropped, so that add never waits for nothing
                    }
                }
            }
        } catch (InterruptedException e) {
            // closed
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void put(Object o) throws IOException {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while spooling sheets");
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /**
     * Waits for every sheet to be written, then hands them on in the order they were added (read back
     * on another thread, a few sheets ahead).
     *
     * @param each receives the sheets
     * @throws IOException when the file could not be written or read
     */
    void forEach(Consumer<? super Sheet> each) throws IOException {
        if (writer == null) {
            return;
        }
        put(END);
        join(writer);
        rethrow();
        Path spooled = file;
        try (Pipe<Sheet> sheets = new Pipe<>("zhibiao-spool-read " + source, put -> {
            try (BufferedReader in = Files.newBufferedReader(spooled, StandardCharsets.UTF_8)) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    put.accept(SheetJson.read(l).get(0));
                }
            }
        })) {
            for (Sheet s = sheets.next(); s != null; s = sheets.next()) {
                each.accept(s);
            }
        }
    }

    private static void join(Thread t) throws InterruptedIOException {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while spooling sheets");
        }
    }

    /** Stops the writing thread and deletes the file. */
    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.interrupt();
            boolean interrupted = false;
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            writer = null;
        }
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }

    /** @throws UncheckedIOException wrapping what {@link #add} throws, for a sheet consumer */
    void addUnchecked(Sheet s) {
        try {
            add(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Spool[" + source + ", " + count + " sheets" + (file == null ? "" : " in " + file) + "]";
    }
}
