package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicator heading rows an OCR engine misread, given back from what the row itself prints: a heading
 * row printed twice side by side (two periods) with one OCR'd cell of one half that is no heading
 * word, where the other half prints one and every other place of the halves holds heading words or
 * the same text, is that word ({@code 指标值 | … | 本示什} → 指标值). In a line of plain OCR text (no
 * confidence) whose pieces are the two halves, each half may misread one cell (the heading line's
 * pieces are its cells: {@code 二级指 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 示什}), one heading word
 * printed by both. A heading row naming 三级指标 and 指标值 whose word-box cells left of 三级指标 no rule names
 * ({@code 二扣 | 三级指标 | 指标值}) gets its level headings from the columns of categories under them. Each repair
 * A word-box cell naming two levels ({@code 二三级指标}) beside a cell printing one of them (三级指标) is the
 * other level ({@link #twoLevels}). Each repair
 * is an {@code ocr-repaired} diagnostic with the engine's confidence where it gave one.
 */
final class OcrHeadings {
    private OcrHeadings() {
    }

    private static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值");

    /**
     * @param in     rows after {@link OcrRepair} (and {@link OcrLabels#headings}), with their notes
     * @param placed whether the rows' cells were placed in their columns by geometry (word boxes, a
     *               searchable PDF's text layer), not a plain OCR text's printed lines
     * @return the rows with the heading rows given back, the notes on the rows they belong to
     */
    static OcrRepair.Result repair(OcrRepair.Result in, boolean placed) {
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>(in.notes());
        List<Row> out = new ArrayList<>(in.rows());
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            if (!r.table()) {
                continue;
            }
            if (OcrLabels.headingRow(r.cells())) {
                List<Diagnostic> diags = new ArrayList<>();
                List<Cell> cells = doubled(r.cells(), diags);
                if (!diags.isEmpty()) {
                    replace(out, i, new Row(cells, true, r.at()), diags, notes);
                }
            }
            twoLevels(out, i, notes);
            if (namesColumns(out.get(i).cells())) {
                basisByItsStart(out, i, notes, placed);
                valueByPlace(out, i, notes, placed);
                levelsByPlace(out, i, notes, placed);
            }
        }
        return new OcrRepair.Result(out, notes);
    }

    /** The engine's reading of one level heading with a second level digit in it: {@code 二三级指标}. */
    private static final java.util.regex.Pattern TWO_LEVELS = java.util.regex.Pattern.compile("([一二三])([一二三])级指标");

    /**
     * A word-box cell that names two levels ({@code 二三级指标}: the vocabulary reads it as 三级指标, as it contains that word)
     * where the nearest filled cell beside it in its row prints one of those two levels' headings whole (三级指标 right
     * of it) and the row prints the other nowhere: the cell is the other level's heading (二级指标). Read as printed the
     * row "repeats a column" ({@code column-unknown}) and every value of the sheet is a remnant.
     */
    static void twoLevels(List<Row> out, int i, Map<Row, List<Diagnostic>> notes) {
        List<Cell> cells = out.get(i).cells();
        List<Diagnostic> diags = new ArrayList<>();
        List<Cell> fixed = new ArrayList<>(cells);
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            java.util.regex.Matcher m = TWO_LEVELS.matcher(Text.key(c.text()));
            if (!c.ocr() || !m.matches() || m.group(1).equals(m.group(2))) {
                continue;
            }
            String a = m.group(1) + "级指标";
            String b = m.group(2) + "级指标";
            String beside = besideKey(cells, k, -1);
            String right = besideKey(cells, k, 1);
            boolean printsA = false;
            boolean printsB = false;
            for (Cell o : cells) {
                printsA |= Text.key(o.text()).equals(a);
                printsB |= Text.key(o.text()).equals(b);
            }
            String other = null;
            if ((b.equals(beside) || b.equals(right)) && !printsA) {
                other = a;
            } else if ((a.equals(beside) || a.equals(right)) && !printsB) {
                other = b;
            }
            if (other != null) {
                fixed.set(k, note(c, other, "indicator heading " + other + ": a heading naming two levels beside one printing "
                        + (other.equals(a) ? b : a), diags));
            }
        }
        if (!diags.isEmpty()) {
            replace(out, i, new Row(fixed, true, out.get(i).at()), diags, notes);
        }
    }

    /** The folded text of the nearest filled cell from {@code k} in the direction {@code step}, else null. */
    private static String besideKey(List<Cell> cells, int k, int step) {
        for (int j = k + step; j >= 0 && j < cells.size(); j += step) {
            if (!cells.get(j).isEmpty()) {
                return Text.key(cells.get(j).text());
            }
        }
        return null;
    }

    /**
     * A heading row by its words: three of them name columns ({@link OcrLabels#headingRow}), or two, one of
     * them the name column 三级指标 (the others misread: {@code 到指标 | 一仙指标 | 三级指标 | 绩效指标描述 | 汪汪值}).
     */
    static boolean namesColumns(List<Cell> cells) {
        int n = 0;
        boolean name = false;
        for (Cell c : cells) {
            Vocabulary.Column col = c.isEmpty() ? null : Vocabulary.column(c.text());
            n += col != null ? 1 : 0;
            name |= col == Vocabulary.Column.NAME;
        }
        return n >= 3 || n == 2 && name;
    }

    /**
     * A word-box heading cell starting with the characters only one heading word of the vocabulary
     * ({@link OcrRepair#HEADING_WORDS}) starts with, where those characters are another heading word and one
     * more, and that the vocabulary reads as that other word's column ({@code 指标值确人人}: 指标值确 starts only
     * 指标值确定依据, whose last characters the engine misread; read as printed it names the value column, as
     * 指标值 does, and the basis (上级文件政策) was read as the indicator's value): it is the heading it starts.
     */
    static void basisByItsStart(List<Row> out, int i, Map<Row, List<Diagnostic>> notes, boolean placed) {
        List<Cell> cells = out.get(i).cells();
        List<Diagnostic> diags = new ArrayList<>();
        List<Cell> fixed = new ArrayList<>(cells);
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            if (!wordBox(c, placed)) {
                continue;
            }
            String key = Text.key(c.text());
            Vocabulary.Column col = null; // asked once a start matches
            for (Map.Entry<String, String> e : BY_START.entrySet()) {
                String start = e.getKey();
                if (!key.startsWith(start)) {
                    continue;
                }
                String heading = e.getValue();
                col = col == null ? Vocabulary.column(c.text()) : col;
                if (col == Vocabulary.column(start.substring(0, start.length() - 1)) && col != Vocabulary.column(heading)) {
                    fixed.set(k, note(c, heading, "indicator heading " + heading + ", the only heading starting " + start, diags));
                    break;
                }
            }
        }
        if (!diags.isEmpty()) {
            replace(out, i, new Row(fixed, true, out.get(i).at()), diags, notes);
        }
    }

    /**
     * Heading words by the shortest start no other heading word has, where that start is another heading word
     * naming a column and one character more (指标值确 → 指标值确定依据): a misread of the rest leaves the shorter word in it.
     */
    static final Map<String, String> BY_START = byStart(OcrRepair.HEADING_WORDS);

    static Map<String, String> byStart(List<String> words) {
        Map<String, String> by = new java.util.LinkedHashMap<>();
        for (String w : words) {
            for (int n = 1; n <= w.length(); n++) {
                String start = w.substring(0, n);
                if (words.stream().noneMatch(o -> !o.equals(w) && o.startsWith(start))) {
                    String shorter = start.substring(0, n - 1);
                    if (!shorter.isEmpty() && words.contains(shorter) && Vocabulary.column(shorter) != null) {
                        by.put(start, w);
                    }
                    break;
                }
            }
        }
        return java.util.Collections.unmodifiableMap(by);
    }

    /** How many rows under a heading row {@link #valueByPlace} reads to judge a column. */
    private static final int BELOW = 60;

    /**
     * A heading row with a name column (三级指标) and no value column (指标值, 年度指标值, 中期指标值),
     * whose first heading right of the name (and of a description column, 绩效指标描述) is a word-box cell no
     * rule names ({@code 失村信人}, {@code 标}): the templates print the value there, so it is 指标值 when the rows under it (to the next
     * heading row or title) hold values there, two at least and no fewer than half of that column's
     * cells read as quantities by the grammar. The cells of that column under it get the value repairs
     * the misread heading kept from them ({@link OcrRepair#value}).
     */
    static void valueByPlace(List<Row> out, int i, Map<Row, List<Diagnostic>> notes, boolean placed) {
        List<Cell> cells = out.get(i).cells();
        int name = -1;
        for (int k = 0; k < cells.size(); k++) {
            Vocabulary.Column col = Vocabulary.column(cells.get(k).text());
            if (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE) {
                return;
            }
            if (col == Vocabulary.Column.NAME) {
                if (name >= 0) {
                    return; // two name headings (two periods): doubled's, not this
                }
                name = k;
            }
        }
        int at = name + 1;
        while (name >= 0 && at < cells.size() && (cells.get(at).isEmpty() || Vocabulary.column(cells.get(at).text()) == Vocabulary.Column.DESCRIPTION)) {
            at++; // a department's sheet prints 绩效指标描述 between the name and the value
        }
        if (name < 0 || at >= cells.size()) {
            return;
        }
        Cell c = cells.get(at);
        if (!wordBox(c, placed) || Vocabulary.column(c.text()) != null || Vocabulary.category(c.text()) != null) {
            return;
        }
        int end = i + 1;
        int filled = 0;
        int typed = 0;
        while (end < out.size() && end <= i + BELOW && out.get(end).table() && !OcrLabels.headingRow(out.get(end).cells())) {
            List<Cell> row = out.get(end).cells();
            if (at < row.size() && !row.get(at).isEmpty()) {
                filled++;
                String n = name < row.size() ? row.get(name).text() : "";
                typed += dev.zhibiao.Targets.parse(row.get(at).text().strip(), n) instanceof dev.zhibiao.Target.Qualitative ? 0 : 1;
            }
            end++;
        }
        if (typed < 2 || typed * 2 < filled) {
            return;
        }
        List<Diagnostic> diags = new ArrayList<>();
        List<Cell> fixed = new ArrayList<>(cells);
        fixed.set(at, note(c, "指标值", "indicator heading 指标值, printed right of 三级指标 over a column of values", diags));
        replace(out, i, new Row(fixed, true, out.get(i).at()), diags, notes);
        boolean noGe = !OcrRepair.printsGe(out);
        for (int j = i + 1; j < end; j++) {
            List<Cell> row = out.get(j).cells();
            if (at >= row.size() || !row.get(at).ocr()) {
                continue;
            }
            List<Diagnostic> d = new ArrayList<>();
            List<Cell> rc = new ArrayList<>(row);
            rc.set(at, OcrRepair.value(OcrRepair.edges(row.get(at), false, d), name < row.size() ? row.get(name).text() : "", noGe, d));
            if (!d.isEmpty()) {
                replace(out, j, new Row(rc, true, out.get(j).at()), d, notes);
            }
        }
    }

    /**
     * A heading row naming the name column (三级指标) and the value column right of it (指标值, 年度指标值,
     * 中期指标值) but no level-2 column, whose cell just left of the name is a word-box cell no rule names
     * ({@code 二扣}, {@code 二级搬}): the templates print 二级指标 there, so it is 二级指标 when the column under it
     * (to the next heading row or title) holds level-2 categories (数量指标, 社会效益指标), one at least and no
     * fewer than half of its filled cells. The word-box cell left of that one (or of a 二级指标 the row prints, with
     * no 一级指标: {@code 绩效指标 | 称指 | 二级指标 | 三级指标 | 指标值}), no rule naming it either, is then
     * 一级指标 the same way when the column under it holds level-1 categories. Without them the row is no
     * heading ({@link Recovery#isIndicatorHeading}) and the rows under it are read as the header block's.
     */
    static void levelsByPlace(List<Row> out, int i, Map<Row, List<Diagnostic>> notes, boolean placed) {
        List<Cell> cells = out.get(i).cells();
        int name = -1;
        int printedL2 = -1;
        boolean value = false;
        boolean printedL1 = false;
        for (int k = 0; k < cells.size(); k++) {
            Vocabulary.Column col = Vocabulary.column(cells.get(k).text());
            if (col == Vocabulary.Column.L2 && (printedL2 >= 0 || name >= 0) || col == Vocabulary.Column.NAME && name >= 0) {
                return; // level 2 twice or right of the name, or two name headings (two periods)
            }
            printedL1 |= col == Vocabulary.Column.L1;
            if (col == Vocabulary.Column.L2) {
                printedL2 = k;
            } else if (col == Vocabulary.Column.NAME) {
                name = k;
            } else if (name >= 0 && (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE)) {
                value = true;
            }
        }
        if (name < 1 || !value || printedL2 >= 0 && (printedL1 || misreadLeftOf(cells, name, placed) >= 0 || !cells.get(name - 1).isEmpty() && printedL2 != name - 1)) {
            return; // a printed 二级指标 is the heading just left of 三级指标, and the row prints no 一级指标
        }
        List<Diagnostic> diags = new ArrayList<>();
        List<Cell> fixed = new ArrayList<>(cells);
        int l2 = printedL2;
        if (l2 < 0) {
            l2 = misreadLeftOf(cells, name, placed);
            if (l2 < 0 || !categoriesBelow(out, i, l2, false)) {
                return;
            }
            fixed.set(l2, note(cells.get(l2), "二级指标", "indicator heading 二级指标, printed left of 三级指标 over a column of level-2 categories", diags));
        }
        int l1 = misreadLeftOf(cells, l2, placed);
        if (l1 >= 0 && categoriesBelow(out, i, l1, true)) {
            fixed.set(l1, note(cells.get(l1), "一级指标", "indicator heading 一级指标, printed left of 二级指标 over a column of level-1 categories", diags));
        }
        if (!diags.isEmpty()) {
            replace(out, i, new Row(fixed, true, out.get(i).at()), diags, notes);
        }
    }

    /** The first filled cell left of {@code at}: a word-box cell no rule names, else -1. */
    private static int misreadLeftOf(List<Cell> cells, int at, boolean placed) {
        int k = at - 1;
        while (k >= 0 && cells.get(k).isEmpty()) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        Cell c = cells.get(k);
        boolean named = Vocabulary.column(c.text()) != null || Vocabulary.category(c.text()) != null;
        return !wordBox(c, placed) || named || Text.key(c.text()).length() > 6 ? -1 : k;
    }

    /**
     * Whether a cell is a word box's reading in its column: read by OCR, with the engine's confidence, or
     * without one where the rows' cells were placed by geometry (a searchable PDF's text layer: the same
     * engine's words, written without their confidences). The pieces of a plain OCR text's printed line
     * (no confidence either) do not stand under the heading's columns.
     */
    static boolean wordBox(Cell c, boolean placed) {
        return c.ocr() && (placed || !c.confidence().isNaN());
    }

    /** Whether the column {@code at} under heading row {@code i} holds categories of the level asked, one at least and half its filled cells. */
    private static boolean categoriesBelow(List<Row> out, int i, int at, boolean level1) {
        int filled = 0;
        int found = 0;
        for (int end = i + 1; end < out.size() && end <= i + BELOW && out.get(end).table() && !OcrLabels.headingRow(out.get(end).cells()); end++) {
            List<Cell> row = out.get(end).cells();
            if (at < row.size() && !row.get(at).isEmpty()) {
                filled++;
                Vocabulary.Category cat = Vocabulary.category(row.get(at).text());
                found += cat != null && (cat.level() == Vocabulary.Level.BOTH || (cat.level() == Vocabulary.Level.L1) == level1) ? 1 : 0;
            }
        }
        return found >= 1 && found * 2 >= filled;
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
        List<int[]> misread = new ArrayList<>(); // {misread cell, the cell of the other half printing the word}
        for (int i = lead; i < lead + half; i++) {
            String a = Text.key(cells.get(i).text());
            String b = Text.key(cells.get(i + half).text());
            boolean ha = HEADER.contains(a);
            boolean hb = HEADER.contains(b);
            if (ha && hb) {
                heading++;
            } else if (a.equals(b)) {
                continue;
            } else if (ha || hb) {
                misread.add(ha ? new int[] {i + half, i} : new int[] {i, i + half});
            } else {
                return cells;
            }
        }
        // word boxes: one misread cell, two heading words printed by both halves; plain OCR text (a
        // line's pieces, no confidence): the halves may each misread one, one heading word printed by both
        boolean plain = true;
        for (Cell c : cells) {
            plain &= c.ocr() && c.confidence().isNaN();
        }
        int inFirst = 0;
        for (int[] m : misread) {
            inFirst += m[0] < lead + half ? 1 : 0;
        }
        if (misread.isEmpty() || (plain ? heading < 1 || inFirst > 1 || misread.size() - inFirst > 1 : misread.size() > 1 || heading < 2)) {
            return cells;
        }
        List<Cell> fixed = new ArrayList<>(cells);
        for (int[] m : misread) {
            Cell c = cells.get(m[0]);
            if (!c.ocr() || c.confidence().isNaN() != plain || c.isEmpty() || Vocabulary.column(c.text()) != null
                    || Vocabulary.category(c.text()) != null) {
                return cells;
            }
            String word = Text.key(cells.get(m[1]).text());
            fixed.set(m[0], note(c, word, "indicator heading " + word + ", as the other period's half of the heading row prints it", diags));
        }
        return fixed;
    }

    private static Cell note(Cell c, String fixed, String what, List<Diagnostic> diags) {
        Double conf = c.confidence();
        String shown = conf == null || conf.isNaN() ? "" : String.format(Locale.ROOT, ", engine confidence %.2f", conf);
        diags.add(new Diagnostic(OcrRepair.CODE, "OCR reading \"" + c.text().strip() + "\" repaired to \"" + fixed + "\" (" + what
                + shown + ")", c.at()));
        return c.withText(fixed);
    }
}
