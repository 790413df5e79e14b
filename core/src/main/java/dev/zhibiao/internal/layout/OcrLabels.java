package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words of the sheet's vocabulary an OCR engine misread beyond one character, given back where the
 * table's structure says which word stands there. {@link OcrRepair} mends one-character confusions
 * anywhere; this class reads a cell by its place, in cells an OCR engine read only:
 * <ul>
 * <li>the indicator heading row: three adjacent level headings (each a level heading or holding 级,
 * one at least read as a level heading) stand for 一级指标, 二级指标, 三级指标 from left to right, whatever the
 * engine made of them ({@code 级消二 | 一级指标。 | 三级指标}, each period of a two-period table on its
 * own);</li>
 * <li>the level columns under that heading: a cell that is no category label is the category of that
 * level its characters are closest to ({@code 己工数量指标} → 数量指标, {@code 间寺度指标} →
 * 满意度指标), when one category alone is that close; a level-1 cell beside a level-2 category is
 * read as that category's parent when it is close to it, or short and read as no other category;</li>
 * <li>header labels: a cell close to exactly one known label ({@code 转移支付(项目息和} →
 * 转移支付(项目)名称), so the sheet keeps its project and region.</li>
 * </ul>
 * Each repair is an {@code ocr-repaired} diagnostic ({@link OcrRepair#CODE}) with the engine's
 * confidence where it gave one.
 */
final class OcrLabels {
    private OcrLabels() {
    }

    /** How alike (see {@link #ratio}) a cell and a category must be to read as it. */
    static final double CATEGORY = 0.5;
    /** How alike a level-1 cell and the parent of its row's level-2 category must be. */
    static final double PARENT = 0.4;
    /** How alike a cell and a header label must be. */
    static final double LABEL = 0.7;
    /** By how much the closest word must beat the next one. */
    static final double MARGIN = 0.1;

    private static final List<String> LEVELS = List.of("一级指标", "二级指标", "三级指标");

    /**
     * @param in rows after {@link OcrRepair}, with its notes
     * @return the rows with the labels mended, the notes of both repairs on the rows they belong to
     */
    static OcrRepair.Result repair(OcrRepair.Result in) {
        return repair(in, false);
    }

    /**
     * @param in           rows after {@link OcrRepair}, with its notes
     * @param printedLines whether the rows are a table's printed lines (plain OCR text), whose
     *                     pieces do not sit under the heading's columns
     * @return the rows with the labels mended, the notes of both repairs on the rows they belong to
     */
    static OcrRepair.Result repair(OcrRepair.Result in, boolean printedLines) {
        boolean any = false;
        List<Row> inRows = in.rows();
        for (int i = 0, n = inRows.size(); i < n; i++) { // by index: no iterator per row
            List<Cell> cells = inRows.get(i).cells();
            for (int k = 0, m = cells.size(); k < m; k++) {
                any |= cells.get(k).ocr();
            }
        }
        if (!any) {
            return in; // every repair here is of OCR'd cells (headings too: a misread heading is all OCR'd)
        }
        in = OcrHeadings.repair(headings(in), !printedLines);
        List<Row> rows = in.rows();
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>(in.notes());
        List<Row> out = new ArrayList<>(rows.size());
        List<Integer> l1 = List.of();
        List<Integer> l2 = List.of();
        int width = 0;
        List<Boolean> header = new ArrayList<>(rows.size());
        for (Row r : rows) {
            header.add(r.table() && (headerRow(r.cells()) || l1.isEmpty() && l2.isEmpty() && !headingRow(r.cells())));
            List<Diagnostic> diags = new ArrayList<>();
            List<Cell> cells = new ArrayList<>(r.cells());
            if (!r.table()) {
                if (Recovery.isTitle(r)) {
                    l1 = List.of();
                    l2 = List.of();
                }
            } else if (headerRow(cells)) {
                l1 = List.of(); // a sheet's header block: its indicator table is behind it
                l2 = List.of();
                for (int i = 0; i < cells.size(); i++) {
                    cells.set(i, label(cells.get(i), diags));
                }
                OcrLabelSpecks.repair(cells, diags);
            } else if (headingRow(cells)) {
                levelHeadings(cells, diags);
                width = cells.size();
                l1 = new ArrayList<>();
                l2 = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    Vocabulary.Column col = Vocabulary.column(cells.get(i).text());
                    if (col == Vocabulary.Column.L1) {
                        l1.add(i);
                    } else if (col == Vocabulary.Column.L2) {
                        l2.add(i);
                    }
                }
            } else if (!l1.isEmpty() || !l2.isEmpty()) {
                // a line of plain OCR text is not cut at the heading's columns: there only a cell that
                // ends as a label does (指标, 指, 标) is read as one, never a name (参保对象满意度)
                boolean unplaced = printedLines && OcrRepair.unplaced(cells, width);
                for (int k = 0; k < Math.max(l1.size(), l2.size()); k++) {
                    Integer a = k < l1.size() ? l1.get(k) : null;
                    Integer b = k < l2.size() ? l2.get(k) : null;
                    Vocabulary.Category level2 = null;
                    if (b != null && b < cells.size() && (!unplaced || labelEnding(cells.get(b)))) {
                        cells.set(b, category(cells.get(b), false, null, diags));
                        level2 = Vocabulary.category(cells.get(b).text());
                    }
                    if (a != null && a < cells.size() && (!unplaced || labelEnding(cells.get(a)))) {
                        String parent = level2 == null ? null : level2.level() == Vocabulary.Level.L2 ? level2.parent() : null;
                        cells.set(a, category(cells.get(a), true, parent, diags));
                    }
                }
            } else {
                for (int i = 0; i < cells.size(); i++) {
                    cells.set(i, label(cells.get(i), diags));
                }
                OcrLabelSpecks.repair(cells, diags);
            }
            if (diags.isEmpty()) {
                out.add(r);
            } else {
                Row nr = new Row(cells, r.table(), r.at());
                List<Diagnostic> all = new ArrayList<>(notes.getOrDefault(r, List.of()));
                all.addAll(diags);
                notes.remove(r);
                notes.put(nr, all);
                out.add(nr);
            }
        }
        places(out, header, notes);
        return new OcrRepair.Result(out, notes);
    }

    /** How alike a cell of a misread heading row and the heading another sheet prints there must be, in two cells at least. */
    static final double HEADING = 0.5;

    /**
     * An indicator heading row the engine misread as a whole ({@code 5有 | 一和肖 | 一人 | | 人 |
     * 全年实了完 | 未成因和发}), given back from the heading row another sheet of the document prints:
     * a notice prints its sheets from one template. In a sheet with no heading row of its own (from
     * its title to the next), the first table row of OCR'd cells that has as many
     * cells as a heading row of another sheet, two or more of them at least {@link #HEADING} alike
     * the heading at their place, none of them a word of another column or a category and at most one
     * holding a digit, is read as that
     * heading row. The document's sheets must agree on the heading rows of that width.
     */
    static OcrRepair.Result headings(OcrRepair.Result in) {
        List<Row> rows = in.rows();
        Map<Integer, List<String>> known = new java.util.HashMap<>();
        java.util.Set<Integer> disagree = new java.util.HashSet<>();
        for (Row r : rows) {
            if (r.table() && headingRow(r.cells())) {
                List<String> words = new ArrayList<>();
                for (Cell c : r.cells()) {
                    words.add(c.text().strip());
                }
                List<String> before = known.putIfAbsent(words.size(), words);
                if (before != null && !before.equals(words)) {
                    disagree.add(words.size());
                }
            }
        }
        known.keySet().removeAll(disagree);
        if (known.isEmpty()) {
            return in;
        }
        // the sheets (title to title) that have a heading row of their own
        List<Row> out = new ArrayList<>(rows);
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>(in.notes());
        int start = 0;
        for (int i = 0; i <= rows.size(); i++) {
            if (i < rows.size() && !(!rows.get(i).table() && Recovery.isTitle(rows.get(i)))) {
                continue;
            }
            boolean has = false;
            for (int j = start; j < i && !has; j++) {
                has = rows.get(j).table() && headingRow(rows.get(j).cells());
            }
            for (int j = start; j < i && !has; j++) {
                Row r = rows.get(j);
                List<String> words = r.table() ? known.get(r.cells().size()) : null;
                if (words != null && !headerRow(r.cells()) && misreadHeading(r.cells(), words)) {
                    List<Diagnostic> diags = new ArrayList<>();
                    List<Cell> cells = new ArrayList<>(r.cells());
                    for (int c = 0; c < cells.size(); c++) {
                        if (!Text.key(cells.get(c).text()).equals(Text.key(words.get(c)))) {
                            cells.set(c, note(cells.get(c), words.get(c), "indicator heading, as another sheet of the document prints it", diags));
                        }
                    }
                    Row nr = new Row(cells, true, r.at());
                    List<Diagnostic> all = new ArrayList<>(notes.getOrDefault(r, List.of()));
                    all.addAll(diags);
                    notes.remove(r);
                    notes.put(nr, all);
                    out.set(j, nr);
                    has = true;
                }
            }
            start = i;
        }
        return new OcrRepair.Result(out, notes);
    }

    private static boolean misreadHeading(List<Cell> cells, List<String> words) {
        int alike = 0;
        int digits = 0;
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            String k = Text.key(cell.text());
            Vocabulary.Column col = Vocabulary.column(cell.text());
            if (!cell.ocr() || col != null && col != Vocabulary.column(words.get(c)) || Vocabulary.category(cell.text()) != null) {
                return false;
            }
            if (Rx.holdsDigitOnOneLine(k)) {
                digits++; // a stroke read as a digit; an indicator row has its values
            } else if (ratio(k, Text.key(words.get(c))) >= HEADING) {
                alike++;
            }
        }
        return alike >= 2 && digits <= 1;
    }

    /** How alike a cell and the label printed at its place in another sheet must be. */
    static final double PLACE = 0.3;
    /** Under this engine confidence a header cell may be the label another sheet prints at its place. */
    static final double DOUBTED = 0.6;

    /**
     * Header labels read at their place in the document's other sheets. A notice prints its sheets
     * from one template: a label the engine misread in one sheet ({@code 全全用向 单}) is printed
     * right at the same place in another (资金使用单位: the same column, in the row of the same
     * label, or above or below the row starting with the same label). A doubted cell (engine
     * confidence under {@link #DOUBTED}, or none given) there, without digits, at least
     * {@link #PLACE} alike that label, is read as it, when the document's sheets agree on the label
     * of that place.
     */
    static void places(List<Row> rows, List<Boolean> header, Map<Row, List<Diagnostic>> notes) {
        Map<String, String> places = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!header.get(i)) {
                continue;
            }
            List<Cell> cells = rows.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty() && Vocabulary.isKnownHeaderLabel(cells.get(c).text())) {
                    String label = Vocabulary.labelKey(cells.get(c).text());
                    for (String a : anchors(rows, header, i, c)) {
                        places.merge(a, label, (x, y) -> x.equals(y) ? x : "");
                    }
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!header.get(i)) {
                continue;
            }
            Row r = rows.get(i);
            List<Cell> cells = new ArrayList<>(r.cells());
            List<Diagnostic> diags = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                String k = Vocabulary.labelKey(cell.text());
                if (!cell.ocr() || cell.isEmpty() || cell.confidence() != null && cell.confidence() >= DOUBTED || k.length() > 12
                        || Rx.holdsDigitOnOneLine(k) || Vocabulary.isKnownHeaderLabel(cell.text()) || Vocabulary.category(cell.text()) != null) {
                    continue;
                }
                for (String a : anchors(rows, header, i, c)) {
                    String label = places.get(a);
                    if (label != null && !label.isEmpty()) {
                        if (ratio(k, label) >= PLACE) {
                            cells.set(c, note(cell, label, "header label " + label + ", printed at this place in another sheet", diags));
                        }
                        break;
                    }
                }
            }
            if (!diags.isEmpty()) {
                Row nr = new Row(cells, r.table(), r.at());
                List<Diagnostic> all = new ArrayList<>(notes.getOrDefault(r, List.of()));
                all.addAll(diags);
                notes.remove(r);
                notes.put(nr, all);
                rows.set(i, nr);
            }
        }
    }

    /**
     * Where a header cell is, as other sheets would print it: its column with the first known label
     * of its row (another cell), of the row below, of the row above.
     */
    private static List<String> anchors(List<Row> rows, List<Boolean> header, int i, int c) {
        List<String> out = new ArrayList<>();
        String same = firstLabel(rows.get(i).cells(), c);
        if (same != null) {
            out.add("row " + same + " @" + c);
        }
        if (i + 1 < rows.size() && header.get(i + 1)) {
            String below = firstLabel(rows.get(i + 1).cells(), -1);
            if (below != null) {
                out.add("above " + below + " @" + c);
            }
        }
        if (i > 0 && header.get(i - 1)) {
            String above = firstLabel(rows.get(i - 1).cells(), -1);
            if (above != null) {
                out.add("below " + above + " @" + c);
            }
        }
        return out;
    }

    private static String firstLabel(List<Cell> cells, int except) {
        for (int c = 0; c < cells.size(); c++) {
            if (c != except && !cells.get(c).isEmpty() && Vocabulary.isKnownHeaderLabel(cells.get(c).text())) {
                return Vocabulary.labelKey(cells.get(c).text());
            }
        }
        return null;
    }

    /** A row of a sheet's header block: it holds a known header label or a money block's label. */
    static boolean headerRow(List<Cell> cells) {
        for (Cell c : cells) {
            if (!c.isEmpty() && (Vocabulary.isKnownHeaderLabel(c.text()) || MoneyVocabulary.isFundingLabel(c.text()))) {
                return true;
            }
        }
        return false;
    }

    /** A row of the indicator table's headings: three cells or more that name a column. */
    static boolean headingRow(List<Cell> cells) {
        int n = 0;
        for (Cell c : cells) {
            if (!c.isEmpty() && Vocabulary.column(c.text()) != null) {
                n++;
            }
        }
        return n >= 3;
    }

    private static boolean levelish(Cell c) {
        if (c.isEmpty()) {
            return false;
        }
        Vocabulary.Column col = Vocabulary.column(c.text());
        return col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME
                || col == null && Text.key(c.text()).contains("级") && Text.key(c.text()).length() <= 8;
    }

    private static boolean level(Cell c) {
        Vocabulary.Column col = Vocabulary.column(c.text());
        return col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME;
    }

    /**
     * Runs of exactly three adjacent level-like headings, OCR'd, one at least a level heading, not
     * already 一级, 二级, 三级: given back as those three from left to right.
     */
    static void levelHeadings(List<Cell> cells, List<Diagnostic> diags) {
        int i = 0;
        while (i < cells.size()) {
            if (!levelish(cells.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < cells.size() && levelish(cells.get(j))) {
                j++;
            }
            if (j - i == 3) {
                int named = 0;
                boolean ocr = true;
                boolean inOrder = true;
                for (int k = 0; k < 3; k++) {
                    Cell c = cells.get(i + k);
                    named += level(c) ? 1 : 0;
                    ocr &= c.ocr();
                    inOrder &= Text.key(c.text()).equals(LEVELS.get(k));
                }
                if (named >= 1 && ocr && !inOrder) {
                    for (int k = 0; k < 3; k++) {
                        Cell c = cells.get(i + k);
                        if (!Text.key(c.text()).equals(LEVELS.get(k))) {
                            cells.set(i + k, note(c, LEVELS.get(k), "indicator heading " + LEVELS.get(k)
                                    + " (three level headings side by side read 一级, 二级, 三级 left to right)", diags));
                        }
                    }
                }
            }
            i = j;
        }
    }

    /** A cell that ends as a category label does (指标, or 指 or 标 of a label cut), with no digit. */
    static boolean labelEnding(Cell c) {
        String k = Text.key(c.text());
        return !k.isEmpty() && !Rx.holdsDigitOnOneLine(k) && (k.endsWith("指标") || k.endsWith("指") || k.endsWith("标"));
    }

    /** A level cell read as the category of its level its characters are closest to. */
    static Cell category(Cell c, boolean first, String parent, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty() || Vocabulary.category(c.text()) != null) {
            return c;
        }
        String k = Text.key(c.text());
        if (k.length() < 2 || k.length() > 14) {
            return c;
        }
        List<String> words = new ArrayList<>();
        for (Vocabulary.Category cat : Vocabulary.CATEGORIES.values()) {
            boolean fits = cat.level() == Vocabulary.Level.BOTH || (cat.level() == Vocabulary.Level.L1) == first;
            if (fits) {
                words.add(cat.label());
            }
        }
        // the whole of one category inside the cell, the rest the engine's reading of rules or specks
        String inside = null;
        for (String w : words) {
            if (k.contains(w) && (inside == null || w.length() > inside.length())) {
                inside = w;
            }
        }
        String w = inside != null ? inside : closest(k, words, CATEGORY);
        // the level-2 category beside names its parent: a short cell read as nothing else is that parent
        if (parent != null && (ratio(k, parent) >= PARENT || (w == null || w.equals(parent)) && k.length() <= 6 && !Rx.holdsDigitOnOneLine(k))) {
            return note(c, parent, "level-1 category " + parent + " (the parent of the row's level-2 category)", diags);
        }
        return w == null ? c : note(c, w, (first ? "level-1" : "level-2") + " category " + w, diags);
    }

    /**
     * A header cell close to exactly one known header label read as it. A cell that reads as a label of
     * another block of the sheet is left as printed: the goals' label ({@code 绩效目标}, {@code 年度目标}, four
     * characters of {@code 绩效目标类型}) and the money block's labels ({@code 项目资金}, {@code 年度资金总额}).
     */
    static Cell label(Cell c, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty()) {
            return c;
        }
        String k = Vocabulary.labelKey(c.text());
        if (k.length() < 4 || k.length() > 16 || Vocabulary.isKnownHeaderLabel(c.text()) || Vocabulary.category(c.text()) != null
                || Vocabulary.column(c.text()) != null || otherBlockLabel(c.text())) {
            return c;
        }
        List<List<String>> groups = new ArrayList<>();
        groups.add(Vocabulary.PROJECT);
        groups.add(Vocabulary.REGION);
        for (String l : Vocabulary.HEADER_LABELS) {
            groups.add(List.of(l));
        }
        String w = closestOf(k, groups, LABEL);
        return w == null ? c : note(c, w, "header label " + w, diags);
    }

    /** Whether a cell is the label of the goals or of the money block, which no header label is. */
    static boolean otherBlockLabel(String printed) {
        return Vocabulary.isGoalsLabel(printed) || MoneyVocabulary.isFundingLabel(printed) || MoneyVocabulary.isMoneyLabel(printed);
    }

    /** The word of the list at least {@code least} alike the key and ahead of every other by {@link #MARGIN}, or null. */
    static String closest(String k, List<String> words, double least) {
        List<List<String>> groups = new ArrayList<>();
        for (String w : words) {
            groups.add(List.of(w));
        }
        return closestOf(k, groups, least);
    }

    /**
     * The word at least {@code least} alike the key (of four characters or more) whose group (words
     * of one meaning) is ahead of every other group by {@link #MARGIN}, or null.
     */
    static String closestOf(String k, List<List<String>> groups, double least) {
        String best = null;
        double top = -1;
        double second = -1;
        for (List<String> g : groups) {
            double mine = -1;
            String word = null;
            for (String w : g) {
                double r = w.length() < 4 && k.length() >= 4 ? -1 : ratio(k, w);
                if (r > mine) {
                    mine = r;
                    word = w;
                }
            }
            if (mine > top) {
                second = top;
                top = mine;
                best = word;
            } else if (mine > second) {
                second = mine;
            }
        }
        return top >= least && top - second >= MARGIN ? best : null;
    }

    /**
     * How alike two texts are: twice their longest common subsequence over their lengths together
     * (1 for equal texts, 0 for texts without a character in common).
     */
    static double ratio(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.length()] / (a.length() + b.length());
    }

    static Cell note(Cell c, String fixed, String what, List<Diagnostic> diags) {
        Double conf = c.confidence();
        String shown = conf == null || conf.isNaN() ? "" : String.format(Locale.ROOT, ", engine confidence %.2f", conf);
        diags.add(new Diagnostic(OcrRepair.CODE, "OCR reading \"" + c.text().strip() + "\" repaired to \"" + fixed + "\" (" + what
                + shown + ")", c.at()));
        return c.withText(fixed);
    }
}
