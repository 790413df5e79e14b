package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlPipeTables#pipeTablesToHtml} over line bounds, with cells appended from the line
 * (speed29), gives what the version over {@code split("\n", -1)} with a list of cells per line gave
 * (kept here as written before), on random texts over the characters that matter.
 */
class HtmlPipeTablesScanTest {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final String[] PIECES = {"|", "|", "|", " ", "\n", "\n", "-", "--", ":", ":::", "# ", "## ", "\\", "\\|",
        "[参保]{lang=\"zh\"}", "**重**", "__x__", "*", "_", "[", "]{", "}", "<td>", "指标", "a", "\t", "\u3000", "1"};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max), i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The conversion as it was before speed29. */
    private static String before(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            String st = l.strip();
            if (st.length() > 1 && st.charAt(0) == '|' && st.charAt(st.length() - 1) == '|') {
                if (!open) {
                    out.append("<table>");
                    open = true;
                }
                if (!MarkdownReader.isDelimiter(l)) {
                    out.append("<tr>");
                    for (String cell : HtmlPipeTables.pipeCells(l.strip())) {
                        out.append("<td>").append(MarkdownReader.markup(cell)).append("</td>");
                    }
                    out.append("</tr>");
                }
            } else {
                if (open) {
                    out.append("</table>");
                    open = false;
                }
                String x = l.strip();
                if (x.startsWith(":::") || x.isEmpty()) {
                    out.append("<br>");
                } else {
                    out.append(MarkdownReader.markup(x.startsWith("#") ? HEADING.matcher(x).replaceFirst("") : x));
                }
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        if (open) {
            out.append("</table>");
        }
        return out.toString();
    }

    @Test
    void linesOverBoundsGiveWhatTheSplitGave() {
        Random r = new Random(2929);
        int converted = 0;
        for (int i = 0; i < 100_000; i++) {
            // two pipe lines at least, so that the conversion runs
            String s = "|a|b|\n|--|--|\n" + random(r, 30);
            String now = HtmlPipeTables.pipeTablesToHtml(s);
            converted += now.equals(s) ? 0 : 1;
            assertEquals(before(s), now, s);
        }
        assertTrue(converted == 100_000, "every text converted: " + converted);
    }
}
