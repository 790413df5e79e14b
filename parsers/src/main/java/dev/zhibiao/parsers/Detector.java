package dev.zhibiao.parsers;

import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.nio.charset.StandardCharsets;

/** Detects a document's rendering from its content; the file name is only a tie-breaker. */
final class Detector {
    private Detector() {
    }

    /**
     * @return PDF, DOCX, XLSX or IMAGE when the bytes say so, else AUTO (a text rendering)
     * @throws ReadException for a zip that is not a Word or Excel document, and for legacy or
     *                       encrypted Office files (OLE2 containers)
     */
    static Format detectBytes(byte[] bytes, String source) throws ReadException {
        if (OfficeZip.isZip(bytes)) {
            OfficeZip zip = OfficeZip.open(bytes, source);
            if (zip.has("word/document.xml")) {
                return Format.DOCX;
            }
            if (zip.has("xl/workbook.xml")) {
                return Format.XLSX;
            }
            if (zip.has("content.xml") && zip.has("mimetype")) {
                throw new ReadException(source, "an OpenDocument file (.odt/.ods): save it as .docx, .xlsx or HTML and read that");
            }
            throw new ReadException(source, "a zip file that is neither a Word .docx nor an Excel .xlsx document");
        }
        if (OfficeZip.isOle2(bytes)) {
            throw new ReadException(source, OfficeZip.describeOle2(bytes));
        }
        // readers accept the header anywhere in the first kilobyte (some writers put bytes before it)
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return Format.PDF;
        }
        if (ScanReader.isImage(bytes)) {
            return Format.IMAGE;
        }
        return Format.AUTO;
    }

    static Format detect(String text, String source) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        String start = lower.stripLeading();
        if (OcrTsvReader.looksLikeOcrTsv(text)) {
            return Format.OCR_TSV;
        }
        if (HocrReader.looksLikeHocr(lower)) {
            return Format.HOCR;
        }
        if (lower.contains("<table") || lower.contains("<html") || lower.contains("<td")
                || start.startsWith("<!doctype html") || start.startsWith("<?xml") && lower.contains("xhtml")
                || start.startsWith("<") && text.toLowerCase(java.util.Locale.ROOT).contains("<table")) {
            // a page whose head (styles, scripts) runs past the first 4000 characters still starts with a tag
            return Format.HTML;
        }
        int lines = 0;
        int pipes = 0;
        int tabs = 0;
        int nonEmpty = 0;
        int shortLines = 0;
        int leadingTabOnly = 0;
        int anyTab = 0;
        int bare = 0; // pipe rows without the outer pipes (a | b | c |) and lines joined by " | "
        int commaRows = 0; // lines with three or more commas: rows of comma-separated values
        for (String line : text.split("\n", -1)) {
            lines++;
            if (line.indexOf('\t') >= 0) {
                anyTab++;
                if (isLeadingTabCell(line)) {
                    leadingTabOnly++;
                }
            }
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (t.startsWith("|") && t.endsWith("|") && t.length() > 1) {
                pipes++;
            } else if (MarkdownReader.isBareRow(t)) {
                bare++;
            }
            if (line.indexOf('\t') >= 0) {
                tabs++;
            }
            if (t.length() <= 24) {
                shortLines++;
            }
            if (commas(t) >= 3) {
                commaRows++;
            }
        }
        if (pipes >= 3 && pipes * 5 >= nonEmpty || bare >= 3 && (pipes + bare) * 2 >= nonEmpty) {
            return Format.MARKDOWN;
        }
        // Word's one-cell-per-line export: a tab starts each cell line and is its only tab
        if (leadingTabOnly >= 3 && leadingTabOnly * 5 >= anyTab * 4) {
            return Format.CELL_PER_LINE;
        }
        if (tabs >= 3 && tabs * 3 >= nonEmpty) {
            return Format.TSV;
        }
        // a spreadsheet saved as CSV: most lines are rows of comma-separated cells, none has a tab
        // (Chinese prose writes the full-width comma; an amount has at most a few commas)
        boolean csvName = source != null && source.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        if (anyTab == 0 && pipes == 0 && commaRows >= 3 && (commaRows * 2 >= nonEmpty || csvName)) {
            return Format.CSV;
        }
        if (PdfTextReader.looksLikePdfText(text)) {
            return Format.PDFTOTEXT;
        }
        // cells separated by spaces: an indicator heading row printed as words on one line
        return anyTab == 0 && pipes == 0 && bare == 0 && SpacedReader.looksSpaced(text) ? Format.SPACED
                : Format.CELL_PER_LINE;
    }

    private static int commas(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** @return true when the line's only tab is the one that starts it (after optional spaces) */
    private static boolean isLeadingTabCell(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\u3000' || line.charAt(i) == '\u00a0')) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '\t' && line.indexOf('\t', i + 1) < 0;
    }
}
