package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML (jsoup). The body is walked in document order: text outside tables becomes prose rows, one
 * per block ({@code <p>}, {@code <h1>}, {@code <div>}, a {@code <br>} also ends a line); every
 * {@code <tr>} becomes a table row. Rowspan and colspan are expanded into the grid: a spanned
 * cell's text sits in its top-left position and the positions it covers are empty cells, so every
 * row of a table has the table's full width. {@code <p>}, {@code <br>} and other blocks inside a
 * cell become single line breaks (other white space single spaces). A table nested in a cell is read as its own rows right after the row
 * that holds it (its text is not repeated in the outer cell); a one-column table that only wraps
 * other tables (a layout table) is transparent. Locators: the source line of the element (jsoup
 * position tracking) and, for cells, the 1-based grid column.
 */
final class HtmlReader {
    /** HTML caps colspan at 1000; rowspan is capped by the rows the table has. */
    private static final int MAX_COLSPAN = 1000;
    /** Elements whose content is never shown. */
    private static final Set<String> SKIP = Set.of("script", "style", "template", "noscript", "head", "title",
            "meta", "link", "object", "iframe", "svg", "button", "select", "textarea");
    /** Elements that end a line of prose (or a paragraph inside a cell). */
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
            "pre", "address", "figure", "figcaption", "hr", "center", "form", "fieldset", "legend", "body", "html",
            "caption", "table", "tr", "td", "th", "thead", "tbody", "tfoot");

    private HtmlReader() {
    }

    static Document read(String text, String source) throws ReadException {
        return read(text, source, Limits.defaults());
    }

    static Document read(String text, String source, Limits limits) throws ReadException {
        long tags = 0;
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            if (Character.isLetter(text.charAt(i + 1)) && ++tags > limits.htmlElements()) {
                throw limits.exceeded(source, "htmlElements", "the document has more than " + limits.htmlElements()
                        + " tags");
            }
        }
        String src;
        org.jsoup.nodes.Document plain;
        try {
            src = HtmlPipeTables.pipeTablesToHtml(text);
        } catch (RuntimeException e) {
            throw new ReadException(source, "not readable as HTML (" + e.getMessage() + ")", e);
        }
        try {
            // plain table HTML: its tree built without jsoup's parser
            plain = HtmlTree.parse(src);
        } catch (RuntimeException e) {
            plain = null; // (none known) jsoup parses the page as before
        }
        if (plain != null) {
            return read(plain, src, source, limits, limits.depth() <= HtmlTree.MAX_DEPTH + 2);
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document html;
        try {
            html = Jsoup.parse(src, "", parser);
        } catch (RuntimeException e) {
            throw new ReadException(source, "not readable as HTML (" + e.getMessage() + ")", e);
        }
        return read(html, src, source, limits, true);
    }

    /** The rows of a parsed page ({@code src}: the text it was parsed from). */
    /**
     * @param depthUnknown false when the tree's builder ({@link HtmlTree}) refused anything deeper than the limit
     */
    private static Document read(org.jsoup.nodes.Document html, String src, String source, Limits limits,
            boolean depthUnknown) throws ReadException {
        HtmlLined.Starts lines = new HtmlLined.Starts(src);
        if (depthUnknown) {
            checkDepth(html, source, limits, lines);
        }
        String pre = HtmlFields.preformatted(html, src);
        if (pre != null) {
            Format f = Detector.detect(pre, source);
            if (f != Format.HTML && f != Format.AUTO) {
                // a page that is a preformatted text (a table laid out with spaces or pipes, an outline):
                // read as that text, on the page's own line numbers
                return Readers.document(pre, source, f, limits);
            }
        }
        List<Row> rows = new ArrayList<>();
        Walker w = new Walker(rows, source, limits, lines);
        w.grid = HtmlFields.GridStyle.of(html, src);
        w.walk(html.body());
        w.flush();
        if (rows.stream().allMatch(Row::isEmpty)) {
            throw new ReadException(source, "HTML document holds no text");
        }
        return new Document(source, rows);
    }

    /** Refuses a document nested deeper than {@link Limits#depth()} (measured without recursion). */
    private static void checkDepth(org.jsoup.nodes.Document html, String source, Limits limits,
            HtmlLined.Starts lines) throws ReadException {
        ArrayDeque<Element> stack = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        stack.push(html);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int d = depths.pop();
            if (d > limits.depth()) {
                int line = lines.lineOf(e);
                throw limits.exceeded(source, "depth", "elements nest " + d + " deep"
                        + (line > 0 ? " at line " + line : ""));
            }
            // child nodes by index: Element.children() builds (and caches) a list per element
            for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                if (e.childNode(i) instanceof Element c) {
                    stack.push(c);
                    depths.push(d + 1);
                }
            }
        }
    }

    static Locator at(int line, Integer column) {
        return line > 0 ? new Locator(line, column, null) : new Locator(null, column, null);
    }

    /** Walks flow content, collecting prose lines and dispatching tables. */
    private static final class Walker {
        private final List<Row> rows;
        private final String source;
        private final Limits limits;
        private final StringBuilder prose = new StringBuilder();
        private int proseLine = -1;
        /** How many preformatted elements ({@code <pre>}) the walk is inside: their text keeps its lines. */
        private int pre;
        /** Cells of the grids made so far, spans expanded. */
        private long cells;

        /** What each cell's text is gathered in ({@link #cellText}). */
        private final StringBuilder cellBuilder = new StringBuilder();
        private final ArrayDeque<Object> cellStack = new ArrayDeque<>();
        /** The document's cell texts: equal ones made once. */
        private final Lines.Texts texts = Lines.Texts.forDocument();

        /** How the page marks rows and cells of tables drawn without {@code <table>}. */
        HtmlFields.GridStyle grid = HtmlFields.GridStyle.NONE;

        /** The page's lines, which give each node its line. */
        private final HtmlLined.Starts lines;

        Walker(List<Row> rows, String source, Limits limits, HtmlLined.Starts lines) {
            this.rows = rows;
            this.source = source;
            this.limits = limits;
            this.lines = lines;
        }

        private int lineOf(Node n) {
            return lines.lineOf(n);
        }

        /** The end of an element entered by {@link #walk}: a block ends a line of prose. */
        private enum Leave {
            BLOCK(true), INLINE(false), PRE(true);

            final boolean block;

            Leave(boolean block) {
                this.block = block;
            }
        }

        /**
         * What is left to walk, in document order from the top: nodes, the ends of elements
         * ({@link Leave}), table rows made ({@link Row}). Nesting depth is the input's to choose, so
         * nothing here recurses: a table pushes its rows and the tables nested in them.
         */
        private final ArrayDeque<Object> stack = new ArrayDeque<>();

        /** Walks a subtree in document order. */
        void walk(Node root) throws ReadException {
            stack.push(root);
            while (!stack.isEmpty()) {
                Object top = stack.pop();
                if (top instanceof Leave leave) {
                    if (leave.block) {
                        flush();
                    }
                    if (leave == Leave.PRE) {
                        pre--;
                    }
                    continue;
                }
                if (top instanceof Row row) {
                    rows.add(row);
                    continue;
                }
                Node node = (Node) top;
                if (node instanceof TextNode t) {
                    text(t);
                    continue;
                }
                if (!(node instanceof Element e)) {
                    continue;
                }
                String tag = e.normalName();
                String field = HtmlFields.field(e);
                if (field != null) {
                    if (!field.isBlank() && proseLine < 0) {
                        proseLine = lineOf(e);
                    }
                    prose.append(' ').append(field).append(' ');
                    continue;
                }
                if (SKIP.contains(tag) || hidden(e)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush();
                    continue;
                }
                if (tag.equals("table")) {
                    flush();
                    table(e);
                    continue;
                }
                List<Element> gridCells = grid.cells(e);
                if (gridCells != null) {
                    // a row of a table drawn without <table> (display: table-row, role="row"): its cells
                    flush();
                    List<Cell> cells = new ArrayList<>();
                    int line = lineOf(e);
                    for (Element c : gridCells) {
                        int cl = lineOf(c);
                        cells.add(new Cell(cellText(c, new ArrayList<>(), cellBuilder, cellStack, texts), at(cl > 0 ? cl : line, cells.size() + 1)));
                    }
                    rows.add(new Row(cells, true, at(line, null)));
                    continue;
                }
                boolean block = BLOCK.contains(tag);
                if (block) {
                    flush();
                }
                boolean preformatted = tag.equals("pre") || tag.equals("textarea") || tag.equals("listing")
                        || tag.equals("plaintext") || tag.equals("xmp") || keepsLines(e);
                if (preformatted) {
                    pre++;
                }
                stack.push(preformatted ? Leave.PRE : block ? Leave.BLOCK : Leave.INLINE);
                // by index: childNodes() copies the list each time it is asked
                for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(e.childNode(i));
                }
            }
        }

        private void text(TextNode t) {
            String s = t.getWholeText();
            if (pre > 0 && s.indexOf('\n') >= 0) {
                // preformatted text keeps its lines: each line break ends a line of prose
                int line = lineOf(t);
                int from = 0;
                for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
                    append(s.substring(from, nl), line);
                    flush();
                    line = line > 0 ? line + 1 : line;
                    from = nl + 1;
                }
                append(s.substring(from), line);
                return;
            }
            if (!s.isBlank() && proseLine < 0) {
                // the node may start with line breaks before its text
                int line = lineOf(t);
                for (int i = 0; line > 0 && i < s.length() && Character.isWhitespace(s.charAt(i)); i++) {
                    if (s.charAt(i) == '\n') {
                        line++;
                    }
                }
                proseLine = line;
            }
            prose.append(s);
        }

        /** A piece of a preformatted line, on source line {@code line}. */
        private void append(String s, int line) {
            if (!s.isBlank() && proseLine < 0) {
                proseLine = line;
            }
            prose.append(s);
        }

        /** Whether an element's style keeps its line breaks (white-space: pre, pre-wrap, pre-line, break-spaces). */
        private static boolean keepsLines(Element e) {
            String style = e.attr("style");
            if (style.isEmpty()) {
                return false;
            }
            String k = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            return k.contains("white-space:pre") || k.contains("white-space:break-spaces");
        }

        void flush() {
            String s = squeeze(prose);
            if (!s.isEmpty()) {
                rows.add(Row.prose(s, at(proseLine, null)));
            }
            prose.setLength(0);
            proseLine = -1;
        }

        /** Pushes what a table gives onto the stack: its rows, each followed by the tables nested in it. */
        void table(Element table) throws ReadException {
            List<Element> trs = rowsOf(table);
            // each row's cells and line once (both loops below and the layout test ask them)
            List<List<Element>> cellsOfRow = new ArrayList<>(trs.size());
            int[] trLines = new int[trs.size()];
            for (int r = 0; r < trs.size(); r++) {
                cellsOfRow.add(cellsOf(trs.get(r)));
                trLines[r] = lineOf(trs.get(r));
            }
            if (isLayoutTableOf(cellsOfRow)) {
                // each cell's content in turn, a line ending after each cell
                List<Element> tds = new ArrayList<>();
                for (List<Element> rowCells : cellsOfRow) {
                    tds.addAll(rowCells);
                }
                for (int k = tds.size() - 1; k >= 0; k--) {
                    stack.push(Leave.BLOCK);
                    Element td = tds.get(k);
                    for (int i = td.childNodeSize() - 1; i >= 0; i--) {
                        stack.push(td.childNode(i)); // by index: childNodes() copies the list
                    }
                }
                return;
            }
            List<Object> ahead = new ArrayList<>(); // in document order, pushed reversed at the end
            for (int i = 0, n = table.childNodeSize(); i < n; i++) {
                if (table.childNode(i) instanceof Element cap && cap.normalName().equals("caption")) {
                    ahead.add(cap);
                    ahead.add(Leave.BLOCK);
                }
            }
            // grid expansion: occupied[r] maps a column to true when a span above covers it
            List<Map<Integer, Boolean>> covered = new ArrayList<>(); // a row's map made at its first span (null: none)
            List<List<Cell>> grid = new ArrayList<>();
            List<List<Element>> nested = new ArrayList<>();
            int width = 0;
            boolean[] filled = new boolean[trs.size()]; // the rows with a (visible) cell: cellsOf(tr) not empty
            for (int r = 0; r < trs.size(); r++) {
                while (covered.size() <= r) {
                    covered.add(null);
                }
                int trLine = trLines[r];
                List<Cell> cells = new ArrayList<>();
                List<Element> inner = new ArrayList<>();
                int col = 0;
                for (Element td : cellsOfRow.get(r)) {
                    filled[r] = true;
                    while (covered.get(r) != null && covered.get(r).containsKey(col)) {
                        col++;
                    }
                    int cs = clamp(span(td, "colspan"), 1, MAX_COLSPAN);
                    int rsRaw = span(td, "rowspan");
                    int rs = rsRaw == 0 ? trs.size() - r : clamp(rsRaw, 1, trs.size() - r);
                    int line = lineOf(td);
                    if (Math.max(rs, cs) > limits.span()) {
                        throw limits.exceeded(source, "span", "a cell at line " + (line > 0 ? line : trLine)
                                + " spans " + (rs > cs ? rs + " rows" : cs + " columns"));
                    }
                    if (col + (long) cs > limits.cellsPerRow()) {
                        throw limits.exceeded(source, "cellsPerRow", "the row at line " + trLine + " has more than "
                                + limits.cellsPerRow() + " cells (spans expanded)");
                    }
                    this.cells += (long) rs * cs;
                    if (this.cells > limits.cells()) {
                        throw limits.exceeded(source, "cells", "the tables have more than " + limits.cells()
                                + " cells (spans expanded; by line " + trLine + ")");
                    }
                    put(cells, col, new Cell(cellText(td, inner, cellBuilder, cellStack, texts), at(line > 0 ? line : trLine, col + 1)));
                    for (int dr = 0; dr < rs; dr++) {
                        while (covered.size() <= r + dr) {
                            covered.add(null);
                        }
                        for (int dc = 0; dc < cs; dc++) {
                            if (dr > 0 || dc > 0) {
                                if (covered.get(r + dr) == null) {
                                    covered.set(r + dr, new HashMap<>());
                                }
                                covered.get(r + dr).put(col + dc, Boolean.TRUE);
                            }
                        }
                    }
                    for (int dc = 1; dc < cs; dc++) {
                        put(cells, col + dc, null);
                    }
                    col += cs;
                }
                width = Math.max(width, cells.size());
                if (covered.get(r) != null) {
                    for (int c : covered.get(r).keySet()) {
                        width = Math.max(width, c + 1);
                    }
                }
                grid.add(cells);
                nested.add(inner);
            }
            for (int r = 0; r < grid.size(); r++) {
                int trLine = trLines[r];
                List<Cell> cells = grid.get(r);
                if (filled[r]) {
                    List<Cell> full = new ArrayList<>(width);
                    for (int c = 0; c < width; c++) {
                        Cell cell = c < cells.size() ? cells.get(c) : null;
                        full.add(cell != null ? cell : new Cell("", at(trLine, c + 1)));
                    }
                    ahead.add(new Row(full, true, at(trLine, null)));
                }
                ahead.addAll(nested.get(r));
            }
            for (int k = ahead.size() - 1; k >= 0; k--) {
                stack.push(ahead.get(k));
            }
        }

        private static void put(List<Cell> cells, int col, Cell cell) {
            while (cells.size() <= col) {
                cells.add(null);
            }
            if (cell != null || cells.get(col) == null) {
                cells.set(col, cell);
            }
        }
    }

    /** A one-column table whose cells hold tables (its rows given as their cells, {@link #cellsOf}): only wraps the real tables. */
    private static boolean isLayoutTableOf(List<List<Element>> cellsOfRow) {
        boolean holdsTable = false;
        for (List<Element> tds : cellsOfRow) {
            if (tds.size() > 1) {
                return false;
            }
            for (Element td : tds) {
                if (!holdsTable && containsTable(td)) {
                    holdsTable = true;
                }
            }
        }
        return holdsTable;
    }

    /**
     * Whether an element holds a table, stopping at the first one found (a search of the whole
     * subtree at every level of tables nested in tables would be quadratic in the depth).
     */
    private static boolean containsTable(Element e) {
        ArrayDeque<Element> stack = new ArrayDeque<>();
        pushChildren(stack, e);
        while (!stack.isEmpty()) {
            Element x = stack.pop();
            if (x.normalName().equals("table")) {
                return true;
            }
            pushChildren(stack, x);
        }
        return false;
    }

    /**
     * {@code stack.addAll(e.children())}, the child elements added at the deque's end in order, by index:
     * {@code children()} builds (and keeps, in a map of the element's) a list per element asked.
     */
    private static void pushChildren(ArrayDeque<Element> stack, Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element c) {
                stack.addLast(c);
            }
        }
    }

    /** The rows of a table itself (not of tables nested in its cells), in source order. */
    static List<Element> rowsOf(Element table) {
        List<Element> out = new ArrayList<>();
        // child nodes by index, as in cellsOf
        for (int i = 0, n = table.childNodeSize(); i < n; i++) {
            if (!(table.childNode(i) instanceof Element c)) {
                continue;
            }
            String tag = c.normalName();
            if (tag.equals("tr")) {
                out.add(c);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (int j = 0, m = c.childNodeSize(); j < m; j++) {
                    if (c.childNode(j) instanceof Element tr && tr.normalName().equals("tr")) {
                        out.add(tr);
                    }
                }
            }
        }
        return out;
    }

    static List<Element> cellsOf(Element tr) {
        List<Element> out = new ArrayList<>();
        // child nodes by index: Element.children() builds a list per element and keeps it in a map of the element's
        for (int i = 0, n = tr.childNodeSize(); i < n; i++) {
            if (tr.childNode(i) instanceof Element c && (c.normalName().equals("td") || c.normalName().equals("th"))
                    && !hidden(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A cell's text: blocks and line breaks become line breaks, other white space spaces; nested tables are set
     * aside in {@code inner}. Gathered in the document walk's builder and stack; a text equal to one made lately
     * is given as that string ({@link Lines.Texts}).
     */
    static String cellText(Element td, List<Element> inner, StringBuilder b, ArrayDeque<Object> stack, Lines.Texts texts) {
        b.setLength(0);
        collect(td, b, inner, stack);
        squeezeOver(b);
        return texts.of(b);
    }

    /** @param stack empty; left empty */
    private static void collect(Node node, StringBuilder b, List<Element> inner, ArrayDeque<Object> stack) {
        // an explicit stack: a cell may hold elements nested as deep as the input likes
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            stack.push(node.childNode(i)); // by index: childNodes() copies the list
        }
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o == BLOCK_END) {
                b.append(LINE);
                continue;
            }
            if (o instanceof TextNode t) {
                b.append(t.getWholeText());
            } else if (o instanceof Element e) {
                String tag = e.normalName();
                String field = HtmlFields.field(e);
                if (field != null) {
                    b.append(field); // a form's field shows its value (a filled-in form saved as a page)
                    continue;
                }
                if (SKIP.contains(tag) || hidden(e)) {
                    continue;
                }
                if (tag.equals("table")) {
                    inner.add(e);
                    continue;
                }
                if (tag.equals("br")) {
                    b.append(LINE);
                    continue;
                }
                boolean block = BLOCK.contains(tag);
                if (block) {
                    b.append(LINE);
                    stack.push(BLOCK_END);
                }
                // by index: childNodes() copies the list each time it is asked
                for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(e.childNode(i));
                }
            }
        }
    }

    /** Marks the end of a block element in {@link #collect}. */
    private static final Object BLOCK_END = new Object();

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        return hiddenStyle(e.attr("style"));
    }

    /**
     * {@code holdsLowered(style, "display:none") || holdsLowered(style, "visibility:hidden")} in one pass
     * over the style's colons (a cell's or a span's style is long, its colons few): each word holds one
     * colon, so it is held where, around some colon, its letters before the colon read backwards and those
     * after it read forwards, spaces skipped and A–Z lowered ({@code HtmlScansTest} compares the two).
     */
    static boolean hiddenStyle(String style) {
        for (int c = style.indexOf(':'); c >= 0; c = style.indexOf(':', c + 1)) {
            if (around(style, c, "display", "none") || around(style, c, "visibility", "hidden")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code before} ends at the colon at {@code colon} and {@code after} starts there, as {@link #holdsLowered} reads. */
    private static boolean around(String s, int colon, String before, String after) {
        int j = colon - 1;
        for (int k = before.length() - 1; k >= 0; k--) {
            while (j >= 0 && s.charAt(j) == ' ') {
                j--;
            }
            if (j < 0 || lowered(s.charAt(j)) != before.charAt(k)) {
                return false;
            }
            j--;
        }
        j = colon + 1;
        for (int k = 0; k < after.length(); k++) {
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            if (j >= s.length() || lowered(s.charAt(j)) != after.charAt(k)) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static char lowered(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * {@code s.toLowerCase(Locale.ROOT).replace(" ", "").contains(word)} for a word of ASCII lower-case letters
     * and colons, without the two copies: spaces are skipped and A–Z lowered; no other character lowers to one
     * of the word's (U+0130 lowers to {@code i} and a combining dot, which no word holds after an {@code i};
     * U+212A lowers to {@code k}, in no word).
     */
    static boolean holdsLowered(String s, String word) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                continue;
            }
            int j = i;
            int k = 0;
            while (k < word.length() && j < s.length()) {
                char c = s.charAt(j++);
                if (c == ' ') {
                    continue;
                }
                if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == word.length()) {
                return true;
            }
        }
        return false;
    }

    static int span(Element td, String attr) {
        String v = td.attr(attr).strip();
        if (v.isEmpty()) {
            return 1;
        }
        int n = 0;
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i)) && n < 100_000) {
            n = n * 10 + (v.charAt(i) - '0');
            i++;
        }
        if (i == 0) {
            return 1;
        }
        return n;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** {@link #squeeze} of a builder's text, written over the builder (no second builder): its string. */
    static String squeezeInPlace(StringBuilder b) {
        squeezeOver(b);
        return b.toString();
    }

    /** {@link #squeeze} of a builder's text, written over the builder. */
    static void squeezeOver(StringBuilder b) {
        int out = 0; // the squeezed text never runs ahead of what is read: one character out at most per one in
        boolean space = false;
        boolean line = false;
        for (int i = 0, n = b.length(); i < n; i++) {
            char c = b.charAt(i);
            if (c == LINE) {
                line = out > 0;
                space = out > 0;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF') {
                space = out > 0;
            } else {
                if (space) {
                    b.setCharAt(out++, line ? '\n' : ' ');
                    space = false;
                    line = false;
                }
                b.setCharAt(out++, c);
            }
        }
        b.setLength(out);
    }

    /** Collapses white space (including no-break spaces and ideographic spaces) to single spaces. */
    static String squeeze(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        boolean line = false; // the run of white space holds a <br> or a block's edge
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == LINE) {
                line = b.length() > 0;
                space = b.length() > 0;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(line ? '\n' : ' ');
                    space = false;
                    line = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Marks a {@code <br>} or a block's edge inside a cell while its text is collected: {@link #squeeze}
     * makes the run of white space around it one line break (core joins a name wrapped so between
     * Chinese characters, {@code 竣工验收<br>合格率}); other runs become one space.
     */
    static final char LINE = '\u2028';
}
