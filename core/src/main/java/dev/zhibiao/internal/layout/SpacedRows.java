package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of cells from text whose cells are separated by spaces only: a spreadsheet pasted as text,
 * {@code pdftotext -layout} output, the plain text of an OCR engine, or a whole table flattened
 * into one long line. The reader gives each line's tokens (the text between spaces) with their
 * columns; this class decides where cells end, which needs to know what each token is:
 *
 * <ul>
 * <li>a run of two or more spaces ends a cell where the line also has single spaces (the single
 * ones are inside cells);</li>
 * <li>single-character tokens in a row ({@code 绩 效 目 标}) are one spaced-out word; a bracketed
 * unit ({@code (万元)}) belongs to the label before it;</li>
 * <li>above the indicator heading row, a header label ({@link Vocabulary#isHeaderLabel}, a money
 * or goals label) starts a cell and the words after it up to the next label are its value; other
 * tokens (amounts, the money block's headings) are cells of their own;</li>
 * <li>the indicator heading row (three or more heading words) gives the columns; each row under it
 * is split into those columns by what its tokens are ({@link ColumnFit}): category labels, values
 * the grammar reads, operators and units (split value columns), small scores, names. A row's
 * empty (merged) cells come back as empty cells at their columns;</li>
 * <li>a line holding a whole table (a title, header labels, the heading row and its rows run
 * together) is first cut into rows where the vocabulary knows a row starts (a title, a year, a
 * header label, the heading row), and its indicator rows where the columns start over.</li>
 * </ul>
 *
 * <p>Every token ends up in exactly one cell, so no source text is lost.
 */
public final class SpacedRows {
    private SpacedRows() {
    }

    /**
     * A token of a line: text between spaces.
     *
     * @param text   the text (no spaces)
     * @param column its 1-based display column (a wide character counts two)
     * @param gap    the number of spaces before it (0 at the start of a line)
     */
    public record Token(String text, int column, int gap) {
        @Override
        public String toString() {
            return column + ":" + text;
        }
    }

    /**
     * One source line.
     *
     * @param number the 1-based line number
     * @param tokens its tokens, in order
     * @param page   the 0-based page the line is printed on (form feeds part pages; 0 without them)
     */
    public record Line(int number, List<Token> tokens, int page) {
        /** Copies the tokens. */
        public Line {
            tokens = List.copyOf(tokens);
        }

        /**
         * A line of text without pages (or on the first).
         *
         * @param number the 1-based line number
         * @param tokens its tokens, in order
         */
        public Line(int number, List<Token> tokens) {
            this(number, tokens, 0);
        }
    }

    private static final Pattern YEAR = Pattern.compile("^[(（]?((?:19|20)\\d{2}|[12],\\d{3})年度?[)）]?$");
    /** The indentation beyond which an aligned heading row leaves room for a lead column at its left. */
    private static final int LEAD_INDENT = 4;
    /** The fewest tokens of a line read as a whole flattened table. */
    private static final int FLAT_TOKENS = 20;

    /**
     * @param lines the document's lines, in order (blank lines may be left out)
     * @return its rows
     */
    public static List<Row> rows(List<Line> lines) {
        return rows(lines, new java.util.IdentityHashMap<>());
    }

    /**
     * As {@link #rows(List)}, recording the repairs made to printed lines of a table (a page placed by its labels)
     * by row, for {@link Document#notes}.
     *
     * @param lines the text's lines (blank lines left out)
     * @param notes where the repairs go, by row (identity)
     * @return the rows
     */
    public static List<Row> rows(List<Line> lines, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        java.util.TreeSet<Integer> stacked = new java.util.TreeSet<>();
        lines = StackedHeads.joined(lines, stacked); // 指 / 标 / 值 down a narrow column
        java.util.TreeSet<Integer> parted = new java.util.TreeSet<>();
        lines = LabelPiecesApart.apart(lines, parted); // 度指 满意度指: two label columns' pieces one space apart
        List<Row> out = new ArrayList<>();
        Heading heading = null;
        boolean inTable = false; // a row of several cells was seen since the last title
        Run run = new Run(notes);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.number() == run.consumed) {
                continue; // the heading's last characters, joined to it
            }
            Line centred = heading == null && i + 2 < lines.size() ? centred(line, lines.get(i + 1), lines.get(i + 2)) : null;
            String joined = null; // the lines a centred label's row was printed over, for the diagnostic
            if (centred != null) {
                joined = "lines " + line.number() + "–" + lines.get(i + 2).number();
                line = centred;
                i += 2;
            } else if (heading == null) {
                CentredLabels.Result r = CentredLabels.at(lines, i);
                if (r != null) {
                    joined = "lines " + line.number() + "–" + lines.get(i + r.taken() - 1).number();
                    line = r.line();
                    i += r.taken() - 1;
                }
            }
            run.prev = i > 0 ? lines.get(i - 1) : null;
            run.next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            int before = out.size();
            read(line, out, run, heading, inTable);
            if (joined != null && out.size() > before && notes != null) {
                Row first = out.get(before);
                notes.computeIfAbsent(first, k -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic("row-joined",
                        "a row printed over " + joined + " around a label centred between them, read as one row", first.at()));
            }
            run.lastAdded = out.size() - before;
            heading = run.heading;
            inTable = run.inTable;
            if (out.size() > before && run.at + run.lines.size() != out.size()) {
                run.flush(out); // a row that is not one of the run's lines ends it
            }
        }
        run.flush(out);
        StackedHeads.note(out, stacked, notes);
        LabelPiecesApart.note(out, parted, notes);
        return out;
    }

    /**
     * Three lines of a header block that are one row printed with its cells vertically centred: a
     * cell that wraps onto two lines is printed on the lines above and below the row's one-line
     * cells (主管部门及代码 | 实施单位 with 610-弋阳县医疗保障 / 局 and 弋阳县医疗保障服务中 / 心
     * above and below; 转移支付(项目) / 名称 around 医疗救助资金). The lines are consecutive; the
     * outer lines' words pair up by column (each above one below it, within two columns); none
     * of them stands where a word of the middle line does; and a header label is among the
     * middle line's words or the joined pairs (a money item's label too: 年度资金 / 141 / 总额, 其中：财政资 /
     * 8240000 / 金, tprint14) or the goals label (年度总体目 / 预期目标 实际完成情况 / 标), or a money block's label whose unit is
     * cut (项目资金（万 / 中期资金总额 年度资金总额 / 元）) when the upper half states no unit. Then the middle line with the joined pairs in
     * place, each a cell of its own; otherwise null. One outer line may hold one word more at the far left, a piece of a
     * label printed down the block's rows (项目资金 / （元）): it is no half of a pair and stays a cell of its own
     * (年度资金申请总 / 项目资金 额 around 244,800,000,000.00).
     */
    static Line centred(Line a, Line b, Line c) {
        if (b.number() != a.number() + 1 || c.number() != b.number() + 1 || a.tokens().isEmpty() || c.tokens().isEmpty()) {
            return null;
        }
        List<Token> at = a.tokens();
        List<Token> ct = c.tokens();
        Token lead = null; // a vertical label's piece at the far left of one outer line (项目资金, （元）)
        if (at.size() == ct.size() + 1 && leadsAlone(at, ct, b)) {
            lead = at.get(0);
            at = at.subList(1, at.size());
        } else if (ct.size() == at.size() + 1 && leadsAlone(ct, at, b)) {
            lead = ct.get(0);
            ct = ct.subList(1, ct.size());
        }
        if (at.size() != ct.size()) {
            return null;
        }
        List<Token> merged = new ArrayList<>(b.tokens());
        if (lead != null) {
            merged.add(lead);
        }
        boolean label = false;
        for (Token t : b.tokens()) {
            label |= Vocabulary.isHeaderLabel(t.text()) || Vocabulary.isKnownHeaderLabel(t.text());
        }
        for (int k = 0; k < at.size(); k++) {
            Token x = at.get(k);
            Token y = ct.get(k);
            if (Math.abs(x.column() - y.column()) > 2 || isTitle(x.text()) || headingAt(glue(List.of(x)), 0) == 0) {
                return null;
            }
            for (Token t : b.tokens()) {
                if (Math.abs(t.column() - x.column()) <= 2 || Math.abs(t.column() - y.column()) <= 2) {
                    return null;
                }
            }
            String joined = x.text() + y.text();
            // a money label's lower half is no money label of its own (省级资金 / （万元） / 地方资金 are two items),
            // unless the upper half is none either (其中：当年财 / 政拨款)
            label |= Vocabulary.isKnownHeaderLabel(joined) || MoneyVocabulary.isMoneyLabel(joined)
                    && (!MoneyVocabulary.isMoneyLabel(y.text()) || !MoneyVocabulary.isMoneyLabel(x.text()))
                    || Vocabulary.isGoalsLabel(joined) && !Vocabulary.isGoalsLabel(x.text())
                    || MoneyVocabulary.isFundingLabel(joined) && MoneyVocabulary.fundingUnit(joined) != null && MoneyVocabulary.fundingUnit(x.text()) == null;
            merged.add(new Token(joined, x.column(), 2));
        }
        if (!label && !labelAroundFigures(at, ct, b)) {
            return null;
        }
        merged.sort(java.util.Comparator.comparingInt(Token::column));
        List<Token> out = new ArrayList<>();
        for (int k = 0; k < merged.size(); k++) {
            Token t = merged.get(k);
            out.add(new Token(t.text(), t.column(), k == 0 ? 0 : Math.max(2, t.gap())));
        }
        return new Line(b.number(), out, b.page());
    }

    /**
     * Whether the outer lines are one label wrapped around the figures of its row (其中：基本支 / 820.00 830.50 830.50 — 100% —
     * / 出, a money item's label vertically centred on its one-line figures): the middle line only figures (two or more:
     * amounts, rates, — for none), all right of the label; the label one word on each outer line, no figure, no title, the
     * lower part no longer than the upper (a wrapped cell's last line) and no label of its own unless the upper is none
     * and the two make one (else two rows' labels, 其中：财政拨款 / 其他资金, each printed over its figures, would be joined).
     */
    static boolean labelAroundFigures(List<Token> at, List<Token> ct, Line b) {
        if (at.size() != 1 || ct.size() != 1 || b.tokens().size() < 2) {
            return false;
        }
        String x = at.get(0).text();
        String y = ct.get(0).text();
        for (Token t : b.tokens()) {
            if (!SpacedMoneyRows.figure(t.text()) || t.column() <= at.get(0).column() + 2 || t.column() <= ct.get(0).column() + 2) {
                return false;
            }
        }
        return !SpacedMoneyRows.figure(x) && !SpacedMoneyRows.figure(y) && !isTitle(x) && !isYear(x)
                && Text.key(y).length() <= Text.key(x).length() && !Rx.holdsDigitOnOneLine(Text.key(x + y))
                && (!isLabel(y) || !isLabel(x) && isLabel(x + y));
    }

    /**
     * Whether the first token of {@code longer} is a label's piece standing alone at the far left
     * (项目资金 or （元）, the halves of a money block's label printed down its rows): left of every
     * other token of the three lines by more than two columns, and a label or a bracketed unit.
     */
    private static boolean leadsAlone(List<Token> longer, List<Token> shorter, Line b) {
        Token t = longer.get(0);
        if (shorter.isEmpty() || !isLabel(t.text()) && MoneyVocabulary.fundingUnit(t.text()) == null) {
            return false;
        }
        for (Token u : b.tokens()) {
            if (u.column() <= t.column() + 2) {
                return false;
            }
        }
        return longer.get(1).column() > t.column() + 2 && shorter.get(0).column() > t.column() + 2;
    }

    /**
     * The placed lines of the table being read ({@link LaidOutTable}): rows {@code at} onwards of
     * the output, one per line, until a line that is not a row of the table.
     */
    private static final class Run {
        Heading heading;
        boolean inTable;
        /** The money column headings the lines below stand under (年初预算数 | 全年预算数 …), or null. */
        List<ColumnFit.Tok> moneyHeads;
        /** The two goal columns' headings the lines below stand under (项目总目标 | 年度总体目标), or null. */
        SpacedGoalColumns.Heads goalHeads;
        /** The lines around the one being read, how many rows the one before gave, a line joined to a heading. */
        Line prev;
        Line next;
        int lastAdded;
        int consumed = -1;
        int at;
        List<ColumnFit.Role> roles;
        int[] starts;
        final List<LaidOutTable.Line> lines = new ArrayList<>();
        final java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes;

        /** The lines cut where they print the same text twice ({@link TwiceLines}). */
        final java.util.TreeSet<Integer> cut = new java.util.TreeSet<>();

        Run(java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
            this.notes = notes;
        }

        List<ColumnFit.Tok> cut(int no, List<ColumnFit.Tok> toks) {
            cut.add(no);
            return toks;
        }

        void add(List<Row> out, LaidOutTable.Line line, Heading h) {
            if (lines.isEmpty() || roles != h.roles) {
                flush(out);
                at = out.size();
                roles = h.roles;
                starts = h.starts;
            }
            lines.add(line);
        }

        /** Replaces the run's rows by the table's rows ({@link LaidOutTable#rows}), where they are printed lines. */
        void flush(List<Row> out) {
            if (lines.isEmpty()) {
                return;
            }
            List<Row> rows = LaidOutTable.rows(lines, roles, starts, notes);
            TwiceLines.note(rows != null ? rows : out.subList(at, at + lines.size()), cut, notes);
            if (rows != null) {
                List<Row> tail = new ArrayList<>(out.subList(at + lines.size(), out.size()));
                out.subList(at, out.size()).clear();
                out.addAll(rows);
                out.addAll(tail);
            }
            lines.clear();
        }
    }

    private static void read(Line line, List<Row> out, Run run, Heading heading, boolean inTable) {
        run.heading = heading;
        run.inTable = inTable;
        {
            List<ColumnFit.Tok> toks = glue(line.tokens());
            if (toks.isEmpty()) {
                return;
            }
            int no = line.number();
            if (run.goalHeads != null) {
                // under two goal columns' headings: each line placed under them by where its words stand
                List<Cell> goals = SpacedGoalColumns.place(no, toks, run.goalHeads);
                if (goals != null) {
                    out.add(new Row(goals, true, Locator.line(no)));
                    return;
                }
                run.goalHeads = null;
            }
            if (toks.size() >= FLAT_TOKENS && headingAt(toks, 1) >= 0) {
                run.heading = heading = flat(no, toks, out);
                run.inTable = inTable = true;
                return;
            }
            boolean titleHead = toks.size() == 1 && titleBegun(line, run.next);
            if (toks.size() == 1 && (heading == null || titleHead || isTitle(toks.get(0).text()) || isYear(toks.get(0).text()))) {
                String t = toks.get(0).text();
                if (isTitle(t) || titleHead) {
                    run.heading = heading = null;
                    run.inTable = inTable = false;
                }
                // inside a table, a line of one cell is a row with one filled cell (a label, the goals)
                out.add(inTable && !isTitle(t) && !titleHead && !isYear(t) ? plain(no, toks) : Row.prose(t, Locator.line(no)));
                return;
            }
            if (heading != null && toks.size() >= 2 && isTitle(spaced(toks))) {
                // the next sheet's title right under a table, cut by the table's grid into cells
                // (2、冀财社[2019]101 | 号河北省财政厅关于提前下达 | 2020 | 年…绩效目标表): it ends the table
                run.heading = null;
                run.inTable = false;
                out.add(Row.prose(spaced(toks), Locator.line(no)));
                return;
            }
            run.inTable = inTable = true;
            int h = headingAt(toks, 0);
            HeadingBand.Band band = null;
            List<ColumnFit.Tok> apart = toks.size() < line.tokens().size() ? HeadingBand.apart(toks, line, run.next) : null;
            HeadingBand.Band apartBand = apart == null ? null : band(apart, no, out, run);
            if (apartBand != null && headingEnd(apartBand.toks(), 0) > 0) {
                // narrow columns print their headings one space apart (一级指 二级指标, 指标值 全年实际完 未完成原因和),
                // which glue read as one cell: the line's words apart, each a heading or its first half
                toks = apart;
                band = apartBand;
                h = 0;
            }
            if (h != 0 && toks.size() >= 2 && (allHeadingWords(toks) || leadHeadFirst(toks) || HeadingBand.partsOnly(toks))) {
                // a line of heading words that names a table only with the lines around it (一级指 | 二级指标 … | 标);
                // the lead column's 绩效指标 wrapped in its cell (绩效指 | 一级指标 … | 标) as well; and
                // 绩效指标 一级指 二级指标 三级指标 指标值 | 标 (a browser prints the halves on the heading's line)
                HeadingBand.Band b = band(toks, no, out, run);
                if (b.changed() && headingEnd(b.toks(), 0) > 0) {
                    band = b;
                    h = 0;
                }
            }
            if (h == 0) {
                band = band != null ? band : band(toks, no, out, run);
                if (band.tookAbove()) {
                    out.remove(out.size() - 1);
                }
                run.consumed = band.consumed();
                toks = band.toks();
                run.heading = heading = new Heading(toks);
                Row row = plain(no, toks);
                if (heading.leadAdded) {
                    List<Cell> cells = new ArrayList<>(row.cells());
                    cells.add(0, new Cell("", new Locator(no, 0, null)));
                    row = new Row(cells, true, row.at());
                }
                out.add(row);
                return;
            }
            if (heading != null && !stops(toks.get(0).text())) {
                List<List<List<ColumnFit.Placed>>> whole = new ArrayList<>(1); // the line's split as it stands, when the cut made it
                TwiceLines.Cut twice = TwiceLines.cut(toks, heading.roles, heading.starts, heading.limits, whole); // a heading printed twice
                toks = twice == null ? toks : run.cut(no, twice.toks());
                List<List<ColumnFit.Placed>> split = twice != null ? List.of(twice.runs()) : !whole.isEmpty() ? whole.get(0)
                        : ColumnFit.split(toks, heading.roles, heading.starts, heading.limits, false);
                if (split != null && split.size() == 1) {
                    Row row = placed(no, toks, split.get(0), heading.roles.size());
                    if (heading.starts != null) {
                        // aligned text: the line may be part of a row
                        run.add(out, laid(no, line.page(), row, toks, split.get(0)), heading);
                    }
                    out.add(row);
                    return;
                }
            }
            if (stops(toks.get(0).text())) {
                run.heading = heading = null;
            }
            if (heading == null && run.prev != null && run.prev.number() == no - 1 && run.lastAdded == 1 && !out.isEmpty()
                    && run.next != null && run.next.number() == no + 1) {
                List<ColumnFit.Tok> wrapped = SpacedMoneyRows.wrappedHeads(toks, HeadingBand.words(run.prev.tokens()),
                        HeadingBand.words(run.next.tokens()));
                if (wrapped != null) {
                    out.remove(out.size() - 1); // the headings' first halves, read as a row of their own
                    run.consumed = run.next.number();
                    toks = wrapped;
                }
            }
            run.goalHeads = SpacedGoalColumns.heads(toks);
            List<Cell> cells = run.moneyHeads == null ? null : SpacedMoneyRows.place(no, toks, run.moneyHeads);
            if (cells == null && !SpacedMoneyRows.isMoneyLine(toks)) {
                run.moneyHeads = SpacedMoneyRows.heads(toks); // money column headings, or null: the block ended
            }
            out.add(new Row(cells != null ? cells : HeaderCells.header(no, toks), true, Locator.line(no)));
        }
    }

    /** The heading row joined with the lines around it ({@link HeadingBand#band}). */
    private static HeadingBand.Band band(List<ColumnFit.Tok> toks, int no, List<Row> out, Run run) {
        return HeadingBand.band(toks, no, run.prev, run.next, run.lastAdded == 1 && !out.isEmpty());
    }

    /**
     * Whether a line of one word is the first half of a title wrapped onto the next line (城乡居民长期护理保险制度试点补助资金
     * 转移支付区域（项目） / 绩效自评表): alone it names no sheet, joined to the next line's one word it does. Under a table it
     * ends the table as the title does, not a row of one cell.
     */
    static boolean titleBegun(Line line, Line next) {
        if (next == null || next.number() != line.number() + 1 || line.tokens().size() != 1 || next.tokens().size() != 1) {
            return false;
        }
        String a = line.tokens().get(0).text();
        String b = next.tokens().get(0).text();
        // the second line alone names a sheet at most by the family's word (绩效自评表), not a title of its own
        // (财政项目支出绩效目标申报表 under a name's last line 度（%）)
        return !isTitle(a) && isTitle(a + b) && Text.key(a).length() >= 8 && (!isTitle(b) || Text.key(b).length() <= TITLE_TAIL);
    }

    /** The longest second line of a wrapped title that names a sheet by itself (绩效自评表, 绩效目标申报表). */
    private static final int TITLE_TAIL = 7;

    private static LaidOutTable.Line laid(int no, int page, Row row, List<ColumnFit.Tok> toks, List<ColumnFit.Placed> runs) {
        String[] texts = new String[row.cells().size()];
        int[] starts = new int[texts.length];
        java.util.Arrays.fill(starts, -1);
        for (int c = 0; c < texts.length; c++) {
            String t = row.cells().get(c).text();
            texts[c] = t.isEmpty() ? null : t;
        }
        for (ColumnFit.Placed p : runs) {
            if (starts[p.column()] < 0) {
                starts[p.column()] = toks.get(p.from()).column();
            }
        }
        return new LaidOutTable.Line(no, texts, starts, page);
    }

    /** The columns an indicator heading row names. */
    private static final class Heading {
        final List<ColumnFit.Role> roles = new ArrayList<>();
        final int[] starts;
        /** Per column, where its cells end at the latest ({@link #limits}), or null with {@link #starts}. */
        final int[] limits;
        /** An empty lead column added left of an indented heading. */
        boolean leadAdded;

        Heading(List<ColumnFit.Tok> toks) {
            int[] at = new int[toks.size()];
            boolean aligned = false;
            for (int i = 0; i < toks.size(); i++) {
                roles.add(ColumnFit.role(toks.get(i).text()));
                at[i] = toks.get(i).column();
                aligned |= i > 0 && toks.get(i).gap() >= 2;
            }
            LaidOutNameRole.fill(toks, roles); // 一级指标 | 二级指标 | 指标内容 | 指标值: the names' column
            // a heading row printed with single spaces (an OCR engine's text) says nothing about where columns start
            if (aligned && toks.get(0).column() > LEAD_INDENT && roles.get(0) != ColumnFit.Role.LEAD) {
                // an indented heading: the lead column (绩效指标, its label printed only on some line
                // below) is left of it, without a heading of its own
                roles.add(0, ColumnFit.Role.LEAD);
                int[] with = new int[at.length + 1];
                with[0] = 1;
                System.arraycopy(at, 0, with, 1, at.length);
                at = with;
                leadAdded = true;
            }
            starts = aligned && !delimited(toks) ? at : null;
            limits = starts == null ? null : limits(toks, starts, leadAdded);
        }

        /**
         * Where each column's cells end at the latest: the next heading's start, where the heading row leaves room
         * between the two (more than twice the heading's characters and a space: not 实际完成值 分值 得分 printed a space
         * apart, narrower than their cells); elsewhere no limit.
         */
        private static int[] limits(List<ColumnFit.Tok> toks, int[] starts, boolean leadAdded) {
            int[] out = new int[starts.length];
            java.util.Arrays.fill(out, Integer.MAX_VALUE);
            int shift = leadAdded ? 1 : 0;
            for (int c = shift; c + 1 < starts.length; c++) {
                int len = Text.key(toks.get(c - shift).text()).length();
                if (starts[c + 1] - starts[c] >= 2 * len + 2) {
                    out[c] = starts[c + 1];
                }
            }
            return out;
        }

        /**
         * Whether a heading's words are separated by one fixed run of spaces (every gap two spaces, or
         * every gap three): a row delimited by spaces, not a grid, whose columns a heading over
         * cells of several widths would pad to differing gaps. Its positions say nothing about where
         * the rows' cells start.
         */
        static boolean delimited(List<ColumnFit.Tok> toks) {
            if (toks.size() < 4) {
                return false;
            }
            int gap = toks.get(1).gap();
            for (int i = 2; i < toks.size(); i++) {
                if (toks.get(i).gap() != gap) {
                    return false;
                }
            }
            return gap >= 2;
        }
    }

    /** Spaced-out words joined, bracketed units joined to their label, wrapped labels joined ({@link SpacedWords#glue}). */
    static List<ColumnFit.Tok> glue(List<Token> tokens) {
        return SpacedWords.glue(tokens);
    }

    /**
     * @param from 0 to ask only whether the tokens start with the heading run, 1 to look anywhere
     * @return the index where an indicator heading run starts, or -1
     */
    private static int headingAt(List<ColumnFit.Tok> toks, int from) {
        int end = from == 0 ? 1 : toks.size();
        for (int s = 0; s < end; s++) {
            if (headingEnd(toks, s) > s) {
                return s;
            }
        }
        return -1;
    }

    /** The end of a run of heading words starting at {@code s} that names an indicator table, or -1. */
    private static int headingEnd(List<ColumnFit.Tok> toks, int s) {
        int named = 0;
        boolean value = false;
        int e = s;
        while (e < toks.size() && ColumnFit.isHeadingWord(toks.get(e).text())) {
            Vocabulary.Column c = Vocabulary.column(toks.get(e).text());
            if (c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2 || c == Vocabulary.Column.NAME) {
                named++;
            }
            value |= c == Vocabulary.Column.VALUE;
            e++;
        }
        // 指标类型 指标名称 目标值 备注: the whole line one heading word a column
        boolean whole = s == 0 && e == toks.size()
                && Vocabulary.isHeadingOfItsOwnWords(toks.stream().map(ColumnFit.Tok::text).toList());
        return named >= 3 || named >= 2 && value || whole ? e : -1;
    }

    /**
     * The end of a flattened heading with the words of a column no rule names after it (评（扣）分标准): one word
     * between the heading words and the first category label, short, with no digit and no value in it, is the
     * heading of a text column (its cells the sheet's remnants), not an indicator.
     */
    private static int textHeadingAfter(List<ColumnFit.Tok> toks, int he) {
        if (he + 1 >= toks.size()) {
            return he;
        }
        String t = toks.get(he).text();
        String k = Text.key(t);
        return !k.isEmpty() && k.length() <= 10 && !hasDigit(k) && Vocabulary.category(t) == null
                && Vocabulary.category(toks.get(he + 1).text()) != null ? he + 1 : he;
    }

    private static boolean hasDigit(String k) {
        for (int i = 0; i < k.length(); i++) {
            if (Character.isDigit(k.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A token that ends an indicator table: a title, a note, a total, the next sheet's project label. */
    static boolean stops(String token) {
        String k = Vocabulary.labelKey(token);
        return isTitle(token) || k.equals("说明") || k.equals("备注") || k.equals("注") || k.equals("总分")
                || k.equals("合计") || Vocabulary.PROJECT.contains(k) && !k.equals("项目");
    }

    /**
     * @param text a line or cell
     * @return whether it names a sheet as a title does (…绩效目标表, …绩效自评表, …申报表)
     */
    public static boolean isTitle(String text) {
        return text != null && Recovery.isTitleText(text.strip()); // what isTitle(Row.prose(text, …)) answers
    }

    /** A line's tokens joined as printed, one space between. */
    private static String spaced(List<ColumnFit.Tok> toks) {
        String[] parts = new String[toks.size()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = toks.get(k).text();
        }
        return String.join(" ", parts);
    }

    /** Whether every token is a heading word ({@link ColumnFit#isHeadingWord}): a loop, asked per line. */
    /**
     * A heading line led by the first part of the lead column's 绩效指标 wrapped in its narrow cell ({@code 绩效指}, its
     * {@code 标} on the line below), every other token a heading word: {@link HeadingBand#band} joins the two lines.
     */
    private static boolean leadHeadFirst(List<ColumnFit.Tok> toks) {
        return Vocabulary.isIndicatorBlockHead(toks.get(0).text()) && allHeadingWords(toks.subList(1, toks.size()));
    }

    private static boolean allHeadingWords(List<ColumnFit.Tok> toks) {
        for (ColumnFit.Tok t : toks) {
            if (!ColumnFit.isHeadingWord(t.text())) {
                return false;
            }
        }
        return true;
    }

    static boolean isYear(String token) {
        return Rx.matches(YEAR, Text.key(token));
    }

    /** A label that starts a row of the header block. */
    static boolean isLabel(String token) {
        String k = Vocabulary.labelKey(token);
        if (k.isEmpty() || Rx.holdsDigitOnOneLine(k)) { // k.matches(".*\\d.*"), by a scan
            return false;
        }
        return Vocabulary.isHeaderLabel(token) || MoneyVocabulary.isFundingLabel(token) || Vocabulary.isGoalsLabel(token)
                || Vocabulary.isCompletionLabel(token) || Vocabulary.isManagementLabel(token)
                || Vocabulary.isIndicatorBlockLabel(token) || isFundingItem(k) || MoneyVocabulary.isMoneyLabel(token);
    }

    private static final Pattern FUNDING_ITEM = Pattern.compile("(其中.{0,10}|.{0,6}(资金|资金总额|拨款|预算数|执行数|金额))");

    static boolean isFundingItem(String key) {
        return key.length() <= 12 && Rx.matches(FUNDING_ITEM, key);
    }

    static final Pattern SENTENCE_END = Pattern.compile(".*[。；;，,、！？]$");
    /** Every token its own cell. */
    private static Row plain(int no, List<ColumnFit.Tok> toks) {
        List<Cell> cells = new ArrayList<>();
        for (ColumnFit.Tok t : toks) {
            cells.add(new Cell(t.text(), new Locator(no, cells.size() + 1, null)));
        }
        return new Row(cells, true, Locator.line(no));
    }

    /** A row from the runs a split placed in the heading's columns; empty cells where none was. */
    private static Row placed(int no, List<ColumnFit.Tok> toks, List<ColumnFit.Placed> runs, int width) {
        String[] texts = new String[width];
        for (ColumnFit.Placed p : runs) {
            String run = HeaderCells.joined(toks, p.from(), p.to()); // the run's tokens joined by a space
            texts[p.column()] = texts[p.column()] == null ? run : texts[p.column()] + " " + run;
        }
        List<Cell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cells.add(new Cell(texts[c] == null ? "" : texts[c], new Locator(no, c + 1, null)));
        }
        return new Row(cells, true, Locator.line(no));
    }

    /**
     * A whole table (or several) on one line: cut at titles, years, header labels and the heading
     * row; the indicator rows under the heading split where the columns start over.
     *
     * @return the heading in force at the end of the line, or null
     */
    private static Heading flat(int no, List<ColumnFit.Tok> toks, List<Row> out) {
        Heading heading = null;
        int i = 0;
        int n = toks.size();
        while (i < n) {
            String t = toks.get(i).text();
            if (isTitle(t) || isYear(t)) {
                out.add(Row.prose(t, Locator.line(no)));
                heading = null;
                i++;
                continue;
            }
            int he = headingEnd(toks, i);
            if (he > i) {
                he = textHeadingAfter(toks, he);
                List<ColumnFit.Tok> head = toks.subList(i, he);
                heading = new Heading(head);
                out.add(plain(no, head));
                int s = he;
                while (s < n && !(s > he && stops(toks.get(s).text()) || isTitle(toks.get(s).text()))) {
                    s++;
                }
                List<ColumnFit.Tok> body = toks.subList(he, s);
                List<List<ColumnFit.Placed>> rows = body.isEmpty() ? List.of()
                        : ColumnFit.split(body, heading.roles, null, true);
                if (rows == null) {
                    out.add(plain(no, body));
                } else {
                    for (List<ColumnFit.Placed> r : rows) {
                        out.add(placed(no, body, r, heading.roles.size()));
                    }
                }
                i = s;
                continue;
            }
            if (Vocabulary.isCompletionLabel(t)) {
                // 总体目标完成情况 | 总体目标 | 全年实际完成情况: the block's column headings, then its rows
                int e = i + 1;
                while (e < n && ColumnFit.isHeadingWord(toks.get(e).text()) && headingEnd(toks, e) < 0) {
                    e++;
                }
                out.add(plain(no, toks.subList(i, e)));
                i = e;
                continue;
            }
            // a header row: up to the next label that does not follow a label, a title or the heading row
            int e = i + 1;
            while (e < n) {
                String u = toks.get(e).text();
                if (isTitle(u) || isYear(u) && e == i + 1 || headingEnd(toks, e) > e || stops(u) && e > i
                        || HeaderCells.isUnitStatement(u) || isLabel(u) && !HeaderCells.continuesRow(toks.get(e - 1).text(), u)) {
                    break;
                }
                e++;
            }
            List<ColumnFit.Tok> row = toks.subList(i, e);
            out.add(new Row(HeaderCells.header(no, row), true, Locator.line(no)));
            i = e;
        }
        return heading;
    }
}
