package dev.zhibiao.cli;

import dev.zhibiao.SheetJson;
import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The {@code targets} command: the value grammar on lines of text. */
final class TargetsCommand {
    static final List<Options.Option> OPTIONS = List.of(
            new Options.Option("output", 'o', "FILE", "write there instead of standard output"));

    static final String HELP = "usage: zhibiao targets [OPTIONS] [FILE]\n"
            + "Reads lines \"name<TAB>value\" or \"value\" from FILE or standard input and prints, per line, the\n"
            + "target JSON of the value (null when it holds none).\n";

    private TargetsCommand() {
    }

    static int run(String[] args, InputStream stdin, Output stdout, PrintStream err) throws Options.UsageError {
        Options o = Options.parse("targets", OPTIONS, args);
        if (o.help()) {
            stdout.write(HELP + "Options:\n" + Options.help(OPTIONS));
            stdout.flush();
            return 0;
        }
        if (o.operands().size() > 1) {
            throw new Options.UsageError("targets takes at most one FILE");
        }
        String name = o.operands().isEmpty() ? "-" : o.operands().get(0);
        BufferedReader in;
        try {
            in = name.equals("-") ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("zhibiao: " + name + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("zhibiao: " + name + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        }
        Output out = stdout;
        if (o.has("output") && !o.get("output", "-").equals("-")) {
            try {
                out = new Output(Files.newOutputStream(Path.of(o.get("output", ""))), true);
            } catch (IOException e) {
                err.println("zhibiao: " + o.get("output", "") + ": cannot be written (" + e.getMessage() + ")");
                return 1;
            }
        }
        int n = 0;
        long flushed = System.nanoTime();
        try (in; Output w = out) {
            String line;
            while ((line = in.readLine()) != null) {
                n++;
                if (System.nanoTime() - flushed > 200_000_000L) {
                    // a reader of the output sees lines at least five times a second, and a closed
                    // pipe is noticed as soon
                    w.flush();
                    flushed = System.nanoTime();
                }
                int tab = line.indexOf('\t');
                String label = tab >= 0 ? line.substring(0, tab) : null;
                String value = tab >= 0 ? line.substring(tab + 1) : line;
                Target t = Targets.parse(value, label);
                // a failed write (a full disk, a closed pipe) stops the loop at once
                w.write(SheetJson.write(t));
                w.write("\n");
            }
        } catch (IOException e) {
            err.println("zhibiao: " + name + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (e instanceof Output.OutputFailed f) {
                throw f;
            }
            err.println("zhibiao: " + name + ": line " + n + ": could not be read (" + Reading.oneLine(e)
                    + "): please report it to zhibiao with the line");
            return 1;
        }
        return 0;
    }
}
