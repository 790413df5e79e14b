package dev.zhibiao.internal.grammar;

import dev.zhibiao.Op;
import dev.zhibiao.Quantity;
import dev.zhibiao.Target;
import dev.zhibiao.internal.grammar.Grammar.NameUnit;
import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules over one value's tokens. */
final class Rules {
    private final Fold f;
    private final List<Token> ts;
    private final String name;

    /** Set when the rules ask for the name's unit; may be null. */
    private final boolean[] asked;

    Rules(Fold f, List<Token> ts, String name, boolean[] asked) {
        this.f = f;
        this.ts = ts;
        this.name = name;
        this.asked = asked;
    }

    /** The unit the indicator's name states (every use of the name goes through here). */
    private NameUnit nameUnit() {
        if (asked != null) {
            asked[0] = true;
        }
        return Grammar.nameUnit0(name);
    }

    Target value() {
        int a = 0;
        int n = ts.size();
        // a value may end (or start) with punctuation: ≥90%。
        while (n > a && ts.get(n - 1).is(Kind.SEP)) {
            n--;
        }
        while (a < n && ts.get(a).is(Kind.SEP)) {
            a++;
        }
        if (a >= n) {
            return null;
        }
        if (ts.get(a).is(Kind.BY)) {
            Target d = deadline(a + 1, n);
            return d != null ? d : clauses(a + 1, n, true);
        }
        Target t = target(a, n);
        return t != null ? t : clauses(a, n, false);
    }

    /** A target over {@code ts[a..b)} without clauses. */
    Target target(int a, int b) {
        if (a >= b) {
            return null;
        }
        Target t = deadline(a, b);
        if (t == null) {
            t = number(a, b);
        }
        if (t == null) {
            t = reference(a, b);
        }
        if (t == null) {
            t = change(a, b);
        }
        return t;
    }

    Target deadline(int a, int b) {
        int i = a;
        while (i < b && ts.get(i).type == Token.Type.WORD
                && (ts.get(i).is(Kind.DATEPRE) || filler(ts.get(i)))) {
            i++;
        }
        if (i >= b || ts.get(i).type != Token.Type.DATE) {
            return null;
        }
        Target.Deadline d = ts.get(i).date;
        i++;
        while (i < b && ts.get(i).type == Token.Type.WORD && suffixFiller(ts.get(i))) {
            i++;
        }
        if (i + 1 == b && activity(ts.get(i - 1), ts.get(i))) {
            return d; // 12月底前完成拨付: what is to be done by then
        }
        return i == b ? d : null;
    }

    Target number(int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            if (ts.get(k).is(Kind.BOTH)) {
                return bounds(number(a, k), number(k + 1, b));
            }
        }
        int i = a;
        Op pre = null;
        boolean preWeak = false;
        while (i < b && ts.get(i).is(Kind.PRE)) {
            if (i - a >= Grammar.MAX_PRE) {
                return null; // no value stacks more comparator words (原则上不低于 is two)
            }
            Entry e = ts.get(i).entry(Kind.PRE);
            if (!e.arg1().equals("-")) {
                Op op = Op.of(e.arg1());
                if (pre != null && pre != op) {
                    return null;
                }
                pre = op;
                preWeak = "weak".equals(e.arg2());
            }
            i++;
        }
        if (i >= b || !ts.get(i).numeric()) {
            return null;
        }
        Token q1 = ts.get(i++);
        Token q2 = null;
        if (i + 1 < b && ts.get(i).is(Kind.RANGE) && ts.get(i + 1).numeric()) {
            q2 = ts.get(i + 1);
            i += 2;
        }
        Op suf = null;
        boolean sufSeen = false;
        while (i < b && ts.get(i).is(Kind.SUF)) {
            Entry e = ts.get(i).entry(Kind.SUF);
            if (!e.arg1().equals("-")) {
                suf = Op.of(e.arg1());
                sufSeen = true;
            }
            i++;
        }
        if (i != b) {
            return null;
        }
        NameUnit nu = null;
        if (q2 != null) {
            if ((pre != null && !preWeak) || sufSeen) {
                return null;
            }
            String u1 = q1.unit;
            String u2 = q2.unit;
            if (u1 != null && u2 != null && !u1.equals(u2)) {
                return null;
            }
            BigDecimal min = q1.value;
            BigDecimal max = q2.value;
            if (u1 == null && q1.factor.compareTo(BigDecimal.ONE) == 0 && q2.factor.compareTo(BigDecimal.ONE) != 0) {
                min = min.multiply(q2.factor);
            }
            String unit = u2 != null ? u2 : u1;
            if (unit == null) {
                nu = nameUnit();
                unit = nu.unit();
                min = min.multiply(nu.factor());
                max = max.multiply(nu.factor());
            }
            return new Target.Range(min, max, unit);
        }
        Op op;
        if (pre != null && suf != null && pre != suf) {
            op = preWeak ? suf : pre;
        } else {
            op = pre != null ? pre : suf != null ? suf : Op.EQ;
        }
        BigDecimal v = q1.value;
        String unit = q1.unit;
        if (unit == null) {
            nu = nameUnit();
            unit = nu.unit();
            v = v.multiply(nu.factor());
        }
        return new Target.Comparison(op, new Quantity(v, unit));
    }

    /**
     * A lower and an upper bound joined by 且 ({@code ≥80%且≤100%}): a range when both are
     * inclusive, in one unit (or one of them without a unit) and in order; else null.
     */
    private static Target bounds(Target lower, Target upper) {
        if (lower instanceof Target.Comparison lo && upper instanceof Target.Comparison hi) {
            if (lo.op() == Op.LE && hi.op() == Op.GE) {
                Target.Comparison t = lo;
                lo = hi;
                hi = t;
            }
            if (lo.op() != Op.GE || hi.op() != Op.LE) {
                return null;
            }
            String ul = lo.quantity().unit();
            String uh = hi.quantity().unit();
            if (ul != null && uh != null && !ul.equals(uh)) {
                return null;
            }
            BigDecimal min = lo.quantity().value();
            BigDecimal max = hi.quantity().value();
            if (min.compareTo(max) > 0) {
                return null;
            }
            return new Target.Range(min, max, ul != null ? ul : uh);
        }
        return null;
    }

    Target reference(int a, int b) {
        Token first = ts.get(a);
        Entry pe = first.entry(Kind.PRE);
        if (pe == null || a + 1 >= b) {
            return null;
        }
        boolean filler = pe.arg1().equals("-");
        Op op = filler ? Op.EQ : Op.of(pe.arg1());
        Token ref = ts.get(a + 1);
        if (a + 2 == b && ref.is(Kind.REF)) {
            return new Target.Reference(op, ref.entry(Kind.REF).arg1());
        }
        if (filler || !"strong".equals(pe.arg2())) {
            return null;
        }
        for (int i = a + 1; i < b; i++) {
            Token t = ts.get(i);
            if (t.type == Token.Type.QTY || t.type == Token.Type.DATE || t.is(Kind.SEP) || t.is(Kind.COLON)
                    || t.is(Kind.RANGE) || (t.is(Kind.PRE) && !t.entry(Kind.PRE).arg1().equals("-"))) {
                return null;
            }
        }
        String text = f.printed(ts.get(a + 1).from, ts.get(b - 1).to);
        if (text.isEmpty() || text.length() > 40 || hasDigit(a + 1, b) || !nameable(text)) {
            return null;
        }
        return new Target.Reference(op, text);
    }

    Target change(int a, int b) {
        int i = a;
        String ref;
        Token t = ts.get(i);
        if (t.is(Kind.REFCMP)) {
            ref = t.entry(Kind.REFCMP).arg1();
            i++;
        } else if (t.is(Kind.CMP) && i + 1 < b) {
            Token r = ts.get(i + 1);
            if (r.is(Kind.REF)) {
                ref = r.entry(Kind.REF).arg1();
            } else if (r.type == Token.Type.TEXT && r.to - r.from <= 15 && !hasDigit(i + 1, i + 2)
                    && nameable(f.printed(r.from, r.to))) {
                ref = f.printed(r.from, r.to);
            } else {
                return null;
            }
            i += 2;
        } else {
            return null;
        }
        while (i < b && ts.get(i).is(Kind.ADVERB)) {
            i++;
        }
        if (i + 1 != b || !ts.get(i).is(Kind.CHANGE)) {
            return null;
        }
        return new Target.Reference(Op.of(ts.get(i).entry(Kind.CHANGE).arg1()), ref);
    }

    /** Per-subject clauses over {@code ts[a..b)}. */
    Target clauses(int a, int b, boolean single) {
        List<Target.Clause> out = new ArrayList<>();
        int s = a;
        boolean colon = false;
        for (int i = a; i <= b; i++) {
            if (i < b && !ts.get(i).is(Kind.SEP)) {
                continue;
            }
            if (i > s) {
                Target.Clause c = single ? canonicalClause(s, i) : clause(s, i);
                if (c == null) {
                    return null;
                }
                colon |= c.subject() != null && colonIn(s, i);
                out.add(c);
            }
            s = i + 1;
        }
        if (out.isEmpty() || (out.size() < 2 && !single && !colon)) {
            return null;
        }
        return new Target.BySubject(out);
    }

    private boolean colonIn(int a, int b) {
        for (int i = a; i < b; i++) {
            if (ts.get(i).is(Kind.COLON)) {
                return true;
            }
        }
        return false;
    }

    /** {@code subject: target}, as {@link Target.BySubject#toString()} writes it after "by". */
    private Target.Clause canonicalClause(int a, int b) {
        int colon = -1;
        for (int i = a; i < b; i++) {
            if (ts.get(i).is(Kind.COLON)) {
                colon = i;
            }
        }
        if (colon <= a) {
            return null;
        }
        Target sub = target(colon + 1, b);
        String subject = f.printed(ts.get(a).from, ts.get(colon - 1).to);
        return sub == null || subject.isEmpty() ? null : new Target.Clause(subject, sub);
    }

    private Target.Clause clause(int a, int b) {
        Target.Clause c = subjectFirst(a, b);
        return c != null ? c : subjectAfter(a, b);
    }

    /** {@code ≥95%（职工）}: the target, then its subject in brackets. */
    private Target.Clause subjectAfter(int a, int b) {
        Token last = ts.get(b - 1);
        if (b - 1 <= a || last.type != Token.Type.TEXT || last.to - last.from < 3
                || f.c[last.from] != '(' || f.c[last.to - 1] != ')' || hasDigit(b - 1, b)) {
            return null;
        }
        for (int k = last.from + 1; k < last.to - 1; k++) {
            if (f.c[k] == '(' || f.c[k] == ')') {
                return null;
            }
        }
        Target sub = target(a, b - 1);
        String subject = f.printed(last.from + 1, last.to - 1);
        return sub == null || subject.isEmpty() || subject.length() > 40 ? null : new Target.Clause(subject, sub);
    }

    private Target.Clause subjectFirst(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            Token t = ts.get(k);
            if (t.is(Kind.COLON)) {
                continue;
            }
            int end = k;
            while (end > a && ts.get(end - 1).is(Kind.COLON)) {
                end--;
            }
            if (end > a && f.printed(ts.get(a).from, ts.get(end - 1).to).length() > Grammar.MAX_SUBJECT) {
                // the subject before k is too long, and every later one is longer still: none can
                // be taken (and trying the target after each token would be quadratic)
                return null;
            }
            if (!(t.numeric() || t.type == Token.Type.DATE || t.is(Kind.PRE) || t.is(Kind.CMP)
                    || t.is(Kind.REFCMP) || t.is(Kind.DATEPRE))) {
                continue;
            }
            Target sub = target(k, b);
            if (sub == null) {
                continue;
            }
            int subjectEnd = k;
            while (subjectEnd > a && ts.get(subjectEnd - 1).is(Kind.COLON)) {
                subjectEnd--;
            }
            if (!hasText(a, subjectEnd)) {
                return null; // a subject names someone: 成年人, 一类地区, not 00 or ~
            }
            if (holdsComparison(a, subjectEnd)) {
                return null; // 城镇：≥95%农村 is two clauses run together, not a subject
            }
            String subject = f.printed(ts.get(a).from, ts.get(subjectEnd - 1).to);
            if (subject.isEmpty() || subject.length() > Grammar.MAX_SUBJECT) {
                return null;
            }
            return new Target.Clause(subject, sub);
        }
        return null;
    }

    /**
     * A named reference reads back as itself after a comparator ({@code ≥ 政府承受能力}): it
     * holds no number, date, comparator or separator of its own (一类 would read as 1 类).
     */
    private static boolean nameable(String name) {
        Fold g = Fold.of(name);
        if (g.n == 0 || Lexicon.starts(g.c[0], Grammar.NOT_A_NAME)) {
            return false;
        }
        List<Token> nt = Tokenizer.tokens(g);
        if (nt.size() == 1 && nt.get(0).is(Kind.REF)) {
            return false;
        }
        for (Token t : nt) {
            Entry pre = t.entry(Kind.PRE);
            if (t.type == Token.Type.QTY || t.type == Token.Type.DATE || t.is(Kind.SEP) || t.is(Kind.COLON)
                    || t.is(Kind.RANGE) || t.is(Kind.BY) || (pre != null && !pre.arg1().equals("-"))) {
                return false;
            }
        }
        for (int i = 0; i < g.n; i++) {
            if (Numbers.isDigit(g.c[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code ts[a..b)} holds a comparator word (not a filler) right before a number: {@code ≥95%}. */
    private boolean holdsComparison(int a, int b) {
        for (int i = a; i + 1 < b; i++) {
            Entry pre = ts.get(i).entry(Kind.PRE);
            if (pre != null && !pre.arg1().equals("-") && ts.get(i + 1).numeric()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasText(int a, int b) {
        for (int i = a; i < b; i++) {
            if (ts.get(i).type == Token.Type.TEXT) {
                return true;
            }
        }
        return false;
    }

    private boolean hasDigit(int a, int b) {
        for (int i = ts.get(a).from; i < ts.get(b - 1).to; i++) {
            if (Numbers.isDigit(f.c[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words after a date that say what is due by then ({@code 12月底前完成拨付}): only Han
     * characters, at most eight, right after a date that ends in 前 or 完成.
     */
    private boolean activity(Token date, Token t) {
        if (t.type != Token.Type.TEXT || t.to - t.from > 8 || date.to != t.from) {
            return false;
        }
        for (int k = t.from; k < t.to; k++) {
            if (!Tokenizer.isHan(f.c[k])) {
                return false;
            }
        }
        String d = new String(f.c, date.from, date.to - date.from);
        return d.endsWith("前") || d.endsWith("完成");
    }

    private static boolean filler(Token t) {
        Entry e = t.entry(Kind.PRE);
        return e != null && e.arg1().equals("-");
    }

    private static boolean suffixFiller(Token t) {
        Entry e = t.entry(Kind.SUF);
        return e != null && e.arg1().equals("-");
    }

    /** The printed value when it holds numbers or comparators that were not read, or null for plain text. */
    String unread() {
        for (Token t : ts) {
            boolean numeric = (t.type == Token.Type.QTY && !t.chinese) || t.type == Token.Type.DATE;
            Entry pre = t.entry(Kind.PRE);
            boolean symbol = pre != null && !Tokenizer.isHan(pre.word().charAt(0));
            if (numeric || symbol) {
                return f.printed;
            }
        }
        return null;
    }
}
