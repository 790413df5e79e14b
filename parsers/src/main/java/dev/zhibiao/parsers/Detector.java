package dev.zhibiao.parsers;

import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;

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
        if (isRtf(bytes)) {
            throw new ReadException(source, "an RTF file: save it as .docx (or HTML) and read that");
        }
        // readers accept the header anywhere in the first kilobyte (some writers put bytes before it)
        if (pdfHeader(bytes)) {
            return Format.PDF;
        }
        if (isImage(bytes)) {
            return Format.IMAGE;
        }
        return Format.AUTO;
    }

    /** Whether bytes start like an RTF file ({@code {\\rtf}, after a byte-order mark or white space). */
    static boolean isRtf(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < b.length && i < 64 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return b.length - i >= 5 && b[i] == '{' && b[i + 1] == '\\' && b[i + 2] == 'r' && b[i + 3] == 't' && b[i + 4] == 'f';
    }

    /**
     * Whether {@code %PDF-} stands in the first kilobyte: what the ISO-8859-1 string of those bytes
     * {@code contains("%PDF-")} answered (each byte is one character there), without making the string.
     */
    static boolean pdfHeader(byte[] bytes) {
        int end = Math.min(bytes.length, 1024) - 5;
        for (int i = 0; i <= end; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether bytes start like a PNG, JPEG or TIFF image (here, not in {@link ScanReader}, so that
     * telling formats apart loads no java.awt class).
     */
    static boolean isImage(byte[] b) {
        return b.length > 8 && ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF
                || b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0
                || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42);
    }

    static Format detect(String text, String source) {
        // the first 4000 characters are searched for ASCII words in any case where they stand, with no lower-cased
        // copy of them (a document's text is Chinese: a copy costs four bytes a character)
        int head = Math.min(text.length(), 4000);
        int start = 0; // where the head stripped would start: asked with startsWith(…, start), no copy
        while (start < head && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (OcrTsvReader.looksLikeOcrTsv(text)) {
            return Format.OCR_TSV;
        }
        if (HocrReader.looksLikeHocr(text, head)) {
            return Format.HOCR;
        }
        if (start < head && (text.charAt(start) == '[' || text.charAt(start) == '{')
                && OcrJsonReader.looksLikeOcrJson(head < text.length() ? text.substring(0, head) : text)) {
            // (what looksLikeOcrJson refuses first: a head that does not open an array or an object)
            return Format.OCR_JSON;
        }
        if (containsIgnoreCase(text, head, "<table") || containsIgnoreCase(text, head, "<html")
                || containsIgnoreCase(text, head, "<td") || startsWithIgnoreCase(text, head, start, "<!doctype html")
                || startsWithIgnoreCase(text, head, start, "<?xml") && containsIgnoreCase(text, head, "xhtml")
                || startsWithIgnoreCase(text, head, start, "<") && containsIgnoreCase(text, text.length(), "<table")) {
            // a page whose head (styles, scripts) runs past the first 4000 characters still starts with a tag
            return Format.HTML;
        }
        int pipes = 0;
        int tabs = 0;
        int nonEmpty = 0;
        int leadingTabOnly = 0;
        int anyTab = 0;
        int bare = 0; // pipe rows without the outer pipes (a | b | c |) and lines joined by " | "
        int commaRows = 0; // lines with three or more commas: rows of comma-separated values
        // one pass over the lines without copying them (a document may be one 50 MB line)
        int n = text.length();
        int from = 0;
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            int tab = indexOf(text, '\t', from, end);
            if (tab >= 0) {
                anyTab++;
                if (isLeadingTabCell(text, from, end)) {
                    leadingTabOnly++;
                }
            }
            int a = from;
            int b = end;
            while (a < b && isStripped(text.charAt(a))) {
                a++;
            }
            while (b > a && isStripped(text.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                nonEmpty++;
                if (text.charAt(a) == '|' && text.charAt(b - 1) == '|' && b - a > 1) {
                    pipes++;
                } else if (b - a <= 100_000 && MarkdownReader.isBareRow(text, a, b)) {
                    bare++;
                }
                if (tab >= 0) {
                    tabs++;
                }
                if (commas(text, a, b) >= 3) {
                    commaRows++;
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
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
        // a word processor's text export, a cell a line and nothing between rows (CellLines): before
        // the readers of printed text, which would take its one-word lines for a page's
        if (anyTab == 0 && pipes == 0 && bare == 0 && text.indexOf('\f') < 0 && CellLines.mayHold(text)
                && CellLines.looksLike(Lines.splitShared(text))) {
            return Format.CELL_PER_LINE;
        }
        // an OCR engine's text of an unruled page that printed a table's value column apart from its
        // rows (指标值 alone over a block of values): line by line, where core gives the values back
        if (anyTab == 0 && pipes == 0 && OcrTextReader.valueColumnApart(text)) {
            return Format.OCR_TEXT;
        }
        // pdftotext -layout: a printed page's lines, indented and aligned by spaces
        if (anyTab == 0 && pipes == 0 && bare == 0 && SpacedReader.looksLaidOut(text)) {
            return Format.SPACED;
        }
        if (anyTab == 0 && OcrTextReader.looksLikeOcrText(text)) {
            return Format.OCR_TEXT;
        }
        if (PdfTextReader.looksLikePdfText(text)) {
            return Format.PDFTOTEXT;
        }
        // an OCR engine's text of an unruled page that printed the indicator table column by column
        // (names under 三级指标, values under 指标值): line by line, where core pairs the blocks back
        if (anyTab == 0 && pipes == 0 && OcrTextReader.printedByColumns(text)) {
            return Format.OCR_TEXT;
        }
        // cells separated by spaces: an indicator heading row printed as words on one line
        return anyTab == 0 && pipes == 0 && bare == 0 && SpacedReader.looksSpaced(text) ? Format.SPACED
                : Format.CELL_PER_LINE;
    }

    /**
     * Whether {@code text[0, limit)} holds {@code lower} (lower case ASCII) in any case, without copying the
     * text: what {@code text.substring(0, limit).toLowerCase(Locale.ROOT).contains(lower)} answers ({@link
     * #lowerAscii}: the one character outside ASCII that lower-cases to an ASCII letter is the Kelvin sign; U+0130
     * lower-cases to two characters, the first an i, which ends no word asked here).
     */
    static boolean containsIgnoreCase(String text, int limit, String lower) {
        int len = lower.length();
        char first = lower.charAt(0);
        if (first < 'a' || first > 'z') {
            // from one occurrence of the first character to the next by indexOf (one loop inside String), not a
            // charAt call per character: asked of a whole document that starts with a tag, at start-up, interpreted
            for (int i = text.indexOf(first); i >= 0 && i + len <= limit; i = text.indexOf(first, i + 1)) {
                if (matchesAt(text, i, lower)) {
                    return true;
                }
            }
            return false;
        }
        if (first != 'k') {
            // the first letter's two cases found by indexOf (a vectorised scan inside String each; past the limit
            // only where the text holds neither case after it), not by a charAt call per character (k: the Kelvin
            // sign lower-cases to it too)
            char upper = (char) (first - 32);
            int a = text.indexOf(first);
            int b = text.indexOf(upper);
            while (a >= 0 || b >= 0) {
                int i = a < 0 ? b : b < 0 ? a : Math.min(a, b);
                if (i + len > limit) {
                    return false;
                }
                if (matchesAt(text, i, lower)) {
                    return true;
                }
                if (i == a) {
                    a = text.indexOf(first, i + 1);
                } else {
                    b = text.indexOf(upper, i + 1);
                }
            }
            return false;
        }
        for (int i = 0; i + len <= limit; i++) {
            if (lowerAscii(text.charAt(i)) == first && matchesAt(text, i, lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[0, limit)} holds {@code lower} (lower case ASCII) at {@code at}, in any case. */
    static boolean startsWithIgnoreCase(String text, int limit, int at, String lower) {
        return at + lower.length() <= limit && matchesAt(text, at, lower);
    }

    private static boolean matchesAt(String text, int at, String lower) {
        for (int k = 0, n = lower.length(); k < n; k++) {
            if (lowerAscii(text.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A character lower-cased where that gives ASCII (A–Z, the Kelvin sign), else itself. */
    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\u212A' ? 'k' : c;
    }

    private static int commas(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to && n < 3; i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** The first {@code c} in {@code [from, to)}, or -1 (bounded: never scans past the line). */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** What {@link String#strip} removes. */
    private static boolean isStripped(char c) {
        return Character.isWhitespace(c);
    }

    /** @return true when the line's only tab is the one that starts it (after optional spaces) */
    private static boolean isLeadingTabCell(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i < to && text.charAt(i) == '\t' && indexOf(text, '\t', i + 1, to) < 0;
    }
}
