package dev.zhibiao.internal.grammar;

import dev.zhibiao.Target;
import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a folded value into {@link Token}s: dates, quantities (a number with its percent form or
 * unit), vocabulary words and runs of other text. Which word a character run is comes from the
 * {@link Lexicon}; this class holds only the order in which the kinds are tried.
 */
final class Tokenizer {
    private static final long WORDS = Lexicon.mask(Kind.PRE, Kind.SUF, Kind.RANGE, Kind.REF, Kind.CMP, Kind.REFCMP,
            Kind.CHANGE, Kind.ADVERB, Kind.SEP, Kind.COLON, Kind.DATEPRE, Kind.BOTH);
    private static final long STOP = Lexicon.mask(Kind.SUF, Kind.RANGE, Kind.SEP, Kind.COLON, Kind.BOTH);
    private static final long MINUS = Lexicon.mask(Kind.MINUS);
    private static final long PERCENTS = Lexicon.mask(Kind.PERCENT, Kind.DISCOUNT, Kind.POINTS);
    private static final long MEASURE = Lexicon.mask(Kind.MEASURE);
    private static final long JOIN = Lexicon.mask(Kind.JOIN);
    private static final long DIGIT = Lexicon.mask(Kind.DIGIT);
    private static final long HALF = Lexicon.mask(Kind.HALF);
    private static final long DATEWORD = Lexicon.mask(Kind.DATEWORD);
    private static final long APPROX = Lexicon.mask(Kind.APPROX);
    private static final long PART = Lexicon.mask(Kind.PART);
    private static final long DATEPOST = Lexicon.mask(Kind.DATEPOST);
    private static final long YEAR = Lexicon.mask(Kind.YEAR);
    private static final long MONTH = Lexicon.mask(Kind.MONTH);
    private static final long DAY = Lexicon.mask(Kind.DAY);
    private static final long PRE_SYMBOLS = Lexicon.mask(Kind.PRE);
    private static final long OPEN = Lexicon.mask(Kind.OPEN);
    private static final long CLOSE = Lexicon.mask(Kind.CLOSE);
    private static final Set<String> UNITS = new HashSet<>();
    private static final int LONGEST_UNIT;
    private static final Entry[] BY = Lexicon.all(Kind.BY).toArray(new Entry[0]);
    /** Four digits in this span before 年 (or in 2019-12-31) are a year; 3年 is a duration. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    private static final Entry[] INCLUSIVE = {new Entry(Kind.SUF, "(含)", "-", null)};
    /** The argument of a suffix saying the bound is excluded: (不含), (不含本数). */
    static final String EXCLUSIVE_MARK = "!";
    private static final Entry[] EXCLUSIVE = {new Entry(Kind.SUF, "(不含)", EXCLUSIVE_MARK, null)};

    static {
        int longest = 1;
        for (Entry e : Lexicon.all(Kind.UNIT)) {
            UNITS.add(e.word());
            longest = Math.max(longest, e.word().length());
        }
        LONGEST_UNIT = longest;
    }

    private Tokenizer() {
    }

    /** Whether a folded word is one of the grammar's units (公里, 人次, 座, 元 …). */
    static boolean isUnit(String folded) {
        return UNITS.contains(folded);
    }

    /** A thread's buffer for {@link #onlyText}'s folded characters (grown, never shrunk). */
    private static final ThreadLocal<char[]> FOLDED = new ThreadLocal<>();
    /** The kinds tried at a place by its character alone ({@link #tokens}' loop: a date word, a minus, a half). */
    private static final long STARTS = DATEWORD | MINUS | HALF;

    /**
     * Whether the grammar's reading of {@code value} cannot be anything but text (a {@link Target.Qualitative} target,
     * or none), answered without reading it: the value folded as {@link Fold#of} folds it, at no place does
     * {@link #tokens} find a token but text (no number may start there ({@link Numbers#starts}), no date word, minus
     * or half starts there, no vocabulary word is there ({@link Lexicon#matchAll}), no {@code (} and no {@code by} at
     * the start), so the tokens are one run of text, which no rule reads; and the value holds none of the characters
     * the reading rewrites before reading again (a line break, 、, ±, a tag or entity, a guillemet, 年 of a relative
     * year). A part the reading tries again (the text before a note or a footnote mark) is a piece of the value, so
     * the same holds of it. False says nothing: the value is read.
     *
     * @param value a printed value, not null
     * @return true only when the reading's target is null or qualitative
     */
    static boolean onlyText(String value) {
        int len = value.length();
        char[] c = FOLDED.get();
        if (c == null || c.length < 2 * len + 8) {
            c = new char[Math.max(64, 2 * len + 8)];
            FOLDED.set(c);
        }
        int n = 0;
        for (int i = 0; i < len; i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                if (ch == '\n' || ch == '\r' || ch == '<' || ch == '&') {
                    return false; // read again with the lines as clauses; tags stripped, entities
                }
                if (ch <= ' ' || ch == 0x7f) {
                    continue; // dropped by the fold
                }
                c[n++] = ch;
                continue;
            }
            if (ch == '\u00b1' || ch == '\u00ab' || ch == '\u3001' || ch == '\u5e74') {
                return false; // ±, «, 、, 年
            }
            String f = Fold.fold(ch);
            if (n + f.length() > c.length) {
                c = java.util.Arrays.copyOf(c, 2 * (n + f.length()));
                FOLDED.set(c);
            }
            for (int k = 0; k < f.length(); k++) {
                c[n++] = f.charAt(k);
            }
        }
        if (n >= 2 && c[0] == 'b' && c[1] == 'y') {
            return false;
        }
        for (int p = 0; p < n; p++) {
            char ch = c[p];
            if (ch == '(' || Numbers.starts(c, p, n) || Lexicon.starts(ch, STARTS) || Lexicon.matchAll(c, p, n, WORDS) != null) {
                return false;
            }
        }
        return true;
    }

    static List<Token> tokens(Fold f) {
        char[] c = f.c;
        int n = f.n;
        List<Token> out = new ArrayList<>(6);
        int p = 0;
        if (n >= 2 && c[0] == 'b' && c[1] == 'y'
                && (n == 2 || !isAsciiLetter(c[2]) || f.origin[2] > f.origin[1] + 1)) {
            Token t = new Token(Token.Type.WORD, 0, 2);
            t.entries = BY;
            out.add(t);
            p = 2;
        }
        while (p < n) {
            char ch = c[p];
            Token t = null;
            boolean num = Numbers.starts(c, p, n);
            if (num || Lexicon.starts(ch, DATEWORD)) {
                t = date(c, p, n);
            }
            if (t == null && (num || Lexicon.starts(ch, MINUS | HALF))) {
                t = quantity(c, p, n, signAllowed(out));
            }
            if (t == null && ch == '(' && p + 2 < n && (c[p + 1] == '含' || (c[p + 1] == '不' && c[p + 2] == '含'))) {
                // (含), (含90%), (含本数): says the bound is included, as 以上 and 以内 already do;
                // (不含), (不含本数): says it is excluded (95%（不含）以上 is > 95 %)
                boolean excluded = c[p + 1] == '不';
                for (int q = p + (excluded ? 3 : 2); q < n && q < p + 12; q++) {
                    if (c[q] == ')') {
                        t = new Token(Token.Type.WORD, p, q + 1);
                        t.entries = excluded ? EXCLUSIVE : INCLUSIVE;
                        break;
                    }
                }
            }
            if (t == null) {
                Entry[] es = Lexicon.matchAll(c, p, n, WORDS);
                if (es != null) {
                    t = new Token(Token.Type.WORD, p, p + es[0].word().length());
                    t.entries = es;
                }
            }
            if (t == null) {
                Token last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.type == Token.Type.TEXT && last.to == p) {
                    last.to = p + 1;
                } else {
                    out.add(new Token(Token.Type.TEXT, p, p + 1));
                }
                p++;
                continue;
            }
            out.add(t);
            p = t.to;
        }
        return out;
    }

    /** A minus sign may open a number at the start, or after a word (≥, 至, ;), not after a number. */
    private static boolean signAllowed(List<Token> out) {
        return out.isEmpty() || out.get(out.size() - 1).type == Token.Type.WORD;
    }

    /** A number with its percent form or unit, or null when none starts at {@code p}. */
    static Token quantity(char[] c, int p, int n, boolean signAllowed) {
        int q = p;
        boolean neg = false;
        Entry m = Lexicon.match(c, q, n, MINUS);
        if (m != null) {
            if (!signAllowed || q + m.word().length() >= n || !Numbers.starts(c, q + m.word().length(), n)) {
                return null;
            }
            neg = true;
            q += m.word().length();
        }
        BigDecimal v;
        BigDecimal factor;
        boolean chinese;
        String unit = null;
        boolean arabic = q < n && Numbers.isDigit(c[q]); // 1.5万, not 三 or 万
        Numbers.Read r = Numbers.read(c, q, n);
        if (r == null) {
            // 半成, 半折
            Entry h = Lexicon.match(c, q, n, HALF);
            Entry[] pc = h == null || q + 1 >= n ? null : Lexicon.matchAll(c, q + 1, n, PERCENTS);
            if (pc == null || pc[0].kind() == Kind.POINTS || pc[0].word().equals("%")) {
                return null;
            }
            Token t = new Token(Token.Type.QTY, p, q + 1 + pc[0].word().length());
            t.value = pc[0].kind() == Kind.DISCOUNT ? BigDecimal.valueOf(50) : BigDecimal.valueOf(5);
            t.unit = "%";
            t.chinese = true;
            return t;
        }
        v = r.value;
        factor = r.factor;
        chinese = r.chinese;
        q = r.end;
        boolean more = r.more;
        if (!more && q < n && !r.percent) {
            // 3000余人次, 100多家, 5万余人: more than the number, before its unit
            Entry ap = Lexicon.match(c, q, n, APPROX);
            if (ap != null) {
                q += ap.word().length();
                more = true;
            }
        }
        if (r.percent) {
            unit = r.percentUnit;
        } else if (q < n) {
            Entry[] pc = Lexicon.matchAll(c, q, n, PERCENTS);
            Entry pe = pc == null ? null : pc[0];
            if (pe != null && pe.kind() != Kind.POINTS && !pe.word().equals("%") && !pe.word().equals("‰")
                    && !percentWordEnds(c, q + pe.word().length(), n)) {
                pe = null;
            }
            if (pe != null && pe.kind() == Kind.PERCENT) {
                BigDecimal scale = new BigDecimal(pe.arg1());
                v = v.multiply(scale);
                unit = pe.arg2();
                q += pe.word().length();
                if (!pe.word().equals("%") && !pe.word().equals("‰")) {
                    factor = factor.multiply(scale);
                    // 七成六 is 76 %, 三成半 is 35 %
                    if (q < n) {
                        Entry d = Lexicon.match(c, q, n, DIGIT | HALF);
                        if (d != null && q + d.word().length() == n) {
                            v = v.add(d.kind() == Kind.HALF ? BigDecimal.valueOf(5) : new BigDecimal(d.arg1()));
                            q += d.word().length();
                        } else if (Numbers.isDigit(c[q]) && (q + 1 == n)) {
                            v = v.add(BigDecimal.valueOf(c[q] - '0'));
                            q++;
                        }
                    }
                }
            } else if (pe != null && pe.kind() == Kind.DISCOUNT) {
                v = v.compareTo(BigDecimal.TEN) < 0 ? v.multiply(BigDecimal.TEN) : v;
                unit = "%";
                q += pe.word().length();
            } else if (pe != null && pe.kind() == Kind.POINTS) {
                unit = pe.arg1();
                q += pe.word().length();
            } else {
                int[] end = {q};
                unit = unit(c, q, n, chinese, arabic, end);
                if (unit == REJECT) {
                    return null;
                }
                q = end[0];
                if (unit == null && q < n && Lexicon.starts(c[q], OPEN)) {
                    int[] after = {q};
                    unit = bracketedUnit(c, q, n, after);
                    q = after[0];
                }
            }
        }
        Token t = new Token(Token.Type.QTY, p, q);
        t.value = neg ? v.negate() : v;
        t.unit = unit;
        t.factor = factor;
        t.chinese = chinese;
        t.more = more;
        return t;
    }

    /** 成 and 折 are percent forms only at the end of a quantity (not in 成年人). */
    private static boolean percentWordEnds(char[] c, int q, int n) {
        if (q >= n) {
            return true;
        }
        char ch = c[q];
        if (!isHan(ch)) {
            return true;
        }
        return Lexicon.match(c, q, n, STOP | DIGIT | HALF | PRE_SYMBOLS) != null;
    }

    private static final String REJECT = new String("reject");
    /** The longest run of unit characters read after a number (units are a few characters). */
    private static final int MAX_UNIT_RUN = 64;

    /**
     * The unit after a number, canonical: the measure word 个 dropped before a unit, {@code .} or
     * {@code •} between units written {@code ·}. Returns null for none, {@link #REJECT} when a
     * Chinese numeral is followed by text that is no unit (一般, 一站式): then it is no number.
     */
    private static String unit(char[] c, int q0, int n, boolean chinese, boolean arabic, int[] end) {
        int q = q0;
        boolean measure = false;
        Entry ms = Lexicon.match(c, q, n, MEASURE);
        if (ms != null) {
            int after = q + ms.word().length();
            if (after < n && unitStart(c, after, n)) {
                measure = true;
                q = after;
            }
        }
        int start = q;
        StringBuilder u = null;
        boolean open = q < n && unitStart(c, q, n);
        // a unit is short: the run is read no further than MAX_UNIT_RUN characters (a longer one is
        // no known unit and not short), so that a long run of letters after every number is not
        // scanned again and again
        int stop = Math.min(n, q + MAX_UNIT_RUN);
        boolean cut = false;
        while (open && q < n) {
            if (q >= stop) {
                cut = true;
                break;
            }
            char ch = c[q];
            if (Numbers.isDigit(ch)) {
                if (u != null && u.length() > 0 && isAsciiLetter(u.charAt(u.length() - 1))) {
                    u.append(ch);
                    q++;
                    continue;
                }
                break;
            }
            if (Lexicon.starts(ch, STOP) && Lexicon.match(c, q, n, STOP) != null) {
                break;
            }
            Entry j = Lexicon.starts(ch, JOIN) ? Lexicon.match(c, q, n, JOIN) : null;
            if (j != null) {
                int after = q + j.word().length();
                if (u == null || u.length() == 0 || after >= n || !unitChar(c[after])
                        || Lexicon.match(c, after, n, STOP | JOIN) != null) {
                    break;
                }
                u.append(j.arg1());
                q += j.word().length();
                continue;
            }
            if (!unitChar(ch)) {
                break;
            }
            if (u == null) {
                u = new StringBuilder(4);
            }
            u.append(ch);
            q++;
        }
        if (u == null || u.length() == 0) {
            if (ms != null && !measure) {
                end[0] = q0 + ms.word().length();
                return ms.word();
            }
            end[0] = q0;
            return null;
        }
        String run = u.toString();
        if (!cut && known(run)) {
            end[0] = q;
            return run;
        }
        // a known unit per something short: 元/箱, 元/册
        int slash = run.indexOf('/');
        if (!cut && slash > 0 && UNITS.contains(run.substring(0, slash)) && shortUnit(run)) {
            end[0] = q;
            return run;
        }
        // the longest known unit the run starts with: 100人参加 gives 人
        for (int k = Math.min(LONGEST_UNIT, run.length() - 1); k >= 1; k--) {
            String pre = run.substring(0, k);
            if (UNITS.contains(pre)) {
                end[0] = start + k;
                return pre;
            }
        }
        if (!cut && (!chinese || arabic && latin(run)) && shortUnit(run)) {
            // after 1.5万 (Arabic digits) a Latin unit (m2, km, t) is a unit too: no Chinese word is spelt in letters
            end[0] = q;
            return run;
        }
        if (chinese) {
            return REJECT;
        }
        if (measure) {
            end[0] = start;
            return ms.word();
        }
        end[0] = q0;
        return null;
    }

    /**
     * A unit in brackets right after a number ({@code 100.00(%)}, {@code 3(个)}): an opening
     * bracket, a percent sign or a known unit, the closing bracket, at the end of the value or
     * before a separator or range word. Only known units are taken, so a subject or a note in
     * brackets ({@code 95(城镇)}) is not a unit.
     *
     * @param end receives the position after the closing bracket (unchanged when there is no unit)
     * @return the unit, or null
     */
    private static String bracketedUnit(char[] c, int q, int n, int[] end) {
        Entry open = Lexicon.match(c, q, n, OPEN);
        if (open == null) {
            return null;
        }
        int in = q + open.word().length();
        String unit = null;
        int to = in;
        Entry[] pc = in < n ? Lexicon.matchAll(c, in, n, PERCENTS) : null;
        if (pc != null && pc[0].kind() == Kind.PERCENT && (pc[0].word().equals("%") || pc[0].word().equals("‰"))) {
            unit = pc[0].arg2();
            to = in + pc[0].word().length();
        } else if (in < n && unitStart(c, in, n)) {
            int[] e = {in};
            String u = unit(c, in, n, false, false, e);
            if (u != null && u != REJECT && known(u)) {
                unit = u;
                to = e[0];
            }
        }
        if (unit == null || to >= n) {
            return null;
        }
        Entry close = Lexicon.match(c, to, n, CLOSE);
        if (close == null || !close.arg1().equals(open.word())) {
            return null;
        }
        int after = to + close.word().length();
        if (after < n && Lexicon.match(c, after, n, STOP) == null) {
            return null;
        }
        end[0] = after;
        return unit;
    }

    private static final long NUMERALISH = Lexicon.mask(Kind.DIGIT, Kind.SMALL, Kind.BIG, Kind.PERCENT, Kind.DISCOUNT,
            Kind.MINUS, Kind.HALF, Kind.PLACEHOLDER, Kind.POINT, Kind.APPROX, Kind.DOZEN, Kind.FRACTION, Kind.AND);
    private static final long KNOWN = Lexicon.mask(Kind.UNIT, Kind.NUMUNIT);

    /**
     * Whether a unit may start at {@code q}: a unit character that does not begin a comparator,
     * range or separator, nor a numeral or percent word (个十 is no unit) unless a known unit
     * begins there ({@code 点}, {@code 千米}).
     */
    private static boolean unitStart(char[] c, int q, int n) {
        char ch = c[q];
        if (!unitChar(ch) || Lexicon.match(c, q, n, STOP | JOIN) != null) {
            return false;
        }
        char next = q + 1 < n ? c[q + 1] : 0;
        if (((ch == 'k' || ch == 'K') && !isAsciiLetter(next))
                || ((ch == 'e' || ch == 'E') && (Numbers.isDigit(next) || next == '+' || next == '-'))) {
            return false; // would read as 9k (9000) or 2e5 after a number
        }
        return !Lexicon.starts(ch, NUMERALISH) || Lexicon.match(c, q, n, KNOWN) != null;
    }

    /** Every part of a compound unit is a known unit ({@code 元/人·天}). */
    static boolean known(String run) {
        if (UNITS.contains(run)) {
            return true;
        }
        int from = 0;
        boolean compound = false;
        for (int i = 0; i <= run.length(); i++) {
            if (i == run.length() || run.charAt(i) == '/' || run.charAt(i) == '·') {
                if (i == from || !UNITS.contains(run.substring(from, i))) {
                    return false;
                }
                compound |= i < run.length();
                from = i + 1;
            }
        }
        return compound;
    }

    /** An unknown unit after an Arabic number is taken when short: {@code 4.5星}, {@code 3课}. */
    private static boolean shortUnit(String run) {
        int part = 0;
        for (int i = 0; i < run.length(); i++) {
            char ch = run.charAt(i);
            if (ch == '/' || ch == '·') {
                part = 0;
            } else if (++part > 3) {
                return false;
            }
        }
        return run.length() <= 8;
    }

    /** A run of Latin letters, digits, ² and ³ and the joiners of a compound unit, starting with a letter. */
    private static boolean latin(String run) {
        if (run.isEmpty() || !isAsciiLetter(run.charAt(0))) {
            return false;
        }
        for (int i = 0; i < run.length(); i++) {
            char ch = run.charAt(i);
            if (!isAsciiLetter(ch) && !Numbers.isDigit(ch) && ch != '²' && ch != '³' && ch != '/' && ch != '·') {
                return false;
            }
        }
        return true;
    }

    private static boolean unitChar(char ch) {
        return isHan(ch) || isAsciiLetter(ch) || ch == '%' || ch == '‰' || ch == '²' || ch == '³' || ch == '℃';
    }

    static boolean isHan(char ch) {
        return (ch >= 0x4e00 && ch <= 0x9fff) || (ch >= 0x3400 && ch <= 0x4dbf) || (ch >= 0xf900 && ch <= 0xfaff);
    }

    static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    /**
     * A date at {@code p}: {@code 2019年12月31日前}, {@code 12月底}, {@code 7月份}, {@code 年底前},
     * {@code 2019-12-31}. Null when none starts there ({@code 3年} and {@code 6个月} are quantities).
     */
    static Token date(char[] c, int p, int n) {
        int q = p;
        Integer y = null;
        Integer m = null;
        Integer d = null;
        Target.Part part = null;
        boolean marked = false;
        int sepDate = separatedDate(c, p, n);
        if (sepDate > 0) {
            y = Integer.parseInt(new String(c, p, 4));
            int q1 = p + 5;
            int a = q1;
            while (q1 < n && Numbers.isDigit(c[q1])) {
                q1++;
            }
            m = Integer.parseInt(new String(c, a, q1 - a));
            if (q1 < sepDate) {
                int b = q1 + 1;
                d = Integer.parseInt(new String(c, b, sepDate - b));
            } else if (sepDate < n) {
                // 2023.12底, 2023-06前: year and month
                Entry pe = Lexicon.match(c, sepDate, n, PART);
                if (pe != null) {
                    part = pe.arg1().equals("-") ? null : Target.Part.valueOf(pe.arg1());
                    sepDate += pe.word().length();
                }
            }
            q = sepDate;
            marked = true;
        } else {
            Entry dw = Lexicon.match(c, q, n, DATEWORD);
            if (dw != null) {
                m = Integer.valueOf(dw.arg1());
                part = Target.Part.valueOf(dw.arg2());
                q += dw.word().length();
                marked = true;
            } else {
                Numbers.Read r = Numbers.read(c, q, n);
                if (r == null || r.percent || !integral(r.value) || r.end >= n) {
                    return null;
                }
                Entry ye = Lexicon.match(c, r.end, n, YEAR);
                if (ye != null) {
                    int v = r.value.intValue();
                    if (v < FIRST_YEAR || v > LAST_YEAR || r.end - p != 4) {
                        return null;
                    }
                    y = v;
                    q = r.end + ye.word().length();
                    if (q < n && c[q] == '度') {
                        q++;
                    }
                    Entry pe = q < n ? Lexicon.match(c, q, n, PART) : null;
                    Entry yw = q < n ? Lexicon.match(c, q, n, DATEWORD) : null;
                    if (yw != null) {
                        // 2025年第三季度, 2025年上半年: a date word of that year
                        m = Integer.valueOf(yw.arg1());
                        part = Target.Part.valueOf(yw.arg2());
                        q += yw.word().length();
                        marked = true;
                    } else if (pe != null && (pe.word().equals("底") || pe.word().equals("末") || pe.word().equals("初"))) {
                        part = Target.Part.valueOf(pe.arg1());
                        m = part == Target.Part.START ? 1 : 12;
                        q += pe.word().length();
                        marked = true;
                    } else if (q < n) {
                        Numbers.Read r2 = Numbers.read(c, q, n);
                        if (r2 != null && integral(r2.value) && r2.end < n && Lexicon.match(c, r2.end, n, MONTH) != null) {
                            m = r2.value.intValue();
                            q = r2.end + 1;
                        }
                    }
                } else if (Lexicon.match(c, r.end, n, MONTH) != null) {
                    m = r.value.intValue();
                    if (r.value.compareTo(BigDecimal.valueOf(12)) > 0) {
                        return null;
                    }
                    q = r.end + 1;
                } else {
                    return null;
                }
                if (m != null && part == null && q < n) {
                    Numbers.Read r3 = Numbers.read(c, q, n);
                    if (r3 != null && integral(r3.value) && r3.end < n && Lexicon.match(c, r3.end, n, DAY) != null) {
                        d = r3.value.intValue();
                        q = r3.end + 1;
                        marked = true;
                    }
                }
                if (m != null && part == null && d == null && q < n) {
                    Entry pe = Lexicon.match(c, q, n, PART);
                    if (pe != null) {
                        part = pe.arg1().equals("-") ? null : Target.Part.valueOf(pe.arg1());
                        q += pe.word().length();
                        marked = true;
                    }
                }
            }
        }
        while (q < n) {
            Entry post = Lexicon.match(c, q, n, DATEPOST);
            if (post == null) {
                break;
            }
            q += post.word().length();
            marked = true;
        }
        if (m != null && (m < 1 || m > 12)) {
            return null;
        }
        if (d != null && (d < 1 || d > 31)) {
            return null;
        }
        if (y == null && m == null) {
            return null;
        }
        Token t = new Token(Token.Type.DATE, p, q);
        t.date = new Target.Deadline(y, m, d, part);
        // a bare 12月 or 2019年 may also be a number of months or years (≥ 12 月)
        t.monthOnly = !marked && (y == null || (m == null && d == null && part == null));
        if (t.monthOnly) {
            t.value = BigDecimal.valueOf(y == null ? m : y);
            t.unit = y == null ? "月" : "年";
        }
        return t;
    }

    /**
     * {@code 2019-12-31}, {@code 2019.12.31}, {@code 2019/12/31}, and a year and month alone
     * ({@code 2023.12}, {@code 2023-6}; with a dot only two month digits, as 2023.5 is a decimal)
     * when the value ends there or a date word follows: the end, or -1.
     */
    private static int separatedDate(char[] c, int p, int n) {
        if (p + 6 > n) {
            return -1;
        }
        for (int i = p; i < p + 4; i++) {
            if (!Numbers.isDigit(c[i])) {
                return -1;
            }
        }
        char sep = c[p + 4];
        if (sep != '-' && sep != '.' && sep != '/') {
            return -1;
        }
        int year = Integer.parseInt(new String(c, p, 4));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return -1;
        }
        int q = p + 5;
        int a = q;
        while (q < n && Numbers.isDigit(c[q]) && q - a < 2) {
            q++;
        }
        if (q == a) {
            return -1;
        }
        if (q >= n || c[q] != sep) {
            // 2023.12 and 2023.06 are dates, 2023.5 a decimal
            boolean ends = q >= n || Lexicon.match(c, q, n, PART | DATEPOST) != null;
            return ends && (sep != '.' || q - a == 2) ? q : -1;
        }
        q++;
        int b = q;
        while (q < n && Numbers.isDigit(c[q]) && q - b < 2) {
            q++;
        }
        if (q == b || (q < n && Numbers.isDigit(c[q]))) {
            return -1;
        }
        return q;
    }

    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100000);

    private static boolean integral(BigDecimal v) {
        return v.signum() >= 0 && (v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0) && v.compareTo(HUNDRED_THOUSAND) < 0;
    }
}
