package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One number read from folded text: its value, where it ends, and what it says about itself
 * (Chinese numerals, a leading digit, a percent fraction, the multiplier it ends with).
 */
class NumbersTest {

    private static Numbers.Read read(String s) {
        char[] c = s.toCharArray();
        return Numbers.read(c, 0, c.length);
    }

    /** text | value | characters read | chinese | leading digit | factor */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "90|90|2|false|true|1",
        "90%|90|2|false|true|1",
        "1,234.5元|1234.5|7|false|true|1",
        "1,234,567|1234567|9|false|true|1",
        "1,23|1|1|false|true|1",
        "12,3456|12|2|false|true|1",
        ".5|0.5|2|false|true|1",
        "2e5|200000|3|false|true|1",
        "2E-1|0.2|4|false|true|1",
        "2e5x|2|1|false|true|1",
        "2e|2|1|false|true|1",
        "2^5|32|3|false|true|1",
        "2^-1|0.5|4|false|true|1",
        "2^--1|2|5|false|true|1",
        "0^-1|0|4|false|true|1",
        "2^|2|1|false|true|1",
        "40k|40000|3|false|true|1",
        "40K|40000|3|false|true|1",
        "40kg|40|2|false|true|1",
        "3/2|1.5|3|false|true|1",
        "3/0|3|1|false|true|1",
        "3/2/1|3|1|false|true|1",
        "3/2.5|3|1|false|true|1",
        "3/|3|1|false|true|1",
        "一千零一|1001|4|true|true|1",
        "十五|15|2|true|false|1",
        "百|100|1|true|false|1",
        "万|10000|1|true|false|10000",
        "五万|50000|2|true|true|10000",
        "5万|50000|2|true|true|10000",
        "5万4千6百|54600|6|true|true|1",
        "一万三|13000|3|true|true|1",
        "一万零三|10003|4|true|true|1",
        "十三|13|2|true|false|1",
        "一百二|120|3|true|true|1",
        "两千四百五|2450|5|true|true|1",
        "二〇一九|2019|4|true|true|1",
        "一二三|123|3|true|true|1",
        "1二|1|1|false|true|1",
        "4.78万亿|4780000000000|6|true|true|1000000000000",
        "1亿万|1000000000000|3|true|true|1000000000000",
        "零点五|0.5|3|true|true|1",
        "三点一四|3.14|4|true|true|1",
        "3点|3|1|false|true|1",
        "三点x|3|1|true|true|1",
        "1.5点5|1.5|3|false|true|1",
        "十余万|100000|3|true|false|10000",
        "十余|10|2|true|false|1",
        "十余x|10|1|true|false|1",
        "半打|0|0|true|false|1", // 半 before no unit
        "几万|0|0|false|false|1", // 几 (an unknown digit) starts no number
        "几十|0|0|false|false|1",
        "二十几万|200000|4|true|true|10000",
        "1打|12|2|true|true|1",
        "1打x|1|1|false|true|1",
        "两|2|1|true|true|1",
        "半百|50|2|true|false|1",
        "半|0|0|true|false|1",
        // the ends of the text (these arrays hold nothing after it): a dot, a separator, an exponent sign,
        // a slash before no digit
        ".|0|0|false|false|1",
        "1.|1|1|false|true|1",
        "1,00|1|1|false|true|1",
        "2e+|2|1|false|true|1",
        "3/x|3|1|false|true|1",
        // exponents after ^ have at most three digits; at most four tails after one number
        "2^1000|1267650600228229401496703205376|5|false|true|1",
        "2^1^1^1^1|2|9|false|true|1",
        "2^1^1^1^1^1|2|9|false|true|1",
        "2^3k|8000|4|false|true|1",
        // k is a thousand only when no ASCII letter follows it
        "40ka|40|2|false|true|1",
        "40kz|40|2|false|true|1",
        "40kA|40|2|false|true|1",
        "40kZ|40|2|false|true|1",
        "40k人|40000|3|false|true|1",
        "40k@|40000|3|false|true|1",
        "40k[|40000|3|false|true|1",
        "40k`|40000|3|false|true|1",
        "40k{|40000|3|false|true|1",
        // 半 before a unit that is a measure (千米), or after a digit, is no half
        "半千米|0|0|true|false|1",
        "三半万|3|1|true|true|1",
        // a smaller big unit after a larger one adds to it
        "一亿二千万|120000000|5|true|true|10000",
        // a Chinese decimal point before Arabic digits, and big units after the decimals
        "三点14|3.14|4|true|true|1",
        "三点五万|35000|4|true|true|10000",
        "三点五万亿|3500000000000|5|true|true|1000000000000",
    })
    void reads(String text, String value, int end, boolean chinese, boolean leadingDigit, String factor) {
        Numbers.Read r = read(text);
        if (end == 0) {
            assertNull(r, text);
            return;
        }
        assertEquals(0, new BigDecimal(value).compareTo(r.value), text + " value " + r.value);
        assertEquals(end, r.end, text + " end");
        assertEquals(chinese, r.chinese, text + " chinese");
        assertEquals(leadingDigit, r.leadingDigit, text + " leading digit");
        assertEquals(0, new BigDecimal(factor).compareTo(r.factor), text + " factor " + r.factor);
        assertFalse(r.percent, text);
    }

    /** text | value | unit | end */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "百分之九十五|95|%|6",
        "千分之五|5|‰|4",
        "万分之三|0.03|%|4",
        "百分之五十五点五|55.5|%|8",
    })
    void percentFractions(String text, String value, String unit, int end) {
        Numbers.Read r = read(text);
        assertTrue(r.percent, text);
        assertEquals(unit, r.percentUnit);
        assertEquals(0, new BigDecimal(value).compareTo(r.value), text + " " + r.value);
        assertEquals(end, r.end);
        assertTrue(r.chinese);
    }

    @Test
    void fractionsThatAreNotPercents() {
        Numbers.Read r = read("五分之一");
        assertFalse(r.percent);
        assertEquals(0, new BigDecimal("0.2").compareTo(r.value));
        assertEquals(4, r.end);
        assertTrue(r.chinese);
        assertTrue(r.leadingDigit); // 五 is a digit: only 百分之, 千分之 ... are percents
        Numbers.Read d = read("100分之5"); // written with a digit: a fraction, not a percent
        assertFalse(d.percent);
        assertEquals(0, new BigDecimal("0.05").compareTo(d.value));
        assertTrue(d.leadingDigit);
        Numbers.Read z = read("0分之1"); // over zero: the number before it alone
        assertEquals(0, BigDecimal.ZERO.compareTo(z.value));
        assertEquals(1, z.end);
        Numbers.Read odd = read("百二十分之一"); // a denominator of 120: no power of ten, no percent
        assertFalse(odd.percent);
        assertEquals(0, BigDecimal.ONE.divide(new BigDecimal(120), java.math.MathContext.DECIMAL128).compareTo(odd.value));
        Numbers.Read open = read("五分之"); // nothing after 分之
        assertEquals(0, new BigDecimal("5").compareTo(open.value));
        assertEquals(1, open.end);
    }

    @Test
    void mixedFractions() {
        Numbers.Read r = read("三百五又三分之一");
        assertEquals(0, new BigDecimal("350.3333333333333333333333333333333").compareTo(r.value.setScale(31, java.math.RoundingMode.DOWN)));
        assertEquals(8, r.end);
        Numbers.Read five = read("5又2分之1");
        assertEquals(0, new BigDecimal("5.5").compareTo(five.value));
        assertEquals(6, five.end);
        assertTrue(five.chinese);
        assertEquals(0, BigDecimal.ONE.compareTo(five.factor));
        Numbers.Read zero = read("3又0分之1");
        assertEquals(0, new BigDecimal("3").compareTo(zero.value));
        assertEquals(1, zero.end);
        Numbers.Read bare = read("3又");
        assertEquals(1, bare.end);
        Numbers.Read noFraction = read("3又2");
        assertEquals(1, noFraction.end);
        Numbers.Read noNumerator = read("3又2分之");
        assertEquals(1, noNumerator.end);
    }

    @Test
    void startsAndLimits() {
        assertTrue(Numbers.starts("9".toCharArray(), 0, 1));
        assertTrue(Numbers.starts(".5".toCharArray(), 0, 2));
        assertFalse(Numbers.starts(".x".toCharArray(), 0, 2));
        assertFalse(Numbers.starts(".".toCharArray(), 0, 1));
        assertTrue(Numbers.starts("五".toCharArray(), 0, 1));
        assertFalse(Numbers.starts("元".toCharArray(), 0, 1));
        assertNull(read("元"));
        assertNull(read("x"));
        assertTrue(Numbers.isDigit('0'));
        assertTrue(Numbers.isDigit('9'));
        assertFalse(Numbers.isDigit('/'));
        assertFalse(Numbers.isDigit(':'));
        // at most MAX_CHARS characters make one number
        Numbers.Read r = read("1".repeat(60));
        assertEquals(Numbers.MAX_CHARS, r.end);
        assertEquals(0, new BigDecimal("1".repeat(Numbers.MAX_CHARS)).compareTo(r.value));
        // a number that starts after the beginning of the text
        char[] sep = "约1,000人".toCharArray();
        Numbers.Read thousand = Numbers.read(sep, 1, sep.length);
        assertEquals(0, new BigDecimal("1000").compareTo(thousand.value));
        assertEquals(6, thousand.end);
        char[] dot = "约.5%".toCharArray();
        Numbers.Read half = Numbers.read(dot, 1, dot.length);
        assertEquals(0, new BigDecimal("0.5").compareTo(half.value));
        assertEquals(3, half.end);
        char[] c = "12345".toCharArray();
        Numbers.Read mid = Numbers.read(c, 1, 3);
        assertEquals(0, new BigDecimal("23").compareTo(mid.value));
        assertEquals(3, mid.end);
        // a thousands group is read only within the bounds: 1,23|45 is 1, not 1,234
        char[] group = "1,2345".toCharArray();
        Numbers.Read cut = Numbers.read(group, 0, 4);
        assertEquals(0, BigDecimal.ONE.compareTo(cut.value));
        assertEquals(1, cut.end);
    }
}
