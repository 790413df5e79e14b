package dev.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhibiao jshell}: the start-up script, and a JShell session using it. */
class JShellCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheStartupScript() {
        MainTest.Run r = MainTest.run("jshell", "--print-startup");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("import dev.zhibiao.*;") && r.out().contains("import dev.zhibiao.read.*;"), r.out());
        assertTrue(r.out().contains("void table(List<Sheet> sheets)"), r.out());
    }

    @Test
    void aSessionShowsASheetAsATableWithOneCommand() throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Assumptions.assumeTrue(Files.isExecutable(jshell), "no jshell in this JDK");
        Path doc = dir.resolve("notice.txt");
        Files.writeString(doc, MainTest.SHEET);
        Path startup = dir.resolve("zhibiao.jsh");
        Files.writeString(startup, JShellCommand.script());
        // surefire puts the modules under test on the module path: JShell gets them all on its class path
        String cp = String.join(java.io.File.pathSeparator, System.getProperty("jdk.module.path", ""),
                System.getProperty("java.class.path", ""));
        Process p = new ProcessBuilder(List.of(jshell.toString(), "-J-Dfile.encoding=UTF-8", "-J-Dstdout.encoding=UTF-8",
                "--class-path", cp, "--startup", "DEFAULT", "--startup", startup.toString(),
                "-q")).redirectErrorStream(true).start();
        p.getOutputStream().write(("table(read(\"" + doc + "\"))\n/exit\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains("target 2023 城乡居民县级财政补助资金"), out);
        assertTrue(out.contains("参保人数(人)  ≥299.68万人  ≥ 2996800 人"), out);
    }
}
