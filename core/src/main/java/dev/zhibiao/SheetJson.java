package dev.zhibiao;

import dev.zhibiao.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes sheets and targets in the Sheet JSON form (version 1, documented in
 * {@code docs/sheet-json.md}): one object per sheet, an array per document.
 *
 * <pre>{@code
 * String json = SheetJson.write(sheets);          // pretty-printed array
 * String line = SheetJson.writeLine(sheet);       // one sheet on one line (JSON Lines)
 * String t    = SheetJson.write(Targets.parse("6-9个月"));  // {"op":"between","min":6,"max":9,"unit":"月"}
 * }</pre>
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
    public static String write(Target target) {
        return Json.write(toMap(target), 0);
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
            if (s.kind() == Kind.SELF_EVALUATION) {
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
            im.put("met", i.met());
            im.put("note", i.note());
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

    private static boolean hasMidTerm(Sheet s) {
        return s.funding().items().stream().anyMatch(i -> i.midTermAmount() != null) || !s.midTermGoals().isEmpty();
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
