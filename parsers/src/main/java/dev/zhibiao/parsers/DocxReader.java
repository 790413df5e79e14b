package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word documents (.docx, WordprocessingML), read with the JDK's zip and XML parser.
 *
 * <p>The body of {@code word/document.xml} is walked in document order. A paragraph outside tables
 * is a prose row (its runs' text joined; empty paragraphs are skipped; a line break {@code w:br} or
 * {@code w:cr} ends a prose row as {@code <br>} does in HTML). Every table row {@code w:tr} is a table
 * row and every {@code w:tc} a cell whose paragraphs and line breaks are joined with single spaces,
 * as the HTML reader joins a cell's {@code <p>} and {@code <br>}. A tab {@code w:tab} is a space.
 * {@code w:gridBefore} / {@code w:gridAfter} add empty cells before / after a row's cells;
 * {@code w:gridSpan} N adds N-1 empty cells after the cell; a {@code w:vMerge} continuation cell is
 * an empty cell (merged cells are left empty). A table nested in a cell is read as its own rows
 * right after the row that holds it (its text is not repeated in the outer cell), and a one-column
 * table that only wraps other tables is transparent, as in the HTML reader. Content controls
 * ({@code w:sdt}), hyperlinks, smart tags, inserted and moved-in text ({@code w:ins}, {@code w:moveTo})
 * and simple fields are read as their content; deleted and moved-out text ({@code w:del},
 * {@code w:moveFrom}), field instructions and hidden runs ({@code w:vanish}) are not.
 *
 * <p>Not read: text boxes and shapes ({@code w:txbxContent}, drawings), headers, footers, footnotes
 * and comments (separate parts); a sheet is never printed only there.
 *
 * <p>Locators: {@code line} is the 1-based index of the block in body order, counting every
 * paragraph outside tables (empty ones too) and every table row (a nested table's rows follow the
 * row that holds them; the paragraphs in the cells of a layout table, read as prose, count as
 * blocks after their row); {@code column} is the 1-based cell index in the row after spans are
 * expanded.
 */
final class DocxReader {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Cap on gridSpan / gridBefore (Word allows at most 63 columns). */
    private static final int MAX_SPAN = 1000;

    private final List<Row> rows = new ArrayList<>();
    private int block;

    private DocxReader() {
    }

    static Document read(byte[] bytes, String source) throws ReadException {
        return read(bytes, source, dev.zhibiao.read.Limits.defaults());
    }

    static Document read(byte[] bytes, String source, dev.zhibiao.read.Limits limits) throws ReadException {
        OfficeZip zip = OfficeZip.open(bytes, source, limits);
        String part = mainPart(zip);
        Element root = zip.xml(part);
        Element body = child(root, "body");
        if (body == null) {
            throw new ReadException(source, "not a Word document (" + part + " has no body)");
        }
        DocxReader r = new DocxReader();
        r.blocks(body);
        if (r.rows.stream().allMatch(Row::isEmpty)) {
            throw new ReadException(source, "Word document holds no text");
        }
        return new Document(source, r.rows);
    }

    /** The main document part: word/document.xml, or what [Content_Types].xml names. */
    private static String mainPart(OfficeZip zip) throws ReadException {
        if (zip.has("word/document.xml")) {
            return "word/document.xml";
        }
        for (String n : zip.names()) {
            if (n.startsWith("word/") && n.endsWith("document.xml")) {
                return n;
            }
        }
        return "word/document.xml"; // read() names it missing
    }

    /** Walks block-level content: paragraphs, tables, and containers of them. */
    private void blocks(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isW(e, "p")) {
                paragraph(e);
            } else if (isW(e, "tbl")) {
                table(e);
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    blocks(content);
                }
            } else if (isW(e, "customXml") || isW(e, "ins") || isW(e, "moveTo") || isMc(e, "AlternateContent")) {
                blocks(e);
            } else if (isMc(e, "Choice")) {
                blocks(e);
                return; // the first choice stands for the fallbacks
            }
        }
    }

    private void paragraph(Element p) {
        int line = ++block;
        List<StringBuilder> lines = new ArrayList<>();
        lines.add(new StringBuilder());
        inline(p, lines, true);
        for (StringBuilder l : lines) {
            String s = HtmlReader.squeeze(l);
            if (!s.isEmpty()) {
                rows.add(Row.prose(s, Locator.line(line)));
            }
        }
    }

    /**
     * Collects the text of inline content; a line break starts a new line when {@code breakLines},
     * else it is a space.
     */
    private static void inline(Element parent, List<StringBuilder> lines, boolean breakLines) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) {
                if (isMc(e, "AlternateContent")) {
                    Element choice = null;
                    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c instanceof Element ce && isMc(ce, "Choice")) {
                            choice = ce;
                            break;
                        }
                    }
                    if (choice != null) {
                        inline(choice, lines, breakLines);
                    }
                }
                continue; // drawings, math, ...
            }
            StringBuilder cur = lines.get(lines.size() - 1);
            switch (e.getLocalName()) {
                case "r" -> {
                    if (!hiddenRun(e)) {
                        inline(e, lines, breakLines);
                    }
                }
                case "t" -> cur.append(e.getTextContent());
                case "tab", "ptab" -> cur.append(' ');
                case "noBreakHyphen" -> cur.append('-');
                case "sym" -> cur.append(' ');
                case "br", "cr" -> {
                    if (breakLines) {
                        lines.add(new StringBuilder());
                    } else {
                        cur.append(' ');
                    }
                }
                case "hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo" -> inline(e, lines, breakLines);
                case "sdt" -> {
                    Element content = child(e, "sdtContent");
                    if (content != null) {
                        inline(content, lines, breakLines);
                    }
                }
                default -> {
                    // pPr, rPr, del, moveFrom, instrText, delText, fldChar, drawing, pict, txbxContent...: not text
                }
            }
        }
    }

    private static boolean hiddenRun(Element r) {
        Element rPr = child(r, "rPr");
        if (rPr == null) {
            return false;
        }
        Element vanish = child(rPr, "vanish");
        return vanish != null && on(vanish);
    }

    /** A WordprocessingML on/off property: on unless {@code w:val} says false, 0 or off. */
    private static boolean on(Element e) {
        String v = e.getAttributeNS(W, "val");
        return !(v.equals("false") || v.equals("0") || v.equals("off"));
    }

    private void table(Element tbl) {
        List<Element> trs = rowsOf(tbl);
        if (isLayoutTable(trs)) {
            for (Element tr : trs) {
                block++;
                for (Element tc : cellsOf(tr)) {
                    blocks(tc);
                }
            }
            return;
        }
        for (Element tr : trs) {
            int line = ++block;
            List<Cell> cells = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            Element trPr = child(tr, "trPr");
            int before = trPr == null ? 0 : span(child(trPr, "gridBefore"));
            int after = trPr == null ? 0 : span(child(trPr, "gridAfter"));
            for (int i = 0; i < before; i++) {
                cells.add(new Cell("", new Locator(line, cells.size() + 1, null)));
            }
            for (Element tc : cellsOf(tr)) {
                Element tcPr = child(tc, "tcPr");
                int gridSpan = 1;
                boolean continuation = false;
                if (tcPr != null) {
                    Element gs = child(tcPr, "gridSpan");
                    gridSpan = gs == null ? 1 : span(gs);
                    Element vm = child(tcPr, "vMerge");
                    continuation = vm != null && !vm.getAttributeNS(W, "val").equals("restart");
                    Element hm = child(tcPr, "hMerge"); // legacy horizontal merge
                    continuation |= hm != null && !hm.getAttributeNS(W, "val").equals("restart");
                }
                String text = cellText(tc, nested);
                cells.add(new Cell(continuation ? "" : text, new Locator(line, cells.size() + 1, null)));
                for (int i = 1; i < gridSpan; i++) {
                    cells.add(new Cell("", new Locator(line, cells.size() + 1, null)));
                }
            }
            for (int i = 0; i < after; i++) {
                cells.add(new Cell("", new Locator(line, cells.size() + 1, null)));
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, true, Locator.line(line)));
            }
            for (Element t : nested) {
                table(t);
            }
        }
    }

    /** A cell's paragraphs joined with line breaks; nested tables are set aside in {@code nested}. */
    private static String cellText(Element tc, List<Element> nested) {
        List<StringBuilder> lines = new ArrayList<>();
        lines.add(new StringBuilder());
        cellBlocks(tc, lines, nested);
        return HtmlReader.squeeze(lines.get(0));
    }

    private static void cellBlocks(Element parent, List<StringBuilder> lines, List<Element> nested) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isW(e, "p")) {
                lines.get(0).append(HtmlReader.LINE); // paragraphs of a cell: line breaks (HtmlReader.squeeze)
                inline(e, lines, false);
                lines.get(0).append(HtmlReader.LINE);
            } else if (isW(e, "tbl")) {
                nested.add(e);
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    cellBlocks(content, lines, nested);
                }
            } else if (isW(e, "customXml") || isW(e, "ins") || isW(e, "moveTo")) {
                cellBlocks(e, lines, nested);
            }
        }
    }

    /** The rows of a table itself (through content controls), not of nested tables. */
    private static List<Element> rowsOf(Element tbl) {
        List<Element> out = new ArrayList<>();
        collect(tbl, "tr", out);
        return out;
    }

    /** The cells of a row (through content controls). */
    private static List<Element> cellsOf(Element tr) {
        List<Element> out = new ArrayList<>();
        collect(tr, "tc", out);
        return out;
    }

    private static void collect(Element parent, String name, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (isW(e, name)) {
                    out.add(e);
                } else if (isW(e, "sdt")) {
                    Element content = child(e, "sdtContent");
                    if (content != null) {
                        collect(content, name, out);
                    }
                } else if (isW(e, "customXml")) {
                    collect(e, name, out);
                }
            }
        }
    }

    /** A one-column table whose cells hold tables: only wraps the real tables. */
    private static boolean isLayoutTable(List<Element> trs) {
        boolean holdsTable = false;
        for (Element tr : trs) {
            List<Element> tcs = cellsOf(tr);
            if (tcs.size() > 1) {
                return false;
            }
            for (Element tc : tcs) {
                if (tc.getElementsByTagNameNS(W, "tbl").getLength() > 0) {
                    holdsTable = true;
                }
            }
        }
        return holdsTable;
    }

    private static int span(Element e) {
        if (e == null) {
            return 0;
        }
        String v = e.getAttributeNS(W, "val").strip();
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(v)));
        } catch (NumberFormatException ex) {
            return 1;
        }
    }

    static boolean isW(Element e, String local) {
        return local.equals(e.getLocalName()) && W.equals(e.getNamespaceURI());
    }

    private static boolean isMc(Element e, String local) {
        return local.equals(e.getLocalName()) && MC.equals(e.getNamespaceURI());
    }

    static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e, local)) {
                return e;
            }
        }
        return null;
    }
}
