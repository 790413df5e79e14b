package dev.zhibiao.cli;

import dev.zhibiao.parsers.Pages;
import dev.zhibiao.read.Format;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code extract} and {@code report} commands: read documents, write their sheets. */
final class Extract {
    /** The options of {@code extract}. */
    static final List<Options.Option> OPTIONS = List.of(
            new Options.Option("format", 'f', "FORMAT", "json (default), jsonl, csv, xlsx or html (the audit page)"),
            new Options.Option("input-format", (char) 0, "FORMAT", "the rendering: " + Options.formatNames() + " (default auto: detected)"),
            new Options.Option("output", 'o', "FILE|DIR", "write there instead of standard output"),
            new Options.Option("threads", 't', "N", "read N files at once (output stays in input order)"),
            new Options.Option("pages", (char) 0, "1-3,5", "PDF pages to read"),
            new Options.Option("quiet", 'q', null, "no progress line and no summary (errors still shown)"),
            new Options.Option("ocr-lang", (char) 0, "LANG", "OCR language of pages that are images (default chi_sim)"),
            new Options.Option("ocr-dpi", (char) 0, "DPI", "resolution image-only PDF pages are rendered at for OCR (default 300)"),
            new Options.Option("ocr-command", (char) 0, "CMD", "the OCR engine's command (default tesseract)"),
            new Options.Option("no-ocr", (char) 0, null, "refuse pages that are images instead of running OCR on them"),
            new Options.Option("ocr-redo", (char) 0, null, "read searchable scans' pages (an invisible OCR text layer over the page image) from their images by OCR, not their text layer"),
            new Options.Option("limit", (char) 0, "NAME=N,...", "raise or lower a reader limit (README, Limits), e.g. depth=2000,pdfPages=20000")
    );

    static final String HELP = "usage: zhibiao extract [OPTIONS] FILE|DIR|GLOB...\n"
            + "Reads each document (a directory: every document under it; - : standard input) and writes its sheets\n"
            + "as each file is done. A file that cannot be read is one error record and the batch goes on; a summary\n"
            + "ends a batch on standard error. Exit 1 when any file failed.\n";

    static final String REPORT_HELP = "usage: zhibiao report [OPTIONS] FILE|DIR|GLOB...\n"
            + "Writes one self-contained HTML page auditing the batch: each sheet beside the source rows it came from,\n"
            + "every repair marked on its row (same as extract --format html).\n";

    private final InputStream stdin;
    private final Output stdout;
    private final PrintStream err;
    private final boolean terminal;

    Extract(InputStream stdin, Output stdout, PrintStream err, boolean terminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * @param args        the command line
     * @param fixedFormat the output format the command implies ({@code report}: html), or null
     * @return the exit code
     */
    int run(String[] args, String fixedFormat) throws Options.UsageError {
        List<Options.Option> declared = fixedFormat == null ? OPTIONS
                : OPTIONS.stream().filter(o -> !o.name().equals("format")).toList();
        Options o = Options.parse(args[0], declared, args);
        if (o.help()) {
            stdout.write((fixedFormat == null ? HELP : REPORT_HELP) + "Options:\n" + Options.help(declared));
            stdout.flush();
            return 0;
        }
        String format = fixedFormat != null ? fixedFormat : o.get("format", "json").toLowerCase(Locale.ROOT);
        if (!List.of("json", "jsonl", "csv", "xlsx", "html").contains(format)) {
            throw new Options.UsageError("--format is json, jsonl, csv, xlsx or html, not \"" + format + "\"");
        }
        Format input;
        try {
            input = Format.of(o.get("input-format", "auto"));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageError(e.getMessage());
        }
        Pages pages = null;
        if (o.has("pages")) {
            try {
                pages = Pages.parse(o.get("pages", ""));
            } catch (IllegalArgumentException e) {
                throw new Options.UsageError("--pages: " + e.getMessage());
            }
        }
        dev.zhibiao.parsers.OcrSettings ocr = ocr(o);
        dev.zhibiao.read.Limits limits = limits(o);
        int threads = threads(o.get("threads", "1"));
        if (o.operands().isEmpty()) {
            throw new Options.UsageError(args[0] + " needs at least one FILE");
        }
        Inputs.Expanded inputs = Inputs.expand(o.operands());
        boolean quiet = o.has("quiet");
        Reading reading = new Reading(input, pages, ocr, limits, format.equals("html"), stdin);
        if (format.equals("json") || format.equals("jsonl")) {
            reading.streamed(); // these sinks write a sheet at a time: long text documents are streamed
        }
        Progress progress = new Progress(err, terminal && !quiet && inputs.batch());
        List<Output> opened = new ArrayList<>();
        Summary summary;
        try {
            Sink sink = sink(format, o.get("output", null), opened);
            summary = new Batch(reading, threads, err, progress).run(inputs.files(), sink);
        } finally {
            progress.clear();
            for (Output out : opened) {
                out.close();
            }
        }
        if (inputs.batch() && !quiet) {
            summary.lines().forEach(err::println);
        }
        return summary.failed() > 0 ? 1 : 0;
    }

    private static int threads(String v) throws Options.UsageError {
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new Options.UsageError("--threads is a number from 1 to 256, not \"" + v + "\"");
    }

    /**
     * The sink for a format and an output: standard output, a file, or a directory (which gets
     * {@code sheets.json}, {@code indicators.csv} and {@code funding.csv}, {@code sheets.xlsx} or
     * {@code report.html}). CSV has a second table, funding items: next to the file
     * ({@code out.csv} and {@code out.funding.csv}) or not written when the indicators go to
     * standard output.
     */
    private Sink sink(String format, String output, List<Output> opened) {
        String ext = format;
        Path file = null;
        Path funding = null;
        if (output != null && !output.equals("-")) {
            Path p = Path.of(output);
            boolean dir = Files.isDirectory(p) || output.endsWith("/") || output.endsWith(java.io.File.separator);
            if (dir) {
                file = p.resolve(switch (format) {
                    case "csv" -> "indicators.csv";
                    case "xlsx" -> "sheets.xlsx";
                    case "html" -> "report.html";
                    default -> "sheets." + ext;
                });
                funding = p.resolve("funding.csv");
            } else {
                file = p;
                String n = p.getFileName().toString();
                String stem = n.toLowerCase(Locale.ROOT).endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
                funding = p.resolveSibling(stem + ".funding.csv");
            }
        }
        Output main = file == null ? stdout : open(file, opened);
        return switch (format) {
            case "json" -> new JsonSink(main, false);
            case "jsonl" -> new JsonSink(main, true);
            case "csv" -> {
                if (file == null) {
                    err.println("zhibiao: the funding table is written only with -o FILE.csv or -o DIR (indicators go to standard output)");
                }
                yield new CsvSink(main, file == null ? null : open(funding, opened));
            }
            case "xlsx" -> new XlsxSink(main);
            case "html" -> new AuditPage(main);
            default -> throw new IllegalStateException(format);
        };
    }

    private static Output open(Path file, List<Output> opened) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Output out = new Output(create(file), true);
            opened.add(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@code Files.newOutputStream(file)} by a {@link FileOutputStream} where it opens the file: the first NIO
     * file stream of a JVM loads the file channel classes and the {@code net} and {@code nio} native libraries
     * (as {@code FileBytes} on the reading side). A file the stream cannot open is opened by {@link Files}, so
     * that the same exception, with the same message, is thrown.
     */
    private static OutputStream create(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            try {
                return new FileOutputStream(file.toFile());
            } catch (FileNotFoundException e) {
                // Files.newOutputStream below throws its own exception for it
            }
        }
        return Files.newOutputStream(file);
    }

    @Override
    public String toString() {
        return "Extract";
    }

    /** @return the OCR settings the options give */
    static dev.zhibiao.parsers.OcrSettings ocr(Options o) throws Options.UsageError {
        dev.zhibiao.parsers.OcrSettings ocr = dev.zhibiao.parsers.OcrSettings.DEFAULT;
        try {
            if (o.has("no-ocr")) {
                ocr = ocr.enabled(false);
            }
            if (o.has("ocr-redo")) {
                if (o.has("no-ocr")) {
                    throw new IllegalArgumentException("--ocr-redo reads page images by OCR: it cannot go with --no-ocr");
                }
                ocr = ocr.redo(true);
            }
            if (o.has("ocr-lang")) {
                ocr = ocr.language(o.get("ocr-lang", ""));
            }
            if (o.has("ocr-command")) {
                ocr = ocr.command(o.get("ocr-command", ""));
            }
            if (o.has("ocr-dpi")) {
                String v = o.get("ocr-dpi", "");
                try {
                    ocr = ocr.dpi(Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--ocr-dpi is a number, not \"" + v + "\"");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new Options.UsageError(e.getMessage());
        }
        return ocr;
    }

    /** @return the reader limits the {@code --limit NAME=N,...} option gives, else the defaults */
    static dev.zhibiao.read.Limits limits(Options o) throws Options.UsageError {
        dev.zhibiao.read.Limits limits = dev.zhibiao.read.Limits.defaults();
        if (o.has("limit")) {
            for (String part : o.get("limit", "").split(",")) {
                try {
                    limits = limits.with(part.strip());
                } catch (IllegalArgumentException e) {
                    throw new Options.UsageError("--limit: " + e.getMessage());
                }
            }
        }
        return limits;
    }
}
