package dev.zhibiao.parsers;

import static dev.zhibiao.parsers.geometry.GlyphText.fontSize;
import static dev.zhibiao.parsers.geometry.GlyphText.joinLines;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.GlyphText;
import dev.zhibiao.parsers.geometry.Line;
import dev.zhibiao.parsers.geometry.Placed;
import java.util.ArrayList;
import java.util.List;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.TableWithRulingLines;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Ruled tables of a PDF page, as tabula's lattice finds them: the rules that are table structure
 * (not strokes of a glyph drawn as a path), tables left open by a page break closed, the lattice's
 * cells put on a grid per table printed (tables printed one under the other split apart), each
 * glyph in the cell that holds its centre.
 */
final class PdfGrid {
    private PdfGrid() {
    }

    /** Pages with more rules than this in one direction are not searched for open table ends. */
    static final int MAX_CLOSED_RULES = 400;

    /** The smallest width and height of a cell that can hold text, in points. */
    static final float MIN_CELL = 3f;

    /**
     * Whether a lattice cell is a cell that can hold text: a sliver narrower or lower than
     * {@link #MIN_CELL} lies between two rules drawn close together (a double rule, or the rules of
     * neighbouring cells a browser draws a point apart) and would add an empty column or row.
     */
    static boolean holds(RectangularTextContainer<?> c) {
        return c instanceof technology.tabula.Cell && c.getWidth() >= MIN_CELL && c.getHeight() >= MIN_CELL;
    }

    /** Whether some cell of the tables holds the glyph's centre (the test {@link #grid} places text by). */
    static boolean inCell(Glyph e, List<Table> tables) {
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
     * The tables of tabula's lattice ({@code SpreadsheetExtractionAlgorithm.extract(page, rulings)}),
     * found as tabula finds them (rulings collapsed per direction, cells, areas, a table per area with
     * the cells and rulings that meet it, sorted), without the text tabula puts in each cell (a spatial
     * query and word merging per cell, a fifth of reading a LibreOffice print): the reader places the
     * glyphs in the cells itself ({@link #grid}).
     *
     * @param algorithm the lattice, which each table names as its extraction algorithm
     */
    static List<Table> lattice(List<technology.tabula.Ruling> rulings, SpreadsheetExtractionAlgorithm algorithm) {
        List<technology.tabula.Ruling> horizontal = new ArrayList<>();
        List<technology.tabula.Ruling> vertical = new ArrayList<>();
        for (technology.tabula.Ruling r : rulings) {
            if (r.horizontal()) {
                horizontal.add(r);
            } else if (r.vertical()) {
                vertical.add(r);
            }
        }
        horizontal = technology.tabula.Ruling.collapseOrientedRulings(horizontal);
        vertical = technology.tabula.Ruling.collapseOrientedRulings(vertical);
        List<technology.tabula.Cell> cells = findCells(horizontal, vertical);
        List<Table> tables = new ArrayList<>();
        for (technology.tabula.Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            List<technology.tabula.Cell> overlapping = new ArrayList<>();
            for (technology.tabula.Cell c : cells) {
                if (c.intersects(area)) {
                    overlapping.add(c);
                }
            }
            List<technology.tabula.Ruling> h = new ArrayList<>();
            for (technology.tabula.Ruling r : horizontal) {
                if (area.intersectsLine(r)) {
                    h.add(r);
                }
            }
            List<technology.tabula.Ruling> v = new ArrayList<>();
            for (technology.tabula.Ruling r : vertical) {
                if (area.intersectsLine(r)) {
                    v.add(r);
                }
            }
            tables.add(new TableWithRulingLines(area, overlapping, h, v, algorithm));
        }
        technology.tabula.Utils.sort(tables, technology.tabula.Rectangle.ILL_DEFINED_ORDER);
        return tables;
    }

    /**
     * tabula's {@code SpreadsheetExtractionAlgorithm.findCells} (tabula-java 1.0.5, MIT licence): the
     * crossings of the rulings sorted by rounded y, then rounded x; from each, the first cell whose
     * right and lower edges meet at a crossing of the same rulings. The sort rounds as tabula does
     * through {@link PdfPages#round2} (tabula formats and parses a decimal string per coordinate per
     * comparison, a quarter of its lattice), so the order, and every cell, is tabula's.
     */
    static List<technology.tabula.Cell> findCells(List<technology.tabula.Ruling> horizontal,
            List<technology.tabula.Ruling> vertical) {
        List<technology.tabula.Cell> found = new ArrayList<>();
        java.util.Map<java.awt.geom.Point2D, technology.tabula.Ruling[]> crossings =
                technology.tabula.Ruling.findIntersections(horizontal, vertical);
        List<java.awt.geom.Point2D> points = new ArrayList<>(crossings.keySet());
        points.sort(Y_FIRST);
        for (int i = 0; i < points.size(); i++) {
            java.awt.geom.Point2D topLeft = points.get(i);
            technology.tabula.Ruling[] hv = crossings.get(topLeft);
            List<java.awt.geom.Point2D> below = new ArrayList<>();
            List<java.awt.geom.Point2D> right = new ArrayList<>();
            for (java.awt.geom.Point2D p : points.subList(i, points.size())) {
                if (p.getX() == topLeft.getX() && p.getY() > topLeft.getY()) {
                    below.add(p);
                }
                if (p.getY() == topLeft.getY() && p.getX() > topLeft.getX()) {
                    right.add(p);
                }
            }
            outer:
            for (java.awt.geom.Point2D x : below) {
                if (!hv[1].equals(crossings.get(x)[1])) {
                    continue; // no vertical edge between topLeft and x
                }
                for (java.awt.geom.Point2D y : right) {
                    if (!hv[0].equals(crossings.get(y)[0])) {
                        continue; // no horizontal edge between topLeft and y
                    }
                    java.awt.geom.Point2D bottomRight = new java.awt.geom.Point2D.Float((float) y.getX(), (float) x.getY());
                    if (crossings.containsKey(bottomRight)
                            && crossings.get(bottomRight)[0].equals(crossings.get(x)[0])
                            && crossings.get(bottomRight)[1].equals(crossings.get(y)[1])) {
                        found.add(new technology.tabula.Cell(topLeft, bottomRight));
                        break outer;
                    }
                }
            }
        }
        return found;
    }

    /** tabula's {@code Y_FIRST_POINT_COMPARATOR}: rounded y, then rounded x. */
    private static final java.util.Comparator<java.awt.geom.Point2D> Y_FIRST = new java.util.Comparator<>() {
        @Override
        public int compare(java.awt.geom.Point2D a, java.awt.geom.Point2D b) {
            int c = Float.compare(PdfPages.round2(a.getY()), PdfPages.round2(b.getY()));
            return c != 0 ? c : Float.compare(PdfPages.round2(a.getX()), PdfPages.round2(b.getX()));
        }
    };

    /**
     * The rulings that do not lie inside a glyph. Fonts drawn as pictures (Type 3 fonts, which
     * browsers use for synthetic bold) paint their strokes as paths: the strokes of 三, 目 or 出 would
     * be read as rules and carve tiny tables out of a title or a heading cell. A table's rule is
     * longer than one glyph and never runs through one.
     */
    static List<technology.tabula.Ruling> outsideGlyphs(List<technology.tabula.Ruling> rulings, List<Glyph> glyphs) {
        List<technology.tabula.Ruling> out = new ArrayList<>();
        for (technology.tabula.Ruling r : rulings) {
            boolean inGlyph = false;
            for (Glyph g : glyphs) {
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
    static boolean spans(List<technology.tabula.Ruling> horizontal, float y, float x0, float x1, float tol) {
        for (technology.tabula.Ruling h : horizontal) {
            if (Math.abs(h.getTop() - y) <= tol && h.getLeft() <= x0 + tol && h.getRight() >= x1 - tol) {
                return true;
            }
        }
        return false;
    }

    /** Whether a horizontal rule crosses both vertical rules within their extents. */
    static boolean crossesBoth(List<technology.tabula.Ruling> horizontal, technology.tabula.Ruling a,
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
            out[best] = new Cell(cell.text(), new Locator(null, best + 1, cell.at().page()), cell.confidence());
        }
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < out.length; k++) {
            cells.add(out[k] != null ? out[k] : new Cell("", new Locator(null, k + 1, next.at().page())));
        }
        return new Row(cells, true, next.at());
    }

    /**
     * Each glyph given to the table whose smallest cell holds its centre (a glyph in no cell to none):
     * a table drawn with double rules (a browser's separate cell borders) and cut by a page break has
     * its outer rules closed ({@link #closed}) into a rectangle round the tables inside it, and a glyph
     * read in both printed its row twice.
     *
     * @return per table, in order, the glyphs it reads
     */
    static List<List<Glyph>> byTable(List<Table> tables, List<Glyph> glyphs) {
        List<List<Glyph>> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (!overlapping(tables)) {
            // apart, a table's cells hold only its own glyphs: each reads them all, as before
            for (int i = 0; i < tables.size(); i++) {
                out.set(i, glyphs);
            }
            return out;
        }
        List<RectangularTextContainer<?>> cells = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            for (List<RectangularTextContainer> row : tables.get(i).getRows()) {
                for (RectangularTextContainer<?> rc : row) {
                    if (holds(rc)) {
                        cells.add(rc);
                        owner.add(i);
                    }
                }
            }
        }
        for (Glyph e : glyphs) {
            double cx = e.getCenterX();
            double cy = e.getCenterY();
            int best = -1;
            double area = Double.MAX_VALUE;
            for (int k = 0; k < cells.size(); k++) {
                RectangularTextContainer<?> c = cells.get(k);
                if (cx >= c.getLeft() && cx < c.getRight() && cy >= c.getTop() && cy < c.getBottom() && c.getArea() < area) {
                    area = c.getArea();
                    best = owner.get(k);
                }
            }
            if (best >= 0) {
                out.get(best).add(e);
            }
        }
        return out;
    }

    /** Whether two of the tables' areas overlap (more than a rule's width). */
    private static boolean overlapping(List<Table> tables) {
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                Table a = tables.get(i);
                Table b = tables.get(j);
                if (a.getLeft() < b.getRight() - 2 && b.getLeft() < a.getRight() - 2
                        && a.getTop() < b.getBottom() - 2 && b.getTop() < a.getBottom() - 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The grid of a ruled table, built from tabula's cell rectangles (tabula's own row/column
     * numbering is unreliable under row spans): a grid row per distinct cell top, a grid column per
     * distinct cell left edge; a cell's text goes to the position of its top-left corner.
     */
    static List<Placed> grid(Table t, List<Glyph> glyphs, int pageNo) {
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
        return sections(cells, 2f);
    }

    /**
     * {@link #sections(List)} with the tolerance of rule positions in the cells' units ({@code 2} for
     * a PDF's points; an OCR engine's pixels need about the same share of an em).
     */
    static List<List<RectangularTextContainer<?>>> sections(List<RectangularTextContainer<?>> cells, float tol) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        List<Float> tops = new ArrayList<>();
        for (RectangularTextContainer<?> c : cells) {
            left = Math.min(left, c.getLeft());
            right = Math.max(right, c.getRight());
            tops.add((float) c.getTop());
        }
        List<Float> cuts = new ArrayList<>();
        for (float y : clusters(tops, tol)) {
            List<Float> above = new ArrayList<>();
            List<Float> below = new ArrayList<>();
            boolean crossed = false;
            for (RectangularTextContainer<?> c : cells) {
                if (c.getTop() < y - tol && c.getBottom() > y + tol) {
                    crossed = true;
                    break;
                }
                List<Float> side = Math.abs(c.getBottom() - y) <= tol ? above : Math.abs(c.getTop() - y) <= tol ? below : null;
                if (side != null) {
                    for (double x : new double[] {c.getLeft(), c.getRight()}) {
                        if (x > left + tol && x < right - tol) {
                            side.add((float) x);
                        }
                    }
                }
            }
            if (!crossed && !above.isEmpty() && !below.isEmpty() && !within(above, below, tol) && !within(below, above, tol)) {
                cuts.add(y);
            }
        }
        List<List<RectangularTextContainer<?>>> out = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (RectangularTextContainer<?> c : cells) {
            int k = 0;
            while (k < cuts.size() && c.getTop() >= cuts.get(k) - tol) {
                k++;
            }
            out.get(k).add(c);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** Whether every rule of a is within 2 pt of a rule of b. */
    static boolean within(List<Float> a, List<Float> b) {
        return within(a, b, 2f);
    }

    /** Whether every rule of a is within {@code tol} of a rule of b. */
    static boolean within(List<Float> a, List<Float> b, float tol) {
        for (float x : a) {
            boolean found = false;
            for (float y : b) {
                found |= Math.abs(x - y) <= tol;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static List<Placed> grid(List<RectangularTextContainer<?>> cells, float tableLeft, List<Glyph> glyphs,
            int pageNo) {
        return grid(cells, tableLeft, glyphs, pageNo, 2f);
    }

    /** {@link #grid(List, float, List, int)} with cell edges within {@code tol} taken as one grid line. */
    static List<Placed> grid(List<RectangularTextContainer<?>> cells, float tableLeft, List<Glyph> glyphs,
            int pageNo, float tol) {
        List<Float> tops = new ArrayList<>();
        List<Float> lefts = new ArrayList<>();
        for (RectangularTextContainer<?> c : cells) {
            tops.add((float) c.getTop());
            lefts.add((float) c.getLeft());
        }
        List<Float> rowsAt = clusters(tops, tol);
        List<Float> colsAt = clusters(lefts, tol);
        String[][] text = new String[rowsAt.size()][colsAt.size()];
        double[][] conf = new double[rowsAt.size()][colsAt.size()];
        for (double[] c : conf) {
            java.util.Arrays.fill(c, Double.NaN);
        }
        // each glyph in the smallest cell that holds its centre: a table drawn with double rules (a
        // browser's separate cell borders) gives cells nested in the rectangles between the outer
        // rules too, and a glyph read in both would print its row twice
        // (the glyphs by the height of their centres: a cell looks only at those between its top and bottom)
        ByHeight byHeight = new ByHeight(glyphs);
        RectangularTextContainer<?>[] home = new RectangularTextContainer<?>[glyphs.size()]; // by the glyphs' order
        for (RectangularTextContainer<?> c : cells) {
            double top = c.getTop();
            double bottom = c.getBottom();
            if (Double.isNaN(top)) {
                continue; // holds no centre
            }
            for (int i = byHeight.from(top); i < byHeight.cy.length && byHeight.cy[i] < bottom; i++) {
                double cx = byHeight.cx[i];
                if (cx >= c.getLeft() && cx < c.getRight()) {
                    int g = byHeight.index[i];
                    if (home[g] == null || c.getArea() < home[g].getArea()) {
                        home[g] = c;
                    }
                }
            }
        }
        java.util.Map<RectangularTextContainer<?>, List<Glyph>> held = new java.util.IdentityHashMap<>();
        for (int g = 0; g < home.length; g++) { // in the glyphs' order, as each cell listed them before
            if (home[g] != null) {
                held.computeIfAbsent(home[g], x -> new ArrayList<>()).add(glyphs.get(g));
            }
        }
        for (RectangularTextContainer<?> c : cells) {
            int r = nearest(rowsAt, (float) c.getTop());
            int k = nearest(colsAt, (float) c.getLeft());
            List<Glyph> in = held.getOrDefault(c, new ArrayList<>());
            List<String> lines = new ArrayList<>();
            for (Line l : Line.lines(in)) {
                lines.add(l.text());
            }
            String s = joinLines(lines);
            text[r][k] = text[r][k] == null || text[r][k].isEmpty() ? s : joinLines(List.of(text[r][k], s));
            conf[r][k] = GlyphText.least(conf[r][k], GlyphText.confidence(in));
        }
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < rowsAt.size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int k = 0; k < colsAt.size(); k++) {
                row.add(GlyphText.cell(text[r][k] == null ? "" : text[r][k], new Locator(null, k + 1, pageNo), conf[r][k]));
            }
            float[] columnLefts = new float[colsAt.size()];
            for (int k = 0; k < columnLefts.length; k++) {
                columnLefts[k] = colsAt.get(k);
            }
            out.add(new Placed(rowsAt.get(r), tableLeft, new Row(row, true, Locator.page(pageNo)), columnLefts));
        }
        return out;
    }

    /** Glyphs sorted by the height of their centres (NaN last): their indices in the list, their centres. */
    private static final class ByHeight {
        final int[] index;
        final double[] cx;
        final double[] cy;

        ByHeight(List<Glyph> list) {
            int n = list.size();
            Integer[] order = new Integer[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                y[i] = list.get(i).getCenterY();
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
            index = new int[n];
            cx = new double[n];
            cy = new double[n];
            for (int i = 0; i < n; i++) {
                index[i] = order[i];
                cx[i] = list.get(order[i]).getCenterX();
                cy[i] = y[order[i]];
            }
        }

        /** The first index whose centre is not above {@code top} ({@code cy >= top}). */
        int from(double top) {
            int lo = 0;
            int hi = cy.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cy[mid] < top) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
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
}
