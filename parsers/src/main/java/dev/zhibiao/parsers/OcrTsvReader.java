package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrLayout;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tesseract's TSV output ({@code tesseract IMAGE OUT tsv}): a heading line naming the columns
 * {@code level page_num block_num par_num line_num word_num left top width height conf text}, then
 * one line per page, block, paragraph, line and word. The words (level 5, non-blank text) with
 * their boxes and confidences are laid out by the geometry layer ({@link OcrLayout}); a word's
 * line is its (block, paragraph, line) numbers. Columns are found by name, so an engine that
 * prints the same columns in another order reads too. Locators carry the page and the column.
 */
final class OcrTsvReader {
    private static final String[] NEEDED = {"level", "page_num", "block_num", "par_num", "line_num", "left", "top", "width",
        "height", "conf", "text"};

    private OcrTsvReader() {
    }

    /** Whether the text starts with the heading line of Tesseract's TSV. */
    static boolean looksLikeOcrTsv(String text) {
        int nl = text.indexOf('\n');
        String head = (nl < 0 ? text : text.substring(0, nl)).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("level\tpage_num\tblock_num") || head.contains("\tword_num\t") && head.contains("\tconf\t")
                && head.contains("\ttext");
    }

    static Document read(String text, String source) throws ReadException {
        return read(text, source, null, dev.zhibiao.read.Limits.defaults());
    }

    /**
     * @param beside the file the text was read from, to find the page images next to it
     *               ({@link PageImages}), or null
     */
    static Document read(String text, String source, java.nio.file.Path beside, dev.zhibiao.read.Limits limits)
            throws ReadException {
        String[] lines = text.split("\r?\n");
        Map<String, Integer> col = new HashMap<>();
        String[] head = lines[0].strip().split("\t");
        for (int i = 0; i < head.length; i++) {
            col.put(head[i].strip().toLowerCase(Locale.ROOT), i);
        }
        for (String n : NEEDED) {
            if (!col.containsKey(n)) {
                throw new ReadException(source, "OCR word boxes (TSV) without a " + n + " column");
            }
        }
        List<OcrWord> words = new ArrayList<>();
        Map<String, Integer> lineIds = new HashMap<>();
        Map<Integer, Float> widths = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            if (f.length >= head.length - 1 && f[col.get("level")].strip().equals("1")) {
                // a page: its size in the engine's pixels
                try {
                    widths.put(Integer.parseInt(f[col.get("page_num")].strip()), num(f, col, "width"));
                } catch (NumberFormatException e) {
                    // no page width: the image is taken at its own size
                }
            }
            if (f.length < head.length - 1 || !f[col.get("level")].strip().equals("5")) {
                continue;
            }
            // a word with blank text is a rule the engine found on the page
            String t = col.get("text") < f.length ? f[col.get("text")] : "";
            try {
                int page = Integer.parseInt(f[col.get("page_num")].strip());
                String key = page + "/" + f[col.get("block_num")].strip() + "/" + f[col.get("par_num")].strip() + "/"
                        + f[col.get("line_num")].strip();
                int line = lineIds.computeIfAbsent(key, k -> lineIds.size());
                float conf = Float.parseFloat(f[col.get("conf")].strip());
                words.add(new OcrWord(new Glyph(t.strip(), num(f, col, "left"), num(f, col, "top"), num(f, col, "width"),
                        num(f, col, "height"), 0f, conf < 0 ? Float.NaN : conf), page, line));
            } catch (NumberFormatException e) {
                throw new ReadException(source, "line " + (i + 1) + " of the OCR word boxes has a field that is not a number");
            }
        }
        if (words.stream().allMatch(w -> w.box().getText().isBlank())) {
            throw new ReadException(source, "OCR word boxes (TSV) without a word (the engine read no text)");
        }
        PageImages images = PageImages.beside(beside, widths);
        // without the page image the rows are the engine's lines laid out by position (Document#cellsUnseen)
        return new Document(source, OcrPages.rows(words, images, limits, source), false, java.util.Map.of(), images == null);
    }

    private static float num(String[] f, Map<String, Integer> col, String name) {
        return Float.parseFloat(f[col.get(name)].strip());
    }
}
