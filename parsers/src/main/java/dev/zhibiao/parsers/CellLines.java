package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.MoneyVocabulary;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word processor's text export that writes every table cell on a line of its own and nothing
 * between rows: LibreOffice's Text filter ({@code soffice --convert-to txt} of a .docx, .doc or
 * .wps), and editors that copy a table the same way. An empty cell is an empty line, so is a cell
 * covered by a merged cell above it (产出指标 printed once, empty lines under it), and a cell merged
 * across columns is printed once in every row. So each row of a table is a run of as many lines as
 * its heading row prints cells.
 *
 * <p>The indicator table is found by its heading row printed one word a line (three or more words
 * that name columns, among them the name or a level and the value: {@link
 * Vocabulary#isHeadingOfItsOwnWords}); its {@code n} words make the rows below it runs of {@code n}
 * lines. The table ends at the first run whose level columns hold neither a level label nor
 * nothing (a total row, the next sheet's title, a footer). Whether the text is this export and
 * not blocks of cells separated by blank lines ({@link CellPerLineReader}'s plainer form) is decided
 * by the level labels under the heading: here they fall on the heading's level columns run after
 * run; in blocks each row's blank line puts them one line later every row.
 *
 * <p>Around the table (the header above it, what follows it) the rows are not of one width, so
 * rows are cut at labels: a known header label ({@code 项目名称}), a money row label ({@code
 * 年度资金总额}) or a goals label starts a row and the lines after it are its cells; a label that
 * follows only labels joins them (the money block's column headings {@code 年初预算数 | 全年预算数});
 * empty lines are dropped there; a title or year line is a line of prose.
 */
final class CellLines {
    private CellLines() {
    }

    /** A sheet title line (…绩效目标表, …绩效自评表, …监控表). */
    private static final Pattern TITLE = Pattern.compile("绩效(?:目标|自评|评价|监控|运行监控)[^。；;，,]{0,12}表");
    /** A year line such as {@code 2020年度} or {@code （2023年）}. */
    private static final Pattern YEAR = Pattern.compile("^[(（]?\\s*(?:19|20)\\d{2}\\s*年度?\\s*[)）]?$");
    /** Runs checked under a heading to tell this export from blocks separated by blank lines. */
    private static final int RUNS_CHECKED = 8;

    /**
     * Whether the lines are this export: some indicator heading row printed one word a line whose
     * level labels below fall on its level columns run after run.
     *
     * @param lines the document's lines
     * @return true for cell lines without row breaks
     */
    static boolean looksLike(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            int n = headingAt(lines, i);
            if (n > 0) {
                if (tableAt(lines, i, n) > 0) {
                    return true;
                }
                i += n - 1;
            }
        }
        return false;
    }

    /**
     * The width of the heading row at {@code i} whose known words are {@code n} lines, when the runs below
     * are its rows, else 0. Up to three heading words the vocabulary does not know may follow the known
     * ones ({@code 完成目标可能性} after {@code 偏差原因分析}): they are the row's when the rows below
     * only line up with them.
     */
    private static int tableAt(String[] lines, int i, int n) {
        for (int e = 0; e <= 3 && i + n + e <= lines.length; e++) {
            if (e > 0 && !isUnknownHeading(lines[i + n + e - 1])) {
                return 0;
            }
            if (aligned(lines, i, n + e)) {
                return n + e;
            }
        }
        return 0;
    }

    /** A heading the vocabulary does not know: a short phrase, no number, mark or level label. */
    private static boolean isUnknownHeading(String line) {
        String k = Text.key(line);
        return k.length() >= 2 && k.length() <= 10 && k.codePoints().allMatch(Character::isLetter)
                && !Vocabulary.isLevel1Label(k) && !Vocabulary.isLevel2Label(k) && !Labelled.startsRow(line.strip());
    }

    /**
     * Whether a text may be this export, by one pass without splitting it: two lines in a row that are
     * each a heading word alone ({@code 一级指标} / {@code 二级指标}). Asked by detection before {@link
     * #looksLike}, so that a text without such lines is not split into lines twice.
     *
     * @param text a document's text
     * @return false when it cannot be this export
     */
    static boolean mayHold(String text) {
        int n = text.length();
        int from = 0;
        boolean previous = false;
        while (from < n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            int a = from;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            boolean word = b - a >= 2 && b - a <= 12 && Vocabulary.column(text.substring(a, b)) != null;
            if (word && previous) {
                return true;
            }
            previous = word;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return false;
    }

    /**
     * The rows of the export.
     *
     * @param lines the document's lines
     * @return rows: tables cut into runs of their heading's width, the rest cut at labels
     */
    static List<Row> read(String[] lines) {
        List<Row> rows = new ArrayList<>();
        Labelled outside = new Labelled(rows);
        // the next non-blank line after each line, found in one pass (not a scan per line over blank runs)
        int[] nextFilled = new int[lines.length + 1];
        nextFilled[lines.length] = lines.length;
        for (int k = lines.length - 1; k >= 0; k--) {
            nextFilled[k] = lines[k].isBlank() ? nextFilled[k + 1] : k;
        }
        int i = 0;
        while (i < lines.length) {
            int n = headingAt(lines, i);
            n = n > 0 ? tableAt(lines, i, n) : 0;
            if (n > 0) {
                outside.flush();
                List<String> heading = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    heading.add(lines[i + k].strip());
                }
                int[] levels = levelColumns(heading);
                int w2 = subHeadingWidth(lines, i + n, n, levels);
                if (w2 > 0) {
                    // a heading of two rows: cells spanning columns over a second row naming each column
                    rows.add(spannedHeading(lines, i, n, w2));
                    rows.add(row(lines, i + n, w2));
                    i += n + w2;
                    n = w2;
                } else {
                    rows.add(row(lines, i, n));
                    i += n;
                }
                while (i + n <= lines.length && fits(lines, i, levels, false)) {
                    int w = width(lines, i, n, levels);
                    Row r = row(lines, i, w);
                    if (!r.isEmpty()) {
                        rows.add(r);
                    }
                    i += w;
                }
                if (i < lines.length && isTotal(lines[i])) {
                    // the total row (总分 | 100 | 97.7), its cells merged across columns: up to the next label
                    int end = i + 1;
                    while (end < lines.length && end < i + n && !TITLE.matcher(lines[end]).find()
                            && !Labelled.startsRow(lines[end].strip()) && !Labelled.isColumnLabel(lines[end].strip())) {
                        end++;
                    }
                    rows.add(row(lines, i, end - i));
                    i = end;
                }
                continue;
            }
            int next = nextFilled[i + 1];
            outside.take(lines[i], i + 1, next < lines.length ? lines[next].strip() : "");
            i++;
        }
        outside.flush();
        return rows;
    }

    /**
     * The width of an indicator heading row printed one word a line from line {@code i}, or 0; a
     * row-number column's heading (序号) before the words is the row's first cell.
     */
    static int headingAt(String[] lines, int i) {
        if (isSequenceHeading(lines[i]) && i + 1 < lines.length) {
            int n = wordsAt(lines, i + 1);
            return n > 0 ? n + 1 : 0;
        }
        return wordsAt(lines, i);
    }

    private static int wordsAt(String[] lines, int i) {
        if (!isWord(lines[i]) || i > 0 && isWord(lines[i - 1])) {
            return 0; // not a heading word, or not the run's first
        }
        List<String> words = new ArrayList<>();
        int k = i;
        while (k < lines.length && isWord(lines[k])) {
            words.add(lines[k].strip());
            k++;
        }
        boolean named = false;
        boolean value = false;
        for (String w : words) {
            Vocabulary.Column c = Vocabulary.column(w);
            // 绩效指标 | 指标内容 | 指标值: the leading column holds both levels (产出指标—数量指标)
            named |= c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2 || c == Vocabulary.Column.NAME
                    || c == Vocabulary.Column.LEAD;
            value |= c == Vocabulary.Column.VALUE || c == Vocabulary.Column.MID_VALUE;
        }
        return words.size() >= 3 && named && value ? words.size() : 0;
    }

    /** A heading word on a line of its own: short, naming a column (a sentence holding 依据 names none). */
    private static boolean isWord(String line) {
        return !line.isBlank() && Text.key(line).length() <= 12 && Vocabulary.column(line.strip()) != null;
    }

    /** A row-number column's heading (序号), which names no column of the model. */
    static boolean isSequenceHeading(String line) {
        return Vocabulary.isRowNumberHeading(line);
    }

    /** The heading's level-1 and level-2 columns (-1 where it has none). */
    private static int[] levelColumns(List<String> heading) {
        int l1 = -1;
        int l2 = -1;
        for (int k = 0; k < heading.size(); k++) {
            Vocabulary.Column c = Vocabulary.column(heading.get(k));
            if (c == Vocabulary.Column.L1 && l1 < 0) {
                l1 = k;
            } else if (c == Vocabulary.Column.L2 && l2 < 0) {
                l2 = k;
            }
        }
        if (l1 < 0 && l2 < 0 && !heading.isEmpty() && Vocabulary.column(heading.get(0)) == Vocabulary.Column.LEAD) {
            l1 = 0; // its cells: both levels joined (产出指标—数量指标)
        }
        return new int[] {l1, l2};
    }

    /** A level-1 label, or both levels joined in one cell (产出指标—数量指标). */
    private static boolean isLevel1(String t) {
        return Vocabulary.isLevel1Label(t) || Vocabulary.isJoinedLevels(t);
    }

    /**
     * Whether the runs under the heading at {@code i} ({@code n} words) are its rows: walked as
     * {@link #read} walks them, two runs at least put level labels on the heading's level columns.
     * Blocks separated by blank lines do not: each row's blank line puts the labels a line later.
     */
    private static boolean aligned(String[] lines, int i, int n) {
        List<String> heading = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            heading.add(lines[i + k].strip());
        }
        int[] levels = levelColumns(heading);
        if (levels[0] < 0 && levels[1] < 0) {
            return false;
        }
        int labelled = 0;
        int p = i + n;
        int w2 = subHeadingWidth(lines, p, n, levels);
        if (w2 > 0) {
            p += w2;
            n = w2;
        }
        for (int run = 0; run < RUNS_CHECKED && p + n <= lines.length && fits(lines, p, levels, false); run++) {
            if (fits(lines, p, levels, true)) {
                labelled++;
            }
            p += width(lines, p, n, levels);
        }
        return labelled >= 2;
    }

    /**
     * The number of lines of the row at {@code i}: the heading's width {@code n}, or one or two fewer
     * where a cell merged across columns printed once makes the row short (指标值 over 数值 | 计量单位):
     * the next row then starts earlier, its level columns holding labels where the run after
     * {@code n} lines holds none.
     */
    private static int width(String[] lines, int i, int n, int[] levels) {
        for (int w = 1; w < n && i + w < lines.length; w++) {
            if (TITLE.matcher(lines[i + w]).find()) {
                return w; // the next sheet's title ends the table, whatever the last row's width
            }
        }
        for (int w = n - 1; w >= n - 2 && w > levels[0] && w > levels[1]; w--) {
            if (i + w < lines.length && isTotal(lines[i + w])) {
                return w; // the last row, short, then the total row
            }
        }
        if (i + 2 * n > lines.length || fits(lines, i + n, levels, false)) {
            return n;
        }
        for (int w = n - 1; w >= n - 2 && w > levels[0] && w > levels[1]; w--) {
            if (fits(lines, i + w, levels, true)) {
                return w;
            }
        }
        return n;
    }

    /** A choice or part named in a second heading row: a short word, no number, not a tick or a level label. */
    private static boolean isSubHeading(String line) {
        String k = Text.key(line);
        return !k.isEmpty() && k.length() <= 8 && k.chars().noneMatch(Character::isDigit) && "√✓✔☑●".indexOf(k.charAt(0)) < 0
                && !Vocabulary.isLevel1Label(k) && !Vocabulary.isLevel2Label(k);
    }

    /**
     * The width of a second heading row printed after a heading of {@code n} words at {@code p}, or 0 when
     * none is: under the heading cells that span rows an empty line each, under those that span columns a
     * word for each column ({@code 偏差原因分析} over {@code 经费保障 | 制度保障 | 人员保障 | 其他}). The row
     * is {@code k} empty lines and {@code m} words, {@code k < n} headings not spanning columns (the level
     * columns among them, empty) and the other {@code n - k} over two words at least each; the rows
     * below are then {@code k + m} lines wide, the first of them labelled.
     */
    private static int subHeadingWidth(String[] lines, int p, int n, int[] levels) {
        int empty = 0;
        int words = 0;
        for (int w = 1; w <= 3 * n && p + w <= lines.length; w++) {
            String t = lines[p + w - 1];
            if (t.isBlank()) {
                empty++;
            } else if (isSubHeading(t)) {
                words++;
            } else {
                return 0;
            }
            if (w > n && empty >= 1 && empty < n && words >= 2 * (n - empty) && p + 2 * w <= lines.length
                    && (levels[0] < 0 || lines[p + levels[0]].isBlank()) && (levels[1] < 0 || lines[p + levels[1]].isBlank())
                    && fits(lines, p + w, levels, true)) {
                return w;
            }
        }
        return 0;
    }

    /**
     * The first heading row widened to the second's {@code w} columns: a heading word over each empty line
     * of the second row, and one over each run of its words, the rest of the run empty (a merged cell as
     * the other readers give it). Where one run stands under several spanning words, the run is cut where
     * the words share the most characters with the heading over them ({@code 完成目标可能性} over
     * {@code 确定能 | 有可能 | 完全不可能}), evenly when nothing tells.
     */
    private static Row spannedHeading(String[] lines, int i, int n, int w) {
        int p = i + n;
        int k = 0;
        for (int c = 0; c < w; c++) {
            k += lines[p + c].isBlank() ? 1 : 0;
        }
        List<int[]> runs = new ArrayList<>(); // runs of words: first column, last column
        for (int c = 0; c < w; c++) {
            if (!lines[p + c].isBlank() && (c == 0 || lines[p + c - 1].isBlank())) {
                int e = c;
                while (e + 1 < w && !lines[p + e + 1].isBlank()) {
                    e++;
                }
                runs.add(new int[] {c, e});
            }
        }
        // heading words in order: one per empty line, the spanning ones shared among the runs, in order
        int spanning = n - k;
        int extra = spanning - runs.size(); // runs holding more than one spanning word, from the last run back
        Cell[] cells = new Cell[w];
        int word = 0;
        int r = 0;
        for (int c = 0; c < w; ) {
            if (lines[p + c].isBlank() || r >= runs.size() || runs.get(r)[0] != c) {
                cells[c] = word < n ? cell(lines, i + word, c) : new Cell("", new Locator(p + c + 1, c + 1, null));
                word++;
                c++;
                continue;
            }
            int[] run = runs.get(r++);
            int parts = 1 + Math.max(0, Math.min(extra, run[1] - run[0]));
            extra -= parts - 1;
            int[] cuts = cuts(lines, i + word, parts, p, run);
            for (int q = 0; q < parts; q++) {
                int from = cuts[q];
                int to = q + 1 < parts ? cuts[q + 1] : run[1] + 1;
                cells[from] = word < n ? cell(lines, i + word, from) : new Cell("", new Locator(p + from + 1, from + 1, null));
                word++;
                for (int c2 = from + 1; c2 < to; c2++) {
                    cells[c2] = new Cell("", new Locator(i + 1, c2 + 1, null));
                }
            }
            c = run[1] + 1;
        }
        return new Row(List.of(cells), true, new Locator(i + 1, null, null));
    }

    private static Cell cell(String[] lines, int line, int column) {
        return new Cell(lines[line].strip(), new Locator(line + 1, column + 1, null));
    }

    /**
     * The first column of each of {@code parts} spanning headings (lines {@code h…}) over one run of
     * second-row words: the cut whose words share the most characters with their heading, evenly on a tie.
     */
    private static int[] cuts(String[] lines, int h, int parts, int p, int[] run) {
        int len = run[1] - run[0] + 1;
        int[] best = new int[parts];
        for (int q = 0; q < parts; q++) {
            best[q] = run[0] + q * len / parts;
        }
        if (parts == 1) {
            return best;
        }
        int bestScore = score(lines, h, p, best, run);
        int[] cur = new int[parts];
        cur[0] = run[0];
        if (parts == 2) { // two spanning headings over one run: the commonest case, every cut tried
            for (int cut = run[0] + 1; cut <= run[1]; cut++) {
                cur[1] = cut;
                int sc = score(lines, h, p, cur, run);
                if (sc > bestScore) {
                    bestScore = sc;
                    best = cur.clone();
                }
            }
        }
        return best;
    }

    /**
     * How well a cut fits: each word counts the characters it shares with its own heading less those it
     * shares with the other headings; then, a little, each word sharing nothing with its own heading
     * while that heading shares characters with some word of the run (like goes with like: 其他 stays
     * with 偏差原因分析, which shares nothing with any, rather than join 完成目标可能性).
     */
    private static int score(String[] lines, int h, int p, int[] cuts, int[] run) {
        int total = 0;
        for (int q = 0; q < cuts.length; q++) {
            String head = Text.key(lines[h + q]);
            int to = q + 1 < cuts.length ? cuts[q + 1] : run[1] + 1;
            boolean claims = false;
            for (int c = run[0]; c <= run[1] && !claims; c++) {
                claims = shared(head, Text.key(lines[p + c])) > 0;
            }
            for (int c = cuts[q]; c < to; c++) {
                String sub = Text.key(lines[p + c]);
                int own = shared(head, sub);
                total += 1000 * own;
                for (int o = 0; o < cuts.length; o++) {
                    total -= o == q ? 0 : 1000 * shared(Text.key(lines[h + o]), sub);
                }
                total -= own == 0 && claims ? 1 : 0;
            }
        }
        return total;
    }

    /** The characters of {@code sub} found in {@code head}. */
    private static int shared(String head, String sub) {
        int n = 0;
        for (int x = 0; x < sub.length(); x++) {
            n += head.indexOf(sub.charAt(x)) >= 0 ? 1 : 0;
        }
        return n;
    }

    /** A total row's label: 总分, 合计, 总计, 得分合计. */
    private static final Pattern TOTAL = Pattern.compile("^(?:总分|合计|总计|得分合计|综合得分|自评总分)$");

    private static boolean isTotal(String line) {
        return TOTAL.matcher(Text.key(line)).matches();
    }

    /**
     * Whether the run at {@code i} is a row of the table: its level columns hold a level label or
     * nothing ({@code labelled}: a label in one of them at least).
     */
    private static boolean fits(String[] lines, int i, int[] levels, boolean labelled) {
        if (i < 0 || i >= lines.length) {
            return false;
        }
        boolean label = false;
        // a level-1 label lets the level-2 column hold a category the vocabulary does not know (政策知晓率)
        boolean level1 = levels[0] >= 0 && i + levels[0] < lines.length && isLevel1(lines[i + levels[0]].strip());
        for (int col : levels) {
            if (col < 0) {
                continue;
            }
            if (i + col >= lines.length) {
                return false;
            }
            String t = lines[i + col].strip();
            boolean fitting = col == levels[0] ? isLevel1(t)
                    : Vocabulary.isLevel2Label(t) || level1 && Text.key(t).length() <= 12 && !Vocabulary.isLevel1Label(t);
            if (!t.isEmpty() && !fitting) {
                return false;
            }
            label |= !t.isEmpty();
        }
        if (labelled && !label) {
            return false;
        }
        String first = lines[i].strip();
        return !TITLE.matcher(first).find() && !Vocabulary.isKnownHeaderLabel(first);
    }

    /** The {@code n} lines from {@code i} as one table row, an empty line an empty cell. */
    private static Row row(String[] lines, int i, int n) {
        List<Cell> cells = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cells.add(new Cell(lines[i + k].strip(), new Locator(i + k + 1, k + 1, null)));
        }
        return new Row(cells, true, new Locator(i + 1, null, null));
    }

    /** Lines outside tables cut into rows at labels. */
    private static final class Labelled {
        private final List<Row> rows;
        private final List<Cell> cells = new ArrayList<>();
        private boolean onlyLabels;
        /** The row is a budget text's money block (预算规模及资金用途): pairs, not rows, until its use. */
        private boolean scale;
        private int firstLine;

        Labelled(List<Row> rows) {
            this.rows = rows;
        }

        void take(String line, int lineNo, String next) {
            String t = line.strip();
            if (t.isEmpty()) {
                return;
            }
            if (TITLE.matcher(t).find() && t.length() <= 120 || YEAR.matcher(t).matches()) {
                flush();
                // a one-cell row, as a title printed in the table's first row: recovery parts a title
                // from the year printed after it (…申报表(2019年度))
                rows.add(new Row(List.of(new Cell(t, new Locator(lineNo, 1, null))), true, new Locator(lineNo, null, null)));
                return;
            }
            if (inlineValue(t)) {
                // 项目资金（万元）：年度资金总额 1500 …: a label and its value on one line, a line of prose
                flush();
                rows.add(Row.prose(t, new Locator(lineNo, null, null)));
                return;
            }
            // under a goals label, a goals column's heading (总体目标 | 中期目标 | 年度目标, 年度总体目标 |
            // 预期目标 | 实际完成情况) joins it; the values come in the row below
            boolean goalHeading = isGoalish(t) && onlyLabels && !cells.isEmpty() && isGoalish(cells.get(0).text());
            // (a money row label with its amount next is a row of its own: 项目资金（万元） | 年度资金总额 | 280)
            if (cells.size() == 1 && takesValue(cells.get(0).text()) && !goalHeading && !(startsRow(t) && !isLabel(next))) {
                cells.add(new Cell(t, new Locator(lineNo, 2, null))); // 项目名称 | …补助资金: its value, whatever it looks like
                onlyLabels = false;
                return;
            }
            if (scale) {
                // 预算规模及资金用途 | 预算数 | 90100.00 | 其中：财政资金 | 90100.00 | 其他资金: the pairs on its row,
                // the money's use (资金用途) on the row below, under the same label
                String k = Text.key(t);
                if (MoneyVocabulary.isMoneyLabel(t) || PdfTextFunding.isMoneyRowLabel(k) || AMOUNT.matcher(k).matches()) {
                    cells.add(new Cell(t, new Locator(lineNo, cells.size() + 1, null)));
                    return;
                }
                boolean use = !startsRow(t) && !isColumnLabel(t);
                Locator at = cells.get(0).at();
                flush();
                if (use) {
                    firstLine = lineNo;
                    cells.add(new Cell("", at));
                    cells.add(new Cell(t, new Locator(lineNo, 2, null)));
                    flush();
                    return;
                }
            }
            if (cells.size() == 2 && !onlyLabels && startsRow(t) && otherPeriod(cells.get(0).text(), t)) {
                // two periods printed side by side (中期资金总额：| 11.25万元 | 年度资金总额：| 3.75万元, then
                // 其中：财政拨款 | 11.25万元 | 其中：财政拨款 | 3.75万元): the second period's pair is the same row
                cells.add(new Cell(t, new Locator(lineNo, cells.size() + 1, null)));
                return;
            }
            boolean heading = goalHeading || startsRow(t) && isLabel(next); // 中期资金总额 over its column
            boolean rowLabel = !heading && startsRow(t);
            boolean label = rowLabel || heading || isColumnLabel(t);
            if (rowLabel || label && !onlyLabels) {
                flush(); // a column heading after column headings joins them
            } else if (!label && onlyLabels && cells.size() >= 2) {
                // values under a row of headings (总体目标 | 中期目标 | 年度目标): the headings are a row,
                // the values the row below, under the headings after the block's label
                Locator at = cells.get(0).at();
                flush();
                firstLine = lineNo;
                cells.add(new Cell("", at));
            }
            if (cells.isEmpty()) {
                if (!label) {
                    rows.add(Row.prose(t, new Locator(lineNo, null, null)));
                    return;
                }
                firstLine = lineNo;
                onlyLabels = true;
                scale = Vocabulary.isBudgetScaleLabel(t);
            }
            if (!label && !cells.isEmpty() && continuesNumbering(cells.get(cells.size() - 1).text(), t)) {
                // 目标1：… then 目标2：…: the paragraphs of one cell (a cell's paragraphs are lines too)
                Cell last = cells.remove(cells.size() - 1);
                cells.add(new Cell(last.text() + "\n" + t, last.at()));
                return;
            }
            cells.add(new Cell(t, new Locator(lineNo, cells.size() + 1, null)));
            onlyLabels &= label;
        }

        /** A numbered paragraph's number: 目标1：, 1、, 2., （3）. */
        private static final Pattern NUMBERED = Pattern.compile("^(?:目标)?\\s*([0-9]{1,2})\\s*[、.．:：)）]|^[(（]([0-9]{1,2})[)）]");

        /** Whether {@code next} is numbered one more than the last numbered paragraph of {@code cell}. */
        static boolean continuesNumbering(String cell, String next) {
            java.util.regex.Matcher m = NUMBERED.matcher(next);
            if (!m.find()) {
                return false;
            }
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            String lastParagraph = cell.substring(cell.lastIndexOf('\n') + 1);
            java.util.regex.Matcher p = NUMBERED.matcher(lastParagraph);
            return n > 1 && p.find() && Integer.parseInt(p.group(1) != null ? p.group(1) : p.group(2)) == n - 1;
        }

        /** A goals label or a goals column's heading (中期目标（2024年—2026年）, 预期目标), or 实际完成情况. */
        private static boolean isGoalish(String t) {
            String k = Text.key(t);
            return Vocabulary.isGoalsLabel(t) || PdfTextHeader.isGoalHead(k) || k.startsWith("中期目标") || k.endsWith("目标完成情况")
                    || k.length() <= 8 && Vocabulary.column(t) == Vocabulary.Column.ACTUAL;
        }

        private static boolean isLabel(String t) {
            return !t.isEmpty() && (startsRow(t) || isColumnLabel(t) || isGoalish(t));
        }

        void flush() {
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, true, new Locator(firstLine, null, null)));
                cells.clear();
            }
            onlyLabels = false;
            scale = false;
        }

        /** An amount: digits with separators, or nothing but a space an empty cell printed. */
        private static final Pattern AMOUNT = Pattern.compile("^[0-9][0-9,.]*$|^$");

        /** A label, a colon and a value on one line (项目名称：…), not a label with a colon in it (其中：财政拨款). */
        private static boolean inlineValue(String t) {
            int colon = Math.max(t.indexOf('：'), t.indexOf(':'));
            if (colon <= 0 || colon >= t.length() - 1) {
                return false;
            }
            String label = t.substring(0, colon);
            String value = t.substring(colon + 1).strip();
            return !value.isEmpty() && (startsRow(label) || isColumnLabel(label)) && !startsRow(value) && !isColumnLabel(value);
        }

        /** Whether {@code second} is the other period's form of money label {@code first}: the same label, or 年度 after 中期. */
        private static boolean otherPeriod(String first, String second) {
            String a = Text.key(first).replaceAll("[:：]$", "");
            String b = Text.key(second).replaceAll("[:：]$", "");
            return PdfTextFunding.isMoneyRowLabel(a) && (a.equals(b) || a.startsWith("中期") && b.startsWith("年度")
                    && a.substring(2).equals(b.substring(2)));
        }

        /** A column's letter, or its formula in letters, in brackets at the end of a heading: (A), (B/A), (C=A+B). */
        private static final Pattern LETTERED = Pattern.compile("\\([A-Za-z][A-Za-z/+\\-*=×÷]{0,7}\\)$");

        /** A label whose value is the next line: a known header label (项目名称), a goals label. */
        private static boolean takesValue(String t) {
            return Vocabulary.isKnownHeaderLabel(t) || Vocabulary.isGoalsLabel(t);
        }

        /** A label that always starts a row: a header label, a money row label, a goals label. */
        static boolean startsRow(String t) {
            String k = Text.key(t);
            if (k.length() <= 12 && k.endsWith("目标完成情况")) {
                return true; // 总体目标完成情况 over 总体目标 | 全年实际完成情况
            }
            return Vocabulary.isKnownHeaderLabel(t) || Vocabulary.isBudgetTextBlockLabel(t) || PdfTextFunding.isMoneyRowLabel(k)
                    || Vocabulary.isGoalsLabel(t)
                    || PdfTextHeader.isGoalHead(k);
        }

        /** A label that starts a row only after a value: a money column heading, a label-shaped cell. */
        static boolean isColumnLabel(String t) {
            // a column's letter for the form's arithmetic after it (全年预算数（A）, 1-7月执行率（B/A）) names nothing
            String k = LETTERED.matcher(Text.key(t)).replaceFirst("");
            return Vocabulary.isHeaderLabel(t) || MoneyVocabulary.isMoneyLabel(t) || PdfTextFunding.isMoneyColumn(k)
                    || PdfTextHeader.isUnitLabel(k) || k.endsWith("执行数") || k.contains("执行率") || k.startsWith("年初预算")
                    || k.equals("分值") || k.equals("得分") || k.equals("权重") || Vocabulary.isSpendingPeriod(t)
                    || k.length() <= 16 && (k.endsWith("(万元)") || k.endsWith("(元)") || k.endsWith(":"));
        }
    }
}
