package dev.zhibiao.read;

/**
 * How much of a document a reader accepts before it refuses the document. Every limit has a
 * default generous for any real 绩效目标表 and small enough that a hostile or broken input (a zip
 * bomb, a 50 MB line, a page of a million glyphs, 100,000 nested tags) ends in one
 * {@link ReadException} naming the limit, where it was reached and how to raise it, instead of
 * running out of memory or time.
 *
 * <pre>{@code
 * Limits big = Limits.defaults().withDocumentBytes(1L << 30).withPdfPages(20_000);
 * List<Sheet> sheets = Zhibiao.reader().limits(big).read(Path.of("huge.pdf"));
 * }</pre>
 *
 * <p>Immutable: each {@code withX} returns a copy. Each limit is also set by name with
 * {@link #with(String, long)} (what the command line's {@code --limit NAME=N} uses); the names are
 * those of the accessors.
 */
public final class Limits {
    /** Default {@link #documentBytes()}: 256 MiB. */
    public static final long DEFAULT_DOCUMENT_BYTES = 256L << 20;
    /** Default {@link #lineChars()}: one million characters. */
    public static final long DEFAULT_LINE_CHARS = 1_000_000;
    /** Default {@link #cellsPerRow()}: the columns of an Excel worksheet. */
    public static final long DEFAULT_CELLS_PER_ROW = 16_384;
    /** Default {@link #rows()}: two million rows. */
    public static final long DEFAULT_ROWS = 2_000_000;
    /** Default {@link #sheets()}. */
    public static final long DEFAULT_SHEETS = 100_000;
    /** Default {@link #depth()}. */
    public static final long DEFAULT_DEPTH = 512;
    /** Default {@link #span()}: HTML's own cap on colspan. */
    public static final long DEFAULT_SPAN = 1_000;
    /** Default {@link #pdfPages()}. */
    public static final long DEFAULT_PDF_PAGES = 5_000;
    /** Default {@link #glyphsPerPage()}. */
    public static final long DEFAULT_GLYPHS_PER_PAGE = 100_000;
    /** Default {@link #pdfStreamBytes()}: 128 MiB. */
    public static final long DEFAULT_PDF_STREAM_BYTES = 128L << 20;
    /** Default {@link #officePartBytes()}: 64 MiB. */
    public static final long DEFAULT_OFFICE_PART_BYTES = 64L << 20;
    /** Default {@link #officeTotalBytes()}: 128 MiB. */
    public static final long DEFAULT_OFFICE_TOTAL_BYTES = 128L << 20;
    /** Default {@link #worksheets()}. */
    public static final long DEFAULT_WORKSHEETS = 1_000;
    /** Default {@link #htmlElements()}. */
    public static final long DEFAULT_HTML_ELEMENTS = 250_000;
    /** Default {@link #cells()}. */
    public static final long DEFAULT_CELLS = 5_000_000;
    /** Default {@link #pdfRulings()}. */
    public static final long DEFAULT_PDF_RULINGS = 1_000;

    private static final String[] NAMES = {"documentBytes", "lineChars", "cellsPerRow", "rows", "sheets", "depth",
        "span", "pdfPages", "glyphsPerPage", "pdfStreamBytes", "officePartBytes", "officeTotalBytes", "worksheets",
        "htmlElements", "cells", "pdfRulings"};
    private static final Limits DEFAULTS = new Limits(new long[] {DEFAULT_DOCUMENT_BYTES, DEFAULT_LINE_CHARS,
        DEFAULT_CELLS_PER_ROW, DEFAULT_ROWS, DEFAULT_SHEETS, DEFAULT_DEPTH, DEFAULT_SPAN, DEFAULT_PDF_PAGES,
        DEFAULT_GLYPHS_PER_PAGE, DEFAULT_PDF_STREAM_BYTES, DEFAULT_OFFICE_PART_BYTES, DEFAULT_OFFICE_TOTAL_BYTES,
        DEFAULT_WORKSHEETS, DEFAULT_HTML_ELEMENTS, DEFAULT_CELLS, DEFAULT_PDF_RULINGS});

    private final long[] v;

    private Limits(long[] v) {
        this.v = v;
    }

    /** @return the default limits */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** @return the names of the limits, as {@link #with(String, long)} takes them */
    public static java.util.List<String> names() {
        return java.util.List.of(NAMES);
    }

    /**
     * Sets a limit by name ({@code "lineChars"}, {@code "pdf-pages"}: case and dashes are ignored).
     *
     * @param name  a limit's name, one of {@link #names()}
     * @param value its new value, at least 1
     * @return limits with that one changed
     * @throws IllegalArgumentException for an unknown name or a value below 1, naming the known names
     */
    public Limits with(String name, long value) {
        String n = name.replace("-", "").replace("_", "");
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(n)) {
                return set(i, value);
            }
        }
        throw new IllegalArgumentException("unknown limit \"" + name + "\" (one of " + String.join(", ", NAMES) + ")");
    }

    /**
     * Reads {@code NAME=N} (N may end in k, m or g for powers of 1024), as the command line gives it.
     *
     * @param assignment {@code NAME=N}
     * @return limits with that one changed
     * @throws IllegalArgumentException when it is not {@code NAME=N} with a known name and a positive N
     */
    public Limits with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("a limit is NAME=N, not \"" + assignment + "\"");
        }
        String num = assignment.substring(eq + 1).strip().toLowerCase(java.util.Locale.ROOT);
        long mul = 1;
        if (num.endsWith("k") || num.endsWith("m") || num.endsWith("g")) {
            mul = num.endsWith("k") ? 1L << 10 : num.endsWith("m") ? 1L << 20 : 1L << 30;
            num = num.substring(0, num.length() - 1);
        }
        long n;
        try {
            n = Math.multiplyExact(Long.parseLong(num), mul);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("limit " + assignment.substring(0, eq) + " needs a whole number, not \""
                    + assignment.substring(eq + 1) + "\"");
        }
        return with(assignment.substring(0, eq).strip(), n);
    }

    private Limits set(int i, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("limit " + NAMES[i] + " must be at least 1, not " + value);
        }
        long[] c = v.clone();
        c[i] = value;
        return new Limits(c);
    }

    /** @return the largest document read: bytes of a file or stream, characters of a text */
    public long documentBytes() {
        return v[0];
    }

    /** @return the longest line of a text rendering, in characters */
    public long lineChars() {
        return v[1];
    }

    /** @return the most cells in one row (after HTML spans are expanded; columns of a worksheet) */
    public long cellsPerRow() {
        return v[2];
    }

    /** @return the most rows (table rows and prose lines) a document may give */
    public long rows() {
        return v[3];
    }

    /** @return the most sheets one document may give */
    public long sheets() {
        return v[4];
    }

    /** @return the deepest nesting of elements in HTML and in the XML parts of a .docx or .xlsx */
    public long depth() {
        return v[5];
    }

    /** @return the largest rowspan or colspan of an HTML table cell (after rowspan is cut to the table's rows) */
    public long span() {
        return v[6];
    }

    /** @return the most pages of a PDF */
    public long pdfPages() {
        return v[7];
    }

    /** @return the most glyphs on one PDF page, and the most words (characters of text lines) on one page of OCR output */
    public long glyphsPerPage() {
        return v[8];
    }

    /**
     * @return the most bytes PDFBox may hold for a PDF's decoded streams (its
     *         {@code MemoryUsageSetting}); a larger content stream is refused
     */
    public long pdfStreamBytes() {
        return v[9];
    }

    /** @return the largest part of a .docx or .xlsx, inflated */
    public long officePartBytes() {
        return v[10];
    }

    /** @return the most bytes inflated from all the parts of a .docx or .xlsx */
    public long officeTotalBytes() {
        return v[11];
    }

    /** @return the most worksheets a workbook may list */
    public long worksheets() {
        return v[12];
    }

    /** @return the most elements (tags) of an HTML document, counted before it is parsed */
    public long htmlElements() {
        return v[13];
    }

    /** @return the most cells one document may give, HTML spans expanded */
    public long cells() {
        return v[14];
    }

    /** @return the most ruling lines (table borders) on one PDF page */
    public long pdfRulings() {
        return v[15];
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #pdfRulings()} set
     */
    public Limits withPdfRulings(long n) {
        return set(15, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #htmlElements()} set
     */
    public Limits withHtmlElements(long n) {
        return set(13, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #cells()} set
     */
    public Limits withCells(long n) {
        return set(14, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #documentBytes()} set
     */
    public Limits withDocumentBytes(long n) {
        return set(0, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #lineChars()} set
     */
    public Limits withLineChars(long n) {
        return set(1, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #cellsPerRow()} set
     */
    public Limits withCellsPerRow(long n) {
        return set(2, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #rows()} set
     */
    public Limits withRows(long n) {
        return set(3, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #sheets()} set
     */
    public Limits withSheets(long n) {
        return set(4, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #depth()} set
     */
    public Limits withDepth(long n) {
        return set(5, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #span()} set
     */
    public Limits withSpan(long n) {
        return set(6, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #pdfPages()} set
     */
    public Limits withPdfPages(long n) {
        return set(7, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #glyphsPerPage()} set
     */
    public Limits withGlyphsPerPage(long n) {
        return set(8, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #pdfStreamBytes()} set
     */
    public Limits withPdfStreamBytes(long n) {
        return set(9, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #officePartBytes()} set
     */
    public Limits withOfficePartBytes(long n) {
        return set(10, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #officeTotalBytes()} set
     */
    public Limits withOfficeTotalBytes(long n) {
        return set(11, n);
    }

    /**
     * @param n the new limit
     * @return a copy with {@link #worksheets()} set
     */
    public Limits withWorksheets(long n) {
        return set(12, n);
    }

    /**
     * The refusal when a limit is passed: one line naming the limit, where and how to raise it.
     *
     * @param source the file name
     * @param name   the limit's name (one of {@link #names()})
     * @param what   what went over it and where ({@code "line 3 has 1,200,000 characters"})
     * @return the exception to throw
     */
    public ReadException exceeded(String source, String name, String what) {
        int i = names().indexOf(name);
        long limit = i < 0 ? -1 : v[i];
        return new ReadException(source, what + ", over the " + name + " limit of " + limit
                + " (raise it with Limits.with" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + " or the command line's --limit " + name + "=N)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Limits l && java.util.Arrays.equals(v, l.v);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(v);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Limits[");
        for (int i = 0; i < NAMES.length; i++) {
            b.append(i == 0 ? "" : ", ").append(NAMES[i]).append('=').append(v[i]);
        }
        return b.append(']').toString();
    }
}
