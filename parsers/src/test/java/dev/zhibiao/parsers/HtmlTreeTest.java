package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Where {@link HtmlTree} builds a page's tree, it is the tree jsoup's parser builds: the same nodes,
 * names, attributes, texts and data, and the same start offset of every node (speed29; lines are counted
 * from the offsets, {@link HtmlLined.Starts}, for its nodes and jsoup's alike: speed30). Checked
 * on the corpus's HTML and markdown pages and on random pages over the tags it knows and some it does not.
 */
class HtmlTreeTest {
    private static org.jsoup.nodes.Document jsoup(String src) {
        return Jsoup.parse(src, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** @return how many nodes' starts were compared */
    private static int assertSameTree(Node fast, Node slow, String where) {
        return assertSameTree(fast, slow, () -> where);
    }

    /** The message is made only when an assertion fails: a page's whole source in every node's message was quadratic. */
    private static int assertSameTree(Node fast, Node slow, Supplier<String> where) {
        assertEquals(slow.getClass().getSimpleName().replace("Document", "Doc"),
                fast.getClass().getSimpleName().replace("LinedElement", "Element").replace("LinedText", "TextNode")
                        .replace("Document", "Doc"), () -> where.get() + ": node kind");
        int sure = 0;
        if (fast instanceof HtmlLined.Lined lined) {
            assertEquals(slow.sourceRange().start().pos(), lined.start(), () -> where.get() + ": start");
            sure++;
        }
        if (slow instanceof Element se && fast instanceof Element fe) {
            assertEquals(se.normalName(), fe.normalName(), () -> where.get() + ": name");
            List<String> sa = new ArrayList<>();
            for (Attribute a : se.attributes()) {
                sa.add(a.getKey() + "=" + se.attr(a.getKey()));
            }
            List<String> fa = new ArrayList<>();
            for (Attribute a : fe.attributes()) {
                fa.add(a.getKey() + "=" + fe.attr(a.getKey()));
            }
            assertEquals(sa, fa, () -> where.get() + ": attributes of " + se.normalName());
        } else if (slow instanceof TextNode st) {
            assertEquals(st.getWholeText(), ((TextNode) fast).getWholeText(), () -> where.get() + ": text");
        } else if (slow instanceof DataNode sd) {
            assertEquals(sd.getWholeData(), ((DataNode) fast).getWholeData(), () -> where.get() + ": data");
        }
        assertEquals(slow.childNodeSize(), fast.childNodeSize(), () -> where.get() + ": children of " + slow.nodeName());
        for (int i = 0; i < slow.childNodeSize(); i++) {
            int k = i;
            sure += assertSameTree(fast.childNode(i), slow.childNode(i),
                    () -> where.get() + "/" + slow.nodeName() + "[" + k + "]");
        }
        return sure;
    }

    @Test
    void corpusPagesBuildAsJsoupBuildsThem() throws IOException {
        Path corpus = Path.of("../fixtures/corpus");
        List<Path> pages = new ArrayList<>();
        for (String set : List.of("html", "markdown", "disclosures/html", "disclosures-fresh/html", "disclosures-t91/html")) {
            Path dir = corpus.resolve(set);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(Files::isRegularFile).sorted().forEach(pages::add);
                }
            }
        }
        int built = 0;
        int htmlSet = 0;
        int lines = 0;
        for (Path p : pages) {
            String src = HtmlPipeTables.pipeTablesToHtml(Lines.normalize(Files.readString(p, StandardCharsets.UTF_8)));
            org.jsoup.nodes.Document fast = HtmlTree.parse(src);
            if (fast != null) {
                built++;
                htmlSet += p.getParent().getFileName().toString().equals("html") && p.toString().contains("corpus/html/") ? 1 : 0;
                lines += assertSameTree(fast, jsoup(src), p.toString());
            }
        }
        assertTrue(pages.isEmpty() || htmlSet == 8, "every page of the html set is plain table HTML: " + htmlSet);
        assertTrue(pages.isEmpty() || lines > 1000, "lines compared: " + lines);
        assertTrue(pages.isEmpty() || built >= 60, "pages built: " + built);
        System.out.println("HtmlTreeTest: " + built + " of " + pages.size() + " corpus pages built, " + lines
                + " starts compared");
    }

    private static final String[] PIECES = {"<p>", "</p>", "<div>", "</div>", "<span style=\"x:y\">", "</span>", "<b>",
        "</b>", "<br>", "<br />", "<h2>", "</h2>", "<table>", "</table>", "<tbody>", "</tbody>", "<tr>", "</tr>", "<td>",
        "</td>", "<th colspan=2>", "</th>", "<td rowspan='3' hidden>", "<caption>", "</caption>", "<colgroup>",
        "<col />", "</colgroup>", "<thead>", "</thead>", "<center>", "</center>", "<font face=x>", "</font>", "<a>",
        "</a>", "<li>", "<img src=x>", "<!-- c -->", "<td STYLE=\"display:none\" Class=k>", "<P>", "</P>", "<TD>",
        "</td >", "<span\nclass=\"s\">", "<style>td{display:table-cell}</style>", "<title>t&amp;</title>",
        "<meta charset=utf-8>", "<body>", "</body>", "<html>", "</html>", "<head>", "</head>", "<pre>", "<!DOCTYPE html>",
        "文本", "指标 1", " ", " ", "\n", "\n", "  \n  ", "&nbsp;", "&lt;", "&amp;", "&#8451;", "&#x4e00;", "&copy;", "&",
        "<5%", "a<b", "x", "\t", "<td colspan=\"2\"\n>", "<p align=center>", "<sub>", "</sub>", "<strong>", "</strong>"};

    private static String shell(Random r, String body) {
        return switch (r.nextInt(4)) {
            case 0 -> body;
            case 1 -> "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">\n<title>t</title>\n<style>p{}</style>\n</head><body>\n"
                    + body + "\n</body>\n</html>\n";
            case 2 -> "<html>\n<head></head>\n<body class=b>" + body + "</body></html>";
            default -> "## 标题\n\n" + body + "\n";
        };
    }

    private static String table(Random r) {
        StringBuilder b = new StringBuilder("<table border=\"1\">");
        boolean tbody = r.nextBoolean();
        b.append(tbody ? "\n<tbody>" : "");
        for (int row = r.nextInt(4); row >= 0; row--) {
            b.append(r.nextBoolean() ? "\n" : "").append("<tr>");
            for (int c = r.nextInt(4); c >= 0; c--) {
                b.append(r.nextInt(3) == 0 ? "<td colspan=\"2\">" : "<td>");
                for (int k = r.nextInt(5); k > 0; k--) {
                    b.append(PIECES[r.nextInt(PIECES.length)]);
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        return b.append(tbody ? "</tbody>\n" : "").append("</table>").toString();
    }

    private static final String[] INLINE = {"span", "b", "strong", "font", "sub", "sup", "i", "em", "u"};
    private static final String[] BLOCK = {"p", "div", "h2", "h3", "center"};
    private static final String[] TEXT = {"文本", "指标 1", " ", "\n", "  \n  ", "&nbsp;", "&lt;5%", "&amp;", "&#8451;",
        "a< b", "x& y", "\t", "100", "\n\n目标"};

    /** Content closed where it is opened (most of it plain table HTML), {@code depth} levels at most. */
    private static void flow(Random r, StringBuilder b, int depth, boolean inP) {
        for (int k = r.nextInt(4); k >= 0; k--) {
            int what = r.nextInt(depth <= 0 ? 2 : inP ? 4 : 6); // no block inside a paragraph: jsoup closes it
            String nl = r.nextInt(4) == 0 ? "\n" : "";
            switch (what) {
                case 0 -> b.append(TEXT[r.nextInt(TEXT.length)]);
                case 1 -> b.append(r.nextBoolean() ? "<br>" : "<br />").append(nl);
                case 2, 3 -> {
                    String t = INLINE[r.nextInt(INLINE.length)];
                    b.append('<').append(t).append(r.nextBoolean() ? " style=\"font-size:10pt\"" : "")
                            .append(r.nextInt(8) == 0 ? "\nclass=k" : "").append('>');
                    flow(r, b, depth - 1, inP);
                    b.append("</").append(t).append('>').append(nl);
                }
                case 4 -> {
                    String t = BLOCK[r.nextInt(BLOCK.length)];
                    b.append('<').append(t).append(r.nextBoolean() ? " align=\"center\"" : "").append('>');
                    flow(r, b, depth - 1, inP || t.equals("p"));
                    b.append("</").append(t).append('>').append(nl);
                }
                default -> {
                    b.append("<table").append(r.nextBoolean() ? " border=\"1\"" : "").append('>').append(nl);
                    if (r.nextInt(4) == 0) {
                        b.append("<caption>").append(TEXT[r.nextInt(TEXT.length)]).append("</caption>");
                    }
                    if (r.nextInt(4) == 0) {
                        b.append("<colgroup>\n<col style=\"width: 20%\" />\n<col>\n</colgroup>");
                    }
                    boolean group = r.nextBoolean();
                    b.append(group ? "<tbody>" + nl : "");
                    for (int row = r.nextInt(3); row >= 0; row--) {
                        b.append("<tr>");
                        for (int c = r.nextInt(3); c >= 0; c--) {
                            String cell = r.nextInt(4) == 0 ? "th" : "td";
                            b.append('<').append(cell).append(r.nextInt(3) == 0 ? " colspan=\"2\"" : "")
                                    .append(r.nextInt(5) == 0 ? " rowspan=2" : "").append(r.nextInt(9) == 0 ? "\n" : "").append('>');
                            flow(r, b, depth - 1, false);
                            b.append("</").append(cell).append('>');
                        }
                        b.append("</tr>").append(nl);
                    }
                    b.append(group ? "</tbody>" : "").append("</table>").append(nl);
                }
            }
        }
    }

    @Test
    void wellFormedPagesBuildAsJsoupBuildsThem() {
        Random r = new Random(2930);
        int built = 0;
        int lines = 0;
        for (int i = 0; i < 8_000; i++) {
            StringBuilder body = new StringBuilder();
            flow(r, body, 4, false);
            String src = shell(r, body.toString());
            org.jsoup.nodes.Document fast = HtmlTree.parse(src);
            if (fast != null) {
                built++;
                lines += assertSameTree(fast, jsoup(src), "page " + i + ":\n" + src + "\n");
            }
        }
        assertTrue(built > 4_000, "pages built: " + built);
        assertTrue(lines > 30_000, "lines compared: " + lines);
        System.out.println("HtmlTreeTest: " + built + " of 8000 well-formed pages built, " + lines + " lines compared");
    }

    /**
     * Pages of 20,000 characters and more, where jsoup refills its buffer of 2,048 many times: every node starts
     * where jsoup says, and its line, counted from that start, is the true one, where jsoup's line number is
     * not always (a text that starts with a line break after a refill is given the next line).
     */
    @Test
    void longPagesGiveTrueLines() {
        Random r = new Random(2931);
        int built = 0;
        int lines = 0;
        int jsoupOff = 0;
        for (int i = 0; i < 150; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 20_000) {
                flow(r, body, 4, false);
                body.append(r.nextBoolean() ? "\n" : "").append(TEXT[r.nextInt(TEXT.length)]).append("\n\n正文 ")
                        .append(r.nextInt(1000)).append(r.nextBoolean() ? "\n" : "");
            }
            String src = shell(r, body.toString());
            org.jsoup.nodes.Document fast = HtmlTree.parse(src);
            if (fast != null) {
                built++;
                org.jsoup.nodes.Document slow = jsoup(src);
                lines += assertSameTree(fast, slow, "long page " + i);
                jsoupOff += trueLines(slow, new HtmlLined.Starts(src), src);
            }
        }
        assertTrue(built > 10, "long pages built: " + built);
        assertTrue(lines > 10_000, "starts compared: " + lines);
        assertTrue(jsoupOff > 0, "jsoup's line numbers were all true: " + jsoupOff);
        System.out.println("HtmlTreeTest: " + built + " of 150 long pages built, " + lines + " starts compared, "
                + jsoupOff + " jsoup line numbers off");
    }

    /** @return how many of jsoup's line numbers differ from the true lines {@link HtmlLined.Starts} gives */
    private static int trueLines(Node n, HtmlLined.Starts lines, String src) {
        int off = 0;
        if (!(n instanceof org.jsoup.nodes.Document) && n.sourceRange().isTracked()) {
            int pos = n.sourceRange().start().pos();
            int line = 1;
            for (int i = src.indexOf('\n'); i >= 0 && i < pos; i = src.indexOf('\n', i + 1)) {
                line++;
            }
            assertEquals(line, lines.lineOf(n), "line of the node at " + pos);
            off += n.sourceRange().start().lineNumber() != line ? 1 : 0;
        }
        for (int i = 0; i < n.childNodeSize(); i++) {
            off += trueLines(n.childNode(i), lines, src);
        }
        return off;
    }

    @Test
    void randomPagesBuildAsJsoupBuildsThemOrNotAtAll() {
        Random r = new Random(2929);
        int built = 0;
        int lines = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                body.append(r.nextInt(3) == 0 ? table(r) : PIECES[r.nextInt(PIECES.length)]);
            }
            String src = shell(r, body.toString());
            org.jsoup.nodes.Document fast = HtmlTree.parse(src);
            if (fast != null) {
                built++;
                lines += assertSameTree(fast, jsoup(src), "random page " + i + ":\n" + src + "\n");
            }
        }
        assertTrue(built > 1_000, "pages built: " + built);
        assertTrue(lines > 2_000, "lines compared: " + lines);
        System.out.println("HtmlTreeTest: " + built + " of 40000 random pages built, " + lines + " lines compared");
    }

    @Test
    void whatItDoesNotKnowIsLeftToJsoup() {
        assertNull(HtmlTree.parse("<table><tr><td>a<td>b</table>")); // cells left open
        assertNull(HtmlTree.parse("<p>a<div>b</div></p>")); // a block in an open paragraph
        assertNull(HtmlTree.parse("<table>text<tr><td>a</td></tr></table>")); // text where rows are wanted
        assertNull(HtmlTree.parse("<p>&copy; 2020</p>")); // an entity it does not read
        assertNull(HtmlTree.parse("<p>a<!-- note --></p>")); // a comment
        assertNull(HtmlTree.parse("<a href=x>a</a>")); // a tag it does not know
        assertNotNull(HtmlTree.parse("<table><tr><td>a</td><td colspan=2>b&nbsp;c</td></tr></table>"));
    }
}
