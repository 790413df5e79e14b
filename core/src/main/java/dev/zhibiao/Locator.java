package dev.zhibiao;

import org.jspecify.annotations.Nullable;

/**
 * Where something sits in its source document: a 1-based line (and column) in text renderings, a
 * 1-based page in PDFs. Unknown parts are null.
 *
 * @param line   1-based line, or null
 * @param column 1-based column (character offset in the line) or cell index, or null
 * @param page   1-based page, or null
 */
public record Locator(@Nullable Integer line, @Nullable Integer column, @Nullable Integer page) {

    /** Nothing known. */
    public static final Locator UNKNOWN = new Locator(null, null, null);

    /**
     * @param line 1-based line
     * @return a locator for a text line
     */
    public static Locator line(int line) {
        return new Locator(line, null, null);
    }

    /**
     * @param page 1-based page
     * @return a locator for a PDF page
     */
    public static Locator page(int page) {
        return new Locator(null, null, page);
    }

    /** @return {@code "line 12:3"}, {@code "page 2"}, ... */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (page != null) {
            b.append("page ").append(page);
        }
        if (line != null) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("line ").append(line);
            if (column != null) {
                b.append(':').append(column);
            }
        } else if (column != null) {
            b.append(b.length() > 0 ? ", " : "").append("cell ").append(column);
        }
        return b.length() == 0 ? "unknown position" : b.toString();
    }
}
