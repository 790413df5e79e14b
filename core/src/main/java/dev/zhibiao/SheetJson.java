package dev.zhibiao;

import dev.zhibiao.internal.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes sheets and targets in the Sheet JSON form (version 1, documented in
 * {@code docs/sheet-json.md}): one object per sheet, an array per document.
 *
 * <pre>{@code
 * String json = SheetJson.write(sheets);          // pretty-printed array
 * String line = SheetJson.writeLine(sheet);       // one sheet on one line (JSON Lines)
 * String t    = SheetJson.write(Targets.parse("6-9个月"));  // {"op":"between","min":6,"max":9,"unit":"月"}
 * List<Sheet> back = SheetJson.read(json);        // equal to sheets
 *
 * try (SheetJson.SheetWriter w = SheetJson.writer(out)) {   // streaming: one sheet at a time
 *     for (Sheet s : sheets) w.write(s);                      // same text as write(sheets)
 * }
 * }</pre>
 *
 * <p>Reading takes targets from their JSON objects as written (it does not parse the printed
 * values again), so a stored export or an answer key reads back exactly, whatever version of the
 * grammar reads it. Keys the form does not define (a gold file's {@code notes}) are ignored.
 */
public final class SheetJson {
    private SheetJson() {
    }

    /**
     * @param sheets sheets in document order
     * @return a pretty-printed JSON array
     */
    public static String write(List<Sheet> sheets) {
        List<Object> out = new ArrayList<>();
        for (Sheet s : sheets) {
            out.add(toMap(s));
        }
        return Json.write(out, 2);
    }

    /**
     * @param sheet a sheet
     * @return the sheet as one line of JSON, without a line break
     */
    public static String writeLine(Sheet sheet) {
        return Json.write(toMap(sheet), 0);
    }

    /**
     * @param target a target, may be null
     * @return its JSON on one line ({@code null} for null)
     */
    public static String write(@Nullable Target target) {
        return Json.write(toMap(target), 0);
    }

    /**
     * A writer of a JSON array of sheets that writes each sheet as it is given, so that the memory
     * taken is that of one sheet, not of the document; the text is exactly {@link #write(List)}'s.
     *
     * @param out where to write (a {@link java.io.Writer}, a {@link StringBuilder}...); flushed by
     *            {@link SheetWriter#close()} when it is {@link java.io.Flushable}, never closed
     * @return the writer; {@link SheetWriter#close()} ends the array
     */
    public static SheetWriter writer(Appendable out) {
        return new SheetWriter(out, false);
    }

    /**
     * A writer of JSON Lines: each sheet as {@link #writeLine(Sheet)} writes it, then a line break.
     *
     * @param out where to write; flushed by {@link SheetWriter#close()} when it is Flushable
     * @return the writer
     */
    public static SheetWriter lineWriter(Appendable out) {
        return new SheetWriter(out, true);
    }

    /**
     * Writes sheets one at a time (see {@link #writer(Appendable)}, {@link #lineWriter(Appendable)}).
     * Not thread-safe. A failure of the underlying output is thrown as the {@link java.io.IOException}
     * it was.
     */
    public static final class SheetWriter implements java.io.Closeable {
        private final Appendable out;
        private final boolean lines;
        private int count;
        private boolean closed;

        private SheetWriter(Appendable out, boolean lines) {
            this.out = java.util.Objects.requireNonNull(out, "out");
            this.lines = lines;
        }

        /**
         * @param sheet the next sheet
         * @throws java.io.IOException when the output fails
         * @throws IllegalStateException after {@link #close()}
         */
        public void write(Sheet sheet) throws java.io.IOException {
            if (closed) {
                throw new IllegalStateException("SheetWriter closed");
            }
            Map<String, Object> m = toMap(sheet);
            if (lines) {
                Json.write(out, m, 0, 0);
                out.append('\n');
            } else {
                out.append(count == 0 ? "[\n  " : ",\n  ");
                Json.write(out, m, 2, 1);
            }
            count++;
        }

        /** @return how many sheets were written */
        public int count() {
            return count;
        }

        /**
         * Ends the array ({@code []} when no sheet was written; nothing for JSON Lines) and
         * flushes the output; does not close it. Closing twice does nothing.
         *
         * @throws java.io.IOException when the output fails
         */
        @Override
        public void close() throws java.io.IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (!lines) {
                out.append(count == 0 ? "[]" : "\n]");
            }
            if (out instanceof java.io.Flushable f) {
                f.flush();
            }
        }

        @Override
        public String toString() {
            return "SheetWriter[" + (lines ? "jsonl" : "json") + ", " + count + " sheets" + (closed ? ", closed" : "") + "]";
        }
    }

    static Map<String, Object> toMap(Sheet s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", s.source());
        Map<String, Object> loc = new LinkedHashMap<>();
        loc.put("line", s.locator().line());
        loc.put("page", s.locator().page());
        m.put("locator", loc);
        m.put("kind", s.kind().json());
        m.put("title", s.title());
        m.put("year", s.year());
        m.put("project", s.project());
        m.put("region", s.region());
        m.put("parties", s.parties());
        m.put("attributes", s.attributes());
        Map<String, Object> funding = new LinkedHashMap<>();
        funding.put("unit", s.funding().unit());
        List<Object> items = new ArrayList<>();
        for (FundingItem i : s.funding().items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("label", i.label());
            if (s.kind().reportsExecution()) {
                im.put("budget", i.budget());
                im.put("executed", i.executed());
                im.put("rate", i.rate());
            } else {
                im.put("amount", i.amount());
                if (i.midTermAmount() != null || hasMidTerm(s)) {
                    im.put("mid_term_amount", i.midTermAmount());
                }
            }
            items.add(im);
        }
        funding.put("items", items);
        m.put("funding", funding);
        m.put("spending_plan", s.spendingPlan());
        m.put("goals", s.goals());
        m.put("mid_term_goals", s.midTermGoals());
        List<Object> inds = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("level1", i.level1());
            im.put("level2", i.level2());
            im.put("name", i.name());
            im.put("value", i.value());
            im.put("target", toMap(i.target()));
            im.put("mid_term_value", i.midTermValue());
            im.put("description", i.description());
            im.put("basis", i.basis());
            im.put("actual", i.actual());
            im.put("actual_parsed", toMap(i.actualParsed()));
            im.put("met", i.met() == null ? null : i.met().asBoolean());
            im.put("note", i.note());
            im.put("weight", i.weight());
            im.put("score", i.score());
            im.put("direction", i.direction() == null ? null : i.direction().json());
            im.put("locator", locator(i.locator()));
            inds.add(im);
        }
        m.put("indicators", inds);
        m.put("remnants", s.remnants());
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : s.diagnostics()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("code", d.code());
            dm.put("message", d.message());
            dm.put("line", d.position().line());
            dm.put("column", d.position().column());
            dm.put("page", d.position().page());
            diags.add(dm);
        }
        m.put("diagnostics", diags);
        return m;
    }

    private static Map<String, Object> locator(Locator l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", l.line());
        m.put("column", l.column());
        m.put("page", l.page());
        return m;
    }

    /**
     * Reads sheets written by {@link #write(List)} or {@link #writeLine(Sheet)}, or answer keys in
     * the same form.
     *
     * @param json an array of sheet objects, or one sheet object
     * @return the sheets, in order
     * @throws IllegalArgumentException saying where, when the text is not Sheet JSON
     */
    public static List<Sheet> read(String json) {
        java.util.Objects.requireNonNull(json, "json");
        Object v = Json.parse(json);
        List<Sheet> out = new ArrayList<>();
        List<?> all = v instanceof List<?> l ? l : List.of(v);
        for (int k = 0; k < all.size(); k++) {
            try {
                out.add(sheet(map(all.get(k), "a sheet")));
            } catch (IllegalArgumentException | ArithmeticException | NullPointerException e) {
                // a required field missing (a comparison without its value) is bad input too
                throw new IllegalArgumentException("sheet " + (k + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Reads one target object, as {@link #write(Target)} writes it.
     *
     * @param json a target object, or {@code null}
     * @return the target, or null
     * @throws IllegalArgumentException when the text is not a target object
     */
    public static @Nullable Target readTarget(String json) {
        java.util.Objects.requireNonNull(json, "json");
        Object v = Json.parse(json);
        try {
            return target(v);
        } catch (NullPointerException | ArithmeticException e) {
            throw new IllegalArgumentException("not a target: " + e.getMessage(), e);
        }
    }

    private static Sheet sheet(Map<String, Object> m) {
        Map<String, Object> loc = m.get("locator") == null ? Map.of() : map(m.get("locator"), "locator");
        Locator locator = new Locator(integer(loc.get("line")), integer(loc.get("column")), integer(loc.get("page")));
        Kind kind = kind(str(m.get("kind")));
        Map<String, Object> f = m.get("funding") == null ? Map.of() : map(m.get("funding"), "funding");
        List<FundingItem> items = new ArrayList<>();
        for (Object o : list(f.get("items"), "funding.items")) {
            Map<String, Object> i = map(o, "a funding item");
            items.add(new FundingItem(str(i.get("label")), dec(i.get("amount")), dec(i.get("mid_term_amount")),
                    dec(i.get("budget")), dec(i.get("executed")), dec(i.get("rate"))));
        }
        Map<String, BigDecimal> plan = null;
        if (m.get("spending_plan") != null) {
            plan = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : map(m.get("spending_plan"), "spending_plan").entrySet()) {
                plan.put(e.getKey(), dec(e.getValue()));
            }
        }
        List<Indicator> inds = new ArrayList<>();
        List<?> rows = list(m.get("indicators"), "indicators");
        for (int k = 0; k < rows.size(); k++) {
            Map<String, Object> i = map(rows.get(k), "indicator " + (k + 1));
            try {
                Map<String, Object> il = i.get("locator") == null ? Map.of() : map(i.get("locator"), "locator");
                Object met = i.get("met");
                if (met != null && !(met instanceof Boolean)) {
                    throw new IllegalArgumentException("met is not true, false or null: " + met);
                }
                Target target = target(i.get("target"));
                Target actualParsed = target(i.get("actual_parsed"));
                inds.add(new Indicator(str(i.get("level1")), str(i.get("level2")), str(i.get("name")),
                        str(i.get("value")), target, str(i.get("mid_term_value")),
                        str(i.get("description")), str(i.get("basis")), str(i.get("actual")),
                        actualParsed, verdict((Boolean) met, target, actualParsed), str(i.get("note")),
                        dec(i.get("weight")), dec(i.get("score")), Direction.fromJson(str(i.get("direction"))),
                        new Locator(integer(il.get("line")), integer(il.get("column")), integer(il.get("page")))));
            } catch (IllegalArgumentException | ArithmeticException | NullPointerException e) {
                // a part missing from a target or clause ({"op": ">="} without its value) says which
                String why = e instanceof NullPointerException ? "missing " + e.getMessage() : e.getMessage();
                throw new IllegalArgumentException("indicator " + (k + 1) + ": " + why, e);
            }
        }
        List<Diagnostic> diags = new ArrayList<>();
        for (Object o : list(m.get("diagnostics"), "diagnostics")) {
            Map<String, Object> d = map(o, "a diagnostic");
            diags.add(new Diagnostic(str(d.get("code")), str(d.get("message")),
                    new Locator(integer(d.get("line")), integer(d.get("column")), integer(d.get("page")))));
        }
        return new Sheet(str(m.get("source")), locator, kind, str(m.get("title")), integer(m.get("year")),
                str(m.get("project")), str(m.get("region")), strings(m.get("parties"), "parties"),
                strings(m.get("attributes"), "attributes"), new Funding(str(f.get("unit")), items), plan,
                stringList(m.get("goals"), "goals"), stringList(m.get("mid_term_goals"), "mid_term_goals"), inds,
                stringList(m.get("remnants"), "remnants"), diags);
    }

    /** JSON null is undecidable when there was a target and an actual to test, else no verdict at all. */
    private static Verdict verdict(Boolean met, Target target, Target actualParsed) {
        if (met != null) {
            return met ? Verdict.MET : Verdict.NOT_MET;
        }
        return target != null && actualParsed != null ? Verdict.UNDECIDABLE : null;
    }

    private static Quantity change(Object v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = map(v, "a change");
        return new Quantity(dec(m.get("value")), str(m.get("unit")));
    }

    private static Target target(Object v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = map(v, "a target");
        String op = str(m.get("op"));
        if (op == null) {
            throw new IllegalArgumentException("target without op: " + v);
        }
        return switch (op) {
            case "between" -> new Target.Range(dec(m.get("min")), dec(m.get("max")), str(m.get("unit")));
            case "by_subject" -> {
                List<Target.Clause> clauses = new ArrayList<>();
                for (Object c : list(m.get("clauses"), "clauses")) {
                    Map<String, Object> cm = map(c, "a clause");
                    clauses.add(new Target.Clause(str(cm.get("subject")), target(cm.get("target"))));
                }
                yield new Target.BySubject(clauses);
            }
            case "deadline" -> new Target.Deadline(integer(m.get("year")), integer(m.get("month")),
                    integer(m.get("day")), part(str(m.get("part"))));
            case "qualitative" -> new Target.Qualitative(str(m.get("text")));
            default -> m.containsKey("reference")
                    ? new Target.Reference(Op.of(op), str(m.get("reference")), change(m.get("change")))
                    : new Target.Comparison(Op.of(op), new Quantity(dec(m.get("value")), str(m.get("unit"))));
        };
    }

    private static Target.Part part(String s) {
        if (s == null) {
            return null;
        }
        for (Target.Part p : Target.Part.values()) {
            if (p.json().equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown deadline part: " + s);
    }

    private static Kind kind(String s) {
        for (Kind k : Kind.values()) {
            if (k.json().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + s);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(what + " is not an object: " + o);
    }

    private static List<?> list(Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(what + " is not an array: " + o);
    }

    private static List<String> stringList(Object o, String what) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o, what)) {
            out.add(str(x));
        }
        return out;
    }

    private static Map<String, String> strings(Object o, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o != null) {
            for (Map.Entry<String, Object> e : map(o, what).entrySet()) {
                out.put(e.getKey(), str(e.getValue()));
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static BigDecimal dec(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(o.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + o);
        }
    }

    private static Integer integer(Object o) {
        return o == null ? null : dec(o).intValueExact();
    }

    private static boolean hasMidTerm(Sheet s) {
        for (FundingItem i : s.funding().items()) { // a loop, not a lambda (a class spun at start-up)
            if (i.midTermAmount() != null) {
                return true;
            }
        }
        return !s.midTermGoals().isEmpty();
    }

    static Map<String, Object> toMap(Target t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (t instanceof Target.Comparison c) {
            m.put("op", c.op().json());
            m.put("value", c.quantity().value());
            m.put("unit", c.quantity().unit());
        } else if (t instanceof Target.Range r) {
            m.put("op", "between");
            m.put("min", r.min());
            m.put("max", r.max());
            m.put("unit", r.unit());
        } else if (t instanceof Target.Reference r) {
            m.put("op", r.op().json());
            m.put("reference", r.reference());
            if (r.change() != null) {
                Map<String, Object> ch = new LinkedHashMap<>();
                ch.put("value", r.change().value());
                ch.put("unit", r.change().unit());
                m.put("change", ch);
            }
        } else if (t instanceof Target.BySubject b) {
            m.put("op", "by_subject");
            List<Object> cl = new ArrayList<>();
            for (Target.Clause c : b.clauses()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("subject", c.subject());
                cm.put("target", toMap(c.target()));
                cl.add(cm);
            }
            m.put("clauses", cl);
        } else if (t instanceof Target.Deadline d) {
            m.put("op", "deadline");
            if (d.year() != null) {
                m.put("year", d.year());
            }
            m.put("month", d.month());
            if (d.day() != null) {
                m.put("day", d.day());
            }
            m.put("part", d.part() == null ? null : d.part().json());
        } else if (t instanceof Target.Qualitative q) {
            m.put("op", "qualitative");
            m.put("text", q.text());
        }
        return m;
    }

}
