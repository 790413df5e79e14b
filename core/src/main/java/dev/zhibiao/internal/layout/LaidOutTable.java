package dev.zhibiao.internal.layout;

import static dev.zhibiao.internal.layout.LaidOutChunks.apart;
import static dev.zhibiao.internal.layout.LaidOutChunks.chunks;
import static dev.zhibiao.internal.layout.LaidOutChunks.names;
import static dev.zhibiao.internal.layout.PrintWidths.width;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of an indicator table printed as aligned text ({@code pdftotext -layout}), where a
 * table row is several printed lines: each line has been placed in the heading's columns
 * ({@link SpacedRows}), and this class joins the lines back into rows by what the print shows.
 *
 * <ul>
 * <li>The table is printed that way only if it says so: some line under the heading holds text in
 * other columns but none in the name column (a value or a label printed at the vertical middle of
 * a row or a merged cell). Otherwise every line is a row and nothing is joined.</li>
 * <li>A cell wraps onto the next line that has text in its column when the line before reaches the
 * column's width (the widest text the column holds, to within a character) and the next text
 * starts no numbered item (指标2, 2、); a label fragment that is no whole category (产出指 | 标,
 * 服务对象 | 满意度指标) joins the next fragment in its column.</li>
 * <li>Each name cell (its wrapped lines joined) is an indicator row; every other content cell
 * (value, unit, score …) goes to the row whose lines it overlaps most, or the nearest.</li>
 * <li>Labels of merged cells are printed at the vertical middle of the rows they span: the rows are
 * cut into as many consecutive groups as a label column has labels, each label as near the middle
 * of its group as can be ({@link LabelPlacement#groupStarts}), and the label goes to its group's
 * first row; a level-1 cut off a level-2 group's start costs more.</li>
 * </ul>
 *
 * <p>Every line's text lands in exactly one cell.
 */
final class LaidOutTable {
    private LaidOutTable() {
    }

    /**
     * One printed line of the table, placed in the heading's columns.
     *
     * @param number the 1-based source line
     * @param texts  per heading column, the text placed there, or null
     * @param starts per heading column, the column where its text starts (-1 where none)
     * @param page   the page it is printed on (0 where the text has no pages)
     */
    record Line(int number, String[] texts, int[] starts, int page) {
        Line(int number, String[] texts, int[] starts) {
            this(number, texts, starts, 0);
        }

        @Override
        public String toString() {
            return number + ":" + String.join("|", java.util.Arrays.stream(texts).map(t -> t == null ? "" : t).toList());
        }
    }

    /** The code of the note on a table's page placed by its labels ({@link LaidOutPages#shiftedPages}). */
    static final String PAGE_PLACED = "page-realigned";

    /** How much narrower than the column's widest text a wrapped line may be (about a character). */
    static final double FULL = 0.95;
    /** The most lines between a cell's wrapped line and the next (a centred cell of the row between). */
    static final int WRAP_GAP = 3;
    /** How far left of the middle between its heading word and the one before a packed line's first cell starts. */
    private static final int PACKED_MARGIN = 3;
    /** The share of a table's lines printed packed that makes it a packed table. */
    private static final double PACKED_SHARE = 0.4;
    /** A cell line that opens with a comparison sign: a value of its own, never the wrapped rest of the cell above. */
    static final Pattern COMPARED_START = Pattern.compile("^\\s*[=＝≥≤<>＜＞≧≦]");
    /** A unit in brackets and nothing else, as {@link Text#key} prints it: (%), (元). */
    static final Pattern UNIT_ONLY = Pattern.compile("\\([^()]{1,4}\\)");
    static final Pattern ITEM_NUMBER = Pattern.compile("^(指标\\s*\\d+|\\d{1,2}\\s*[、.．:：)）]|[(（]\\d{1,2}[)）])");

    /** A cell's text over one or more lines. */
    static final class Chunk {
        final int column;
        final int first;
        int last;
        final StringBuilder text = new StringBuilder();
        double lastWidth;
        /** Lines joined as the rest of a value cut in its number or before its unit ({@link LaidOutChunks#chunks}). */
        final java.util.List<Integer> rests = new ArrayList<>(0);

        Chunk(int column, int line, String text) {
            this.column = column;
            this.first = line;
            this.last = line;
            this.text.append(text);
            this.lastWidth = width(text);
        }

        double centre() {
            return (first + last) / 2.0;
        }

        void add(int line, String t) {
            String k = text.toString();
            boolean space = !k.isEmpty() && !t.isEmpty() && isAsciiWord(k.charAt(k.length() - 1)) && isAsciiWord(t.charAt(0))
                    && !cutInDecimals(k, t);
            text.append(space ? " " : "").append(t);
            last = line;
            lastWidth = width(t);
        }

        /** As {@link #add}, the text joined without a space (the rest of a number cut inside its digits). */
        void addGlued(int line, String t) {
            text.append(t);
            last = line;
            lastWidth = width(t);
        }
    }

    /** One row: its name cell and the lines it spans. */
    static final class Out {
        final String[] texts;
        final int at;
        int first;
        int last;

        Out(int width, Chunk name) {
            texts = new String[width];
            texts[name.column] = name.text.toString();
            at = name.first;
            first = name.first;
            last = name.last;
        }

        void put(int column, String t) {
            texts[column] = texts[column] == null || texts[column].isEmpty() ? t : texts[column] + t;
        }

        /** As {@link #put}; two numbers of a points column (分值, 得分: never wrapped) kept apart, 11 and 10 not 1110. */
        void put(int column, String t, ColumnFit.Role role) {
            String was = texts[column];
            boolean apart = role == ColumnFit.Role.POINTS && was != null && !was.isEmpty() && !t.isEmpty()
                    && Character.isDigit(was.charAt(was.length() - 1)) && Character.isDigit(t.charAt(0));
            put(column, apart ? " " + t : t);
        }
    }

    /**
     * @param lines the table's lines under its heading, in order, each placed in the heading's columns
     * @param roles the heading's column roles
     * @return the table's rows, or null when the lines are rows as they are (nothing says otherwise)
     */
    static List<Row> rows(List<Line> lines, List<ColumnFit.Role> roles) {
        return rows(lines, roles, null);
    }

    /**
     * @param lines   the table's lines under its heading, in order, each placed in the heading's columns
     * @param roles   the heading's column roles
     * @param heading where each heading word starts on its line, or null when unknown
     * @return the table's rows, or null when the lines are rows as they are (nothing says otherwise)
     */
    static List<Row> rows(List<Line> lines, List<ColumnFit.Role> roles, int[] heading) {
        return rows(lines, roles, heading, new java.util.IdentityHashMap<>());
    }

    /**
     * As {@link #rows(List, List, int[])}, recording the repairs that moved whole pages ({@link LaidOutPages#shiftedPages}), and
     * the pages packed from the margin kept as the split read them ({@link LaidOutPages#packedPages}), as a
     * {@value #PAGE_PLACED} note on the first row holding a line of each such page.
     *
     * @param notes where the notes go, by row
     */
    static List<Row> rows(List<Line> lines, List<ColumnFit.Role> roles, int[] heading,
                          java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        int width = roles.size();
        int nameAt = roles.indexOf(ColumnFit.Role.NAME);
        if (nameAt < 0 || lines.size() < 2 || !printed(lines, roles, nameAt)) {
            return null;
        }
        LaidOutPages.Shifted shifted = LaidOutPages.shiftedPages(lines, roles, heading);
        java.util.Set<Integer> packed = LaidOutPages.packedPages(lines, heading, shifted.lines());
        java.util.TreeSet<Integer> besideValue = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> pointsTails = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> clauses = new java.util.TreeSet<>();
        PagePlacements placed = new PagePlacements();
        java.util.TreeSet<Integer> centred = new java.util.TreeSet<>();
        lines = CentredHeads.apart(TextBesideValue.apart(lines, roles, heading, besideValue), roles, heading, centred);
        java.util.TreeSet<Integer> byWords = new java.util.TreeSet<>();
        lines = TextBesideValue.byWords(leadToItsColumn(realigned(lines, roles, heading, shifted, placed), roles), roles, byWords);
        lines = LabelTails.toTheirLabel(PointsTails.rejoined(lines, roles, nameAt, pointsTails), roles, heading, nameAt);
        double[] widest = new double[width];
        for (Line l : lines) {
            for (int c = 0; c < width; c++) {
                if (l.texts()[c] != null) {
                    widest[c] = Math.max(widest[c], width(l.texts()[c], false));
                }
            }
        }
        java.util.TreeSet<Integer> nameTails = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> roundNames = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> asActual = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> overPage = new java.util.TreeSet<>();
        List<Chunk> names = names(lines, roles, nameAt, widest, nameTails, roundNames, asActual, overPage);
        java.util.NavigableSet<Integer> byActual = OneValuePerRow.apartByActual(names, lines, roles, widest), toPage = new java.util.TreeSet<>();
        java.util.Set<Integer> rowStarts = new java.util.HashSet<>();
        for (Chunk ch : names) {
            rowStarts.add(ch.first);
        }
        List<List<Chunk>> chunks = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            boolean label = isLabel(roles.get(c));
            chunks.add(c == nameAt ? names : chunks(lines, c, label, widest[c], label ? java.util.Set.of() : rowStarts, names, clauses));
        }
        LaidOutLabels.tailsBack(chunks, roles);
        java.util.NavigableSet<Integer> rests = new java.util.TreeSet<>();
        chunks.forEach(col -> col.forEach(ch -> rests.addAll(ch.rests)));
        List<Out> rows = new ArrayList<>();
        for (Chunk ch : chunks.get(nameAt)) {
            rows.add(new Out(width, ch));
        }
        if (rows.isEmpty()) {
            return null;
        }
        for (int c = 0; c < width; c++) {
            if (c == nameAt || isLabel(roles.get(c))) {
                continue;
            }
            for (Chunk ch : chunks.get(c)) {
                Out r = PageRows.nearest(rows, ch, lines, toPage);
                r.put(c, ch.text.toString(), roles.get(c));
                r.first = Math.min(r.first, ch.first);
                r.last = Math.max(r.last, ch.last);
            }
        }
        boolean[] pageEnd = LaidOutLabels.pageEnds(rows, lines);
        LaidOutLabels.Ruler ruler = new LaidOutLabels.Ruler(rows, lines, roles, pageEnd);
        java.util.Map<Integer, String> bySpacing = new java.util.HashMap<>();
        int[] level2 = null;
        Vocabulary.Category[] under = null;
        List<Integer> labelColumns = new ArrayList<>();
        for (ColumnFit.Role role : List.of(ColumnFit.Role.L2, ColumnFit.Role.L1, ColumnFit.Role.LEAD)) {
            if (roles.indexOf(role) >= 0) {
                labelColumns.add(roles.indexOf(role));
            }
        }
        java.util.Map<Integer, int[][]> atTop = TopLabels.at(rows, chunks, labelColumns, pageEnd, ruler);
        java.util.Map<Integer, String> keptAtTop = new java.util.HashMap<>();
        for (ColumnFit.Role role : List.of(ColumnFit.Role.L2, ColumnFit.Role.L1, ColumnFit.Role.LEAD)) {
            int c = roles.indexOf(role);
            if (c < 0) {
                continue;
            }
            boolean l1 = role == ColumnFit.Role.L1;
            int[] starts = atTop != null && atTop.containsKey(c) ? TopLabels.keep(rows, chunks.get(c), c, atTop.get(c), keptAtTop)
                    : LaidOutLabels.place(rows, chunks.get(c), c, l1 ? level2 : null, l1 ? under : null, pageEnd, ruler, bySpacing);
            if (role == ColumnFit.Role.L2) {
                level2 = starts;
                under = LaidOutLabels.categories(rows, c);
            }
        }
        List<Row> out = new ArrayList<>();
        java.util.Map<Integer, Integer> pending = new java.util.TreeMap<>(shifted.pages());
        lines.stream().filter(l -> packed.remove(l.page())).forEach(l -> pending.put(l.number(), 0)); // each page's first line
        for (int at = 0; at < rows.size(); at++) {
            Out r = rows.get(at);
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(new Cell(r.texts[c] == null ? "" : r.texts[c], new Locator(r.at, c + 1, null)));
            }
            Row row = new Row(cells, true, Locator.line(r.at));
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var page = it.next();
                if (page.getKey() <= r.last) {
                    notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(PAGE_PLACED, page.getValue() == 0
                            ? "the table's page from line " + page.getKey() + " is printed packed from the margin on a grid of its own:"
                                    + " its cells kept in the columns their order and content give them"
                            : "the table's page from line " + page.getKey() + " is printed without room for its empty columns: its cells"
                                    + " placed " + page.getValue() + " column(s) right, where its category labels say they stand"
                                    + (shifted.ownColumns().contains(page.getKey()) ? "; its names, values and other content cells, moved"
                                    + " further left than its labels, placed in the columns the table's first page fills, in the order of"
                                    + " the page's own groups of starts" : ""),
                            Locator.line(page.getKey())));
                    it.remove();
                }
            }
            Integer moved = besideValue.isEmpty() ? null : besideValue.ceiling(r.first);
            if (moved != null && moved <= r.last) {
                notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(TextBesideValue.CODE,
                        "text printed round the value in the value column, nearer the heading of the text column beside it than the"
                                + " column's values, read into that column (line " + moved + ")", Locator.line(moved)));
            }
            Integer tail = pointsTails.isEmpty() ? null : pointsTails.ceiling(r.first);
            if (tail != null && tail <= r.last) {
                notes.computeIfAbsent(row, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(PointsTails.CODE,
                        "a number printed after the text left of a points column, where the row has its own number, read as that"
                                + " text's last word (line " + tail + ")", Locator.line(tail)));
            }
            ValueClauses.note(row, r.first, r.last, clauses, notes);
            LaidOutChunks.noteRests(row, r.first, r.last, rests, notes);
            CentredHeads.note(row, r.first, r.last, centred, notes);
            TextBesideValue.noteWords(row, r.first, r.last, byWords, notes);
            NameTailAfterValue.note(row, r.first, r.last, nameTails, notes);
            NameRoundLabels.note(row, r.first, r.last, roundNames, notes);
            CellOverPage.note(row, r.first, r.last, overPage, notes);
            LaidOutChunks.noteAsActual(row, r.first, r.last, asActual, notes);
            OneValuePerRow.note(row, r.first, r.last, byActual, notes);
            PageRows.note(row, r.first, r.last, toPage, notes);
            placed.note(row, r.last, at == rows.size() - 1, notes);
            if (keptAtTop.containsKey(at)) {
                notes.computeIfAbsent(row, x -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(TopLabels.CODE,
                        "label(s) " + keptAtTop.get(at) + " kept on the row they are printed on: the table prints its labels on"
                                + " their groups' first rows (read as centred in their groups they stand farther from where they"
                                + " are printed)", Locator.line(r.at)));
            }
            if (bySpacing.containsKey(at)) {
                notes.computeIfAbsent(row, x -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(LaidOutLabels.SPACED_ROWS,
                        "label(s) " + bySpacing.get(at) + " placed from this row by the table's row spacing (" + ruler.spacing()
                                + " blank line(s) between rows: text lines measure the page), not line on line", Locator.line(r.at)));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * Cells placed by what they are in a column whose cells start far from where they do: each
     * column's usual start is the median start of the cells placed in it; a cell that starts two
     * or more columns nearer another column's usual start moves there (after or before the text
     * already there, by where each starts); the usual start is taken on the lines that hold two cells or
     * more when a column has three such (a line of one cell was placed by content alone). A label's last character (产出指 | 标) or a value's
     * first words read as a name go back under their own column this way.
     */
    static List<Line> realigned(List<Line> lines, int width) {
        return realigned(lines, java.util.Collections.nCopies(width, ColumnFit.Role.NAME), null);
    }

    /**
     * As {@link #realigned(List, int)}, and where the table is printed packed (pdftotext places a cell after the
     * cells left of it on its line, not at its own x: under empty label columns a line's cells start far left of
     * their columns, two fifths of the table's lines or more): a cell with an empty column between it and the first
     * column (not at its own x) never moves into the first column or the lead, whose usual start its packed x
     * may be nearest; the last characters of a wrapped label (标, 指标) still may. On a page placed again by its labels
     * ({@link LaidOutPages#shiftedPages}) a line of one cell is placed this way by that page's own usual starts, never
     * into a label column (the page has columns of its own: a wrapped name's last character centred under the name,
     * {@code 准}, stood nearest the first page's 二级 column and, moved right as far as the labels say, fell into the
     * value); its lines of several cells keep the order the shift gave them. A later page printed packed from the
     * margin and not placed by its labels ({@link LaidOutPages#packedPages}) keeps the columns the split gave it; a later
     * page laid out on a grid of its own ({@link LaidOutPages#ownGrids}) is placed by that grid. A later page's row whose
     * category label is wrapped round its line keeps the split's columns, the label's halves in their column
     * ({@link LaidOutPages#labelRoundRows}); the page's other lines are placed by the name's and value's starts such
     * rows and whole rows ({@link LaidOutPages#wholeRow}) give ({@link LaidOutPages#keptStarts}).
     *
     * @param heading where each heading word starts, or null (then no line counts as packed)
     */
    static List<Line> realigned(List<Line> lines, List<ColumnFit.Role> roles, int[] heading) {
        return realigned(lines, roles, heading, LaidOutPages.shiftedPages(lines, roles, heading), new PagePlacements());
    }

    private static List<Line> realigned(List<Line> lines, List<ColumnFit.Role> roles, int[] heading, LaidOutPages.Shifted pages,
                                        PagePlacements placed) {
        java.util.Map<Integer, Line> shifted = pages.lines();
        int width = roles.size();
        int first = width > 0 && roles.get(0) == ColumnFit.Role.LEAD ? 1 : 0;
        boolean packedTable = heading != null && heading.length == width
                && lines.stream().filter(l -> packedLeft(l, heading)).count() >= PACKED_SHARE * lines.size();
        int[] tableUsual = ColumnStarts.usualStarts(shifted.isEmpty() ? lines : lines.stream().filter(l -> !shifted.containsKey(l.number())).toList(), width,
                roles.indexOf(ColumnFit.Role.NAME), heading);
        int[] cellsUsual = tableUsual;
        tableUsual = ColumnStarts.orHeading(tableUsual, heading, roles); // a content column no cells place: its heading's start
        java.util.Map<Integer, int[]> pageUsual = new java.util.HashMap<>();
        for (Line l : shifted.values()) {
            pageUsual.computeIfAbsent(l.page(), p -> ColumnStarts.usualStarts(shifted.values().stream().filter(s -> s.page() == p).toList(), width));
        }
        java.util.Set<Integer> packedPages = LaidOutPages.packedPages(lines, heading, shifted);
        java.util.Map<Integer, int[]> ownGrids = LaidOutPages.ownGrids(lines, width, roles.indexOf(ColumnFit.Role.NAME), shifted, packedPages);
        java.util.Map<Integer, Line> labelRound = LaidOutPages.labelRoundRows(lines, roles);
        java.util.Map<Integer, int[]> kept = LaidOutPages.keptStarts(lines.stream().filter(l -> !shifted.containsKey(l.number())
                && !packedPages.contains(l.page()) && (labelRound.containsKey(l.number()) || l.page() != lines.get(0).page()
                && LaidOutPages.wholeRow(l, roles))).toList(), roles);
        int half = TwiceLines.secondHalf(roles);
        List<Line> out = new ArrayList<>();
        java.util.Map<Integer, Line> byNumber = new java.util.HashMap<>();
        lines.forEach(l -> byNumber.put(l.number(), l));
        for (Line original : lines) {
            Line l = shifted.getOrDefault(original.number(), original);
            boolean onPage = shifted.containsKey(l.number());
            if (packedPages.contains(l.page())) {
                out.add(ValueClauses.splitJoined(LaidOutPages.labelEndUnder(l, out, roles), roles, placed)); // a page packed from the margin: the split's columns
                continue;
            }
            if (l.page() != lines.get(0).page() && !onPage && LaidOutPages.wholeRow(l, roles)) {
                out.add(l); // a later page's whole row on one line, its labels in their columns: the split's columns
                continue;
            }
            if (!onPage && labelRound.containsKey(l.number())) {
                out.add(placed.labelRound(labelRound.get(l.number()), l)); // a later page's row with its label wrapped round it: the split's columns
                continue;
            }
            if (onPage && !oneEach(l, half)) {
                out.add(ValueClauses.splitJoined(l, roles, placed)); // a page placed by its labels: a line of several cells keeps them in their order
                continue;
            }
            int[] usual = onPage ? pageUsual.get(l.page()) : ownGrids.getOrDefault(l.page(), tableUsual);
            if (!onPage && kept.containsKey(l.page())) {
                usual = usual.clone(); // a later page's kept rows say where its name and value columns start
                for (int c = 0; c < width; c++) {
                    usual[c] = kept.get(l.page())[c] >= 0 ? kept.get(l.page())[c] : usual[c];
                }
            }
            String[] texts = l.texts().clone();
            int[] starts = l.starts().clone();
            int[] dest = new int[width];
            java.util.Arrays.fill(dest, -1);
            Line above = out.isEmpty() ? null : out.get(out.size() - 1);
            for (int c = 0; c < width; c++) {
                int round = onPage ? -1 : ValueRoundName.column(byNumber, l, c, roles);
                if (round >= 0) {
                    placed.valueRound(l, c, round, usual); // a value wrapped round its one-line name: the next column's
                    dest[c] = round;
                    continue;
                }
                int tail = LabelTailUnder.column(out, l, c, roles);
                if (tail >= 0) {
                    placed.labelTail(l, c, tail, onPage ? null : usual); // a wrapped label's rest under its first line: that label's column
                    dest[c] = tail;
                    continue;
                }
                if (l.texts()[c] == null || usual[c] < 0 || l.starts()[c] < 0 || onPage && isLabel(roles.get(c))) {
                    continue;
                }
                int x = l.starts()[c];
                int to = c;
                boolean packed = packedTable && !anchored(l, c, first) && !LaidOutPages.isLabelEnd(Text.key(l.texts()[c]));
                for (int k = packed ? first + 1 : 0; k < width; k++) {
                    if (onPage && isLabel(roles.get(k)) || TwiceLines.keepsHalf(l.texts()[c], c, k, half, roles) || LabelColumnCells.closed(l, k, c, roles)
                            || LabelColumnCells.under(above, l, k, c, roles) != null || LabelColumnCells.keeps(l, k, c, roles)) {
                        continue; // a page placed by its labels keeps its cells right of them; a label column its label alone
                    }
                    if (usual[k] >= 0 && Math.abs(x - usual[k]) + 2 <= Math.abs(x - usual[to])) {
                        to = k;
                    }
                }
                if (to != c && PackedLineCells.stays(l, c, to, first, usual)) {
                    placed.packedKept(l, c, to);
                    continue;
                }
                placed.cell(l, c, to, packed ? first + 1 : 0, onPage ? null : usual, tableUsual, roles, above);
                if (usual == tableUsual) {
                    placed.headingStart(l, c, to, cellsUsual, tableUsual);
                }
                dest[c] = to;
            }
            out.add(moved(l, texts, starts, dest));
        }
        return out;
    }

    /**
     * Whether a line of a page placed by its labels is placed cell by cell by that page's own starts: it holds one cell,
     * or, its heading printed twice side by side ({@code half} > 0, {@link TwiceLines#secondHalf}), at most one in each
     * half (a wrapped name's last characters printed under it in both periods, 助 / 助: each half's one cell, which the
     * shift alone put in the value column by the first page's starts).
     */
    static boolean oneEach(Line l, int half) {
        int a = 0;
        int b = 0;
        for (int c = 0; c < l.texts().length; c++) {
            if (l.texts()[c] != null && !l.texts()[c].isBlank()) {
                if (half > 0 && c >= half) {
                    b++;
                } else {
                    a++;
                }
            }
        }
        return half > 0 ? a <= 1 && b <= 1 && a + b >= 1 : a == 1;
    }

    /**
     * The line with each cell moved to its column in {@code dest} (-1: it stays), every moved cell taken out of its own
     * column before any is put in another, so a cell moving into a column whose own cell moves on in the same line
     * (two completions one column right of their own, {@code 成效明显 成效明显}) is not joined to that cell (layout34).
     */
    private static Line moved(Line l, String[] texts, int[] starts, int[] dest) {
        for (int c = 0; c < dest.length; c++) {
            if (dest[c] >= 0) {
                texts[c] = null;
                starts[c] = -1;
            }
        }
        for (int c = 0; c < dest.length; c++) {
            int to = dest[c];
            if (to < 0) {
                continue;
            }
            put(texts, starts, to, l.texts()[c], l.starts()[c]);
        }
        return new Line(l.number(), texts, starts, l.page());
    }

    /**
     * Puts a text printed at {@code x} into column {@code to} of a line's cells: alone, or joined to the text
     * already there in the order they are printed (before it when it starts further left; after it when its
     * start is unknown, -1).
     */
    static void put(String[] texts, int[] starts, int to, String text, int x) {
        if (texts[to] == null) {
            texts[to] = text;
            starts[to] = x;
        } else if (x >= 0 && x < starts[to]) {
            texts[to] = text + " " + texts[to];
            starts[to] = x;
        } else {
            texts[to] = texts[to] + " " + text;
        }
    }

    /** Whether every column from {@code first} up to {@code c} holds text on the line (the cell stands at its own x). */
    static boolean anchored(Line l, int c, int first) {
        for (int k = first; k < c; k++) {
            if (l.texts()[k] == null || l.texts()[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line's first cell starts left of its column by {@link #PACKED_MARGIN} or more (left of the middle
     * between its heading word and the one before): printed packed after empty columns.
     */
    static boolean packedLeft(Line l, int[] heading) {
        for (int c = 0; c < l.texts().length; c++) {
            if (l.texts()[c] != null && l.starts()[c] >= 0) {
                return c > 0 && l.starts()[c] < (heading[c - 1] + heading[c]) / 2 - PACKED_MARGIN;
            }
        }
        return false;
    }

    /**
     * The indicator block's own label (绩效指标, the lead column's one cell) printed left of the
     * heading, where the nearest column is a label column: it names the block, not a group of rows, so
     * it goes to the lead column when the table has one and that column is empty on its line. So does the rest of that
     * label wrapped over lines ({@code 绩效} / {@code 指标}) under its first part in the lead column, a few lines up.
     */
    static List<Line> leadToItsColumn(List<Line> lines, List<ColumnFit.Role> roles) {
        int lead = roles.indexOf(ColumnFit.Role.LEAD);
        if (lead < 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        String head = null;
        int headAt = Integer.MIN_VALUE;
        for (Line l : lines) {
            String[] texts = l.texts();
            int[] starts = l.starts();
            for (int c = 0; c < texts.length; c++) {
                if (c != lead && isLabel(roles.get(c)) && texts[c] != null && texts[lead] == null
                        && (Vocabulary.isIndicatorBlockLabel(texts[c])
                        || head != null && l.number() - headAt <= WRAP_GAP && Vocabulary.isIndicatorBlockLabel(head + texts[c]))) {
                    texts = texts.clone();
                    starts = starts.clone();
                    texts[lead] = texts[c];
                    starts[lead] = starts[c];
                    texts[c] = null;
                    starts[c] = -1;
                }
            }
            if (texts[lead] != null && Vocabulary.isIndicatorBlockHead(texts[lead])) {
                head = texts[lead];
                headAt = l.number();
            } else if (texts[lead] != null) {
                head = null;
            }
            out.add(texts == l.texts() ? l : new Line(l.number(), texts, starts, l.page()));
        }
        return out;
    }

    /**
     * Whether the lines are printed lines rather than rows: some line has text in another column
     * but none in the name column.
     */
    static boolean printed(List<Line> lines, List<ColumnFit.Role> roles, int nameAt) {
        for (Line l : lines) {
            if (l.texts()[nameAt] != null) {
                continue;
            }
            for (String t : l.texts()) {
                if (t != null && !t.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isLabel(ColumnFit.Role role) {
        return role == ColumnFit.Role.LEAD || role == ColumnFit.Role.L1 || role == ColumnFit.Role.L2;
    }

    /** A number with one decimal and nothing after it ({@code ≥28.0}), its line's end in a narrow column. */
    private static final Pattern CUT_NUMBER = Pattern.compile(".*\\d\\.\\d");
    /** The rest of a number cut in its decimals: a digit or two and at most a percent unit ({@code 0(%)}). */
    private static final Pattern NUMBER_REST = Pattern.compile("\\d{1,2}(\\(%\\)?|%)?");

    /**
     * Whether {@code next} is the rest of a number cut inside its decimals at a narrow column's edge
     * ({@code ≥28.0} / {@code 0(%)} is {@code ≥28.00(%)}): a number is printed with two decimals or
     * none, so one decimal and nothing after it is cut, and the line below, a digit or two and a unit,
     * is no value of its own.
     */
    static boolean cutInDecimals(String value, String next) {
        return value != null && next != null && Rx.matches(CUT_NUMBER, Text.key(value))
                && Rx.matches(NUMBER_REST, Text.key(next));
    }

    /** A whole number, compared or not, and nothing after it ({@code ≥3737}): a line of a narrow value column. */
    private static final Pattern BARE_NUMBER = Pattern.compile("[≥≤<>=]?\\d+");
    /**
     * A digit or two and a unit after them ({@code 0人}): the rest of a number cut inside its digits at a column's edge
     * (the few digits that did not fit), or a value of its own.
     */
    private static final Pattern DIGITS_THEN = Pattern.compile("(\\d{1,2})(\\D.{0,3})");

    /**
     * Whether {@code next} is the rest of a whole number cut inside its digits at a narrow column's edge ({@code ≥3737}
     * / {@code 0人} is {@code ≥37370人}): the line above is a bare number as wide as the column's widest text (it fills
     * the column: the print went on on the next line), and the line below is a digit or two and a unit, the unit the
     * number lacks. A value line that does not fill its column ({@code ≥3}) ends there.
     */
    static boolean cutInDigits(String value, String next, double widest) {
        if (value == null || next == null || !Rx.matches(BARE_NUMBER, Text.key(value))
                || width(value) < widest - FULL) {
            return false;
        }
        String unit = Rx.group(DIGITS_THEN, Text.key(next), 2);
        return unit != null && ColumnFit.isUnit(unit);
    }

    /** A percent sign alone, bracketed or not ({@code %}, {@code (%)}, {@code %)}). */
    private static final Pattern PERCENT_REST = Pattern.compile("\\(?%\\)?");
    /** A number, or a number and an open bracket, at a cell line's end ({@code ≥100}, {@code ≥80.00(}). */
    private static final Pattern OPEN_NUMBER = Pattern.compile(".*\\d\\(?");

    /**
     * Whether {@code next} is the rest of a value cut before its unit ({@code ≥100} / {@code %}, {@code ≤2.02} /
     * {@code 万元}, {@code ≤11.2} / {@code 元/人}): a unit alone is no value of its own, and the number it belongs to is
     * the cell printed just above.
     */
    static boolean unitRest(String value, String next) {
        return value != null && next != null && Rx.matches(OPEN_NUMBER, Text.key(value))
                && (Rx.matches(PERCENT_REST, Text.key(next)) || ColumnFit.isUnit(next));
    }

    /** The row whose lines a cell overlaps most; with none, the row nearest its middle. */
    static Out nearest(List<Out> rows, Chunk ch) {
        Out best = null;
        double score = Double.NEGATIVE_INFINITY;
        for (Out r : rows) {
            int overlap = Math.min(r.last, ch.last) - Math.max(r.first, ch.first) + 1;
            double s = overlap > 0 ? overlap : -Math.abs((r.first + r.last) / 2.0 - ch.centre()) - 0.01 * (r.first > ch.first ? 1 : 0);
            if (s > score) {
                score = s;
                best = r;
            }
        }
        return best;
    }

    private static boolean isAsciiWord(char ch) {
        return ch < 128 && Character.isLetterOrDigit(ch);
    }
}
