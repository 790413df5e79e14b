package dev.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR options of extract, and the one-line error when the engine is missing. */
class OcrOptionsTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    /** A page image with a ruled two-cell table and a line of ink above it. */
    private Path page() throws Exception {
        BufferedImage img = new BufferedImage(1240, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 600);
        g.setColor(Color.BLACK);
        g.fillRect(100, 60, 300, 20);
        g.drawRect(100, 200, 1000, 150);
        g.drawLine(500, 200, 500, 350);
        g.fillRect(150, 260, 200, 20);
        g.dispose();
        Path p = dir.resolve("scan.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    @Test
    void aMissingEngineIsOneLineNamingThePackages() throws Exception {
        String[] r = run("extract", "--ocr-command", dir.resolve("no-such-tesseract").toString(), page().toString());
        assertEquals("1", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].startsWith("zhibiao: scan.png: "), r[2]);
        assertTrue(r[2].contains("tesseract-ocr and tesseract-ocr-chi-sim"), r[2]);
    }

    @Test
    void ocrTurnedOffRefusesTheImage() throws Exception {
        String[] r = run("extract", "--no-ocr", page().toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("OCR is turned off"), r[2]);
    }

    @Test
    void badOptionValuesAreUsageErrors() throws Exception {
        String p = page().toString();
        assertEquals("2", run("extract", "--ocr-dpi", "many", p)[0]);
        assertEquals("2", run("extract", "--ocr-dpi", "20", p)[0]);
        assertEquals("2", run("extract", "--ocr-lang", "chi sim; rm", p)[0]);
        assertEquals("2", run("extract", "--ocr-lang")[0]);
        assertTrue(run("extract", "--ocr-dpi", "20", p)[2].contains("72..1200"));
    }
}
