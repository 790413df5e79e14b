package dev.zhibiao.parsers;

import dev.zhibiao.read.ReadException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The {@code tesseract} command, run as a subprocess on a batch of images (one process per batch:
 * the engine loads its model once and reads the images listed in a file), its TSV output parsed
 * into words with boxes and confidences.
 */
final class Tesseract {
    /** The packages that provide the engine and its simplified-Chinese model (Debian, Ubuntu). */
    static final String PACKAGES = "tesseract-ocr and tesseract-ocr-chi-sim";
    /** A batch taking longer than this is stopped (a hung engine must not hang the reader). */
    private static final long TIMEOUT_SECONDS = 600;

    /** One recognised word: its box in the image it was read from, its confidence (0..100). */
    record Word(int image, int block, int paragraph, int line, int left, int top, int width, int height,
            double conf, String text) {
        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        double centreX() {
            return left + width / 2.0;
        }

        double centreY() {
            return top + height / 2.0;
        }
    }

    private final OcrSettings settings;
    private final String source;

    Tesseract(OcrSettings settings, String source) {
        this.settings = settings;
        this.source = source;
    }

    /**
     * Reads images.
     *
     * @param images    the images (grey), read in one process
     * @param psm       tesseract's page segmentation mode (4 columns of lines, 6 a block, 7 one line)
     * @param whitelist characters the engine may answer with, or null for all
     * @return for each image, its words in reading order
     * @throws ReadException when the engine is missing, fails or lacks the language
     */
    List<List<Word>> read(List<BufferedImage> images, int psm, String whitelist) throws ReadException {
        List<List<Word>> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (images.isEmpty()) {
            return out;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zhibiao-ocr");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path p = dir.resolve(String.format("%05d.png", i));
                ImageIO.write(images.get(i), "png", p.toFile());
                list.append(p.toAbsolutePath()).append('\n');
            }
            Path listFile = dir.resolve("images.txt");
            Files.writeString(listFile, list, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(settings.command(), listFile.toString(), "stdout", "-l",
                    settings.language(), "--psm", String.valueOf(psm), "--dpi", String.valueOf(settings.dpi())));
            if (whitelist != null) {
                cmd.add("-c");
                cmd.add("tessedit_char_whitelist=" + whitelist);
            }
            cmd.add("tsv");
            String tsv = run(cmd, dir);
            parse(tsv, out);
            return out;
        } catch (IOException e) {
            throw new ReadException(source, "OCR could not run (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        } finally {
            delete(dir);
        }
    }

    private String run(List<String> cmd, Path dir) throws IOException, ReadException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("OMP_THREAD_LIMIT", "1"); // one thread per process: readers run side by side
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ReadException(source, missing());
        }
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ReadException(source, "OCR took longer than " + TIMEOUT_SECONDS + " s and was stopped");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ReadException(source, "OCR was interrupted");
        }
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            if (err.contains("Failed loading language") || err.contains("Error opening data file")) {
                throw new ReadException(source, "OCR language \"" + settings.language() + "\" is not installed for "
                        + settings.command() + " (install " + PACKAGES + ")");
            }
            String first = err.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit status " + p.exitValue());
            throw new ReadException(source, "OCR failed (" + settings.command() + ": " + first.strip() + ")");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The engine's orientation and script detection ({@code --psm 0}, the {@code osd} model of the package
     * tesseract-ocr-osd) of a page: by how many degrees clockwise the page must be turned to stand upright,
     * when the engine is sure enough (confidence 1 or more), else null; null too when the model is missing
     * or the engine fails, so that the page is read as it stands.
     *
     * @param image the page
     * @param dpi   its resolution
     * @return 0, 90, 180 or 270, or null
     */
    Integer orientation(BufferedImage image, int dpi) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zhibiao-osd");
            Path p = dir.resolve("page.png");
            ImageIO.write(image, "png", p.toFile());
            String out = run(List.of(settings.command(), p.toString(), "stdout", "--psm", "0", "--dpi", String.valueOf(dpi)), dir);
            return orientation(out);
        } catch (IOException e) {
            return null;
        } finally {
            delete(dir);
        }
    }

    /** The turn a {@code --psm 0} report asks for ({@code Rotate: 270}), when its confidence is 1 or more. */
    static Integer orientation(String report) {
        Integer rotate = null;
        double confidence = -1;
        for (String line : report.split("\n")) {
            String t = line.strip();
            try {
                if (t.startsWith("Rotate:")) {
                    rotate = Integer.parseInt(t.substring(7).strip());
                } else if (t.startsWith("Orientation confidence:")) {
                    confidence = Double.parseDouble(t.substring(23).strip());
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return rotate != null && rotate % 90 == 0 && rotate >= 0 && rotate < 360 && confidence >= 1.0 ? rotate : null;
    }

    /** The one-line message when the engine cannot be started. */
    String missing() {
        return "reading an image needs the OCR engine tesseract, and \"" + settings.command()
                + "\" cannot be run: install the packages " + PACKAGES + " (Debian/Ubuntu), or name the command with --ocr-command";
    }

    /**
     * Whether the engine can be started (for tests and tools that skip without it).
     *
     * @param command the engine's command
     * @return true when {@code command --version} runs
     */
    static boolean available(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void parse(String tsv, List<List<Word>> out) {
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                int image = Integer.parseInt(f[1]) - 1;
                if (image < 0 || image >= out.size()) {
                    continue;
                }
                out.get(image).add(new Word(image, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Double.parseDouble(f[10]), text));
            } catch (NumberFormatException e) {
                // a malformed line of engine output: skipped (the engine's text is all we lose)
            }
        }
    }

    /**
     * The text of words read as one cell or line: lines in the engine's order joined with a line
     * break, words of a line joined without a space between Chinese characters and with one otherwise.
     */
    static String text(List<Word> words) {
        StringBuilder b = new StringBuilder();
        Word prev = null;
        for (Word w : words) {
            if (prev != null) {
                boolean newLine = w.block() != prev.block() || w.paragraph() != prev.paragraph() || w.line() != prev.line();
                boolean wide = wide(lastChar(prev.text())) || wide(w.text().charAt(0));
                // a cell's lines are joined as the PDF reader joins them: nothing between Chinese
                // characters, one space otherwise; words of a line the same way
                if (newLine ? !wide : !(wide(lastChar(prev.text())) && wide(w.text().charAt(0)))) {
                    b.append(' ');
                }
            }
            b.append(w.text());
            prev = w;
        }
        return b.toString();
    }

    /** Chinese characters and full-width punctuation: no space is printed between them. */
    static boolean wide(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u2014' || c == '\u2026' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    /** @return the mean confidence of the words (0..1), or null when there are none */
    static Double confidence(List<Word> words) {
        if (words.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Word w : words) {
            sum += Math.max(0, w.conf());
        }
        return sum / words.size() / 100.0;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** Sorts words into reading order within one image (lines top to bottom, words left to right). */
    static List<Word> byLines(List<Word> words) {
        List<Word> w = new ArrayList<>(words);
        w.sort(Comparator.comparingInt(Word::block).thenComparingInt(Word::paragraph).thenComparingInt(Word::line)
                .thenComparingInt(Word::left));
        return w;
    }
}
