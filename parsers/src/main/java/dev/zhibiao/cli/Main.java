package dev.zhibiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The command line.
 *
 * <pre>
 * zhibiao extract [--format json|jsonl|csv|xlsx|html] [-o FILE|DIR] [--threads N] [--pages 1-3,5] FILE|DIR|GLOB...
 * zhibiao report  [-o FILE|DIR] FILE|DIR|GLOB...      the audit page (extract --format html)
 * zhibiao targets [FILE]        lines "name&lt;TAB&gt;value" or "value"; prints one target JSON per line
 * zhibiao rows [--input-format FORMAT] FILE
 * zhibiao --version
 * </pre>
 * Exit 0 on success, 2 on a usage error, 1 when an input cannot be read or the output cannot be
 * written. No JVM error ever reaches the user: every failure is one line on standard error.
 */
public final class Main {
    static final String USAGE = "usage: zhibiao extract [OPTIONS] FILE|DIR|GLOB...   (- for standard input; --help for the options)\n"
            + "       zhibiao report [OPTIONS] FILE|DIR|GLOB...    (the audit page: extract --format html)\n"
            + "       zhibiao targets [FILE]\n"
            + "       zhibiao rows [--input-format FORMAT] FILE   (the reader's rows before recovery, for auditing)\n"
            + "       zhibiao jshell [--print-startup]           (JShell with zhibiao imported: table(read(\"FILE\")))\n"
            + "       zhibiao --version\n"
            + "FORMAT (--input-format; default auto, detected from the content):\n"
            + "        " + Options.formatNames() + "\n"
            + "        (ocr-tsv, hocr, ocr-json, ocr-text: what an OCR engine printed; image: PNG, JPEG, TIFF)\n"
            + "OCR (image-only PDF pages, image files; needs tesseract-ocr and tesseract-ocr-chi-sim):\n"
            + "        --ocr-lang LANG (chi_sim)  --ocr-dpi N (300)  --ocr-command CMD (tesseract)  --no-ocr\n"
            + "        --ocr-redo  (searchable scans: read the page images by OCR, not the scanner's text layer)";

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, System.in, new FileOutputStream(FileDescriptor.out), err, Progress.stderrIsTerminal());
        } catch (OutOfMemoryError e) {
            code = fatal(err, "ran out of memory: give Java more (java -Xmx4g -jar zhibiao.jar ...) or read fewer files at once");
        } catch (StackOverflowError e) {
            code = fatal(err, "stack overflow: run java with a larger stack (java -Xss16m -jar zhibiao.jar ...) and report it");
        } catch (Throwable e) {
            code = fatal(err, "unexpected error (" + Reading.oneLine(e) + "): please report it to zhibiao with the command line");
        }
        System.exit(code);
    }

    private static int fatal(PrintStream err, String message) {
        err.println("zhibiao: " + message);
        return 1;
    }

    /**
     * Runs a command, reading standard input from {@code System.in}, without a progress line.
     *
     * @param args the command line
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err, false);
    }

    /**
     * Runs a command.
     *
     * @param args     the command line
     * @param in       standard input
     * @param out      standard output
     * @param err      standard error
     * @param terminal whether standard error is a terminal (shows the progress of batches)
     * @return the exit code
     */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean terminal) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        Output stdout = new Output(out, false);
        try {
            return switch (args[0]) {
                case "-h", "--help", "help" -> {
                    stdout.write(USAGE + "\n");
                    stdout.flush();
                    yield 0;
                }
                case "-V", "--version", "version" -> {
                    stdout.write("zhibiao " + version() + "\n");
                    stdout.flush();
                    yield 0;
                }
                case "extract" -> new Extract(in, stdout, err, terminal).run(args, null);
                case "report" -> new Extract(in, stdout, err, terminal).run(args, "html");
                case "targets" -> TargetsCommand.run(args, in, stdout, err);
                case "rows" -> RowsCommand.run(args, stdout, err);
                case "jshell" -> JShellCommand.run(args, stdout, err);
                default -> usage(err, "unknown command \"" + args[0] + "\"", USAGE);
            };
        } catch (Options.UsageError e) {
            return usage(err, e.getMessage(), USAGE);
        } catch (Output.OutputFailed e) {
            if (!e.closedPipe()) {
                err.println("zhibiao: " + e.line());
            }
            return 1;
        } catch (UncheckedIOException e) {
            err.println("zhibiao: " + e.getMessage());
            return 1;
        }
    }

    static int usage(PrintStream err, String message, String usage) {
        err.println("zhibiao: " + message);
        err.println(usage);
        return 2;
    }

    /** @return the version of this build, from the jar (or the build's resources) */
    static String version() {
        try (InputStream v = Main.class.getResourceAsStream("version.properties")) {
            if (v != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(v);
                return p.getProperty("version", "(unknown version)");
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }
}
