package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;

/**
 * A numbered name whose word 指标 is one character off and whose colon the engine read as a digit
 * glued to the number ({@code 模标35 地方财政补助资金人均补助标准}: 指标3: read as 模标35), on a printed line of
 * a sheet that numbers its indicators. Read as {@code 模标35}, the line's number is 35 and
 * {@link PrintedNumbers#renumbered} (which asks for the number the sheet's order expects there, the one
 * above plus one) let it be joined to the name above as its continuation. This pattern gives
 * renumbered the first digit as the number when a second digit follows it glued and then white space
 * before the name: renumbered still asks that digit to be the expected number and the word to be
 * misread (or a speck before it), so a true two-digit number in the sheet's order (指标12 after
 * 指标11) is read by the other patterns, never cut here. Groups as renumbered's other patterns: 1 the
 * speck before, 2 the word, 3 the number.
 */
final class NumberColonDigit {
    private NumberColonDigit() {
    }

    /** The word one off 指标 (or 指标 after a speck), one digit, a digit glued to it (the colon), white space. */
    static final LazyPattern PATTERN = new LazyPattern(
            "^(\\S{1,3}\\s+)?(指标|[^\\s\\d指]标|指[^\\s\\d标])\\s*([0-9])[0-9](?=\\s+[^\\s\\d])\\s*");
}
