package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicator rows that are printed lines rather than table rows ({@link Document#printedLines}: plain
 * OCR text, where the engine prints a page line by line and a cell that wraps puts its second line
 * on the next printed line, with none of the row's other cells). Two repairs, each a diagnostic:
 * marks that stand between a line's cells without being text (a rule or a speck read as a
 * character) are set aside as remnants; and where the sheet numbers its indicators (指标N), a line
 * without a number continues the numbered indicator above it.
 */
final class PrintedLines {
    /** One-character cells that are answers, not marks. */
    private static final String ONE_CHARACTER_ANSWERS = "无是否有";

    private PrintedLines() {
    }

    /**
     * The row without the cells that are marks rather than text: a single character that is no
     * digit, category or one-character answer (无, 是, 否, 有; a Chinese numeral alone is a mark), or up to three characters with
     * neither a Chinese character nor a digit ({@code L .}, {@code v}). Each is a remnant.
     */
    static Row withoutMarks(Row r, SheetDraft d) {
        if (loneCharacter(r) != null) {
            return r; // a wrapped cell's last character, or a mark: decided once the lines are joined (withoutLoneCharacters)
        }
        List<Cell> out = null;
        for (int i = 0; i < r.cells().size(); i++) {
            Cell c = r.cells().get(i);
            java.util.regex.Matcher speck = SPECK_TAIL.get().matcher(c.text());
            if (speck.matches()) {
                // 312元 ET: Latin letters after a value that already ends in its unit are specks
                if (out == null) {
                    out = new ArrayList<>(r.cells().subList(0, i));
                }
                d.remnant(new Cell(speck.group(2), c.at(), c.confidence()), "Latin letters after a value's unit (a speck read as text)");
                out.add(c.withText(speck.group(1)));
                continue;
            }
            if (isMark(c.text())) {
                if (out == null) {
                    out = new ArrayList<>(r.cells().subList(0, i));
                }
                d.remnant(c, "a mark between the cells of a printed line (a rule or speck read as text)");
                continue;
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? r : new Row(out, r.table(), r.at());
    }

    /** The only cell of a line that holds one Chinese character and nothing else, or null. */
    private static Cell loneCharacter(Row r) {
        Cell only = null;
        for (Cell c : r.cells()) {
            if (c.isEmpty()) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = c;
        }
        if (only == null) {
            return null;
        }
        String k = Text.key(only.text());
        return k.codePointCount(0, k.length()) == 1 && Character.UnicodeScript.of(k.codePointAt(0)) == Character.UnicodeScript.HAN
                && Vocabulary.category(only.text()) == null && ONE_CHARACTER_ANSWERS.indexOf(k.charAt(0)) < 0 ? only : null;
    }

    /**
     * The OCR repairs of a value ({@link OcrRepair#value}) for the values the printed-line rules
     * placed: a line's cells do not stand under the heading's columns, so the row-wise repair found
     * no value column on most of them ({@code >520元} read by an engine that prints no ≥, a
     * comparator read as {@code 》}, {@code 85%6} under a rate). The repaired reading goes into the
     * value (as the row-wise repair writes it), the engine's text into the diagnostic. ≥ or ≤ the
     * engine printed ({@link SheetDraft#engineNoGe}, not the row-wise repair's) means it prints them,
     * so its {@code >} and {@code <} stay. A value the row-wise repair took is read again and stays (the repairs find nothing more).
     */
    static void repairValues(List<Read> reads, List<Row> lines, SheetDraft d) {
        boolean noGe = d.engineNoGe || !OcrRepair.printsGe(lines);
        List<dev.zhibiao.Diagnostic> notes = new ArrayList<>();
        for (Read r : reads) {
            Cell value = r.content.get(Column.VALUE);
            if (value == null || !value.ocr() || !r.isIndicator()) {
                continue; // only cells an engine read (a join of two lines' cells carries no confidence: not repaired)
            }
            Cell fixed = OcrRepair.value(value, r.content.get(Column.NAME).text(), noGe, notes);
            if (!fixed.text().equals(value.text())) {
                r.content.put(Column.VALUE, fixed);
            }
        }
        d.diagnostics.addAll(notes);
    }

    /**
     * The OCR repairs of a value ({@link OcrRepair#value}) for the values of a table of rows (word boxes) that were read
     * by content ({@link IndicatorTable#sequential}): the row-wise repair repairs the cells under the heading's value
     * column, and a row whose cells do not stand under the heading's columns (a misread heading cell, a column the
     * heading leaves blank: {@code >299.68} under 三级指标's column) kept its value unrepaired. Only where the engine
     * printed no ≥ or ≤ anywhere in the document ({@link SheetDraft#engineNoGe}), so that its {@code >} before a number
     * is the ≥ the sheet printed, as {@link #repairValues} takes it on printed lines; the repaired reading goes into the
     * value, the engine's text into the diagnostic. A value the row-wise repair took is read again and stays.
     */
    static void repairValuesByContent(List<Read> reads, SheetDraft d) {
        if (!d.engineNoGe) {
            return;
        }
        List<dev.zhibiao.Diagnostic> notes = new ArrayList<>();
        for (Read r : reads) {
            Cell value = r.content.get(Column.VALUE);
            if (!r.byContent || value == null || !value.ocr() || !r.isIndicator()) {
                continue;
            }
            Cell fixed = OcrRepair.value(value, r.content.get(Column.NAME).text(), true, notes);
            if (!fixed.text().equals(value.text())) {
                r.content.put(Column.VALUE, fixed);
            }
        }
        d.diagnostics.addAll(notes);
    }

    /**
     * A line of one Chinese character that no join took as the end of a wrapped cell is a mark
     * after all (a speck or a rule read as a character): a remnant, like the marks of
     * {@link #withoutMarks}.
     */
    static void withoutLoneCharacters(List<Read> reads, SheetDraft d) {
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (isLoneCharacter(r)) {
                d.remnant(r.content.get(Column.NAME), "a mark between the cells of a printed line (a rule or speck read as text)");
                reads.remove(i--);
            }
        }
    }

    /** A read of one name cell of one Chinese character, nothing else. */
    private static boolean isLoneCharacter(Read r) {
        Cell name = r.content.get(Column.NAME);
        return r.content.size() == 1 && name != null && r.labels.isEmpty() && r.others.isEmpty()
                && loneCharacter(new Row(List.of(name), true, name.at())) != null;
    }

    static boolean isMark(String text) {
        String k = Text.key(text);
        if (k.isEmpty() || Vocabulary.category(text) != null) {
            return false;
        }
        if (k.codePointCount(0, k.length()) == 1) {
            // a Chinese numeral alone (二, 四) reads as a number, but no value is printed so
            return ONE_CHARACTER_ANSWERS.indexOf(k.charAt(0)) < 0 && !Character.isDigit(k.codePointAt(0));
        }
        if (IndicatorTable.isValueLike(text)) {
            return false;
        }
        if (k.length() > 3) {
            return false;
        }
        for (int i = 0; i < k.length(); ) {
            int c = k.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Where at least two indicators are numbered, a printed line whose name has no number, after a
     * numbered indicator, is the rest of that indicator's cells wrapped onto the next line (a name's
     * second line, its value printed beside it or alone): each of its cells is joined to the same
     * cell of the indicator (appended, or filling it where it was empty). Labels printed on such a
     * line stay on a row of their own at that line, for the label placement. A lone cell that starts
     * with a number or holds a comparator continues the value, not the name. Not joined: a line that
     * holds a complete value and a name of its own while the indicator's value is complete too, and
     * a line labelled at both levels (a group of one line).
     */
    static void joinNumbered(List<Read> reads, SheetDraft d) {
        if (PrintedNumbers.numbered(reads) < 2) {
            return;
        }
        Read owner = null;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!r.isIndicator()) {
                continue;
            }
            if (r.number == null && owner != null && owner.number != null) {
                PrintedNumbers.renumbered(owner.number + 1, r, d);
            }
            if (r.number != null) {
                owner = r;
                continue;
            }
            if (isLoneCharacter(r)) {
                continue; // numbered names are joined by their numbers: a lone character is a mark (withoutLoneCharacters)
            }
            if (owner != null && owner.number != null && PrintedNumbers.numberedLater(owner.number, r, d)) {
                owner = r;
                continue;
            }
            if (owner == null || completeOfItsOwn(owner, r) || bothLevels(r)) {
                owner = null;
                continue;
            }
            if (startsValueBelow(owner, r, i + 1 < reads.size() ? reads.get(i + 1) : null, d)) {
                if (r.labels.isEmpty()) {
                    reads.remove(i);
                    i--;
                } else {
                    r.content.clear();
                }
                continue;
            }
            Cell only = r.content.size() == 1 ? r.content.get(Column.NAME) : null;
            if (only != null && owner.content.get(Column.VALUE) != null && !owner.content.get(Column.VALUE).isEmpty()
                    && Rx.find(VALUE_TAIL.get(), only.text())) {
                // a value's second line (成年人<192.59%; 大中小学), not a name's
                r.content.remove(Column.NAME);
                r.content.put(Column.VALUE, only);
            }
            for (Map.Entry<Column, Cell> e : r.content.entrySet()) {
                Cell a = owner.content.get(e.getKey());
                Cell b = e.getValue();
                owner.content.put(e.getKey(), a == null || a.isEmpty() ? b : a.withText(a.text().strip() + b.text().strip()));
                d.diag("cell-joined", b.at(), "\"" + b.text() + "\" continues the " + e.getKey().name().toLowerCase(Locale.ROOT)
                        + " of the numbered indicator above (a cell wrapped onto the next printed line)");
            }
            for (int k = 0; k < r.others.size(); k++) {
                owner.others.add(r.others.get(k));
                owner.otherHeadings.add(r.otherHeadings.get(k));
            }
            owner.lastLine = Math.max(owner.lastLine, r.lastLine);
            if (r.labels.isEmpty()) {
                reads.remove(i);
                i--;
            } else {
                r.content.clear();
                r.others.clear();
                r.otherHeadings.clear();
            }
        }
    }

    /**
     * Where the sheet does not number its indicators, a printed line that holds only values (two or
     * more cells, each a value the grammar reads: {@code 0 | 0}, {@code ≥85% | ≥85%}) and no label
     * is the value cells of the indicator beside it whose name wrapped over more lines than its
     * values: the engine prints a row's one-line cells on the middle line of its taller name cell,
     * so they stand alone above or below the name. They go, in the table's column order from 指标值
     * on, to the indicator on the line right above when it has no value, else to the one right below
     * when it has none; a {@code value-joined} diagnostic. A lone value is the reader's own rule
     * (joined above while reading); a line whose cells are no values, or whose neighbours both have
     * their values, stays.
     */
    static void valuesBeside(List<Read> reads, List<Column> contentOrder, SheetDraft d) {
        if (PrintedNumbers.numbered(reads) >= 2) {
            return; // joinNumbered's
        }
        int from = contentOrder.indexOf(Column.VALUE);
        if (from < 0) {
            return;
        }
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!r.isIndicator() || !r.labels.isEmpty() || !r.others.isEmpty() || r.content.size() < 2
                    || r.content.size() > contentOrder.size() - from) {
                continue;
            }
            boolean values = true;
            for (Cell c : r.content.values()) {
                values &= IndicatorTable.isValueLike(c.text());
            }
            if (!values) {
                continue;
            }
            Read above = i > 0 ? reads.get(i - 1) : null;
            Read below = i + 1 < reads.size() ? reads.get(i + 1) : null;
            Read to = takes(above, r.line - 1, contentOrder, from) ? above
                    : takes(below, r.lastLine + 1, contentOrder, from) ? below : null;
            if (to == null) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            int k = from;
            for (Cell c : r.content.values()) {
                to.content.put(contentOrder.get(k++), c);
                joined.append(joined.length() == 0 ? "" : " | ").append(c.text().strip());
            }
            to.line = Math.min(to.line, r.line);
            to.lastLine = Math.max(to.lastLine, r.lastLine);
            d.diag("value-joined", r.row.at(), "values printed on a line of their own (\"" + joined + "\") joined to the indicator "
                    + (to == above ? "above" : "below") + ", \"" + to.content.get(Column.NAME).text().strip() + "\", which has none"
                    + " (a row's one-line cells printed on the middle line of its wrapped name)");
            reads.remove(i--);
        }
    }

    /** Whether the read is an indicator printed on that line whose name is no value and whose value columns are empty. */
    private static boolean takes(Read t, int line, List<Column> contentOrder, int from) {
        if (t == null || !t.isIndicator() || t.number != null || (t.line != line && t.lastLine != line)
                || IndicatorTable.isValueLike(t.content.get(Column.NAME).text())) {
            return false;
        }
        for (int k = from; k < contentOrder.size(); k++) {
            Cell c = t.content.get(contentOrder.get(k));
            if (c != null && !c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the sheet does not number its indicators, a name that fills its cell's width continues
     * on the next printed line: a cell's text wraps only when a line is full, so a name piece as wide
     * as the widest pieces of the name column (the cell's width, seen on at least two lines, at least
     * six characters) is joined with the name on the line below, and so on while the joined piece is
     * full; the line below brings its value where the indicator has none, or its value's unit where the
     * value above ends in its number. Not joined: two lines that both hold a value, a line below that carries labels (they stay, on a row of their own, for the
     * label placement), or lines that are not consecutive. Each join is a {@code cell-joined}
     * diagnostic.
     */
    static void joinFullWidth(List<Read> reads, SheetDraft d) {
        if (PrintedNumbers.numbered(reads) >= 2) {
            return; // joinNumbered's
        }
        int cellWidth = cellWidth(reads, d.twoLineCells);
        if (cellWidth < 0) {
            return;
        }
        for (int i = 0; i + 1 < reads.size(); i++) {
            Read r = reads.get(i);
            if (twoLines(r, d.twoLineCells) != null) {
                continue; // its name is two printed lines already, its last one not known apart
            }
            Cell name = r.content.get(Column.NAME);
            String tail = name == null ? "" : name.text();
            while (width(tail) >= cellWidth - 2 && i + 1 < reads.size()) {
                Read next = reads.get(i + 1);
                Cell rest = next.content.get(Column.NAME);
                if (rest == null || next.number != null || bothLevels(next) || next.line != r.lastLine + 1
                        || hasValue(r) && hasValue(next) && !unitBelow(r, next) || !next.others.isEmpty()) {
                    break;
                }
                for (Map.Entry<Column, Cell> e : next.content.entrySet()) {
                    Cell a = r.content.get(e.getKey());
                    Cell b = e.getValue();
                    r.content.put(e.getKey(), a == null || a.isEmpty() ? b : a.withText(a.text().strip() + b.text().strip()));
                    d.diag("cell-joined", b.at(), "\"" + b.text() + "\" continues the " + e.getKey().name().toLowerCase(Locale.ROOT)
                            + " above, whose name fills its cell's width (a cell wrapped onto the next printed line)");
                }
                r.lastLine = next.lastLine;
                if (next.labels.isEmpty()) {
                    reads.remove(i + 1);
                } else {
                    // its labels stay on a row of their own at that line, for the label placement
                    next.content.clear();
                    i++;
                }
                tail = rest.text();
            }
        }
    }

    /**
     * Whether the line below prints only the unit of the value above, which ends in its number
     * ({@code <2.02} / {@code 万元}): the value's cell wrapped with its name's, so the line below holds
     * the rest of one value, not a value of its own.
     */
    private static boolean unitBelow(Read r, Read next) {
        String above = Text.key(r.content.get(Column.VALUE).text());
        return !above.isEmpty() && Character.isDigit(above.charAt(above.length() - 1))
                && ColumnFit.isUnit(next.content.get(Column.VALUE).text());
    }

    private static boolean hasValue(Read r) {
        Cell v = r.content.get(Column.VALUE);
        return v != null && !v.isEmpty();
    }

    /**
     * The width of the name column's cell: the largest name width (in half-width units, a Chinese
     * character 2) reached, within one character, by at least two lines; -1 when no such width is
     * six characters or more. Only printed lines count: a row the reader joined from two printed lines
     * ({@code twoLines}) holds a name as wide as two of its cell's lines, so its name's first line is
     * measured (none where that line is not known).
     */
    static int cellWidth(List<Read> reads) {
        return cellWidth(reads, Map.of());
    }

    /** {@link #cellWidth(List)} measuring the names of rows of cells among {@code twoLines} by their first printed line. */
    static int cellWidth(List<Read> reads, Map<Cell, String> twoLines) {
        List<Integer> widths = new ArrayList<>();
        for (Read r : reads) {
            Cell name = r.content.get(Column.NAME);
            if (name == null || r.number != null) {
                continue;
            }
            String first = twoLines(r, twoLines);
            if (first == null) {
                widths.add(width(name.text()));
            } else if (twoLines.containsKey(name) && !twoLines.get(name).isEmpty()) {
                widths.add(width(twoLines.get(name)));
            }
        }
        widths.sort(java.util.Comparator.reverseOrder());
        for (int k = 0; k + 1 < widths.size(); k++) {
            if (widths.get(k) - widths.get(k + 1) <= 2) {
                return widths.get(k + 1) >= 12 ? widths.get(k) : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a row was joined from two printed lines by the reader (one of its cells among {@code
     * twoLines}): that cell's first printed line (empty where not known), else null.
     */
    private static String twoLines(Read r, Map<Cell, String> twoLines) {
        return r.row == null ? null : TwoLineRows.firstLine(r.row, twoLines);
    }

    /** A text's width in half-width units: a Chinese character or full-width mark 2, anything else 1; spaces none. */
    static int width(String text) {
        String k = Text.key(text);
        int w = 0;
        for (int i = 0; i < k.length(); ) {
            int c = k.codePointAt(i);
            w += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1;
            i += Character.charCount(c);
        }
        return w;
    }

    /** A line that starts with a number or holds a comparator: a value's text. */
    /**
     * A value that ends in a unit (a Chinese character or %) after a number, then a space and one to
     * three Latin letters: the letters are specks, not a unit (a unit such as km stands right after
     * the number, and no unit follows a Chinese one).
     */
    private static final LazyPattern SPECK_TAIL = new LazyPattern(
            "(\\s*[<>≤≥=＜＞]?\\s*[0-9][0-9.,，．]*\\s*[\\p{IsHan}%％][\\p{IsHan}/%％]{0,3})\\s+([A-Za-z]{1,3})\\s*");


    /**
     * A value printed over two lines beside a name of one is centred on it: its first line stands
     * alone on the printed line above the name, its second beside the name. So a lone cell with a
     * number or comparator in it, between a numbered indicator that has its value and the numbered
     * line right below, whose value does not open as a value does ({@code 儿童≥200元} after
     * {@code 成年人≥270元; 大中小学生、}), is the first line of the value below: put before it, a
     * {@code cell-joined}.
     */
    private static boolean startsValueBelow(Read owner, Read r, Read next, SheetDraft d) {
        if (next == null || next.number == null || next.line != r.lastLine + 1 || r.content.size() != 1 || !r.others.isEmpty()) {
            return false;
        }
        Cell own = owner.content.get(Column.VALUE);
        Cell below = next.content.get(Column.VALUE);
        Cell only = r.content.values().iterator().next();
        if (own == null || own.isEmpty() || below == null || below.isEmpty() || dev.zhibiao.internal.grammar.Grammar.opensValue(below.text())
                || !Rx.find(VALUE_TAIL.get(), only.text())) {
            return false;
        }
        next.content.put(Column.VALUE, below.withText(only.text().strip() + below.text().strip()));
        d.diag("cell-joined", only.at(), "\"" + only.text() + "\" is the first line of the value of the numbered indicator below"
                + " (a value printed over two lines, centred on its name)");
        return true;
    }

    private static final LazyPattern VALUE_TAIL = new LazyPattern("^\\s*[0-9]|[<>≤≥=＜＞]");

    /**
     * A line labelled at both levels starts a group of its own: a one-line group's labels, not
     * labels printed in the middle of a wrapped indicator.
     */
    private static boolean bothLevels(Read r) {
        boolean l1 = false;
        boolean l2 = false;
        for (IndicatorTable.Label l : r.labels) {
            if (l.category() == null) {
                continue;
            }
            l1 |= l.category().level() != Vocabulary.Level.L2;
            l2 |= l.category().level() != Vocabulary.Level.L1;
        }
        return l1 && l2 && r.labels.size() >= 2;
    }

    private static boolean completeOfItsOwn(Read owner, Read r) {
        Cell a = owner.content.get(Column.VALUE);
        Cell b = r.content.get(Column.VALUE);
        Cell name = r.content.get(Column.NAME);
        return a != null && b != null && name != null && Text.key(name.text()).length() >= 6
                && IndicatorTable.isValueLike(a.text()) && IndicatorTable.isValueLike(b.text());
    }

    /** @return whether the read has a label in that column */
    static boolean hasLabelIn(Read r, Column column) {
        for (IndicatorTable.Label l : r.labels) {
            if (l.column() == column) {
                return true;
            }
        }
        return false;
    }

    /**
     * A printed line of a self-evaluation sheet read one cell too far right: the value column holds
     * text that is no value while the actual and the note after it hold a pair of values (two texts
     * alike, {@code >85% | >85%}, or two values the grammar reads), and the pair ends the line. A
     * line's cells end where the row ends, and the sheet prints a target and what was done side by
     * side, so the pair is 指标值 and 全年实际完成值, the cell before it is the name, and the cells
     * before that (at most two, each short, none a value) are the row's labels, the engine's readings
     * of merged cells ({@code 寺间度 | 政策知斌率 | 参保群众政策知腻率 | 普遍知晓 | 普遍知晓}). The
     * read unchanged otherwise; a {@code row-realigned} diagnostic when moved.
     */
    static Read valuePairLast(Read read, List<Cell> cells, SheetDraft d) {
        Cell value = read.content.get(Column.VALUE);
        Cell actual = read.content.get(Column.ACTUAL);
        Cell note = read.content.get(Column.NOTE);
        if (value == null || actual == null || note == null || !read.others.isEmpty()
                || IndicatorTable.isValueLike(value.text()) || cells.isEmpty() || cells.get(cells.size() - 1) != note) {
            return read;
        }
        String a = Text.key(actual.text());
        String n = Text.key(note.text());
        boolean pair = IndicatorTable.isValueLike(actual.text()) && IndicatorTable.isValueLike(note.text())
                || OcrLabels.ratio(a, n) >= 0.8;
        int at = cells.indexOf(actual);
        if (!pair || at < 2 || OcrLabels.ratio(Text.key(value.text()), a) >= 0.8) {
            return read;
        }
        Cell name = cells.get(at - 1);
        if (IndicatorTable.strongCategory(name.text()) || at - 1 > 2) {
            return read;
        }
        Read moved = new Read(read.row);
        for (Cell c : cells.subList(0, at - 1)) {
            Vocabulary.Category cat = Vocabulary.category(c.text());
            if (cat == null && (Text.key(c.text()).length() > 10 || IndicatorTable.isValueLike(c.text()))) {
                return read;
            }
            moved.labels.add(new IndicatorTable.Label(c, cat, null));
        }
        moved.content.put(Column.NAME, name);
        moved.content.put(Column.VALUE, actual);
        moved.content.put(Column.ACTUAL, note);
        d.diag("row-realigned", cells.get(0).at(), ReadDescriptions.describe(moved,
                "a pair of values ends the line (指标值 and 全年实际完成值), the cell before it the name: "));
        return moved;
    }

    /**
     * A category label read as the indicator's name: the engine prints a merged label cell on the line
     * of one of its rows, and where the row's other labels are lost the cells slide one column right
     * ({@code 服务对象满意 | 参保对象满意度 | >85%}, {@code 度指标 | 服务对象满意度}). A name that reads as a
     * category (the whole label, its stem, the start of exactly one, or the end of one longer than 指标)
     * followed by text in the value column that is no value and no category (but a satisfaction label's
     * stem, the name of many indicators) is the row's label, and
     * the cells after it move one column left (the value column's text the name, the actual's the
     * value), only when a value then stands in the value column (the slide seen to its end). A name
     * followed by a value is left alone (服务对象满意度 | ≥90% names its indicator after its category), and
     * so is a label with nothing after it (a line of the merged cell's, which the label placement reads
     * as it is). A {@code row-realigned} diagnostic; the end of a label wrapped in its merged cell
     * ({@code 度指标}), or a label where the row already has one of that level, is kept as a remnant.
     */
    static Read labelAsName(Read read, List<Column> contentOrder, SheetDraft d) {
        Cell name = read.content.get(Column.NAME);
        if (name == null || !name.ocr() || !read.others.isEmpty()) {
            return read;
        }
        Vocabulary.Category cat = Vocabulary.category(name.text());
        if (cat == null && !categoryTail(name.text())) {
            return read;
        }
        Cell value = read.content.get(Column.VALUE);
        if ((value == null || IndicatorTable.isValueLike(value.text()) || labelNotName(value.text())
                || categoryTail(value.text()) || Text.key(value.text()).length() < 3 || Rx.holdsDigitOnOneLine(Text.key(value.text())))) {
            return read;
        }
        Column level = cat != null && cat.level() == Vocabulary.Level.L1 ? Column.L1 : Column.L2;
        Read moved = new Read(read.row);
        moved.labels.addAll(read.labels);
        moved.number = read.number;
        int at = contentOrder.indexOf(Column.NAME);
        for (int i = at; at >= 0 && i + 1 < contentOrder.size(); i++) {
            Cell next = read.content.get(contentOrder.get(i + 1));
            if (next != null) {
                moved.content.put(contentOrder.get(i), next);
            }
        }
        for (Map.Entry<Column, Cell> e : read.content.entrySet()) {
            if (!contentOrder.contains(e.getKey())) {
                moved.content.put(e.getKey(), e.getValue());
            }
        }
        if (!moved.content.containsKey(Column.NAME) || !moved.content.containsKey(Column.VALUE)) {
            return read; // no value where the slide would put it: not seen to its end
        }
        boolean taken = false;
        for (IndicatorTable.Label l : read.labels) {
            taken |= l.column() == level;
        }
        if (cat == null) {
            d.remnant(name, "the last line of a category label wrapped in its merged cell, printed where the row's name stands");
        } else if (taken) {
            d.remnant(name, "a category label printed where the row's name stands, the row already labelled at its level");
        } else {
            moved.labels.add(new IndicatorTable.Label(name, cat, level));
        }
        d.diag("row-realigned", name.at(), ReadDescriptions.describe(moved,
                "a category label read as the name, the cells after it one column to the right: "));
        return moved;
    }

    /**
     * Text that reads as a category label and cannot be an indicator's name: every label but the stem
     * of a category whose stem also names indicators ({@link Vocabulary#STEM_ALSO_NAME}: {@code 服务对象满意度}).
     */
    private static boolean labelNotName(String text) {
        Vocabulary.Category c = Vocabulary.category(text);
        String k = Text.key(text);
        return c != null && !((k + "指标").equals(c.label()) && Vocabulary.STEM_ALSO_NAME.contains(c.label()));
    }

    /**
     * A printed line holding only the end of a category label longer than 指标 ({@code 度指标} of
     * 服务对象满意度指标, {@code 意度指标}): the last line of a label wrapped in its merged cell, not an
     * indicator. Texts that are categories themselves, or end no category, are not.
     */
    static boolean categoryTail(String text) {
        String k = Text.key(text);
        if (k.length() < 3 || !k.endsWith("指标") || Vocabulary.category(text) != null) {
            return false;
        }
        for (String label : Vocabulary.CATEGORIES.keySet()) {
            if (label.length() > k.length() && label.endsWith(k)) {
                return true;
            }
        }
        return false;
    }
}
