package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Sheet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Layout recovery as rows arrive, in memory bounded by the largest sheet rather than the document:
 * rows are cut into segments ({@link Segmenter}); each segment is recovered as soon as the next one
 * starts, its sheets handed to the sink in document order, and its rows dropped. What the whole
 * path ({@link Recovery#read}) computes from the whole document is kept as it streams:
 * <ul>
 * <li>the year of a title page, read from the rows before the first table row with several cells:
 * segments wait (in order) until it is known;</li>
 * <li>the rows outside sheets, with their order in the document, for the {@code outside-sheets}
 * diagnostic of the first sheet. That sheet is handed on as built; {@link #finish()} returns it
 * with the diagnostic added, for the caller to put in its place.</li>
 * </ul>
 * {@link Recovery#read} runs through this class too, so both paths give the same sheets.
 */
public final class SheetStream {
    private final String source;
    private final Consumer<Sheet> sink;
    /** Where the sheets go when there is no sink (recovery of a whole document: a list, not a lambda adding to it). */
    private final List<Sheet> into;
    private final Map<Row, List<Diagnostic>> notes;
    private final Segmenter segmenter;
    /** Complete segments waiting for the title page's year. */
    private final ArrayDeque<Recovery.Segment> pending = new ArrayDeque<>();
    /** Position in the document of each row held in an open or pending segment. */
    private final Map<Row, Long> position = new IdentityHashMap<>();
    /** Rows outside sheets: put there while segmenting, from segments without table rows, from segments that gave no sheet. */
    private final List<Row> outsideSegmenting = new ArrayList<>();
    private final List<Row> outsideUntabled = new ArrayList<>();
    private final List<Row> outsideUnbuilt = new ArrayList<>();
    private final Map<Row, Long> outsidePosition = new IdentityHashMap<>();
    private long rows;
    private boolean yearKnown;
    private Integer documentYear;
    /** The prose's sentences holding a year, for sheets that print none ({@link ProjectYearNotes}). */
    private final ProjectYearNotes yearNotes = new ProjectYearNotes();
    private Sheet first;
    private int sheets;
    private boolean finished;
    private final boolean printedLines;
    /** The engine printed no ≥ or ≤ in the document's own text ({@link SheetDraft#engineNoGe}). */
    boolean engineNoGe;
    /** The rows are an engine's lines laid out by position, no cell seen ({@link Document#cellsUnseen}). */
    boolean cellsUnseen;
    /** Indicators printed as an outline, turned into table rows ({@link OutlineRows}). */
    private final OutlineRows outline;

    /**
     * @param source the document's file name, given to its sheets
     * @param sink   receives each sheet as it is recovered, in document order (the first one without
     *               its {@code outside-sheets} diagnostic: see {@link #finish()})
     */
    public SheetStream(String source, Consumer<Sheet> sink) {
        this(source, sink, Map.of());
    }

    /**
     * @param source the document's file name
     * @param sink   receives each sheet as it is recovered
     * @param notes  OCR repairs made in the rows, by row (identity), put first among the diagnostics
     *               of the sheet holding the row
     */
    SheetStream(String source, Consumer<Sheet> sink, Map<Row, List<Diagnostic>> notes) {
        this(source, sink, notes, false);
    }

    /**
     * @param source       the document's file name
     * @param into         receives each sheet as it is recovered
     * @param notes        OCR repairs made in the rows, by row (identity)
     * @param printedLines the table rows are printed lines ({@link Document#printedLines})
     */
    SheetStream(String source, List<Sheet> into, Map<Row, List<Diagnostic>> notes, boolean printedLines) {
        this(source, null, into, notes, printedLines);
    }

    /**
     * @param source       the document's file name
     * @param sink         receives each sheet as it is recovered
     * @param notes        OCR repairs made in the rows, by row (identity)
     * @param printedLines the table rows are printed lines ({@link Document#printedLines})
     */
    SheetStream(String source, Consumer<Sheet> sink, Map<Row, List<Diagnostic>> notes, boolean printedLines) {
        this(source, sink, null, notes, printedLines);
    }

    private SheetStream(String source, Consumer<Sheet> sink, List<Sheet> into, Map<Row, List<Diagnostic>> notes,
            boolean printedLines) {
        dev.zhibiao.internal.text.Recent.newDocument(); // a streamed document: as Recovery.read starts one
        this.printedLines = printedLines;
        this.source = source;
        this.sink = sink;
        this.into = into;
        this.notes = new java.util.IdentityHashMap<>(notes);
        this.outline = new OutlineRows(this.notes);
        this.segmenter = new Segmenter(this);
    }

    /**
     * Notes a row before it is added, as a reader's notes on its rows are ({@link Document#notes()}):
     * the note goes first among the diagnostics of the sheet holding the row.
     *
     * @param r a row not yet added
     * @param d the note
     */
    public void note(Row r, Diagnostic d) {
        List<Diagnostic> here = new ArrayList<>(notes.getOrDefault(r, List.of()));
        here.add(d);
        notes.put(r, here);
    }

    /**
     * Takes the next row of the document; may hand on the sheets of a segment it completes.
     *
     * @param r a row, in document order
     */
    public void add(Row r) {
        if (finished) {
            throw new IllegalStateException("the stream has finished");
        }
        List<Row> rows = outline.take(r);
        for (int i = 0; i < rows.size(); i++) { // no iterator per row
            add0(rows.get(i));
        }
    }

    private void add0(Row r) {
        List<Row> titled = Recovery.titleAndYear(r);
        if (titled != null) {
            // a title and its year taken into a table row: the lines they are
            for (Row t : titled) {
                add0(t);
            }
            return;
        }
        position.put(r, rows++);
        if (!yearKnown) {
            if (r.table() && !Recovery.singleCell(r) && !ProjectBudgetRows.isYearLineCut(r)) {
                yearKnown = true; // a one-cell row is a line of the title page too (a spreadsheet saved as CSV)
            } else {
                Integer y = ProjectBudgetRows.titlePageYear(r);
                if (y != null) {
                    documentYear = y;
                    yearKnown = true;
                }
            }
        }
        segmenter.add(r);
        drain();
        yearNotes.add(r); // after the segments this row ends are built: a note speaks of the sheets after it
    }

    /** @return how many sheets have been handed on so far */
    public int sheets() {
        return sheets;
    }

    /**
     * What a finished stream knows of the whole document.
     *
     * @param first   the first sheet with its {@code outside-sheets} diagnostic (the sheet handed on
     *                first, with the diagnostic added when rows lay outside sheets), or null when
     *                no sheet was found
     * @param outside what the rows outside sheets are
     * @param sheets  how many sheets were handed on
     */
    public record End(Sheet first, Outside outside, int sheets) {
        @Override
        public String toString() {
            return sheets + " sheets; outside: " + outside;
        }
    }

    /**
     * Ends the document: recovers the last segment, hands on its sheets, and summarises the rows
     * outside sheets.
     *
     * @return the first sheet as it must be reported, and the outside summary
     */
    public End finish() {
        if (finished) {
            throw new IllegalStateException("the stream has finished");
        }
        for (Row o : outline.finish()) {
            add0(o);
        }
        segmenter.finish();
        yearKnown = true;
        drain();
        finished = true;
        List<Row> outside = new ArrayList<>(outsideSegmenting.size() + outsideUntabled.size() + outsideUnbuilt.size());
        outside.addAll(outsideSegmenting);
        outside.addAll(outsideUntabled);
        outside.addAll(outsideUnbuilt);
        for (int i = outside.size() - 1; i >= 0; i--) { // loops, not lambdas: each costs a class spun at start-up
            if (outside.get(i).text().isBlank()) {
                outside.remove(i);
            }
        }
        // the rows outside in document order (positions are distinct: one per row added); a row between two
        // of them that is not outside breaks a block
        java.util.TreeMap<Long, Row> ordered = new java.util.TreeMap<>();
        for (Map.Entry<Row, Long> e : outsidePosition.entrySet()) {
            if (!e.getKey().text().isBlank()) {
                ordered.put(e.getValue(), e.getKey());
            }
        }
        List<Row> all = new ArrayList<>(ordered.size() * 2);
        long last = Long.MIN_VALUE;
        for (Map.Entry<Long, Row> e : ordered.entrySet()) {
            Row r = e.getValue();
            long at = e.getKey();
            if (!all.isEmpty() && at != last + 1) {
                all.add(new Row(List.of(), false, null)); // stands for the rows in between
            }
            all.add(r);
            last = at;
        }
        Outside summary = Outside.of(all, outside);
        Sheet head = first;
        if (head != null && !outside.isEmpty()) {
            head = Recovery.withOutside(head, outside, summary);
        }
        return new End(head, summary, sheets);
    }

    /** A complete segment from the segmenter: kept until the year is known, then recovered. */
    /** A row the segmenter put in no segment. */
    void outsideSegment(Row r) {
        outsideSegmenting.add(r);
        outsidePosition.put(r, position.remove(r));
    }

    /** A segment the segmenter completed. */
    void complete(Recovery.Segment s) {
        if (s.table.isEmpty()) { // a title without a table: a table of contents' entry, a heading
            toOutside(s, outsideUntabled);
            return;
        }
        pending.add(s);
    }

    private void drain() {
        while (yearKnown && !pending.isEmpty()) {
            build(pending.poll());
        }
    }

    private void build(Recovery.Segment s) {
        s.documentYear = documentYear;
        s.yearNotes = yearNotes.snapshot();
        s.printedLines = printedLines;
        s.engineNoGe = engineNoGe;
        s.cellsUnseen = cellsUnseen;
        s.twoLineCells = TwoLineRows.cells(s.table, notes);
        List<Sheet> built = s.evidence() ? Recovery.buildAll(source, s) : List.of();
        if (!notes.isEmpty()) {
            List<Sheet> repaired = new ArrayList<>();
            for (Sheet sheet : built) {
                repaired.add(Recovery.withRepairs(sheet, s, notes));
            }
            built = repaired;
        }
        if (built.isEmpty()) {
            toOutside(s, outsideUnbuilt);
            return;
        }
        for (Row r : s.rows()) {
            position.remove(r);
        }
        for (Sheet sheet : built) {
            if (first == null) {
                first = sheet;
            }
            sheets++;
            if (sink != null) {
                sink.accept(sheet);
            } else {
                into.add(sheet);
            }
        }
    }

    private void toOutside(Recovery.Segment s, List<Row> to) {
        for (Row r : s.rows()) {
            to.add(r);
            Long at = position.remove(r);
            if (at != null) {
                outsidePosition.put(r, at);
            }
        }
    }

    @Override
    public String toString() {
        return "SheetStream[" + source + ", " + rows + " rows, " + sheets + " sheets" + (finished ? ", finished" : "") + "]";
    }
}
