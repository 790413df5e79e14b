package dev.zhibiao;

import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;

/** Unit, text and interval rules shared by the target types' evaluation. */
final class Units {
    private Units() {
    }

    /**
     * {@code v} in {@code from} expressed in {@code to}: unchanged when either has no unit or both
     * are the same, converted between % and ‰, else null (not comparable).
     */
    static BigDecimal in(BigDecimal v, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return v;
        }
        if (from.equals("‰") && to.equals("%")) {
            return v.movePointLeft(1);
        }
        if (from.equals("%") && to.equals("‰")) {
            return v.movePointRight(1);
        }
        return null;
    }

    /** Texts are the same after folding (NFKC, simplified, no white space, no final punctuation). */
    static boolean sameText(String a, String b) {
        return Text.key(a).equals(Text.key(b));
    }

    /** Whether {@code actual} restates {@code target}: equal, or containing it, after folding. */
    static boolean restates(String actual, String target) {
        String t = Text.key(target);
        return !t.isEmpty() && Text.key(actual).contains(t);
    }

    /**
     * A set of numbers: {@code lo..hi}, each end open or closed, a null end unbounded.
     *
     * @param lo     lower end or null
     * @param loIncl whether {@code lo} belongs to the set
     * @param hi     upper end or null
     * @param hiIncl whether {@code hi} belongs to the set
     */
    record Interval(BigDecimal lo, boolean loIncl, BigDecimal hi, boolean hiIncl) {

        static Interval of(Op op, BigDecimal v) {
            return switch (op) {
                case GE -> new Interval(v, true, null, false);
                case GT -> new Interval(v, false, null, false);
                case LE -> new Interval(null, false, v, true);
                case LT -> new Interval(null, false, v, false);
                case EQ, APPROX -> new Interval(v, true, v, true); // an approximate actual as its point
            };
        }

        /** @return whether every number of this set lies in {@code t} */
        boolean within(Interval t) {
            boolean loOk = t.lo == null || (lo != null && (lo.compareTo(t.lo) > 0
                    || (lo.compareTo(t.lo) == 0 && (t.loIncl || !loIncl))));
            boolean hiOk = t.hi == null || (hi != null && (hi.compareTo(t.hi) < 0
                    || (hi.compareTo(t.hi) == 0 && (t.hiIncl || !hiIncl))));
            return loOk && hiOk;
        }

        /** @return whether no number lies in both sets */
        boolean disjoint(Interval t) {
            return below(this, t) || below(t, this);
        }

        private static boolean below(Interval a, Interval b) {
            if (a.hi == null || b.lo == null) {
                return false;
            }
            int c = a.hi.compareTo(b.lo);
            return c < 0 || (c == 0 && !(a.hiIncl && b.loIncl));
        }

        /** MET when {@code actual} lies within {@code target}, NOT_MET when they are disjoint. */
        static Verdict verdict(Interval actual, Interval target) {
            if (actual.within(target)) {
                return Verdict.MET;
            }
            return actual.disjoint(target) ? Verdict.NOT_MET : Verdict.UNDECIDABLE;
        }
    }
}
