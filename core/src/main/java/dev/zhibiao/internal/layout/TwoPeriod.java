package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Funding;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two-period target sheets (中期目标 on the left, 年度目标 on the right of one printed table).
 *
 * <p>How recovery uses it, per sheet (the rows from the sheet's title to the next title):
 * <pre>{@code
 * TwoPeriod.Split split = TwoPeriod.split(rows);
 * if (split != null) {
 *     Sheet annual = assemble(split.annual());     // ordinary single-period recovery
 *     Sheet midTerm = assemble(split.midTerm());   // the same, over the left half
 *     sheet = TwoPeriod.merge(annual, midTerm);    // annual sheet + mid_term_* fields
 * }
 * }</pre>
 *
 * <p>{@link #split} recognises the two-period layout by its markers — a goals header with a
 * 中期… and a 年度… column, an indicator header whose labels (一级指标 … 指标值) appear twice, or a
 * funding row with both 中期资金总额 and 年度资金总额 — and returns two single-period row lists
 * with the same rows in the same order: the annual one keeps the right half of every two-period
 * row, the mid-term one the left half; rows that are not split (title, year, 项目名称 …) appear in
 * both. Cells keep their source locators.
 *
 * <ul>
 *   <li>indicator header and rows (2n cells): cells [0, n) are mid-term, [n, 2n) annual;
 *   <li>funding rows {@code rowLabel | label | amount | label | amount} (or without the row label):
 *       the row label plus the first pair is mid-term, plus the second pair annual;
 *   <li>goals {@code 总体目标 | 中期目标（…） | 年度目标} followed by {@code  | text | text}: each period
 *       gets one row {@code 总体目标 | its text}.
 * </ul>
 *
 * <p>{@link #merge} returns the annual sheet with {@code midTermValue} of each indicator, {@code
 * midTermAmount} of each funding item and {@code midTermGoals} taken from the mid-term sheet,
 * pairing indicators and funding items by position (by name/label when the counts differ).
 */
final class TwoPeriod {
    private static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值");

    private TwoPeriod() {
    }

    /**
     * The two single-period views of a two-period sheet.
     *
     * @param annual  the rows with the annual (年度, right) half of every two-period row
     * @param midTerm the rows with the mid-term (中期, left) half
     */
    record Split(List<Row> annual, List<Row> midTerm) {
        /** Copies the lists. */
        Split {
            annual = List.copyOf(annual);
            midTerm = List.copyOf(midTerm);
        }
    }

    private static String key(String s) {
        // as replaceAll("[:：]$", ""): one colon dropped at the end (or before a final U+0085,
        // the only line terminator a key can hold)
        String k = Text.key(s);
        int n = k.length();
        if (n > 0 && colon(k.charAt(n - 1))) {
            return k.substring(0, n - 1);
        }
        if (n > 1 && k.charAt(n - 1) == '\u0085' && colon(k.charAt(n - 2))) {
            return k.substring(0, n - 2) + k.charAt(n - 1);
        }
        return k;
    }

    private static boolean colon(char c) {
        return c == ':' || c == '：';
    }

    /**
     * @param rows one sheet's rows
     * @return the two periods' rows, or null when the rows hold no two-period table
     */
    static Split split(List<Row> rows) {
        return split(rows, false);
    }

    /**
     * @param rows         one sheet's rows
     * @param printedLines the table rows are printed lines ({@link Document#printedLines}): under
     *                     the doubled indicator header a line's pieces do not sit in the header's
     *                     columns, so a line is cut where it prints the same cells twice
     *                     ({@link #printedTwice})
     * @return the two periods' rows, or null when the rows hold no two-period table
     */
    static Split split(List<Row> rows, boolean printedLines) {
        if (!isTwoPeriod(rows)) {
            return null;
        }
        List<Row> annual = new ArrayList<>();
        List<Row> mid = new ArrayList<>();
        int indicatorWidth = -1;
        int indicatorLead = 0;
        int goalMid = -1;
        int goalAnnual = -1;
        String goalLabel = null;
        int[] fundColumns = null;
        for (Row r : rows) {
            if (!r.table()) {
                annual.add(r);
                mid.add(r);
                indicatorWidth = -1;
                continue;
            }
            List<Cell> cells = r.cells();
            int lead = lead(cells);
            int half = doubledHeader(cells, lead);
            if (half > 0) {
                indicatorWidth = cells.size();
                indicatorLead = lead;
                annual.add(slice(r, lead + half, cells.size(), null));
                mid.add(slice(r, lead, lead + half, null));
                goalMid = -1;
                continue;
            }
            if (printedLines && indicatorWidth < 0 && headingWords(cells) >= 3) {
                // the doubled header as the engine printed it: pieces of heading words run
                // together or split (`一级指标 | 级指标 | 值 | … | 三级指标值`), not two equal halves
                indicatorWidth = cells.size();
                indicatorLead = 0;
            }
            if (printedLines && indicatorWidth > 0) {
                // a printed line under the doubled header: both periods' cells, as many pieces as
                // the engine saw; cut where the line prints the same cells twice, else both keep it
                int k = printedTwice(cells);
                annual.add(k > 0 ? slice(r, k, cells.size(), null) : r);
                mid.add(k > 0 ? slice(r, 0, k, null) : r);
                continue;
            }
            if (indicatorWidth > 0 && cells.size() == indicatorWidth) {
                int h = (indicatorWidth - indicatorLead) / 2;
                annual.add(slice(r, indicatorLead + h, indicatorWidth, null));
                mid.add(slice(r, indicatorLead, indicatorLead + h, null));
                continue;
            }
            indicatorWidth = -1;
            int gm = indexOf(cells, "中期");
            int ga = indexOfGoal(cells);
            if (gm >= 0 && ga >= 0 && isGoalsHeader(cells)) {
                goalMid = gm;
                goalAnnual = ga;
                // the block's label is a cell before both periods' columns (总体目标 | 中期目标 | 年度目标)
                goalLabel = Math.min(gm, ga) > 0 && !cells.get(0).isEmpty() ? cells.get(0).text() : "总体目标";
                continue;
            }
            if (goalMid >= 0) {
                if (cells.size() > Math.max(goalMid, goalAnnual) && !hasFundingLabel(cells) && !endsGoals(r)) {
                    Cell label = new Cell(goalLabel, cells.get(0).at());
                    annual.add(new Row(List.of(label, cells.get(goalAnnual)), true, r.at()));
                    mid.add(new Row(List.of(label, cells.get(goalMid)), true, r.at()));
                    continue;
                }
                List<Cell> filled = HeaderBlock.nonEmpty(r);
                if (filled.size() == 2 && !hasFundingLabel(cells) && !endsGoals(r)
                        && filled.stream().noneMatch(c -> Vocabulary.isGoalsLabel(c.text()) || Vocabulary.isHeaderLabel(c.text())
                        || MoneyVocabulary.isFundingLabel(c.text()) || MoneyVocabulary.isMoneyLabel(c.text()))) {
                    // the two periods' goals as two cells of a row narrower than the heading (space-aligned
                    // text leaves out the empty label column): in the heading's order
                    Cell label = new Cell(goalLabel, filled.get(0).at());
                    boolean midFirst = goalMid < goalAnnual;
                    annual.add(new Row(List.of(label, filled.get(midFirst ? 1 : 0)), true, r.at()));
                    mid.add(new Row(List.of(label, filled.get(midFirst ? 0 : 1)), true, r.at()));
                    continue;
                }
                int cut = filled.size() == 1 && !hasFundingLabel(cells) ? numberingRestarts(filled.get(0).text()) : -1;
                if (cut > 0) {
                    // both periods' goals run into one cell (space-aligned text): cut where the
                    // numbering starts again (目标1：… 目标1：…)
                    Cell only = filled.get(0);
                    Cell label = new Cell(goalLabel, only.at());
                    Cell first = new Cell(only.text().substring(0, cut).strip(), only.at());
                    Cell second = new Cell(only.text().substring(cut).strip(), only.at());
                    boolean midFirst = goalMid < goalAnnual;
                    annual.add(new Row(List.of(label, midFirst ? second : first), true, r.at()));
                    mid.add(new Row(List.of(label, midFirst ? first : second), true, r.at()));
                    continue;
                }
                goalMid = -1;
            }
            if (fundColumns != null) {
                Row[] both = fundingByColumn(r, fundColumns);
                if (both != null) {
                    annual.add(both[1]);
                    mid.add(both[0]);
                    continue;
                }
                fundColumns = null;
            }
            int[] pairs = fundingPairs(cells);
            if (pairs != null) {
                Cell rowLabel = pairs[0] == 1 ? cells.get(0) : null;
                annual.add(pair(r, rowLabel, pairs[2], pairs[4]));
                mid.add(pair(r, rowLabel, pairs[1], pairs[3]));
                continue;
            }
            int[] heads = fundingColumnHeads(cells);
            if (heads != null) {
                // 项目资金（万元） |  | 中期资金总额 |  | 年度资金总额: the periods as columns, amounts below
                fundColumns = heads;
                Row label = slice(r, 0, Math.min(heads[0], heads[1]), null);
                annual.add(label);
                mid.add(label);
                continue;
            }
            annual.add(r);
            mid.add(r);
        }
        return new Split(annual, mid);
    }

    /**
     * A row that ends the goals block even when it is as wide as the goal columns: the indicator
     * heading (绩效指标 | 一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值, the central template's one
     * heading with both periods' values) or a row holding a level-1 category label.
     */
    private static boolean endsGoals(Row r) {
        if (Recovery.isIndicatorHeading(r)) {
            return true;
        }
        for (Cell c : r.cells()) {
            Vocabulary.Category cat = c.isEmpty() ? null : Vocabulary.category(c.text());
            if (cat != null && cat.level() == Vocabulary.Level.L1) {
                return true;
            }
        }
        return false;
    }

    private static final LazyPattern FIRST_NUMBER =
            new LazyPattern("^(目标\\s*[1一]|1\\s*[、.．]|[(（]\\s*[1一]\\s*[)）])");

    /**
     * Where a text whose goals are numbered from 1 starts its numbering again (the second period's
     * goals printed after the first's), or -1: the same first number after white space or the end
     * of a sentence.
     */
    static int numberingRestarts(String text) {
        java.util.regex.Matcher m = FIRST_NUMBER.get().matcher(text);
        if (!m.find()) {
            return -1;
        }
        String first = m.group(1);
        int at = text.indexOf(first, first.length());
        while (at > 0) {
            char before = text.charAt(at - 1);
            int after = at + first.length();
            boolean longer = after < text.length() && Character.isDigit(text.charAt(after)); // 目标10
            if (!longer && (Character.isWhitespace(before) || "。；;.！!".indexOf(before) >= 0)) {
                return at;
            }
            at = text.indexOf(first, at + 1);
        }
        return -1;
    }

    /** Whether the rows carry a marker of two periods. */
    static boolean isTwoPeriod(List<Row> rows) {
        for (Row r : rows) {
            if (!r.table()) {
                continue;
            }
            List<Cell> cells = r.cells();
            if (doubledHeader(cells, lead(cells)) > 0) {
                return true;
            }
            if (indexOf(cells, "中期") >= 0 && indexOfGoal(cells) >= 0 && isGoalsHeader(cells)) {
                return true;
            }
            if (fundingPairs(cells) != null && indexOf(cells, "中期资金") >= 0 || fundingColumnHeads(cells) != null) {
                return true;
            }
        }
        return false;
    }

    /** How alike the two halves of a printed line must be (characters in common over both). */
    static final double TWICE = 0.6;

    /**
     * Where a printed line of a two-period table starts its second period: the cut {@code k} (1 to
     * n-1) whose pieces before and after read most alike, when they share at least {@link #TWICE}
     * of their characters (a longest common subsequence, as difflib's ratio); else -1. Both periods
     * print the same names and usually the same values, and the engine cuts each half into pieces
     * of its own, so the cut is found from the text, not from a count of cells.
     */
    static int printedTwice(List<Cell> cells) {
        int n = cells.size();
        int best = -1;
        double bestRatio = TWICE;
        for (int k = 1; k < n; k++) {
            String a = joined(cells, 0, k);
            String b = joined(cells, k, n);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            double r = 2.0 * common(a, b) / (a.length() + b.length());
            if (r >= bestRatio) {
                bestRatio = r;
                best = k;
            }
        }
        return best;
    }

    /** The cells that hold an indicator heading word (…级指标, 指标值). */
    private static int headingWords(List<Cell> cells) {
        int n = 0;
        for (Cell c : cells) {
            String k = key(c.text());
            n += k.contains("级指标") || k.startsWith("指标值") ? 1 : 0;
        }
        return n;
    }

    private static String joined(List<Cell> cells, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(Text.key(cells.get(i).text()));
        }
        return b.toString();
    }

    /** The length of the longest common subsequence of a and b. */
    private static int common(String a, String b) {
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
        return prev[b.length()];
    }

    /** The size of the first half when the cells from {@code from} on are an indicator header printed twice, else -1. */
    private static int doubledHeader(List<Cell> cells, int from) {
        int n = cells.size() - from; // the cells from index from on (no sublist made per row)
        if (n < 4 || n % 2 != 0) {
            return -1;
        }
        int half = n / 2;
        int hits = 0;
        for (int i = from; i < from + half; i++) {
            String a = key(cells.get(i).text());
            if (!a.equals(key(cells.get(i + half).text()))) {
                return -1;
            }
            hits += HEADER.contains(a) ? 1 : 0;
        }
        return hits >= 2 ? half : -1;
    }

    private static int indexOf(List<Cell> cells, String prefix) {
        for (int i = 0; i < cells.size(); i++) {
            if (key(cells.get(i).text()).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfGoal(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String k = key(cells.get(i).text());
            if (k.startsWith("年度目标") || k.startsWith("年度绩效目标")) {
                return i;
            }
        }
        return -1;
    }

    /** A goals header: every cell is a goal label (总体目标, 中期目标…, 年度目标) or empty. */
    private static boolean isGoalsHeader(List<Cell> cells) {
        for (Cell c : cells) {
            String k = key(c.text());
            if (!(k.isEmpty() || k.startsWith("中期目标") || k.startsWith("年度目标") || k.startsWith("年度绩效目标")
                    || k.equals("总体目标") || k.equals("绩效目标"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFundingLabel(String text) {
        String k = key(text);
        return k.contains("资金") || k.contains("拨款") || k.contains("金额") || k.contains("结转");
    }

    private static boolean hasFundingLabel(List<Cell> cells) {
        return cells.stream().anyMatch(c -> isFundingLabel(c.text()) && !key(c.text()).startsWith("项目资金"));
    }

    /**
     * A funding row with two label/amount pairs: {rowLabelCells (0 or 1), first label index, second
     * label index, first amount index, second amount index}, else null. Beside the compact forms
     * ({@code rowLabel | label | amount | label | amount} or without the row label) the pairs may be
     * padded by the empty cells of spanned columns ({@code 项目资金 | 中期资金总额： | 11.25万元 |  |  |
     * 年度资金总额： | 3.75万元 |  | }): then each label's amount is the one filled cell after it (or
     * the cell right after it when none is filled).
     */
    private static int[] fundingPairs(List<Cell> cells) {
        int n = cells.size();
        int off;
        if (n == 5) {
            off = 1;
        } else if (n == 4) {
            off = 0;
        } else {
            return paddedFundingPairs(cells);
        }
        String a = cells.get(off).text();
        String b = cells.get(off + 2).text();
        if (!isFundingLabel(a) || !isFundingLabel(b) || key(cells.get(off).text()).startsWith("项目资金")) {
            return null;
        }
        return new int[] {off, off, off + 2, off + 1, off + 3};
    }

    private static int[] paddedFundingPairs(List<Cell> cells) {
        int a = -1; // the first two funding labels, counted (no list: most rows have none)
        int b = -1;
        int labels = 0;
        for (int i = 0; i < cells.size() && labels <= 2; i++) {
            String t = cells.get(i).text();
            if (!cells.get(i).isEmpty() && isFundingLabel(t) && !key(t).startsWith("项目资金")) {
                if (labels == 0) {
                    a = i;
                } else if (labels == 1) {
                    b = i;
                }
                labels++;
            }
        }
        if (labels != 2 || a > 1 || b + 1 >= cells.size()) {
            return null;
        }
        int amountA = filledIn(cells, a + 1, b);
        int amountB = filledIn(cells, b + 1, cells.size());
        if (amountA < 0 || amountB < 0 || amountA >= b) {
            return null;
        }
        return new int[] {a, a, b, amountA, amountB};
    }

    /** The one filled cell in [from, to), {@code from} when none is filled, -1 when several are. */
    private static int filledIn(List<Cell> cells, int from, int to) {
        int found = -1;
        for (int i = from; i < to; i++) {
            if (!cells.get(i).isEmpty()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found >= 0 ? found : from;
    }

    /**
     * 1 when the cells are a doubled indicator header (or row) after one cell that labels the whole
     * block ({@code 绩效指标 | 一级指标 … 指标值 | 一级指标 … 指标值}, a rowspan printed as a cell), else 0.
     */
    private static int lead(List<Cell> cells) {
        int n = cells.size();
        if (n >= 5 && n % 2 == 1 && !HEADER.contains(key(cells.get(0).text()))) {
            return 1;
        }
        return 0;
    }

    private static Row pair(Row r, Cell rowLabel, int label, int amount) {
        List<Cell> out = new ArrayList<>();
        if (rowLabel != null) {
            out.add(rowLabel);
        }
        out.add(r.cells().get(label));
        out.add(r.cells().get(amount));
        return new Row(out, true, r.at());
    }

    private static Row slice(Row r, int from, int to, Cell first) {
        List<Cell> out = new ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        out.addAll(r.cells().subList(from, to));
        return new Row(out, true, r.at());
    }

    /**
     * @param annual  the sheet recovered from {@link Split#annual()}
     * @param midTerm the sheet recovered from {@link Split#midTerm()}
     * @return the annual sheet with the mid-term values, amounts and goals added
     */
    static Sheet merge(Sheet annual, Sheet midTerm) {
        List<Diagnostic> diags = new ArrayList<>(annual.diagnostics());
        List<Indicator> a = annual.indicators();
        List<Indicator> m = midTerm.indicators();
        List<Indicator> merged = new ArrayList<>();
        Map<String, List<Indicator>> byName = new HashMap<>();
        for (Indicator i : m) {
            byName.computeIfAbsent(key(i.name()), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < a.size(); i++) {
            Indicator x = a.get(i);
            Indicator y = null;
            if (a.size() == m.size()) {
                y = m.get(i);
            } else {
                List<Indicator> same = byName.get(key(x.name()));
                if (same != null && !same.isEmpty()) {
                    y = same.remove(0);
                }
            }
            if (y == null && x.midTermValue() == null) {
                diags.add(new Diagnostic("mid-term-missing", "no 中期 value found for " + x.name(), x.locator()));
            }
            String level1 = x.level1();
            String level2 = x.level2();
            if (y != null && level1 == null && level2 == null && (y.level1() != null || y.level2() != null)
                    && key(x.name()).equals(key(y.name()))) {
                // the two halves list the same indicators: a merged label the print gave one half only is the row's
                level1 = y.level1();
                level2 = y.level2();
                diags.add(new Diagnostic("level-from-mid-term", "levels " + y.level1() + "/" + y.level2()
                        + " taken from the 中期 half's row of the same name, printed there only", x.locator()));
            }
            merged.add(new Indicator(level1, level2, x.name(), x.value(), x.target(),
                    x.midTermValue() != null ? x.midTermValue() : y == null ? null : y.value(), x.description(), x.basis(), x.actual(), x.actualParsed(), x.met(),
                    x.note(), x.weight(), x.score(), x.direction(), x.locator()));
        }
        List<FundingItem> fa = annual.funding().items();
        List<FundingItem> fm = midTerm.funding().items();
        List<FundingItem> items = new ArrayList<>();
        for (int i = 0; i < fa.size(); i++) {
            FundingItem x = fa.get(i);
            FundingItem y = null;
            if (fa.size() == fm.size()) {
                y = fm.get(i);
            } else {
                for (FundingItem c : fm) {
                    if (fundingKey(c.label()).equals(fundingKey(x.label()))) {
                        y = c;
                        break;
                    }
                }
            }
            items.add(new FundingItem(x.label(), x.amount(), y == null ? null : y.amount(), x.budget(), x.executed(),
                    x.rate()));
        }
        Funding funding = new Funding(annual.funding().unit() != null ? annual.funding().unit() : midTerm.funding().unit(),
                items);
        List<String> remnants = new ArrayList<>(annual.remnants());
        for (String s : midTerm.remnants()) {
            if (!remnants.contains(s)) {
                remnants.add(s);
            }
        }
        return new Sheet(annual.source(), annual.locator(), annual.kind(), annual.title(), annual.year(),
                annual.project(), annual.region(), annual.parties(), annual.attributes(), funding,
                annual.spendingPlan(), annual.goals(), midTerm.goals(), merged, remnants, diags);
    }

    private static final LazyPattern AMOUNT =
            new LazyPattern("[-+]?[0-9][0-9,]*(?:\\.[0-9]+)?(?:万元|元|亿元)?");

    private static boolean isAmount(Cell c) {
        return Rx.matches(AMOUNT.get(), Text.key(c.text()));
    }

    /**
     * {mid-term column, annual column} when the cells are the money block's period headings, one
     * cell starting 中期资金 and one starting 年度资金, no amount among them (the central
     * template's 项目资金（万元） |  | 中期资金总额 |  | 年度资金总额); else null.
     */
    static int[] fundingColumnHeads(List<Cell> cells) {
        if (fundingPairs(cells) != null) {
            return null; // 中期资金总额 |  |  | 年度资金总额 |  : two labels with their (empty) amounts
        }
        int m = indexOf(cells, "中期资金");
        int a = indexOf(cells, "年度资金");
        if (m < 0 || a < 0) {
            return null;
        }
        for (Cell c : cells) {
            if (isAmount(c)) {
                return null;
            }
        }
        return new int[] {m, a};
    }

    /**
     * A money row under period headings ({@link #fundingColumnHeads}), as {mid-term row, annual
     * row}, each its label and that period's amount; null when the row is not a label followed by
     * one or two amounts. Two amounts go to the periods in the headings' order, one amount to the
     * period whose heading column is nearer.
     */
    private static Row[] fundingByColumn(Row r, int[] heads) {
        List<Cell> cells = r.cells();
        int label = -1;
        List<Integer> amounts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            if (isAmount(c)) {
                if (label < 0) {
                    return null;
                }
                amounts.add(i);
            } else if (label < 0 && isFundingLabel(c.text())) {
                label = i;
            } else {
                return null;
            }
        }
        if (label < 0 || amounts.isEmpty() || amounts.size() > 2) {
            return null;
        }
        Cell l = cells.get(label);
        boolean midLeft = heads[0] < heads[1];
        Row midRow;
        Row annualRow;
        if (amounts.size() == 2) {
            int left = amounts.get(0);
            int right = amounts.get(1);
            midRow = new Row(List.of(l, cells.get(midLeft ? left : right)), true, r.at());
            annualRow = new Row(List.of(l, cells.get(midLeft ? right : left)), true, r.at());
        } else {
            int at = amounts.get(0);
            boolean toMid = Math.abs(at - heads[0]) < Math.abs(at - heads[1]);
            midRow = toMid ? new Row(List.of(l, cells.get(at)), true, r.at()) : new Row(List.of(l), true, r.at());
            annualRow = toMid ? new Row(List.of(l), true, r.at()) : new Row(List.of(l, cells.get(at)), true, r.at());
        }
        return new Row[] {midRow, annualRow};
    }

    /** A funding label without its period: 中期资金总额 and 年度资金总额 are the same line. */
    private static String fundingKey(String label) {
        return key(label).replaceFirst("^其中[:：]?", "").replaceFirst("^(中期|年度)", "");
    }
}
