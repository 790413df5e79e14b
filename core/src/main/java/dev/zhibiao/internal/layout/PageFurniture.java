package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The page furniture of a text printed page by page (pdftotext's text of a PDF, plain or {@code -layout}, pages parted by
 * form feeds): what a printing program puts at the head or foot of every page and the document does not say. A web
 * page printed by a browser carries the date and time with the page's title at each page's head and the page's address
 * with a page counter ({@code 3/20}) at its foot; office programs print a page number ({@code - 3 -}, {@code 第3页 共20页},
 * {@code 3}). Read as text they fall between a table's rows where it runs over a page break, and are taken for cells
 * (a level label {@code file:///…/a.html 12/6/26, 2:47 AM}).
 *
 * <p>Only the first two and the last two lines of a page can be furniture, and only these: a web address first on its
 * line (what follows it on the line too: the counter); a date with a time first on its line (what follows it: the
 * page's title); a worded page counter alone ({@code 第3页}, {@code 第3页 共20页}, {@code 共20页 第3页},
 * {@code Page 3 of 20}, {@code - 3 -}); a page counter {@code 3/20} alone only where the numbers count the pages (each page's number is
 * its place in the document plus the same offset, on two pages or more, or the document is one page), a bare number
 * alone only where it counts the pages so on half the pages and three or more, so a value's last line ({@code 12/31},
 * {@code 100}) or a budget table's small amounts ({@code 0}, {@code 1}) at pages' feet are none; and a line of words
 * repeated at the same end of three pages or more, digits aside, next to furniture found so (a page title printed on a
 * line of its own), unless a cell of it is a level label (a table's row: three sheets of one form ending alike on their
 * pages). A table's heading row repeated on each page is no furniture: it is not next to any; nor is a
 * sheet's title under the date unless it stands so on every page. Beyond the pages' ends only a web address alone on its
 * line is furniture: anywhere where the same address is furniture at a page's end (the browser printed it: plain
 * pdftotext prints a browser's footer where its reading order meets it, among a table's cells, between a row's name and
 * its value), else where it stands on two pages and beside an indicator's level label or the table's heading; an address
 * the text holds nowhere at a page's end and beside no table cell stays.
 */
public final class PageFurniture {
    private PageFurniture() {
    }

    /**
     * A furniture line a reader took out of the text.
     *
     * @param number its 1-based line number
     * @param text   its text
     */
    public record Line(int number, String text) {
    }

    /**
     * Records the furniture lines a reader took out of its text, each as a note ({@code page-furniture}) on the first
     * row at or after its line (the last row when none): the note goes among the diagnostics of the sheet holding
     * that row, so the text is kept, not read.
     *
     * @param furniture the lines taken out, in order
     * @param rows      the reader's rows, in order
     * @param notes     the reader's notes by row, added to
     */
    public static void note(List<Line> furniture, List<Row> rows, Map<Row, List<Diagnostic>> notes) {
        if (furniture.isEmpty() || rows.isEmpty()) {
            return;
        }
        int f = 0;
        for (int r = 0; r < rows.size() && f < furniture.size(); r++) {
            Integer at = rows.get(r).at().line();
            while (at != null && f < furniture.size() && furniture.get(f).number() <= at) {
                add(furniture.get(f++), rows.get(r), notes);
            }
        }
        while (f < furniture.size()) {
            add(furniture.get(f++), rows.get(rows.size() - 1), notes);
        }
    }

    private static void add(Line l, Row r, Map<Row, List<Diagnostic>> notes) {
        List<Diagnostic> here = notes.get(r);
        here = here == null ? new ArrayList<>() : new ArrayList<>(here);
        here.add(new Diagnostic("page-furniture", "\"" + Text.clean(l.text())
                + "\" is the page's furniture (a page number, a browser's date, title or address), not the sheet's: not read",
                Locator.line(l.number())));
        notes.put(r, here);
    }

    /** A web address first on the line. */
    private static final LazyPattern ADDRESS = new LazyPattern("^(?:https?|file)://\\S+(?:\\s.*)?$");
    /** A date with a time first on the line: 12/6/26, 2:47 AM; 2026/12/6 02:47; 2026-12-06 上午10:21. */
    private static final LazyPattern STAMP = new LazyPattern("^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}[,，]?\\s*(?:上午|下午)?\\s*"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s.*)?$");
    /** A counter of numbers only: 3/20 or 3. */
    private static final LazyPattern NUMBERED = new LazyPattern("^(\\d{1,4})(?:\\s*/\\s*(\\d{1,4}))?$");

    /**
     * The furniture lines of a text.
     *
     * @param lines the text's lines (a form feed in a line starts a page there, as pdftotext prints it)
     * @return for each line, whether it is page furniture
     */
    public static boolean[] lines(String[] lines) {
        boolean[] out = new boolean[lines.length];
        // the pages: the first line of each (a line holding a form feed starts one), and one past the last
        int[] starts = new int[lines.length + 2];
        int pages = 0;
        starts[pages++] = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && lines[i].indexOf('\f') >= 0) {
                starts[pages++] = i;
            }
        }
        starts[pages] = lines.length;
        // the candidates: the first two and last two non-blank lines of each page
        int[][] ends = new int[pages][];
        for (int p = 0; p < pages; p++) {
            ends[p] = ends(lines, starts[p], starts[p + 1]);
        }
        boolean any = false;
        Map<Integer, Integer> offsets = new HashMap<>(); // a number's offset from its page's place -> pages
        int counted = 0;
        // one matcher of each pattern for the whole text, reset to each candidate (a matcher's group arrays are
        // the most of what asking allocates)
        Matcher address = ADDRESS.get().matcher("");
        Matcher stamp = STAMP.get().matcher("");
        Matcher m = NUMBERED.get().matcher("");
        for (int p = 0; p < pages; p++) {
            for (int i : ends[p]) {
                if (i < 0) {
                    continue;
                }
                String t = text(lines[i]);
                if (address.reset(t).matches() || stamp.reset(t).matches()
                        || TableFooter.isWordedCounter(t)) {
                    out[i] = true;
                    any = true;
                } else {
                    m.reset(t);
                    if (m.matches()) {
                        offsets.merge(key(m, p), 1, Integer::sum);
                        counted++;
                    }
                }
            }
        }
        if (counted > 0) {
            // the offset most pages give, where two pages or more give it (or the document is one page)
            int best = 0;
            int bestOffset = Integer.MIN_VALUE;
            for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    bestOffset = e.getKey();
                }
            }
            // a bare number counts pages only on half the pages and three or more (a budget table's pages end in
            // small amounts: 0, 1, 2); a counter of the pages (3/20) on two or more, or the only page
            boolean bare = bestOffset % 2 == 0;
            if (bare ? best >= 3 && 2 * best >= pages : best >= 2 || pages == 1) {
                for (int p = 0; p < pages; p++) {
                    for (int i : ends[p]) {
                        if (i < 0 || out[i]) {
                            continue;
                        }
                        m.reset(text(lines[i]));
                        if (m.matches() && key(m, p) == bestOffset
                                && (m.group(2) == null || Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1)))) {
                            out[i] = true;
                            any = true;
                        }
                    }
                }
            }
        }
        if (any && pages >= 3) {
            repeatedBeside(lines, ends, out);
        }
        if (any && pages >= 2) {
            addressesWithin(lines, starts, pages, out);
        }
        if (any && pages >= 3) {
            CountersWithin.mark(lines, starts, pages, out);
        }
        return out;
    }

    /**
     * Marks a web address alone on its line inside a page (its counter after it aside) when the same address, digits
     * aside, is furniture at a page's end (wherever it stands: between a row's name and its value, {@code 参保对象满意度(%)
     * / file:///…/d3.html / ≥90%}, after a page's first name), or stands so on two pages or more beside a table's cell
     * ({@link #afterLevelLabel}, {@link #besideTableCell}): plain pdftotext prints a browser's footer where its reading
     * order meets it, among a table's cells (a level label {@code 时效指标}, the address, then the row's name), not
     * always at the page's foot.
     */
    private static void addressesWithin(String[] lines, int[] starts, int pages, boolean[] out) {
        Matcher address = ADDRESS.get().matcher("");
        Map<String, Integer> seen = new HashMap<>(); // an address, digits aside -> pages it stands on
        Set<String> taken = new HashSet<>(); // addresses already furniture at a page's end
        for (int p = 0; p < pages; p++) {
            Set<String> here = new HashSet<>();
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                if (address.reset(text(lines[i])).matches()) {
                    String d = digitless(lines[i]);
                    here.add(d);
                    if (out[i]) {
                        taken.add(d);
                    }
                }
            }
            for (String d : here) {
                seen.merge(d, 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (!out[i] && address.reset(text(lines[i])).matches()) {
                String d = digitless(lines[i]);
                // the address the browser printed at a page's foot is furniture wherever the text meets it
                if (taken.contains(d) || seen.getOrDefault(d, 0) >= 2
                        && (afterLevelLabel(lines, out, i) || besideTableCell(lines, out, i))) {
                    out[i] = true;
                }
            }
        }
    }

    /**
     * Whether the line before line {@code i} on its page (blank lines and furniture aside) is an indicator's level label
     * ({@code 产出指标}, {@code 时效指标}), whole or wrapped over two lines ({@code 产出指 / 标}): where plain pdftotext meets
     * a browser's footer in a table's level column. An address among a sheet's header lines stays.
     */
    private static boolean afterLevelLabel(String[] lines, boolean[] out, int i) {
        String last = null;
        for (int j = i - 1; j >= 0 && lines[j + 1].indexOf('\f') < 0; j--) {
            String t = text(lines[j]);
            if (t.isEmpty() || out[j]) {
                continue;
            }
            if (last == null) {
                if (isLevelLabel(t)) {
                    return true;
                }
                last = t;
            } else {
                return isLevelLabel(t + last);
            }
        }
        return false;
    }

    /**
     * Whether the line before line {@code i} on its page (blank lines and furniture aside) holds a level label as one of
     * its space-parted cells ({@code 服务对象满意度指标 参保人员对医保服务的满意度（%）}: pdftotext joined the label and the
     * row's name on one line), or the line after it is a level label or one of the indicator table's column headings
     * ({@code 三级指标}, {@code 指标值}, repeated over a page break): plain pdftotext meets a browser's footer among the
     * table's cells there too. An address between a header's lines (an amount, a goal) stays.
     */
    private static boolean besideTableCell(String[] lines, boolean[] out, int i) {
        for (int j = i - 1; j >= 0 && lines[j + 1].indexOf('\f') < 0; j--) {
            String t = text(lines[j]);
            if (t.isEmpty() || out[j]) {
                continue;
            }
            boolean label = false;
            for (String part : t.split("\\s+")) {
                label |= isLevelLabel(part);
            }
            if (label) {
                return true;
            }
            break;
        }
        for (int j = i + 1; j < lines.length && lines[j].indexOf('\f') < 0; j++) {
            String t = text(lines[j]);
            if (t.isEmpty() || out[j]) {
                continue;
            }
            return isLevelLabel(t) || COLUMN_HEADINGS.contains(Vocabulary.labelKey(t));
        }
        return false;
    }

    /** The indicator table's column headings a page repeats (not 绩效指标, which also heads the block). */
    private static final Set<String> COLUMN_HEADINGS = Set.of("一级指标", "二级指标", "三级指标", "指标值");

    private static boolean isLevelLabel(String t) {
        return Vocabulary.isLevel1Label(t) || Vocabulary.isLevel2Label(t);
    }

    /** A number's offset from its page's place, even for a bare number and odd for a counter of pages (3/20). */
    private static int key(Matcher m, int page) {
        return 2 * (Integer.parseInt(m.group(1)) - page) + (m.group(2) == null ? 0 : 1);
    }

    /**
     * Marks a line repeated (digits aside) at the same place of three pages or more, next to furniture (a page title
     * printed on a line of its own under the date).
     */
    private static void repeatedBeside(String[] lines, int[][] ends, boolean[] out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int[] e : ends) {
            for (int k = 0; k < e.length; k++) {
                if (e[k] >= 0 && !out[e[k]] && words(lines[e[k]])) {
                    seen.merge(k + ":" + digitless(lines[e[k]]), 1, Integer::sum);
                }
            }
        }
        for (int[] e : ends) {
            for (int k = 0; k < e.length; k++) {
                int i = e[k];
                // a sheet's title (项目支出绩效目标表) under the date starts each of its sheets' pages, not every page:
                // it is furniture only where it stands so on every page, as a browser prints the page's title
                if (i < 0 || out[i] || !words(lines[i]) || seen.getOrDefault(k + ":" + digitless(lines[i]), 0)
                        < (Recovery.isTitleText(text(lines[i])) ? Math.max(3, ends.length) : 3) || holdsLevelLabel(lines, i)) {
                    continue;
                }
                // next to furniture: the other line at the same end of the page
                int other = e[k ^ 1];
                if (other >= 0 && out[other]) {
                    out[i] = true;
                }
            }
        }
    }

    /**
     * Whether one of a line's cells (its texts apart by two spaces or more) is an indicator's level label
     * ({@code 满意度指标 | 服务对象满意度指标 | 参保人员对医保服务的满意度（%） | ≥90.00(%)}), or ends one begun by a cell of
     * one of the two text lines above it ({@code 服务对象满} / {@code 满意度指标 … } / {@code 意度指标}: a wrapped label's
     * last line): a table's row, printed at the same place of three pages where three sheets of one form end on their
     * pages alike, not a page title.
     */
    private static boolean holdsLevelLabel(String[] lines, int i) {
        String[] cells = cells(lines[i]);
        for (String cell : cells) {
            if (isLevelLabel(cell)) {
                return true;
            }
        }
        int seen = 0;
        for (int j = i - 1; j >= 0 && seen < 2; j--) {
            if (lines[j].isBlank()) {
                continue;
            }
            seen++;
            for (String head : cells(lines[j])) {
                for (String cell : cells) {
                    if (isLevelLabel(head + cell)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A line's texts apart by two spaces or more. */
    private static String[] cells(String line) {
        return text(line).split("\\s{2,}");
    }

    /** The first two and the last two non-blank lines of a page (-1 where there is none), each once. */
    private static int[] ends(String[] lines, int from, int to) {
        int[] e = {-1, -1, -1, -1};
        int n = 0;
        for (int i = from; i < to && n < 2; i++) {
            if (!lines[i].isBlank()) { // text(line) is empty exactly when the line is blank (a form feed is white space)
                e[n++] = i;
            }
        }
        int m = 0;
        for (int i = to - 1; i >= from && m < 2; i--) {
            if (!lines[i].isBlank() && i != e[0] && i != e[1]) {
                e[2 + m++] = i;
            }
        }
        return e;
    }

    private static String text(String line) {
        return line.indexOf('\f') >= 0 ? line.replace('\f', ' ').strip() : line.strip();
    }

    /** Whether a line holds words (two letters or more): a title, not an amount ({@code 199.77}, {@code 0.00}). */
    private static boolean words(String line) {
        int n = 0;
        for (int i = 0; i < line.length() && n < 2; i++) {
            if (Character.isLetter(line.charAt(i))) {
                n++;
            }
        }
        return n >= 2;
    }

    private static String digitless(String line) {
        StringBuilder b = new StringBuilder();
        String t = text(line);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && c != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
