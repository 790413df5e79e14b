package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The copies the text readers no longer make (alloc20): equal cell texts of a document are one string, and the
 * scans that replace a copy answer as the copy did.
 */
class TextCopiesTest {
    @Test
    void equalCellTextsOfADocumentAreOneString() {
        Document d = TsvReader.read("产出指标\t数量指标\t≥ 5\n产出指标\t质量指标\t 产出指标 \n", "t.tsv");
        List<Row> rows = d.rows();
        assertSame(rows.get(0).cells().get(0).text(), rows.get(1).cells().get(0).text());
        assertSame(rows.get(0).cells().get(0).text(), rows.get(1).cells().get(2).text()); // stripped first
        assertEquals("≥ 5", rows.get(0).cells().get(2).text());
        // another document makes its own
        Document e = TsvReader.read("产出指标\t数量指标\n", "u.tsv");
        assertNotSame(rows.get(0).cells().get(0).text(), e.rows().get(0).cells().get(0).text());
    }

    @Test
    void equalHtmlCellTextsOfADocumentAreOneString() throws Exception {
        Document d = HtmlReader.read("<table><tr><td>产出指标</td><td> 数量<br>指标 </td></tr>"
                + "<tr><td><b>产出</b>指标</td><td>数量<br>指标</td></tr></table>", "t.html");
        List<Row> rows = d.rows();
        assertEquals("产出指标", rows.get(0).cells().get(0).text());
        assertEquals("数量\n指标", rows.get(0).cells().get(1).text());
        assertSame(rows.get(0).cells().get(0).text(), rows.get(1).cells().get(0).text());
        assertSame(rows.get(0).cells().get(1).text(), rows.get(1).cells().get(1).text());
    }

    @Test
    void sharedTextsAreWhatACopyGives() {
        Random r = new Random(2020);
        String alphabet = "ab 指标\t\u3000\u00A0x";
        Lines.Texts texts = new Lines.Texts();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9), k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            int from = r.nextInt(s.length() + 1);
            int to = from + r.nextInt(s.length() - from + 1);
            assertEquals(s.substring(from, to).strip(), texts.stripped(s, from, to), s);
            assertEquals(s, texts.of(b), s);
        }
    }

    @Test
    void detectionsWordSearchAnswersAsTheLowerCasedHead() {
        Random r = new Random(2021);
        String[] words = {"<table", "<html", "<td", "xhtml", "ocrx_word", "'ocr_page'", "\"ocr_page\"", "ocr-capabilities",
            "<!doctype html", "<?xml", "<"};
        String alphabet = "<>!?'\"-_ acdehilmoprstwxyACDEHILMOPRSTWXYK\u212A\u0130\u0131\u017F指标";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(40), k = 0; k < n; k++) {
                if (r.nextInt(8) == 0) {
                    String w = words[r.nextInt(words.length)];
                    b.append(r.nextBoolean() ? w : w.toUpperCase(Locale.ROOT));
                } else {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            String s = b.toString();
            int limit = r.nextInt(s.length() + 1);
            String lower = s.substring(0, limit).toLowerCase(Locale.ROOT);
            int at = 0; // where detection asks startsWith: past the leading white space (no character there lower-cases to two)
            while (at < limit && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            for (String w : words) {
                assertEquals(lower.contains(w), Detector.containsIgnoreCase(s, limit, w), s + " / " + w);
                assertEquals(lower.startsWith(w, at), Detector.startsWithIgnoreCase(s, limit, at, w), s + " / " + w);
            }
        }
    }
}
