package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-evaluation's money rows in space-aligned text, under a line of money column headings
 * ({@code 项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分}): a row that leaves a column
 * empty ({@code 上年结转资金  0  50  48  —      —}, no rate) prints fewer figures than there are headings,
 * and read in order its figures went to the wrong columns (年初预算数 as the budget). Such a row is
 * placed under the headings by where its figures are printed, an empty cell for each heading with
 * none, so that the money block reads it on the heading's grid ({@link HeaderBlock}).
 */
final class SpacedMoneyRows {

    private SpacedMoneyRows() {
    }

    /** The money column headings of a line (every token after its first), or null. */
    static List<ColumnFit.Tok> heads(List<ColumnFit.Tok> toks) {
        if (toks.size() < 4) {
            return null;
        }
        for (int i = 1; i < toks.size(); i++) {
            if (!MoneyVocabulary.isMoneyColumnHeading(toks.get(i).text())) {
                return null;
            }
        }
        return List.copyOf(toks.subList(1, toks.size()));
    }

    /** Whether a line is a label followed by figures only (amounts, rates, — for none). */
    static boolean isMoneyLine(List<ColumnFit.Tok> toks) {
        if (toks.size() < 2 || figure(toks.get(0).text())) {
            return false;
        }
        for (int i = 1; i < toks.size(); i++) {
            if (!figure(toks.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a money figure: an amount (a rate too) or a placeholder (—). */
    static boolean figure(String t) {
        return MoneyRows.amount(t) != null || MoneyRows.isPlaceholder(t);
    }

    /**
     * A money line with fewer figures than headings as a row on the headings' grid (its label, then
     * one cell per heading), or null: not such a line, or its figures do not fall under distinct
     * headings in order.
     */
    static List<Cell> place(int no, List<ColumnFit.Tok> toks, List<ColumnFit.Tok> heads) {
        if (!isMoneyLine(toks) || toks.size() - 1 >= heads.size()) {
            return null;
        }
        String[] texts = new String[heads.size()];
        int last = -1;
        for (int i = 1; i < toks.size(); i++) {
            ColumnFit.Tok t = toks.get(i);
            int h = under(t, heads);
            if (h <= last) {
                return null;
            }
            texts[h] = t.text();
            last = h;
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(toks.get(0).text(), new Locator(no, 1, null)));
        for (String s : texts) {
            cells.add(new Cell(s == null ? "" : s, new Locator(no, cells.size() + 1, null)));
        }
        return cells;
    }

    /** The heading a figure stands under: the one its printed span overlaps most, else the nearest. */
    private static int under(ColumnFit.Tok t, List<ColumnFit.Tok> heads) {
        int a = t.column();
        int b = a + width(t.text());
        int best = -1;
        int bestOverlap = 0;
        int nearest = -1;
        double nearestDistance = Double.MAX_VALUE;
        for (int h = 0; h < heads.size(); h++) {
            int ha = heads.get(h).column();
            int hb = ha + width(heads.get(h).text());
            int overlap = Math.min(b, hb) - Math.max(a, ha);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = h;
            }
            double distance = Math.abs((a + b) / 2.0 - (ha + hb) / 2.0);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = h;
            }
        }
        return best >= 0 ? best : nearest;
    }

    /** Display width: a Chinese character or a full-width form 2, anything else 1. */
    private static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                    || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 ? 2 : 1;
            i += Character.charCount(c);
        }
        return w;
    }

    /**
     * Money column headings wrapped over three lines, the block's label elsewhere ({@code 全年执行 执行} / {@code 年初预算数
     * 全年预算数 分值 得分} / {@code 数 率}): the middle line all headings, each word above completed by the word under it
     * (within two columns) into a heading it is not alone. The headings in column order, or null.
     */
    static List<ColumnFit.Tok> wrappedHeads(List<ColumnFit.Tok> toks, List<ColumnFit.Tok> above, List<ColumnFit.Tok> below) {
        if (toks.size() < 2 || above.isEmpty() || above.size() != below.size()) {
            return null;
        }
        for (ColumnFit.Tok t : toks) {
            if (!MoneyVocabulary.isMoneyColumnHeading(t.text())) {
                return null;
            }
        }
        List<ColumnFit.Tok> out = new ArrayList<>(toks);
        for (int i = 0; i < above.size(); i++) {
            ColumnFit.Tok a = above.get(i);
            ColumnFit.Tok b = below.get(i);
            String joined = a.text() + b.text();
            if (Math.abs(a.column() - b.column()) > 2 || MoneyVocabulary.isMoneyColumnHeading(a.text())
                    || !MoneyVocabulary.isMoneyColumnHeading(joined)) {
                return null;
            }
            out.add(new ColumnFit.Tok(joined, a.column(), Math.max(2, a.gap())));
        }
        out.sort(java.util.Comparator.comparingInt(ColumnFit.Tok::column));
        return out;
    }
}
