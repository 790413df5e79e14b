package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.List;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * A wide indicator table's row read in its heading's column sequence ({@link PdfTextWideTable}), where plain
 * pdftotext prints the heading's words one a line and each row one line a cell: what the page's own heading and
 * cells print decides, never a form's wording.
 * <ul>
 * <li>Two heading cells wrapped side by side in one paragraph: the first cell's first line, the second cell whole,
 * the first cell's last line ({@code 年度指标 / 实际完成值 / 值}, joined {@code 年度指标实际完成值值}) are two heading
 * words ({@link #interleaved}).</li>
 * <li>A target and its actual printed on one line under their two headings ({@code ≥3000 对 3126 对}): two cells
 * ({@link #valueAndActual}).</li>
 * <li>A direction column ({@code 指标方向}) printing the values' operators ({@code ≥}): the cell stays in its column
 * (core reads such a column as the operators', {@code direction-operators}) ({@link #operator}).</li>
 * </ul>
 */
final class PdfTextCellSequence {
    private PdfTextCellSequence() {
    }

    /** An operator printed alone in a cell. */
    private static final Pattern OPERATOR = Pattern.compile("[≥≤><=＞＜≧≦＝]|不低于|不高于|不少于|不多于|不超过|大于等于|小于等于");

    /** A number with its decimals, set aside to compare two values' forms. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A leading comparison, set aside to compare a target's form with its actual's. */
    private static final Pattern LEADING_OPERATOR = Pattern.compile("^(?:[≥≤><=＞＜≧≦＝]|不低于|不高于|不少于|不多于|不超过)");

    /**
     * The two heading words a joined heading text prints interleaved: a wrapped cell's first line (three characters or
     * more), then a neighbour
     * cell printed whole, then the wrapped cell's last line (one or two characters); {@code [first, neighbour]} in
     * column order when both are heading words of different roles and neither a level word, the shortest neighbour
     * tried first; null otherwise.
     */
    static List<String> interleaved(String text) {
        String k = key(text);
        if (k.length() < 6 || !Rx.matches(k, "\\p{IsHan}+")) {
            return null;
        }
        for (int tail = 1; tail <= 2; tail++) {
            int j = k.length() - tail;
            // the shortest neighbour first (a whole cell printed between the wrapped cell's lines is a heading word of its own)
            // (the wrapped cell's first line three characters or more: 指标方向权重 is two words side by side, no interleaving)
            for (int i = j - 2; i >= 3; i--) {
                String first = k.substring(0, i) + k.substring(j);
                String neighbour = k.substring(i, j);
                Column a = Vocabulary.column(first);
                Column b = Vocabulary.column(neighbour);
                if (a != null && b != null && a != b && a != Column.LEAD && b != Column.LEAD && plain(first) && plain(neighbour)) {
                    return List.of(first, neighbour);
                }
            }
        }
        return null;
    }

    /** Whether a heading word is no level or category word. */
    private static boolean plain(String w) {
        return !isCategory(w) && !isLevel1(w) && !isLevel2(w);
    }

    /**
     * A wrapped heading cell's last line (one or two characters, no heading word) printed after its neighbour's whole
     * cell, the pieces apart ({@code 实际完成 / 得分 / 值}): when the heading word before the last one read so far
     * and the text make a heading word and the last one is a heading word of another role, and no word read so far is
     * a begun word awaiting its end, the text completes that word (in {@code head}) and true is returned; false,
     * {@code head} untouched, otherwise.
     */
    static boolean endAcross(List<String> head, String text) {
        if (head.size() < 2 || text.isEmpty() || text.length() > 2 || !Rx.matches(text, "\\p{IsHan}+")
                || Vocabulary.column(text) != null || head.stream().anyMatch(h -> Vocabulary.column(h) == null)) {
            return false; // (a word begun and not yet ended is what such a text ends: PdfTextWideTable.wrappedEnds)
        }
        String first = head.get(head.size() - 2);
        String neighbour = head.get(head.size() - 1);
        if (first.length() < 3) {
            return false; // (a wrapped cell's first line three characters or more, as for interleaved: 权重 / 指标方向 / 性 is no such)
        }
        Column a = Vocabulary.column(first + text);
        Column b = Vocabulary.column(neighbour);
        if (a == null || b == null || a == b || a == Column.LEAD || !plain(first + text) || !plain(neighbour)
                || Vocabulary.column(first) == Column.L1 || Vocabulary.column(first) == Column.L2 || Vocabulary.column(first) == Column.NAME) {
            return false;
        }
        head.set(head.size() - 2, first + text);
        return true;
    }

    /**
     * A target and its actual printed on one line ({@code ≥3000 对 3126 对}): the two cells, cut at a space, when both
     * are values of one form (their numbers and the target's leading operator set aside); null otherwise.
     */
    static String[] valueAndActual(String text) {
        String t = text.strip();
        for (int at = t.indexOf(' '); at > 0; at = t.indexOf(' ', at + 1)) {
            String a = t.substring(0, at).strip();
            String b = t.substring(at + 1).strip();
            if (a.isEmpty() || b.isEmpty() || !PdfTextFragments.isValue(a)) {
                continue;
            }
            String ka = key(a);
            String kb = key(b);
            if (!Rx.find(NUMBER, ka) || !Rx.find(NUMBER, kb)) {
                continue;
            }
            String fa = NUMBER.matcher(LEADING_OPERATOR.matcher(ka).replaceFirst("")).replaceAll("9");
            String fb = NUMBER.matcher(LEADING_OPERATOR.matcher(kb).replaceFirst("")).replaceAll("9");
            if (fa.equals(fb) && !fa.equals("9")) {
                return new String[] {a, b};
            }
        }
        // one worded value twice (明显改善 明显改善): the target met as worded
        String[] parts = Rx.splitSpaces(t);
        if (parts.length == 2 && parts[0].equals(parts[1]) && Rx.matches(key(parts[0]), "\\p{IsHan}{2,8}") && !isVocabulary(parts[0])
                && Vocabulary.column(parts[0]) == null) {
            return new String[] {parts[0], parts[1]};
        }
        return null;
    }

    /**
     * The heading words printed after the rows when the heading printed before them names the levels and the name
     * only: a value heading first, then columns that follow a value (an actual, weights, scores, units, notes), each
     * once, in the printed order; empty when any other heading word is printed there or no value heading leads.
     */
    static List<String> lateHeading(List<Piece> pieces, int from) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = from; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind() != Kind.TEXT) {
                continue;
            }
            List<String> words = PdfTextWideTable.headingWords(p.text());
            if (words == null) {
                continue;
            }
            for (String w : words) {
                Column c = Vocabulary.column(w);
                boolean fits = out.isEmpty() ? c == Column.VALUE
                        : c == Column.ACTUAL || c == Column.WEIGHT || c == Column.SCORE || c == Column.NOTE || c == Column.UNIT;
                if (!fits || out.contains(w)) {
                    return List.of();
                }
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A value and the unit column's cell printed on one line, the value's own unit again after a space
     * ({@code ≤0.75 万元 万元}): the two cells; null otherwise.
     */
    static String[] unitRepeated(String text) {
        String t = text.strip();
        int at = t.lastIndexOf(' ');
        if (at <= 0) {
            return null;
        }
        String v = t.substring(0, at).strip();
        String u = t.substring(at + 1).strip();
        String ku = key(u);
        return !ku.isEmpty() && ku.length() <= 4 && !Rx.find(NUMBER, ku) && PdfTextFragments.isValue(v) && key(v).endsWith(ku)
                && Rx.find(NUMBER, key(v)) ? new String[] {v, u} : null;
    }

    /** A weight or a score: one to three digits, maybe decimals. */
    private static final Pattern POINTS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?");

    /**
     * A value (a number with a unit, or words) and the points column's number printed after it on one line
     * ({@code 41250 人 20}, {@code 明显下降 15}): the two cells, cut at the last space; null when the last part is no
     * points number or the rest is a bare number (two numbers side by side say nothing of their columns).
     */
    static String[] valueThenPoints(String text) {
        String t = text.strip();
        int at = t.lastIndexOf(' ');
        if (at <= 0) {
            return null;
        }
        String v = t.substring(0, at).strip();
        String n = t.substring(at + 1).strip();
        String kv = key(v);
        return POINTS.matcher(n).matches() && !kv.isEmpty() && !Rx.matches(kv, "[\\d.,%％]+")
                && (Rx.find(NUMBER, kv) ? PdfTextFragments.isValue(v) : Rx.matches(kv, "\\p{IsHan}{2,8}")) ? new String[] {v, n} : null;
    }

    /**
     * Whether a heading's columns are the levels, the name, the annual value and then the mid-term value (年度指标值 |
     * 中期指标值), maybe a note column after them: two periods' values in one heading, the annual first.
     */
    static boolean annualThenMid(List<Column> cols) {
        return cols.size() >= 5 && cols.size() <= 6 && cols.get(0) == Column.L1 && cols.get(1) == Column.L2 && cols.get(2) == Column.NAME
                && cols.get(3) == Column.VALUE && cols.get(4) == Column.MID_VALUE && (cols.size() == 5 || cols.get(5) == Column.NOTE);
    }

    /** Whether the heading printed from {@code heading} on, a word a piece, is {@link #annualThenMid}'s. */
    static boolean annualThenMidHeading(List<Piece> pieces, int heading) {
        List<Column> cols = new java.util.ArrayList<>();
        for (int k = heading; k < pieces.size() && cols.size() < 6; k++) {
            List<String> words = PdfTextWideTable.headingWords(pieces.get(k).text());
            if (words == null) {
                break;
            }
            for (String w : words) {
                cols.add(Vocabulary.column(w));
            }
        }
        return annualThenMid(cols);
    }

    /**
     * Whether the row's piece at {@code r}, right after its name, is the name's wrapped last line: one to three Han
     * characters (a word such as 数量 or 成本 too: the row's labels are read already), no heading word, printed on the
     * line after the name's in its paragraph, and followed by a value with a number (the row's first value cell, so
     * the short text is no worded value of its own).
     */
    static boolean nameTail(Piece name, List<Piece> row, int r) {
        if (r + 1 >= row.size()) {
            return false;
        }
        Piece t = row.get(r);
        Piece v = row.get(r + 1);
        return Rx.matches(t.key(), "\\p{IsHan}{1,3}") && t.line() == name.line() + 1 && Vocabulary.column(t.key()) == null
                && v.kind() != Kind.LABEL && PdfTextFragments.isValue(v.text()) && Rx.find(NUMBER, key(v.text()));
    }

    /**
     * A target, its actual and the points column's number printed on one line ({@code 明显改善 明显改善 20}): the three
     * cells ({@link #valueThenPoints}, then {@link #valueAndActual} of the rest); null otherwise.
     */
    static String[] pairThenPoints(String text) {
        String t = text.strip();
        int at = t.lastIndexOf(' ');
        if (at <= 0 || !POINTS.matcher(t.substring(at + 1)).matches()) {
            return null;
        }
        String[] two = valueAndActual(t.substring(0, at));
        return two == null ? null : new String[] {two[0], two[1], t.substring(at + 1)};
    }

    /**
     * Whether a scored row's target and actual were printed in each other's places: the cell under the target is a figure
     * with no comparison and the cell under the actual one of the same form that opens with a comparison (≥85% after 88%):
     * an actual is what was measured, the comparison is the target's.
     */
    static boolean targetAfterActual(String value, String actual) {
        String kv = key(value);
        String ka = key(actual);
        if (!Rx.find(NUMBER, kv) || !Rx.find(NUMBER, ka) || LEADING_OPERATOR.matcher(kv).find() || !LEADING_OPERATOR.matcher(ka).find()) {
            return false;
        }
        String fv = NUMBER.matcher(kv).replaceAll("9");
        String fa = NUMBER.matcher(LEADING_OPERATOR.matcher(ka).replaceFirst("")).replaceAll("9");
        return fv.equals(fa);
    }

    /** Whether a cell prints an operator alone ({@code ≥}, {@code 不低于}). */
    static boolean operator(String text) {
        return OPERATOR.matcher(key(text)).matches();
    }
}
