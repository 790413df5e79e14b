package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * PDF (PDFBox 2 and tabula-java). Per page, ruled tables are found by tabula's lattice
 * ({@link SpreadsheetExtractionAlgorithm}): one row per grid row, a merged cell's text in its
 * top-left position and empty cells where it spans. The remaining text is grouped into lines by
 * position; lines closer than half a line height are one logical row (a wrapped cell or a wrapped
 * paragraph), and a logical row made of several horizontally separated chunks is a table row whose
 * cells are placed on columns found from the chunks' left edges (unruled tables); any other line is
 * prose (titles, year lines). Rows follow reading order (top to bottom) on each page. Lines of
 * one cell are joined without a space between Chinese characters and with one space otherwise.
 * Locators carry the 1-based page and, for cells, the 1-based column.
 */
final class PdfReader {
    private PdfReader() {
    }

    static Document read(byte[] bytes, String source) throws ReadException {
        return read(bytes, source, Limits.defaults());
    }

    static Document read(byte[] bytes, String source, Limits limits) throws ReadException {
        try (PDDocument pdf = load(bytes, source, limits)) {
            int pages = PdfLimits.pages(pdf, source, limits);
            if (pages == 0) {
                throw new ReadException(source, "PDF has no pages");
            }
            PdfLimits.glyphs(pdf, pages, source, limits);
            List<Row> rows = new ArrayList<>();
            boolean anyText = false;
            Placed lastOfPage = null;
            try (PageExtractor extractor = new PageExtractor(pdf)) {
                SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
                for (int p = 1; p <= pages; p++) {
                    Page page;
                    try {
                        page = extractor.page(p);
                    } catch (IOException | RuntimeException e) {
                        throw PdfLimits.refusal(e, source, limits, "page " + p + " of the PDF cannot be read ("
                                + oneLine(e) + ")");
                    }
                    int rulings = page.getHorizontalRulings().size() + page.getVerticalRulings().size();
                    if (rulings > limits.pdfRulings()) {
                        throw limits.exceeded(source, "pdfRulings", "page " + p + " of the PDF draws " + rulings
                                + " ruling lines");
                    }
                    if (page.getText().stream().anyMatch(t -> !t.getText().isBlank())) {
                        anyText = true;
                        List<Placed> pageRows = new ArrayList<>(placedRows(page, lattice, p));
                        if (lastOfPage != null && !pageRows.isEmpty()) {
                            onPreviousGrid(pageRows, lastOfPage.columns());
                            Row prev = lastOfPage.row();
                            Row next = pageRows.get(0).row();
                            if (next.cells().size() != prev.cells().size()) {
                                Row moved = onGrid(next, pageRows.get(0).columns(), lastOfPage.columns());
                                next = moved != null ? moved : next;
                            }
                            if (continues(prev, next)) {
                                pageRows.remove(0);
                                rows.set(rows.size() - 1, merge(prev, next));
                            }
                        }
                        for (Placed pr : pageRows) {
                            rows.add(pr.row());
                        }
                        if (!pageRows.isEmpty()) {
                            lastOfPage = pageRows.get(pageRows.size() - 1);
                        }
                    }
                }
            }
            if (!anyText) {
                throw new ReadException(source, "PDF has no text layer (a scanned image? run OCR on it first)");
            }
            return new Document(source, rows);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PdfLimits.refusal(e, source, limits, "PDF could not be read (" + oneLine(e) + ")");
        }
    }

    /**
     * A table continued from the previous page keeps the columns of its part before the break: when
     * the page starts with ruled rows on a grid of their own (a table's rows printed on the next page
     * form a grid without the columns only the rows left behind had), and every row of that grid fits
     * the previous page's last grid ({@link #onGrid}), the rows are put on that grid. Otherwise they
     * stay as they are.
     */
    private static void onPreviousGrid(List<Placed> pageRows, float[] prevCols) {
        float[] cols = pageRows.get(0).columns();
        if (cols == null || prevCols == null || cols.length == prevCols.length) {
            return;
        }
        List<Placed> moved = new ArrayList<>();
        for (int k = 0; k < pageRows.size() && java.util.Arrays.equals(pageRows.get(k).columns(), cols); k++) {
            Placed pr = pageRows.get(k);
            Row m = onGrid(pr.row(), cols, prevCols);
            if (m == null) {
                return;
            }
            moved.add(new Placed(pr.top(), pr.left(), m, prevCols));
        }
        for (int k = 0; k < moved.size(); k++) {
            pageRows.set(k, moved.get(k));
        }
    }

    /**
     * A table row cut by a page break: the first row of a page continues the last row of the
     * previous page when both are table rows of the same width and the new row has text in exactly
     * one cell, a cell that is filled in the old row too, while the old row has text in other cells
     * as well (the rest of a wrapped cell; a genuine next row fills at least a name and a value).
     */
    static boolean continues(Row prev, Row next) {
        if (!prev.table() || !next.table() || prev.cells().size() != next.cells().size() || parallelLabels(prev, next)) {
            return false;
        }
        int n = next.cells().size();
        if (continues(prev, next, 0, n)) {
            return true;
        }
        // two tables printed side by side (a two-period sheet), after at most one leading label
        // column: the rule holds in each half, and both halves are filled alike
        for (int lead = 0; lead <= 1; lead++) {
            int h = (n - lead) / 2;
            if (h >= 2 && (n - lead) % 2 == 0 && (lead == 0 || next.cells().get(0).isEmpty())
                    && continues(prev, next, lead, lead + h) && continues(prev, next, lead + h, n)) {
                boolean alike = true;
                for (int c = lead; c < lead + h && alike; c++) {
                    alike = prev.cells().get(c).isEmpty() == prev.cells().get(c + h).isEmpty()
                            && next.cells().get(c).isEmpty() == next.cells().get(c + h).isEmpty();
                }
                if (alike) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest label, in characters, that {@link #parallelLabels} compares. */
    private static final int MAX_LABEL = 12;

    /**
     * Whether each filled cell of the new row is a label of its own beside the old row's cell
     * above it, not the rest of it: both are short runs of Chinese characters only (no
     * punctuation, digits or spaces: a cut text's rest is rarely one) that end in the same two
     * characters, as the labels of one column do ({@code 地方财政资金} over {@code 其他资金}); a
     * label wrapped over a page break leaves a rest that does not repeat its ending.
     */
    static boolean parallelLabels(Row prev, Row next) {
        boolean any = false;
        for (int c = 0; c < next.cells().size(); c++) {
            String b = next.cells().get(c).text().strip();
            if (b.isEmpty()) {
                continue;
            }
            String a = prev.cells().get(c).text().strip();
            if (!hanLabel(a) || !hanLabel(b) || !a.substring(a.length() - 2).equals(b.substring(b.length() - 2))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean hanLabel(String t) {
        return t.length() >= 3 && t.length() <= MAX_LABEL
                && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean continues(Row prev, Row next, int from, int to) {
        int filledNew = 0;
        int filledOld = 0;
        for (int c = from; c < to; c++) {
            boolean p = !prev.cells().get(c).isEmpty();
            boolean n = !next.cells().get(c).isEmpty();
            if (n && !p) {
                return false;
            }
            filledNew += n ? 1 : 0;
            filledOld += p ? 1 : 0;
        }
        return filledNew == 1 && filledOld >= 2;
    }

    static Row merge(Row prev, Row next) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < prev.cells().size(); c++) {
            Cell a = prev.cells().get(c);
            Cell b = next.cells().get(c);
            cells.add(b.isEmpty() ? a : new Cell(joinLines(List.of(a.text(), b.text())), a.at()));
        }
        return new Row(cells, true, prev.at());
    }

    /**
     * tabula's public {@code extract(int)} prints the stack trace of a damaged page and returns
     * null; its protected {@code extractPage} throws, which lets the reader name the page.
     */
    private static final class PageExtractor extends ObjectExtractor {
        PageExtractor(PDDocument pdf) {
            super(pdf);
        }

        Page page(int p) throws IOException {
            return extractPage(p);
        }
    }

    private static PDDocument load(byte[] bytes, String source, Limits limits) throws ReadException {
        try {
            // PDFBox's own bound on the memory its streams take (raw and decoded): a 1 GiB Flate
            // stream ends in an IOException, not in an OutOfMemoryError
            return PDDocument.load(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(limits.pdfStreamBytes()));
        } catch (InvalidPasswordException e) {
            throw new ReadException(source, "encrypted PDF (it needs a password to open)", e);
        } catch (IOException | RuntimeException e) {
            throw PdfLimits.refusal(e, source, limits, "not a readable PDF (" + oneLine(e) + ")");
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl).strip() : m;
    }

    /** A row with its vertical position, to put rows of a page in reading order. */
    private record Placed(float top, float left, Row row, float[] columns) {
        Placed(float top, float left, Row row) {
            this(top, left, row, null);
        }
    }

    static List<Row> readPage(Page page, SpreadsheetExtractionAlgorithm lattice, int pageNo) {
        List<Row> rows = new ArrayList<>();
        for (Placed p : placedRows(page, lattice, pageNo)) {
            rows.add(p.row());
        }
        return rows;
    }

    private static List<Placed> placedRows(Page page, SpreadsheetExtractionAlgorithm lattice, int pageNo) {
        List<Placed> placed = new ArrayList<>();
        List<TextElement> glyphs = new ArrayList<>();
        for (TextElement e : page.getText()) {
            if (!e.getText().isBlank()) {
                glyphs.add(e);
            }
        }
        glyphs = printedSize(glyphs);
        List<Table> tables = lattice.extract(page, closed(outsideGlyphs(page.getHorizontalRulings(), glyphs),
                outsideGlyphs(page.getVerticalRulings(), glyphs)));
        List<Table> real = new ArrayList<>();
        for (Table t : tables) {
            if (t.getRowCount() >= 1 && t.getColCount() >= 2) {
                real.add(t);
            }
        }
        for (Table t : real) {
            placed.addAll(grid(t, glyphs, pageNo));
        }
        // a glyph no cell of a ruled table holds (its cell has no closed outline) is read with the
        // text outside the tables, so that nothing printed is lost
        List<TextElement> rest = new ArrayList<>();
        for (TextElement e : glyphs) {
            if (!inCell(e, real)) {
                rest.add(e);
            }
        }
        List<float[]> ruled = new ArrayList<>();
        for (Table t : real) {
            ruled.add(new float[] {(float) t.getTop(), (float) t.getBottom()});
        }
        float textRight = -Float.MAX_VALUE;
        for (TextElement e : glyphs) {
            textRight = Math.max(textRight, (float) e.getRight());
        }
        for (Table t : real) {
            textRight = Math.max(textRight, (float) t.getRight());
        }
        placed.addAll(loose(rest, pageNo, ruled, textRight));
        placed.sort(Comparator.comparingDouble(Placed::top).thenComparingDouble(Placed::left));
        return placed;
    }

    /** Pages with more rules than this in one direction are not searched for open table ends. */
    private static final int MAX_CLOSED_RULES = 400;

    /** The smallest width and height of a cell that can hold text, in points. */
    private static final float MIN_CELL = 3f;

    /**
     * Whether a lattice cell is a cell that can hold text: a sliver narrower or lower than
     * {@link #MIN_CELL} lies between two rules drawn close together (a double rule, or the rules of
     * neighbouring cells a browser draws a point apart) and would add an empty column or row.
     */
    private static boolean holds(RectangularTextContainer<?> c) {
        return c instanceof technology.tabula.Cell && c.getWidth() >= MIN_CELL && c.getHeight() >= MIN_CELL;
    }

    /** Whether some cell of the tables holds the glyph's centre (the test {@link #grid} places text by). */
    private static boolean inCell(TextElement e, List<Table> tables) {
        double cx = e.getCenterX();
        double cy = e.getCenterY();
        for (Table t : tables) {
            if (cx < t.getLeft() - 1 || cx > t.getRight() + 1 || cy < t.getTop() - 1 || cy > t.getBottom() + 1) {
                continue;
            }
            for (List<RectangularTextContainer> row : t.getRows()) {
                for (RectangularTextContainer<?> c : row) {
                    if (holds(c)
                            && cx >= c.getLeft() && cx < c.getRight() && cy >= c.getTop() && cy < c.getBottom()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The rulings that do not lie inside a glyph. Fonts drawn as pictures (Type 3 fonts, which
     * browsers use for synthetic bold) paint their strokes as paths: the strokes of 三, 目 or 出 would
     * be read as rules and carve tiny tables out of a title or a heading cell. A table's rule is
     * longer than one glyph and never runs through one.
     */
    static List<technology.tabula.Ruling> outsideGlyphs(List<technology.tabula.Ruling> rulings, List<TextElement> glyphs) {
        List<technology.tabula.Ruling> out = new ArrayList<>();
        for (technology.tabula.Ruling r : rulings) {
            boolean inGlyph = false;
            for (TextElement g : glyphs) {
                double half = fontSize(g) * 0.6;
                double cy = g.getCenterY();
                if (r.getLeft() >= g.getLeft() - 0.5 && r.getRight() <= g.getRight() + 0.5
                        && r.getTop() >= cy - half && r.getBottom() <= cy + half) {
                    inGlyph = true;
                    break;
                }
            }
            if (!inGlyph) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The page's rulings with the open ends of tables closed. A table cut by a page break (a browser
     * prints it so) has its column rules run to the cut without a rule across them there, so the
     * cells cut open hold no closed rectangle and the lattice would not see them (their text, a
     * merged label above all, would be lost or put on another row). Where two vertical rules end at
     * the same height, with no horizontal rule there between them, while some horizontal rule further
     * along crosses both (they bound one table's columns), a horizontal rule is added between their
     * ends.
     */
    static List<technology.tabula.Ruling> closed(List<technology.tabula.Ruling> horizontal,
            List<technology.tabula.Ruling> vertical) {
        List<technology.tabula.Ruling> out = new ArrayList<>(horizontal);
        out.addAll(vertical);
        if (vertical.size() > MAX_CLOSED_RULES || horizontal.size() > MAX_CLOSED_RULES) {
            return out; // a drawing, not a table: not worth the pairwise search
        }
        List<technology.tabula.Ruling> added = new ArrayList<>();
        float tol = 2f;
        for (technology.tabula.Ruling a : vertical) {
            for (technology.tabula.Ruling b : vertical) {
                if (b.getLeft() <= a.getLeft() + tol) {
                    continue;
                }
                for (boolean top : new boolean[] {true, false}) {
                    float ya = (float) (top ? a.getTop() : a.getBottom());
                    float yb = (float) (top ? b.getTop() : b.getBottom());
                    if (Math.abs(ya - yb) > tol) {
                        continue;
                    }
                    float y = top ? Math.min(ya, yb) : Math.max(ya, yb);
                    float x0 = (float) a.getLeft();
                    float x1 = (float) b.getLeft();
                    if (spans(horizontal, y, x0, x1, tol) || spans(added, y, x0, x1, tol) || !crossesBoth(horizontal, a, b, tol)) {
                        continue;
                    }
                    added.add(new technology.tabula.Ruling(y, x0, x1 - x0, 0f));
                }
            }
        }
        out.addAll(added);
        return out;
    }

    /** Whether a horizontal rule at height y runs from x0 to x1. */
    private static boolean spans(List<technology.tabula.Ruling> horizontal, float y, float x0, float x1, float tol) {
        for (technology.tabula.Ruling h : horizontal) {
            if (Math.abs(h.getTop() - y) <= tol && h.getLeft() <= x0 + tol && h.getRight() >= x1 - tol) {
                return true;
            }
        }
        return false;
    }

    /** Whether a horizontal rule crosses both vertical rules within their extents. */
    private static boolean crossesBoth(List<technology.tabula.Ruling> horizontal, technology.tabula.Ruling a,
            technology.tabula.Ruling b, float tol) {
        for (technology.tabula.Ruling h : horizontal) {
            double y = h.getTop();
            if (h.getLeft() <= a.getLeft() + tol && h.getRight() >= b.getLeft() - tol
                    && y >= a.getTop() - tol && y <= a.getBottom() + tol && y >= b.getTop() - tol && y <= b.getBottom() + tol) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first row of a page on the column grid of the last row of the previous page, when both
     * are ruled rows whose grids differ (a table's rows printed on the next page form a grid of
     * their own, without the columns of the rows left behind): each filled cell goes to the old
     * column whose left rule is nearest its own (within 3 pt). Null when a filled cell has no such
     * column or two land in one.
     */
    static Row onGrid(Row next, float[] nextCols, float[] prevCols) {
        if (nextCols == null || prevCols == null || nextCols.length != next.cells().size()) {
            return null;
        }
        Cell[] out = new Cell[prevCols.length];
        for (int c = 0; c < nextCols.length; c++) {
            Cell cell = next.cells().get(c);
            if (cell.isEmpty()) {
                continue;
            }
            int best = -1;
            for (int k = 0; k < prevCols.length; k++) {
                if (Math.abs(prevCols[k] - nextCols[c]) <= 3 && (best < 0
                        || Math.abs(prevCols[k] - nextCols[c]) < Math.abs(prevCols[best] - nextCols[c]))) {
                    best = k;
                }
            }
            if (best < 0 || out[best] != null) {
                return null;
            }
            out[best] = new Cell(cell.text(), new Locator(null, best + 1, cell.at().page()));
        }
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < out.length; k++) {
            cells.add(out[k] != null ? out[k] : new Cell("", new Locator(null, k + 1, next.at().page())));
        }
        return new Row(cells, true, next.at());
    }

    /**
     * The grid of a ruled table, built from tabula's cell rectangles (tabula's own row/column
     * numbering is unreliable under row spans): a grid row per distinct cell top, a grid column per
     * distinct cell left edge; a cell's text goes to the position of its top-left corner.
     */
    static List<Placed> grid(Table t, List<TextElement> glyphs, int pageNo) {
        List<RectangularTextContainer<?>> cells = new ArrayList<>();
        java.util.Set<RectangularTextContainer<?>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<RectangularTextContainer> row : t.getRows()) {
            for (RectangularTextContainer<?> rc : row) {
                if (holds(rc) && seen.add(rc)) {
                    cells.add(rc);
                }
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        List<Placed> out = new ArrayList<>();
        for (List<RectangularTextContainer<?>> section : sections(cells)) {
            out.addAll(grid(section, (float) t.getLeft(), glyphs, pageNo));
        }
        return out;
    }

    /**
     * Splits the cells of one lattice area into the tables printed there: tables printed one right
     * under the other touch and tabula reads them as one area, whose merged column set would pad
     * every row with the other table's columns. A cut goes where no cell crosses and neither side's
     * inner vertical rules at the boundary are all among the other side's (a table continuing below
     * keeps its column grid: the rules of the row with fewer columns are rules of the other row; two
     * tables share at most a rule or two that fall together by chance).
     */
    static List<List<RectangularTextContainer<?>>> sections(List<RectangularTextContainer<?>> cells) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        List<Float> tops = new ArrayList<>();
        for (RectangularTextContainer<?> c : cells) {
            left = Math.min(left, c.getLeft());
            right = Math.max(right, c.getRight());
            tops.add((float) c.getTop());
        }
        List<Float> cuts = new ArrayList<>();
        for (float y : clusters(tops, 2f)) {
            List<Float> above = new ArrayList<>();
            List<Float> below = new ArrayList<>();
            boolean crossed = false;
            for (RectangularTextContainer<?> c : cells) {
                if (c.getTop() < y - 2 && c.getBottom() > y + 2) {
                    crossed = true;
                    break;
                }
                List<Float> side = Math.abs(c.getBottom() - y) <= 2 ? above : Math.abs(c.getTop() - y) <= 2 ? below : null;
                if (side != null) {
                    for (double x : new double[] {c.getLeft(), c.getRight()}) {
                        if (x > left + 2 && x < right - 2) {
                            side.add((float) x);
                        }
                    }
                }
            }
            if (!crossed && !above.isEmpty() && !below.isEmpty() && !within(above, below) && !within(below, above)) {
                cuts.add(y);
            }
        }
        List<List<RectangularTextContainer<?>>> out = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (RectangularTextContainer<?> c : cells) {
            int k = 0;
            while (k < cuts.size() && c.getTop() >= cuts.get(k) - 2) {
                k++;
            }
            out.get(k).add(c);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** Whether every rule of a is within 2 pt of a rule of b. */
    private static boolean within(List<Float> a, List<Float> b) {
        for (float x : a) {
            boolean found = false;
            for (float y : b) {
                found |= Math.abs(x - y) <= 2;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<Placed> grid(List<RectangularTextContainer<?>> cells, float tableLeft, List<TextElement> glyphs,
            int pageNo) {
        List<Float> tops = new ArrayList<>();
        List<Float> lefts = new ArrayList<>();
        for (RectangularTextContainer<?> c : cells) {
            tops.add((float) c.getTop());
            lefts.add((float) c.getLeft());
        }
        List<Float> rowsAt = clusters(tops, 2f);
        List<Float> colsAt = clusters(lefts, 2f);
        String[][] text = new String[rowsAt.size()][colsAt.size()];
        for (RectangularTextContainer<?> c : cells) {
            int r = nearest(rowsAt, (float) c.getTop());
            int k = nearest(colsAt, (float) c.getLeft());
            List<TextElement> in = new ArrayList<>();
            for (TextElement e : glyphs) {
                double cx = e.getCenterX();
                double cy = e.getCenterY();
                if (cx >= c.getLeft() && cx < c.getRight() && cy >= c.getTop() && cy < c.getBottom()) {
                    in.add(e);
                }
            }
            List<String> lines = new ArrayList<>();
            for (Line l : lines(in)) {
                lines.add(l.text());
            }
            String s = joinLines(lines);
            text[r][k] = text[r][k] == null || text[r][k].isEmpty() ? s : joinLines(List.of(text[r][k], s));
        }
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < rowsAt.size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int k = 0; k < colsAt.size(); k++) {
                row.add(new Cell(text[r][k] == null ? "" : text[r][k], new Locator(null, k + 1, pageNo)));
            }
            float[] columnLefts = new float[colsAt.size()];
            for (int k = 0; k < columnLefts.length; k++) {
                columnLefts[k] = colsAt.get(k);
            }
            out.add(new Placed(rowsAt.get(r), tableLeft, new Row(row, true, Locator.page(pageNo)), columnLefts));
        }
        return out;
    }

    /** Sorted values merged where closer than {@code tol}; each cluster is its first value. */
    static List<Float> clusters(List<Float> values, float tol) {
        List<Float> v = new ArrayList<>(values);
        v.sort(null);
        List<Float> out = new ArrayList<>();
        for (float x : v) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > tol) {
                out.add(x);
            }
        }
        return out;
    }

    static int nearest(List<Float> at, float x) {
        int best = 0;
        for (int i = 1; i < at.size(); i++) {
            if (Math.abs(at.get(i) - x) < Math.abs(at.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    /** A line of glyphs. */
    static final class Line {
        final List<TextElement> glyphs = new ArrayList<>();
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;

        void add(TextElement e) {
            glyphs.add(e);
            top = Math.min(top, (float) e.getTop());
            bottom = Math.max(bottom, (float) e.getBottom());
            left = Math.min(left, (float) e.getLeft());
            right = Math.max(right, (float) e.getRight());
        }

        float height() {
            return bottom - top;
        }

        String text() {
            return chunkText(glyphs);
        }
    }

    /**
     * Groups glyphs into lines: a glyph joins the current line when its vertical centre is within a
     * third of a glyph height of the centre of the line's first glyph (so a label centred beside a
     * two-line cell is a line of its own, not a mix of both). Lines top to bottom, glyphs left to
     * right.
     */
    static List<Line> lines(List<TextElement> els) {
        List<TextElement> sorted = new ArrayList<>(els);
        sorted.removeIf(e -> e.getText().isEmpty());
        sorted.sort(Comparator.comparingDouble(TextElement::getCenterY).thenComparingDouble(TextElement::getLeft));
        List<Line> lines = new ArrayList<>();
        Line cur = null;
        double ref = 0;
        double refH = 0;
        for (TextElement e : sorted) {
            double cy = e.getCenterY();
            if (cur == null || cy - ref > Math.max(1.0, Math.max(refH, e.getHeight()) / 3)) {
                cur = new Line();
                lines.add(cur);
                ref = cy;
                refH = e.getHeight();
            }
            cur.add(e);
        }
        for (Line l : lines) {
            l.glyphs.sort(Comparator.comparingDouble(TextElement::getLeft));
        }
        return lines;
    }

    /** Glyphs of one line in x order, with a space where the gap is wider than a fifth of the font size. */
    static String chunkText(List<TextElement> glyphs) {
        StringBuilder b = new StringBuilder();
        double prevRight = Double.NaN;
        for (TextElement g : glyphs) {
            String t = g.getText();
            if (!Double.isNaN(prevRight) && g.getLeft() - prevRight > Math.max(1.0, fontSize(g) * 0.2)
                    && b.length() > 0 && b.charAt(b.length() - 1) != ' ' && !t.startsWith(" ")) {
                b.append(' ');
            }
            b.append(t);
            prevRight = Double.isNaN(prevRight) ? g.getRight() : Math.max(prevRight, g.getRight());
        }
        return HtmlReader.squeeze(b);
    }

    /**
     * The glyphs with their font size as printed. The size a PDF gives a glyph leaves out the scale
     * of the page's coordinate system: a browser draws CSS pixels scaled by 3/4 to points, so a
     * 10.5 pt character says 14. A Chinese character is one em wide in every font, so where the
     * page's Chinese characters are clearly narrower than their stated size (the median ratio under
     * 0.95, at least 5 characters), every size is scaled by that ratio; otherwise the glyphs are
     * returned as they are.
     */
    static List<TextElement> printedSize(List<TextElement> glyphs) {
        List<Float> ratios = new ArrayList<>();
        for (TextElement e : glyphs) {
            String t = e.getText();
            if (t.length() == 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN
                    && e.getFontSize() > 0.5) {
                ratios.add((float) (e.getWidth() / e.getFontSize()));
            }
        }
        if (ratios.size() < 5) {
            return glyphs;
        }
        ratios.sort(null);
        float scale = ratios.get(ratios.size() / 2);
        if (scale >= 0.95f || scale <= 0.1f) {
            return glyphs;
        }
        List<TextElement> out = new ArrayList<>(glyphs.size());
        for (TextElement e : glyphs) {
            out.add(new TextElement((float) e.getTop(), (float) e.getLeft(), (float) e.getWidth(), (float) e.getHeight(),
                    e.getFont(), e.getFontSize() * scale, e.getText(), e.getWidthOfSpace(), e.getDirection()));
        }
        return out;
    }

    static double fontSize(TextElement g) {
        double fs = g.getFontSize();
        return fs > 0.5 ? Math.max(fs, g.getHeight() * 0.8) : Math.max(g.getHeight(), 1.0);
    }

    /** Joins the lines of one cell: no space between Chinese characters, one space otherwise. */
    static String joinLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && !(wide(b.charAt(b.length() - 1)) || wide(s.charAt(0)))) {
                b.append(' ');
            }
            b.append(s);
        }
        return b.toString();
    }

    /** Chinese characters and full-width punctuation: no space is printed beside them at a line break. */
    static boolean wide(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u2014' || c == '\u2026' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** A horizontally separated run of glyphs within a line. */
    record Chunk(float left, float right, float top, List<TextElement> glyphs) {
    }

    /** A logical row: lines close together, their chunks. */
    private static final class Group {
        final List<Line> lines = new ArrayList<>();
        final List<List<Chunk>> chunks = new ArrayList<>();
    }

    /** Text outside ruled tables: prose lines and unruled table rows. */
    static List<Row> looseRows(List<TextElement> els, int pageNo) {
        List<Row> rows = new ArrayList<>();
        for (Placed p : loose(els, pageNo, List.of(), -Float.MAX_VALUE)) {
            rows.add(p.row());
        }
        return rows;
    }

    /**
     * @param ruled     the vertical extents {top, bottom} of the page's ruled tables: an unruled table
     *                  never continues across one of them
     * @param textRight the right edge of the page's text, ruled tables included: a prose line that
     *                  reaches it wraps onto the next line (a centred title narrower than the
     *                  table under it does not, however wide it is among the lines outside tables)
     */
    static List<Placed> loose(List<TextElement> els, int pageNo, List<float[]> ruled, float textRight) {
        List<Line> lines = lines(els);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Float> heights = new ArrayList<>();
        for (Line l : lines) {
            heights.add(l.height());
        }
        heights.sort(null);
        float h = Math.max(1f, heights.get(heights.size() / 2));
        // logical rows: lines whose vertical gap is under half a line height
        List<Group> groups = new ArrayList<>();
        Group g = null;
        Line prev = null;
        float pageRight = textRight;
        for (Line l : lines) {
            pageRight = Math.max(pageRight, l.right);
        }
        for (Line l : lines) {
            List<Chunk> cs = split(l);
            float gap = g == null ? 0 : l.top - prev.bottom;
            boolean wrapped = g != null && g.chunks.stream().allMatch(c -> c.size() == 1) && cs.size() == 1
                    && gap < Math.max(h, fontSize(prev.glyphs.get(0)))
                    && Math.abs(prev.height() - l.height()) <= 0.25f * Math.max(prev.height(), l.height())
                    && sameSize(prev, l)
                    && prev.right >= pageRight - fontSize(prev.glyphs.get(0)) * 1.5;
            if (g == null || gap >= h * 0.5f && !wrapped || crossesGap(g.chunks.get(g.chunks.size() - 1), cs)) {
                g = new Group();
                groups.add(g);
            }
            g.lines.add(l);
            g.chunks.add(cs);
            prev = l;
        }
        List<Placed> out = new ArrayList<>();
        // runs of table groups share columns
        int i = 0;
        while (i < groups.size()) {
            if (!tabular(groups.get(i))) {
                Group pg = groups.get(i);
                Line first = pg.lines.get(0);
                int[] label = labelBeside(pg);
                List<String> texts = new ArrayList<>();
                for (int k = 0; k < pg.lines.size(); k++) {
                    List<TextElement> gl = pg.lines.get(k).glyphs;
                    texts.add(chunkText(label != null && label[0] == k ? gl.subList(label[1], gl.size()) : gl));
                }
                if (label != null) {
                    List<TextElement> gl = pg.lines.get(label[0]).glyphs;
                    Row row = new Row(List.of(new Cell(chunkText(gl.subList(0, label[1])), new Locator(null, 1, pageNo)),
                            new Cell(joinLines(texts), new Locator(null, 2, pageNo))), true, Locator.page(pageNo));
                    out.add(new Placed(first.top, Math.min(first.left, pg.lines.get(label[0]).left), row));
                } else {
                    out.add(new Placed(first.top, first.left, Row.prose(joinLines(texts), Locator.page(pageNo))));
                }
                i++;
                continue;
            }
            int j = i;
            while (j < groups.size() && (j == i || !ruledBetween(groups.get(j - 1), groups.get(j), ruled))
                    && (tabular(groups.get(j)) || fragmentsInside(groups, i, j, ruled))) {
                j++;
            }
            out.addAll(table(groups.subList(i, j), pageNo, h));
            i = j;
        }
        return out;
    }

    /**
     * A label printed beside a paragraph of several lines, on one of its lines (a label cell
     * centred beside a wrapped text, printed less than a font size away from it): a line that
     * starts with at least two Chinese characters followed by a gap of half a font size or more,
     * while every other line of the group starts at least 0.3 font size right of those characters
     * and one of them reaches as far right as the label's line (the lines of one text block, not
     * a title's lines centred one under the other). {line index, index of the
     * glyph after the gap}, or null.
     */
    private static int[] labelBeside(Group g) {
        if (g.lines.size() < 2) {
            return null;
        }
        for (int k = 0; k < g.lines.size(); k++) {
            List<TextElement> gl = new ArrayList<>(g.lines.get(k).glyphs);
            int cut = -1;
            double right = Double.NaN;
            for (int i = 0; i < gl.size(); i++) {
                TextElement e = gl.get(i);
                if (i > 0 && e.getLeft() - right >= fontSize(e) * 0.5) {
                    cut = i;
                    break;
                }
                String t = e.getText();
                if (t.isBlank()) {
                    continue;
                }
                if (t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)) {
                    break;
                }
                right = Double.isNaN(right) ? e.getRight() : Math.max(right, e.getRight());
            }
            if (cut < 2) {
                continue;
            }
            double fs = fontSize(gl.get(cut));
            double clear = right + fs * 0.3;
            boolean beside = true;
            boolean flush = false;
            for (int m = 0; m < g.lines.size() && beside; m++) {
                beside = m == k || g.lines.get(m).left >= clear;
                flush |= m != k && g.lines.get(m).right >= g.lines.get(k).right - fs * 1.5;
            }
            if (beside && flush) {
                return new int[] {k, cut};
            }
        }
        return null;
    }

    /** The most lines of one merged cell's text printed apart, one under the other, between table rows. */
    private static final int MAX_FRAGMENTS = 4;

    /**
     * Whether the groups from {@code j} on, up to the next table row, are fragments of a merged
     * cell's text centred among the rows it spans ({@link #inside}: a label wrapped over lines
     * printed further apart than half a line height is a group per line), with no ruled table
     * between them and at most {@link #MAX_FRAGMENTS} of them; when there are several, none runs
     * across a column gap of the row above.
     */
    private static boolean fragmentsInside(List<Group> groups, int i, int j, List<float[]> ruled) {
        for (int k = j; k < groups.size() && k - j < MAX_FRAGMENTS; k++) {
            if (tabular(groups.get(k)) || !inside(groups.get(k), groups.subList(i, j))
                    || k + 1 >= groups.size() || ruledBetween(groups.get(k), groups.get(k + 1), ruled)) {
                return false;
            }
            if (tabular(groups.get(k + 1))) {
                // several fragments: each stays within one column of the row above (a title centred
                // over the table, with a line under it, runs across its columns)
                for (int m = j; m <= k && k > j; m++) {
                    if (acrossColumns(groups.get(m), groups.get(j - 1))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a line of a group runs across a column gap of a line of the table row above it. */
    private static boolean acrossColumns(Group g, Group above) {
        for (List<Chunk> cs : g.chunks) {
            for (List<Chunk> row : above.chunks) {
                if (crossesGap(cs, row)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two lines are printed in one font size (within 15 %, as the lines of one paragraph are). */
    private static boolean sameSize(Line a, Line b) {
        double fa = fontSize(a.glyphs.get(0));
        double fb = fontSize(b.glyphs.get(0));
        return Math.abs(fa - fb) <= 0.15 * Math.max(fa, fb);
    }

    /** Whether a ruled table lies between two groups of lines (one above the other). */
    private static boolean ruledBetween(Group a, Group b, List<float[]> ruled) {
        float from = a.lines.get(a.lines.size() - 1).bottom;
        float to = b.lines.get(0).top;
        for (float[] t : ruled) {
            if (t[0] >= from - 1 && t[1] <= to + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of two adjacent lines is a single run of text that crosses a column gap of the
     * other (a heading right above a row of cells): such lines are not parts of one table row, where
     * every line of a wrapped cell stays inside its column.
     */
    static boolean crossesGap(List<Chunk> a, List<Chunk> b) {
        return crosses(a, b) || crosses(b, a);
    }

    private static boolean crosses(List<Chunk> single, List<Chunk> cells) {
        if (single.size() != 1 || cells.size() < 2) {
            return false;
        }
        Chunk s = single.get(0);
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (s.left() < cells.get(i).right() && s.right() > cells.get(i + 1).left()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-chunk group between table rows that starts right of the table's left edge and is
     * narrower than half of it: a merged cell's text centred among the rows it spans.
     */
    private static boolean inside(Group g, List<Group> table) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Group t : table) {
            for (Line l : t.lines) {
                left = Math.min(left, l.left);
                right = Math.max(right, l.right);
            }
        }
        float gl = Float.MAX_VALUE;
        float gr = -Float.MAX_VALUE;
        for (Line l : g.lines) {
            gl = Math.min(gl, l.left);
            gr = Math.max(gr, l.right);
        }
        return !table.isEmpty() && gl >= left - 2 && gr <= right + 2 && (gr - gl) < (right - left) / 2;
    }

    /**
     * A logical row is part of a table when one of its lines has several chunks, or when two of its
     * chunks sit side by side without overlapping horizontally (a label centred beside a wrapped
     * cell); lines of a wrapped paragraph overlap each other.
     */
    private static boolean tabular(Group g) {
        List<Chunk> all = new ArrayList<>();
        for (List<Chunk> cs : g.chunks) {
            if (cs.size() >= 2) {
                return true;
            }
            all.addAll(cs);
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Chunk a = all.get(i);
                Chunk b = all.get(j);
                double gap = Math.max(a.left() - b.right(), b.left() - a.right());
                if (gap >= fontSize(a.glyphs().get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Splits a line where the horizontal gap is at least one font size (a column gap). */
    private static List<Chunk> split(Line l) {
        List<Chunk> out = new ArrayList<>();
        List<TextElement> cur = new ArrayList<>();
        double prevRight = Double.NaN;
        for (TextElement e : l.glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            if (!cur.isEmpty() && e.getLeft() - prevRight >= fontSize(e) * 1.0) {
                out.add(chunk(cur));
                cur = new ArrayList<>();
            }
            cur.add(e);
            prevRight = cur.size() == 1 ? e.getRight() : Math.max(prevRight, e.getRight());
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }

    private static Chunk chunk(List<TextElement> glyphs) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        for (TextElement e : glyphs) {
            left = Math.min(left, (float) e.getLeft());
            right = Math.max(right, (float) e.getRight());
            top = Math.min(top, (float) e.getTop());
        }
        return new Chunk(left, right, top, List.copyOf(glyphs));
    }

    /**
     * Unruled table rows. Columns come from gutters: x ranges that no glyph of a logical row
     * (a band of lines close together) crosses. A gap of at least one font size is a gutter; a
     * narrower gap (at least 0.3 of the font size, wider than a word space) is one when the band
     * above or below has a gap there too (column gaps repeat from row to row). Consecutive bands
     * whose text does not run across each other's gutters form one section with shared columns (a
     * boundary where the gutters of its bands overlap); a text run goes to the column holding its
     * centre, so the lines of a centred cell stay together however they are indented. Within a
     * band, a column whose text has a vertical gap of half a line height or more holds cells of
     * several table rows (a merged cell centred beside them joined the rows into one band): the
     * band is cut there, and each block of lines goes to the row where it begins.
     */
    private static List<Placed> table(List<Group> found, int pageNo, float h) {
        float pitch = pitch(found);
        List<Group> groups = found;
        if (pitch > 0) {
            // bands again: a line starts a new band when it starts more than 1.25 line pitches below the previous line
            groups = new ArrayList<>();
            Group g = null;
            float prevTop = 0;
            for (Group f : found) {
                for (int k = 0; k < f.lines.size(); k++) {
                    Line l = f.lines.get(k);
                    if (g == null || l.top - prevTop > pitch * 1.25f) {
                        g = new Group();
                        groups.add(g);
                    }
                    g.lines.add(l);
                    g.chunks.add(f.chunks.get(k));
                    prevTop = l.top;
                }
            }
        }
        float rowStep = pitch > 0 ? pitch * 1.25f : Float.NaN;
        int n = groups.size();
        List<List<float[]>> gaps = new ArrayList<>();
        for (Group g : groups) {
            gaps.add(gaps(g));
        }
        List<List<float[]>> gutters = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<float[]> keep = new ArrayList<>();
            for (float[] gap : gaps.get(b)) {
                if (gap[2] >= 1f || b > 0 && overlapsAny(gap, gaps.get(b - 1)) || b + 1 < n && overlapsAny(gap, gaps.get(b + 1))
                        || b > 0 && leavesOpen(groups.get(b - 1), gap) || b + 1 < n && leavesOpen(groups.get(b + 1), gap)) {
                    keep.add(gap);
                }
            }
            gutters.add(keep);
        }
        List<List<Chunk>> runs = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<Chunk> cs = new ArrayList<>();
            for (Line l : groups.get(b).lines) {
                cs.addAll(splitAt(l, gutters.get(b)));
            }
            runs.add(cs);
        }
        int head = -1;
        List<float[]> spans = null;
        for (int b = 0; b < n && spans == null; b++) {
            spans = headingSpans(groups.get(b));
            head = b;
        }
        List<Placed> out = new ArrayList<>();
        if (spans == null) {
            out.addAll(sections(groups, runs, gutters, 0, n, pageNo, h, rowStep));
            return out;
        }
        int stop = head + 1;
        while (stop < n && !spansColumns(groups.get(stop), spans)) {
            stop++;
        }
        out.addAll(sections(groups, runs, gutters, 0, head, pageNo, h, rowStep));
        // columns beside the headings (a 绩效指标 label centred among the rows, left of 一级指标): the
        // bands' gutters outside the headings' extent
        float headLeft = spans.get(0)[0];
        float headRight = spans.get(spans.size() - 1)[1];
        List<List<Chunk>> cut = new ArrayList<>();
        List<float[]> outside = new ArrayList<>();
        for (int b = head; b < stop; b++) {
            List<float[]> beside = new ArrayList<>();
            for (float[] gap : gutters.get(b)) {
                if (gap[1] <= headLeft + 0.5f || gap[0] >= headRight - 0.5f) {
                    beside.add(gap);
                }
            }
            outside.addAll(beside);
            List<Chunk> cs = new ArrayList<>();
            for (Line l : groups.get(b).lines) {
                for (Chunk c : splitAt(l, beside)) {
                    cs.addAll(cutAtSpans(c.glyphs(), spans));
                }
            }
            cut.add(cs);
        }
        List<Float> bounds = new ArrayList<>();
        for (float[] c : clusterIntervals(outside)) {
            bounds.add((c[0] + c[1]) / 2);
        }
        for (int k = 0; k + 1 < spans.size(); k++) {
            bounds.add((spans.get(k)[1] + spans.get(k + 1)[0]) / 2);
        }
        bounds.sort(null);
        out.addAll(section(groups.subList(head, stop), cut, bounds, pageNo, h, rowStep));
        out.addAll(sections(groups, runs, gutters, stop, n, pageNo, h, rowStep));
        return out;
    }

    /** Bands from..to in sections of shared columns: a new section where a band's text runs across the other's gutters. */
    private static List<Placed> sections(List<Group> groups, List<List<Chunk>> runs, List<List<float[]>> gutters,
            int lo, int hi, int pageNo, float h, float rowStep) {
        List<Placed> out = new ArrayList<>();
        int from = lo;
        for (int b = lo + 1; b <= hi; b++) {
            if (b == hi || crossesGutter(runs.get(b - 1), gutters.get(b)) || crossesGutter(runs.get(b), gutters.get(b - 1))) {
                List<float[]> all = new ArrayList<>();
                for (List<float[]> gs : gutters.subList(from, b)) {
                    all.addAll(gs);
                }
                List<Float> bounds = new ArrayList<>();
                for (float[] c : clusterIntervals(all)) {
                    bounds.add((c[0] + c[1]) / 2);
                }
                out.addAll(section(groups.subList(from, b), runs.subList(from, b), bounds, pageNo, h, rowStep));
                from = b;
            }
        }
        return out;
    }

    /** The least number of recognised headings of an indicator table's heading row read as a column model. */
    private static final int MIN_HEADINGS = 3;

    /**
     * The columns of an indicator table's heading row (一级指标 / 二级指标 / 三级指标 / 指标值 ...),
     * or null when the band is not one. A heading word is printed without gaps between its
     * characters, so the band's x coverage, split where no glyph of any of its lines covers at least
     * 0.3 font size, gives one span per heading (its lines wrapped under each other); the band is a
     * heading row when every span's text names a column of the indicator table and at least
     * {@link #MIN_HEADINGS} of them are the indicator's levels, name or value. {start, end} per span.
     */
    private static List<float[]> headingSpans(Group g) {
        List<TextElement> all = glyphsByX(g);
        List<List<TextElement>> parts = new ArrayList<>();
        double covered = Double.NaN;
        for (TextElement e : all) {
            if (Double.isNaN(covered) || e.getLeft() - covered >= fontSize(e) * 0.3) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(e);
            covered = Double.isNaN(covered) ? e.getRight() : Math.max(covered, e.getRight());
        }
        if (parts.size() < MIN_HEADINGS) {
            return null;
        }
        int core = 0;
        List<float[]> spans = new ArrayList<>();
        for (List<TextElement> part : parts) {
            List<String> texts = new ArrayList<>();
            for (Line l : lines(part)) {
                texts.add(l.text());
            }
            Vocabulary.Column c = Vocabulary.column(joinLines(texts));
            if (c == null) {
                return null;
            }
            if (c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2 || c == Vocabulary.Column.NAME
                    || c == Vocabulary.Column.VALUE) {
                core++;
            }
            Chunk ch = chunk(part);
            spans.add(new float[] {ch.left(), ch.right()});
        }
        return core >= MIN_HEADINGS ? spans : null;
    }

    /**
     * Whether a band is no longer a row of the table under a heading row: one of its runs of text
     * (split at gaps of a font size) covers three heading columns whole (a text across the table).
     */
    private static boolean spansColumns(Group g, List<float[]> spans) {
        for (Line l : g.lines) {
            for (Chunk c : split(l)) {
                int whole = 0;
                for (float[] s : spans) {
                    whole += c.left() <= s[0] + 0.5f && c.right() >= s[1] - 0.5f ? 1 : 0;
                }
                if (whole >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The heading span holding a glyph's centre, or -1. */
    private static int spanOf(TextElement e, List<float[]> spans) {
        double mid = (e.getLeft() + e.getRight()) / 2;
        for (int k = 0; k < spans.size(); k++) {
            if (mid >= spans.get(k)[0] && mid <= spans.get(k)[1]) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A line's glyphs (in x order) cut into runs under a heading row: at gaps of a font size, and where the
     * glyphs pass from one heading's span into the next one's, even without a visible gap (a
     * printer that leaves columns less than a character apart). The cut goes at the widest gap
     * between the last glyph under the one heading and the first under the next (the glyphs in
     * between, outside both headings, go with the nearer side of that gap; the cut is right before
     * the glyph under the next heading where no gap is wider).
     */
    static List<Chunk> cutAtSpans(List<TextElement> glyphs, List<float[]> spans) {
        List<Chunk> out = new ArrayList<>();
        List<TextElement> cur = new ArrayList<>();
        int lastSpan = -1;
        int lastPos = -1;
        double prevRight = Double.NaN;
        for (TextElement e : glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            if (!cur.isEmpty() && e.getLeft() - prevRight >= fontSize(e)) {
                out.add(chunk(cur));
                cur = new ArrayList<>();
                lastSpan = -1;
            }
            int s = spanOf(e, spans);
            if (!cur.isEmpty() && s >= 0 && lastSpan >= 0 && s > lastSpan) {
                int best = cur.size();
                double bestGap = e.getLeft() - cur.get(cur.size() - 1).getRight();
                for (int i = lastPos + 1; i < cur.size(); i++) {
                    double gap = cur.get(i).getLeft() - cur.get(i - 1).getRight();
                    if (gap > bestGap + 0.01) {
                        best = i;
                        bestGap = gap;
                    }
                }
                out.add(chunk(cur.subList(0, best)));
                cur = new ArrayList<>(cur.subList(best, cur.size()));
                prevRight = Double.NaN;
                for (TextElement k : cur) {
                    prevRight = Double.isNaN(prevRight) ? k.getRight() : Math.max(prevRight, k.getRight());
                }
            }
            cur.add(e);
            if (s >= 0) {
                lastSpan = s;
                lastPos = cur.size() - 1;
            }
            prevRight = cur.size() == 1 || Double.isNaN(prevRight) ? e.getRight() : Math.max(prevRight, e.getRight());
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }

    /**
     * The line pitch inside cells: the least distance, within one logical row found by gaps, between
     * the tops of a text run and the nearest run below it that it overlaps horizontally (at least
     * 0.8 font size, so runs of one line do not count); 0 when there is none (no cell wraps, and the
     * rows found by gaps stand).
     */
    private static float pitch(List<Group> groups) {
        float best = Float.MAX_VALUE;
        for (Group g : groups) {
            List<Chunk> all = new ArrayList<>();
            for (List<Chunk> cs : g.chunks) {
                all.addAll(cs);
            }
            best = Math.min(best, runPitch(all));
        }
        if (best == Float.MAX_VALUE) {
            best = lonePitch(groups);
        }
        return best == Float.MAX_VALUE ? 0 : best;
    }

    /**
     * The line pitch shown by a lone fragment: a logical row of one line and one run (a middle line
     * of a label wrapped over several lines and centred among the rows it spans, printed with
     * more space between lines than half a line height) whose top is at most 1.6 font sizes below
     * the top of a run of the row above that it overlaps horizontally. The least such distance, or
     * {@link Float#MAX_VALUE} when there is none.
     */
    private static float lonePitch(List<Group> groups) {
        float best = Float.MAX_VALUE;
        for (int i = 1; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.lines.size() != 1 || g.chunks.get(0).size() != 1) {
                continue;
            }
            Chunk lone = g.chunks.get(0).get(0);
            float fs = (float) fontSize(lone.glyphs().get(0));
            for (List<Chunk> cs : groups.get(i - 1).chunks) {
                for (Chunk a : cs) {
                    float d = lone.top() - a.top();
                    if (d >= fs * 0.8f && d <= fs * 1.6f && a.left() < lone.right() && a.right() > lone.left()) {
                        best = Math.min(best, d);
                    }
                }
            }
        }
        return best;
    }

    private static float runPitch(List<Chunk> all) {
        float best = Float.MAX_VALUE;
        for (Chunk a : all) {
            float fs = (float) fontSize(a.glyphs().get(0));
            float next = Float.MAX_VALUE;
            for (Chunk b : all) {
                float d = b.top() - a.top();
                if (d >= fs * 0.8f && b.left() < a.right() && b.right() > a.left()) {
                    next = Math.min(next, d);
                }
            }
            best = Math.min(best, next);
        }
        return best;
    }

    /** The non-blank glyphs of a band's lines, left to right. */
    private static List<TextElement> glyphsByX(Group g) {
        List<TextElement> all = new ArrayList<>();
        for (Line l : g.lines) {
            for (TextElement e : l.glyphs) {
                if (!e.getText().isBlank()) {
                    all.add(e);
                }
            }
        }
        all.sort(Comparator.comparingDouble(TextElement::getLeft));
        return all;
    }

    /** Gaps in the x coverage of a band's glyphs: {start, end, width in font sizes}, at least 0.3 font size wide. */
    private static List<float[]> gaps(Group g) {
        List<TextElement> all = glyphsByX(g);
        List<float[]> out = new ArrayList<>();
        double covered = Double.NaN;
        for (TextElement e : all) {
            if (!Double.isNaN(covered)) {
                double w = e.getLeft() - covered;
                double fs = fontSize(e);
                if (w >= fs * 0.3) {
                    out.add(new float[] {(float) covered, (float) e.getLeft(), (float) (w / fs)});
                }
            }
            covered = Double.isNaN(covered) ? e.getRight() : Math.max(covered, e.getRight());
        }
        return out;
    }

    /**
     * Whether a band leaves a gap of another band open: no glyph of it reaches into the gap, and it
     * has text right of it (a column boundary the band keeps too, be its label column empty: a
     * merged label printed centred among the rows it spans is close to the cells beside it).
     */
    private static boolean leavesOpen(Group g, float[] gap) {
        boolean right = false;
        for (Line l : g.lines) {
            for (TextElement e : l.glyphs) {
                if (e.getText().isBlank()) {
                    continue;
                }
                if (e.getRight() > gap[0] + 0.5f && e.getLeft() < gap[1] - 0.5f) {
                    return false;
                }
                right |= e.getLeft() >= gap[1] - 0.5f;
            }
        }
        return right;
    }

    private static boolean overlapsAny(float[] gap, List<float[]> others) {
        for (float[] o : others) {
            if (Math.min(gap[1], o[1]) - Math.max(gap[0], o[0]) > 0.5f) {
                return true;
            }
        }
        return false;
    }

    /** A line's glyphs split at the band's gutters. */
    private static List<Chunk> splitAt(Line l, List<float[]> gutters) {
        List<Chunk> out = new ArrayList<>();
        List<TextElement> cur = new ArrayList<>();
        double prevRight = Double.NaN;
        for (TextElement e : l.glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            if (!cur.isEmpty()) {
                for (float[] g : gutters) {
                    if (prevRight <= g[0] + 0.5 && e.getLeft() >= g[1] - 0.5) {
                        out.add(chunk(cur));
                        cur = new ArrayList<>();
                        break;
                    }
                }
            }
            cur.add(e);
            prevRight = cur.size() == 1 ? e.getRight() : Math.max(prevRight, e.getRight());
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }

    /** Whether a text run spans a whole gutter of another band (the two bands have different columns). */
    private static boolean crossesGutter(List<Chunk> runs, List<float[]> gutters) {
        for (Chunk c : runs) {
            for (float[] g : gutters) {
                if (c.left() < g[0] - 0.5f && c.right() > g[1] + 0.5f) {
                    return true;
                }
            }
        }
        return false;
    }

    private static float bottom(Chunk c) {
        float b = -Float.MAX_VALUE;
        for (TextElement e : c.glyphs()) {
            b = Math.max(b, (float) e.getBottom());
        }
        return b;
    }

    /** Intervals clustered while they share a common part: {start, end} of each cluster's common part. */
    private static List<float[]> clusterIntervals(List<float[]> intervals) {
        List<float[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        List<float[]> out = new ArrayList<>();
        float[] cur = null;
        for (float[] iv : sorted) {
            if (cur != null && iv[0] < cur[1]) {
                cur[0] = Math.max(cur[0], iv[0]);
                cur[1] = Math.min(cur[1], iv[1]);
                continue;
            }
            cur = new float[] {iv[0], iv[1]};
            out.add(cur);
        }
        return out;
    }

    private static List<Placed> section(List<Group> bands, List<List<Chunk>> runs, List<Float> bounds,
            int pageNo, float h, float rowStep) {
        int width = bounds.size() + 1;
        List<String[]> grid = new ArrayList<>();
        List<int[]> reachesDown = new ArrayList<>();
        List<float[]> at = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            // blocks per column: runs stacked with less than half a line height between them
            List<List<Chunk>> perCol = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                perCol.add(new ArrayList<>());
            }
            for (Chunk ch : runs.get(b)) {
                float mid = (ch.left() + ch.right()) / 2;
                int c = 0;
                while (c < bounds.size() && bounds.get(c) < mid) {
                    c++;
                }
                perCol.get(c).add(ch);
            }
            List<List<List<Chunk>>> blocks = new ArrayList<>();
            List<float[]> cuts = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                List<Chunk> in = perCol.get(c);
                in.sort(Comparator.comparingDouble(Chunk::top).thenComparingDouble(Chunk::left));
                List<List<Chunk>> bs = new ArrayList<>();
                float prevBottom = Float.NaN;
                float prevTop = Float.NaN;
                for (Chunk ch : in) {
                    boolean apart = Float.isNaN(rowStep) ? ch.top() - prevBottom >= h * 0.5f : ch.top() - prevTop > rowStep;
                    prevTop = ch.top();
                    if (bs.isEmpty() || apart) {
                        if (!bs.isEmpty()) {
                            cuts.add(new float[] {prevBottom, ch.top()});
                        }
                        bs.add(new ArrayList<>());
                        prevBottom = bottom(ch);
                    } else {
                        prevBottom = Math.max(prevBottom, bottom(ch));
                    }
                    bs.get(bs.size() - 1).add(ch);
                }
                blocks.add(bs);
            }
            List<Float> cutAt = new ArrayList<>();
            for (float[] c : clusterIntervals(cuts)) {
                cutAt.add((c[0] + c[1]) / 2);
            }
            int rows = cutAt.size() + 1;
            List<List<List<String>>> texts = new ArrayList<>();
            float[] tops = new float[rows];
            java.util.Arrays.fill(tops, Float.MAX_VALUE);
            int[][] down = new int[rows][width];
            for (int r = 0; r < rows; r++) {
                List<List<String>> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(new ArrayList<>());
                }
                texts.add(row);
            }
            for (int c = 0; c < width; c++) {
                for (List<Chunk> block : blocks.get(c)) {
                    float top = block.get(0).top();
                    int r = 0;
                    while (r < cutAt.size() && cutAt.get(r) < top) {
                        r++;
                    }
                    tops[r] = Math.min(tops[r], top);
                    float last = block.get(block.size() - 1).top();
                    for (int j = r; j < cutAt.size() && last > cutAt.get(j); j++) {
                        down[r][c]++;
                    }
                    for (Chunk ch : block) {
                        texts.get(r).get(c).add(chunkText(ch.glyphs()));
                    }
                }
            }
            Line first = bands.get(b).lines.get(0);
            for (int r = 0; r < rows; r++) {
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    cells[c] = joinLines(texts.get(r).get(c));
                }
                grid.add(cells);
                reachesDown.add(down[r]);
                at.add(new float[] {r == 0 ? first.top : tops[r], first.left});
            }
        }
        liftCentredSpans(grid, reachesDown);
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(new Cell(grid.get(r)[c], new Locator(null, c + 1, pageNo)));
            }
            out.add(new Placed(at.get(r)[0], at.get(r)[1], new Row(cells, true, Locator.page(pageNo))));
        }
        return out;
    }

    /**
     * Without rules, a merged cell's text is printed centred among the rows it spans. Where a run
     * of filled cells in a column has as many empty cells above it as below it (give or take one, and
     * at least one of each: a text whose own rows were cut apart by position starts in its top row),
     * and some column further right is filled in every one of those rows, the run is taken as such
     * a centred text: it moves, joined, to the top of the span, as ruled tables and HTML give it.
     */
    static void liftCentredSpans(List<String[]> grid) {
        liftCentredSpans(grid, null);
    }

    /**
     * @param reachesDown per row and column, into how many of the next rows the cell's text runs on
     *                    (a label wrapped over several lines covers the rows beside its lines): the
     *                    run counts as reaching that far, and the empty cells below it are counted
     *                    from there. Null when not known.
     */
    static void liftCentredSpans(List<String[]> grid, List<int[]> reachesDown) {
        int rows = grid.size();
        if (rows < 3) {
            return;
        }
        int width = grid.get(0).length;
        for (int c = 0; c < width; c++) {
            int r = 0;
            while (r < rows) {
                if (grid.get(r)[c].isEmpty()) {
                    r++;
                    continue;
                }
                int r1 = r;
                int r2 = r;
                while (r2 + 1 < rows && !grid.get(r2 + 1)[c].isEmpty()) {
                    r2++;
                }
                int above = 0;
                while (r1 - above - 1 >= 0 && grid.get(r1 - above - 1)[c].isEmpty()) {
                    above++;
                }
                int below = 0;
                while (r2 + below + 1 < rows && grid.get(r2 + below + 1)[c].isEmpty()) {
                    below++;
                }
                int top = r1 - above;
                int bottom = r2 + below;
                int reach = r2;
                for (int k = r1; k <= r2 && reachesDown != null; k++) {
                    reach = Math.max(reach, k + reachesDown.get(k)[c]);
                }
                below = Math.max(0, below - (reach - r2));
                if (above > 0 && below > 0 && Math.abs(above - below) <= 1 && filledRightOf(grid, c, top, bottom)) {
                    List<String> parts = new ArrayList<>();
                    for (int k = r1; k <= r2; k++) {
                        parts.add(grid.get(k)[c]);
                        grid.get(k)[c] = "";
                    }
                    grid.get(top)[c] = joinLines(parts);
                }
                r = r2 + 1;
            }
        }
    }

    private static boolean filledRightOf(List<String[]> grid, int c, int top, int bottom) {
        int width = grid.get(0).length;
        for (int k = c + 1; k < width; k++) {
            boolean all = true;
            for (int r = top; r <= bottom && all; r++) {
                all = !grid.get(r)[k].isEmpty();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
