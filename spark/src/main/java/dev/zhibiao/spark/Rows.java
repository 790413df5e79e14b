package dev.zhibiao.spark;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import dev.zhibiao.Target;
import dev.zhibiao.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Turns what was read from one file into Spark rows of an output's schema ({@link Schemas}): the
 * same cells as {@code zhibiao extract --format csv} for indicators (a target's operator, number,
 * unit, bounds or reference; {@code met} true, false or null as in Sheet JSON), the sheet model
 * nested for sheets. Uses only the public model of {@code dev.zhibiao}.
 */
final class Rows {
    private Rows() {
    }

    /**
     * @param output which output
     * @param file   a file's outcome
     * @return its rows in document order
     */
    static List<InternalRow> of(Schemas output, Document file) {
        List<InternalRow> out = new ArrayList<>();
        switch (output) {
            case INDICATORS -> indicators(file, out);
            case SHEETS -> sheets(file, out);
            case DIAGNOSTICS -> diagnostics(file, out);
            case ERRORS -> {
                if (file.error() != null) {
                    out.add(row(str(file.path()), str(file.source()), str(file.error())));
                }
            }
        }
        return out;
    }

    private static void indicators(Document file, List<InternalRow> out) {
        int width = Schemas.INDICATOR_SCHEMA.size();
        if (file.error() != null) {
            Object[] r = new Object[width];
            r[0] = str(file.path());
            r[1] = str(file.source());
            r[width - 1] = str(file.error());
            out.add(new GenericInternalRow(r));
            return;
        }
        int sheetIndex = 0;
        for (Sheet s : file.sheets()) {
            int index = 0;
            for (Indicator i : s.indicators()) {
                Object[] r = new Object[width];
                int k = 0;
                r[k++] = str(file.path());
                r[k++] = str(s.source());
                r[k++] = sheetIndex;
                r[k++] = s.locator().page();
                r[k++] = s.locator().line();
                r[k++] = str(s.kind().json());
                r[k++] = s.year();
                r[k++] = str(s.project());
                r[k++] = str(s.region());
                r[k++] = str(s.funding().unit());
                r[k++] = dec(total(s));
                r[k++] = index++;
                r[k++] = str(i.level1());
                r[k++] = str(i.level2());
                r[k++] = str(i.name());
                r[k++] = str(i.value());
                Target t = i.target();
                r[k++] = t == null ? null : str(t.toString());
                // target_op, target_value, target_unit, target_min, target_max, target_reference
                if (t instanceof Target.Comparison c) {
                    r[k] = str(c.op().json());
                    r[k + 1] = dec(c.quantity().value());
                    r[k + 2] = str(c.quantity().unit());
                } else if (t instanceof Target.Range g) {
                    r[k] = str("between");
                    r[k + 2] = str(g.unit());
                    r[k + 3] = dec(g.min());
                    r[k + 4] = dec(g.max());
                } else if (t instanceof Target.Reference ref) {
                    r[k] = str(ref.op().json());
                    r[k + 5] = str(ref.reference());
                    if (ref.change() != null) { // 比上年增长10%: the change in value and unit
                        r[k + 1] = dec(ref.change().value());
                        r[k + 2] = str(ref.change().unit());
                    }
                } else if (t instanceof Target.BySubject) {
                    r[k] = str("by_subject");
                } else if (t instanceof Target.Deadline) {
                    r[k] = str("deadline");
                } else if (t instanceof Target.Qualitative) {
                    r[k] = str("qualitative");
                }
                k += 6;
                r[k++] = str(i.actual());
                r[k++] = met(i.met());
                r[k++] = dec(i.weight());
                r[k++] = dec(i.score());
                r[k++] = i.direction() == null ? null : str(i.direction().json());
                r[k++] = i.locator().page();
                r[k++] = i.locator().line();
                r[k] = i.locator().column();
                out.add(new GenericInternalRow(r));
            }
            sheetIndex++;
        }
    }

    private static void sheets(Document file, List<InternalRow> out) {
        int width = Schemas.SHEET_SCHEMA.size();
        if (file.error() != null) {
            Object[] r = new Object[width];
            r[0] = str(file.path());
            r[1] = str(file.source());
            r[width - 1] = str(file.error());
            out.add(new GenericInternalRow(r));
            return;
        }
        int sheetIndex = 0;
        for (Sheet s : file.sheets()) {
            List<Object> items = new ArrayList<>();
            for (FundingItem f : s.funding().items()) {
                items.add(row(str(f.label()), dec(f.amount()), dec(f.midTermAmount()), dec(f.budget()),
                        dec(f.executed()), dec(f.rate())));
            }
            List<Object> indicators = new ArrayList<>();
            for (Indicator i : s.indicators()) {
                indicators.add(row(str(i.level1()), str(i.level2()), str(i.name()), str(i.value()),
                        i.target() == null ? null : str(i.target().toString()), str(i.midTermValue()),
                        str(i.description()), str(i.basis()), str(i.actual()), met(i.met()), str(i.note()),
                        dec(i.weight()), dec(i.score()), i.direction() == null ? null : str(i.direction().json()),
                        locator(i.locator())));
            }
            List<Object> diagnostics = new ArrayList<>();
            for (Diagnostic d : s.diagnostics()) {
                diagnostics.add(row(str(d.code()), str(d.message()), locator(d.position())));
            }
            out.add(row(str(file.path()), str(s.source()), sheetIndex++, locator(s.locator()), str(s.kind().json()),
                    str(s.title()), s.year(), str(s.project()), str(s.region()), map(s.parties(), false),
                    map(s.attributes(), false), row(str(s.funding().unit()), array(items)),
                    s.spendingPlan() == null ? null : map(s.spendingPlan(), true), strings(s.goals()),
                    strings(s.midTermGoals()), array(indicators), strings(s.remnants()), array(diagnostics), null));
        }
    }

    private static void diagnostics(Document file, List<InternalRow> out) {
        if (file.error() != null) {
            return;
        }
        int sheetIndex = 0;
        for (Sheet s : file.sheets()) {
            for (Diagnostic d : s.diagnostics()) {
                Locator p = d.position();
                out.add(row(str(file.path()), str(s.source()), sheetIndex, str(d.code()), str(d.message()), p.page(),
                        p.line(), p.column()));
            }
            sheetIndex++;
        }
    }

    /**
     * The sheet's total, as the command line's flat table has it: the first line of its money
     * block, its amount on a target sheet and its budget on a self-evaluation.
     */
    static BigDecimal total(Sheet s) {
        if (s.funding().items().isEmpty()) {
            return null;
        }
        FundingItem first = s.funding().items().get(0);
        return s.kind().reportsExecution() ? first.budget() : first.amount();
    }

    private static Boolean met(Verdict v) {
        return v == Verdict.MET ? Boolean.TRUE : v == Verdict.NOT_MET ? Boolean.FALSE : null;
    }

    private static InternalRow locator(Locator l) {
        return row(l.page(), l.line(), l.column());
    }

    private static InternalRow row(Object... cells) {
        return new GenericInternalRow(cells);
    }

    private static ArrayData array(List<Object> cells) {
        return new GenericArrayData(cells.toArray());
    }

    private static ArrayData strings(List<String> texts) {
        Object[] a = new Object[texts.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = str(texts.get(i));
        }
        return new GenericArrayData(a);
    }

    private static MapData map(Map<String, ?> m, boolean decimals) {
        Object[] keys = new Object[m.size()];
        Object[] values = new Object[m.size()];
        int i = 0;
        for (Map.Entry<String, ?> e : m.entrySet()) {
            keys[i] = str(e.getKey());
            values[i++] = decimals ? dec((BigDecimal) e.getValue()) : str((String) e.getValue());
        }
        return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
    }

    static UTF8String str(String s) {
        return s == null ? null : UTF8String.fromString(s);
    }

    /**
     * @param d a number of the model
     * @return it as {@code decimal(38,12)}, rounded half-even past 12 places; null when it has more
     *     than 26 digits before the point (its text is kept in the row's text columns)
     */
    static Decimal dec(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.setScale(Schemas.DECIMAL.scale(), RoundingMode.HALF_EVEN);
        if (s.precision() > Schemas.DECIMAL.precision()) {
            return null;
        }
        return Decimal.apply(s, Schemas.DECIMAL.precision(), Schemas.DECIMAL.scale());
    }
}
