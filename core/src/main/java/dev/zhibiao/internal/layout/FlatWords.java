package dev.zhibiao.internal.layout;

import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import dev.zhibiao.internal.grammar.Grammar;
import dev.zhibiao.internal.text.Text;

/**
 * A whole sheet flattened into one long line with nothing between its cells (a document site's text of a
 * table, a converter's: {@code 项目绩效目标表项目名称甲主管部门乙…一级指标二级指标三级指标指标值产出指标数量指标…}).
 * The line is cut into words where the sheet's own vocabulary says a cell starts or ends, so that the
 * space-separated reading of a flattened sheet ({@link SpacedRows}, one line of tokens) can read it:
 * <ul>
 * <li>around the title it opens with ({@link #titleInside}) and every header label, goals label,
 * indicator heading word and category label printed in it (the longest such word at each place, four
 * characters or more; a heading word three), a category's numbering (一、, （一）) kept with it;</li>
 * <li>before a numbered name ({@code 1.}, {@code 2、}) after the heading words;</li>
 * <li>around a value after the heading words: an operator or a number after a word, as far as the grammar
 * reads a quantity with a unit it knows, a percentage or a deadline (else a number and the one character after it,
 * a measure word: ≥300顶). Where the names are numbered, one value a
 * row: the text after the value (a scoring criterion, 每少1000人次扣1分) is one word up to the next row.</li>
 * </ul>
 * Only a line of {@link #MIN_LENGTH} characters or more, with few spaces, holding the heading words
 * 二级指标 and 三级指标 or 指标值 is cut; any other line is returned as it is.
 */
public final class FlatWords {
    /** A shorter line is a row, not a flattened sheet. */
    static final int MIN_LENGTH = 150;
    private static final int LONGEST_WORD = 14;
    private static final int LONGEST_VALUE = 18;

    private FlatWords() {
    }

    /**
     * @param line a line of text
     * @return whether it is a flattened sheet (see the class comment)
     */
    public static boolean isFlattened(String line) {
        if (line.length() < MIN_LENGTH) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\t') {
                spaces++;
            }
        }
        if (spaces * 20 > line.length()) {
            return false; // cells already apart: the spaced reading's own line
        }
        String k = Text.key(line);
        return k.contains("二级指标") && (k.contains("三级指标") || k.contains("指标值"));
    }

    /**
     * The title a long line opens with (a run ending in 表 within its first 80 characters that reads as a
     * sheet's title), or null.
     *
     * @param text a line
     * @return the title as printed, or null
     */
    public static String titleInside(String text) {
        int limit = Math.min(text.length(), 80);
        for (int e = 0; e < limit; e++) {
            if (text.charAt(e) != '表') {
                continue;
            }
            for (int s = Math.max(0, e - 30); s + 4 <= e; s++) {
                String t = text.substring(s, e + 1);
                if (SpacedRows.isTitle(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The line with a space put wherever a word starts or ends (see the class comment), or the line
     * itself when it is no flattened sheet.
     *
     * @param line a line of text
     * @return the line cut into words
     */
    public static String spaced(String line) {
        if (!isFlattened(line)) {
            return line;
        }
        Cut last = lastCut; // the reader asks for a line's tokens more than once (counted, then read)
        if (last != null && last.line().equals(line)) {
            return last.spaced();
        }
        String out = cut(line);
        lastCut = new Cut(line, out);
        return out;
    }

    /** The last line cut and its words (the same line is asked for by the detector's count and by the reader). */
    private record Cut(String line, String spaced) {
    }

    private static volatile Cut lastCut;

    private static String cut(String line) {
        int n = line.length();
        boolean[] cut = new boolean[n + 1];
        int from = 0;
        String title = titleInside(line);
        if (title != null) {
            int at = line.indexOf(title);
            cut[at] = true;
            cut[at + title.length()] = true;
            from = at + title.length();
        }
        int headingEnd = -1; // where the indicator heading words end
        boolean numbered = false; // the names printed numbered (1.甲 2.乙)
        boolean valueInRow = false;
        java.util.Set<Vocabulary.Column> headed = java.util.EnumSet.noneOf(Vocabulary.Column.class); // the heading's columns
        boolean inRows = false; // a category label read after the heading: the indicator rows
        for (int i = from; i < n; ) {
            int w = word(line, i);
            if (w > 0 && inRows && foreignHeadingWord(line.substring(i, i + w), headed)) {
                w = 0; // 得分 in 不达标不得分 under a heading with no 得分 column: the criterion's words
            }
            if (w > 0) {
                String word = line.substring(i, i + w);
                if (inRows && isHeadingRowWord(word)) {
                    inRows = false; // a heading again (the next sheet's): its columns are read anew
                    headed.clear();
                }
                if (headingEnd >= 0 && !inRows && isIndicatorHeading(word)) {
                    headed.add(Vocabulary.column(word));
                }
                if (headingEnd >= 0 && Vocabulary.category(word) != null) {
                    inRows = true;
                }
                int start = numberingBefore(line, i, cut);
                cut[start] = true;
                cut[i + w] = true;
                if (isHeadingRowWord(word)) {
                    headingEnd = i + w;
                }
                if (Vocabulary.category(word) != null) {
                    valueInRow = false;
                }
                i += w;
                continue;
            }
            if (headingEnd >= 0 && i > 0) {
                int num = numberedName(line, i);
                if (num > 0) {
                    cut[i] = true;
                    numbered = true;
                    valueInRow = false;
                    i += num;
                    continue;
                }
                if (!(numbered && valueInRow)) {
                    int v = value(line, i);
                    if (v > 0) {
                        cut[i] = true;
                        cut[i + v] = true;
                        valueInRow = true;
                        i += v;
                        continue;
                    }
                }
            }
            i++;
        }
        StringBuilder out = new StringBuilder(n + 64);
        for (int i = 0; i < n; i++) {
            if (cut[i] && i > 0 && out.length() > 0 && out.charAt(out.length() - 1) != ' ' && line.charAt(i) != ' ') {
                out.append(' ');
            }
            out.append(line.charAt(i));
        }
        return out.toString();
    }

    /**
     * The length of the vocabulary word starting at {@code i}, or 0: the longest known header label, money block
     * label ({@code 项目资金（万元）}), money line label or category label, else the shortest indicator heading word
     * (the heading rules match words contained in a heading: 一级指标 within 一级指标二级指标…). A word starts
     * with a character that is no numbering (the 一 of 一、产出指标 or （一）数量指标).
     */
    private static int word(String line, int i) {
        char c0 = line.charAt(i);
        if (!Character.isIdeographic(c0) || i + 1 < line.length() && "、）)．.".indexOf(line.charAt(i + 1)) >= 0) {
            return 0;
        }
        for (int len = Math.min(LONGEST_WORD, line.length() - i); len >= 4; len--) {
            String w = line.substring(i, i + len);
            String k = Text.key(w);
            if (Vocabulary.isKnownHeaderLabel(w)
                    || MoneyVocabulary.isFundingLabel(w) && (k.endsWith(")") || k.endsWith("元"))
                    || len <= 8 && Vocabulary.isGoalsLabel(w) && GOALS_START.matcher(k).lookingAt()
                    || len <= 8 && MONEY_START.indexOf(c0) >= 0 && MoneyVocabulary.isMoneyLabel(w) && !k.contains("项目")
                    && !(i + len < line.length() && "（(".indexOf(line.charAt(i + len)) >= 0)
                    || k.endsWith("指标") && Vocabulary.category(w) != null && Vocabulary.column(w) == null) {
                return len;
            }
        }
        for (int len = 3; len <= Math.min(LONGEST_WORD, line.length() - i); len++) {
            String w = line.substring(i, i + len);
            if (isIndicatorHeading(w)) {
                // a heading word by what it ends with (慢性病。一级指标: the heading rules match words contained) starts later
                return isIndicatorHeading(w.substring(1)) ? 0 : len;
            }
        }
        return 0;
    }

    /** How a goals label starts (年度绩效目标, 绩效目标, 总体目标, 项目总目标, 中期目标, 长期目标, 实施期目标). */
    private static final java.util.regex.Pattern GOALS_START = java.util.regex.Pattern.compile("年度|绩效|总体|项目|中期|长期|实施期");

    /** The characters a money line label starts with (年度资金总额, 其中：财政拨款, 财政资金, 其他资金, 自筹资金, 上级补助 …). */
    private static final String MONEY_START = "年其财其他自上本中省市县地";

    /** A heading word of the indicator table's columns (一级指标, 三级指标, 指标值, 评（扣）分标准, 备注 …), not the header's. */
    private static boolean isIndicatorHeading(String w) {
        Vocabulary.Column c = Vocabulary.column(w);
        return c != null && !HEADER_ROLES.contains(c);
    }

    /** Roles named by words of the header block or of a department's project table, not of the indicator table. */
    private static final java.util.Set<Vocabulary.Column> HEADER_ROLES = java.util.EnumSet.of(Vocabulary.Column.LEAD,
            Vocabulary.Column.UNIT_NAME, Vocabulary.Column.PROJECT, Vocabulary.Column.BUDGET, Vocabulary.Column.PROJECT_CODE,
            Vocabulary.Column.GOALS);

    /**
     * Whether a word read among the indicator rows is a column heading word of a column the heading did not name, and not
     * one of the heading row's own words (一级指标 … 指标值 start a heading again): 得分 printed inside a scoring
     * criterion (不达标不得分) under 一级指标 | … | 评（扣）分标准, which has no 得分 column.
     */
    private static boolean foreignHeadingWord(String w, java.util.Set<Vocabulary.Column> headed) {
        return isIndicatorHeading(w) && !isHeadingRowWord(w) && !headed.contains(Vocabulary.column(w))
                && Vocabulary.category(w) == null;
    }

    /** A heading word of the level or the name or value columns: the indicator heading row. */
    private static boolean isHeadingRowWord(String w) {
        Vocabulary.Column c = Vocabulary.column(w);
        return c == Vocabulary.Column.L1 || c == Vocabulary.Column.L2 || c == Vocabulary.Column.NAME || c == Vocabulary.Column.VALUE;
    }

    /**
     * Where a category label's numbering printed before it starts ({@code 一、}, {@code （一）}, {@code 1、}), the
     * numbering not already cut from it, or {@code i} itself.
     */
    private static int numberingBefore(String line, int i, boolean[] cut) {
        int s = i;
        if (s >= 2 && (line.charAt(s - 1) == '、' || line.charAt(s - 1) == '.') && isNumeral(line.charAt(s - 2))) {
            s -= 2;
            while (s > 0 && isNumeral(line.charAt(s - 1)) && i - s < 4) {
                s--;
            }
        } else if (s >= 3 && (line.charAt(s - 1) == '）' || line.charAt(s - 1) == ')') && isNumeral(line.charAt(s - 2))) {
            int o = s - 2;
            while (o > 0 && isNumeral(line.charAt(o - 1))) {
                o--;
            }
            if (o > 0 && (line.charAt(o - 1) == '（' || line.charAt(o - 1) == '(')) {
                s = o - 1;
            }
        }
        for (int k = s + 1; k < i; k++) {
            if (cut[k]) {
                return i;
            }
        }
        return s;
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** The length of a name's numbering ({@code 1.}, {@code 12、}) at {@code i} before a character, after no digit, or 0. */
    private static int numberedName(String line, int i) {
        char p = line.charAt(i - 1);
        if (Character.isDigit(p) || p == '.' || p == '%') {
            return 0;
        }
        int k = i;
        while (k < line.length() && k - i < 2 && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
            k++;
        }
        if (k == i || k + 1 >= line.length() || line.charAt(k) != '.' && line.charAt(k) != '、' && line.charAt(k) != '．') {
            return 0;
        }
        char next = line.charAt(k + 1);
        return Character.isIdeographic(next) ? k + 1 - i : 0;
    }

    /**
     * The length of a value starting at {@code i} after a word (an operator, or a number after a character), as far
     * as the grammar reads a quantity with a unit, a percentage or a deadline; or 0.
     */
    private static int value(String line, int i) {
        char c = line.charAt(i);
        boolean op = "≥≤＞＜<>".indexOf(c) >= 0;
        char p = line.charAt(i - 1);
        if (!op && !(c >= '0' && c <= '9' && Character.isIdeographic(p))) {
            return 0;
        }
        int best = 0;
        int measure = 0; // a number and one character after it (≥300顶): a measure word the vocabulary does not list
        for (int len = 1; len <= LONGEST_VALUE && i + len <= line.length(); len++) {
            String v = line.substring(i, i + len);
            Target t = Targets.parse(v);
            if (t instanceof Target.Comparison && unitEnds(v)
                    || t instanceof Target.Deadline d && d.month() != null && "前底日号月末".indexOf(v.charAt(len - 1)) >= 0) {
                best = len;
            } else if (measure == 0 && t instanceof Target.Comparison && Character.isIdeographic(v.charAt(len - 1))
                    && len >= 2 && (Character.isDigit(v.charAt(len - 2)))) {
                measure = len;
            }
        }
        return best > 0 ? best : measure;
    }

    /**
     * Whether a compared number ends in a unit the grammar knows (≥5万人次, 1800公里, 100%): the grammar reads any
     * word after a number as its unit (860其中), so a value's end is where a known unit ends.
     */
    private static boolean unitEnds(String v) {
        int j = 0;
        while (j < v.length() && "≥≤＞＜<>=".indexOf(v.charAt(j)) >= 0) {
            j++;
        }
        int digits = j;
        while (j < v.length() && (Character.isDigit(v.charAt(j)) || v.charAt(j) == '.')) {
            j++;
        }
        if (j == digits || j == v.length()) {
            return false;
        }
        String tail = v.substring(j);
        if (tail.equals("%")) {
            return true;
        }
        if (tail.length() > 1 && "万亿千百".indexOf(tail.charAt(0)) >= 0) {
            tail = tail.substring(1);
        }
        return Grammar.isUnit(tail);
    }
}
