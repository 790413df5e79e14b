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
    /**
     * Comma-separated values, as a spreadsheet program saves a sheet (RFC 4180: quoted cells may
     * hold commas, quotes and line breaks); read like {@link #TSV}.
     */
    CSV,
    /** A Word export with one cell per line and rows separated by blank lines. */
    CELL_PER_LINE,
    /**
     * Cells separated by spaces only: a spreadsheet pasted as text, {@code pdftotext -layout}, the
     * plain text of an OCR engine, a table flattened into one long line.
     */
    SPACED,
    /** {@code pdftotext} output without {@code -layout}: text in flow order. */
    PDFTOTEXT,
    /** HTML tables (rowspan and colspan expanded). */
    HTML,
    /**
     * PDF (ruled tables via tabula-java, text positions otherwise). A searchable PDF (a page image
     * under the invisible text layer an OCR engine wrote) is read from its text layer, laid out as
     * OCR word boxes are.
     */
    PDF,
    /**
     * Tesseract's TSV word boxes ({@code level page_num block_num par_num line_num word_num left
     * top width height conf text}): words laid out into rows by their boxes; cells carry the
     * engine's confidence. Locators: {@code page} and {@code column}.
     */
    OCR_TSV,
    /**
     * hOCR (HTML with {@code ocr_page}, {@code ocr_line} and {@code ocrx_word} elements whose
     * {@code title} gives {@code bbox} and {@code x_wconf}), as Tesseract and other OCR engines
     * print it: read like {@link #OCR_TSV}.
     */
    HOCR,
    /**
     * The JSON of an OCR engine or service that boxes text lines: PaddleOCR, RapidOCR, Umi-OCR,
     * Baidu, Tencent and Aliyun OCR (a text with four corners or left/top/width/height, and a
     * score): each line's characters laid along its box and read like {@link #OCR_TSV}.
     */
    OCR_JSON,
    /**
     * The plain text an OCR engine prints for pages of ruled tables (Tesseract's {@code txt}): pages
     * split by form feeds, cells cut at runs of spaces and at the table's rules read as {@code |};
     * cells are marked as read by an engine, so core repairs its misreadings. Locators: {@code line},
     * {@code column} (the piece of the line) and {@code page}.
     */
    OCR_TEXT,
    /**
     * A Word document (.docx, WordprocessingML): paragraphs outside tables are prose, every table
     * row a row (spans and vertical merges as empty cells). Locators: {@code line} is the 1-based
     * index of the block (a paragraph outside tables or a table row) in body order, {@code column}
     * the cell index. Text boxes, headers and footers are not read.
     */
    DOCX,
    /**
     * An Excel workbook (.xlsx, SpreadsheetML): every worksheet in workbook order, one table row
     * per spreadsheet row that holds text, cells from column A on (merged ranges as empty cells,
     * numbers as printed). Locators: {@code line} is the 1-based spreadsheet row number,
     * {@code column} the 1-based column, {@code page} the 1-based worksheet index.
     */
    XLSX,
    /**
     * A page image (PNG, JPEG, TIFF: a scan or a photograph of a sheet), read by OCR (the
     * {@code tesseract} command): ruled tables are found on the image and read cell by cell.
     * Locators: {@code page} is the 1-based frame, {@code column} the cell index.
     */
    IMAGE;

    /**
     * The file extensions (lower case, without the dot) read when a folder is read, by the command line's
     * {@code extract DIR} and the Spark source alike: every rendering the library reads, and the legacy
     * Office files ({@code doc}, {@code xls}) it refuses with a message saying what to do, so that a batch
     * reports them rather than skips them. Image files are not among them (each costs an OCR run: they are
     * read when named); a {@code .json} file is read when it is an OCR engine's JSON, by its head.
     *
     * @return an immutable set
     */
    public static java.util.Set<String> folderExtensions() {
        return FOLDER_EXTENSIONS;
    }

    private static final java.util.Set<String> FOLDER_EXTENSIONS = java.util.Set.of("md", "markdown", "txt", "text",
            "tsv", "tab", "csv", "htm", "html", "xhtml", "mht", "mhtml", "hocr", "pdf", "docx", "xlsx", "doc", "xls");

    /**
     * Reads a format name case-insensitively ({@code "markdown"}, {@code "tsv"},
     * {@code "cell-per-line"}, {@code "docx"}, {@code "xlsx"}...).
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
        if (n.equals("WORD")) {
            return DOCX;
        }
        if (n.equals("EXCEL")) {
            return XLSX;
        }
        if (n.equals("PNG") || n.equals("JPEG") || n.equals("JPG") || n.equals("TIFF") || n.equals("SCAN")) {
            return IMAGE;
        }
        if (n.equals("MD")) {
            return MARKDOWN;
        }
        if (n.equals("PADDLEOCR") || n.equals("PADDLE")) {
            return OCR_JSON;
        }
        if (n.equals("OCR") || n.equals("OCR_TXT")) {
            return OCR_TEXT;
        }
        if (n.equals("LAYOUT") || n.equals("SPACES")) {
            return SPACED;
        }
        if (n.equals("TAB") || n.equals("TEXT")) {
            return TSV;
        }
        throw new IllegalArgumentException("unknown format \"" + name
                + "\" (one of auto, markdown, tsv, csv, cell-per-line, spaced, pdftotext, html, pdf, ocr-tsv, hocr, ocr-json, ocr-text, docx, xlsx, image)");
    }
}
