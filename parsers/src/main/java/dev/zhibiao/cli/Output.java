package dev.zhibiao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where results go (standard output or a file), written as UTF-8. Unlike a {@link PrintStream}
 * it does not swallow a failed write: the first one becomes an {@link OutputFailed}, so that a full
 * disk ({@code > /dev/full}) is an error and a closed pipe ({@code | head}) stops the work.
 */
final class Output implements AutoCloseable {
    private final OutputStream sink;
    private final OutputStream out;
    private final boolean close;
    private OutputFailed failed;

    /**
     * @param sink  the stream written to
     * @param close whether {@link #close()} closes it (a file) or only flushes it (standard output)
     */
    Output(OutputStream sink, boolean close) {
        this.sink = sink;
        this.out = new BufferedOutputStream(sink, 1 << 16);
        this.close = close;
    }

    /** @param text written as UTF-8 */
    void write(String text) {
        bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @param b written as they are */
    void bytes(byte[] b) {
        ensure();
        try {
            out.write(b);
        } catch (IOException e) {
            throw fail(e);
        }
        check();
    }

    /** After one failed write, nothing more is tried: every later write fails the same way. */
    private void ensure() {
        if (failed != null) {
            throw failed;
        }
    }

    private OutputFailed fail(IOException e) {
        failed = new OutputFailed(e);
        return failed;
    }

    /** Sends what is buffered on, so that a reader of the stream sees each file's results when it is done. */
    void flush() {
        ensure();
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
        check();
    }

    /** @return the stream, for binary writers (buffered; failures surface on {@link #flush()}) */
    OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ensure();
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw fail(e);
                }
            }

            @Override
            public void flush() throws IOException {
                Output.this.flush();
            }
        };
    }

    /** A PrintStream (tests, embedding) records failures instead of throwing them. */
    private void check() {
        if (sink instanceof PrintStream p && p.checkError()) {
            throw fail(new IOException("write failed"));
        }
    }

    @Override
    public void close() {
        if (failed != null) {
            closeQuietly(); // the failure was thrown where it happened
            return;
        }
        flush();
        if (close) {
            try {
                sink.close();
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }
    }

    private void closeQuietly() {
        if (close) {
            try {
                sink.close();
            } catch (IOException e) {
                // already failed
            }
        }
    }

    /** A write to the output failed: a full disk, a closed pipe. */
    static final class OutputFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailed(IOException cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }

        /** @return true when the reader of a pipe has gone ({@code | head}): not worth a message */
        boolean closedPipe() {
            String m = getMessage() == null ? "" : getMessage().toLowerCase(java.util.Locale.ROOT);
            return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended");
        }

        /** @return the one-line error for the user */
        String line() {
            return "cannot write the output (" + getMessage() + ")";
        }
    }
}
