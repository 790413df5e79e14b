package dev.zhibiao.internal.grammar;

import dev.zhibiao.Op;
import dev.zhibiao.Target;
import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import dev.zhibiao.internal.text.Recent;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value grammar: reads a printed indicator value (指标值) into a {@link Target}. Never throws:
 * what it cannot read becomes a {@link Target.Qualitative} with the printed text, and
 * {@link #read} says why.
 *
 * <p>The value is folded ({@link Fold}: NFKC, simplified, no white space), split into tokens
 * ({@link Tokenizer}: quantities, dates, words of {@code vocabulary.tsv}, other text) and matched
 * against these rules, in this order:
 *
 * <pre>
 * value      := "by" (date | clauses)                          canonical forms of toString
 *             | deadline | number | reference | change | clauses
 * deadline   := (filler | DATEPRE)* DATE (SUF filler)* activity?  12月底前, 2019年12月31日前, 12月底前完成拨付
 * number     := PRE* QTY (RANGE QTY)? SUF*                      ≥299.68万人, 原则上控制在10%以内, 6-9个月
 *             | number BOTH number                             ≥80%且≤100% (two inclusive bounds: a range)
 * reference  := PRE REF | PRE(strong) text                     不低于上年, 不超过政府承受能力
 * change     := CMP (REF | text) ADVERB* CHANGE                 较上年减少, 与上年持平, 较上年有所提高
 *             | REFCMP ADVERB* CHANGE                          同比增长
 * clauses    := clause (SEP clause)+ | subject COLON target    成年人≥270元; 大中小学生、儿童≥200元
 * clause     := subject target | target "(" subject ")"        the subject is printed text: ≥95%（职工）
 * </pre>
 *
 * A quantity without a unit takes the unit its indicator's name ends with in brackets
 * ({@code 参保率（%）}, {@code (万人)} with its multiplier).
 */
public final class Grammar {
    private static final ConcurrentHashMap<String, NameUnit> NAME_UNITS = new ConcurrentHashMap<>();
    private static final NameUnit NO_UNIT = new NameUnit(BigDecimal.ONE, null);
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\s*[\\r\\n]+\\s*");
    /** An enumeration comma right after a number or its unit: it ends a clause (城市≥95%、农村≥90%). */
    private static final java.util.regex.Pattern CLAUSE_COMMA =
            java.util.regex.Pattern.compile("(?<=[0-9%‰％元人次个天户家所项年月日])\\s*[、，,]\\s*(?=[^0-9])");
    /** Longest subject of a clause ({@code 成年人≥270元}: 成年人), in printed characters. */
    static final int MAX_SUBJECT = 40;
    /** Most comparator words before a number ({@code 原则上不低于} is two). */
    static final int MAX_PRE = 8;
    static final long NOT_A_NAME = Lexicon.mask(Kind.MINUS, Kind.HALF, Kind.PLACEHOLDER); // a date word is found by the tokens

    /**
     * The outcome of reading a value.
     *
     * @param target  the target, null for a blank value
     * @param problem why the value was read as qualitative although it holds numbers or
     *                comparators, or null when it was read fully (see {@link #problem()})
     * @param unread  the printed value kept as text although it holds numbers or comparators, whose
     *                message {@link #problem()} makes only when asked (most values are read whole,
     *                and most texts without numbers ask for no message); else null
     */
    public record Result(Target target, String problem, String unread) {
        /** A result with its problem already written (or none). */
        public Result(Target target, String problem) {
            this(target, problem, null);
        }

        /** @return why the value was read as qualitative although it holds numbers or comparators, or null */
        @Override
        public String problem() {
            return problem != null || unread == null ? problem : "value not read as a target, kept as text: " + unread;
        }
    }

    /** The unit an indicator's name states, with its multiplier: {@code (万人)} is 10000 人. */
    record NameUnit(BigDecimal factor, String unit) {
        // equals and hashCode written out: a record's own are bound at first call by an invokedynamic bootstrap
        // (java.lang.runtime.ObjectMethods) that spins some fifty classes at start-up

        @Override
        public boolean equals(Object o) {
            return o instanceof NameUnit n && java.util.Objects.equals(factor, n.factor) && java.util.Objects.equals(unit, n.unit);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(factor) + java.util.Objects.hashCode(unit);
        }
    }

    private Grammar() {
    }

    /**
     * @param value         printed value
     * @param indicatorName the indicator's name, for its bracketed unit; may be null
     * @return the target, or null for blank input
     */
    public static Target parse(String value, String indicatorName) {
        return read(value, indicatorName).target();
    }

    /**
     * Reads a value and says what could not be read.
     *
     * @param value         printed value, may be null
     * @param indicatorName the indicator's name, may be null
     * @return the target (null for blank input) and a problem, or null when none
     */
    public static Result read(String value, String indicatorName) {
        if (value == null) {
            return new Result(null, null);
        }
        Unnamed u = UNNAMED.get(value);
        if (!u.askedName || NO_UNIT.equals(nameUnit0(indicatorName))) {
            return u.result; // the name would change nothing
        }
        return read(value, indicatorName, null);
    }

    /**
     * A value read without an indicator name, and whether the rules asked for the name's unit: when
     * they did not, or when a name states no unit, reading with that name gives the same result.
     */
    private record Unnamed(Result result, boolean askedName, boolean subjectDropped) {
    }

    /**
     * Whether a text reads as a value by itself, for layout recovery deciding what a cell holds: a
     * target other than text, not read by dropping a subject that names the measure
     * ({@code 满意度≥90%} is a value when printed in the value column, but text of that shape in a
     * cell is as likely a name with its value run on).
     *
     * @param text a cell's text, may be null
     * @return whether it reads as a value alone
     */
    public static boolean valueLike(String text) {
        if (text == null || Tokenizer.onlyText(text)) {
            return false; // one run of text, which no rule reads (the column fit asks of many such runs)
        }
        Unnamed u = UNNAMED.get(text);
        Target t = u.result.target();
        return t != null && !(t instanceof Target.Qualitative) && !u.subjectDropped;
    }

    /** The characters a value opens with after white space: a digit, or a comparator as printed or as an engine reads ≥ (≧, 》). */
    private static final String VALUE_OPENERS = "0123456789<>≤≥=＝＜＞≧≦》";

    /**
     * Whether a text opens as a value does, for layout recovery deciding where a value starts (a
     * line of a cell that is a value of its own, not the rest of the line above): a digit or a
     * comparator first, after white space, whatever follows. The one test of it (the column fit of
     * {@code pdftotext -layout} text and the printed-line rules of plain OCR text ask it); {@link
     * #valueLike} asks whether the whole text reads as one.
     *
     * @param text a cell's text, may be null
     * @return whether its first character after white space opens a value
     */
    public static boolean opensValue(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') { // regex \s: ASCII white space
                return VALUE_OPENERS.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * The unnamed readings of the value texts read lately (recovery asks whether a cell reads as a
     * value, then reads the same cell text again with its indicator's name). Kept per text object,
     * as {@link Recent} keeps them; 4,096 of them (the spaced-column fit asks of every run of a line's
     * tokens, and 1,024 slots lost the cells' readings to the runs').
     */
    private static final Recent<Unnamed> UNNAMED = new Recent<>(4096) {
        @Override
        protected Unnamed compute(String value) {
            boolean[] asked = {false, false};
            Result r = read(value, null, asked);
            return new Unnamed(r, asked[0], asked[1]);
        }
    };

    /**
     * A year named relative to the sheet's ({@code 次年3月底前}, {@code 下一年度6月底}): the grammar reads values
     * without the sheet, so such a value is text here (the rules took 下一年度6月底 for 6月底, the sheet's own
     * year); layout recovery reads it again with the sheet's year ({@link #relativeYear}).
     */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?:次年|下一?年度?|来年|明年|翌年|第二年)");

    /**
     * The value with a year named relative to the sheet's written as the year it names, or null when
     * it names none: {@code 次年3月底前} in a sheet of 2024 gives {@code 2025年3月底前}.
     *
     * @param value the printed value
     * @param year  the sheet's year
     * @return the value with the year written out, or null
     */
    public static String relativeYear(String value, int year) {
        Matcher m = RELATIVE_YEAR.matcher(value);
        if (!m.find() || m.start() > 0 && !value.substring(0, m.start()).isBlank()) {
            return null;
        }
        return (year + 1) + "年" + value.substring(m.end());
    }

    /** The value without its whitespace (a copy only when it holds some). */
    private static String withoutSpaces(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i))) {
                StringBuilder b = new StringBuilder(value.length());
                for (int j = 0; j < value.length(); j++) {
                    char c = value.charAt(j);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        b.append(c);
                    }
                }
                return b.toString();
            }
        }
        return value;
    }

    /** @param asked set to true when the rules ask for the name's unit (or fail), may be null */
    private static Result read(String value, String indicatorName, boolean[] asked) {
        if (value.indexOf('年') >= 0 && value.indexOf('«') < 0 && RELATIVE_YEAR.matcher(withoutSpaces(value)).find()) {
            // (spaces inside the words too: 下 年 is 下年, as the unit a comparison would print it with)
            // (a text in guillemets is a qualitative target's printed form: read back by the rules as itself)
            String printed = printed(value);
            return new Result(printed == null ? null : new Target.Qualitative(printed),
                    "a year named relative to the sheet's, read with the sheet's year where it has one: " + printed);
        }
        try {
            Result r = read0(value, indicatorName, asked);
            if (r.target() instanceof Target.Qualitative && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
                // clauses printed on lines of their own: 成年人≥270元 / 学生≥200元
                Result lines = read0(Rx.replaceAll(LINE_BREAKS, value.strip(), ";"), indicatorName, asked);
                if (!(lines.target() instanceof Target.Qualitative)) {
                    return lines;
                }
            }
            if (r.target() instanceof Target.Qualitative && value.indexOf('、') >= 0) {
                // clauses listed with the enumeration comma: 城市≥95%、农村≥90% (the comma also joins
                // subjects, 大中小学生、儿童≥200元, so only one right after a number or its unit ends a clause)
                Result listed = read0(Rx.replaceAll(CLAUSE_COMMA, value, ";"), indicatorName, asked);
                if (listed.target() instanceof Target.BySubject b && b.clauses().size() >= 2) {
                    return listed;
                }
            }
            if (r.target() instanceof Target.Qualitative) {
                // a note in brackets after one target is context: ≥95%（2022年）, ≥80分（良好）,
                // ≥3.5万亩（其中高标准农田2万亩）; the printed value keeps it
                String head = beforeNote(value);
                if (head != null && context(value.strip().substring(head.length()))) {
                    Result h = read0(head, indicatorName, asked);
                    Target t = h.target();
                    if (t != null && !(t instanceof Target.Qualitative) && !(t instanceof Target.BySubject)) {
                        // ≥4.5（满分5分）: the full marks name the unit the value leaves out
                        Matcher full = FULL_MARKS.matcher(value.strip().substring(head.length()));
                        if (full.matches() && (t instanceof Target.Comparison c && c.quantity().unit() == null
                                || t instanceof Target.Range g && g.unit() == null)) {
                            Result u = read0(head + full.group(1), indicatorName, asked);
                            if (u.target() != null && u.target().getClass() == t.getClass()) {
                                return u;
                            }
                        }
                        return h;
                    }
                }
            }
            if (r.target() instanceof Target.Qualitative && value.indexOf('±') >= 0) {
                // a tolerance either side (±5%, 控制在±5%以内, ≤±5%): the range from minus to plus it
                Matcher pm = PLUS_MINUS.matcher(value.strip());
                if (pm.matches()) {
                    Result range = read0("-" + pm.group(1) + "~" + pm.group(1) + pm.group(2), indicatorName, asked);
                    if (range.target() instanceof Target.Range) {
                        return range;
                    }
                }
            }
            if (r.target() instanceof Target.Qualitative) {
                // a footnote mark after the value (≥95%①, ≥95%*, ≥95%※) points to a note below the
                // table: no part of the target; the printed value keeps it
                String head = beforeFootnoteMark(value);
                if (head != null) {
                    Result h = read0(head, indicatorName, asked);
                    Target t = h.target();
                    if (t != null && !(t instanceof Target.Qualitative)) {
                        return h;
                    }
                }
            }
            return r;
        } catch (RuntimeException | StackOverflowError e) {
            if (asked != null) {
                asked[0] = true;
            }
            String printed = printed(value);
            return new Result(printed == null ? null : new Target.Qualitative(printed),
                    "value not read (" + e.getClass().getSimpleName() + "): " + printed);
        }
    }

    /** A tolerance either side: ±5%, ±0.5个百分点以内, 控制在±5%以内, ≤±5%. */
    private static final Pattern PLUS_MINUS = Pattern.compile(
            "^(?:控制在)?\\s*[≤<]?\\s*±\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%|‰|个百分点|[\\p{IsHan}a-zA-Z]{0,4}?)\\s*(?:以内|之内|内)?$");

    /** A note giving the full marks with their unit: （满分5分）, (满分100分). */
    private static final Pattern FULL_MARKS = Pattern.compile("^\\s*[(（]\\s*满分\\s*[0-9]+(?:\\.[0-9]+)?\\s*(分|星|级)\\s*[)）]\\s*$");

    /** Marks that point to a footnote: circled numbers, asterisks, ※, daggers, superscript digits. */
    private static final String FOOTNOTE_MARKS = "*＊※†‡¹²³⁴⁵⁶⁷⁸⁹";

    /** The value without the footnote marks that end it ({@code ≥95%①} gives {@code ≥95%}), or null. */
    static String beforeFootnoteMark(String value) {
        String s = value.strip();
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            boolean circled = c >= '\u2460' && c <= '\u2473'; // ① … ⑳
            if (!circled && FOOTNOTE_MARKS.indexOf(c) < 0) {
                break;
            }
            end--;
        }
        if (end == s.length() || end == 0) {
            return null;
        }
        // ² and ³ after a length unit are a power (m², km²): the unit's, not a mark
        char last = s.charAt(end);
        if ((last == '²' || last == '³') && Character.isLetter(s.charAt(end - 1))) {
            return null;
        }
        return s.substring(0, end).strip();
    }

    /**
     * The text before a note in brackets that ends a value ({@code ≥95%（2022年）} gives {@code ≥95%}),
     * or null when the value does not end with a closed bracket pair (not nested) or nothing precedes it.
     */
    static String beforeNote(String value) {
        String s = value.strip();
        int n = s.length();
        if (n < 4) {
            return null;
        }
        char close = s.charAt(n - 1);
        if (close != ')' && close != '）') {
            return null;
        }
        for (int i = n - 2; i > 0; i--) {
            char c = s.charAt(i);
            if (c == ')' || c == '）') {
                return null;
            }
            if (c == '(' || c == '（') {
                if (n - 2 - i < 1 || n - 2 - i > 40) {
                    return null;
                }
                String head = s.substring(0, i).strip();
                return head.isEmpty() ? null : head;
            }
        }
        return null;
    }

    /**
     * Whether a bracketed note after a target is context to drop ({@code （2022年）}, {@code （良好）},
     * {@code （其中…）}: vocabulary kind {@code note}) rather than a quantity that is part of the value
     * ({@code （5%）}) or a subject ({@code （城镇）}: one clause alone stays text, as {@code 成年人≥270元}).
     */
    private static boolean context(String note) {
        String inner = note.strip();
        inner = inner.substring(1, inner.length() - 1);
        Fold f = Fold.of(inner);
        if (f.n == 0) {
            return false;
        }
        Target t = read0(inner, null, null).target();
        if (t instanceof Target.Comparison || t instanceof Target.Range) {
            return false;
        }
        for (int i = 0; i < f.n; i++) {
            if (f.c[i] >= '0' && f.c[i] <= '9') {
                return true;
            }
        }
        Entry e = Lexicon.match(f.c, 0, f.n, Lexicon.mask(Kind.NOTE));
        if (e != null && ("start".equals(e.arg1()) || "whole".equals(e.arg1()) && e.word().length() == f.n)) {
            return true;
        }
        for (int i = 0; i < f.n; i++) { // how the value was found or measured: （第三方测评）, （抽样调查）, （抽样）
            Entry end = Lexicon.match(f.c, i, f.n, Lexicon.mask(Kind.NOTE));
            if (end != null && "end".equals(end.arg1()) && i + end.word().length() == f.n) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a number written in any of the forms the grammar knows ({@code 肆佰陆拾}, {@code 4.78万亿},
     * {@code 1,050}, {@code 五分之一}, {@code -1e1}).
     *
     * @param text the number alone (white space is ignored)
     * @return its value, or null when {@code text} is not exactly one number
     */
    public static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        try {
            Fold f = Fold.of(text);
            if (f.n == 0) {
                return null;
            }
            int p = 0;
            boolean neg = false;
            Entry m = Lexicon.match(f.c, 0, f.n, Lexicon.mask(Kind.MINUS));
            if (m != null) {
                neg = true;
                p = m.word().length();
            }
            if (p >= f.n) {
                return null;
            }
            Numbers.Read r = Numbers.read(f.c, p, f.n);
            if (r == null || r.end != f.n || r.percent) {
                return null;
            }
            return neg ? r.value.negate() : r.value;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads a percent written in any form ({@code 百分之九十五}, {@code 95%}, {@code 千分之一} and
     * {@code 1‰} (0.1), {@code 三成}, {@code 七五折}, {@code 六个百分点}).
     *
     * @param text the percent alone
     * @return the percent number (95 for 95 %), or null when {@code text} is not exactly one percent
     */
    public static BigDecimal percent(String text) {
        Target t = parse(text, null);
        if (t instanceof Target.Comparison c && c.op() == Op.EQ) {
            String u = c.quantity().unit();
            if ("%".equals(u) || "百分点".equals(u)) {
                return c.quantity().value();
            }
            if ("‰".equals(u)) {
                return c.quantity().value().movePointLeft(1);
            }
        }
        return null;
    }

    /**
     * Whether a word is one of the grammar's units as printed after a number (公里, 人次, 座, 元), folded first.
     *
     * @param word the word
     * @return whether the vocabulary holds it as a unit
     */
    public static boolean isUnit(String word) {
        return word != null && !word.isEmpty() && Tokenizer.isUnit(Text.key(word));
    }

    /**
     * The unit an indicator's name ends with in brackets: {@code 参保率（%）} gives {@code %},
     * {@code 参保人数(万人)} gives {@code 人} (with the multiplier 10000 applied by {@link #parse}).
     *
     * @param name an indicator name, may be null
     * @return the canonical unit, or null
     */
    public static String nameUnit(String name) {
        return nameUnit0(name).unit();
    }

    /** The printed text: white space collapsed, tags removed (until none is left). */
    private static String printed(String value) {
        String s = Fold.collapse(value, 0, value.length());
        for (int i = 0; i < 8 && s.indexOf('<') >= 0; i++) {
            String t = Text.stripTags(s);
            if (t.equals(s)) {
                break;
            }
            s = Fold.collapse(t, 0, t.length());
        }
        return s.isEmpty() ? null : s;
    }

    private static Result read0(String value, String name, boolean[] asked) {
        Result r = read1(value, name, asked);
        if (holdsReference(r.target())) {
            // a baseline is named by the sheet's words (上年, 批复预算, 一般水平); a name that its own printed
            // form does not give back (较一般水平减1% as ≤ 一般 -1 %, 较一一之减1%: numerals read as a number)
            // is not a name the rules can vouch for: the value stays text
            Result back = read1(r.target().toString(), null, null);
            if (!r.target().equals(back.target())) {
                return new Result(new Target.Qualitative(printed(value)), null, value.strip());
            }
        }
        return r;
    }

    /** Whether a target compares with a named baseline, itself or in one of its clauses. */
    private static boolean holdsReference(Target t) {
        if (t instanceof Target.Reference) {
            return true;
        }
        if (t instanceof Target.BySubject b) {
            for (Target.Clause c : b.clauses()) {
                if (holdsReference(c.target())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Result read1(String value, String name, boolean[] asked) {
        String printed = printed(value);
        if (printed == null) {
            return new Result(null, null);
        }
        Fold f = Fold.of(printed);
        if (f.n == 0) {
            return new Result(null, null);
        }
        if (f.n > 2 && f.c[0] == '«' && f.c[f.n - 1] == '»') {
            return new Result(new Target.Qualitative(f.printed(1, f.n - 1)), null);
        }
        List<Token> ts = Tokenizer.tokens(f);
        Rules rules = new Rules(f, ts, name, asked);
        Target t = rules.value();
        if (t != null) {
            return new Result(t, null);
        }
        return new Result(new Target.Qualitative(printed), null, rules.unread());
    }

    static NameUnit nameUnit0(String name) {
        if (name == null || name.isEmpty()) {
            return NO_UNIT;
        }
        NameUnit u = NAME_UNITS.get(name);
        if (u == null) {
            u = computeNameUnit(name);
            if (NAME_UNITS.size() < 50_000) {
                NAME_UNITS.put(name, u);
            }
        }
        return u;
    }

    private static NameUnit computeNameUnit(String name) {
        Fold f = Fold.of(name);
        int end = f.n;
        if (end < 3 || f.c[end - 1] != ')') {
            return NO_UNIT;
        }
        int open = -1;
        for (int i = end - 2; i >= 0; i--) {
            if (f.c[i] == '(') {
                open = i;
                break;
            }
            if (f.c[i] == ')') {
                return NO_UNIT;
            }
        }
        if (open < 0 || end - 1 - open - 1 < 1 || end - 1 - open - 1 > 8) {
            return NO_UNIT;
        }
        // read "1" + content as a quantity: 万人 is 10000 人, % is %
        char[] probe = new char[end - 1 - open];
        probe[0] = '1';
        System.arraycopy(f.c, open + 1, probe, 1, end - 1 - open - 1);
        Token q = Tokenizer.quantity(probe, 0, probe.length, true);
        if (q == null || q.to != probe.length || q.unit == null) {
            return NO_UNIT;
        }
        return new NameUnit(q.value, q.unit);
    }

}
