package dev.zhibiao.parsers;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What an HTML page shows beyond its elements' text: a form's fields (a filled-in form saved as a
 * page) and preformatted text ({@code <pre>}) read as the text it is. Used by {@link HtmlReader}.
 */
final class HtmlFields {
    private HtmlFields() {
    }

    /**
     * The text of a page that is preformatted text ({@code <pre>}: no table rows, nine tenths of the
     * body's text in {@code <pre>} elements, one of them three lines or more), each element's text
     * starting on its own line of the source (blank lines before it), or null for any other page.
     *
     * @param html the parsed page
     * @param src  the text it was parsed from, for the lines of positions
     */
    static String preformatted(org.jsoup.nodes.Document html, String src) {
        Element body = html.body();
        if (body == null || holdsRow(body)) {
            return null;
        }
        org.jsoup.select.Elements pres = body.select("pre, xmp, listing, plaintext");
        if (pres.isEmpty()) {
            return null;
        }
        long all = visible(body.wholeText());
        long inPre = 0;
        boolean lines = false;
        StringBuilder out = new StringBuilder();
        int line = 1;
        for (Element e : pres) {
            if (e.parents().stream().anyMatch(a -> pres.contains(a))) {
                continue; // inside another: its text is the outer one's
            }
            String t = e.wholeText();
            inPre += visible(t);
            lines |= t.strip().chars().filter(c -> c == '\n').count() >= 2;
            TextNode first = firstText(e);
            // the line from the position (jsoup's line numbers of a long text node are not its start's)
            int pos = (first != null ? first : e).sourceRange().start().pos();
            int at = 1;
            for (int i = src.indexOf('\n'); i >= 0 && i < pos; i = src.indexOf('\n', i + 1)) {
                at++;
            }
            for (; at > line; line++) {
                out.append('\n');
            }
            out.append(t).append('\n');
            line += (int) t.chars().filter(c -> c == '\n').count() + 1;
        }
        return lines && inPre * 10 >= all * 9 ? out.toString() : null;
    }

    /**
     * {@code !e.getElementsByTag("tr").isEmpty()}, stopping at the first row found (most pages hold
     * one early; the list of every row of the page was made only to be asked whether it is empty).
     */
    static boolean holdsRow(Element e) {
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Element x = stack.pop();
            if (x.normalName().equals("tr")) {
                return true;
            }
            for (int i = 0, n = x.childNodeSize(); i < n; i++) {
                if (x.childNode(i) instanceof Element c) {
                    stack.push(c);
                }
            }
        }
        return false;
    }

    private static long visible(String s) {
        return s.chars().filter(c -> !Character.isWhitespace(c) && c != '\u00A0').count();
    }

    private static TextNode firstText(Element e) {
        for (Node n = e.childNodeSize() > 0 ? e.childNode(0) : null; n != null; ) {
            if (n instanceof TextNode t) {
                return t;
            }
            n = n.childNodeSize() > 0 ? n.childNode(0) : n.nextSibling();
        }
        return null;
    }

    /**
     * What a form field shows, or null for an element that is no field: a text input's value, a ticked
     * checkbox or radio button as √ (an unticked one as nothing), a text area's text, a list's chosen
     * option (the first when none is marked, as a browser shows it); buttons, hidden and password
     * fields show nothing.
     */
    static String field(Element e) {
        switch (e.normalName()) {
            case "input" -> {
                if (HtmlReader.hidden(e)) {
                    return "";
                }
                String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
                return switch (type) {
                    case "checkbox", "radio" -> e.hasAttr("checked") ? "√" : "";
                    case "hidden", "password", "submit", "reset", "button", "image", "file", "color", "range" -> "";
                    default -> e.attr("value");
                };
            }
            case "textarea" -> {
                return HtmlReader.hidden(e) ? "" : e.wholeText();
            }
            case "select" -> {
                if (HtmlReader.hidden(e)) {
                    return "";
                }
                org.jsoup.select.Elements options = e.getElementsByTag("option");
                StringBuilder chosen = new StringBuilder();
                for (Element o : options) {
                    if (o.hasAttr("selected")) {
                        chosen.append(chosen.length() == 0 ? "" : "、").append(o.text());
                    }
                }
                return chosen.length() > 0 ? chosen.toString() : options.isEmpty() ? "" : options.first().text();
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Rows and cells of a table drawn without {@code <table>}: elements with {@code role="row"} and cells
     * with {@code role="cell"}, {@code "gridcell"}, {@code "columnheader"} or {@code "rowheader"}, and elements
     * styled {@code display: table-row} / {@code table-cell}, inline or by a class a {@code <style>} block
     * styles so (what a web application's grid saved as a page, or a CSS layout, prints).
     *
     * @param rowClasses  classes styled as table rows
     * @param cellClasses classes styled as table cells
     */
    record GridStyle(java.util.Set<String> rowClasses, java.util.Set<String> cellClasses) {
        static final GridStyle NONE = new GridStyle(java.util.Set.of(), java.util.Set.of());

        private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
                "([^{}]+)\\{([^}]*)\\}");
        private static final java.util.regex.Pattern DISPLAY = java.util.regex.Pattern.compile(
                "display\\s*:\\s*table-(row|cell)\\b");
        private static final java.util.regex.Pattern CLASS = java.util.regex.Pattern.compile("\\.([A-Za-z_][\\w-]*)\\s*$");

        /** Where no element can be such a row: {@link #cells} asks nothing. */
        static final GridStyle OFF = new GridStyle(java.util.Set.of(), java.util.Set.of());

        /**
         * As {@link #of(org.jsoup.nodes.Document)}, or {@link #OFF} when the page's source names no {@code role} and
         * no {@code display} in any case and holds no numeric character reference (which could spell them): no
         * element of it can be drawn as a row (a scan of the source instead of a look at every element).
         *
         * @param src the text the page was parsed from
         */
        static GridStyle of(org.jsoup.nodes.Document html, String src) {
            if (!Detector.containsIgnoreCase(src, src.length(), "role")
                    && !Detector.containsIgnoreCase(src, src.length(), "display") && !Detector.containsIgnoreCase(src, src.length(), "&#")) {
                return OFF;
            }
            return of(html);
        }

        /** The classes a page's style blocks style as table rows and cells. */
        static GridStyle of(org.jsoup.nodes.Document html) {
            java.util.Set<String> rows = new java.util.HashSet<>();
            java.util.Set<String> cells = new java.util.HashSet<>();
            for (Element style : html.getElementsByTag("style")) {
                java.util.regex.Matcher m = RULE.matcher(style.data());
                while (m.find()) {
                    java.util.regex.Matcher d = DISPLAY.matcher(m.group(2).toLowerCase(Locale.ROOT));
                    if (!d.find()) {
                        continue;
                    }
                    for (String selector : m.group(1).split(",")) {
                        java.util.regex.Matcher c = CLASS.matcher(selector.strip());
                        if (c.find()) {
                            (d.group(1).equals("row") ? rows : cells).add(c.group(1));
                        }
                    }
                }
            }
            return rows.isEmpty() && cells.isEmpty() ? NONE : new GridStyle(rows, cells);
        }

        private boolean is(Element e, String kind, java.util.Set<String> classes) {
            String role = e.attr("role");
            if (kind.equals("row") ? role.equals("row")
                    : role.equals("cell") || role.equals("gridcell") || role.equals("columnheader") || role.equals("rowheader")) {
                return true;
            }
            String style = e.attr("style");
            if (!style.isEmpty()) {
                java.util.regex.Matcher d = DISPLAY.matcher(style.toLowerCase(Locale.ROOT));
                if (d.find()) {
                    return d.group(1).equals(kind);
                }
            }
            if (!classes.isEmpty()) {
                for (String c : e.classNames()) {
                    if (classes.contains(c)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The cells of a row drawn without {@code <table>}, or null when {@code e} is no such row (two cells at least). */
        List<Element> cells(Element e) {
            if (this == OFF || e.childrenSize() < 2 || !is(e, "row", rowClasses)) {
                return null;
            }
            List<Element> out = new java.util.ArrayList<>();
            for (Element c : e.children()) {
                if (is(c, "cell", cellClasses)) {
                    out.add(c);
                }
            }
            return out.size() >= 2 ? out : null;
        }
    }
}
