package dev.zhibiao.internal.grammar;

import dev.zhibiao.Target;
import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import java.math.BigDecimal;

/**
 * One token of a folded value: a quantity, a date, a vocabulary word or a run of other text.
 * Positions are in the folded text ({@link Fold}).
 */
final class Token {
    /** The token types the rules see. */
    enum Type {
        /** A number with its unit: {@code 299.68万人}, {@code 百分之九十五}. */
        QTY,
        /** A date: {@code 12月底前}, {@code 2019年12月31日}. */
        DATE,
        /** One or more vocabulary words at this place (see {@link #entries}). */
        WORD,
        /** Text that is none of the above. */
        TEXT
    }

    final Type type;
    final int from;
    int to;
    /** QTY: the value, sign and multipliers applied. */
    BigDecimal value;
    /** QTY: the canonical unit or null. */
    String unit;
    /** QTY: the multiplier the number ends with (万, 成), shared with the lower end of a range. */
    BigDecimal factor = BigDecimal.ONE;
    /** QTY: written with Chinese numerals. */
    boolean chinese;
    /** QTY: 余 or 多 after the number says more than it ({@code 3000余人次}, {@code 十余万人}). */
    boolean more;
    /** DATE: the deadline. */
    Target.Deadline date;
    /** DATE: a bare {@code N月} or {@code YYYY年} that may also be read as a number of months or years. */
    boolean monthOnly;
    /** WORD: the entries of the vocabulary words matched here. */
    Entry[] entries;

    Token(Type type, int from, int to) {
        this.type = type;
        this.from = from;
        this.to = to;
    }

    /** @return whether this is a word of that kind */
    boolean is(Kind kind) {
        return entry(kind) != null;
    }

    /** @return the entry of that kind, or null */
    Entry entry(Kind kind) {
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.kind() == kind) {
                return e;
            }
        }
        return null;
    }

    /** @return whether a number can be read from this token (a quantity, or a bare month) */
    boolean numeric() {
        return type == Type.QTY || (type == Type.DATE && monthOnly);
    }

    @Override
    public String toString() {
        return switch (type) {
            case QTY -> "QTY(" + value.toPlainString() + (unit == null ? "" : " " + unit) + ")";
            case DATE -> "DATE(" + date + ")";
            case WORD -> "WORD(" + entries[0].word() + ")";
            case TEXT -> "TEXT[" + from + "," + to + ")";
        };
    }
}
