package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrLayout;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * hOCR (HTML whose elements carry OCR classes and a {@code title} with their boxes), as Tesseract,
 * OCRopus, Kraken and other engines print it: every {@code ocrx_word} (or {@code ocr_word}) with
 * {@code title="bbox x0 y0 x1 y1; x_wconf N"}, in the {@code ocr_page} it is in (pages numbered in
 * document order, or by {@code ppageno} when given) and the line it is in (the nearest
 * {@code ocr_line}, {@code ocrx_line}, {@code ocr_textfloat}, {@code ocr_header} or
 * {@code ocr_caption}). The words are laid out by the geometry layer ({@link OcrLayout}).
 */
final class HocrReader {
    /** The title's expressions, compiled when an hOCR page is read (detection asks {@link #looksLikeHocr} of every HTML text). */
    private static final class Titles {
        static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)");
        static final Pattern CONF = Pattern.compile("x_wconf\\s+(-?\\d+(?:\\.\\d+)?)");
        static final Pattern PAGENO = Pattern.compile("ppageno\\s+(\\d+)");
    }

    private HocrReader() {
    }

    /** Whether an HTML text is hOCR (it has OCR word or page elements). */
    static boolean looksLikeHocr(String text, int head) {
        return Detector.containsIgnoreCase(text, head, "ocrx_word") || Detector.containsIgnoreCase(text, head, "'ocr_page'")
                || Detector.containsIgnoreCase(text, head, "\"ocr_page\"")
                || Detector.containsIgnoreCase(text, head, "ocr-capabilities");
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
        org.jsoup.nodes.Document html = Jsoup.parse(text);
        List<OcrWord> words = new ArrayList<>();
        Map<Element, Integer> lineIds = new IdentityHashMap<>();
        int pageNo = 0;
        Map<Integer, Float> widths = new java.util.HashMap<>();
        List<Element> pages = html.select(".ocr_page");
        if (pages.isEmpty()) {
            pages = List.of(html.body());
        }
        for (Element page : pages) {
            pageNo++;
            Matcher pn = Titles.PAGENO.matcher(page.attr("title"));
            int p = pn.find() ? Integer.parseInt(pn.group(1)) + 1 : pageNo;
            Matcher pb = Titles.BBOX.matcher(page.attr("title"));
            if (pb.find()) {
                widths.put(p, Float.parseFloat(pb.group(3)) - Float.parseFloat(pb.group(1)));
            }
            for (Element w : page.select(".ocrx_word, .ocr_word, .ocr_separator")) {
                // a separator is a rule the engine found on the page: a word with blank text
                String t = w.hasClass("ocr_separator") ? "" : w.text().strip();
                Matcher b = Titles.BBOX.matcher(w.attr("title"));
                if (t.isEmpty() && !w.hasClass("ocr_separator") || !b.find()) {
                    continue;
                }
                float x0 = Float.parseFloat(b.group(1));
                float y0 = Float.parseFloat(b.group(2));
                float x1 = Float.parseFloat(b.group(3));
                float y1 = Float.parseFloat(b.group(4));
                Matcher c = Titles.CONF.matcher(w.attr("title"));
                float conf = c.find() ? Float.parseFloat(c.group(1)) : Float.NaN;
                Element line = w;
                while (line != null && !line.hasClass("ocr_line") && !line.hasClass("ocrx_line") && !line.hasClass("ocr_textfloat")
                        && !line.hasClass("ocr_header") && !line.hasClass("ocr_caption")) {
                    line = line.parent();
                }
                int id = lineIds.computeIfAbsent(line == null ? w : line, k -> lineIds.size());
                words.add(new OcrWord(new Glyph(t, x0, y0, x1 - x0, y1 - y0, 0f, conf), p, id));
            }
        }
        if (words.stream().allMatch(w -> w.box().getText().isBlank())) {
            throw new ReadException(source, "hOCR without a word with a bounding box (the engine read no text)");
        }
        PageImages images = PageImages.beside(beside, widths);
        // without the page image the rows are the engine's lines laid out by position (Document#cellsUnseen)
        return new Document(source, OcrPages.rows(words, images, limits, source), false, java.util.Map.of(), images == null);
    }
}
