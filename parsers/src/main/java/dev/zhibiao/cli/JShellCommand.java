package dev.zhibiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code zhibiao jshell}: starts JShell with this jar on the class path and the start-up script
 * {@code zhibiao.jsh} (the API imported, {@code read(file)} and {@code table(sheets)}).
 * {@code zhibiao jshell --print-startup} prints the script, for {@code jshell --startup}.
 */
final class JShellCommand {
    static final String USAGE = "usage: zhibiao jshell [--print-startup] [JSHELL OPTIONS]";

    private JShellCommand() {
    }

    static int run(String[] args, Output out, PrintStream err) {
        String script = script();
        if (args.length == 2 && args[1].equals("--print-startup")) {
            out.write(script);
            out.flush();
            return 0;
        }
        Path jshell = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "jshell.exe" : "jshell");
        if (!Files.isExecutable(jshell)) {
            err.println("zhibiao: jshell not found in " + jshell.getParent() + ": run the jar with a JDK's java, not a JRE's");
            return 1;
        }
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            err.println("zhibiao: cannot find the zhibiao jar to put on JShell's class path: " + e.getMessage());
            return 1;
        }
        try {
            Path startup = Files.createTempFile("zhibiao", ".jsh");
            startup.toFile().deleteOnExit();
            Files.writeString(startup, script, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(jshell.toString(), "--class-path", jar.toString(),
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            command.addAll(List.of(args).subList(1, args.length));
            Process p = new ProcessBuilder(command).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            err.println("zhibiao: cannot start jshell: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** @return the start-up script */
    static String script() {
        try (InputStream in = JShellCommand.class.getResourceAsStream("zhibiao.jsh")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("zhibiao.jsh is missing from the jar"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
