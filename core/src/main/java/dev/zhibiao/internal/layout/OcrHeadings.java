package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Indicator heading rows an OCR engine misread or left out, given back from what the document's
 * other heading rows print at the same place (a notice prints its sheets from one template). Runs
 * after {@link OcrLabels#headings}, which takes only heading rows the sheets print word for word
 * alike:
 * <ul>
 * <li>the document's heading rows of one width are read column by column: at each place the column
 *     the rows that name one there print alike (a row whose cell there the engine misread, {@code 人} for
 *     绩效指标, says nothing of that place); two rows printing different words at one place and the
 *     width has no heading to lend. A sheet with no heading row of its own takes it for its first
 *     OCR'd table row of that width that is at least {@link OcrLabels#HEADING} alike it in two cells
 *     (no cell naming another column or a category, at most one with a digit), or for a blank row of
 *     that width right above a row with a name and a value under that heading (the engine read
 *     nothing of the heading);</li>
 * <li>a heading row printed twice side by side (two periods): one OCR'd cell of one half that is no
 *     heading word, where the other half prints one and every other place of the halves holds heading
 *     words, is that word ({@code 指标值 | … | 本示什} → 指标值).</li>
 * </ul>
 * Each repair is an {@code ocr-repaired} diagnostic with the engine's confidence where it gave one.
 */
final class OcrHeadings {
    private OcrHeadings() {
    }

    private static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值");

    /**
     * @param in rows after {@link OcrRepair} (and {@link OcrLabels#headings}), with their notes
     * @return the rows with the heading rows given back, the notes on the rows they belong to
     */
    static OcrRepair.Result repair(OcrRepair.Result in) {
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>(in.notes());
        List<Row> out = new ArrayList<>(in.rows());
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            if (r.table() && OcrLabels.headingRow(r.cells())) {
                List<Diagnostic> diags = new ArrayList<>();
                List<Cell> cells = doubled(r.cells(), diags);
                if (!diags.isEmpty()) {
                    replace(out, i, new Row(cells, true, r.at()), diags, notes);
                }
            }
        }
        lend(out, notes);
        return new OcrRepair.Result(out, notes);
    }

    private static void replace(List<Row> out, int i, Row nr, List<Diagnostic> diags, Map<Row, List<Diagnostic>> notes) {
        Row r = out.get(i);
        List<Diagnostic> all = new ArrayList<>(notes.getOrDefault(r, List.of()));
        all.addAll(diags);
        notes.remove(r);
        notes.put(nr, all);
        out.set(i, nr);
    }

    /** The heading row printed twice, one misread cell of a half given the word of the other half. */
    static List<Cell> doubled(List<Cell> cells, List<Diagnostic> diags) {
        int n = cells.size();
        int lead = n >= 5 && n % 2 == 1 && !HEADER.contains(Text.key(cells.get(0).text())) ? 1 : 0;
        if ((n - lead) % 2 != 0 || n - lead < 6) {
            return cells;
        }
        int half = (n - lead) / 2;
        int heading = 0;
        int misread = -1;
        int from = -1;
        for (int i = lead; i < lead + half; i++) {
            String a = Text.key(cells.get(i).text());
            String b = Text.key(cells.get(i + half).text());
            boolean ha = HEADER.contains(a);
            boolean hb = HEADER.contains(b);
            if (ha && hb) {
                heading++;
            } else if (a.equals(b)) {
                continue;
            } else if (misread < 0 && (ha || hb)) {
                misread = ha ? i + half : i;
                from = ha ? i : i + half;
            } else {
                return cells;
            }
        }
        if (misread < 0 || heading < 2) {
            return cells;
        }
        Cell c = cells.get(misread);
        if (!c.ocr() || c.isEmpty() || Vocabulary.column(c.text()) != null || Vocabulary.category(c.text()) != null) {
            return cells;
        }
        List<Cell> fixed = new ArrayList<>(cells);
        String word = Text.key(cells.get(from).text());
        fixed.set(misread, note(c, word, "indicator heading " + word + ", as the other period's half of the heading row prints it", diags));
        return fixed;
    }

    /** Column by column, the heading of each width the document's heading rows agree on, lent to sheets without one. */
    static void lend(List<Row> rows, Map<Row, List<Diagnostic>> notes) {
        Map<Integer, String[]> words = new HashMap<>();
        Map<Integer, Vocabulary.Column[]> columns = new HashMap<>();
        Set<Integer> disagree = new HashSet<>();
        boolean ocr = false;
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                ocr |= c.ocr();
            }
            if (!r.table() || !OcrLabels.headingRow(r.cells())) {
                continue;
            }
            int n = r.cells().size();
            String[] w = words.computeIfAbsent(n, k -> new String[k]);
            Vocabulary.Column[] cols = columns.computeIfAbsent(n, k -> new Vocabulary.Column[k]);
            for (int i = 0; i < n; i++) {
                Cell c = r.cells().get(i);
                Vocabulary.Column col = c.isEmpty() ? null : Vocabulary.column(c.text());
                if (col == null) {
                    continue;
                }
                if (cols[i] == null) {
                    cols[i] = col;
                    w[i] = c.text().strip();
                } else if (cols[i] != col || !Text.key(w[i]).equals(Text.key(c.text()))) {
                    disagree.add(n);
                }
            }
        }
        if (!ocr) {
            return;
        }
        words.keySet().removeAll(disagree);
        if (words.isEmpty()) {
            return;
        }
        int start = 0;
        for (int i = 0; i <= rows.size(); i++) {
            if (i < rows.size() && !(!rows.get(i).table() && Recovery.isTitle(rows.get(i)))) {
                continue;
            }
            boolean has = false;
            for (int j = start; j < i && !has; j++) {
                has = rows.get(j).table() && OcrLabels.headingRow(rows.get(j).cells());
            }
            for (int j = start; j < i && !has; j++) {
                Row r = rows.get(j);
                String[] w = r.table() ? words.get(r.cells().size()) : null;
                if (w == null || OcrLabels.headerRow(r.cells())) {
                    continue;
                }
                boolean blank = blank(r) && j + 1 < i && indicatorBelow(rows.get(j + 1), columns.get(r.cells().size()));
                if (blank || misread(r.cells(), w)) {
                    List<Diagnostic> diags = new ArrayList<>();
                    List<Cell> cells = new ArrayList<>(r.cells());
                    for (int c = 0; c < cells.size(); c++) {
                        if (w[c] != null && !Text.key(cells.get(c).text()).equals(Text.key(w[c]))) {
                            cells.set(c, note(cells.get(c), w[c], blank ? "indicator heading the engine did not read, as another sheet of the document prints it"
                                    : "indicator heading, as the document's other sheets print it", diags));
                        }
                    }
                    replace(rows, j, new Row(cells, true, r.at()), diags, notes);
                    has = true;
                }
            }
            start = i;
        }
    }

    private static boolean blank(Row r) {
        for (Cell c : r.cells()) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A row of the heading's width with a name under its name column and a value under a value column. */
    private static boolean indicatorBelow(Row r, Vocabulary.Column[] cols) {
        if (!r.table() || cols == null || r.cells().size() != cols.length) {
            return false;
        }
        boolean name = false;
        boolean value = false;
        for (int i = 0; i < cols.length; i++) {
            Cell c = r.cells().get(i);
            if (c.isEmpty() || cols[i] == null) {
                continue;
            }
            if (!c.ocr()) {
                return false;
            }
            switch (cols[i]) {
                case NAME -> name |= !Text.key(c.text()).matches("[0-9.%]*");
                case VALUE, MID_VALUE, ACTUAL -> value = true;
                default -> {
                }
            }
        }
        return name && value;
    }

    private static boolean misread(List<Cell> cells, String[] words) {
        int alike = 0;
        int digits = 0;
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            String k = Text.key(cell.text());
            Vocabulary.Column col = Vocabulary.column(cell.text());
            if (!cell.ocr() || col != null && (words[c] == null || col != Vocabulary.column(words[c]))
                    || Vocabulary.category(cell.text()) != null) {
                return false;
            }
            if (k.matches(".*[0-9].*")) {
                digits++;
            } else if (words[c] != null && OcrLabels.ratio(k, Text.key(words[c])) >= OcrLabels.HEADING) {
                alike++;
            }
        }
        return alike >= 2 && digits <= 1;
    }

    private static Cell note(Cell c, String fixed, String what, List<Diagnostic> diags) {
        Double conf = c.confidence();
        String shown = conf == null || conf.isNaN() ? "" : String.format(Locale.ROOT, ", engine confidence %.2f", conf);
        diags.add(new Diagnostic(OcrRepair.CODE, "OCR reading \"" + c.text().strip() + "\" repaired to \"" + fixed + "\" (" + what
                + shown + ")", c.at()));
        return c.withText(fixed);
    }
}
