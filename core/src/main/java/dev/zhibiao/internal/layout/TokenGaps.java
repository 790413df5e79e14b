package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the gap before a token of a laid-out line says of it (a date's pieces, a clause after a separator, a Latin word
 * beside Chinese, a unit or a character printed apart): the split's ({@link ColumnFit#split}) tests on single tokens;
 * moved out of {@link ColumnFit} unchanged.
 */
final class TokenGaps {
    private TokenGaps() {
    }

    private static final Pattern DATE_NUMBER = Pattern.compile("[0-9０-９]{1,4}");
    private static final Pattern DATE_WORD_START = Pattern.compile("^[年月日号]");
    private static final Pattern DATE_WORD_END = Pattern.compile("[年月]$");
    /** A numbered name's prefix ({@code 指标1：}), which {@link SpacedWords#glue} joins to the name's first word. */
    private static final Pattern NUMBERED_PREFIX = Pattern.compile("^指标\\d{1,2}[:：]");

    /**
     * Two tokens of one date printed with the gap a typesetter leaves between Chinese and digits
     * ({@code 2019 年 12 月 31 日前中央财政…}, which {@code pdftotext -layout} gives as spaces): a number
     * and the 年/月/日 after it, or a 年/月 and the number after it. A cell never starts inside a date
     * (the 12 月 31 日前 of a name read as a deadline value). A number after a numbered name's prefix is the
     * name's first word ({@code 指标 1：2019 年 12 月 31 日前中央财}, LibreOffice's print of a numbered name).
     */
    static boolean datePiece(String prev, String token) {
        String a = Rx.replaceFirst(NUMBERED_PREFIX, Text.key(prev), "");
        String b = Text.key(token);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return Rx.matches(DATE_NUMBER, a) && Rx.lookingAt(DATE_WORD_START, b)
                || Rx.find(DATE_WORD_END, a) && Rx.matches(DATE_NUMBER, b);
    }

    /**
     * What a cell starting inside a date costs ({@link #insideDate}): more than any run's best fit in a value column
     * gains over leaving that column empty, so a deadline read out of a name's words ({@code 指标 1：2019 年 | 12 月
     * 31 日前中央财}, the value printed on the next line) never pays; a unit cut from its number costs -3.
     */
    static final double DATE_CUT = -6;

    /**
     * Whether token {@code i} is a date's piece printed one space after the piece before it: the 年/月/日 after its number
     * ({@code 2019 | 年}), or the number after a 年/月 that follows a number of its own ({@code 2019 年 | 12}); not a number
     * after a word that merely ends in 年 ({@code 不低于上年 | 10}, a value and the points after it).
     */
    static boolean insideDate(List<ColumnFit.Tok> toks, int i) {
        if (i == 0 || toks.get(i).gap() != 1) {
            return false;
        }
        String a = Rx.replaceFirst(NUMBERED_PREFIX, Text.key(toks.get(i - 1).text()), "");
        String b = Text.key(toks.get(i).text());
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (Rx.matches(DATE_NUMBER, a)) {
            return Rx.lookingAt(DATE_WORD_START, b);
        }
        boolean numberBefore = a.length() >= 2 && ColumnFit.isDigit(a.charAt(a.length() - 2))
                || a.length() == 1 && i >= 2 && toks.get(i - 1).gap() == 1
                && Rx.matches(DATE_NUMBER, Rx.replaceFirst(NUMBERED_PREFIX, Text.key(toks.get(i - 2).text()), ""));
        return numberBefore && Rx.find(DATE_WORD_END, a) && Rx.matches(DATE_NUMBER, b);
    }

    /**
     * A clause of a cell's text after the separator that ends the token before it, one space on
     * ({@code 开展门诊统筹, 实行个人账户}, {@code 成年人≥270 元; 大中小}): the cell goes on; only a run of
     * spaces may end a cell there.
     */
    static boolean continued(ColumnFit.Tok prev, ColumnFit.Tok token) {
        return token.gap() < 2 && Rx.matches(ColumnFit.CONTINUES, prev.text());
    }

    /**
     * A Latin word one space from a Chinese character ({@code 推行医保支付方式改革和 DRG}, {@code DRG 试点}): the gap a
     * typesetter leaves between Chinese and Latin letters, which {@code pdftotext -layout} prints as a space, inside
     * one cell's text; a cell starting there costs as one cut from its word.
     */
    static boolean latinGap(ColumnFit.Tok prev, ColumnFit.Tok token) {
        if (token.gap() != 1 || prev.text().isEmpty() || token.text().isEmpty()) {
            return false;
        }
        int last = prev.text().codePointBefore(prev.text().length());
        int first = token.text().codePointAt(0);
        return Text.isWide(last) && isLatinLetter(first) || isLatinLetter(last) && Text.isWide(first) && Character.isIdeographic(first);
    }

    private static boolean isLatinLetter(int cp) {
        return cp < 128 && Character.isLetter(cp);
    }

    /**
     * A bracketed unit alone ({@code （%）}, {@code (元)}) printed a run of spaces after the token before it, in aligned
     * text: a line of a cell of its own (a wrapped name's last line centred under it), not the end of the token before
     * (the last character of a label wrapped beside it, {@code 服务对象满意度指 / 标 （%）}). Printed one space on it
     * still belongs to the word before it.
     */
    static boolean apartUnit(ColumnFit.Tok token) {
        String k = Text.key(token.text());
        return token.gap() >= 2 && k.length() <= 8 && k.startsWith("(") && k.endsWith(")");
    }

    /**
     * A Chinese character printed alone, a run of spaces from the token before it (or first on its line) and not after a
     * token ending in a digit, in aligned text: the last character of a word wrapped under it ({@code 度指标    度}: a name's 度 under
     * 保护区管理机构满意), not a unit cut from its number, which {@code pdftotext -layout} prints one space from the
     * number ({@code ≥300 人次}). It is no fragment there, though it names a unit (度, 次, 元).
     */
    static boolean loneCharacter(List<ColumnFit.Tok> toks, int i) {
        ColumnFit.Tok t = toks.get(i);
        String k = Text.key(t.text());
        if (k.codePointCount(0, k.length()) != 1 || !Character.isIdeographic(k.codePointAt(0))) {
            return false;
        }
        String prev = i == 0 ? "" : Text.key(toks.get(i - 1).text());
        return i == 0 || t.gap() >= 2 && !prev.isEmpty() && !ColumnFit.isDigit(prev.charAt(prev.length() - 1));
    }

    /** A percent sign alone, or with the bracket closing it ({@code %}, {@code %)}; a whole bracketed unit is {@link #apartUnit}'s). */
    private static final Pattern PERCENT_ALONE = Pattern.compile("%\\)?");

    /**
     * A percent sign alone ({@code %}, {@code %)}) first on its line or a run of spaces from the token before it, in
     * aligned text: the last line of a value wrapped in a narrow column ({@code ≥95} / {@code %} above and below the
     * completed value {@code ≥95%} printed on the row's middle line), a line of a cell of its own, not a fragment of the
     * token before it. {@code pdftotext -layout} prints a unit cut from its number one space on ({@code ≥300 人次}).
     */
    static boolean apartPercent(List<ColumnFit.Tok> toks, int i) {
        ColumnFit.Tok t = toks.get(i);
        return (i == 0 || t.gap() >= 2) && Rx.matches(PERCENT_ALONE, Text.key(t.text()));
    }

    /**
     * A unit word alone, two Chinese characters or more ({@code 人次}, {@code 万元}; not a bracketed unit, which
     * {@link #apartUnit} reads), first on its line or a run of spaces from a token
     * that ends in no digit, in aligned text: the last line of a value wrapped in a narrow column ({@code ≥300} / {@code 人次}
     * under it, the value's cell lines), a line of a cell of its own, not a fragment to be joined to the text printed
     * after it in the next column ({@code 人次      政策}: 政策 the basis column's). {@code pdftotext -layout} prints a
     * unit cut from its number one space on ({@code ≥300 人次}); a lone character is {@link #loneCharacter}'s.
     */
    static boolean apartUnitLine(List<ColumnFit.Tok> toks, int i) {
        ColumnFit.Tok t = toks.get(i);
        String k = Text.key(t.text());
        if (k.codePointCount(0, k.length()) < 2 || !k.codePoints().allMatch(Character::isIdeographic) || !ColumnFit.isUnit(k)) {
            return false;
        }
        String prev = i == 0 ? "" : Text.key(toks.get(i - 1).text());
        return i == 0 || t.gap() >= 2 && !prev.isEmpty() && !ColumnFit.isDigit(prev.charAt(prev.length() - 1));
    }
}
