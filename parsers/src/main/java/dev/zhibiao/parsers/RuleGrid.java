package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ruled tables found on a page image. Rules are long runs of dark pixels, horizontal and vertical
 * (gaps of a few pixels bridged, so a broken or noisy line is one run); runs on neighbouring pixel
 * rows that overlap are one rule, so a rule a little off level is still one. Rules that cross or
 * touch form a table; its rule positions make a grid, and neighbouring grid cells with no rule
 * between them are one (merged) cell. Only cells closed on all four sides are table cells.
 *
 * <p>Lengths scale with the resolution: a horizontal rule is at least 0.35 inch long, a vertical
 * one 0.18 inch (a one-line row), and a rule is at most 0.04 inch thick (bold strokes of a
 * title's characters are short or thick, and touch no other rule).
 */
final class RuleGrid {
    /** A rule: horizontal ({@code horizontal}, at {@code at} from {@code from} to {@code to}) or vertical. */
    record Rule(boolean horizontal, double at, int from, int to, int thickness) {
        int length() {
            return to - from;
        }
    }

    /** A cell of a table, in page pixels (rule positions: the cell's text lies between them). */
    record Box(int left, int top, int right, int bottom) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }

        boolean holds(double x, double y) {
            return x >= left && x < right && y >= top && y < bottom;
        }
    }

    /** A table: its cells. */
    record Table(List<Box> cells, Box outline) {
    }

    private RuleGrid() {
    }

    /**
     * @param page a straightened page
     * @param dpi  its resolution
     * @return the ruled tables on it, top to bottom
     */
    static List<Table> tables(PageImage page, int dpi) {
        List<Rule> h = rules(page, true, (int) (0.35 * dpi), Math.max(2, dpi / 100), Math.max(3, (int) (0.04 * dpi)));
        List<Rule> v = rules(page, false, (int) (0.18 * dpi), Math.max(2, dpi / 100), Math.max(3, (int) (0.04 * dpi)));
        int tol = Math.max(4, dpi / 40);
        // tables: rules connected by crossing or touching
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (touch(h.get(i), v.get(j), tol)) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        List<Table> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Rule> th = new ArrayList<>();
            List<Rule> tv = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    (i < h.size() ? th : tv).add(i < h.size() ? h.get(i) : v.get(i - h.size()));
                }
            }
            if (th.size() >= 2 && tv.size() >= 2) {
                Table t = table(th, tv, tol);
                if (t != null && tableSized(t, page.width, dpi)) {
                    out.add(t);
                }
            }
        }
        out.sort(Comparator.comparingInt(t -> t.outline().top()));
        return out;
    }

    /**
     * Whether a grid is the size of a table: at least a quarter of the page wide and a text line (a
     * fifth of an inch) high in its outline. Speckle of a scan-like print lines up into short "rules"
     * that cross (an unruled page's noise made a 76 by 27 pixel grid of four cells at 198 dpi, which
     * sent the page to the cell reader and lost its sheet); the rules of a form's table run across
     * the text width of the page.
     *
     * @param t     a grid
     * @param width the page's width in pixels
     * @param dpi   its resolution
     * @return true when it is kept as a table
     */
    static boolean tableSized(Table t, int width, int dpi) {
        Box o = t.outline();
        return o.right() - o.left() >= width / 4 && o.bottom() - o.top() >= dpi / 5;
    }

    private static boolean touch(Rule h, Rule v, int tol) {
        return v.at() >= h.from() - tol && v.at() <= h.to() + tol && h.at() >= v.from() - tol && h.at() <= v.to() + tol;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /**
     * The rules in one direction: runs of dark pixels at least {@code minLength} long (gaps up to
     * {@code gap} bridged), runs on neighbouring lines that overlap merged, rules thicker than
     * {@code maxThick} dropped, collinear pieces with small gaps joined.
     */
    static List<Rule> rules(PageImage p, boolean horizontal, int minLength, int gap, int maxThick) {
        int lines = horizontal ? p.height : p.width;
        int len = horizontal ? p.width : p.height;
        List<int[]> open = new ArrayList<>(); // rules being built: {firstLine, lastLine, from, to}
        List<int[]> done = new ArrayList<>();
        boolean[] mask = horizontal ? p.ink() : p.inkByColumn(); // line by line either way
        for (int l = 0; l < lines; l++) {
            int base = l * len;
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            int lastDark = 0;
            for (int i = 0; i < len; i++) {
                if (mask[base + i]) {
                    if (start >= 0 && i - lastDark > gap + 1) {
                        if (lastDark + 1 - start >= minLength) {
                            runs.add(new int[] {start, lastDark + 1});
                        }
                        start = -1;
                    }
                    if (start < 0) {
                        start = i;
                    }
                    lastDark = i;
                }
            }
            if (start >= 0 && lastDark + 1 - start >= minLength) {
                runs.add(new int[] {start, lastDark + 1});
            }
            List<int[]> next = new ArrayList<>();
            for (int[] r : runs) {
                int[] into = null;
                for (int[] o : open) {
                    if (o[1] >= l - 2 && r[0] <= o[3] && r[1] >= o[2]) {
                        into = o;
                        break;
                    }
                }
                if (into == null) {
                    next.add(new int[] {l, l, r[0], r[1]});
                } else {
                    into[1] = l;
                    into[2] = Math.min(into[2], r[0]);
                    into[3] = Math.max(into[3], r[1]);
                }
            }
            open.addAll(next);
            for (int k = open.size() - 1; k >= 0; k--) {
                if (open.get(k)[1] < l - 2) {
                    done.add(open.remove(k));
                }
            }
        }
        done.addAll(open);
        List<Rule> rules = new ArrayList<>();
        for (int[] o : done) {
            int thick = o[1] - o[0] + 1;
            // a rule a little off level spans several pixel lines over its length: thick only in that sense
            int drift = (int) Math.ceil((o[3] - o[2]) * Math.tan(Math.toRadians(0.3)));
            if (thick <= maxThick + drift) {
                rules.add(new Rule(horizontal, (o[0] + o[1]) / 2.0, o[2], o[3], thick));
            }
        }
        return joinCollinear(rules, Math.max(gap * 6, minLength / 4), maxThick);
    }

    /** Pieces of one broken rule (same line, small gap) joined. */
    private static List<Rule> joinCollinear(List<Rule> rules, int maxGap, int tol) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(Rule::at).thenComparingInt(Rule::from));
        List<Rule> out = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Rule cur = sorted.get(i);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int j = 0; j < sorted.size(); j++) {
                    Rule o = sorted.get(j);
                    if (used[j] || j == i || Math.abs(o.at() - cur.at()) > tol) {
                        continue;
                    }
                    if (o.from() <= cur.to() + maxGap && o.to() >= cur.from() - maxGap) {
                        cur = new Rule(cur.horizontal(), (cur.at() * cur.length() + o.at() * o.length()) / Math.max(1, cur.length() + o.length()),
                                Math.min(cur.from(), o.from()), Math.max(cur.to(), o.to()), Math.max(cur.thickness(), o.thickness()));
                        used[j] = true;
                        grew = true;
                    }
                }
            }
            used[i] = true;
            out.add(cur);
        }
        return out;
    }

    /** The grid of one table: rule positions, grid cells merged where no rule separates them. */
    private static Table table(List<Rule> h, List<Rule> v, int tol) {
        h = closeEnds(h, v, tol);
        List<Double> ys = positions(h, tol);
        List<Double> xs = positions(v, tol);
        int ny = ys.size() - 1;
        int nx = xs.size() - 1;
        if (ny < 1 || nx < 1) {
            return null;
        }
        // boundary presence: a rule covers most of the grid edge
        boolean[][] right = new boolean[ny][nx + 1]; // vertical edge at xs[j], row i
        boolean[][] below = new boolean[ny + 1][nx]; // horizontal edge at ys[i], column j
        for (int i = 0; i < ny; i++) {
            for (int j = 0; j <= nx; j++) {
                right[i][j] = covered(v, xs.get(j), ys.get(i), ys.get(i + 1), tol);
            }
        }
        for (int i = 0; i <= ny; i++) {
            for (int j = 0; j < nx; j++) {
                below[i][j] = covered(h, ys.get(i), xs.get(j), xs.get(j + 1), tol);
            }
        }
        int[] parent = new int[ny * nx];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int i = 0; i < ny; i++) {
            for (int j = 0; j < nx; j++) {
                if (j + 1 < nx && !right[i][j + 1]) {
                    union(parent, i * nx + j, i * nx + j + 1);
                }
                if (i + 1 < ny && !below[i + 1][j]) {
                    union(parent, i * nx + j, (i + 1) * nx + j);
                }
            }
        }
        List<Box> cells = new ArrayList<>();
        for (int root = 0; root < parent.length; root++) {
            int i0 = Integer.MAX_VALUE;
            int i1 = -1;
            int j0 = Integer.MAX_VALUE;
            int j1 = -1;
            int count = 0;
            for (int k = 0; k < parent.length; k++) {
                if (find(parent, k) == root) {
                    i0 = Math.min(i0, k / nx);
                    i1 = Math.max(i1, k / nx);
                    j0 = Math.min(j0, k % nx);
                    j1 = Math.max(j1, k % nx);
                    count++;
                }
            }
            if (count == 0 || count != (i1 - i0 + 1) * (j1 - j0 + 1)) {
                continue; // not a rectangle: an open area beside the table, not a cell
            }
            if (!closed(right, below, i0, i1, j0, j1)) {
                continue;
            }
            cells.add(new Box((int) Math.round(xs.get(j0)), (int) Math.round(ys.get(i0)),
                    (int) Math.round(xs.get(j1 + 1)), (int) Math.round(ys.get(i1 + 1))));
        }
        if (cells.size() < 2) {
            return null;
        }
        int l = Integer.MAX_VALUE;
        int t = Integer.MAX_VALUE;
        int r = Integer.MIN_VALUE;
        int b = Integer.MIN_VALUE;
        for (Box c : cells) {
            l = Math.min(l, c.left());
            t = Math.min(t, c.top());
            r = Math.max(r, c.right());
            b = Math.max(b, c.bottom());
        }
        cells.sort(Comparator.comparingInt(Box::top).thenComparingInt(Box::left));
        return new Table(cells, new Box(l, t, r, b));
    }

    /**
     * The horizontal rules of a table with its open ends closed: a table continued from the page
     * before (or onto the next) is printed by some renderers (Chromium) without a rule at the page
     * break under (over) the cells that run on, only under the cells that end there. Where two or
     * more vertical rules, the table's outer ones among them, end together at the top (bottom) of
     * a table at least 25 tolerances wide with two rules across its whole width (one, when three
     * vertical rules or more end there: a table's piece of a few rows under a page break, whose
     * rows of spanned cells are ruled only in part, has no second), and the horizontal rules there
     * do not run the whole way between them, a rule through their ends closes the cells, so the
     * cells cut by the page break are cells.
     */
    static List<Rule> closeEnds(List<Rule> h, List<Rule> v, int tol) {
        List<Rule> out = new ArrayList<>(h);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Rule r : v) {
            minX = Math.min(minX, r.at());
            maxX = Math.max(maxX, r.at());
        }
        for (int end = 0; end < 2; end++) {
            int at = end == 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            for (Rule r : v) {
                at = end == 0 ? Math.min(at, r.from()) : Math.max(at, r.to());
            }
            int left = Integer.MAX_VALUE;
            int right = Integer.MIN_VALUE;
            int count = 0;
            for (Rule r : v) {
                if (Math.abs((end == 0 ? r.from() : r.to()) - at) <= tol) {
                    left = Math.min(left, (int) Math.round(r.at()));
                    right = Math.max(right, (int) Math.round(r.at()));
                    count++;
                }
            }
            // the table's outer rules among them (a title's strokes touching the table run past it too, inside)
            if (count >= 2 && Math.abs(left - minX) <= tol && Math.abs(right - maxX) <= tol && right - left > 25 * tol
                    && spanning(h, left, right, tol) >= (count >= 3 ? 1 : 2) && !covered(h, at, left, right, tol, 0.95)) {
                out.add(new Rule(true, at, left, right, 1));
            }
        }
        return out;
    }

    /** How many horizontal rule positions run the whole way (95%) from {@code left} to {@code right}: a table's, not a title's strokes. */
    private static int spanning(List<Rule> h, int left, int right, int tol) {
        int n = 0;
        for (double y : positions(h, tol)) {
            if (covered(h, y, left, right, tol, 0.95)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the outline of a block of grid cells is ruled all round. */
    private static boolean closed(boolean[][] right, boolean[][] below, int i0, int i1, int j0, int j1) {
        for (int i = i0; i <= i1; i++) {
            if (!right[i][j0] || !right[i][j1 + 1]) {
                return false;
            }
        }
        for (int j = j0; j <= j1; j++) {
            if (!below[i0][j] || !below[i1 + 1][j]) {
                return false;
            }
        }
        return true;
    }

    /** Rule positions clustered: rules within {@code tol} of each other are one position (their mean). */
    private static List<Double> positions(List<Rule> rules, int tol) {
        List<Double> at = new ArrayList<>();
        for (Rule r : rules) {
            at.add(r.at());
        }
        at.sort(null);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int count = 0;
        double last = Double.NaN;
        for (double a : at) {
            if (count > 0 && a - last > tol) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += a;
            count++;
            last = a;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return out;
    }

    /** Whether rules at {@code at} cover at least 60% of the span between {@code from} and {@code to}. */
    private static boolean covered(List<Rule> rules, double at, double from, double to, int tol) {
        return covered(rules, at, from, to, tol, 0.6);
    }

    /** Whether rules at {@code at} cover at least {@code share} of the span between {@code from} and {@code to}. */
    private static boolean covered(List<Rule> rules, double at, double from, double to, int tol, double share) {
        double span = to - from;
        if (span <= 0) {
            return false;
        }
        List<double[]> pieces = new ArrayList<>();
        for (Rule r : rules) {
            if (Math.abs(r.at() - at) <= tol) {
                double a = Math.max(from, r.from());
                double b = Math.min(to, r.to());
                if (b > a) {
                    pieces.add(new double[] {a, b});
                }
            }
        }
        pieces.sort(Comparator.comparingDouble(x -> x[0]));
        double coveredLen = 0;
        double end = from;
        for (double[] pc : pieces) {
            double a = Math.max(pc[0], end);
            if (pc[1] > a) {
                coveredLen += pc[1] - a;
                end = pc[1];
            }
        }
        return coveredLen >= share * span;
    }
}
