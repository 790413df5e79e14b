package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * The words sheets of these kinds print (绩效, 指标, the titles, the indicator heading words, the category, header and
 * money labels), folded once: whether a text holds one, and how many it holds (moved out of {@link Vocabulary}, which
 * still answers both).
 */
final class SheetWords {
    private SheetWords() {
    }

    /**
     * Whether a text holds a word sheets of these kinds print ({@link #sheetWordCount}'s words, folded:
     * 績效 is 绩效). A page of OCR text holding none was most likely read upside down or on its side (or
     * is no sheet at all); the first row holding one is where a document-wide note goes.
     *
     * @param printed a cell's text as printed
     * @return true when one of those words is in it
     */
    public static boolean printsSheetWords(String printed) {
        if (printed == null || printed.isEmpty()) {
            return false;
        }
        String k = Text.key(printed);
        for (String w : Keys.KEYS) {
            if (k.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many times the words sheets print stand in a text, folded ({@link Text#key}: traditional
     * characters to simplified): 绩效, 指标, the sheet titles, the indicator table's heading words, the
     * category labels and the header and money labels. Tells a text from the same bytes decoded in
     * the wrong encoding (whose characters are no such words).
     *
     * @param text a document's text (or its start)
     * @return the count, overlapping words counted each
     */
    public static int sheetWordCount(String text) {
        String k = Text.key(text);
        int n = 0;
        for (String kw : Keys.KEYS) {
            for (int i = k.indexOf(kw); i >= 0; i = k.indexOf(kw, i + kw.length())) {
                n++;
            }
        }
        return n;
    }

    /** The words sheets print, folded once (a holder: the lists are declared below, and read when first asked). */
    private static final class Keys {
        static final List<String> KEYS;

        static {
            List<String> keys = new java.util.ArrayList<>();
            for (List<String> words : List.of(List.of("绩效", "指标"), DocumentWords.SHEET_TITLES, Vocabulary.TABLE_HEADING_WORDS,
                    List.copyOf(Vocabulary.CATEGORIES.keySet()), Vocabulary.HEADER_LINE_LABELS,
                    Vocabulary.FUNDING_LINE_LABELS)) {
                for (String w : words) {
                    String kw = Text.key(w);
                    if (!kw.isEmpty()) {
                        keys.add(kw);
                    }
                }
            }
            KEYS = List.copyOf(keys);
        }
    }
}
