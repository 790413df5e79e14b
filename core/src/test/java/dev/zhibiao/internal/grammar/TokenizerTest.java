package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tokens of a value: quantities with their canonical units, dates, vocabulary words and text
 * runs, as {@link Token#toString()} prints them. A number ends where a unit, a date or a word
 * begins; what is none of them is text.
 */
class TokenizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\u0000', value = {
        "≥299.68万人 => [WORD(≥), QTY(2996800.00 人)]",
        "by 12月底 => [WORD(by), DATE(by 12月底)]",
        "by12月 => [WORD(by), DATE(by 12月)]",
        "≥90%（含90%） => [WORD(≥), QTY(90 %), WORD((含))]",
        "90(含本数) => [QTY(90), WORD((含))]",
        "(含 => [TEXT[0,2)]",
        "≥-5 => [WORD(≥), QTY(-5)]",
        "5-3 => [QTY(5), WORD(-), QTY(3)]",
        "-5 => [QTY(-5)]",
        "≥ -5 => [WORD(≥), QTY(-5)]",
        "百分之九十五 => [QTY(95 %)]",
        "三成 => [QTY(30 %)]",
        "七五折 => [QTY(75 %)]",
        "6个百分点 => [QTY(6 百分点)]",
        "2个百分点 => [QTY(2 百分点)]",
        "1.5万人次 => [QTY(15000.0 人次)]",
        "3个工作日 => [QTY(3 工作日)]",
        "480元/人.天 => [QTY(480 元/人·天)]",
        "20000元/人/年 => [QTY(20000 元/人/年)]",
        "1次/年 => [QTY(1 次/年)]",
        "5kg => [QTY(5 kg)]",
        "2019年12月31日前 => [DATE(by 2019年12月31日)]",
        "2019-12-31 => [DATE(by 2019年12月31日)]",
        "2020-06-30 => [DATE(by 2020年6月30日)]",
        "2023.12 => [DATE(by 2023年12月)]",
        "2023.12.31 => [DATE(by 2023年12月31日)]",
        "12月底前 => [DATE(by 12月底)]",
        "十二月中旬 => [DATE(by 12月中)]",
        "7月份 => [DATE(by 7月)]",
        "3年 => [QTY(3 年)]",
        "2019年 => [DATE(by 2019年)]",
        "2200年 => [QTY(2200 年)]",
        "12月31日 => [DATE(by 12月31日)]",
        "0月 => [QTY(0 月)]",
        "13月 => [QTY(13 月)]",
        "上半年 => [DATE(by 6月底)]",
        "年底前 => [DATE(by 12月底)]",
        "1打 => [QTY(12)]",
        "较上年提高 => [WORD(较), WORD(上年), WORD(提高)]",
        "成年人≥270元;儿童≥200元 => [TEXT[0,3), WORD(≥), QTY(270 元), WORD(;), TEXT[9,11), WORD(≥), QTY(200 元)]",
        "城镇：≥95% => [TEXT[0,2), WORD(:), WORD(≥), QTY(95 %)]",
        "6-9个月 => [QTY(6), WORD(-), QTY(9 月)]",
        "6至9 => [QTY(6), WORD(至), QTY(9)]",
        "≥80%且≤100% => [WORD(≥), QTY(80 %), WORD(且), WORD(≤), QTY(100 %)]",
        "=100.00(%) => [WORD(=), QTY(100.00 %)]",
        "≥3(个) => [WORD(≥), QTY(3 个)]",
        "90%以上 => [QTY(90 %), WORD(以上)]",
        "5天以内 => [QTY(5 天), WORD(以内)]",
        "abc => [TEXT[0,3)]",
        "元 => [TEXT[0,1)]",
        "≥80且≤100% => [WORD(≥), QTY(80), WORD(且), WORD(≤), QTY(100 %)]",
        "≥80且≤100 => [WORD(≥), QTY(80), WORD(且), WORD(≤), QTY(100)]",
        "80且 => [QTY(80), WORD(且)]",
        // dates: separated forms, their year bounds and field widths, what may follow them
        "2019-1 => [DATE(by 2019年1月)]",
        "2019-01-01 => [DATE(by 2019年1月1日)]",
        "1900-01-01 => [DATE(by 1900年1月1日)]",
        "2100-12-31 => [DATE(by 2100年12月31日)]",
        "1899-12-31 => [QTY(1899), WORD(-), QTY(12), WORD(-), QTY(31)]",
        "2101-01-01 => [QTY(2101), WORD(-), QTY(1), WORD(-), QTY(1)]",
        "2019_12_31 => [QTY(2019), TEXT[4,5), QTY(12), TEXT[7,8), QTY(31)]",
        "2019-010 => [QTY(2019), WORD(-), QTY(10)]",
        "2019-12-001 => [QTY(2019), WORD(-), QTY(12), WORD(-), QTY(1)]",
        "2019-12-31前 => [DATE(by 2019年12月31日)]",
        "2019-12-x => [QTY(2019), WORD(-), QTY(12), WORD(-), TEXT[8,9)]",
        "2019-xx => [QTY(2019), WORD(-), TEXT[5,7)]",
        "2019-06前 => [DATE(by 2019年6月)]",
        "2019-06份 => [DATE(by 2019年6月)]",
        "2019.12底 => [DATE(by 2019年12月底)]",
        "2019.5 => [QTY(2019.5)]",
        // dates with 年: bounds, 度, 底 末 初, a month that is no month
        "1900年 => [DATE(by 1900年)]",
        "2100年 => [DATE(by 2100年)]",
        "1899年 => [QTY(1899 年)]",
        "2101年 => [QTY(2101 年)]",
        "19年 => [QTY(19 年)]",
        "2019年度 => [DATE(by 2019年)]",
        "2019年底 => [DATE(by 2019年12月底)]",
        "2019年末 => [DATE(by 2019年12月底)]",
        "2019年初 => [DATE(by 2019年1月初)]",
        "2019年中 => [DATE(by 2019年), TEXT[5,6)]",
        "2019年1月1日 => [DATE(by 2019年1月1日)]",
        "2019年0月 => [QTY(2019 年), QTY(0 月)]",
        "2019年13月 => [QTY(2019 年), QTY(13 月)]",
        "2019年1.5月 => [DATE(by 2019年), QTY(1.5 月)]",
        "2019年100000月 => [DATE(by 2019年), QTY(100000 月)]",
        "1月 => [DATE(by 1月)]",
        "1.5月 => [QTY(1.5 月)]",
        "12月32日 => [QTY(12 月), QTY(32 日)]",
        "12月0日 => [QTY(12 月), QTY(0 日)]",
        // units: a measure word alone or before a unit, compound units and their joins, the
        // longest known unit a run starts with, short unknown units after Arabic numbers
        "3个 => [QTY(3 个)]",
        "5个人 => [QTY(5 人)]",
        "三个 => [QTY(3 个)]",
        "3个abcdefghi => [QTY(3 个), TEXT[2,11)]",
        "3元·天 => [QTY(3 元·天)]",
        "3元· => [QTY(3 元), TEXT[2,3)]",
        "3元·5 => [QTY(3 元), TEXT[2,3), QTY(5)]",
        "3·元 => [QTY(3), TEXT[1,3)]",
        "3人以上 => [QTY(3 人), WORD(以上)]",
        "3kg5 => [QTY(3 kg5)]",
        "3m2 => [QTY(3 m2)]",
        "3ab/cd => [QTY(3 ab/cd)]",
        "3元/abc => [QTY(3 元/abc)]",
        "3元/abcd => [QTY(3 元), TEXT[2,7)]",
        "100人参加 => [QTY(100 人), TEXT[4,6)]",
        "3abc => [QTY(3 abc)]",
        "3abcd => [QTY(3), TEXT[1,5)]",
        "3ab/cd/ef => [QTY(3 ab/cd/ef)]",
        "3ab/cd/efg => [QTY(3), TEXT[1,10)]",
        "三abc => [TEXT[0,4)]",
        "一般 => [TEXT[0,2)]",
        "3E+ => [QTY(3), TEXT[1,3)]",
        "3e+5 => [QTY(300000)]",
        "3Ex => [QTY(3 Ex)]",
        "3kx => [QTY(3 kx)]",
        "3千米 => [QTY(3 千米)]",
        "3十 => [QTY(30)]",
        // a join before a range word, a measure word before a word or a numeral, k and e after a
        // Chinese numeral (no unit: 三k is not 3000, 三e5 no exponent)
        "3元·以上 => [QTY(3 元), TEXT[2,3), WORD(以上)]",
        "3个以上 => [QTY(3 个), WORD(以上)]",
        "3个十 => [QTY(3 个), QTY(10)]",
        "三k => [QTY(3), TEXT[1,2)]",
        "三K => [QTY(3), TEXT[1,2)]",
        "三e5 => [QTY(3), TEXT[1,2), QTY(5)]",
        "三E => [TEXT[0,2)]",
        "三kg => [TEXT[0,3)]",
        // units in brackets: a percent sign or a known unit, closed, at the end or before a word
        "3(%) => [QTY(3 %)]",
        "3(‰) => [QTY(3 ‰)]",
        "3(元) => [QTY(3 元)]",
        "3(元)以上 => [QTY(3 元), WORD(以上)]",
        "3(城镇) => [QTY(3), TEXT[1,5)]",
        "3(元 => [QTY(3), TEXT[1,3)]",
        "3(元)x => [QTY(3), TEXT[1,5)]",
        "3(元] => [QTY(3), TEXT[1,4)]",
        "3( => [QTY(3), TEXT[1,2)]",
        // percent forms: 半成 半折, 成 and 折 only at the end of a quantity, a digit after 成
        "半成 => [QTY(5 %)]",
        "半折 => [QTY(50 %)]",
        "半% => [TEXT[0,2)]",
        "半个百分点 => [TEXT[0,5)]",
        "半 => [TEXT[0,1)]",
        "七成六 => [QTY(76 %)]",
        "七成6 => [QTY(76 %)]",
        "三成半 => [QTY(35 %)]",
        "三成五 => [QTY(35 %)]",
        "三成以上 => [QTY(30 %), WORD(以上)]",
        "三成人 => [QTY(3), TEXT[1,3)]",
        "三成a => [QTY(30 %), TEXT[2,3)]",
        "10折 => [QTY(10 %)]",
        "9.5折 => [QTY(95.0 %)]",
        "6百分点 => [QTY(6 百分点)]",
        // a minus sign before no number; by as a word of its own, not the start of one
        "- => [WORD(-)]",
        "-x => [WORD(-), TEXT[1,2)]",
        "by => [WORD(by)]",
        "by5 => [WORD(by), QTY(5)]",
        "bx => [TEXT[0,2)]",
        // (含...) closes within twelve characters
        "90(含本数本数本数本数) => [QTY(90), WORD((含))]",
        "90(含本数本数本数本数本) => [QTY(90), WORD((含))]",
        "90(含本数本数本数本数本数) => [QTY(90), TEXT[2,15)]",
    })
    void tokens(String value, String tokens) {
        assertEquals(tokens, Tokenizer.tokens(Fold.of(value)).toString());
    }

    /**
     * A date read from a text that ends where the date ends (the arrays of {@link Fold} have room
     * after the text; these have none, so a rule that looks past the end fails).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\u0000', value = {
        "12 => null",
        "2019-12 => DATE(by 2019年12月) 7",
        "2019-1 => DATE(by 2019年1月) 6",
        "2019-12-3 => DATE(by 2019年12月3日) 9",
        "2019-12-31 => DATE(by 2019年12月31日) 10",
        "2019.12底 => DATE(by 2019年12月底) 8",
        "2019-06份 => DATE(by 2019年6月) 8",
        "2019年 => DATE(by 2019年) 5 bare",
        "2019年度 => DATE(by 2019年) 6 bare",
        "2019年12 => DATE(by 2019年) 5 bare",
        "2019年12月 => DATE(by 2019年12月) 8",
        "2019年底 => DATE(by 2019年12月底) 6",
        "12月 => DATE(by 12月) 3 bare",
        "1月 => DATE(by 1月) 2 bare",
        "12月31 => DATE(by 12月) 3 bare",
        "12月31日 => DATE(by 12月31日) 6",
        "12月前 => DATE(by 12月) 4",
        "年底 => DATE(by 12月底) 2",
    })
    void datesAtTheEndOfTheText(String value, String expected) {
        char[] c = value.toCharArray();
        Token t = Tokenizer.date(c, 0, c.length);
        assertEquals(expected, t == null ? "null" : t + " " + t.to + (t.monthOnly ? " bare" : ""));
    }

    /** A quantity read from a text that ends where it ends (as {@link #datesAtTheEndOfTheText}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\u0000', value = {
        "5 => QTY(5) 1",
        "三成 => QTY(30 %) 2",
        "七成六 => QTY(76 %) 3",
        "半成 => QTY(5 %) 2",
        "半 => null",
        "- => null",
        "-x => null",
        "3(元) => QTY(3 元) 4",
        "3( => QTY(3) 1",
        "3(% => QTY(3) 1",
        "3个 => QTY(3 个) 2",
        "3元· => QTY(3 元) 2",
    })
    void quantitiesAtTheEndOfTheText(String value, String expected) {
        char[] c = value.toCharArray();
        Token t = Tokenizer.quantity(c, 0, c.length, true);
        assertEquals(expected, t == null ? "null" : t + " " + t.to);
    }

    @Test
    void quantityAlone() {
        char[] c = "1万人".toCharArray();
        Token q = Tokenizer.quantity(c, 0, c.length, true);
        assertEquals("QTY(10000 人)", q.toString());
        assertEquals(3, q.to);
        assertEquals(0, q.factor.compareTo(new java.math.BigDecimal(10000)));
        assertTrue(q.chinese); // 万 is a Chinese numeral
        char[] m = "-5".toCharArray();
        assertEquals("QTY(-5)", Tokenizer.quantity(m, 0, 2, true).toString());
        assertEquals(null, Tokenizer.quantity(m, 0, 2, false));
        char[] z = "五人".toCharArray();
        assertTrue(Tokenizer.quantity(z, 0, 2, true).chinese);
    }

    @Test
    void knownUnits() {
        assertTrue(Tokenizer.known("人"));
        assertTrue(Tokenizer.known("元/人"));
        assertTrue(Tokenizer.known("元/人·天"));
        assertFalse(Tokenizer.known("元/"));
        assertFalse(Tokenizer.known("/人"));
        assertFalse(Tokenizer.known("元//人"));
        assertFalse(Tokenizer.known("元/某"));
        assertFalse(Tokenizer.known("某"));
        assertTrue(Tokenizer.isHan('人'));
        assertTrue(Tokenizer.isHan('\u3400'));
        assertTrue(Tokenizer.isHan('\uf900'));
        assertFalse(Tokenizer.isHan('a'));
        assertFalse(Tokenizer.isHan('\u3000'));
        assertTrue(Tokenizer.isAsciiLetter('z'));
        assertTrue(Tokenizer.isAsciiLetter('A'));
        assertFalse(Tokenizer.isAsciiLetter('0'));
        assertFalse(Tokenizer.isAsciiLetter('['));
        // the ends of each range
        assertTrue(Tokenizer.isHan('\u4e00'));
        assertTrue(Tokenizer.isHan('\u9fff'));
        assertTrue(Tokenizer.isHan('\u4dbf'));
        assertTrue(Tokenizer.isHan('\ufaff'));
        assertFalse(Tokenizer.isHan('\u4dc0'));
        assertFalse(Tokenizer.isHan('\u33ff'));
        assertFalse(Tokenizer.isHan('\uf8ff'));
        assertFalse(Tokenizer.isHan('\ufb00'));
        assertFalse(Tokenizer.isHan('\ua000'));
        assertTrue(Tokenizer.isAsciiLetter('a'));
        assertTrue(Tokenizer.isAsciiLetter('Z'));
        assertFalse(Tokenizer.isAsciiLetter('`'));
        assertFalse(Tokenizer.isAsciiLetter('{'));
        assertFalse(Tokenizer.isAsciiLetter('@'));
    }
}
