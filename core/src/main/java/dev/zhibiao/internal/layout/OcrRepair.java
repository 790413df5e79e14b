package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters OCR engines confuse in these sheets, repaired where the sheet shows which reading is
 * right, in cells an OCR engine read ({@link Cell#ocr()}) and nowhere else. Each repair is an
 * {@code ocr-repaired} diagnostic with the engine's confidence.
 *
 * <ul>
 * <li>Words of the sheet's own vocabulary: a title one character off 绩效目标表 / 绩效自评表, an
 * indicator heading one character off its word ({@code 间标值} → 指标值, {@code 一级措标} → 一级指标,
 * in a row with other headings; three level headings with one read twice given back as 一级, 二级,
 * 三级 from left to right), a category label or header label one character off exactly one
 * known label ({@code 产出措标} → 产出指标); the colon after an indicator's number read as another
 * stop ({@code 指标1;:} → 指标1：).</li>
 * <li>Values, in the columns the indicator heading names as values (指标值, 实际完成值): only when
 * the printed value has no reading in the grammar and the repaired one has (or the name
 * contradicts the printed reading, below). A comparator the
 * engine cannot print ({@code 》}, {@code ≧}, {@code 二}, {@code 三}, {@code =}, or the comma {@code 、} that
 * plain OCR text reads ≥ as, before a number → ≥; {@code 《}, {@code ≦} → ≤); 兀 → 元 and {@code Fl} → 月 after a number; O → 0 and l/I → 1
 * inside a number; a comma or full stop with one or two digits after it in a number → a decimal
 * point; and, when the indicator's name says the value is a percentage (率, 比例, 满意度, %, 百分比), a
 * percentage over 100 whose last characters are 9, 96 or 7 (the engine's reading of %) → the
 * number and %; a count whose unit was misread, repaired from the unit the name counts in
 * ({@code ≥3从} under 出差次数 → ≥3次, {@link OcrUnits}).</li>
 * </ul>
 */
public final class OcrRepair {
    /** The code of every repair. */
    public static final String CODE = "ocr-repaired";

    private static final List<String> TITLE_WORDS = List.of("绩效目标表", "绩效自评表");
    /** Heading words of the indicator table, as the templates print them. */
    static final List<String> HEADING_WORDS = List.of("一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "中期指标值",
            "绩效指标", "实际完成值", "全年实际完成值", "指标名称", "未完成原因和改进措施", "指标值确定依据", "绩效指标描述");

    /**
     * The heading words a cell left of a level heading may be: no value column is printed before the
     * levels (a misread 绩效指标 in the heading row's first cell, {@code 指标、}, is not 指标值).
     */
    private static final List<String> BEFORE_LEVELS = HEADING_WORDS.stream()
            .filter(w -> !w.endsWith("值") && !w.startsWith("未完成")).toList();
    private static final List<String> LEVELS_ONLY = List.of("一级指标", "二级指标", "三级指标");

    /**
     * Cell {@code i} stands before the level headings: one (一级指标, 二级指标, 三级指标, or one a
     * character off) is printed right of it and none left of it (a heading printed twice for two
     * periods has its first value column between the two halves' levels).
     */
    static boolean levelRightOf(List<Cell> cells, int i) {
        boolean right = false;
        for (int j = 0; j < cells.size(); j++) {
            String k = Text.key(cells.get(j).text());
            if (j != i && (LEVELS_ONLY.contains(k) || nearest(k, LEVELS_ONLY) != null)) {
                if (j < i) {
                    return false;
                }
                right = true;
            }
        }
        return right;
    }

    private static final Pattern NUMBER_START = Pattern.compile("^\\s*([》≧、]{1,2}=?|>>|[2二]>|[二三=]|[《≦]{1,2}=?|<<)\\s*(?=[0-9])");
    private static final Pattern PERCENT_NAME = Pattern.compile("率|比例|百分比|满意度|%|％");
    private static final Pattern PERCENT_TAIL = Pattern.compile("^([≥≤><=]?)(\\d{2,3}(?:\\.\\d+)?)(96|9|7)%{0,2}$");
    /** A percent sign read with a 6 after it ({@code 85%6}, {@code 909%6}: its lower ring read again). */
    private static final Pattern PERCENT_SIX = Pattern.compile("^([≥≤><=]?)(\\d{1,4}(?:\\.\\d+)?)%6$");

    private OcrRepair() {
    }

    /** Rows with their repairs' diagnostics. */
    public record Result(List<Row> rows, Map<Row, List<Diagnostic>> notes) {
    }

    /**
     * @param rows a document's rows
     * @return the rows with OCR confusions repaired, and per repaired row its diagnostics
     */
    public static Result repair(List<Row> rows) {
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>();
        boolean any = false;
        for (int i = 0, n = rows.size(); i < n; i++) { // by index: no iterator per row
            List<Cell> cells = rows.get(i).cells();
            for (int k = 0, m = cells.size(); k < m; k++) {
                any |= cells.get(k).ocr();
            }
        }
        if (!any) {
            return new Result(rows, notes);
        }
        List<Row> out = new ArrayList<>();
        boolean noGe = !printsGe(rows);
        int[] valueCols = null;
        int nameCol = -1;
        int width = 0;
        boolean leadHeading = false;
        for (Row r : rows) {
            List<Diagnostic> diags = new ArrayList<>();
            List<Cell> cells = new ArrayList<>(r.cells());
            if (!r.table()) {
                for (int i = 0; i < cells.size(); i++) {
                    cells.set(i, word(cells.get(i), TITLE_WORDS, true, "title word", diags));
                }
            } else {
                int headings = 0;
                for (Cell c : cells) {
                    if (!c.isEmpty() && (Vocabulary.column(c.text()) != null || nearest(Text.key(c.text()), HEADING_WORDS) != null
                            || c.ocr() && remnantsBefore(Text.key(c.text()), HEADING_WORDS) != null)) {
                        headings++;
                    }
                }
                boolean headingRow = headings >= 3 || ValueBesideName.misread(cells); // 三级指标 | 指标什
                for (int i = 0; i < cells.size(); i++) {
                    Cell c = cells.get(i);
                    if (headingRow && Vocabulary.column(c.text()) == null) {
                        c = word(c, levelRightOf(cells, i) ? BEFORE_LEVELS : HEADING_WORDS, false, "indicator heading", diags);
                    }
                    if (headingRow) {
                        c = afterRemnants(c, HEADING_WORDS, "indicator heading", diags);
                        c = beforeSpecks(c, diags);
                    }
                    if (!headingRow) {
                        if (Vocabulary.category(c.text()) == null) {
                            c = afterRemnants(c, new ArrayList<>(Vocabulary.CATEGORIES.keySet()), "label", diags);
                        }
                        if (Vocabulary.category(c.text()) == null) {
                            c = betweenStrokes(c, diags);
                        }
                        c = label(c, diags);
                        c = numbering(c, diags);
                    }
                    cells.set(i, c);
                }
                if (headingRow) {
                    levels(cells, diags);
                    valueAfterName(cells, diags);
                    gaps(cells, diags);
                    List<Integer> vs = new ArrayList<>();
                    nameCol = -1;
                    for (int i = 0; i < cells.size(); i++) {
                        Vocabulary.Column col = Vocabulary.column(cells.get(i).text());
                        if (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE || col == Vocabulary.Column.ACTUAL) {
                            vs.add(i);
                        }
                        if (col == Vocabulary.Column.NAME) {
                            nameCol = i;
                        }
                    }
                    valueCols = vs.stream().mapToInt(Integer::intValue).toArray();
                    width = cells.size();
                    leadHeading = false;
                    for (Cell c : cells) {
                        leadHeading |= Vocabulary.column(c.text()) == Vocabulary.Column.LEAD;
                    }
                } else if (valueCols != null && unplaced(cells, width)) {
                    // plain OCR text: a line's pieces, not the heading's columns; a value is a piece
                    // after the first that starts as a value does, the piece before it its name
                    for (int i = 0; i < cells.size(); i++) {
                        Cell c = cells.get(i);
                        if (c.ocr() && isRule(c.text())) {
                            cells.set(i, note(c, "", "a rule read as text", diags));
                        } else if (c.ocr() && !leadHeading && Vocabulary.column(c.text()) == Vocabulary.Column.LEAD) {
                            // the merged 绩效指标 cell left of the levels, printed on this line
                            cells.set(i, note(c, "", "the merged 绩效指标 cell beside the indicator rows, not one of them", diags));
                        }
                    }
                    glued(cells, diags);
                    for (int i = 1; i < cells.size(); i++) {
                        if (cells.get(i).ocr() && Rx.find(VALUE_START, Text.nfkc(cells.get(i).text()))) {
                            cells.set(i, value(cells.get(i), cells.get(i - 1).text(), noGe, diags));
                        }
                    }
                } else if (valueCols != null) {
                    if (nameCol >= 0 && nameCol < cells.size()) {
                        cells.set(nameCol, edges(cells.get(nameCol), true, diags));
                    }
                    String name = nameCol >= 0 && nameCol < cells.size() ? cells.get(nameCol).text() : "";
                    for (int i : valueCols) {
                        if (i < cells.size() && cells.get(i).ocr()) {
                            cells.set(i, value(edges(cells.get(i), false, diags), name, noGe, diags));
                        }
                    }
                }
            }
            if (!r.table() && Recovery.isTitle(new Row(cells, false, r.at()))) {
                valueCols = null; // a new sheet: its own heading names its columns
            }
            if (diags.isEmpty()) {
                out.add(r);
            } else {
                Row nr = new Row(cells, r.table(), r.at());
                notes.put(nr, diags);
                out.add(nr);
            }
        }
        return new Result(out, notes);
    }

    /** A cell one substitution off a word of the list (or holding such a stretch, for titles) repaired. */
    static Cell word(Cell c, List<String> words, boolean inside, String what, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty()) {
            return c;
        }
        String printed = c.text();
        if (inside) {
            String k = Text.nfkc(printed);
            for (String w : words) {
                if (k.contains(w)) {
                    return c;
                }
            }
            if (words.equals(TITLE_WORDS) && DocumentWords.namesSheet(Text.key(printed))) {
                return c; // already a title of the family (绩效目标自评表, …申报表): nothing to repair
            }
            for (String w : words) {
                for (int at = 0; at + w.length() <= k.length(); at++) {
                    if (distance(k.substring(at, at + w.length()), w) == 1 && unique(k.substring(at, at + w.length()), words)) {
                        String fixed = k.substring(0, at) + w + k.substring(at + w.length());
                        return note(c, fixed, what + " " + w, diags);
                    }
                }
            }
            return c;
        }
        String w = nearest(Text.key(printed), words);
        return w == null ? c : note(c, w, what + " " + w, diags);
    }

    /** What the engine reads a table rule or a stroke of one as, when it glues it to a cell's text. */
    private static final Pattern REMNANT = Pattern.compile("[\\p{Punct}\\s一丨丿人亻十｜，。、；：·—－]{1,3}");

    /**
     * The word of the list {@code k} ends with after one to three characters the engine reads a
     * rule as ({@code 一，一二级指标}, {@code 一人三级指标}), or null. A key that is itself a word,
     * or one substitution off one, has nothing before it to strip.
     */
    static String remnantsBefore(String k, List<String> words) {
        if (words.contains(k) || nearest(k, words) != null) {
            return null;
        }
        String found = null;
        for (String w : words) {
            if (k.endsWith(w) && k.length() > w.length() && Rx.matches(REMNANT, k.substring(0, k.length() - w.length()))
                    && (found == null || w.length() > found.length())) {
                found = w;
            }
        }
        return found;
    }

    /** A cell whose text is a word of the list after the engine's reading of a rule, given that word. */
    private static Cell afterRemnants(Cell c, List<String> words, String what, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty()) {
            return c;
        }
        String w = remnantsBefore(Text.key(c.text()), words);
        return w == null ? c : note(c, w, what + " " + w + " after a rule read as text", diags);
    }

    /** A heading word and what follows it after a stroke: one or two stops, commas or digits (a speck read as text). */
    private static final Pattern SPECK_AFTER = Pattern.compile("^(\\S{3,6}?)\\s*[、。，,.．;；:：'`·丨|]\\s*[0-9A-Za-z]?$");

    /**
     * A heading word (or one substitution off one) with a speck printed after it ({@code 指标舍、 0}:
     * the word, then a stroke and a stray digit or letter) is that word: no heading of these
     * sheets ends with a stroke. Only in a row the other headings show to be the heading row.
     */
    static Cell beforeSpecks(Cell c, List<Diagnostic> diags) {
        if (!plain(c) || c.isEmpty() || Vocabulary.column(c.text()) != null) {
            return c;
        }
        Matcher m = SPECK_AFTER.matcher(Text.nfkc(c.text().strip()));
        if (!m.matches()) {
            return c;
        }
        String k = Text.key(m.group(1));
        String w = HEADING_WORDS.contains(k) ? k : nearest(k, HEADING_WORDS);
        return w == null ? c : note(c, w, "indicator heading " + w + " with a speck after it", diags);
    }

    /** Quotes, stops, commas and bars an engine reads a label cell's rules as, on either side of it. */
    private static final Pattern EDGE_STROKES = Pattern.compile("^[\\p{Punct}“”‘’「」『』，。、；：·|丨｜]{1,3}|[\\p{Punct}“”‘’「」『』，。、；：·|丨｜]{1,3}$");

    /**
     * A category label with the strokes of its cell's rules on its ends ({@code ”社会效益指标},
     * {@code 数量指标。。}, {@code 质量招标。}): what is left between them is a category, or one
     * substitution off exactly one category (four characters or more), and is given back as that
     * category. No category starts or ends with a stop, quote or bar.
     */
    static Cell betweenStrokes(Cell c, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty()) {
            return c;
        }
        String k = Text.key(c.text());
        String core = Rx.replaceAll(EDGE_STROKES, k, "");
        if (core.equals(k) || core.length() < 4) {
            return c;
        }
        String w = Vocabulary.category(core) != null ? core : nearest(core, new ArrayList<>(Vocabulary.CATEGORIES.keySet()));
        return w == null || w.length() < 4 ? c : note(c, w, "label " + w + " between strokes of its cell's rules", diags);
    }

    private static final List<String> LEVELS = List.of("一级指标", "二级指标", "三级指标");

    /**
     * The three level headings of a heading row read with one of them twice ({@code 二级指标 |
     * 二级指标 | 三级指标}, the engine taking 一 for 二): three level headings side by side can only be
     * 一级, 二级, 三级 from left to right, so they are given back in that order; not, in plain OCR
     * text, when a level stands right of a higher one (三级指标 … 二级指标: a heading printed twice, two
     * periods; word boxes keep the rule, which their two-period rows read better with: fresh-txt6 PDF
     * 0.448 without it, 0.468 with).
     */
    static void levels(List<Cell> cells, List<Diagnostic> diags) {
        List<Integer> at = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String k = Text.key(cells.get(i).text());
            if (LEVELS.contains(k)) {
                at.add(i);
                seen.add(k);
            }
        }
        if (at.size() != 3 || seen.size() == 3) {
            return;
        }
        for (int j = 1; j < 3; j++) {
            if (plain(cells.get(at.get(j))) && LEVELS.indexOf(Text.key(cells.get(at.get(j)).text()))
                    < LEVELS.indexOf(Text.key(cells.get(at.get(j - 1)).text()))) {
                return; // plain text, 三级指标 before 二级指标: a heading printed twice (two periods), each half its own levels
            }
        }
        for (int j = 0; j < 3; j++) {
            Cell c = cells.get(at.get(j));
            if (c.ocr() && !Text.key(c.text()).equals(LEVELS.get(j))) {
                cells.set(at.get(j), note(c, LEVELS.get(j), "indicator heading " + LEVELS.get(j) + " (the level headings read 一级, 二级, 三级 left to right)", diags));
            }
        }
    }

    private static final List<Vocabulary.Column> LEVEL_COLUMNS = List.of(Vocabulary.Column.L1, Vocabulary.Column.L2,
            Vocabulary.Column.NAME, Vocabulary.Column.VALUE);
    private static final List<String> LEVEL_WORDS = List.of("一级指标", "二级指标", "三级指标", "指标值");

    /**
     * A heading the engine misread beyond one substitution ({@code “执指} for 一级指标) where the
     * row's other headings say which it is: the level headings and 指标值 stand in that order, so an
     * unknown cell right before 二级指标 (no 一级指标 in the row), between 一级指标 and 三级指标 (no
     * 二级指标), or between 二级指标 and 指标值 (no 三级指标) is the missing one, when it shares a
     * character with it. Only in plain OCR text: word boxes place their cells under the heading by
     * geometry, and a heading given there moves what the layout placed.
     */
    static void gaps(List<Cell> cells, List<Diagnostic> diags) {
        java.util.Set<Vocabulary.Column> present = java.util.EnumSet.noneOf(Vocabulary.Column.class);
        for (Cell c : cells) {
            Vocabulary.Column col = Vocabulary.column(c.text());
            if (col != null) {
                present.add(col);
            }
        }
        for (int j = 0; j < 3; j++) {
            Vocabulary.Column missing = LEVEL_COLUMNS.get(j);
            if (present.contains(missing)) {
                continue;
            }
            Vocabulary.Column after = LEVEL_COLUMNS.get(j + 1);
            Vocabulary.Column before = j == 0 ? null : LEVEL_COLUMNS.get(j - 1);
            for (int i = 0; i < cells.size(); i++) {
                if (Vocabulary.column(cells.get(i).text()) != after) {
                    continue;
                }
                int k = i - 1;
                while (k >= 0 && cells.get(k).isEmpty()) {
                    k--;
                }
                if (k < 0) {
                    break;
                }
                Cell c = cells.get(k);
                int b = k - 1;
                while (b >= 0 && cells.get(b).isEmpty()) {
                    b--;
                }
                boolean placed = before == null ? !levelLeftOf(cells, k) : b >= 0 && Vocabulary.column(cells.get(b).text()) == before;
                String word = LEVEL_WORDS.get(j);
                if (plain(c) && Vocabulary.column(c.text()) == null && placed && shares(Text.key(c.text()), word)) {
                    cells.set(k, note(c, word, "indicator heading " + word + " (the heading between its neighbours)", diags));
                    present.add(missing);
                }
                break;
            }
        }
    }

    /**
     * The value heading misread beyond one substitution ({@code 标值}, its 指 lost to a rule) in a
     * heading row of plain OCR text that names no value column: the templates print 指标值 right of
     * 三级指标, so the unknown piece of four characters or fewer right after the first 三级指标 is
     * 指标值 when it shares a character with it. Word boxes place their cells by geometry and are left
     * to {@link OcrHeadings#valueByPlace}, which reads the column under the heading.
     */
    static void valueAfterName(List<Cell> cells, List<Diagnostic> diags) {
        int name = -1;
        for (int i = 0; i < cells.size(); i++) {
            Vocabulary.Column col = Vocabulary.column(cells.get(i).text());
            if (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE || col == Vocabulary.Column.ACTUAL) {
                return;
            }
            if (col == Vocabulary.Column.NAME && name < 0) {
                name = i;
            }
        }
        int k = name + 1;
        while (name >= 0 && k < cells.size() && cells.get(k).isEmpty()) {
            k++;
        }
        if (name < 0 || k >= cells.size()) {
            return;
        }
        Cell c = cells.get(k);
        String key = Text.key(c.text());
        if (plain(c) && Vocabulary.column(c.text()) == null && Vocabulary.category(c.text()) == null && key.length() <= 4
                && shares(key, "指标值")) {
            cells.set(k, note(c, "指标值", "indicator heading 指标值 (printed right of 三级指标)", diags));
        }
    }

    /** A level or name heading left of cell {@code k}: no 一级指标 stands there (the heading's second half, two periods). */
    private static boolean levelLeftOf(List<Cell> cells, int k) {
        for (int i = 0; i < k; i++) {
            Vocabulary.Column col = Vocabulary.column(cells.get(i).text());
            if (col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME || col == Vocabulary.Column.VALUE) {
                return true;
            }
        }
        return false;
    }

    /** A cell of an engine's plain text: read by OCR, with no confidence given. */
    private static boolean plain(Cell c) {
        return c.confidence() != null && c.confidence().isNaN();
    }

    private static boolean shares(String k, String word) {
        for (int i = 0; i < k.length(); i++) {
            if (word.indexOf(k.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Stops, commas and strokes an engine reads a cell's rule as, at the start of a cell's text. */
    private static final Pattern LEADING_STROKES = Pattern.compile("^[\\s。、，,;；.．:：_'`·|丨]+");
    /** The same at the end of a name. */
    private static final Pattern TRAILING_STROKES = Pattern.compile("[\\s。、，,;；.．:：_'`·|丨]+$");

    /**
     * An indicator name or value with the stops and strokes the engine read the cell's rules as
     * ({@code 。项目完成率。}, {@code 、逐步推开}) taken off its ends: no name or value of these sheets
     * starts with one (none of the corpus's 12,437 answered names or 42,833 values), and no name
     * ends with one; a value may end with a full stop, so only its start is cleaned.
     */
    static Cell edges(Cell c, boolean name, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty()) {
            return c;
        }
        String t = c.text().strip();
        String fixed = Rx.replaceFirst(LEADING_STROKES, t, "");
        if (name) {
            fixed = Rx.replaceFirst(TRAILING_STROKES, fixed, "");
        }
        if (fixed.equals(t) || fixed.isEmpty()) {
            return c;
        }
        return note(c, fixed, (name ? "indicator name" : "value") + ": stops or strokes at its ends are the cell's rules read as text", diags);
    }

    /** A category or header label one substitution off exactly one known label. */
    private static Cell label(Cell c, List<Diagnostic> diags) {
        if (!c.ocr() || c.isEmpty()) {
            return c;
        }
        String k = Text.key(c.text());
        // a word of the vocabulary as printed (绩效指标, the lead heading) is no misreading of its neighbour (时效指标)
        if (k.length() < 4 || Vocabulary.category(c.text()) != null || Vocabulary.isKnownHeaderLabel(c.text())
                || Vocabulary.column(c.text()) != null) {
            return c;
        }
        List<String> labels = new ArrayList<>(Vocabulary.CATEGORIES.keySet());
        labels.addAll(Vocabulary.PROJECT);
        labels.addAll(Vocabulary.REGION);
        labels.addAll(Vocabulary.HEADER_LABELS);
        String w = nearest(k, labels);
        return w == null || w.length() < 4 ? c : note(c, w, "label " + w, diags);
    }

    private static final Pattern NUMBERING = Pattern.compile("^(\\s*指标\\s*\\d{1,2}\\s*)([;；,，.。:：]{1,2})(?=\\s*\\S)");
    /** 指标N: with 标 misread ({@code 指杯5:}): a character after 指, a number and a stop start no other text. */
    private static final Pattern NUMBERING_WORD = Pattern.compile("^(\\s*)指([^标\\s\\d])(\\s*\\d{1,2}\\s*[;；:：])");

    /** The colon after an indicator's number ({@code 指标1：}) read as a semicolon, comma or stop. */
    private static Cell numbering(Cell c, List<Diagnostic> diags) {
        if (!c.ocr()) {
            return c;
        }
        Matcher w = NUMBERING_WORD.matcher(c.text());
        if (w.find()) {
            String fixed = w.group(1) + "指标" + w.group(3) + c.text().substring(w.end());
            c = note(c, fixed, "指标N with 标 read as " + w.group(2), diags);
        }
        Matcher m = NUMBERING.matcher(c.text());
        if (!m.find() || m.group(2).equals("：") || m.group(2).equals(":")) {
            return c;
        }
        String fixed = m.group(1) + "：" + c.text().substring(m.end()).stripLeading();
        return note(c, fixed, "the colon after 指标N", diags);
    }

    /** The one word of the list at one substitution from {@code k}, or null (none, or several). */
    static String nearest(String k, List<String> words) {
        if (k.length() < 3) {
            return null;
        }
        String found = null;
        for (String w : words) {
            if (w.length() == k.length() && distance(k, w) == 1) {
                if (found != null && !found.equals(w)) {
                    return null;
                }
                found = w;
            }
        }
        return found;
    }

    private static boolean unique(String k, List<String> words) {
        return nearest(k, words) != null || k.length() < 3;
    }

    /** Substitutions between two strings of one length (Integer.MAX_VALUE for different lengths). */
    static int distance(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.MAX_VALUE;
        }
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }

    /** A name with its value after it in one piece: a number (and unit) the grammar reads, after Han text. */
    private static final Pattern NAME_VALUE = Pattern.compile("^(.*[\\p{IsHan})）])\\s*([》≧≥≤《≦><＞＜=]?\\s*[0-9][0-9.,]*\\s*[%\\p{IsHan}]{0,3})$");

    /**
     * The last piece of a line of plain OCR text holding a name and its value printed one space
     * apart or none ({@code 中央财政补助资金人均补助标准312元}), when no piece of the line is a value:
     * cut in two where the number starts, if the grammar reads that end as a quantity.
     */
    static void glued(List<Cell> cells, List<Diagnostic> diags) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        if (last < 0 || !cells.get(last).ocr()) {
            return;
        }
        for (int i = 1; i <= last; i++) {
            if (Rx.find(VALUE_START, Text.nfkc(cells.get(i).text()))) {
                return;
            }
        }
        Cell c = cells.get(last);
        String[] speck = GluedValueSpeck.split(c.text());
        Matcher m = NAME_VALUE.matcher(speck[0]);
        if (!m.matches() || Text.key(m.group(1)).length() < 4 || Vocabulary.category(m.group(1)) != null) {
            return;
        }
        Target t = Targets.parse(m.group(2).strip(), m.group(1));
        if (!(t instanceof Target.Comparison)) {
            return;
        }
        Cell name = note(c, m.group(1).strip(), "a name and its value printed as one piece, cut where the number starts", diags);
        cells.set(last, name);
        cells.add(last + 1, new Cell(m.group(2).strip(), c.at(), c.confidence()));
        GluedValueSpeck.keep(cells, last + 2, c, speck[1], diags);
    }

    /** Rows of plain OCR text (cells without a confidence), not cut into the heading's columns. */
    static boolean unplaced(List<Cell> cells, int width) {
        if (cells.size() == width) {
            return false;
        }
        for (Cell c : cells) {
            if (c.confidence() != null && !c.confidence().isNaN()) {
                return false;
            }
        }
        return true;
    }

    /** What the engine prints for a stroke of a rule standing alone between two gaps: stops, commas, an underscore. */
    private static final Pattern RULE_ONLY = Pattern.compile("[。、，,.．_;；:：·`'~～]{1,3}");

    static boolean isRule(String text) {
        return Rx.matches(RULE_ONLY, Text.key(text));
    }

    /** A piece that starts as a value: a number, or a comparator (or its misreading) before one. */
    private static final Pattern VALUE_START = Pattern.compile("^\\s*([》≧≥≤《≦><＞＜=二三]{0,2})\\s*[0-9]");

    /** Whether any OCR cell holds ≥ or ≤: an engine that can print them printed > and < as such. */
    static boolean printsGe(List<Row> rows) {
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (c.ocr() && (c.text().indexOf('≥') >= 0 || c.text().indexOf('≤') >= 0 || c.text().indexOf('≧') >= 0
                        || c.text().indexOf('≦') >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern GT = Pattern.compile("[>＞](?=\\d)");
    private static final Pattern LT = Pattern.compile("[<＜](?=\\d)");

    /** As {@link #value(Cell, String, boolean, List)} in a document whose engine printed ≥ or ≤. */
    static Cell value(Cell c, String name, List<Diagnostic> diags) {
        return value(c, name, false, diags);
    }

    /**
     * A value cell repaired when the grammar reads the repair and not the print.
     *
     * @param noGe the document's OCR text holds no ≥ or ≤ anywhere: its engine cannot print them
     *             (Tesseract's chi_sim model has neither), so a {@code >} or {@code <} before a number
     *             stands for ≥ or ≤ as well as for itself, and is read as ≥ / ≤, the comparators these
     *             sheets print (a strict > is under one value in a thousand of the corpus's answers)
     */
    static Cell value(Cell c, String name, boolean noGe, List<Diagnostic> diags) {
        String printed = c.text().strip();
        if (printed.isEmpty()) {
            return c;
        }
        boolean printedTyped = typed(Targets.parse(printed, name));
        boolean percent = false;
        String v = Text.nfkc(printed).replace(" ", "");
        List<String> why = new ArrayList<>();
        Matcher m = NUMBER_START.matcher(v);
        if (m.find()) {
            String lead = m.group(1);
            String op = lead.matches("[《≦<]+=?") ? "≤" : "≥";
            v = op + v.substring(m.end());
            why.add("comparator read as " + lead);
        }
        String before = v;
        if (noGe) {
            v = Rx.replaceAll(LT, GT.matcher(v).replaceAll("≥"), "≤");
            if (!v.equals(before)) {
                why.add("> or < from an engine that prints no ≥ or ≤ in this document");
            }
        }
        boolean strong = !v.equals(before);
        before = v;
        v = v.replaceAll("(?<=\\d)兀", "元").replaceAll("(?<=\\d)F[l1I]", "月");
        // 兀 and Fl are no units: the repair stands even where the grammar took them for one
        if (!v.equals(before)) {
            strong = true;
            why.add("兀/Fl after a number are 元/月");
        }
        before = v;
        v = v.replaceAll("(?<=\\d)[Oo](?=[\\d.%]|$)", "0").replaceAll("(?<=\\d)[lI|](?=[\\d.%]|$)", "1")
                .replaceAll("(?<=[≥≤><=]|^)[lI|](?=\\d)", "1").replaceAll("(?<=[≥≤><=]|^)[Oo](?=\\.\\d)", "0");
        v = v.replaceAll("(?<=\\d)[,，。](?=\\d{1,2}(?!\\d))", ".");
        if (!v.equals(before)) {
            why.add("letters or stops in a number");
            strong = true; // O, l or a stop between digits: no unit or word reads so
        }
        boolean percentName = Rx.find(PERCENT_NAME, Text.nfkc(name));
        if (percentName && v.matches(".*\\dg%{0,2}$")) {
            // g for 9 where the name says a percentage (no grams there): 85g → 859, read as 85% below
            v = v.replaceFirst("(?<=\\d)g(?=%{0,2}$)", "9");
            why.add("g after a number read for 9 (the name says a percentage)");
        }
        String two = OcrPercentTwo.repair(v, percentName, noGe); // 260% under a rate: ≥60% (OcrPercentTwo)
        if (two != null) {
            v = two;
            strong = true;
            why.add(OcrPercentTwo.WHY);
        }
        Matcher six = PERCENT_SIX.matcher(v);
        if (percentName && six.matches()) {
            // 85%6 is 85%; 909%6 is 90% (the 9 another reading of %, as 909 is over 100)
            String number = six.group(2);
            if (new java.math.BigDecimal(number).compareTo(java.math.BigDecimal.valueOf(100)) > 0 && number.endsWith("9")
                    && !number.contains(".")) {
                number = number.substring(0, number.length() - 1);
            }
            v = six.group(1) + number + "%";
            percent = true;
            why.add("% read as " + six.group(2).substring(number.length()) + "%6 (the name says a percentage)");
        }
        Matcher p = PERCENT_TAIL.matcher(v);
        if (percentName && p.matches()) {
            java.math.BigDecimal whole = new java.math.BigDecimal(p.group(2) + p.group(3));
            java.math.BigDecimal n = new java.math.BigDecimal(p.group(2));
            if (whole.compareTo(java.math.BigDecimal.valueOf(100)) > 0 && n.compareTo(java.math.BigDecimal.valueOf(100)) <= 0) {
                v = p.group(1) + p.group(2) + "%";
                percent = true;
                why.add("% read as " + p.group(3) + (v.endsWith("%") && printed.endsWith("%") ? "%" : "") + " (the name says a percentage)");
            }
        }
        String counted = percent ? null : OcrUnits.repair(v, name);
        if (counted != null) {
            // ≥3从 under 出差次数: what follows the number is no unit, the name says 次 (OcrUnits)
            why.add("unit read as " + v.substring(counted.length() - OcrUnits.unitOf(name).length()) + " (the name counts "
                    + OcrUnits.unitOf(name) + ")");
            v = counted;
            strong = true;
        }
        // a printed value the grammar reads stays, unless it is a percentage over 100 the name contradicts
        if (why.isEmpty() || v.equals(printed) || !typed(Targets.parse(v, name)) || printedTyped && !percent && !strong) {
            return c;
        }
        return note(c, v, "value: " + String.join("; ", why), diags);
    }

    private static boolean typed(Target t) {
        return !(t instanceof Target.Qualitative);
    }

    private static Cell note(Cell c, String fixed, String what, List<Diagnostic> diags) {
        String conf = c.confidence() == null || c.confidence().isNaN() ? "" : String.format(Locale.ROOT, ", engine confidence %.2f", c.confidence());
        diags.add(new Diagnostic(CODE, "OCR reading \"" + c.text().strip() + "\" repaired to \"" + fixed + "\" (" + what + conf + ")", c.at()));
        return c.withText(fixed);
    }
}
