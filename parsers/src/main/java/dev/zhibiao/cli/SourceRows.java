package dev.zhibiao.cli;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.Target;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which source rows a sheet came from, and which of them its indicators, diagnostics and remnants
 * point at, by position: a sheet runs from the row at its locator (its title's row, on a PDF page
 * the row printing its title) to the next sheet's; a diagnostic marks the row at its line; an
 * indicator the row at its line, or (where rows only know their page) the first row after the
 * previous indicator's that prints its name.
 */
final class SourceRows {
    /**
     * What to mark on a sheet's source rows (indexes into the sheet's rows; indicators 1-based).
     *
     * @param diagnostics     diagnostics by row
     * @param unplaced        diagnostics no row of the sheet is at
     * @param rowOfIndicator  each indicator's source row
     * @param indicatorOfRow  the indicator of each row that gave one
     * @param remnantRows     rows whose text is a remnant
     * @param unread          indicators whose value holds numbers the grammar could not read
     */
    record Marks(Map<Integer, List<Diagnostic>> diagnostics, List<Diagnostic> unplaced,
                 Map<Integer, Integer> rowOfIndicator, Map<Integer, Integer> indicatorOfRow,
                 Set<Integer> remnantRows, Set<Integer> unread) {
    }

    private SourceRows() {
    }

    /**
     * @param sheets a document's sheets in order
     * @param rows   its rows
     * @return the index of each sheet's first row (non-decreasing)
     */
    static int[] starts(List<Sheet> sheets, List<Row> rows) {
        int[] starts = new int[sheets.size()];
        int from = 0;
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            Locator at = s.locator();
            int r = from;
            while (r < rows.size() && before(rows.get(r).at(), at)) {
                r++;
            }
            if (at.line() == null && s.title() != null) {
                // rows know only their page: the sheet starts at the row printing its title
                String title = squash(s.title());
                for (int k = r; k < rows.size() && !before(at, rows.get(k).at()); k++) {
                    if (squash(rows.get(k).text()).contains(title)) {
                        r = k;
                        break;
                    }
                }
            }
            starts[i] = Math.min(r, rows.size());
            from = starts[i];
        }
        return starts;
    }

    /** @return the end (exclusive) of sheet i's rows: the next sheet's start that lies after its own */
    static int end(int[] starts, int i, int size) {
        for (int k = i + 1; k < starts.length; k++) {
            if (starts[k] > starts[i]) {
                return starts[k];
            }
        }
        return size;
    }

    /** @return true when position a comes before position b (pages first, then lines) */
    private static boolean before(Locator a, Locator b) {
        if (a.page() != null && b.page() != null && !a.page().equals(b.page())) {
            return a.page() < b.page();
        }
        return a.line() != null && b.line() != null && a.line() < b.line();
    }

    /**
     * @param s    a sheet
     * @param rows its source rows
     * @return what to mark on them
     */
    static Marks mark(Sheet s, List<Row> rows) {
        Map<Integer, List<Diagnostic>> byRow = new HashMap<>();
        List<Diagnostic> unplaced = new ArrayList<>();
        Set<Integer> unread = new HashSet<>();
        for (Diagnostic d : s.diagnostics()) {
            int r = at(rows, d.position());
            if (r < 0) {
                unplaced.add(d);
            } else {
                byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(d);
            }
        }
        Map<Integer, Integer> rowOf = new HashMap<>();
        Map<Integer, Integer> indOf = new HashMap<>();
        int after = 0;
        for (int k = 1; k <= s.indicators().size(); k++) {
            Indicator i = s.indicators().get(k - 1);
            int r = at(rows, i.locator());
            if (r < 0 && i.name() != null) {
                String name = squash(i.name());
                for (int j = after; j < rows.size() && !name.isEmpty(); j++) {
                    if (!indOf.containsKey(j) && rows.get(j).table() && prints(rows.get(j), name)) {
                        r = j;
                        break;
                    }
                }
            }
            if (r >= 0 && !indOf.containsKey(r)) {
                rowOf.put(k, r);
                indOf.put(r, k);
                after = r + 1;
                if (byRow.getOrDefault(r, List.of()).stream().anyMatch(d -> d.code().equals("value-unread"))) {
                    unread.add(k);
                }
            }
            if (i.target() instanceof Target.Qualitative && i.value() != null && i.value().chars().anyMatch(Character::isDigit)) {
                unread.add(k);
            }
        }
        // remnants are kept in document order: each is the next cell (or prose line) printing it
        Set<Integer> remnantRows = new HashSet<>();
        int row = 0;
        int cell = 0;
        for (String rem : s.remnants()) {
            String t = squash(rem);
            found:
            for (int j = row; j < rows.size() && !t.isEmpty(); j++) {
                List<Cell> cs = rows.get(j).cells();
                for (int c = j == row ? cell : 0; c < cs.size(); c++) {
                    if (squash(cs.get(c).text()).equals(t) || c == 0 && squash(rows.get(j).text()).equals(t)) {
                        remnantRows.add(j);
                        row = j;
                        cell = c + 1;
                        break found;
                    }
                }
            }
        }
        return new Marks(byRow, unplaced, rowOf, indOf, remnantRows, unread);
    }

    /** @return the row at a position (its line, on its page), or -1 */
    private static int at(List<Row> rows, Locator p) {
        if (p.line() == null) {
            return -1;
        }
        for (int j = 0; j < rows.size(); j++) {
            Locator a = rows.get(j).at();
            if (p.line().equals(a.line()) && (p.page() == null || a.page() == null || p.page().equals(a.page()))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean prints(Row row, String name) {
        for (Cell c : row.cells()) {
            String t = squash(c.text());
            if (!t.isEmpty() && (t.contains(name) || name.contains(t) && t.length() * 2 >= name.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return the text without white space, for comparing what was printed with what was recovered */
    static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }
}
