package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a line of space-separated text ({@link SpacedRows}): tokens that are one word printed
 * with spaces inside (spaced-out characters, a year, a unit statement, a wrapped label or heading)
 * joined into one, before the line is cut into cells.
 */
final class SpacedWords {
    private SpacedWords() {
    }

    /** A label printed with its value ({@code 单位:元}): complete, nothing joins it. */
    private static final Pattern LABEL_WITH_VALUE = Pattern.compile(".+[:：].+");
    /** A unit statement or its start: 金额单位, 金额单位:, 单位:元, 金额单位:万元. */
    private static final Pattern UNIT_STATEMENT_PART = Pattern.compile("^(?:金额)?单位[:：]?(?:万元|元|亿元|千元)?$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}[:：、.．]");
    private static final Pattern HAN1 = Pattern.compile("\\p{IsHan}");

    /** Spaced-out words joined, bracketed units joined to their label, wrapped labels joined. */
    static List<ColumnFit.Tok> glue(List<SpacedRows.Token> tokens) {
        List<ColumnFit.Tok> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SpacedRows.Token t = tokens.get(i);
            if (isHan1(t.text()) && i + 1 < tokens.size() && isHan1(tokens.get(i + 1).text()) && tokens.get(i + 1).gap() == 1) {
                StringBuilder b = new StringBuilder(t.text());
                int j = i + 1;
                while (j < tokens.size() && isHan1(tokens.get(j).text()) && tokens.get(j).gap() == 1) {
                    b.append(' ').append(tokens.get(j).text());
                    j++;
                }
                // two lone characters are one word only when they make a known one (地 区); else a wrapped
                // word's tail and the next one's head (地方资 金 其 他资金)
                String w = b.toString();
                if (j - i > 2 || SpacedRows.isLabel(w) || ColumnFit.isHeadingWord(w) || ColumnFit.category(w) != null || SpacedRows.stops(w)) {
                    out.add(new ColumnFit.Tok(w, t.column(), t.gap()));
                    i = j - 1;
                    continue;
                }
            }
            if (!out.isEmpty() && t.gap() <= 1 && i + 1 < tokens.size() && tokens.get(i + 1).gap() <= 1
                    && Rx.matches(UNIT_STATEMENT_PART, Text.key(t.text() + tokens.get(i + 1).text()))) {
                out.add(new ColumnFit.Tok(t.text(), t.column(), t.gap())); // 金额 单位:万元 starts here
                continue;
            }
            if (!out.isEmpty() && t.gap() == 1 && SpacedRows.isYear(out.get(out.size() - 1).text() + t.text())
                    && !SpacedRows.isYear(out.get(out.size() - 1).text())) {
                ColumnFit.Tok prev = out.get(out.size() - 1); // （2019 年度）: a year printed with a space
                out.set(out.size() - 1, new ColumnFit.Tok(prev.text() + " " + t.text(), prev.column(), prev.gap()));
                continue;
            }
            if (!out.isEmpty() && t.gap() == 1 && yearHeading(out.get(out.size() - 1).text(), t.text())) {
                ColumnFit.Tok prev = out.get(out.size() - 1); // 2025 年指标值: a year's value heading printed with a space
                out.set(out.size() - 1, new ColumnFit.Tok(prev.text() + " " + t.text(), prev.column(), prev.gap()));
                continue;
            }
            if (!out.isEmpty() && t.gap() == 1 && Text.key(out.get(out.size() - 1).text()).equals("指标")
                    && Rx.lookingAt(ITEM_NUMBER, Text.key(t.text()))) {
                ColumnFit.Tok prev = out.get(out.size() - 1); // 指标 1：参保人数: a numbered name printed with a space
                out.set(out.size() - 1, new ColumnFit.Tok(prev.text() + " " + t.text(), prev.column(), prev.gap()));
                continue;
            }
            if (!out.isEmpty() && t.gap() <= 1 && !numberedPrefix(tokens, i)) {
                ColumnFit.Tok prev = out.get(out.size() - 1);
                String joined = prev.text() + " " + t.text();
                if (Rx.matches(UNIT_STATEMENT_PART, Text.key(joined))
                        && ProjectBudgetRows.unitStatement(Text.key(prev.text())) == null) {
                    // a unit statement wrapped or spaced (金额 单位:元, 金额单位: 元) is one cell
                    out.set(out.size() - 1, new ColumnFit.Tok(joined, prev.column(), prev.gap()));
                    continue;
                }
                String k = Text.key(t.text());
                boolean bracket = k.startsWith("(") && k.endsWith(")") && k.length() <= 8 && !SpacedRows.isLabel(t.text())
                        && SpacedRows.isLabel(prev.text());
                if (bracket || !SpacedRows.isLabel(prev.text()) && !ColumnFit.isHeadingWord(prev.text())
                        && !Rx.matches(LABEL_WITH_VALUE, Text.key(prev.text()))
                        && (SpacedRows.isLabel(joined) || ColumnFit.isHeadingWord(joined) && Vocabulary.column(joined) != null
                        && !Rx.matches(SpacedRows.SENTENCE_END, Text.key(prev.text())) && !Rx.holdsDigitOnOneLine(Text.key(prev.text())))
                        // a header label's first half is short (地方 主管部门, 主 管预算部门), a value is not
                        && (!Vocabulary.isHeaderLabel(t.text()) || Text.key(prev.text()).length() == 1
                        || Vocabulary.isKnownHeaderLabel(joined)
                        && (!Vocabulary.isKnownHeaderLabel(t.text()) || Text.key(prev.text()).length() <= 2))
                        // a value before a label of its own (大安市 项目资金, 农村公路养护 年度资金总额) stays
                        // apart; a wrapped label's first half is short (年度 总体目标, 中央 补助资金)
                        && (Text.key(prev.text()).length() <= 2 || !strongLabel(t.text()) && !moneyLine(t.text()))
                        || t.gap() == 1 && wrapped(prev.text(), t.text(), joined,
                        i + 1 < tokens.size() && tokens.get(i + 1).gap() == 1 ? tokens.get(i + 1).text() : null)
                        || t.gap() == 1 && labelGoesOn(prev.text(), t.text(), joined)
                        || t.gap() == 1 && strongLabel(joined) && !strongLabel(t.text())
                        && (!strongLabel(prev.text()) || Text.key(prev.text()).length() <= 2)) {
                    out.set(out.size() - 1, new ColumnFit.Tok(joined, prev.column(), prev.gap()));
                    continue;
                }
            }
            out.add(new ColumnFit.Tok(t.text(), t.column(), t.gap()));
        }
        return out;
    }

    /**
     * Whether two tokens one space apart are the halves of one wrapped word: a category label
     * ({@code 产出 指标}, {@code 服务对象 满意度指标}, {@code 满 意度指标(10分)}: two labels never join into
     * a third), or a heading word whose second half names no column alone ({@code 单位 名称},
     * {@code 一级 指标}, where 指标 alone would be the lead column; {@code 指标 性质}, where 性质 alone
     * only resembles the operator column; {@code 三级 指标值} stays two).
     */
    private static boolean wrapped(String prev, String t, String joined, String next) {
        if (ColumnFit.category(joined) != null && !ColumnFit.isHeadingWord(prev)) {
            return true;
        }
        String k = Text.key(t);
        if (k.length() <= 3 && !Rx.holdsDigitOnOneLine(k) && !ColumnFit.isHeadingWord(t) && !SpacedRows.isLabel(t)
                && ColumnFit.category(t) == null && !ColumnFit.isUnit(t)
                && ColumnFit.isHeadingWord(prev) && ColumnFit.isHeadingWord(joined)
                && ColumnFit.role(prev) == ColumnFit.role(joined) && Vocabulary.column(prev) == Vocabulary.column(joined)
                && (next == null || !ColumnFit.isHeadingWord(t + next) && ColumnFit.category(t + next) == null
                && !SpacedRows.isLabel(t + next))) {
            return true; // a heading's last characters wrapped (指标方向 性, 改进措 施; not 三级指标 指 标性质)
        }
        // a wrapped heading's second half is short; a whole word after a heading (指标值 产出指标) is the next cell
        // 指标 after a whole heading (三级 指标 | 指标 性质) starts the next heading
        return k.length() <= 3 && ColumnFit.isHeadingWord(joined) && Vocabulary.column(joined) != null
                && (!SpacedRows.isLabel(t) || !SpacedRows.isLabel(prev) && !ColumnFit.isHeadingWord(prev))
                && (k.equals("指标") && !(Vocabulary.column(prev) != null && Text.key(prev).endsWith("指标"))
                || Vocabulary.column(t) == null && Vocabulary.column(prev) != Vocabulary.column(joined));
    }

    /**
     * A label no value is mistaken for: a known header label (项目名称, 资金使用单位), the money block's
     * label (项目资金（万元）), a goals label of four or more characters (年度目标; 体目标 is a tail).
     */
    private static boolean strongLabel(String token) {
        return Vocabulary.isKnownHeaderLabel(token) || MoneyVocabulary.isFundingLabel(token)
                || Vocabulary.isGoalsLabel(token) && Vocabulary.labelKey(token).length() >= 4;
    }

    /** A money line's label of four or more characters (年度资金总额, 中央补助; 资金 alone is a tail). */
    private static boolean moneyLine(String token) {
        return MoneyVocabulary.isMoneyLabel(token) && Vocabulary.labelKey(token).length() >= 4;
    }

    /**
     * Whether a label's wrapped tail follows it: a short word that is no label alone and makes the
     * label a longer one (年度资金 总额, 总体目标 完成情况).
     */
    private static boolean labelGoesOn(String prev, String t, String joined) {
        String k = Text.key(t);
        boolean shortTail = k.length() <= 3 || k.length() <= 4 && Vocabulary.isCompletionLabel(joined); // 总体目标 完成情况
        return shortTail && !Rx.holdsDigitOnOneLine(k) && SpacedRows.isLabel(prev) && !SpacedRows.isLabel(t) && SpacedRows.isLabel(joined)
                && (!ColumnFit.isHeadingWord(t) || Vocabulary.isCompletionLabel(joined)) && !ColumnFit.isUnit(t)
                && ColumnFit.category(t) == null;
    }

    /**
     * Whether token {@code i} is the 指标 of a numbered name's prefix printed with a space ({@code 指标 1：政策知晓率}): it
     * joins the number after it, never the word before it, though that word and 指标 make a label (a category label
     * wrapped one space before the name, {@code 服务对象满意度 指标 1：政策知晓率}: the label's 指标 is on the next line).
     */
    private static boolean numberedPrefix(List<SpacedRows.Token> tokens, int i) {
        return i + 1 < tokens.size() && Text.key(tokens.get(i).text()).equals("指标") && tokens.get(i + 1).gap() == 1
                && Rx.lookingAt(ITEM_NUMBER, Text.key(tokens.get(i + 1).text()));
    }

    private static boolean isHan1(String s) {
        String t = s.indexOf('<') >= 0 ? Text.stripTags(s).strip() : s; // <p>绩 效 目 标</p>
        return t.length() == 1 && Rx.matches(HAN1, t) && ColumnFit.isUnit(t) == false;
    }

    /**
     * Whether a year and the word after it make one heading of an indicator column (2025 | 年指标值: a two-year table's
     * 2025年指标值 | 2026年指标值, which pdftotext prints with a space between the digits and 年).
     */
    static boolean yearHeading(String year, String rest) {
        String y = Text.key(year);
        String r = Text.key(rest);
        return y.length() == 4 && y.chars().allMatch(Character::isDigit) && r.startsWith("年") && r.length() > 1
                && Vocabulary.column(y + r) != null;
    }
}
