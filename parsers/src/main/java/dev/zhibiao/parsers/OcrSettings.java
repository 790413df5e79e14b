package dev.zhibiao.parsers;

import java.util.Objects;

/**
 * How pages that are images (an image-only PDF page, a PNG, JPEG or TIFF file) are read: with the
 * {@code tesseract} command, run as a subprocess.
 *
 * @param enabled  false to refuse images instead of reading them
 * @param command  the engine's command ({@code tesseract}, or a path to it)
 * @param language the engine's language(s), as tesseract spells them ({@code chi_sim}, {@code chi_sim+eng})
 * @param dpi      the resolution PDF pages are rendered at before OCR (72 to 1200)
 * @param mode     {@link Mode#CELLS} to OCR each table cell on its own, {@link Mode#PAGE} to OCR the
 *                 whole page once and place each word into the cell that holds it
 * @param beside   the file an OCR engine's output (TSV, hOCR) is read from, so that its page image
 *                 is looked for next to it ({@code NAME.png}, {@code .jpg}, {@code .tif}, or the
 *                 searchable {@code NAME.pdf}); null when read from bytes
 * @param redo     true to read a searchable scan's pages (an invisible OCR text layer over a
 *                 page-sized image, as a scanner's software writes it) from their images (at the
 *                 images' own resolution, not {@code dpi}) with the
 *                 engine, setting the text layer aside; false (the default) to read the text layer.
 *                 Pages with visible text are never read by OCR. Needs {@code enabled}.
 */
public record OcrSettings(boolean enabled, String command, String language, int dpi, Mode mode, java.nio.file.Path beside,
                          boolean redo) {
    /** The defaults: enabled, {@code tesseract}, {@code chi_sim}, 300 dpi, cell by cell, text layers read as they are. */
    public static final OcrSettings DEFAULT = new OcrSettings(true, "tesseract", "chi_sim", 300, Mode.CELLS);

    /** Settings for output read from bytes (no file to look beside), text layers read as they are. */
    public OcrSettings(boolean enabled, String command, String language, int dpi, Mode mode) {
        this(enabled, command, language, dpi, mode, null, false);
    }

    /** Settings reading OCR output from {@code beside}, text layers read as they are. */
    public OcrSettings(boolean enabled, String command, String language, int dpi, Mode mode, java.nio.file.Path beside) {
        this(enabled, command, language, dpi, mode, beside, false);
    }

    /** How the engine is asked to read a page with ruled tables. */
    public enum Mode {
        /** Each cell's crop read alone (a line or a block), text outside the tables line by line. */
        CELLS,
        /** The whole page read at once; words placed into the cells found on the image. */
        PAGE
    }

    /** Checks the values. */
    public OcrSettings {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(mode, "mode");
        if (command.isBlank()) {
            throw new IllegalArgumentException("OCR command is empty");
        }
        if (!language.matches("[A-Za-z0-9_+-]+")) {
            throw new IllegalArgumentException("OCR language \"" + language + "\" is not a tesseract language name (chi_sim, chi_sim+eng)");
        }
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("OCR dpi " + dpi + " is outside 72..1200");
        }
    }

    /** @return these settings with OCR on or off */
    public OcrSettings enabled(boolean on) {
        return new OcrSettings(on, command, language, dpi, mode, beside, redo);
    }

    /** @return these settings with another engine command */
    public OcrSettings command(String c) {
        return new OcrSettings(enabled, c, language, dpi, mode, beside, redo);
    }

    /** @return these settings with another language */
    public OcrSettings language(String l) {
        return new OcrSettings(enabled, command, l, dpi, mode, beside, redo);
    }

    /** @return these settings with another rendering resolution */
    public OcrSettings dpi(int d) {
        return new OcrSettings(enabled, command, language, d, mode, beside, redo);
    }

    /** @return these settings with another mode */
    public OcrSettings mode(Mode m) {
        return new OcrSettings(enabled, command, language, dpi, m, beside, redo);
    }

    /** @return these settings reading OCR output from {@code file} (its page image looked for beside it) */
    public OcrSettings beside(java.nio.file.Path file) {
        return new OcrSettings(enabled, command, language, dpi, mode, file, redo);
    }

    /** @return these settings reading searchable scans' page images by OCR ({@code true}) or their text layers */
    public OcrSettings redo(boolean on) {
        return new OcrSettings(enabled, command, language, dpi, mode, beside, on);
    }
}
