package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A heading cell spanning several columns whose second heading row names a choice in each, the rows
 * below ticking one: the monitoring sheet's {@code 偏差原因分析} over {@code 经费保障 | 制度保障 | 人员保障 |
 * 其他} and {@code 完成目标可能性} over {@code 确定能 | 有可能 | 完全不可能}, a row holding {@code √} under
 * the choice that applies. The second heading row is set aside ({@code heading-continued}) and each
 * row's ticks are read as the names of the choices they stand under, in the spanning heading's
 * first column ({@code check-marks-read}): the column then reads as one, {@code 偏差原因分析} =
 * {@code 经费保障}. A span whose cells below hold anything but ticks is left as printed.
 */
final class CheckColumns {
    private CheckColumns() {
    }

    /** Marks a form is ticked with (☑ and ☒: a word processor's ticked check box). */
    private static final String TICKS = "√✓✔☑☒●";
    /** An empty check box, printed where a choice is not ticked: no tick. */
    private static final String UNTICKED = "☐□";
    /** A choice printed in a second heading row is a short word. */
    private static final int MAX_CHOICE = 8;

    /** @return whether a cell's text is one empty check box */
    static boolean isUnticked(String text) {
        String t = text.strip();
        return t.length() == 1 && UNTICKED.indexOf(t.charAt(0)) >= 0;
    }

    /** @return whether a cell's text is one tick */
    static boolean isTick(String text) {
        String t = text.strip();
        return t.length() == 1 && TICKS.indexOf(t.charAt(0)) >= 0;
    }

    /**
     * @param heading the indicator heading row
     * @param rows    the rows below it
     * @param d       the sheet, for the diagnostics
     * @return the rows, the second heading row left out and ticks read as their choices; {@code rows}
     *         itself when the heading has no such span
     */
    static List<Row> read(Row heading, List<Row> rows, SheetDraft d) {
        int sub = 0;
        while (sub < rows.size() && rows.get(sub).isEmpty()) {
            sub++;
        }
        if (sub >= rows.size()) {
            return rows;
        }
        Row choices = rows.get(sub);
        List<int[]> spans = spans(heading, choices);
        if (spans.isEmpty()) {
            return rows;
        }
        List<Row> body = rows.subList(sub + 1, rows.size());
        List<int[]> ticked = new ArrayList<>();
        for (int[] s : spans) {
            if (onlyTicks(body, s)) {
                ticked.add(s);
            }
        }
        if (ticked.isEmpty()) {
            return rows;
        }
        d.diag("heading-continued", choices.at(), "second heading row naming the choices ticked below: \""
                + choices.text() + "\"");
        List<Row> out = new ArrayList<>(rows.subList(0, sub));
        for (Row r : body) {
            List<Cell> cells = new ArrayList<>(r.cells());
            boolean changed = false;
            for (int[] s : ticked) {
                StringBuilder names = new StringBuilder();
                Cell first = null;
                for (int c = s[0]; c <= s[1] && c < cells.size(); c++) {
                    if (cells.get(c).isEmpty() || isUnticked(cells.get(c).text())) {
                        cells.set(c, new Cell("", cells.get(c).at()));
                        continue;
                    }
                    first = first == null ? cells.get(c) : first;
                    int named = c;
                    while (named > s[0] && choices.cells().get(named).isEmpty()) {
                        named--; // under a merged choice: the choice printed in its first column
                    }
                    names.append(names.length() == 0 ? "" : "、").append(Text.clean(choices.cells().get(named).text()));
                    cells.set(c, new Cell("", cells.get(c).at()));
                }
                if (first != null) {
                    String head = Text.clean(heading.cells().get(s[0]).text());
                    d.diag("check-marks-read", first.at(), "ticks under " + head + " read as the choices they stand under: \""
                            + names + "\"");
                    cells.set(s[0], new Cell(names.toString(), first.at()));
                    changed = true;
                }
            }
            out.add(changed ? new Row(cells, r.table(), r.at()) : r);
        }
        return out;
    }

    /**
     * The spans of heading cells over two choices or more: a filled heading cell followed by empty
     * ones (a merged cell as a reader gives it), the row under it filled in every column of the span
     * with a short word and empty outside every span.
     */
    private static List<int[]> spans(Row heading, Row choices) {
        List<Cell> h = heading.cells();
        List<Cell> c = choices.cells();
        if (c.size() > h.size()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        boolean[] inSpan = new boolean[c.size()];
        for (int i = 0; i < h.size(); i++) {
            if (h.get(i).isEmpty()) {
                continue;
            }
            int end = i;
            while (end + 1 < h.size() && h.get(end + 1).isEmpty()) {
                end++;
            }
            if (end > i && end < c.size()) {
                // every column named, or (a grid of merged cells: a spreadsheet) the first and one more at
                // least, the columns between continuing the choice before them
                boolean named = !c.get(i).isEmpty();
                int words = 0;
                for (int k = i; k <= end && named; k++) {
                    if (c.get(k).isEmpty()) {
                        continue;
                    }
                    String t = Text.clean(c.get(k).text());
                    named = t != null && !t.isEmpty() && t.length() <= MAX_CHOICE && !Vocabulary.hasDigit(t) && !isTick(t);
                    words++;
                }
                if (named && words >= 2) {
                    spans.add(new int[] {i, end});
                    for (int k = i; k <= end; k++) {
                        inSpan[k] = true;
                    }
                }
            }
            i = end;
        }
        for (int k = 0; k < c.size(); k++) {
            if (!inSpan[k] && !c.get(k).isEmpty()) {
                return List.of(); // a cell outside the spans: an indicator row, not the choices
            }
        }
        return spans;
    }

    /** Whether every filled cell of the span's columns in the rows below is a tick (one at least). */
    private static boolean onlyTicks(List<Row> body, int[] span) {
        int ticks = 0;
        for (Row r : body) {
            for (int c = span[0]; c <= span[1] && c < r.cells().size(); c++) {
                Cell cell = r.cells().get(c);
                if (cell.isEmpty() || isUnticked(cell.text())) {
                    continue;
                }
                if (!isTick(cell.text())) {
                    return false;
                }
                ticks++;
            }
        }
        return ticks > 0;
    }
}
