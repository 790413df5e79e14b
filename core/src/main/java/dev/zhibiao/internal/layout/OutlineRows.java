package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators printed as an outline instead of a table, as Word documents and web pages often print
 * them:
 *
 * <pre>
 * 一、产出指标
 * （一）数量指标
 * 1.培训人次：≥5000人次
 * 2.覆盖县区：10个
 * （二）质量指标
 * 1.培训合格率：≥90%
 * 二、效益指标 …
 * </pre>
 *
 * Each {@code name：value} line under a level-1 category line becomes a table row
 * {@code 一级 | 二级 | 名称 | 值} (the category cells filled on the first row under each category, left
 * empty below it as a merged cell is), so the indicator table reads it by content. A run starts only
 * at a numbered line that is exactly a level-1 category of the shared vocabulary and ends at the first
 * line of another shape; the category lines are not passed on (their text is in the rows' cells)
 * unless no indicator line follows them. Only prose rows and one-cell rows are read so. Each run is
 * recorded as an {@code outline-read} diagnostic on its first row.
 */
final class OutlineRows {
    private static final String NUMERAL = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})";
    /** A numbered line: 一、 1. （一） (1) 1） — the number, then the rest. */
    static final Pattern NUMBERED = Pattern.compile(
            "^(?:([(（]\\s*" + NUMERAL + "\\s*[)）])|(" + NUMERAL + "\\s*[、.．)）]))\\s*(.+)$");
    /** {@code name：value} after the numbering: a name of at most 60 characters. */
    private static final LazyPattern NAME_VALUE = new LazyPattern("^([^：:]{1,60}?)\\s*[：:]\\s*(\\S.*)$");

    private final Map<Row, List<Diagnostic>> notes;
    /** Category lines read but not yet used by an indicator line. */
    private final List<Row> held = new ArrayList<>();
    private boolean active;
    private String l1;
    private Locator l1At;
    private String l1Style;
    private String l2;
    private Locator l2At;
    private boolean l1Given;
    private boolean l2Given;
    private boolean runNoted;
    /** The run's indicator lines are numbered: an unnumbered line ends it. */
    private boolean numberedItems;

    /** @param notes where the {@code outline-read} diagnostic of each run is put, by row */
    OutlineRows(Map<Row, List<Diagnostic>> notes) {
        this.notes = notes;
    }

    /**
     * Takes the next row of the document.
     *
     * @return the rows to pass on in its place (none while category lines are held)
     */
    List<Row> take(Row r) {
        if (r.table() && r.cells().size() > 2 && holdsOutline(r.cells())) {
            // a text of paragraphs read as one row of cells (one cell a line): its lines are lines
            List<Row> out = new ArrayList<>();
            for (Cell c : r.cells()) {
                if (!c.isEmpty()) {
                    out.addAll(take0(Row.prose(c.text(), c.at())));
                }
            }
            return out;
        }
        return take0(r);
    }

    /**
     * Whether a row's cells are the lines of an outline: one is exactly a numbered level-1 category,
     * and two or more later ones are numbered {@code name：value} lines.
     */
    private static boolean holdsOutline(List<Cell> cells) {
        boolean l1 = false;
        int items = 0;
        for (int k = 0, n = cells.size(); k < n; k++) { // by index: no iterator per row
            Cell c = cells.get(k);
            if (!mayBeNumbered(c.text())) {
                continue;
            }
            String t = Text.nfkc(c.text()).strip();
            // the thread's matcher answers most cells (not numbered) without a matcher of their own
            String rest = Rx.group(NUMBERED, t, 3);
            if (rest == null) {
                continue;
            }
            rest = rest.strip();
            Vocabulary.Category cat = exactCategory(rest);
            if (cat != null && cat.level() != Vocabulary.Level.L2) {
                l1 = true;
            } else if (l1 && cat == null && nameAndValue(rest) != null) {
                items++;
            }
        }
        return l1 && items >= 2;
    }

    /**
     * False only when {@code NUMBERED} cannot match {@code Text.nfkc(raw).strip()}, without making
     * it: leading white space and space characters go (NFKC makes a space of each, the strip takes
     * it); then an ASCII character or a CJK unified ideograph (U+4E00–U+9FFF), which NFKC leaves as
     * it is, must open a number: {@code (}, a digit, 一 to 十. Any other first character may.
     */
    static boolean mayBeNumbered(String raw) {
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c < 0x80) {
                return c == '(' || c >= '0' && c <= '9';
            }
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return "一二三四五六七八九十".indexOf(c) >= 0;
            }
            return true;
        }
        return false;
    }

    private List<Row> take0(Row r) {
        String text = lineText(r);
        if (text == null) {
            return end(r);
        }
        Matcher m = Rx.matches(NUMBERED, text) ? NUMBERED.matcher(text) : null;
        String style = null;
        String rest = text;
        if (m != null && m.matches()) {
            style = m.group(1) != null ? "bracket" : Rx.replaceAll(DIGITS, m.group(2), "N");
            rest = m.group(3).strip();
        }
        Vocabulary.Category cat = style == null ? null : exactCategory(rest);
        if (cat != null) {
            boolean level1 = cat.level() == Vocabulary.Level.L1
                    || cat.level() == Vocabulary.Level.BOTH && (!active || style.equals(l1Style));
            if (level1) {
                List<Row> out = active ? flushHeld() : new ArrayList<>();
                active = true;
                l1 = rest;
                l1At = r.at();
                l1Style = style;
                l1Given = false;
                l2 = null;
                l2At = null;
                held.add(r);
                return out;
            }
            if (active) {
                List<Row> out = new ArrayList<>();
                if (l2 != null && !l2Given) {
                    // a level-2 line with no indicator under it: passed on as printed
                    out.add(held.remove(held.size() - 1));
                }
                l2 = rest;
                l2At = r.at();
                l2Given = false;
                held.add(r);
                return out;
            }
            return List.of(r);
        }
        if (!active) {
            return List.of(r);
        }
        String[] nv = nameAndValue(rest);
        if (nv == null || Vocabulary.isHeaderLabel(nv[0]) || Vocabulary.isGoalsLabel(nv[0])
                || MoneyVocabulary.isFundingLabel(nv[0]) || Vocabulary.isNoteLabel(nv[0])
                || style == null && numberedItems) {
            // an unnumbered line where the indicators are numbered (填报单位（盖章）：… under the last one)
            return end(r);
        }
        numberedItems |= style != null;
        List<Cell> cells = new ArrayList<>(4);
        cells.add(new Cell(l1Given ? "" : l1, l1At));
        cells.add(new Cell(l2 == null || l2Given ? "" : l2, l2At == null ? r.at() : l2At));
        cells.add(new Cell(nv[0], r.at()));
        cells.add(new Cell(nv[1], r.at()));
        l1Given = true;
        l2Given = l2 != null;
        held.clear();
        Row row = new Row(cells, true, r.at());
        if (!runNoted) {
            runNoted = true;
            notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new Diagnostic("outline-read",
                    "indicators printed as an outline (一、产出指标 / （一）数量指标 / 1.名称：值) read as table rows", r.at()));
        }
        return List.of(row);
    }

    /**
     * An indicator line's name and value: {@code 培训人次：≥5000人次}; without a colon, the value after
     * the last white space ({@code 培训人次 ≥5000人次}) or from a comparator on
     * ({@code 培训人次≥5000人次}) when what follows reads as a value by itself. Null otherwise.
     */
    static String[] nameAndValue(String rest) {
        Matcher nv = NAME_VALUE.get().matcher(rest);
        if (nv.matches()) {
            return new String[] {nv.group(1).strip(), nv.group(2).strip()};
        }
        int cut = -1;
        for (int i = rest.length() - 1; i > 0; i--) {
            if (Character.isWhitespace(rest.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            for (int i = 1; i < rest.length(); i++) {
                if ("≥≤><=＞＜".indexOf(rest.charAt(i)) >= 0) {
                    cut = i;
                    break;
                }
            }
        }
        if (cut <= 0 || cut > 60) {
            return null;
        }
        String name = rest.substring(0, cut).strip();
        String value = rest.substring(cut).strip();
        return !name.isEmpty() && dev.zhibiao.internal.grammar.Grammar.valueLike(value) ? new String[] {name, value} : null;
    }

    /** @return the category lines still held, as printed (at the end of the document) */
    List<Row> finish() {
        List<Row> out = flushHeld();
        active = false;
        return out;
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+|[一二三四五六七八九十]+");

    /** A row of another shape: the run ends, the held category lines go on as printed, then the row. */
    private List<Row> end(Row r) {
        if (!active) {
            return List.of(r);
        }
        List<Row> out = flushHeld();
        active = false;
        runNoted = false;
        numberedItems = false;
        l1 = null;
        l2 = null;
        out.add(r);
        return out;
    }

    private List<Row> flushHeld() {
        List<Row> out = new ArrayList<>(held);
        held.clear();
        return out;
    }

    /** The text of a prose row or a one-cell row, else null. */
    private static String lineText(Row r) {
        List<Cell> cells = r.cells();
        if (cells.size() != 1 && r.table()) {
            return null;
        }
        String t = r.table() ? cells.get(0).text() : r.text();
        if (t == null) {
            return null;
        }
        t = Text.nfkc(t).strip();
        return t.isEmpty() || t.length() > 200 ? null : t;
    }

    /** The category a line is exactly (the label, or the label without 指标), else null. */
    private static Vocabulary.Category exactCategory(String rest) {
        String k = Text.key(Rx.replaceAll(TRAILING_COLON.get(), rest, ""));
        Vocabulary.Category c = Vocabulary.category(k);
        if (c == null) {
            return null;
        }
        return k.equals(c.label()) || (k + "指标").equals(c.label()) ? c : null;
    }

    private static final LazyPattern TRAILING_COLON = new LazyPattern("[：:]\\s*$");
}
