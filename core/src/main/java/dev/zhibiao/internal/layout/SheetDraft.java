package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Funding;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of a sheet while recovery assembles it. */
final class SheetDraft {
    String source;
    Locator locator;
    Kind kind = Kind.TARGET;
    String title;
    Integer year;
    /** The year is the document's (a cover's), not one the sheet prints: a year label in the header replaces it. */
    boolean yearFromDocument;
    String project;
    String region;
    final Map<String, String> parties = new LinkedHashMap<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    String fundingUnit;
    final List<FundingItem> funding = new ArrayList<>();
    Map<String, BigDecimal> spendingPlan;
    final List<String> goals = new ArrayList<>();
    final List<String> midTermGoals = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<String> remnants = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /**
     * The table's rows are printed lines, not rows ({@link Document#printedLines}): cells wrap onto
     * the lines below and merged labels sit at the middle of their lines.
     */
    boolean printedLines;
    /**
     * The OCR engine printed no ≥ or ≤ anywhere in the document, as read before the OCR repairs
     * wrote theirs into its cells ({@link OcrRepair#printsGe} over the reader's rows): a {@code >}
     * or {@code <} before a number stands for ≥ or ≤ in every sheet of it.
     */
    boolean engineNoGe;
    /** The rows are an engine's lines laid out by position, no cell seen ({@link Document#cellsUnseen}). */
    boolean cellsUnseen;
    /**
     * The cells (identity) of the rows the reader joined from two printed lines ({@link
     * WrappedRowTails}), each with the text of its first printed line where the reader's note names
     * it (else empty): a name among them is two lines of its cell, so only its first line tells the
     * cell's width ({@link PrintedLines#cellWidth}).
     */
    Map<Cell, String> twoLineCells = Map.of();

    void diag(String code, Locator at, String message) {
        diagnostics.add(new Diagnostic(code, message, at));
    }

    void remnant(Cell c, String why) {
        String t = c.text().strip();
        if (!t.isEmpty()) {
            remnants.add(t);
            diag("remnant", c.at(), why + ": \"" + t + "\"");
        }
    }

    /**
     * A new draft with what this one's title and header block say (for each project of a table of
     * several projects); the remnants and diagnostics so far go with the first copy only.
     */
    SheetDraft copyHeader(boolean first) {
        SheetDraft c = new SheetDraft();
        c.source = source;
        c.locator = locator;
        c.kind = kind;
        c.title = title;
        c.year = year;
        c.yearFromDocument = yearFromDocument;
        c.project = project;
        c.region = region;
        c.parties.putAll(parties);
        c.attributes.putAll(attributes);
        c.fundingUnit = fundingUnit;
        c.funding.addAll(funding);
        c.spendingPlan = spendingPlan;
        c.goals.addAll(goals);
        c.midTermGoals.addAll(midTermGoals);
        if (first) {
            c.remnants.addAll(remnants);
            c.diagnostics.addAll(diagnostics);
        }
        return c;
    }

    /**
     * The sheet reports what was done (an actual column, executed money): a self-evaluation, unless
     * its title made it a monitoring sheet, which reports that too.
     */
    void reportsExecution() {
        if (kind == Kind.TARGET) {
            kind = Kind.SELF_EVALUATION;
        }
    }

    Sheet build() {
        if (kind == Kind.MONITORING) {
            // a value reached by a date during the year decides nothing about the year's target
            for (int i = 0; i < indicators.size(); i++) {
                Indicator x = indicators.get(i);
                if (x.met() != null) {
                    indicators.set(i, x.toBuilder().met(null).build());
                }
            }
        }
        return new Sheet(source, locator, kind, title, year, project, region, parties, attributes,
                funding.isEmpty() && fundingUnit == null ? Funding.NONE : new Funding(fundingUnit, funding),
                spendingPlan, goals, midTermGoals, indicators, remnants, diagnostics);
    }
}
