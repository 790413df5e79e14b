package dev.zhibiao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress line of a batch on standard error ({@code [12/400] 35 sheets, 4.1 s, 2.9 files/s}),
 * rewritten in place; shown only when standard error is a terminal, never with {@code --quiet}.
 */
final class Progress {
    private final PrintStream err;
    private final boolean on;
    private long last;
    private boolean shown;

    /**
     * @param err standard error
     * @param on  whether to show progress
     */
    Progress(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** @return true when standard error is a terminal (Linux: /proc; elsewhere: a console is attached) */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }

    /** @param s the batch so far; redrawn at most ten times a second, and at the last file */
    void update(Summary s) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < 100_000_000L && s.done() < s.total()) {
            return;
        }
        last = now;
        double t = s.elapsed();
        err.print(String.format(java.util.Locale.ROOT, "\r\033[K[%d/%d] %d sheets, %d failed, %.1f s, %.1f files/s",
                s.done(), s.total(), s.sheets(), s.failed(), t, t > 0 ? s.done() / t : 0.0));
        err.flush();
        shown = true;
    }

    /** Clears the line, before another message or at the end. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    @Override
    public String toString() {
        return "Progress[" + (on ? "on" : "off") + "]";
    }
}
