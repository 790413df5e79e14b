package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.ReadException;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A row of an HTML page carries the line its text is on, counted from where the text starts in the page
 * (speed30): jsoup's own line numbers are one too many for some texts that start with a line break once
 * its reading buffer has been refilled, so the reader does not take them. Checked on long pages built by
 * {@link HtmlTree} and on the same pages with a tag it does not know, which jsoup parses.
 */
class HtmlTrueLinesTest {
    /** A long page: prose lines, some texts starting with a line break, tables between them. */
    private static String page(Random r, boolean jsoupOnly) {
        StringBuilder b = new StringBuilder("<html><head></head><body>\n");
        for (int i = 0; b.length() < 30_000; i++) {
            switch (r.nextInt(4)) {
                case 0 -> b.append("<p>段落").append(i).append("</p>\n");
                case 1 -> b.append("<div>\n说明").append(i).append("</div>\n");
                case 2 -> b.append("<br>\n文字").append(i).append(r.nextBoolean() ? "\n" : "");
                default -> b.append("<table>\n<tr><td>指标").append(i).append("</td><td>≥").append(i)
                        .append("%</td></tr>\n</table>\n");
            }
            if (jsoupOnly && i == 3) {
                b.append("<p><a>x</a></p>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    @Test
    void rowsCarryTheLineTheirTextIsOn() throws ReadException {
        Random r = new Random(3001);
        int rows = 0;
        int jsoupOff = 0;
        for (int p = 0; p < 12; p++) {
            boolean jsoupOnly = p % 2 == 1;
            String src = page(r, jsoupOnly);
            assertEquals(jsoupOnly, HtmlTree.parse(src) == null, "page " + p + " built by HtmlTree: " + !jsoupOnly);
            String[] lines = src.split("\n", -1);
            Document d = HtmlReader.read(src, "long.html");
            for (Row row : d.rows()) {
                String first = row.cells().stream().map(Cell::text).filter(t -> !t.isBlank()).findFirst().orElse("");
                if (first.isEmpty() || row.at().line() == null) {
                    continue;
                }
                int line = row.at().line();
                assertTrue(lines[line - 1].contains(first.strip()),
                        "page " + p + ": row " + first + " at line " + line + ", which is: " + lines[line - 1]);
                rows++;
            }
            jsoupOff += offByJsoup(src);
        }
        assertTrue(rows > 3_000, "rows checked: " + rows);
        assertTrue(jsoupOff > 0, "pages where jsoup's line numbers of texts starting with a line break are off: "
                + jsoupOff);
    }

    /** How many texts starting with a line break jsoup gives a line other than their start's. */
    private static int offByJsoup(String src) {
        int off = 0;
        org.jsoup.nodes.Document d = Jsoup.parse(src, "", Parser.htmlParser().setTrackPosition(true));
        for (TextNode t : d.body().textNodes()) {
            int pos = t.sourceRange().start().pos();
            int line = (int) src.substring(0, pos).chars().filter(c -> c == '\n').count() + 1;
            off += t.sourceRange().start().lineNumber() != line ? 1 : 0;
        }
        for (var e : d.body().getAllElements()) {
            for (TextNode t : e.textNodes()) {
                int pos = t.sourceRange().start().pos();
                int line = (int) src.substring(0, pos).chars().filter(c -> c == '\n').count() + 1;
                off += t.sourceRange().start().lineNumber() != line ? 1 : 0;
            }
        }
        return off;
    }

    @Test
    void theLineOfAStartIsCountedFromTheLineBreaksBeforeIt() {
        HtmlLined.Starts s = new HtmlLined.Starts("a\nbc\n\nd");
        org.jsoup.nodes.Document d = Jsoup.parse("a\nbc\n\nd", "", Parser.htmlParser().setTrackPosition(true));
        assertEquals(List.of(1), List.of(s.lineOf(d.body().textNodes().get(0))));
        assertEquals(-1, s.lineOf(new TextNode("x")), "a node with no start has no line");
    }
}
