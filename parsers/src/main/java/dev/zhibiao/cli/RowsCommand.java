package dev.zhibiao.cli;

import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.Pages;
import dev.zhibiao.parsers.Readers;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The {@code rows} command: the rows a reader made of a document, before recovery. */
final class RowsCommand {
    static final List<Options.Option> OPTIONS = List.of(
            new Options.Option("input-format", (char) 0, "FORMAT", "the rendering: " + Options.formatNames() + " (default auto: detected)"),
            new Options.Option("pages", (char) 0, "1-3,5", "PDF pages to read"));

    static final String HELP = "usage: zhibiao rows [OPTIONS] FILE\n"
            + "Prints the rows the reader made of FILE before recovery, each with its position: what recovery\n"
            + "starts from, for auditing a recovered sheet against its source.\n";

    private RowsCommand() {
    }

    static int run(String[] args, Output out, PrintStream err) throws Options.UsageError {
        Options o = Options.parse("rows", OPTIONS, args);
        if (o.help()) {
            out.write(HELP + "Options:\n" + Options.help(OPTIONS));
            out.flush();
            return 0;
        }
        if (o.operands().size() != 1) {
            throw new Options.UsageError(o.operands().isEmpty() ? "rows needs a FILE" : "rows takes one FILE");
        }
        Format format;
        Pages pages;
        try {
            format = Format.of(o.get("input-format", "auto"));
            pages = o.has("pages") ? Pages.parse(o.get("pages", "")) : null;
        } catch (IllegalArgumentException e) {
            throw new Options.UsageError(e.getMessage());
        }
        Path file = Path.of(o.operands().get(0));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            // OCR output is read with the page image beside it, as extract reads it
            for (Row r : Readers.document(bytes, name, format, pages, dev.zhibiao.parsers.OcrSettings.DEFAULT.beside(file)).rows()) {
                out.write(r + "\n");
            }
            out.flush();
        } catch (NoSuchFileException e) {
            err.println("zhibiao: " + name + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("zhibiao: " + (e instanceof ReadException ? e.getMessage()
                    : name + ": cannot be read (" + e.getMessage() + ")"));
            return 1;
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            if (e instanceof Output.OutputFailed f) {
                throw f;
            }
            err.println("zhibiao: " + name + ": could not be read (" + Reading.oneLine(e) + "): please report it with the file");
            return 1;
        }
        return 0;
    }
}
