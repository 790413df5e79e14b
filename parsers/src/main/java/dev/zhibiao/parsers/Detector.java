package dev.zhibiao.parsers;

import dev.zhibiao.read.Format;
import java.nio.charset.StandardCharsets;

/** Detects a document's rendering from its content; the file name is only a tie-breaker. */
final class Detector {
    private Detector() {
    }

    static Format detectBytes(byte[] bytes, String source) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return Format.PDF;
        }
        return Format.AUTO;
    }

    static Format detect(String text, String source) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("<table") || lower.contains("<html") || lower.contains("<td")) {
            return Format.HTML;
        }
        int lines = 0;
        int pipes = 0;
        int tabs = 0;
        int nonEmpty = 0;
        int shortLines = 0;
        for (String line : text.split("\n", -1)) {
            lines++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (t.startsWith("|") && t.endsWith("|") && t.length() > 1) {
                pipes++;
            }
            if (line.indexOf('\t') >= 0) {
                tabs++;
            }
            if (t.length() <= 24) {
                shortLines++;
            }
        }
        if (pipes >= 3 && pipes * 5 >= nonEmpty) {
            return Format.MARKDOWN;
        }
        if (tabs >= 3 && tabs * 3 >= nonEmpty) {
            return Format.TSV;
        }
        return PdfTextReader.looksLikePdfText(text) ? Format.PDFTOTEXT : Format.CELL_PER_LINE;
    }
}
