package dev.zhibiao.cli;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two flat tables of {@code --format csv} and {@code --format xlsx}: one row per indicator,
 * and one row per funding item, each with its sheet's facts repeated so that a spreadsheet or
 * pandas can filter and pivot them. A document that cannot be read is one row with only
 * {@code file} and {@code error}. Cells are strings or {@link BigDecimal}s (numbers), or null.
 */
final class FlatTable {
    /** The sheet's facts that start every row of both tables. */
    private static final List<String> SHEET = List.of("file", "source", "sheet_page", "sheet_line", "kind", "year",
            "project", "region", "funding_unit", "funding_total");

    /** The indicator table's columns. */
    static final List<String> INDICATORS = concat(SHEET, List.of("level1", "level2", "name", "value", "target",
            "target_op", "target_value", "target_unit", "target_min", "target_max", "target_reference", "actual", "met",
            "weight", "score", "direction", "page", "line", "column", "error"));

    /** The funding table's columns. */
    static final List<String> FUNDING = concat(SHEET, List.of("label", "amount", "mid_term_amount", "budget",
            "executed", "rate", "error"));

    private FlatTable() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /**
     * @param o a document's outcome
     * @return its indicator rows (a failed document: one error row)
     */
    static List<Object[]> indicators(Outcome o) {
        List<Object[]> rows = new ArrayList<>();
        if (!o.ok()) {
            rows.add(error(o, INDICATORS.size()));
            return rows;
        }
        for (Sheet s : o.sheets()) {
            for (Indicator i : s.indicators()) {
                Object[] r = sheet(o, s, INDICATORS.size());
                int k = SHEET.size();
                r[k++] = i.level1();
                r[k++] = i.level2();
                r[k++] = i.name();
                r[k++] = i.value();
                Target t = i.target();
                r[k++] = t == null ? null : t.toString();
                if (t instanceof Target.Comparison c) {
                    r[k] = c.op().json();
                    r[k + 1] = c.quantity().value();
                    r[k + 2] = c.quantity().unit();
                } else if (t instanceof Target.Range g) {
                    r[k] = "between";
                    r[k + 2] = g.unit();
                    r[k + 3] = g.min();
                    r[k + 4] = g.max();
                } else if (t instanceof Target.Reference ref) {
                    r[k] = ref.op().json();
                    r[k + 5] = ref.reference();
                    if (ref.change() != null) { // 比上年增长10%: the change in value and unit
                        r[k + 1] = ref.change().value();
                        r[k + 2] = ref.change().unit();
                    }
                } else if (t instanceof Target.BySubject) {
                    r[k] = "by_subject";
                } else if (t instanceof Target.Deadline) {
                    r[k] = "deadline";
                } else if (t instanceof Target.Qualitative) {
                    r[k] = "qualitative";
                }
                k += 6;
                r[k++] = i.actual();
                r[k++] = i.met() == dev.zhibiao.Verdict.MET ? "true" : i.met() == dev.zhibiao.Verdict.NOT_MET ? "false" : null; // as in Sheet JSON
                r[k++] = i.weight();
                r[k++] = i.score();
                r[k++] = i.direction() == null ? null : i.direction().json();
                r[k++] = num(i.locator().page());
                r[k++] = num(i.locator().line());
                r[k] = num(i.locator().column());
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * @param o a document's outcome
     * @return its funding rows (a failed document: one error row)
     */
    static List<Object[]> funding(Outcome o) {
        List<Object[]> rows = new ArrayList<>();
        if (!o.ok()) {
            rows.add(error(o, FUNDING.size()));
            return rows;
        }
        for (Sheet s : o.sheets()) {
            for (FundingItem f : s.funding().items()) {
                Object[] r = sheet(o, s, FUNDING.size());
                int k = SHEET.size();
                r[k++] = f.label();
                r[k++] = f.amount();
                r[k++] = f.midTermAmount();
                r[k++] = f.budget();
                r[k++] = f.executed();
                r[k] = f.rate();
                rows.add(r);
            }
        }
        return rows;
    }

    private static Object[] error(Outcome o, int width) {
        Object[] r = new Object[width];
        r[0] = o.input().display();
        r[1] = o.input().source();
        r[width - 1] = o.error();
        return r;
    }

    private static Object[] sheet(Outcome o, Sheet s, int width) {
        Object[] r = new Object[width];
        r[0] = o.input().display();
        r[1] = s.source();
        r[2] = num(s.locator().page());
        r[3] = num(s.locator().line());
        r[4] = s.kind().json();
        r[5] = num(s.year());
        r[6] = s.project();
        r[7] = s.region();
        r[8] = s.funding().unit();
        r[9] = total(s);
        return r;
    }

    /**
     * The sheet's total: the first line of its money block (年度金额, 年度资金总额 ...), its amount on
     * a target sheet, its budget (全年预算数) on a self-evaluation.
     */
    static BigDecimal total(Sheet s) {
        if (s.funding().items().isEmpty()) {
            return null;
        }
        FundingItem first = s.funding().items().get(0);
        return s.kind().reportsExecution() ? first.budget() : first.amount();
    }

    private static BigDecimal num(Integer i) {
        return i == null ? null : BigDecimal.valueOf(i);
    }

    /**
     * @param cell a cell
     * @return its text: numbers without exponent, null as empty
     */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    }

    @Override
    public String toString() {
        return "FlatTable" + Arrays.asList(INDICATORS.size(), FUNDING.size());
    }
}
