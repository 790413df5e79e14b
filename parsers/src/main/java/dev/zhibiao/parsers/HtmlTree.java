package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * The jsoup tree of a page of plain table HTML, built without jsoup's parser (whose tokeniser, tree
 * builder and position tracking were most of the HTML reader's time): what converters and the pages of
 * the corpus print, every element closed where it was opened, among a few dozen tags ({@link #TAGS}).
 * Anything else (a tag left open or closed out of order, an unknown tag or entity, a comment, text where
 * a table wants rows, a block inside an open {@code <p>}) gives null, and the page is parsed by jsoup:
 * where this tree is built it is the tree jsoup builds ({@code HtmlTreeTest} compares the two).
 *
 * <p>Each node keeps where it starts in the page, as jsoup's position tracking gives it ({@code pos}; an
 * implied element starts where the token that implied it does); the reader turns that into a line with
 * {@link HtmlLined.Starts}, as it does for jsoup's own nodes.
 */
final class HtmlTree {
    private HtmlTree() {
    }

    /** Elements with content, as jsoup names them. */
    private static final List<String> CONTAINERS = List.of("html", "head", "body", "title", "style", "p", "div",
            "center", "h1", "h2", "h3", "h4", "h5", "h6", "span", "b", "strong", "i", "em", "u", "font", "sub", "sup",
            "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th");
    /** Void elements. */
    private static final List<String> VOIDS = List.of("br", "meta", "link", "col");
    /** The tags this builder knows. */
    static final Map<String, Tag> TAGS = new HashMap<>();

    static {
        for (String t : CONTAINERS) {
            TAGS.put(t, Tag.valueOf(t));
        }
        for (String t : VOIDS) {
            TAGS.put(t, Tag.valueOf(t));
        }
    }

    /** Names read again and again (the known tags, common attributes), by length: {@code Builder.lower} returns them. */
    private static final String[][] KNOWN = known();

    private static String[][] known() {
        List<String> all = new java.util.ArrayList<>(CONTAINERS);
        all.addAll(VOIDS);
        all.addAll(List.of("colspan", "rowspan", "style", "class", "border", "cellspacing", "cellpadding", "width",
                "height", "align", "valign", "id", "lang", "charset", "hidden", "name", "content", "http-equiv",
                "bgcolor", "type", "dir", "nowrap", "span"));
        int max = 0;
        for (String k : all) {
            max = Math.max(max, k.length());
        }
        List<List<String>> by = new java.util.ArrayList<>();
        for (int i = 0; i <= max; i++) {
            by.add(new java.util.ArrayList<>());
        }
        for (String k : all) {
            if (!by.get(k.length()).contains(k)) {
                by.get(k.length()).add(k);
            }
        }
        String[][] out = new String[max + 1][];
        for (int i = 0; i <= max; i++) {
            out[i] = by.get(i).toArray(new String[0]);
        }
        return out;
    }

    /** Start tags that close an open {@code <p>} in button scope (of those known here). */
    private static boolean closesP(String t) {
        return switch (t) {
            case "p", "div", "center", "table", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static boolean heading(String t) {
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    /** Deeper than this, jsoup's scope searches stop (100): not built here. */
    static final int MAX_DEPTH = 80;

    /**
     * @param src the page (line breaks as {@code \n} alone)
     * @return its tree as jsoup builds it, or null when the page is not plain table HTML
     */
    static Document parse(String src) {
        try {
            return new Builder(src).build();
        } catch (Refused e) {
            return null;
        }
    }

    /** The page is not plain table HTML. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    private static final Refused REFUSED = new Refused();

    private static final class Builder {
        private final String s;
        private final int n;
        private int pos;
        private final Document doc = new Document("");
        private final ArrayList<Element> stack = new ArrayList<>();
        /** 0 before {@code <html>}, 1 in the head, 2 after it, 3 in the body, 4 after {@code </body>}, 5 after {@code </html>}. */
        private int phase;
        private boolean explicit;
        private boolean doctype;
        private Element html;
        private Element body;

        // the tag just read
        private String name;
        private boolean end;
        private Attributes attrs;
        private int tagStart;
        private int tagEnd; // its '>'

        Builder(String s) {
            this.s = s;
            this.n = s.length();
        }

        private static Refused refused() {
            return REFUSED;
        }

        Document build() throws Refused {
            if (s.indexOf('\0') >= 0 || s.indexOf('\r') >= 0) {
                throw refused();
            }
            while (pos < n) {
                int lt = nextMarkup(pos);
                int textStart = pos;
                int textEnd = lt < 0 ? n : lt;
                if (lt >= 0) {
                    readTag(lt); // sets pos past the tag
                } else {
                    pos = n;
                }
                if (textEnd > textStart) {
                    text(textStart, textEnd);
                }
                if (lt >= 0) {
                    tag();
                }
                if (stack.size() > MAX_DEPTH) {
                    throw refused();
                }
            }
            if (phase < 3) {
                throw refused(); // no body yet: jsoup's shell made at the end
            }
            return doc;
        }

        /** The next {@code <} that starts markup (a tag, an end tag, {@code <!}, {@code <?}), or -1. */
        private int nextMarkup(int from) {
            for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
                if (i + 1 < n) {
                    char c = s.charAt(i + 1);
                    if (asciiLetter(c) || c == '/' || c == '!' || c == '?') {
                        return i;
                    }
                }
            }
            return -1;
        }

        private static boolean asciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean space(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
        }

        private static boolean blank(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!space(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Reads the markup at {@code lt}: a doctype (handled here), a start or an end tag. */
        private void readTag(int lt) throws Refused {
            tagStart = lt;
            char c = s.charAt(lt + 1);
            if (c == '!') {
                String d = "<!doctype html>";
                if (s.regionMatches(true, lt, d, 0, d.length())) { // placed (or refused) by tag()
                    name = "!doctype";
                    tagEnd = lt + d.length() - 1;
                    pos = tagEnd + 1;
                    return;
                }
                throw refused();
            }
            if (c == '?') {
                throw refused();
            }
            end = c == '/';
            int i = end ? lt + 2 : lt + 1;
            int from = i;
            while (i < n && !space(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
                char k = s.charAt(i);
                if (!(asciiLetter(k) || k >= '0' && k <= '9')) {
                    throw refused();
                }
                i++;
            }
            if (i == from || !asciiLetter(s.charAt(from))) {
                throw refused();
            }
            name = lower(s, from, i);
            attrs = null;
            boolean selfClosing = false;
            while (true) {
                while (i < n && space(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    throw refused();
                }
                char k = s.charAt(i);
                if (k == '>') {
                    break;
                }
                if (k == '/') {
                    if (i + 1 < n && s.charAt(i + 1) == '>') {
                        selfClosing = true;
                        i++;
                        break;
                    }
                    throw refused();
                }
                if (end) {
                    throw refused(); // attributes on an end tag
                }
                int a = i;
                while (i < n && attrNameChar(s.charAt(i))) {
                    i++;
                }
                if (i == a || i >= n) {
                    throw refused();
                }
                String key = lower(s, a, i);
                while (i < n && space(s.charAt(i))) {
                    i++;
                }
                String value = "";
                if (i < n && s.charAt(i) == '=') {
                    i++;
                    while (i < n && space(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        throw refused();
                    }
                    char q = s.charAt(i);
                    if (q == '"' || q == '\'') {
                        int close = s.indexOf(q, i + 1);
                        if (close < 0) {
                            throw refused();
                        }
                        value = decode(i + 1, close);
                        i = close + 1;
                        if (i >= n || !(space(s.charAt(i)) || s.charAt(i) == '>' || s.charAt(i) == '/')) {
                            throw refused();
                        }
                    } else {
                        int v = i;
                        while (i < n && !space(s.charAt(i)) && s.charAt(i) != '>') {
                            char u = s.charAt(i);
                            if (u == '"' || u == '\'' || u == '<' || u == '=' || u == '`') {
                                throw refused();
                            }
                            i++;
                        }
                        if (i == v) {
                            throw refused();
                        }
                        value = decode(v, i);
                    }
                } else if (i < n && !(s.charAt(i) == '>' || s.charAt(i) == '/' || attrNameChar(s.charAt(i)))) {
                    throw refused();
                }
                if (attrs == null) {
                    attrs = new Attributes();
                } else if (attrs.hasKey(key)) {
                    throw refused(); // jsoup keeps the first of two
                }
                attrs.add(key, value);
            }
            tagEnd = i;
            pos = i + 1;
            Tag known = TAGS.get(name);
            if (known == null || selfClosing && !VOIDS.contains(name)) {
                throw refused();
            }
        }

        private static boolean attrNameChar(char c) {
            return asciiLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.';
        }

        /**
         * {@code s[from, to)} in lower case: the name itself when it is one of the tags this builder knows or an
         * attribute a table page commonly carries (no string made), else a new string.
         */
        private static String lower(String s, int from, int to) {
            int len = to - from;
            if (len < KNOWN.length) {
                known:
                for (String k : KNOWN[len]) {
                    for (int i = 0; i < len; i++) {
                        char c = s.charAt(from + i);
                        if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != k.charAt(i)) {
                            continue known;
                        }
                    }
                    return k;
                }
            }
            char[] out = new char[to - from];
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(out);
        }

        /** The first {@code &} at or after {@link #ampFrom}'s last argument, -1 for none, -2 before the first search. */
        private int nextAmp = -2;
        private int nextAmpFrom;

        /**
         * The first {@code &} at or after {@code from}, or -1: remembered, so that a page read from start to end
         * without one is searched once, not once a text run (which made the builder quadratic in the page's length).
         */
        private int ampFrom(int from) {
            if (nextAmp == -2 || from < nextAmpFrom || nextAmp >= 0 && nextAmp < from) {
                nextAmp = s.indexOf('&', from);
                nextAmpFrom = from;
            }
            return nextAmp;
        }

        /** {@code s[from, to)} with the character references jsoup reads the same way decoded; refuses others. */
        private String decode(int from, int to) throws Refused {
            int amp = ampFrom(from);
            if (amp < 0 || amp >= to) {
                return s.substring(from, to);
            }
            StringBuilder b = new StringBuilder(to - from);
            int copied = from;
            for (; amp >= 0 && amp < to; amp = s.indexOf('&', amp + 1)) {
                if (amp + 1 >= to) {
                    continue; // a lone & at the end: itself
                }
                char c = s.charAt(amp + 1);
                if (!(asciiLetter(c) || c >= '0' && c <= '9' || c == '#')) {
                    continue; // not a reference: itself
                }
                int semi = s.indexOf(';', amp);
                if (semi < 0 || semi >= to) {
                    throw refused();
                }
                String ref = s.substring(amp + 1, semi);
                int cp;
                switch (ref) {
                    case "nbsp" -> cp = 0xA0;
                    case "lt" -> cp = '<';
                    case "gt" -> cp = '>';
                    case "amp" -> cp = '&';
                    case "quot" -> cp = '"';
                    default -> cp = numeric(ref);
                }
                b.append(s, copied, amp).appendCodePoint(cp);
                copied = semi + 1;
                amp = semi;
            }
            return b.append(s, copied, to).toString();
        }

        /** A numeric reference's code point when jsoup takes it as written; refuses others. */
        private static int numeric(String ref) throws Refused {
            if (ref.length() < 2 || ref.charAt(0) != '#') {
                throw refused();
            }
            boolean hex = ref.charAt(1) == 'x' || ref.charAt(1) == 'X';
            int from = hex ? 2 : 1;
            if (from >= ref.length() || ref.length() - from > 6) {
                throw refused();
            }
            int v = 0;
            for (int i = from; i < ref.length(); i++) {
                int d = Character.digit(ref.charAt(i), hex ? 16 : 10);
                if (d < 0 || ref.charAt(i) > 'f') {
                    throw refused();
                }
                v = v * (hex ? 16 : 10) + d;
            }
            if (v >= 0x20 && v <= 0x7E || v >= 0xA0 && v <= 0xD7FF || v >= 0xE000 && v <= 0xFFFD
                    || v >= 0x10000 && v <= 0x10FFFF) {
                return v;
            }
            throw refused();
        }

        private Element current() {
            return stack.get(stack.size() - 1);
        }

        private HtmlLined.LinedElement element(String tag, int start) {
            return new HtmlLined.LinedElement(TAGS.get(tag), attrs, start);
        }

        /** The implied html, head and body of a page that starts with its content. */
        private void implyShell(int at) {
            html = new HtmlLined.LinedElement(TAGS.get("html"), null, at);
            doc.appendChild(html);
            html.appendChild(new HtmlLined.LinedElement(TAGS.get("head"), null, at));
            body = new HtmlLined.LinedElement(TAGS.get("body"), null, at);
            html.appendChild(body);
            stack.add(html);
            stack.add(body);
            phase = 3;
        }

        /** A run of text {@code s[from, to)}. */
        private void text(int from, int to) throws Refused {
            String t = decode(from, to);
            boolean ws = blank(t);
            int at = from;
            switch (phase) {
                case 0 -> {
                    if (ws) {
                        if (doctype) {
                            doc.appendChild(new HtmlLined.LinedText(t, at)); // after the doctype: in the document
                        }
                        return; // before it: dropped
                    }
                    if (explicit) {
                        throw refused();
                    }
                    implyShell(from);
                }
                case 1 -> {
                    if (!ws) {
                        throw refused();
                    }
                }
                case 2 -> {
                    if (!ws) {
                        throw refused();
                    }
                    html.appendChild(new HtmlLined.LinedText(t, at)); // after the head: in html
                    return;
                }
                case 4, 5 -> {
                    if (!ws) {
                        throw refused();
                    }
                    (phase == 4 ? html : doc).appendChild(new HtmlLined.LinedText(t, at)); // after the body: in html; after html: in the document
                    return;
                }
                default -> {
                }
            }
            Element cur = current();
            if (!ws && tableContext(cur.normalName())) {
                throw refused(); // text where rows are wanted: jsoup moves it before the table
            }
            cur.appendChild(new HtmlLined.LinedText(t, at));
        }

        private static boolean tableContext(String t) {
            return switch (t) {
                case "table", "thead", "tbody", "tfoot", "tr", "colgroup" -> true;
                default -> false;
            };
        }

        private boolean pInButtonScope() {
            for (int k = stack.size() - 1; k >= 0; k--) {
                String t = stack.get(k).normalName();
                if (t.equals("p")) {
                    return true;
                }
                switch (t) {
                    case "html", "table", "td", "th", "caption" -> {
                        return false;
                    }
                    default -> {
                    }
                }
            }
            return false;
        }

        /** The tag just read, placed as jsoup's tree builder places it. */
        private void tag() throws Refused {
            if (name.equals("!doctype")) {
                if (phase != 0 || doc.childNodeSize() > 0) {
                    throw refused(); // a doctype after the page's start
                }
                doctype = true;
                doc.appendChild(new DocumentType("html", "", ""));
                return;
            }
            if (phase == 0) {
                if (!end && name.equals("html")) {
                    explicit = true;
                    html = element("html", tagStart);
                    doc.appendChild(html);
                    stack.add(html);
                    phase = 1;
                    expectHead = true;
                    return;
                }
                if (end || TAGS.get(name) == null || !bodyStart(name)) {
                    throw refused();
                }
                implyShell(tagStart);
            } else if (phase == 1) {
                head();
                return;
            } else if (phase == 2) {
                if (!end && name.equals("body")) {
                    body = element("body", tagStart);
                    html.appendChild(body);
                    stack.add(body);
                    phase = 3;
                    return;
                }
                throw refused();
            } else if (phase == 4) {
                if (end && name.equals("html")) {
                    phase = 5;
                    return;
                }
                throw refused();
            } else if (phase == 5) {
                throw refused();
            }
            inBody();
        }

        private boolean expectHead;

        /** In the head of a page with {@code <html>}: its head elements, then {@code </head>}. */
        private void head() throws Refused {
            if (expectHead) {
                if (end || !name.equals("head")) {
                    throw refused();
                }
                Element head = element("head", tagStart);
                html.appendChild(head);
                stack.add(head);
                expectHead = false;
                return;
            }
            if (end) {
                if (!name.equals("head")) {
                    throw refused();
                }
                stack.remove(stack.size() - 1);
                phase = 2;
                return;
            }
            switch (name) {
                case "meta", "link" -> current().appendChild(element(name, tagStart));
                case "title", "style" -> raw(current());
                default -> throw refused();
            }
        }

        /** Whether a page may start with this start tag and have jsoup imply its html, head and body. */
        private static boolean bodyStart(String t) {
            return switch (t) {
                case "html", "head", "body", "meta", "link", "title", "style", "col", "colgroup", "caption", "thead",
                        "tbody", "tfoot", "tr", "td", "th" -> false;
                default -> true;
            };
        }

        /** A title's or a style's content, up to its end tag: one text (a title's, its references read) or data. */
        private void raw(Element parent) throws Refused {
            Element e = element(name, tagStart);
            parent.appendChild(e);
            String close = "</" + name;
            int at = pos;
            int i = at;
            while (true) {
                i = s.indexOf("</", i);
                if (i < 0) {
                    throw refused();
                }
                if (s.regionMatches(true, i, close, 0, close.length())) {
                    break;
                }
                i += 2;
            }
            int gt = i + close.length();
            while (gt < n && space(s.charAt(gt))) {
                gt++;
            }
            if (gt >= n || s.charAt(gt) != '>') {
                throw refused();
            }
            if (i > at) {
                if (name.equals("style")) {
                    e.appendChild(new DataNode(s.substring(at, i)));
                } else {
                    if (s.indexOf('<', at) < i) {
                        throw refused();
                    }
                    e.appendChild(new HtmlLined.LinedText(decode(at, i), at));
                }
            }
            pos = gt + 1;
        }

        /** A tag in the body. */
        private void inBody() throws Refused {
            Element cur = current();
            String c = cur.normalName();
            if (end) {
                if (name.equals(c)) {
                    if (name.equals("body")) {
                        if (!explicit) {
                            throw refused();
                        }
                        phase = 4; // jsoup keeps body open
                        return;
                    }
                    if (name.equals("html")) {
                        throw refused();
                    }
                    pop();
                    return;
                }
                if (name.equals("table") && (c.equals("tbody") || c.equals("thead") || c.equals("tfoot"))) {
                    pop(); // </table> closes the row group first
                    pop();
                    return;
                }
                throw refused();
            }
            switch (c) {
                case "table" -> {
                    switch (name) {
                        case "caption", "colgroup", "thead", "tbody", "tfoot" -> push(cur);
                        case "tr" -> {
                            Element tbody = new HtmlLined.LinedElement(TAGS.get("tbody"), null, tagStart);
                            cur.appendChild(tbody);
                            stack.add(tbody);
                            push(tbody);
                        }
                        default -> throw refused();
                    }
                    return;
                }
                case "thead", "tbody", "tfoot" -> {
                    if (!name.equals("tr")) {
                        throw refused();
                    }
                    push(cur);
                    return;
                }
                case "tr" -> {
                    if (!name.equals("td") && !name.equals("th")) {
                        throw refused();
                    }
                    push(cur);
                    return;
                }
                case "colgroup" -> {
                    if (!name.equals("col")) {
                        throw refused();
                    }
                    cur.appendChild(element(name, tagStart));
                    return;
                }
                default -> {
                }
            }
            // in body (a cell, a caption, the body or an element in them)
            switch (name) {
                case "br", "meta", "link" -> cur.appendChild(element(name, tagStart));
                case "title", "style" -> raw(cur);
                case "html", "head", "body", "col", "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th" ->
                        throw refused();
                default -> {
                    if (closesP(name) && pInButtonScope() || heading(name) && heading(c)) {
                        throw refused();
                    }
                    push(cur);
                }
            }
        }

        private void push(Element parent) {
            Element e = element(name, tagStart);
            parent.appendChild(e);
            stack.add(e);
        }

        /** Removes the current element from the stack. */
        private void pop() {
            stack.remove(stack.size() - 1);
        }
    }
}
