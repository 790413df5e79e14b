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
        if (t == null) {
            t = form(a, n);
        }
        return t != null ? t : clauses(a, n, false);
    }

    /**
     * Whole-value forms that state one target with words around it: a frequency
     * ({@code 每年≥2次} is {@code ≥ 2 次/年}), a range around a variable ({@code 95%≤X≤100%}), in
     * brackets ({@code [95%,100%]}) or in words ({@code 介于95%和100%之间}), and two bounds
     * printed as two clauses ({@code ≥50%，≤80%}). Null when none reads.
     */
    private Target form(int a, int b) {
        Token first = ts.get(a);
        if (first.type == Token.Type.TEXT && b - a >= 2) {
            String period = PERIODS.get(new String(f.c, first.from, first.to - first.from));
            if (period != null) {
                return perPeriod(target(a + 1, b), period);
            }
        }
        if (b - a == 5 && ts.get(a).numeric() && ts.get(b - 1).numeric() && ts.get(a + 2).type == Token.Type.TEXT) {
            // 95%≤X≤100%, 100%≥满意度≥95%: one inclusive direction on both sides of a variable
            Op left = op(ts.get(a + 1));
            Op right = op(ts.get(a + 3));
            String variable = f.printed(ts.get(a + 2).from, ts.get(a + 2).to);
            if (left != null && left == right && (left == Op.LE || left == Op.GE) && variable.length() <= 12
                    && !hasDigit(a + 2, a + 3)) {
                Target x = target(a, a + 1);
                Target y = target(b - 1, b);
                return left == Op.LE ? between(x, y) : between(y, x);
            }
        }
        if (b - a == 5 && text(a, "[") && text(b - 1, "]") && ts.get(a + 2).is(Kind.SEP)
                && ts.get(a + 1).numeric() && ts.get(a + 3).numeric()) {
            return between(target(a + 1, a + 2), target(a + 3, a + 4)); // [95%,100%]: both ends included
        }
        int i = a;
        boolean within = false;
        if (ts.get(i).is(Kind.PRE) && "介于".equals(ts.get(i).entry(Kind.PRE).word())) {
            within = true;
            i++;
        }
        if (i + 3 <= b && ts.get(i).numeric() && (text(i + 1, "和") || word(i + 1, Kind.CMP, "与")) && ts.get(i + 2).numeric()) {
            boolean between = i + 4 == b && ts.get(i + 3).is(Kind.SUF) && "之间".equals(ts.get(i + 3).entry(Kind.SUF).word());
            if ((within || between) && i + (between ? 4 : 3) == b) {
                return between(target(i, i + 1), target(i + 2, i + 3)); // 介于95%和100%之间
            }
        }
        int sep = -1;
        for (int k = a + 1; k < b - 1; k++) {
            if (ts.get(k).is(Kind.SEP)) {
                if (sep >= 0) {
                    return null;
                }
                sep = k;
            }
        }
        return sep < 0 ? null : bounds(target(a, sep), target(sep + 1, b)); // ≥50%，≤80%
    }

    /** The periods a frequency names, printed ({@code 每年}) to the unit's canonical tail. */
    private static final java.util.Map<String, String> PERIODS = java.util.Map.ofEntries(
            java.util.Map.entry("每年", "年"), java.util.Map.entry("每年度", "年"),
            java.util.Map.entry("每半年", "半年"), java.util.Map.entry("每季度", "季度"),
            java.util.Map.entry("每季", "季度"), java.util.Map.entry("每月", "月"),
            java.util.Map.entry("每周", "周"), java.util.Map.entry("每星期", "周"),
            java.util.Map.entry("每天", "天"), java.util.Map.entry("每日", "天"));

    /** {@code ≥ 2 次} done each year: {@code ≥ 2 次/年}; null unless the target has a unit of its own without a period. */
    private static Target perPeriod(Target t, String period) {
        if (t instanceof Target.Comparison c && c.quantity().unit() != null && c.quantity().unit().indexOf('/') < 0) {
            return new Target.Comparison(c.op(), new Quantity(c.quantity().value(), c.quantity().unit() + "/" + period));
        }
        if (t instanceof Target.Range r && r.unit() != null && r.unit().indexOf('/') < 0) {
            return new Target.Range(r.min(), r.max(), r.unit() + "/" + period);
        }
        return null;
    }

    /** Two printed numbers as the ends of a closed range, in one unit (or one side without), in order; else null. */
    private static Target between(Target lower, Target upper) {
        if (lower instanceof Target.Comparison lo && upper instanceof Target.Comparison hi
                && lo.op() == Op.EQ && hi.op() == Op.EQ) {
            return bounds(new Target.Comparison(Op.GE, lo.quantity()), new Target.Comparison(Op.LE, hi.quantity()));
        }
        return null;
    }

    /** The comparator a token states (≤, 不超过), or null for none or a filler. */
    private static Op op(Token t) {
        Entry e = t.entry(Kind.PRE);
        return e == null || e.arg1().equals("-") ? null : Op.of(e.arg1());
    }

    /** Whether {@code ts[i]} is the vocabulary word {@code w} of kind {@code kind}. */
    private boolean word(int i, Kind kind, String w) {
        Entry e = ts.get(i).entry(kind);
        return e != null && e.word().equals(w);
    }

    /** Whether {@code ts[i]} is other text that folds to {@code s}. */
    private boolean text(int i, String s) {
        Token t = ts.get(i);
        return t.type == Token.Type.TEXT && t.to - t.from == s.length() && new String(f.c, t.from, t.to - t.from).equals(s);
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
        boolean exclusive = false;
        while (i < b && ts.get(i).is(Kind.SUF)) {
            Entry e = ts.get(i).entry(Kind.SUF);
            if (e.arg1().equals(Tokenizer.EXCLUSIVE_MARK)) {
                exclusive = true; // 95%（不含）以上: the bound itself is not enough
            } else if (!e.arg1().equals("-")) {
                suf = Op.of(e.arg1());
                sufSeen |= suf != Op.APPROX; // 6-9个月左右 is still the range
            }
            i++;
        }
        if (i != b) {
            return null;
        }
        NameUnit nu = null;
        if (q2 != null) {
            if ((pre != null && !preWeak) || sufSeen || exclusive || q1.more || q2.more) {
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
            // 3000余人次, 十余万人: more than the round number printed, read as at least it
            op = pre != null ? pre : suf != null ? suf : q1.more ? Op.GE : Op.EQ;
        }
        if (exclusive) {
            if (op != Op.GE && op != Op.LE && op != Op.GT && op != Op.LT) {
                return null; // 不含 says a bound is excluded; without a direction it cannot be read
            }
            op = op == Op.GE ? Op.GT : op == Op.LE ? Op.LT : op;
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
        Token last = ts.get(b - 1);
        if (!filler && "strong".equals(pe.arg2()) && last.type == Token.Type.QTY && b - a >= 3) {
            // the canonical form of a change: ≥ 上年 +10 %, ≤ 上年 -2 百分点
            int end = b - 1;
            Token before = ts.get(end - 1);
            String named = null;
            if (text(end - 1, "+")) {
                end--;
            } else if (before.type == Token.Type.TEXT && f.c[before.to - 1] == '+' && end - 1 == a + 1
                    && before.to - before.from > 1) {
                named = f.printed(before.from, before.to - 1); // ≥ 基期 +5 %: the + ends the text
            } else if (last.value.signum() >= 0) {
                return null;
            }
            Target base = named != null ? (nameable(named) ? new Target.Reference(op, named) : null)
                    : end > a + 1 ? reference(a, end) : null;
            return base instanceof Target.Reference r && r.change() == null
                    ? new Target.Reference(op, r.reference(), new Quantity(last.value, last.unit)) : null;
        }
        Token ref = ts.get(a + 1);
        if (a + 2 == b && ref.is(Kind.REF)) {
            return new Target.Reference(op, ref.entry(Kind.REF).arg1());
        }
        if (filler) {
            return null;
        }
        if (!"strong".equals(pe.arg2())) {
            // 控制在预算内, 控制在批复预算以内: a weak comparator with a closing 以内 / 之内 / 内 around a name
            Entry suf = b - a >= 3 ? ts.get(b - 1).entry(Kind.SUF) : null;
            if (suf == null || op != Op.LE || !"<=".equals(suf.arg1())) {
                return null;
            }
            b--;
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
        if (i >= b || !ts.get(i).is(Kind.CHANGE)) {
            return null;
        }
        Op direction = Op.of(ts.get(i).entry(Kind.CHANGE).arg1());
        if (i + 1 == b) {
            return new Target.Reference(direction, ref);
        }
        return changeBy(direction, ref, i + 1, b);
    }

    /**
     * The amount of a change: {@code 比上年增长10%} is {@code ≥ 上年 +10 %} (a rise of at least
     * that), {@code 较上年下降2个百分点} is {@code ≤ 上年 -2 百分点}; 以上 and 以内 after the amount
     * say which way the bound goes ({@code 增长10%以内} is {@code ≤ 上年 +10 %}). Null unless
     * {@code ts[a..b)} is one positive quantity with at most one such word.
     */
    private Target changeBy(Op direction, String ref, int a, int b) {
        if (direction != Op.GT && direction != Op.LT) {
            return null; // 持平, 不降低 take no amount
        }
        Token q = ts.get(a);
        if (q.type != Token.Type.QTY || q.value.signum() <= 0 || q.unit == null) {
            return null;
        }
        Op op = direction == Op.GT ? Op.GE : Op.LE; // a rise of 10%: at least that much; a fall: at least that much down
        for (int k = a + 1; k < b; k++) {
            Entry e = ts.get(k).entry(Kind.SUF);
            if (e == null || e.arg1().equals("-") || e.arg1().equals(Tokenizer.EXCLUSIVE_MARK)) {
                return null;
            }
            Op suf = Op.of(e.arg1());
            if (suf != Op.GE && suf != Op.LE) {
                return null;
            }
            // 以上 asks more of the change, 以内 at most that much: a fall by at most 5% keeps above the bound
            op = direction == Op.GT ? suf : suf == Op.GE ? Op.LE : Op.GE;
        }
        BigDecimal v = direction == Op.GT ? q.value : q.value.negate();
        return new Target.Reference(op, ref, new Quantity(v, q.unit));
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
        if (out.size() == 1 && !single && !colon && metric(out.get(0).subject())) {
            if (asked != null && asked.length > 1) {
                asked[1] = true; // a subject dropped (Grammar.valueLike)
            }
            return out.get(0).target(); // 满意度≥90%, X≥95%: the subject is what is measured, not who
        }
        if (out.isEmpty() || (out.size() < 2 && !single && !colon)) {
            return null;
        }
        return new Target.BySubject(out);
    }

    /**
     * Whether a clause's subject names the measure itself rather than whom it is for: a variable
     * ({@code X}) or a word ending as measures end (满意度, 达标率, 覆盖比例, 人数).
     */
    static boolean metric(String subject) {
        if (subject == null || subject.isEmpty()) {
            return false;
        }
        if (subject.equalsIgnoreCase("x") || subject.equalsIgnoreCase("y")) {
            return true;
        }
        for (String end : METRIC_ENDS) {
            if (subject.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] METRIC_ENDS = {"率", "度", "比例", "占比", "比重", "指数", "人数", "数量", "金额", "额",
        "误差", "偏差", "时间", "时长", "周期", "次数", "面积", "成本", "费用", "幅"};

    private boolean colonIn(int a, int b) {
        for (int i = a; i < b; i++) {
            if (ts.get(i).is(Kind.COLON)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded text holds a letter outside the grammar's vocabulary (预算, 重点工作; not 点, 折, 底点, 一万元). */
    private static boolean hasWordBeyondNumbers(Fold g) {
        int letters = 0;
        for (int k = 0; k < g.n; k++) {
            if (Character.isLetter(g.c[k])) {
                letters++;
            } else if (!Character.isWhitespace(g.c[k])) {
                return false; // a baseline's name is words (批复预算, 上年同期水平), not marks (点.之%.)
            }
        }
        if (letters < 2) {
            return false; // a word, not one character (以)
        }
        int i = 0;
        while (i < g.n) {
            Entry e = Lexicon.match(g.c, i, g.n, NUMBER_WORDS);
            if (e != null && e.word().length() > 0) {
                i += e.word().length();
                continue;
            }
            if (Character.isLetter(g.c[i])) {
                return true;
            }
            i++;
        }
        return false;
    }

    /**
     * The grammar's whole vocabulary (numbers, units, dates, comparators, notes): no baseline is named by
     * its words alone (点, 折., 底点, 一万元), which read back as their grammar, not as a name; notes
     * (第三方评估) are words of names too.
     */
    private static final long NUMBER_WORDS = Lexicon.mask(Kind.values()) & ~Lexicon.mask(Kind.NOTE);

    /**
     * Whether a text can be a clause's subject: it holds a letter (a word: 城镇, 成年人, 其中：城镇), not
     * only digits and marks ({@code 0:000000.较点减01%} made the subject {@code 0:000000.}).
     */
    private static boolean subjectLike(String subject) {
        for (int i = 0; i < subject.length(); i++) {
            if (Character.isLetter(subject.charAt(i))) {
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
        return sub == null || subject.isEmpty() || subject.length() > 40 || !subjectLike(subject) ? null
                : new Target.Clause(subject, sub);
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
            if (end > a && f.printedLength(ts.get(a).from, ts.get(end - 1).to) > Grammar.MAX_SUBJECT) {
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
            if (subject.isEmpty() || subject.length() > Grammar.MAX_SUBJECT || !subjectLike(subject)) {
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
        boolean letter = false;
        for (int i = 0; i < g.n && !letter; i++) {
            letter = Character.isLetter(g.c[i]);
        }
        if (!letter) {
            return false; // a name has a word in it: 较%减一% names no baseline (its ≤ % -1 % did not read back)
        }
        List<Token> nt = Tokenizer.tokens(g);
        if (nt.size() == 1 && nt.get(0).is(Kind.REF)) {
            return false;
        }
        if (!hasWordBeyondNumbers(g)) {
            return false; // words of numbers and marks only (点, 点., 万元): ≤ 点 -1 % would read as a number's pieces
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
        for (int i = 0, n = ts.size(); i < n; i++) {
            Token t = ts.get(i);
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
