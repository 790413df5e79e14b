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
    })
    void tokens(String value, String tokens) {
        assertEquals(tokens, Tokenizer.tokens(Fold.of(value)).toString());
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
    }
}
