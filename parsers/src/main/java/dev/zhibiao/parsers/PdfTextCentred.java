package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.CentredLabels;
import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextIndicators.*;

/**
 * One-period target sheets: the 一级/二级 labels of a page put back on their rows by where each is
 * printed among them (core's {@link CentredLabels}: a merged cell's label is printed at the middle
 * of its rows on its first page), instead of on the row printed just after it. The reader only
 * says where each label and each row's name stand (line, page); the rows a label spans are
 * decided in core from those positions, the numbering of names and how each label suits each row.
 */
final class PdfTextCentred {
    private PdfTextCentred() {
    }

    /** How much a label's fit to a row's name and value counts beside its place (a row off its place costs 1). */
    static final double FIT = 0.5;

    /** Puts level 1 and level 2 on every row; false (nothing changed) when the page gives no positions to go by. */
    static boolean place(Indicators ind) {
        List<IndRow> rows = ind.rows;
        int m = rows.size();
        if (m == 0) {
            return false;
        }
        List<Piece> labels = labels(ind);
        int[] nameLine = new int[m];
        int[] rowPage = new int[m];
        for (int t = 0; t < m; t++) {
            nameLine[t] = rows.get(t).left.name.line();
            rowPage[t] = page(ind.pageStarts, nameLine[t]);
        }
        List<Piece> l1 = new ArrayList<>();
        List<Piece> l2 = new ArrayList<>();
        split(labels, l1, l2);
        if (l2.isEmpty()) {
            return false;
        }
        boolean inside = false;
        for (Piece p : l2) {
            int b = before(nameLine, p.line());
            inside |= b > 0 && b < m;
        }
        if (!inside) {
            return false; // every label printed before (or after) all rows: their places say nothing
        }
        int[] numbered = new int[m];
        int previous = 0;
        for (int t = 0; t < m; t++) {
            int n = Indicators.number(rows.get(t).left.name);
            numbered[t] = n == 1 && previous > 1 ? 1 : n > 1 && n == previous + 1 ? -1 : 0;
            previous = n;
        }
        List<CentredLabels.Label> at2 = positions(l2, nameLine, ind.pageStarts);
        reorder(l2, at2, m);
        double[][] fit = new double[l2.size()][m];
        for (int j = 0; j < l2.size(); j++) {
            for (int t = 0; t < m; t++) {
                fit[j][t] = FIT * Indicators.fit(l2.get(j).text(), rows.get(t));
            }
        }
        int[] two = CentredLabels.assign(rowPage, at2, fit, numbered);
        if (System.getenv("ZB_DEBUG") != null) {
            for (int t = 0; t < m; t++) {
                System.err.println("row " + t + " p" + rowPage[t] + " " + rows.get(t).left.name.text() + " -> " + (two == null ? "-" : l2.get(two[t]).text()));
            }
            for (int j = 0; j < l2.size(); j++) {
                System.err.println("label " + l2.get(j).text() + " " + at2.get(j) + " fit " + java.util.Arrays.toString(fit[j]));
            }
        }
        if (two == null) {
            return false;
        }
        int[] one = null;
        if (!l1.isEmpty()) {
            double[][] fit1 = new double[l1.size()][m];
            for (int j = 0; j < l1.size(); j++) {
                for (int t = 0; t < m; t++) {
                    String parent = Vocabulary.parentOf(l2.get(two[t]).text());
                    fit1[j][t] = parent != null && parent.equals(key(l1.get(j).text())) ? 3 : 0;
                }
            }
            one = CentredLabels.assign(rowPage, positions(l1, nameLine, ind.pageStarts), fit1, new int[m]);
        }
        for (int t = 0; t < m; t++) {
            Copy c = rows.get(t).left;
            c.l2 = l2.get(two[t]);
            c.next = null;
            c.l1 = one == null ? null : l1.get(one[t]);
            String parent = Vocabulary.parentOf(key(c.l2.text()));
            for (Piece p : l1) {
                if (parent != null && key(p.text()).equals(parent)) {
                    c.l1 = p; // the level 1 its level 2 belongs to, printed on the page
                    break;
                }
            }
        }
        return true;
    }

    /** Every category label of the page once, in print order. */
    static List<Piece> labels(Indicators ind) {
        List<Piece> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Piece> source = new ArrayList<>(ind.pieces);
        source.addAll(ind.apart);
        for (Piece p : source) {
            if (p.kind() == Kind.LABEL && isCategory(p.text()) && seen.add(p.line() + "\u0000" + p.text())) {
                all.add(p);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Piece::line)); // stable: pieces of one line keep their order
        return all;
    }

    /**
     * Level-1 and level-2 labels: a label of both levels (成本指标, 满意度指标) is level 1 when
     * another label of the page is its child or it is printed twice (the first then), else
     * 成本指标 is level 2 and 满意度指标 level 1.
     */
    static void split(List<Piece> labels, List<Piece> l1, List<Piece> l2) {
        Set<String> parents = new HashSet<>();
        for (Piece p : labels) {
            String parent = Vocabulary.parentOf(key(p.text()));
            if (parent != null && !parent.equals(key(p.text()))) {
                parents.add(parent);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Piece p : labels) {
            String k = key(p.text());
            boolean one = isLevel1(k);
            boolean two = isLevel2(k);
            boolean first = seen.add(k);
            if (one && two) {
                boolean twice = labels.stream().filter(o -> key(o.text()).equals(k)).count() >= 2;
                if (parents.contains(k) || twice) {
                    (first ? l1 : l2).add(p);
                } else {
                    (k.startsWith("成本") ? l2 : l1).add(p);
                }
            } else {
                (one ? l1 : l2).add(p);
            }
        }
    }

    /**
     * A label printed before or after every row that breaks the framework's order (质量指标 printed
     * after 服务对象满意度指标, below the table: pdftotext printed its block last) is put back where
     * the order wants it, as a label whose place says nothing.
     */
    static void reorder(List<Piece> labels, List<CentredLabels.Label> at, int m) {
        List<Integer> moved = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int r = Vocabulary.frameworkRank(key(labels.get(i).text()));
            int b = at.get(i).before();
            if (r < 0 || b != m) {
                continue;
            }
            boolean out = false;
            for (int k = 0; k < labels.size(); k++) {
                int rk = Vocabulary.frameworkRank(key(labels.get(k).text()));
                out |= rk >= 0 && k < i && b == m && rk > r;
            }
            if (out) {
                moved.add(i);
            }
        }
        List<Piece> ps = new ArrayList<>();
        List<CentredLabels.Label> ls = new ArrayList<>();
        for (int k = moved.size() - 1; k >= 0; k--) {
            int i = moved.get(k);
            ps.add(0, labels.remove(i));
            ls.add(0, at.remove(i));
        }
        for (int k = 0; k < ps.size(); k++) {
            int r = Vocabulary.frameworkRank(key(ps.get(k).text()));
            int to = 0;
            while (to < labels.size() && !(Vocabulary.frameworkRank(key(labels.get(to).text())) > r)) {
                to++;
            }
            labels.add(to, ps.get(k));
            at.add(to, new CentredLabels.Label(ls.get(k).before(), ls.get(k).page(), false));
        }
    }

    private static List<CentredLabels.Label> positions(List<Piece> labels, int[] nameLine, int[] pageStarts) {
        List<CentredLabels.Label> out = new ArrayList<>();
        for (Piece p : labels) {
            out.add(new CentredLabels.Label(before(nameLine, p.line()), page(pageStarts, p.line()), true));
        }
        return out;
    }

    /** How many rows' names start before a line. */
    static int before(int[] nameLine, int line) {
        int n = 0;
        for (int l : nameLine) {
            if (l < line) {
                n++;
            }
        }
        return n;
    }

    /** The page a line is on: how many page starts are at or before it. */
    static int page(int[] pageStarts, int line) {
        int i = Arrays.binarySearch(pageStarts, line);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
