package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.text.Recent;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout recovery: the rows of a document to sheets.
 *
 * <ol>
 * <li>Segmenting: a sheet starts at its title (a prose line naming a 绩效目标表 or 绩效自评表) or,
 * where no title was printed, at a table row that starts a new header block after an indicator
 * table; its year is read from the lines between the title and the table.</li>
 * <li>The table rows before the indicator heading row (一级指标 / 二级指标 / 三级指标 / 指标值) are the
 * header block ({@link HeaderBlock}); the rows after it are indicator rows
 * ({@link IndicatorTable}).</li>
 * <li>Prose after the table and cells nothing could place are the sheet's remnants.</li>
 * </ol>
 */
public final class Recovery {

    private static final java.util.regex.Pattern CONTENTS_NUMBER = java.util.regex.Pattern.compile("^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*[、.．]\\s*");
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile(".*[。，,；;].*");
    private static final Pattern TITLE = Pattern.compile("绩效(目标|自评|评价)[^。；;，,]{0,12}表");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR = Pattern.compile("(?:^|[(（\\s])((?:19|20)\\d{2}|[12],\\d{3})\\s*年");
    private static final Pattern YEAR_LINE = Pattern.compile("^[(（]?\\s*((?:19|20)\\d{2}|[12],\\d{3})\\s*年度?\\s*[)）]?$");

    private Recovery() {
    }

    /**
     * @param doc a document
     * @return its sheets in document order
     */
    public static List<Sheet> recover(Document doc) {
        return read(doc).sheets();
    }

    /**
     * The sheets of a document and what the rest of it is.
     *
     * @param sheets  its sheets in document order (may be empty)
     * @param outside what the rows that belong to no sheet are (budget tables, contents, prose)
     */
    public record Result(List<Sheet> sheets, Outside outside) {
        /** Copies the sheets. */
        public Result {
            sheets = List.copyOf(sheets);
        }
    }

    /** Whether any cell of the rows was read by an OCR engine. */
    private static boolean anyOcr(List<Row> rows) {
        for (int i = 0, n = rows.size(); i < n; i++) {
            List<Cell> cells = rows.get(i).cells();
            for (int k = 0, m = cells.size(); k < m; k++) {
                if (cells.get(k).ocr()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Recovers the sheets of a document. A segment becomes a sheet only on evidence of one: a
     * title of the 绩效…表 family, an indicator heading row, or a sheet's header labels (项目名称 with
     * a money block or goals); every other row is recorded as outside the sheets.
     *
     * @param doc a document
     * @return its sheets and the summary of the rest
     */
    public static Result read(Document doc) {
        Recent.newDocument(); // equal texts of this document share their cached answers (Recent), not those of another
        // OCR confusions, in OCR'd cells only: characters, then vocabulary words by their place
        // (asked here first: a document without OCR'd cells, most, neither loads nor initialises the repairs'
        // classes, whose dozen expressions were compiled at every start-up; both repairs return such rows as they are)
        OcrRepair.Result ocr = anyOcr(doc.rows())
                ? OcrLabels.repair(OcrRepair.repair(doc.rows()), doc.printedLines())
                : new OcrRepair.Result(doc.rows(), new java.util.IdentityHashMap<>());
        Map<Row, List<Diagnostic>> notes = ocr.notes();
        if (!doc.notes().isEmpty()) {
            // the reader's repairs first; the OCR repairs give back one row for each row (or the row itself)
            notes = new IdentityHashMap<>(ocr.notes());
            boolean aligned = ocr.rows().size() == doc.rows().size();
            for (int i = 0; i < doc.rows().size(); i++) {
                List<Diagnostic> mine = doc.notes().get(doc.rows().get(i));
                if (mine != null) {
                    Row now = aligned ? ocr.rows().get(i) : doc.rows().get(i);
                    List<Diagnostic> all = new ArrayList<>(mine);
                    all.addAll(notes.getOrDefault(now, List.of()));
                    notes.put(now, all);
                }
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        SheetStream stream = new SheetStream(doc.source(), sheets, notes, doc.printedLines());
        // asked of the engine's own text: the row-wise repair writes ≥ into the rows it repairs
        // (plain OCR text's printed lines, and word boxes' rows: PrintedLines.repairValuesByContent)
        stream.engineNoGe = (doc.printedLines() || anyOcr(doc.rows())) && !OcrRepair.printsGe(doc.rows());
        stream.cellsUnseen = doc.cellsUnseen();
        for (Row r : ocr.rows()) {
            stream.add(r);
        }
        SheetStream.End end = stream.finish();
        if (end.first() != null) {
            sheets.set(0, end.first());
        }
        return new Result(sheets, end.outside());
    }

    /**
     * Records, on the first sheet, the lines of the document that belong to no sheet (a notice's
     * text, a table of contents, a form that is not a 绩效目标表), so that a reader of the export
     * knows they were seen and where they are.
     */
    /** Rows by page, then line (either unknown counts as 0); a class, not a lambda (each costs a class spun at start-up). */
    private static final java.util.Comparator<Row> BY_PLACE = new java.util.Comparator<>() {
        @Override
        public int compare(Row a, Row b) {
            int c = Integer.compare(a.at().page() == null ? 0 : a.at().page(), b.at().page() == null ? 0 : b.at().page());
            return c != 0 ? c : Integer.compare(a.at().line() == null ? 0 : a.at().line(), b.at().line() == null ? 0 : b.at().line());
        }
    };

    static Sheet withOutside(Sheet s, List<Row> outside, Outside summary) {
        outside.sort(BY_PLACE);
        Row first = outside.get(0);
        Row last = outside.get(outside.size() - 1);
        String where = first.at().line() != null
                ? "lines " + first.at().line() + "–" + last.at().line()
                : first.at().page() != null ? "pages " + first.at().page() + "–" + last.at().page() : "the document";
        String sample = Text.clean(first.text());
        if (sample.length() > 30) {
            sample = sample.substring(0, 30) + "…";
        }
        List<dev.zhibiao.Diagnostic> diags = new ArrayList<>();
        diags.add(new dev.zhibiao.Diagnostic("outside-sheets", outside.size()
                + " line(s) of the document belong to no sheet and were not read (" + where + ", from \"" + sample
                + "\"): " + summary, first.at()));
        diags.addAll(s.diagnostics());
        return new Sheet(s.source(), s.locator(), s.kind(), s.title(), s.year(), s.project(), s.region(), s.parties(),
                s.attributes(), s.funding(), s.spendingPlan(), s.goals(), s.midTermGoals(), s.indicators(),
                s.remnants(), diags);
    }

    /** A sheet with the OCR repairs made in its rows, first among its diagnostics. */
    static Sheet withRepairs(Sheet s, Segment seg, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        List<dev.zhibiao.Diagnostic> diags = new ArrayList<>();
        for (Row r : seg.rows()) {
            diags.addAll(notes.getOrDefault(r, List.of()));
        }
        if (diags.isEmpty()) {
            return s;
        }
        diags.addAll(s.diagnostics());
        return new Sheet(s.source(), s.locator(), s.kind(), s.title(), s.year(), s.project(), s.region(), s.parties(),
                s.attributes(), s.funding(), s.spendingPlan(), s.goals(), s.midTermGoals(), s.indicators(),
                s.remnants(), diags);
    }

    /** The rows of one sheet: the title (or null), prose before the table, table rows, prose after. */
    static final class Segment {
        Row title;
        /** The first line of a title printed over two lines ({@code 省级对市县专项转移支付 / 整体绩效目标表}), or null. */
        Row titleHead;
        final List<Row> before = new ArrayList<>();
        final List<Row> table = new ArrayList<>();
        final List<Row> after = new ArrayList<>();
        boolean sawIndicatorHeading;
        /** A table row opening with a level-1 category (产出指标 | …) was seen: indicator rows without a heading. */
        boolean sawIndicatorRows;
        Integer documentYear;
        /** The document's sentences holding a year before the segment ({@link ProjectYearNotes}). */
        List<String> yearNotes = List.of();
        /** The table rows are printed lines ({@link Document#printedLines}). */
        boolean printedLines;
        /** The engine printed no ≥ or ≤ in the document ({@link SheetDraft#engineNoGe}). */
        boolean engineNoGe;
        /** The rows are an engine's lines laid out by position, no cell seen ({@link Document#cellsUnseen}). */
        boolean cellsUnseen;
        /** The cells of rows joined from two printed lines ({@link SheetDraft#twoLineCells}). */
        Map<Cell, String> twoLineCells = Map.of();

        /**
         * Whether the segment shows it is a sheet: a title of the 绩效…表 family, an indicator heading
         * row, or a header block that starts with a project label and holds a money block or goals.
         */
        boolean evidence() {
            if (title != null || sawIndicatorHeading) {
                return true;
            }
            boolean project = false;
            boolean block = false;
            for (Row r : table) {
                Cell c = HeaderBlock.firstNonEmpty(r);
                if (c == null) {
                    continue;
                }
                project |= startsHeader(r);
                block |= MoneyVocabulary.isFundingLabel(c.text()) || Vocabulary.isGoalsLabel(c.text());
            }
            return project && block;
        }

        /** Every row of the segment, title lines first. */
        List<Row> rows() {
            List<Row> all = new ArrayList<>(2 + before.size() + table.size() + after.size());
            if (titleHead != null) {
                all.add(titleHead);
            }
            if (title != null) {
                all.add(title);
            }
            all.addAll(before);
            all.addAll(table);
            all.addAll(after);
            return all;
        }

        /** The same segment with other table rows (used for the halves of a two-period sheet). */
        Segment withTable(List<Row> rows) {
            Segment c = new Segment();
            c.title = title;
            c.titleHead = titleHead;
            c.before.addAll(before);
            c.table.addAll(rows);
            c.after.addAll(after);
            c.sawIndicatorHeading = sawIndicatorHeading;
            c.sawIndicatorRows = sawIndicatorRows;
            c.documentYear = documentYear;
            c.yearNotes = yearNotes;
            c.printedLines = printedLines;
            c.engineNoGe = engineNoGe;
            c.cellsUnseen = cellsUnseen;
            c.twoLineCells = twoLineCells;
            return c;
        }
    }

    static boolean isTitle(Row r) {
        if (r.table() && !singleCell(r)) {
            return false;
        }
        return isTitleText(r.text());
    }

    /**
     * Whether a line's text (a row's {@link Row#text()}: a single cell's text stripped) is a sheet's title;
     * for one cell, {@code isTitleText(cell.text().strip())} answers what {@code isTitle(Row.prose(cell…))}
     * does without making the row (an empty cell's key is empty, which names no sheet either way).
     */
    static boolean isTitleText(String text) {
        String t = Text.key(text);
        // a sentence that mentions a sheet (…绩效目标表详见附件。) and a part's heading (第四部分 …绩效目标表) are no title
        return t.length() <= 80 && DocumentWords.namesSheet(t) && !DocumentWords.isContentsEntry(text)
                && !Rx.matches(SENTENCE, t) && !Rx.matches(DocumentWords.PART, t);
    }

    /**
     * A table row holding a sheet's title in one cell and its year line in another
     * ({@code 项目支出绩效目标表 | （2023年度）}): a title printed between two tables that a reader
     * took into the table around it (OCR word boxes between two ruled tables).
     *
     * Also a title cut into two or three cells ({@code 2、…工作经费绩效 | 目标表}: an OCR engine that
     * boxes runs of text boxed the title in two), with or without its year after it; and a title with the
     * money's unit statement printed at its right ({@code …绩效目标表 | 单位：元}: an engine that boxes lines
     * took the title and the line beside it into one row), which is read as the unit line under a title is.
     *
     * @return the title, the year and the unit statement as prose lines, in printed order, or null when the
     *     row is not one
     */
    static List<Row> titleAndYear(Row r) {
        if (!r.table()) {
            return null;
        }
        String title = null;
        int cut = 0; // cells the title took
        Cell year = null;
        Cell unit = null; // 单位：元 printed at the title's right
        String joined = null; // at most MAX_TITLE_CELLS texts: joined as strings, each made once
        List<Cell> cells = r.cells();
        int filled = 0;
        for (int i = 0, n = cells.size(); i < n; i++) {
            if (!cells.get(i).isEmpty() && ++filled > MAX_TITLE_CELLS + 2) {
                return null; // more cells than a title, its year and its unit: no texts joined for a table's rows
            }
        }
        // a title's key holds 绩效 (DocumentWords.namesSheet); a key is folded character by character, so the
        // key of cells joined holds 绩 only when one cell's own key does: most rows are refused before any join
        boolean mayName = false;
        for (int i = 0, n = cells.size(); i < n && !mayName; i++) {
            Cell c = cells.get(i);
            mayName = !c.isEmpty() && Text.key(c.text()).indexOf('绩') >= 0;
        }
        if (!mayName) {
            return null;
        }
        for (int i = 0, n = cells.size(); i < n; i++) { // by index: asked of every row, no iterator
            Cell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            if (title == null) {
                if (cut == MAX_TITLE_CELLS) {
                    return null;
                }
                String t = c.text().strip();
                joined = joined == null ? t : joined.concat(t);
                cut++;
                if (isTitleText(joined) && (cut == 1 || endsAsTitle(Text.key(joined)))) {
                    title = joined;
                }
            } else if (year == null && unit == null && Rx.matches(YEAR_LINE, Text.key(c.text()))) {
                year = c;
            } else if (unit == null && ProjectBudgetRows.unitStatement(Text.key(c.text())) != null) {
                unit = c;
            } else {
                return null;
            }
        }
        if (title == null || (year == null && unit == null && cut == 1)) {
            return null; // a title alone in one cell of a row is the row's business (isTitle, singleCell)
        }
        List<Row> lines = new ArrayList<>(3);
        int end = unit != null ? ProjectBudgetRows.organizationAfterTitle(title) : -1;
        lines.add(Row.prose(end < 0 ? title : title.substring(0, end), r.at()));
        if (year != null) {
            lines.add(Row.prose(year.text(), r.at()));
        }
        if (end >= 0) {
            // the budget unit printed between the title and the unit statement, glued to the title's last
            // character (…绩效目标表450002顺平县医疗保障局 | 单位：元): the line beside the title as it is printed
            lines.add(new Row(List.of(new Cell(title.substring(end).strip(), unit.at(), unit.confidence()), unit),
                    true, r.at()));
        } else if (unit != null) {
            lines.add(Row.prose(unit.text(), r.at()));
        }
        return List.copyOf(lines);
    }

    /** Whether a title put together from cells ends as titles end: with its sheet's name (…表) or its year in brackets. */
    private static boolean endsAsTitle(String key) {
        return !key.isEmpty() && (key.charAt(key.length() - 1) == '表' || key.charAt(key.length() - 1) == ')');
    }

    /** Most cells a title is found cut into. */
    private static final int MAX_TITLE_CELLS = 3;

    /** A table row with one non-empty cell: Word documents often print the title and year in the table. */
    static boolean singleCell(Row r) {
        int n = 0;
        List<Cell> cells = r.cells();
        for (int i = 0, size = cells.size(); i < size; i++) {
            if (!cells.get(i).isEmpty() && ++n > 1) {
                return false;
            }
        }
        return n == 1;
    }

    /** A table row holding only a year line ({@code （2023年度）}), printed under a title in the table. */
    static boolean isYearRow(Row r) {
        return r.table() && singleCell(r) && Rx.matches(YEAR_LINE, Text.key(r.text()));
    }

    static boolean isIndicatorHeading(Row r) {
        int named = 0;
        boolean value = false;
        List<Cell> cells = r.cells();
        for (int i = 0, n = cells.size(); i < n; i++) {
            Vocabulary.Column col = Vocabulary.column(cells.get(i).text());
            if (col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME) {
                named++;
            }
            if (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE) {
                value = true;
            }
        }
        if (named >= 2 && value || named >= 3) {
            return true;
        }
        if (named == 0 || !value) {
            return false; // asked of every row: no list made for the rows that cannot be one
        }
        List<String> filled = new ArrayList<>();
        for (Cell c : cells) {
            if (!c.isEmpty()) {
                filled.add(c.text());
            }
        }
        return Vocabulary.isHeadingOfItsOwnWords(filled); // 指标类型 | 指标名称 | 目标值 | 备注
    }

    /**
     * A heading row printed in part, or with some of its labels misread: it names the value column
     * (指标值, 中期指标值) and at least one other column only the indicator heading has (一级指标,
     * 二级指标, 三级指标, 全年实际完成值, 未完成原因和改进措施). Asked only when no row is a whole
     * heading ({@link #isIndicatorHeading}), and only of printed lines (plain OCR text).
     */
    static boolean isPartialHeading(Row r) {
        java.util.EnumSet<Vocabulary.Column> seen = java.util.EnumSet.noneOf(Vocabulary.Column.class);
        for (Cell c : r.cells()) {
            Vocabulary.Column col = Vocabulary.column(c.text());
            if (col != null) {
                seen.add(col);
            }
        }
        boolean value = seen.contains(Vocabulary.Column.VALUE) || seen.contains(Vocabulary.Column.MID_VALUE);
        seen.retainAll(java.util.EnumSet.of(Vocabulary.Column.L1, Vocabulary.Column.L2, Vocabulary.Column.NAME,
                Vocabulary.Column.ACTUAL, Vocabulary.Column.NOTE));
        return value && !seen.isEmpty();
    }

    /**
     * A self-evaluation sheet's heading row whose value word the engine misread: two of the three
     * level headings (二级指标 | 三级指标 | 失村信人斌). Asked only of printed lines where no row is a
     * whole or partial heading, and only of sheets whose title says 自评: their columns after the
     * name are always 指标值, 全年实际完成值 and 未完成原因和改进措施 (a target sheet's vary: 绩效指标描述,
     * 指标值确定依据, two periods side by side).
     */
    static boolean isLevelsHeading(Row r) {
        java.util.EnumSet<Vocabulary.Column> seen = java.util.EnumSet.noneOf(Vocabulary.Column.class);
        for (Cell c : r.cells()) {
            Vocabulary.Column col = Vocabulary.column(c.text());
            if (col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME) {
                seen.add(col);
            }
        }
        return seen.size() >= 2;
    }

    /**
     * The columns a partial heading names from the name column on (三级指标, 指标值, 全年实际完成值 …),
     * in order and with nothing before them: the rows under it are read by content in that order,
     * their leading category cells as labels.
     */
    static Row contentHeading(Row partial, boolean selfEvaluation) {
        List<Cell> known = new ArrayList<>();
        for (Cell c : partial.cells()) {
            Vocabulary.Column col = Vocabulary.column(c.text());
            if (col == Vocabulary.Column.NAME || !known.isEmpty() && col != null
                    || known.isEmpty() && (col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE)) {
                known.add(c);
            }
        }
        boolean value = false;
        for (Cell c : known) {
            Vocabulary.Column col = Vocabulary.column(c.text());
            value |= col == Vocabulary.Column.VALUE || col == Vocabulary.Column.MID_VALUE;
        }
        if (!known.isEmpty() && !value) {
            // the value heading misread (二级指标 | 三级指标 | 失村信人斌): every indicator table has one, right
            // after the name; a self-evaluation sheet (its title says 自评) prints what was done and why not after it
            dev.zhibiao.Locator at = known.get(known.size() - 1).at();
            known = new ArrayList<>(known.subList(0, 1));
            known.add(new Cell(ReadDescriptions.heading(Vocabulary.Column.VALUE), at));
            if (selfEvaluation) {
                known.add(new Cell(ReadDescriptions.heading(Vocabulary.Column.ACTUAL), at));
                known.add(new Cell(ReadDescriptions.heading(Vocabulary.Column.NOTE), at));
            }
        }
        return new Row(known, true, partial.at());
    }

    /** Whether a table row begins a sheet's header block (项目名称 and the like). */
    static boolean startsHeader(Row r) {
        List<Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            String k = Vocabulary.labelKey(c.text());
            return Vocabulary.PROJECT.contains(k) && !k.equals("项目");
        }
        return false;
    }

    /**
     * Whether a prose line is the first half of a title wrapped over two lines: the title's own
     * line names only the kind of sheet (整体绩效目标表, 区域绩效目标表, 项目支出绩效目标表), and the line
     * before it is a short phrase ending in a Chinese character (not a sentence, a year, a
     * heading number or another title).
     */
    static boolean titleHead(Row head, Row title) {
        String t = Text.key(title.text());
        if (!t.contains("绩效")) {
            return false; // TITLE needs it
        }
        Matcher m = TITLE.matcher(t);
        if (!m.find() || m.start() > 4 || t.length() - m.end() > 0) {
            return false;
        }
        String h = Text.key(head.text());
        if (h.length() < 4 || h.length() > 40 || isTitle(head) || year(h) != null || Vocabulary.hasDigit(h) && Rx.holdsDigitOnOneLine(h)) {
            return false;
        }
        char last = h.charAt(h.length() - 1);
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN
                && !h.matches("^(第[一二三四五六七八九十]+部分|附件|附表).*");
    }

    /**
     * The year of a folded text that is only a year ({@code （2025年度）}, {@code 2,025年}, or in a header
     * pair's value the bare {@code 2025}), or null.
     */
    static Integer yearLine(String key) {
        if (key.length() == 4 && (key.startsWith("19") || key.startsWith("20")) && Character.isDigit(key.charAt(2))
                && Character.isDigit(key.charAt(3))) {
            return Integer.valueOf(key);
        }
        return Rx.matches(YEAR_LINE, key) ? year(key) : null;
    }

    static Integer year(String text) {
        Matcher m = YEAR.matcher(Text.nfkc(text));
        if (m.find()) {
            return Integer.valueOf(m.group(1).replace(",", ""));
        }
        return null;
    }

    static Sheet build(String source, Segment s) {
        List<Sheet> built = buildAll(source, s);
        return built.isEmpty() ? null : built.get(0);
    }

    /** The sheets of a segment: one, or one per project of a department's table of projects. */
    static List<Sheet> buildAll(String source, Segment s) {
        // --- two-period sheets (中期 | 年度 side by side): recover each half alone, then merge (TwoPeriod) ---
        TwoPeriod.Split split = TwoPeriod.split(s.table, s.printedLines);
        if (split != null) {
            Sheet annual = build(source, s.withTable(split.annual()));
            Sheet midTerm = build(source, s.withTable(split.midTerm()));
            if (annual != null) {
                return List.of(midTerm == null ? annual : TwoPeriod.merge(annual, midTerm));
            }
        }
        // --- end two-period ---
        SheetDraft d = new SheetDraft();
        d.source = source;
        d.printedLines = s.printedLines;
        d.engineNoGe = s.engineNoGe;
        d.cellsUnseen = s.cellsUnseen;
        d.twoLineCells = s.twoLineCells;
        List<Row> paired = LevelPairs.split(s.table, d);
        if (paired != s.table) {
            s = s.withTable(paired); // 产出指标—数量指标 in one column: read as the two level columns
        }
        List<Row> grouped = GroupRows.read(s.table, d);
        if (grouped != s.table) {
            s = s.withTable(grouped); // 一、产出指标 / （一）数量指标 as rows over their indicators: read as level columns
        }
        Row first = s.titleHead != null ? s.titleHead : s.title != null ? s.title : s.table.get(0);
        // line, and the page where a rendering has both (the worksheet of a workbook)
        d.locator = new dev.zhibiao.Locator(first.at().line() == null ? 0 : first.at().line(), null, first.at().page());
        if (first.at().line() == null) {
            d.locator = first.at();
        }
        if (s.title != null) {
            // a table of contents' numbering (1、…绩效目标表) is not part of the title
            String printed = s.titleHead == null ? s.title.text() : s.titleHead.text().strip() + s.title.text().strip();
            d.title = Text.withoutWideGaps(Rx.replaceFirst(CONTENTS_NUMBER, Text.clean(printed), ""));
            if (s.titleHead != null) {
                d.diag("value-joined", s.titleHead.at(), "title printed over two lines joined: \"" + d.title + "\"");
            }
            String k = Text.key(d.title);
            if (k.contains("监控")) {
                d.kind = Kind.MONITORING; // 绩效监控表, 绩效运行监控表, 绩效执行监控表
            } else if (k.contains("自评") || k.contains("评价表")) {
                d.kind = Kind.SELF_EVALUATION;
            }
        }
        List<Row> colonRows = new ArrayList<>();
        for (Row r : ColonLabels.linePieces(s.before, d)) {
            String t = Text.key(r.text());
            if (d.year == null && Rx.matches(YEAR_LINE, t)) {
                d.year = year(t);
            } else if (d.year == null && t.length() <= 20 && year(t) != null && t.contains("年度")) {
                d.year = year(t);
            } else if (ProjectBudgetRows.unitStatement(t) != null) {
                // 金额单位：元 printed as a line above the table states the unit of the table's money
                d.fundingUnit = ProjectBudgetRows.unitStatement(t);
            } else if (ColonLabels.cut(new Cell(r.text().strip(), r.at())) != null) {
                // 项目名称：… printed as a line of its own (Word text): a header row
                colonRows.add(new Row(List.of(new Cell(r.text().strip(), r.at())), true, r.at()));
            } else {
                d.remnants.add(r.text());
                d.diag("remnant", r.at(), "line between the title and the table: \"" + r.text() + "\"");
            }
        }
        if (d.year == null && d.title != null) {
            d.year = year(d.title);
            if (d.year == null) {
                // a year inside the title's words names the sheet's year too
                // (…关于提前下达2020年中央财政…资金绩效目标表), before the document's cover year
                Matcher m = TITLE_YEAR.matcher(Text.nfkc(d.title));
                d.year = m.find() ? Integer.valueOf(m.group(1)) : null;
            }
        }
        if (d.year == null) {
            d.year = s.documentYear;
            d.yearFromDocument = d.year != null;
        }
        int heading = -1;
        for (int i = 0; i < s.table.size(); i++) {
            if (isIndicatorHeading(s.table.get(i))) {
                heading = i;
                break;
            }
        }
        Row partial = null;
        int headerEnd = -1; // where the header part ends, where not at the heading row
        if (heading < 0 && s.printedLines) {
            // a heading row with some labels misread (plain OCR text): the value column and one other heading
            // word; its columns are not all known, so the rows under it are read by content. Not for word
            // boxes, whose geometry places the rows under a heading row (it cost TSV, hOCR and PDF 0.01-0.02)
            for (int i = 0; i < s.table.size(); i++) {
                if (isPartialHeading(s.table.get(i))) {
                    heading = i;
                    partial = s.table.get(i);
                    d.diag("heading-partial", partial.at(), "indicator heading read from a row naming only some of its columns: \""
                            + partial.text() + "\"; the rows under it are read by content");
                    break;
                }
            }
            HeadingOverLines.Run run = heading < 0 ? HeadingOverLines.find(s.table) : null;
            if (run != null) {
                // the heading's words on two or three lines of their own (绩效指标 / 二级指标 三级指标 / 指标值)
                heading = run.last();
                headerEnd = run.first();
                partial = run.heading();
                d.diag("heading-partial", partial.at(), "indicator heading read from the heading words of " + (run.last() - run.first() + 1)
                        + " rows printed one under another (" + s.table.get(run.first()).at() + " to " + s.table.get(run.last()).at()
                        + "): \"" + partial.text() + "\"; the rows under it are read by content");
            }
            boolean selfEvaluation = d.title != null && Text.key(d.title).contains("自评");
            for (int i = 0; i < s.table.size() && heading < 0 && selfEvaluation; i++) {
                if (isLevelsHeading(s.table.get(i))) {
                    heading = i;
                    partial = s.table.get(i);
                    d.diag("heading-partial", partial.at(), "indicator heading read from a row naming two of its level columns, its"
                            + " value column misread: \"" + partial.text() + "\"; the rows under it are read by content as a"
                            + " self-evaluation sheet's (指标值, 全年实际完成值, 未完成原因和改进措施)");
                }
            }
        }
        Row synthetic = null;
        Row headingRow = null; // the heading row, joined with a second heading row where printed over two
        int rowsFrom = heading + 1;
        if (heading >= 0 && partial == null) {
            TwoRowHeading.Joined two = TwoRowHeading.find(s.table, heading, d); // 绩效指标 | | | 年度指标值 … over 一级指标 | 二级指标 | 三级指标
            if (two != null) {
                headingRow = two.row();
                if (two.other() < heading) {
                    headerEnd = two.other();
                } else {
                    rowsFrom = two.other() + 1;
                }
            }
        }
        if (heading < 0) {
            // no heading row printed: the indicator table starts at the first row holding a
            // level-1 category; its rows are then read by content alone
            for (int i = 0; i < s.table.size() && heading < 0; i++) {
                for (Cell c : s.table.get(i).cells()) {
                    Vocabulary.Category cat = Vocabulary.category(c.text());
                    if (cat != null && cat.level() != Vocabulary.Level.L2 && Text.key(c.text()).equals(cat.label())) {
                        heading = i;
                        synthetic = s.table.get(i);
                        d.diag("heading-missing", synthetic.at(), "no 一级指标/二级指标/三级指标/指标值 heading: indicator rows read by content from here");
                        break;
                    }
                }
            }
        }
        boolean level2Start = false;
        if (heading < 0 && !s.printedLines && anyOcr(s.table)) {
            // nor a row of a level-1 category (its label misread, as an engine misreads a narrow column's words):
            // the table starts at the first row printing one of the framework's level-2 labels whole in a cell of
            // its own with text after it (数量指标 | 参保人数 | …) when the rows from it pair names with values; a sheet
            // read so had no indicator at all before. OCR word boxes and text layers only: plain OCR text (printed
            // lines) has its own partial-heading rules, and the rule cost it on 13 sets (session 37)
            heading = Level2Start.find(s.table);
            if (heading >= 0) {
                synthetic = s.table.get(heading);
                level2Start = true;
                d.diag("heading-missing", synthetic.at(), "no 一级指标/二级指标/三级指标/指标值 heading nor a row of a level-1"
                        + " category: indicator rows read by content from the first row of a level-2 category (\""
                        + Level2Start.label(synthetic) + "\")");
            }
        }
        if (heading < 0 && !s.table.isEmpty()) {
            // a sheet found on its title and header rows alone: say that no indicator was read, and where
            // the heading was looked for, rather than hand back a sheet silently without indicators
            d.diag("heading-missing", s.table.get(0).at(), "indicator heading (一级指标/二级指标/三级指标/指标值) never found, nor a "
                    + "row of a level-1 category, in the table from " + s.table.get(0).at() + " to "
                    + s.table.get(s.table.size() - 1).at() + ": no indicators read");
        }
        List<Row> header = heading < 0 ? s.table : s.table.subList(0, headerEnd >= 0 ? headerEnd : heading);
        if (!colonRows.isEmpty()) {
            colonRows.addAll(header);
            header = colonRows;
        }
        List<Row> printedHeader = header;
        header = ProjectBudgetRows.take(header, d); // 单位：元, 预算规模及资金用途, 资金支出计划 (cell-per-line helper)
        HeaderBlock.read(header, d);
        OcrHeader.region(header, d); // 长大市 where the local departments print 长春市… (OCR only)
        if (synthetic == null && partial == null && heading >= 0 && !ProjectTable.projectColumns(s.table.get(heading)).isEmpty()) {
            for (Row r : s.after) {
                d.remnants.add(r.text());
                d.diag("remnant", r.at(), "line after the table: \"" + r.text() + "\"");
            }
            return ProjectTable.read(s.table.get(heading), s.table.subList(heading + 1, s.table.size()), d);
        }
        if (partial != null) {
            IndicatorTable.read(contentHeading(partial, d.title != null && Text.key(d.title).contains("自评")), s.table.subList(heading + 1, s.table.size()), d);
        } else if (synthetic != null && level2Start) {
            IndicatorTable.read(Level2Start.heading(synthetic, d.title != null && Text.key(d.title).contains("自评")),
                    s.table.subList(heading, s.table.size()), d);
        } else if (synthetic != null) {
            IndicatorTable.read(new Row(List.of(), true, synthetic.at()), s.table.subList(heading, s.table.size()), d);
        } else if (heading >= 0) {
            IndicatorTable.read(headingRow != null ? headingRow : s.table.get(heading), s.table.subList(rowsFrom, s.table.size()), d);
        }
        NumberedNames.apply(d); // 1.培训人次 2.… where every name is so numbered: the numbers left out
        for (Row r : ProjectAfterTable.take(printedHeader, s.after, d)) { // a narrow form's project name printed after its table
            d.remnants.add(r.text());
            d.diag("remnant", r.at(), "line after the table: \"" + r.text() + "\"");
        }
        if (d.project == null && d.indicators.isEmpty() && !TemplateColumns.blankTemplate(d)) {
            return List.of();
        }
        if (d.project == null && d.title == null && noneReadAsIndicator(d.indicators)) {
            return List.of(); // no title, no project, and no row that reads as an indicator: nothing shows a sheet
        }
        ProjectYearNotes.apply(d, s.yearNotes);
        if (d.yearFromDocument) {
            // a guess the user should see: the sheet's own print names no year
            d.diag("year-from-document", d.locator, "the sheet prints no year; " + d.year
                    + " taken from the document's own year (its cover or first lines)");
        }
        return List.of(d.build());
    }

    /** @return whether no indicator has a value or a level-1 or level-2 label */
    private static boolean noneReadAsIndicator(List<dev.zhibiao.Indicator> indicators) {
        for (dev.zhibiao.Indicator i : indicators) {
            if (i.value() != null || i.level1() != null || i.level2() != null) {
                return false;
            }
        }
        return true;
    }
}
