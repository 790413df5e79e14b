package dev.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.read.Zhibiao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPageTest {
    @TempDir
    Path dir;

    /** A sheet whose second indicator row is printed one cell to the right (a repair to show). */
    static final String SHIFTED = String.join("\n",
            "项目支出绩效目标表",
            "(2023年度)",
            "项目名称\t城乡居民县级财政补助资金\t\t",
            "项目资金 (万元)\t年度资金总额\t1,329\t",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t参保人数(人)\t≥299.68万人",
            "\t质量指标\t参保率\t≥98%",
            "\t时效指标\t拨付时间\t95%<X≤100%",
            "说明：本表由 <单位> 填报",
            "");

    private Path page() throws IOException {
        Path d = Files.createDirectories(dir.resolve("in"));
        Files.writeString(d.resolve("a.txt"), SHIFTED);
        Files.writeString(d.resolve("b.txt"), MainTest.SHEET);
        Files.write(d.resolve("c.doc"), BatchTest.legacyDoc());
        Path out = dir.resolve("report.html");
        BatchTest.Run r = BatchTest.run("report", "-o", out.toString(), d.toString());
        assertEquals(1, r.code(), r.err());
        return out;
    }

    @Test
    void thePageShowsEverySheetBesideItsRowsWithItsRepairs() throws IOException {
        Path out = page();
        String html = Files.readString(out);
        int sheets = Zhibiao.read(dir.resolve("in/a.txt")).size() + Zhibiao.read(dir.resolve("in/b.txt")).size();
        assertEquals(sheets, count(html, "data-sheet>"));
        assertTrue(html.contains("<p class=\"error\" data-error>a legacy Word .doc file"), "the failed file is on the page");
        assertTrue(html.contains("&lt;单位&gt;"), "source text is escaped");
        assertFalse(html.contains("<单位>"));
        assertTrue(html.contains("<tr class=\"t unread\""), "the unread value's row is highlighted");
        assertTrue(html.contains("id=\"summary\""));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "self-contained");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void thePageLoadsInChromiumWithoutScriptErrorsAndShowsEverySheet() throws Exception {
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium not installed");
        Path out = page();
        int sheets = Zhibiao.read(dir.resolve("in/a.txt")).size() + Zhibiao.read(dir.resolve("in/b.txt")).size();
        Path dom = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--dump-dom", out.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium did not finish");
        String after = Files.readString(dom);
        // the page's script ran to its end: it counted the sheets the browser shows
        Matcher m = Pattern.compile("<body[^>]*data-sheets=\"(\\d+)\"").matcher(after);
        assertTrue(m.find(), "the script did not run: " + after.substring(0, Math.min(300, after.length())));
        assertEquals(sheets, Integer.parseInt(m.group(1)));
        assertTrue(after.contains("data-ready=\"yes\""));
        assertFalse(after.contains("data-errors="), "a script error on the page");
        String console = Files.readString(log);
        assertFalse(console.contains("Uncaught"), console);
    }
}
