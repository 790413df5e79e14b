package dev.zhibiao.internal.layout;

import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Recent;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How well a run of space-separated tokens fits a column of an indicator table, and the best
 * split of a line (or of a whole flattened table) into the columns its heading row names. Used by
 * {@link SpacedRows} where one space separates cells as well as the words of a cell: what each
 * token is (a category label, a value the grammar reads, a small integer score, an operator, a
 * unit, a long name) decides where cells end.
 *
 * <p>The split is a dynamic programme over (token, column): each column takes a run of tokens or
 * stays empty; a run scores by what it is against the column's role, joining tokens costs a little
 * (nothing where a token cannot stand alone: an operator or a unit cut from its number, a
 * {@code 指标N:} prefix), skipping a column costs a little (nothing for merged label columns), and,
 * where the text is aligned, a run that starts under its heading earns a bonus.
 */
final class ColumnFit {
    private ColumnFit() {
    }

    /** What a column of the indicator table holds. */
    enum Role {
        /** The leading 绩效指标 column. */
        LEAD,
        /** 一级指标. */
        L1,
        /** 二级指标. */
        L2,
        /** 三级指标. */
        NAME,
        /** 指标值 (or, in split value columns, its number). */
        VALUE,
        /** 实际完成值. */
        ACTUAL,
        /** 指标性质: an operator or 定性/定量. */
        OP,
        /** 度量单位. */
        UNIT,
        /** 权重, 分值, 得分: a small number. */
        POINTS,
        /** 指标方向性. */
        DIRECTION,
        /** 预算数: an amount. */
        AMOUNT,
        /** 年度目标 of a department's table: sentences, as many as the project has goals. */
        GOALS,
        /** Any other text (description, basis, note, unit name). */
        TEXT
    }

    /** Heading words beyond {@link Vocabulary#column}: the split value columns and scores. */
    static Role role(String heading) {
        String k = Text.key(heading);
        if (k.contains("性质")) {
            return Role.OP;
        }
        if (k.contains("度量单位") || k.contains("计量单位") || k.equals("单位")) {
            return Role.UNIT;
        }
        if (k.contains("方向")) {
            return Role.DIRECTION;
        }
        if (k.contains("权重") || k.equals("分值") || k.equals("得分") || k.equals("分数")) {
            return Role.POINTS;
        }
        if (k.equals("序号")) {
            // a row number: a small number in a column of its own (kept as remnants: no field)
            return Role.POINTS;
        }
        if (k.equals("预算数") || k.contains("金额") || k.endsWith("资金") && k.length() <= 6) {
            return Role.AMOUNT;
        }
        Vocabulary.Column c = Vocabulary.column(heading);
        if (c == null) {
            return Role.TEXT;
        }
        return switch (c) {
            case LEAD -> Role.LEAD;
            case L1, CATEGORY -> Role.L1;
            case L2 -> Role.L2;
            case NAME -> Role.NAME;
            case VALUE, MID_VALUE -> Role.VALUE;
            case ACTUAL -> Role.ACTUAL;
            case GOALS -> Role.GOALS;
            default -> Role.TEXT;
        };
    }

    /** Whether a token is a heading word of an indicator table (or of the columns beside it). */
    static boolean isHeadingWord(String token) {
        String k = Text.key(token);
        if (k.isEmpty() || k.length() > 16 || ProjectBudgetRows.unitStatement(k) != null) {
            return false; // 金额单位:元 states the money unit, it names no column
        }
        return Vocabulary.column(token) != null || role(token) != Role.TEXT || Vocabulary.isKnownHeaderLabel(token)
                || Vocabulary.isGoalsLabel(token) || k.equals("单位名称");
    }

    static final Pattern OPERATOR = Pattern.compile("[≥≤<>=＞＜＝≧≦]{1,2}");
    /** The characters of {@code OPERATOR}, for the scan that answers as it does. */
    private static final String OPERATORS = "≥≤<>=＞＜＝≧≦";
    static final Pattern NUMBER = Pattern.compile("[0-9０-９][0-9０-９,，.]*");
    // a points figure ([0-9０-９]{1,3}([.．][0-9０-９]+)?) and a 指标N: prefix (指标\\d+[:：]), asked of every token for every
    // role tried: answered by scans (ColumnFitScans.points, numberedEnd), checked against the expressions in a test
    static final Pattern WITH_POINTS = Pattern.compile("[(（]\\d+(\\.\\d+)?分[)）]$");
    static final Pattern PLACEHOLDER = Pattern.compile("[.…·]+");
    // the last characters of a category label wrapped over lines (产出指 | 标): ColumnFitScans.labelTail (指?标); a unit
    // in brackets and nothing else, as Text.key prints it, (元), (%), (人次): ColumnFitScans.bracketedUnit
    /** A compared number ending a token: {@code 成年人≥270}. */
    private static final Pattern COMPARED_NUMBER_END = Pattern.compile("[=＝≥≤<>＜＞≧≦][0-9０-９]+([.．][0-9０-９]+)?$");
    /** A separator ending a token: the cell goes on after it. */
    private static final Pattern SEPARATOR_END = Pattern.compile("[;；,，、]$");

    /** An operator alone ({@code ≥}): a piece of a value, not a value. */
    static boolean isOperator(String token) {
        return isOperatorKey(Text.key(token));
    }

    /** A unit alone ({@code %}, {@code 万人}, {@code 分钟}): a piece of a value or a 度量单位 cell. */
    static boolean isUnit(String token) {
        String k = Text.key(token);
        if (k.isEmpty() || k.length() > 4 || isOperator(k) || Rx.holdsDigitOnOneLine(k)) {
            return false;
        }
        return UNIT_KEYS.get(k);
    }

    /** {@link #isUnitKey} of the keys asked lately (the split asks it of the same tokens' keys again and again). */
    private static final Recent<Boolean> UNIT_KEYS = new Recent<>(1024) {
        @Override
        protected Boolean compute(String k) {
            return isUnitKey(k);
        }
    };

    /** {@link #isUnit} of a key of one to four characters that holds no digit and is no operator. */
    private static boolean isUnitKey(String k) {
        if (Vocabulary.category(k) != null || isPlaceholder(k)) {
            return false;
        }
        if (k.equals("%") || k.equals("‰")) {
            return true;
        }
        // a Chinese numeral only takes the grammar's known units (一次, 一分钟, 一万人; not 一绩)
        Target t = Targets.parse("一" + k);
        return t instanceof Target.Comparison c && c.quantity().unit() != null;
    }

    private static boolean isNumbered(String key) {
        return ColumnFitScans.numberedEnd(key) == key.length();
    }

    static boolean isPlaceholder(String token) {
        String k = Text.key(token);
        if (k.isEmpty()) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c != '.' && c != '…' && c != '·') {
                return false;
            }
        }
        return true; // what PLACEHOLDER matches
    }

    /** {@code OPERATOR} matches {@code k}, by a scan (asked of most tokens of a laid-out page). */
    static boolean isOperatorKey(String k) {
        int n = k.length();
        return (n == 1 || n == 2) && OPERATORS.indexOf(k.charAt(0)) >= 0 && (n == 1 || OPERATORS.indexOf(k.charAt(1)) >= 0);
    }

    /** {@code NUMBER} matches {@code k}, by a scan. */
    static boolean isNumber(String k) {
        if (!startsWithNumber(k)) {
            return false;
        }
        for (int i = 1; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!isDigit(c) && c != ',' && c != '，' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code NUMBER} is found at {@code k}'s start (its first character is a digit; the rest is optional). */
    static boolean startsWithNumber(String k) {
        return !k.isEmpty() && isDigit(k.charAt(0));
    }

    /** {@code [0-9０-９]}. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** {@code k} without {@code WITH_POINTS}: a text without 分 is returned without asking the expression. */
    static String withoutPoints(String k) {
        return k.indexOf('分') < 0 ? k : Rx.replaceFirst(WITH_POINTS, k, "");
    }

    /** A token that only makes sense joined to the next one: an operator, a {@code 指标N:} prefix. */
    static boolean gluesNext(String token) {
        return isOperator(token) || isNumbered(Text.key(token));
    }

    /** A token that only makes sense joined to the one before: a unit, a bracketed unit. */
    static boolean gluesPrevious(String prev, String token) {
        String k = Text.key(token);
        if (k.startsWith("(") && k.endsWith(")") && k.length() <= 8) {
            return true;
        }
        if (isUnit(token) && startsWithNumber(Text.key(prev)) || (k.equals("%") || k.equals("‰"))) {
            return true;
        }
        // a value's unit, and the separator going on to the value's next part, after a compared number that ends a
        // token led by a word (成年人≥270 元; 大中小学生…): the unit of that number
        if (Rx.find(COMPARED_NUMBER_END, Text.key(prev)) && isUnit(Rx.replaceFirst(SEPARATOR_END, k, ""))) {
            return true;
        }
        // a number's tail that is no value alone: 8 月底前 (a deadline printed with a space)
        return isNumber(Text.key(prev)) && !k.isEmpty() && !Character.isDigit(k.charAt(0))
                && !readsAsValue(token) && category(token) == null && readsAsValue(prev + token)
                && !(Targets.parse(prev + token) instanceof Target.Comparison);
    }

    /** A category label, ignoring points printed after it ({@code 产出指标(50分)}). */
    static Vocabulary.Category category(String text) {
        String k = Text.key(text);
        k = withoutPoints(k);
        return Vocabulary.category(k);
    }

    /** A value that the grammar reads to something other than text. */
    static boolean readsAsValue(String text) {
        return dev.zhibiao.internal.grammar.Grammar.valueLike(text);
    }

    /**
     * What a run of tokens is, worked out once per run. Whether it reads as a value (the grammar's
     * reading of a fresh text, most of a split's time) and whether it is the lead column's label are
     * worked out when a role first asks: {@link #fit} asks the one only of value columns, after cheaper
     * tests, the other only of the lead column.
     */
    static final class Features {
        private final String text;
        private final String key;
        private final Vocabulary.Category category;
        private final boolean number;
        private final boolean fragment;
        private final boolean truncated;
        private final boolean ledByLabel;
        /** Worked out when first asked: 0 not yet, 1 no, 2 yes. */
        private byte value;
        private byte lead;

        private Features(String text, String key, Vocabulary.Category category, boolean number, boolean fragment,
                         boolean truncated, boolean ledByLabel) {
            this.text = text;
            this.key = key;
            this.category = category;
            this.number = number;
            this.fragment = fragment;
            this.truncated = truncated;
            this.ledByLabel = ledByLabel;
        }

        static Features of(String text) {
            return of(text, null);
        }

        /** @param head the text before its first space when known (a run's first token), else null */
        private static Features of(String text, String head) {
            String k = Text.key(text);
            Vocabulary.Category cat = ColumnFit.category(text);
            int sp = text.indexOf(' ');
            return new Features(text, k, cat, isNumber(k), isOperator(k) || isUnit(k),
                    cat != null && !Vocabulary.CATEGORIES.containsKey(withoutPoints(k)),
                    sp > 0 && isWholeCategory(head != null ? head : text.substring(0, sp)));
        }

        /** The same run, not counted as a fragment (a lone character among wider gaps). */
        Features notFragment() {
            Features f = new Features(text, key, category, number, false, truncated, ledByLabel);
            f.value = value;
            f.lead = lead;
            return f;
        }

        String key() {
            return key;
        }

        Vocabulary.Category category() {
            return category;
        }

        /** @return whether the grammar reads the run as a value ({@link #readsAsValue}) */
        boolean value() {
            if (value == 0) {
                value = (byte) (readsAsValue(text) ? 2 : 1);
            }
            return value == 2;
        }

        boolean number() {
            return number;
        }

        boolean fragment() {
            return fragment;
        }

        /** @return whether the run is the lead column's label ({@link Vocabulary#isIndicatorBlockLabel}) */
        boolean lead() {
            if (lead == 0) {
                lead = (byte) (Vocabulary.isIndicatorBlockLabel(text) ? 2 : 1);
            }
            return lead == 2;
        }

        boolean truncated() {
            return truncated;
        }

        boolean ledByLabel() {
            return ledByLabel;
        }
    }

    /**
     * A category label printed whole or without its 指标 ({@code 服务对象满意度指标}, {@code 数量}), not
     * only the start of one ({@code 服务对象}). Anything short of the exact label (服务对象满意度 is also
     * a common indicator name) counts as {@link Features#truncated}.
     */
    static boolean isWholeCategory(String text) {
        String k = withoutPoints(Text.key(text));
        return Vocabulary.CATEGORIES.containsKey(k) || Vocabulary.isCategoryStem(k);
    }

    /**
     * @param text the run's text (tokens joined by a space)
     * @param role the column
     * @return how well it fits (higher is better)
     */
    static double fit(String text, Role role) {
        return fit(Features.of(text), role);
    }

    /**
     * @param f    what the run is
     * @param role the column
     * @return how well it fits (higher is better)
     */
    static double fit(Features f, Role role) {
        String k = f.key();
        Vocabulary.Category cat = f.category();
        boolean number = f.number();
        boolean fragment = f.fragment();
        return switch (role) {
            // the lead label wrapped over lines (绩效 / 指标) starts with a piece no name is: the lead's, not a name's
            case LEAD -> f.lead() || Vocabulary.isIndicatorBlockHead(k) ? 2 : -6;
            // a label of either level (成本指标) is a level-2 label unless a level-2 label follows it
            // a wrapped label's last characters (产出指 | 标) stand in a label column: worth nothing, never a misfit
            // so does a label's middle wrapped over three lines (满意 | 度指 | 标)
            // numbered as an outline's second level (（四）成本指标 under 一、产出指标), it fits level 1 as a level-2 label does
            case L1 -> cat == null ? (ColumnFitScans.labelTail(k) || labelMiddle(k) ? 0 : -6) : cat.level() == Vocabulary.Level.L2 ? 1.5
                    : cat.level() == Vocabulary.Level.BOTH ? (bracketNumbered(k) ? 1.5 : 2.5) : 3;
            case L2 -> cat == null ? (k.length() <= 8 && k.endsWith("指标") ? 0.5 : ColumnFitScans.labelTail(k) || labelMiddle(k) ? 0 : -4)
                    : cat.level() == Vocabulary.Level.L1 ? -1 : f.truncated() ? 2 : 3;
            // a 指标N: prefix belongs to a name: alone it is a placeholder row's, before a value it is the name's;
            // the start of a category (服务对象满意度) may be a name; a name never starts with a whole label
            // a bracketed unit alone is a wrapped name's last line (参保居民个人实际缴费标准 | (元)) before it is a value's
            // a compared number after the run's first token (参保居民…(元) 成 成年人≥270 元; 大中小) is a value's start
            case NAME -> cat != null ? (f.truncated() ? 1.5 : -3) : ColumnFitScans.bracketedUnit(k) ? 1 : fragment ? -4 : number ? -2
                    : f.ledByLabel() || Vocabulary.isIndicatorBlockHead(k) || comparedAfterFirst(f.text) ? -2
                    : isPlaceholder(k) || isNumbered(k) ? 0.5 : 2;
            case VALUE, ACTUAL -> fragment ? -4 : cat != null ? -4 : ColumnFitScans.numberedEnd(k) >= 0 ? -4 : f.value() ? 3
                    : isPlaceholder(k) ? 0.5 : k.length() <= 20 ? 1 : 0.5;
            // a 指标性质 column printing the direction (正向指标 / 反向指标): core reads it as the direction column (operator-directions)
            case OP -> isOperator(k) || k.equals("定性") || k.equals("定量") ? 3 : k.contains("正向") || k.contains("反向") ? 2 : -6;
            case UNIT -> isUnit(k) ? 2 : -4;
            case POINTS -> ColumnFitScans.points(k) ? 3 : -5;
            case DIRECTION -> k.contains("正向") || k.contains("反向") ? 3 : -5;
            // a small whole number is more likely a weight or score than a project's budget
            case AMOUNT -> number ? (ColumnFitScans.points(k) ? 2 : 3) : -3;
            case TEXT, GOALS -> cat != null ? -3 : fragment ? -2 : ColumnFitScans.numberedEnd(k) >= 0 ? -3 : 1;
        };
    }

    /**
     * Whether a key starts with a Chinese numeral in brackets ({@code (四)成本指标}): the numbering of an outline's second
     * level, under the first level's 一、 (the order 一、 （一） 1. （1） of official documents).
     */
    static boolean bracketNumbered(String k) {
        if (k.length() < 3 || k.charAt(0) != '(') {
            return false;
        }
        int e = 1;
        while (e < k.length() && "一二三四五六七八九十".indexOf(k.charAt(e)) >= 0) {
            e++;
        }
        return e > 1 && e < k.length() && k.charAt(e) == ')';
    }

    /**
     * Whether a run's tokens after its first hold a compared number (a comparison sign and a digit: 成年人≥270): a
     * value's first line packed one space after a wrapped name's line, not the name's words.
     */
    static boolean comparedAfterFirst(String text) {
        int sp = text.indexOf(' ');
        if (sp < 0) {
            return false;
        }
        for (int i = sp + 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '≥' || c == '≤' || c == '<' || c == '>' || c == '＜' || c == '＞' || c == '≧' || c == '≦')
                    && isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key is the middle of a category label of the vocabulary (two characters or more, neither its start nor
     * its end: 度指 of 满意度指标): a label wrapped over three lines prints it on a line of its own in its column.
     */
    static boolean labelMiddle(String k) {
        return k.length() >= 2 && LABEL_MIDDLES.contains(k);
    }

    /** Every {@link #labelMiddle} of the vocabulary's category labels, made once. */
    private static final java.util.Set<String> LABEL_MIDDLES = labelMiddles();

    private static java.util.Set<String> labelMiddles() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String label : Vocabulary.categoryLabels()) {
            if (!Vocabulary.inFramework(label)) {
                continue; // another province's name for a slot (社会公众或服务对象满意度指标): its middles start the framework's labels
            }
            for (int a = 1; a < label.length(); a++) {
                for (int b = a + 2; b < label.length(); b++) {
                    out.add(label.substring(a, b));
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * The most {@link #fit(Features, Role)} gives a run in a column of this role, whatever the run: the split
     * reads a run only when that could beat the best way found to the same place. Keep it with {@code fit}
     * (ColumnFitRulesTest asks it of the vocabulary, values and names).
     */
    static double maxFit(Role role) {
        return switch (role) {
            case LEAD, NAME, UNIT -> 2;
            case L1, L2, VALUE, ACTUAL, OP, POINTS, DIRECTION, AMOUNT -> 3;
            case TEXT, GOALS -> 1;
        };
    }

    /** A run's score with the bonus for starting under its heading and the cost of starting beyond it, added in that order. */
    private static double bound(double s, boolean aligned, boolean beyond) {
        if (aligned) {
            s += ALIGNED;
        }
        if (beyond) {
            s += BEYOND;
        }
        return s;
    }

    /** What a token adds to a goals cell: a sentence's piece much, a label or a value nothing. */
    static double goalWord(String token) {
        String k = Text.key(token);
        if (category(token) != null || isOperator(k) || isUnit(k) || isNumber(k)) {
            return -4;
        }
        // the key folds a full-width semicolon to ';' (NFKC); 。 stays itself
        return k.length() >= 8 || k.endsWith("。") || k.endsWith(";") ? 2 : 0.3;
    }

    /** The longest run of tokens a column of this role takes. */
    static int maxRun(Role role) {
        return switch (role) {
            case LEAD, L1, L2, OP, UNIT, POINTS, DIRECTION, AMOUNT -> 4;
            case VALUE, ACTUAL -> 8;
            case NAME -> 12;
            case TEXT, GOALS -> 40;
        };
    }

    /** The cost of leaving a column empty. */
    static double skip(Role role) {
        return switch (role) {
            case LEAD, L1, L2 -> 0;
            case NAME -> -1;
            case VALUE -> -0.5;
            case TEXT, GOALS -> -0.1;
            default -> -0.3;
        };
    }

    /** A token as {@link SpacedRows} gives it. */
    record Tok(String text, int column, int gap) {
    }

    /** One cell of a split: the tokens of a run in a column. */
    record Placed(int column, int from, int to) {
    }

    private static Features features(Features[][] cache, List<Tok> toks, int i, int e) {
        Features[] from = cache[i];
        if (from == null) {
            from = new Features[Math.min(41, cache.length - i + 1)]; // runs of up to 40 tokens, none past the last
            cache[i] = from;
        }
        Features f = from[e - i];
        if (f == null) {
            // the tokens joined by a space: a lone token is its own text; String.join sizes the text once
            // (a builder grows, widens at its first Chinese character and copies again in toString)
            String text;
            String head = null; // the text before its first space: the first token's own text when it holds none
            if (e - i == 1) {
                text = toks.get(i).text();
            } else {
                head = toks.get(i).text().indexOf(' ') < 0 ? toks.get(i).text() : null;
                String[] parts = new String[e - i];
                for (int k = i; k < e; k++) {
                    parts[k - i] = toks.get(k).text();
                }
                text = String.join(" ", parts);
            }
            f = Features.of(text, head);
            from[e - i] = f;
        }
        return f;
    }

    /**
     * Whether no row starts at token {@code i}: the token before glues to it or leaves its cell open
     * (asked by the split for every column and layout at {@code i}; kept in {@code memo}: 0 not asked, 1 no, 2 yes).
     */
    private static boolean noRowAt(byte[] memo, List<Tok> toks, int i) {
        if (memo[i] == 0) {
            String prev = toks.get(i - 1).text();
            memo[i] = (byte) (gluesNext(prev) || Rx.matches(CONTINUES, prev)
                    || gluesPrevious(prev, toks.get(i).text()) ? 2 : 1);
        }
        return memo[i] == 2;
    }

    /**
     * Whether token {@code i} is cut from the one before (a unit or a number's tail from its number, a
     * date's piece, a cell going on, a Latin word after Chinese), which then starts no cell but the unit
     * column's (kept in {@code memo} as {@link #noRowAt}).
     */
    private static boolean cutAt(byte[] memo, List<Tok> toks, int i, boolean mixedGaps) {
        if (memo[i] == 0) {
            Tok prev = toks.get(i - 1);
            Tok t = toks.get(i);
            memo[i] = (byte) (gluesPrevious(prev.text(), t.text()) && !(mixedGaps && (TokenGaps.apartUnit(t) || TokenGaps.apartPercent(toks, i)))
                    || TokenGaps.datePiece(prev.text(), t.text())
                    || TokenGaps.continued(prev, t) || TokenGaps.latinGap(prev, t) ? 2 : 1);
        }
        return memo[i] == 2;
    }

    /** A token ending in a separator inside a cell's text: the cell goes on after it. */
    static final Pattern CONTINUES = Pattern.compile(".*[;；,，、]$");
    private static final double ROW = -1.5;
    /**
     * What joining a token that opens with a {@code 指标N:} prefix, printed after a run of spaces in aligned text, to the
     * token before it costs: the prefix opens a numbered name, so nothing of its cell stands before it (a label of no
     * vocabulary beside it, 政策知晓率 / 指标1：参保群众政策知晓率, was read into the name's cell, worth more there than
     * as a level-2 label the vocabulary does not know).
     */
    private static final double NUMBERED_APART = -6;
    private static final double ALIGNED = 1.5;
    /**
     * What a cell costs in a label or name column when it starts at the next column's heading or right of it
     * ({@code limits}): aligned text prints a cell at its own place or, packed after empty columns, left of it. Not
     * asked of the columns after the name: a name wider than its column pushes the cells after it right (a spaced
     * table's padded columns), and their headings may be printed a space apart (实际完成值 分值 得分).
     */
    private static final double BEYOND = -3;

    /**
     * What a cell costs in a column after the name when it starts left of the heading of the text column before it
     * (a description, a basis) and that column stays empty on the line: cells are printed left-aligned under their
     * column, headings centred over it, so a cell of a column starts right of where the wide text column before it is
     * headed; one printed left of that heading is that column's (a description packed one space after a long name,
     * 城镇居民医保覆盖率 参加医保的…, or printed under its own heading with the value column empty), not the next one's.
     * Not after a narrow column (指标性质, 度量单位 of a scored table), whose heading wraps and whose cells a wider
     * neighbour's print pushes about (templates t01-split-10pt-w80 lost two rows when asked of every column).
     */
    private static final double BEHIND = -3;

    /**
     * Whether a run starting at token {@code t} in column {@code c} stands behind the empty column before it
     * ({@link #BEHIND}).
     *
     * @param next the line's next free column (columns {@code next..c-1} stay empty)
     */
    static boolean behind(Tok t, List<Role> roles, int[] starts, int c, int next, boolean mixedGaps) {
        return starts != null && mixedGaps && c > next && c > 0 && roles.get(c).ordinal() > Role.NAME.ordinal()
                && roles.get(c - 1) == Role.TEXT && t.column() < starts[c - 1] - 1;
    }

    /**
     * Splits tokens into rows of the heading's columns.
     *
     * @param toks     the tokens
     * @param roles    the heading's column roles
     * @param starts   the display column where each heading starts, or null when the text is not aligned
     * @param manyRows whether the tokens may hold several rows (a flattened table)
     * @return per row, the runs placed in columns; null when no split fits
     */
    static List<List<Placed>> split(List<Tok> toks, List<Role> roles, int[] starts, boolean manyRows) {
        return split(toks, roles, starts, null, manyRows);
    }

    /**
     * As {@link #split(List, List, int[], boolean)}, with where each column's cells end at the latest.
     *
     * @param limits per column, the display column from which no cell of it starts (the next column's heading, where
     *               the heading row leaves room between the two), or null
     */
    static List<List<Placed>> split(List<Tok> toks, List<Role> roles, int[] starts, int[] limits, boolean manyRows) {
        return split(toks, roles, starts, limits, manyRows, null);
    }

    /**
     * As {@link #split(List, List, int[], int[], boolean)}, counting its work: {@code work[0]} grows by one for every run
     * the split weighs and every cell it places (tests ask that a line twice as long costs about twice as much: the runs
     * weighed from a token are at most 40 a column, and the rows are put together in one pass), or null.
     */
    static List<List<Placed>> split(List<Tok> toks, List<Role> roles, int[] starts, int[] limits, boolean manyRows,
                                    long[] work) {
        int n = toks.size();
        int m = roles.size();
        if (n == 0 || m == 0) {
            return null;
        }
        // runs of spaces separate cells only where the heading row is aligned text too
        boolean mixedGaps = false;
        for (Tok t : toks) {
            mixedGaps |= starts != null && t.gap() >= 2;
        }
        byte[] noRow = new byte[n];
        byte[] cutAt = new byte[n];
        double[] joinCost = new double[n]; // cost of joining token i to token i-1
        for (int i = 1; i < n; i++) {
            Tok b = toks.get(i);
            if (gluesNext(toks.get(i - 1).text()) || cutAt(cutAt, toks, i, mixedGaps)) {
                joinCost[i] = 0;
            } else if (mixedGaps && b.gap() >= 2 && ColumnFitScans.numberedEnd(Text.key(b.text())) >= 0) {
                joinCost[i] = NUMBERED_APART; // a 指标N: prefix after a run of spaces starts its name's cell
            } else {
                joinCost[i] = b.gap() >= 2 && mixedGaps ? -1.5 : -0.4;
            }
        }
        double neg = Double.NEGATIVE_INFINITY;
        // best[i * w + j]: tokens [0, i) placed, the current row's next free column is j (each table one array)
        int w = m + 1;
        double[] best = new double[(n + 1) * w];
        int[] fromI = new int[(n + 1) * w];
        int[] fromJ = new int[(n + 1) * w];
        int[] col = new int[(n + 1) * w];
        boolean[] newRow = new boolean[(n + 1) * w];
        java.util.Arrays.fill(best, neg);
        best[0] = 0;
        double[] skipPrefix = new double[m + 1];
        for (int c = 0; c < m; c++) {
            skipPrefix[c + 1] = skipPrefix[c] + skip(roles.get(c));
        }
        int maxRun = Math.min(n, 40);
        // a goals column scores per sentence it holds (prefix sums), so goals printed one after another stay together
        double[] goals = new double[n + 1];
        int goalTokens = roles.contains(Role.GOALS) ? n : 0; // asked only of a goals column
        for (int i = 0; i < goalTokens; i++) {
            goals[i + 1] = goals[i] + goalWord(toks.get(i).text());
        }
        Features[][] features = new Features[n][]; // a token's row made when a run from it is first read
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                double base = best[i * w + j];
                if (base == neg) {
                    continue;
                }
                for (int pass = 0; pass < 2; pass++) {
                    boolean fresh = pass == 1;
                    if (fresh && (!manyRows || j == 0 || noRowAt(noRow, toks, i))) {
                        // a row never starts with a unit cut from its number, nor ends with an operator,
                        // a 指标N: prefix or a separator (成年人≥270元； 大中小学生…: the value goes on)
                        continue;
                    }
                    double b0 = fresh ? base + ROW + (skipPrefix[m] - skipPrefix[j]) * 0.5 : base;
                    int c0 = fresh ? 0 : j;
                    for (int c = c0; c < m; c++) {
                        double bc = b0 + (skipPrefix[c] - skipPrefix[c0]);
                        Role role = roles.get(c);
                        double joins = 0;
                        // a unit or a number's tail cut from its number starts no cell but the unit column's
                        double cut = i > 0 && role != Role.UNIT && joinCost[i] == 0
                                && cutAt(cutAt, toks, i, mixedGaps) ? (TokenGaps.insideDate(toks, i) ? TokenGaps.DATE_CUT : -3) : 0;
                        bc += cut;
                        // not a value's token one space after a word printed after a run of spaces: that word's value
                        // goes on there under a centred heading (不低于 90%); an actual value may be packed one space
                        // after its target (明显改善 明显改善)
                        boolean aligned = starts != null && mixedGaps && Math.abs(toks.get(i).column() - starts[c]) <= 1
                                && !(role == Role.VALUE && i > 0 && toks.get(i).gap() == 1 && toks.get(i - 1).gap() >= 2);
                        // a cell printed where the next column's heading starts, or right of it
                        boolean beyond = limits != null && mixedGaps && role.ordinal() <= Role.NAME.ordinal()
                                && toks.get(i).column() >= limits[c] - 1;
                        // a cell after the name printed left of where the empty column before it is headed
                        bc += behind(toks.get(i), roles, starts, c, j, mixedGaps) ? BEHIND : 0;
                        for (int e = i + 1; e <= Math.min(n, i + Math.min(maxRun, maxRun(role))); e++) {
                            if (work != null) {
                                work[0]++;
                            }
                            if (e > i + 1) {
                                joins += joinCost[e - 1];
                            }
                            if (role != Role.GOALS && !(bound(bc + joins + maxFit(role), aligned, beyond) > best[e * w + c + 1])) {
                                // the run cannot beat what is there even at its role's best fit: not read
                                if (joins < -12) {
                                    break;
                                }
                                continue;
                            }
                            Features f = role == Role.GOALS ? null : features(features, toks, i, e);
                            if (f != null && e == i + 1 && f.fragment() && (mixedGaps && (TokenGaps.loneCharacter(toks, i) || TokenGaps.apartUnitLine(toks, i)) || starts != null && TokenGaps.apartPercent(toks, i))) {
                                f = f.notFragment();
                            }
                            double s = bound(bc + joins + (role == Role.GOALS ? goals[e] - goals[i] : fit(f, role)), aligned, beyond);
                            if (s > best[e * w + c + 1]) {
                                best[e * w + c + 1] = s;
                                fromI[e * w + c + 1] = i;
                                fromJ[e * w + c + 1] = j;
                                col[e * w + c + 1] = c;
                                newRow[e * w + c + 1] = fresh;
                            }
                            if (joins < -12) {
                                break;
                            }
                        }
                    }
                }
            }
        }
        int bestJ = -1;
        double top = neg;
        for (int j = 1; j <= m; j++) {
            double s = best[n * w + j] == neg ? neg : best[n * w + j] + (skipPrefix[m] - skipPrefix[j]) * 0.5;
            if (s > top) {
                top = s;
                bestJ = j;
            }
        }
        if (bestJ < 0) {
            return null;
        }
        // walked back from the end: each row's cells and the rows are gathered last first and turned round once (put in
        // at the front one by one, a line of thousands of rows moved every row gathered so far at each)
        List<List<Placed>> rows = new ArrayList<>();
        List<Placed> cur = new ArrayList<>();
        int i = n;
        int j = bestJ;
        while (i > 0) {
            int pi = fromI[i * w + j];
            int pj = fromJ[i * w + j];
            cur.add(new Placed(col[i * w + j], pi, i));
            if (work != null) {
                work[0]++;
            }
            if (newRow[i * w + j]) {
                java.util.Collections.reverse(cur);
                rows.add(cur);
                cur = new ArrayList<>();
            }
            i = pi;
            j = pj;
        }
        java.util.Collections.reverse(cur);
        rows.add(cur);
        java.util.Collections.reverse(rows);
        return rows;
    }
}
