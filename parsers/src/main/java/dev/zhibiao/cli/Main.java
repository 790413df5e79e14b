package dev.zhibiao.cli;

import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Zhibiao;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line.
 *
 * <pre>
 * zhibiao extract [--format jsonl|json] [--input-format auto|markdown|tsv|...|pdf|docx|xlsx] FILE...
 * zhibiao targets [FILE]        lines "name&lt;TAB&gt;value" or "value"; prints one target JSON per line
 * </pre>
 * Exit 0 on success, 2 on a usage error, 1 when an input cannot be read.
 */
public final class Main {
    static final String USAGE = "usage: zhibiao extract [--format json|jsonl] [--input-format FORMAT] FILE...   (- for standard input)\n"
            + "       zhibiao targets [FILE]\n"
            + "       zhibiao rows [--input-format FORMAT] FILE   (the reader's rows before recovery, for auditing)\n"
            + "FORMAT: auto (default: detected from the content), markdown, tsv, csv, cell-per-line, pdftotext, html, pdf,\n"
            + "        docx (Word), xlsx (Excel), image (PNG, JPEG, TIFF)\n"
            + "OCR (image-only PDF pages, image files; needs tesseract-ocr and tesseract-ocr-chi-sim):\n"
            + "        --ocr-lang LANG (chi_sim)  --ocr-dpi N (300)  --ocr-command CMD (tesseract)  --no-ocr";

    /**
     * PDFBox logs through commons-logging, which falls back to java.util.logging and prints font
     * fallback warnings on stderr; the command line keeps stderr for its own one-line errors. Held
     * here so that the logger (and its level) is not collected.
     */
    private static final List<java.util.logging.Logger> PDF_LOGS = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"),
            java.util.logging.Logger.getLogger("org.apache.fontbox"),
            java.util.logging.Logger.getLogger("technology.tabula"));

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        // a damaged PDF makes PDFBox log every bad operator (thousands of lines); what matters
        // reaches the user as the one-line error or as the sheets' diagnostics
        PDF_LOGS.forEach(l -> l.setLevel(java.util.logging.Level.OFF));
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /**
     * Runs a command.
     *
     * @param args the command line
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "extract" -> extract(args, out, err);
                case "targets" -> targets(args, out, err);
                case "rows" -> rows(args, out, err);
                default -> usage(err, "unknown command \"" + args[0] + "\"");
            };
        } catch (UncheckedIOException e) {
            err.println("zhibiao: " + e.getCause().getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("zhibiao: " + message);
        err.println(USAGE);
        return 2;
    }

    private static int extract(String[] args, PrintStream out, PrintStream err) {
        return extract(args, System.in, out, err);
    }

    /** Standard input among the FILEs of extract ({@code -}). */
    private static final Path STDIN = Path.of("-");

    static int extract(String[] args, java.io.InputStream stdin, PrintStream out, PrintStream err) {
        boolean jsonl = false;
        Format format = Format.AUTO;
        List<Path> files = new ArrayList<>();
        Zhibiao.SheetReader reader = Zhibiao.reader();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (OCR_OPTIONS.contains(a)) {
                if (!a.equals("--no-ocr") && i + 1 >= args.length) {
                    return usage(err, a + " needs a value");
                }
                try {
                    reader = ocrOption(reader, a, a.equals("--no-ocr") ? null : args[++i]);
                } catch (IllegalArgumentException e) {
                    return usage(err, e.getMessage());
                }
            } else if (a.equals("--format") || a.equals("--input-format")) {
                if (i + 1 >= args.length) {
                    return usage(err, a + " needs a value");
                }
                String v = args[++i];
                if (a.equals("--format")) {
                    if (!v.equals("json") && !v.equals("jsonl")) {
                        return usage(err, "--format is json or jsonl, not \"" + v + "\"");
                    }
                    jsonl = v.equals("jsonl");
                } else {
                    try {
                        format = Format.of(v);
                    } catch (IllegalArgumentException e) {
                        return usage(err, e.getMessage());
                    }
                }
            } else if (a.startsWith("--format=")) {
                String v = a.substring("--format=".length());
                if (!v.equals("json") && !v.equals("jsonl")) {
                    return usage(err, "--format is json or jsonl, not \"" + v + "\"");
                }
                jsonl = v.equals("jsonl");
            } else if (a.startsWith("-") && a.length() > 1) {
                return usage(err, "unknown option " + a);
            } else if (a.equals("-") && files.contains(STDIN)) {
                return usage(err, "standard input (-) can be read only once");
            } else {
                files.add(a.equals("-") ? STDIN : Path.of(a));
            }
        }
        if (files.isEmpty()) {
            return usage(err, "extract needs at least one FILE");
        }
        List<Sheet> all = new ArrayList<>();
        reader = reader.format(format);
        for (Path f : files) {
            try {
                all.addAll(f == STDIN ? reader.read(stdin, "stdin") : reader.read(f));
            } catch (IOException e) {
                err.println("zhibiao: " + e.getMessage());
                return 1;
            }
        }
        if (jsonl) {
            for (Sheet s : all) {
                out.println(SheetJson.writeLine(s));
            }
        } else {
            out.println(SheetJson.write(all));
        }
        return 0;
    }

    /** The OCR options of extract. */
    private static final List<String> OCR_OPTIONS = List.of("--ocr-lang", "--ocr-dpi", "--ocr-command", "--no-ocr");

    private static Zhibiao.SheetReader ocrOption(Zhibiao.SheetReader reader, String option, String value) {
        return switch (option) {
            case "--ocr-lang" -> reader.ocrLanguage(value);
            case "--ocr-command" -> reader.ocrCommand(value);
            case "--no-ocr" -> reader.ocr(false);
            default -> {
                try {
                    yield reader.ocrDpi(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--ocr-dpi is a number, not \"" + value + "\"");
                }
            }
        };
    }

    private static int rows(String[] args, PrintStream out, PrintStream err) {
        Format format = Format.AUTO;
        Path file = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--input-format") && i + 1 < args.length) {
                try {
                    format = Format.of(args[++i]);
                } catch (IllegalArgumentException e) {
                    return usage(err, e.getMessage());
                }
            } else if (args[i].startsWith("-") || file != null) {
                return usage(err, "rows takes one FILE");
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null) {
            return usage(err, "rows needs a FILE");
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (dev.zhibiao.internal.layout.Row r : dev.zhibiao.parsers.Readers.document(bytes, name, format).rows()) {
                out.println(r);
            }
        } catch (NoSuchFileException e) {
            err.println("zhibiao: " + name + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("zhibiao: " + (e instanceof dev.zhibiao.read.ReadException ? e.getMessage()
                    : name + ": cannot be read (" + e.getMessage() + ")"));
            return 1;
        }
        return 0;
    }

    private static int targets(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 2) {
            return usage(err, "targets takes at most one FILE");
        }
        BufferedReader in;
        try {
            if (args.length == 2 && !args[1].equals("-")) {
                in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
            } else {
                in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
        } catch (NoSuchFileException e) {
            err.println("zhibiao: " + args[1] + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("zhibiao: " + args[1] + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        }
        try (in) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                String name = tab >= 0 ? line.substring(0, tab) : null;
                String value = tab >= 0 ? line.substring(tab + 1) : line;
                Target t = Targets.parse(value, name);
                out.println(SheetJson.write(t));
            }
        } catch (IOException e) {
            err.println("zhibiao: cannot read input (" + e.getMessage() + ")");
            return 1;
        }
        return 0;
    }
}
