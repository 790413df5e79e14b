package dev.zhibiao.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A text column beside the value column of a table printed as aligned text ({@code pdftotext -layout}): the
 * description (绩效指标描述) or the basis (指标值确定依据) the heading row names left or right of 指标值. Their cells
 * are printed a line above and below the value (the value at the row's middle, the text wrapped round it), so a
 * line holds the text and not the value, and the split of a line by its cells' worth (every column's cells
 * fit a text column and a value column alike) put them in the value column: {@code 按上级文件 / ≥90 / 政策} read as
 * one value {@code 按上级文件≥90政策}, {@code 已参保人数占应参保人数的比率} as the value of {@code 参保率（%）}.
 *
 * <p>The value column's own place is where its values (a number or a comparison) start; a cell of it that reads as
 * no value and starts nearer the heading of the text column beside it than that place (by two characters or more)
 * is that column's cell. A value column with fewer than two values says little about its place: then its heading's
 * start stands for it, and only a cell right of that start, nearer the heading of the text column after it, moves (a
 * basis printed round a narrow value column: {@code 指标 | 指标值确定依} a space apart, {@code 根据上级文件 / ≥85 / 或方案}
 * with the other rows' values empty); a cell left of its heading (a qualitative value packed left) stays.
 */
final class TextBesideValue {
    private TextBesideValue() {
    }

    /** The code of the note on a row whose text was moved out of its value column. */
    static final String CODE = "text-beside-value";

    /** How much nearer the text column's heading than the values' place a cell starts to be moved. */
    private static final int NEARER = 2;

    /**
     * @param lines   the table's lines, placed in the heading's columns
     * @param roles   the heading's column roles
     * @param heading where each heading word starts, or null
     * @param moved   where the numbers of the lines whose cells were moved go
     * @return the lines, a value column's text cells moved into the text column beside it
     */
    static List<LaidOutTable.Line> apart(List<LaidOutTable.Line> lines, List<ColumnFit.Role> roles, int[] heading, Set<Integer> moved) {
        int width = roles.size();
        if (heading == null || heading.length != width) {
            return lines;
        }
        List<LaidOutTable.Line> out = lines;
        for (int v = 0; v < width; v++) {
            if (roles.get(v) != ColumnFit.Role.VALUE) {
                continue;
            }
            int place = valuesPlace(out, v);
            // too few values to say where they start: where the column is headed, and only right of it (a cell packed
            // left of its heading may be a qualitative value; one right of it nearer the text column's heading is not)
            boolean headed = place < 0;
            if (headed) {
                place = heading[v];
            }
            if (place < 0) {
                continue;
            }
            List<Integer> beside = new ArrayList<>();
            for (int t : headed ? new int[] {v + 1} : new int[] {v - 1, v + 1}) {
                if (t >= 0 && t < width && roles.get(t) == ColumnFit.Role.TEXT && heading[t] >= 0) {
                    beside.add(t);
                }
            }
            if (beside.isEmpty()) {
                continue;
            }
            List<LaidOutTable.Line> next = new ArrayList<>(out.size());
            for (LaidOutTable.Line l : out) {
                String text = l.texts()[v];
                int x = l.starts()[v];
                int to = -1;
                if (text != null && !text.isBlank() && x >= 0 && (!headed || x > place) && !ColumnFit.Features.of(text).value()) {
                    for (int t : beside) {
                        if (Math.abs(x - heading[t]) + NEARER <= Math.abs(x - place)
                                && (to < 0 || Math.abs(x - heading[t]) < Math.abs(x - heading[to]))) {
                            to = t;
                        }
                    }
                }
                if (to < 0) {
                    next.add(l);
                    continue;
                }
                moved.add(l.number());
                next.add(moved(l, v, to));
            }
            out = next;
        }
        return out;
    }

    /** The code of the note on a row whose value column's line was moved by its words ({@link #byWords}). */
    static final String WORDS = "text-beside-value-words";

    /**
     * A line of the value column that reads as no value (nor as a piece of one: a unit, an operator, a digit) and is printed whole as a cell of the text column beside it on
     * another line of the table ({@code 根据上级文} / {@code ≥100%} / {@code 件或方案} in the value column, each line of the
     * basis printed in the basis column of the other rows): that column's, when it is empty on the line. A value column
     * narrower than its neighbour's text puts a cell wrapped round the row's value nearer the values than the text
     * column's heading, and {@link #apart} leaves it; its words say where it belongs. Asked after
     * {@link LaidOutTable#realigned}, which places a cell by its start only.
     *
     * @param moved where the numbers of the lines whose cells were moved go
     */
    static List<LaidOutTable.Line> byWords(List<LaidOutTable.Line> lines, List<ColumnFit.Role> roles, Set<Integer> moved) {
        List<LaidOutTable.Line> out = lines;
        for (int v = 0; v < roles.size(); v++) {
            if (roles.get(v) != ColumnFit.Role.VALUE) {
                continue;
            }
            List<Integer> beside = new ArrayList<>();
            for (int t : new int[] {v - 1, v + 1}) {
                if (t >= 0 && t < roles.size() && roles.get(t) == ColumnFit.Role.TEXT) {
                    beside.add(t);
                }
            }
            java.util.Map<Integer, Set<String>> printed = printedIn(out, beside);
            List<LaidOutTable.Line> next = new ArrayList<>(out.size());
            for (LaidOutTable.Line l : out) {
                String text = l.texts()[v];
                int to = -1;
                if (text != null && !text.isBlank() && !ColumnFit.Features.of(text).value() && !valuePiece(text)) {
                    for (int t : beside) {
                        if (to < 0 && (l.texts()[t] == null || l.texts()[t].isBlank())
                                && printed.get(t).contains(dev.zhibiao.internal.text.Text.key(text))) {
                            to = t;
                        }
                    }
                }
                if (to < 0) {
                    next.add(l);
                    continue;
                }
                moved.add(l.number());
                next.add(moved(l, v, to));
            }
            out = next;
        }
        return out;
    }

    /** Line {@code l} with its value column's text ({@code v}) moved, at its printed start, to column {@code to}. */
    private static LaidOutTable.Line moved(LaidOutTable.Line l, int v, int to) {
        String[] texts = l.texts().clone();
        int[] starts = l.starts().clone();
        texts[v] = null;
        starts[v] = -1;
        LaidOutTable.put(texts, starts, to, l.texts()[v], l.starts()[v]);
        return new LaidOutTable.Line(l.number(), texts, starts, l.page());
    }

    /** A unit, an operator or a text holding a digit: a piece of a value wrapped round its line, never the text's. */
    private static boolean valuePiece(String text) {
        String k = dev.zhibiao.internal.text.Text.key(text);
        return ColumnFit.isUnit(k) || ColumnFit.isOperator(k) || dev.zhibiao.internal.text.Rx.holdsDigitOnOneLine(k);
    }

    /** Per text column, the keys of the cells it holds on the table's lines. */
    private static java.util.Map<Integer, Set<String>> printedIn(List<LaidOutTable.Line> lines, List<Integer> columns) {
        java.util.Map<Integer, Set<String>> out = new java.util.HashMap<>();
        for (int t : columns) {
            Set<String> keys = new java.util.HashSet<>();
            for (LaidOutTable.Line l : lines) {
                if (l.texts()[t] != null && !l.texts()[t].isBlank()) {
                    keys.add(dev.zhibiao.internal.text.Text.key(l.texts()[t]));
                }
            }
            out.put(t, keys);
        }
        return out;
    }

    /** Notes the moves {@link #byWords} made on a row's lines. */
    static void noteWords(Row row, int first, int last, java.util.NavigableSet<Integer> moved,
                          java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        for (Integer k : moved.subSet(first, true, last, true)) {
            notes.computeIfAbsent(row, x -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(WORDS, "a line of the value"
                    + " column that reads as no value and that the text column beside it prints on another line, read into"
                    + " that column (line " + k + ")", dev.zhibiao.Locator.line(k)));
        }
    }

    /** The median start of a column's cells that read as values, or -1 when fewer than two do. */
    private static int valuesPlace(List<LaidOutTable.Line> lines, int column) {
        List<Integer> xs = new ArrayList<>();
        for (LaidOutTable.Line l : lines) {
            String t = l.texts()[column];
            if (t != null && l.starts()[column] >= 0 && ColumnFit.Features.of(t).value()) {
                xs.add(l.starts()[column]);
            }
        }
        if (xs.size() < 2) {
            return -1;
        }
        java.util.Collections.sort(xs);
        return xs.get(xs.size() / 2);
    }
}
