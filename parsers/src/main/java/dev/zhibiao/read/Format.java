package dev.zhibiao.read;

/**
 * A rendering of a document. {@link #AUTO} (the default) detects the rendering from the content;
 * a file's extension is only a hint.
 */
public enum Format {
    /** Detect from content. */
    AUTO,
    /** Markdown pipe tables ({@code | a | b |}) with prose lines between them. */
    MARKDOWN,
    /** Tab-separated text: one table row per line, cells split on tabs. */
    TSV,
    /** A Word export with one cell per line and rows separated by blank lines. */
    CELL_PER_LINE,
    /** {@code pdftotext} output without {@code -layout}: text in flow order. */
    PDFTOTEXT,
    /** HTML tables (rowspan and colspan expanded). */
    HTML,
    /** PDF (ruled tables via tabula-java, text positions otherwise). */
    PDF;

    /**
     * Reads a format name case-insensitively ({@code "markdown"}, {@code "tsv"},
     * {@code "cell-per-line"}...).
     *
     * @param name a format name
     * @return the format
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Format of(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Format f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        if (n.equals("MD")) {
            return MARKDOWN;
        }
        if (n.equals("TAB") || n.equals("TEXT")) {
            return TSV;
        }
        throw new IllegalArgumentException("unknown format \"" + name
                + "\" (one of auto, markdown, tsv, cell-per-line, pdftotext, html, pdf)");
    }
}
