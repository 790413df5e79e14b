package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.SheetJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar's rules one branch at a time: what each rule accepts and, as much, what it refuses
 * (a value a rule cannot read whole stays qualitative). Written against PIT's surviving mutants.
 */
class GrammarRulesTest {

    private static String json(String value, String name) {
        return SheetJson.write(Grammar.parse(value, name));
    }

    private static String q(String text) {
        return "{\"op\":\"qualitative\",\"text\":\"" + text + "\"}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // comparator words before and after a number
        "原则上不低于90%|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "约90%|{\"op\":\"~\",\"value\":90,\"unit\":\"%\"}",
        "大约5天|{\"op\":\"~\",\"value\":5,\"unit\":\"天\"}",
        "≥90%以下|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "≥95%，|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "，≥95%|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        // a range takes a weak comparator word, not a strong one, and no suffix
        "达到6-9个月|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":\"月\"}",
        // bounds in either order
        "≤100%且≥80%|{\"op\":\"between\",\"min\":80,\"max\":100,\"unit\":\"%\"}",
        // 且 after a bare number is the joint, not a unit (it was read as the unit 且 before)
        "≥80且≤100%|{\"op\":\"between\",\"min\":80,\"max\":100,\"unit\":\"%\"}",
        "≥80且≤100|{\"op\":\"between\",\"min\":80,\"max\":100,\"unit\":null}",
        "≥80人并且≤100|{\"op\":\"between\",\"min\":80,\"max\":100,\"unit\":\"人\"}",
        // references: after any comparator word when the vocabulary names them, after a strong one when printed
        "至少上年|{\"op\":\">=\",\"reference\":\"上年\"}",
        "原则上上年|{\"op\":\"=\",\"reference\":\"上年\"}",
        "不低于国家标准|{\"op\":\">=\",\"reference\":\"国家标准\"}",
        // changes against a reference
        "较国家标准提高|{\"op\":\">\",\"reference\":\"国家标准\"}",
        "比上年明显提高|{\"op\":\">\",\"reference\":\"上年\"}",
        "较上年度减少|{\"op\":\"<\",\"reference\":\"上年\"}",
        "较 上年 减少|{\"op\":\"<\",\"reference\":\"上年\"}",
        "同比下降|{\"op\":\"<\",\"reference\":\"上年\"}",
        // one subject with a colon is a clause
        "城镇：≥95%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}}]}",
        // deadlines
        // a quarter named as the time of completion is its last month's end; a count of quarters is a quantity
        "三季度|{\"op\":\"deadline\",\"month\":9,\"part\":\"end\"}",
        "第四季度末|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "一季度前完成|{\"op\":\"deadline\",\"month\":3,\"part\":\"end\"}",
        "2025年第三季度|{\"op\":\"deadline\",\"year\":2025,\"month\":9,\"part\":\"end\"}",
        "2025年上半年|{\"op\":\"deadline\",\"year\":2025,\"month\":6,\"part\":\"end\"}",
        // a reference named with a word a date word starts with is still a reference
        "不低于第三方评估标准|{\"op\":\">=\",\"reference\":\"第三方评估标准\"}",
        "不低于下游标准|{\"op\":\">=\",\"reference\":\"下游标准\"}",
        "3个季度|{\"op\":\"=\",\"value\":3,\"unit\":\"季度\"}",
        "年内完成|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "下半年|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        // (不含) excludes the bound: a strict comparison; without a direction it stays text
        "95%（不含）以上|{\"op\":\">\",\"value\":95,\"unit\":\"%\"}",
        "5%以下(不含本数)|{\"op\":\"<\",\"value\":5,\"unit\":\"%\"}",
        "95%（含）以上|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "95%（不含）|{\"op\":\"qualitative\",\"text\":\"95%（不含）\"}",
        "90-100%(不含)|{\"op\":\"qualitative\",\"text\":\"90-100%(不含)\"}",
        // what reaching the number means, after it
        "100%全覆盖|{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}",
        "≥95%达标|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        // 余 and 多 after a number: more than it, read as at least it (= would call a larger actual a miss)
        "十余万人|{\"op\":\">=\",\"value\":100000,\"unit\":\"人\"}",
        "3000余人次|{\"op\":\">=\",\"value\":3000,\"unit\":\"人次\"}",
        "5万余人|{\"op\":\">=\",\"value\":50000,\"unit\":\"人\"}",
        "100多家|{\"op\":\">=\",\"value\":100,\"unit\":\"家\"}",
        "约3000余人|{\"op\":\"~\",\"value\":3000,\"unit\":\"人\"}",
        // a note in brackets after one target is context (a date, a grade, 其中…, a remark on the baseline)
        "≥95%（2022年）|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "≥80分（良好）|{\"op\":\">=\",\"value\":80,\"unit\":\"分\"}",
        "≥3.5万亩（其中高标准农田2万亩）|{\"op\":\">=\",\"value\":35000,\"unit\":\"亩\"}",
        "95%（较上年提高1个百分点）|{\"op\":\"=\",\"value\":95,\"unit\":\"%\"}",
        "≥95%(暂定)|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "≥90%（第三方测评）|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "≥85%（抽样调查）|{\"op\":\">=\",\"value\":85,\"unit\":\"%\"}",
        // how the value is found, alone in the brackets (session 14)
        "≥90%（抽样）|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "≥95%（第三方）|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        // a year relative to the sheet's is text without the sheet (下一年度6月底 was by 6月底, session 15)
        "次年3月底前|{\"op\":\"qualitative\",\"text\":\"次年3月底前\"}",
        "下一年度6月底|{\"op\":\"qualitative\",\"text\":\"下一年度6月底\"}",
        "«0000000下年»|{\"op\":\"qualitative\",\"text\":\"0000000下年\"}",
        // found by the random property run (session 37, 0下 年): the relative year spaced out is one too, not a unit 下年
        // that a comparison would print and read back as text
        "0下 年|{\"op\":\"qualitative\",\"text\":\"0下 年\"}",
        // found by the random property run (session 15, 0:000000.较点减01%): no baseline named by a word of numbers
        "较点减01%|{\"op\":\"qualitative\",\"text\":\"较点减01%\"}",
        "较点.减1%|{\"op\":\"qualitative\",\"text\":\"较点.减1%\"}",
        "较折.减1%|{\"op\":\"qualitative\",\"text\":\"较折.减1%\"}",
        "较底点减1%|{\"op\":\"qualitative\",\"text\":\"较底点减1%\"}",
        ",较以减1%|{\"op\":\"qualitative\",\"text\":\",较以减1%\"}",
        // a weak comparator closed by 以内 / 内 around a named baseline (session 15; was text)
        "控制在预算内|{\"op\":\"<=\",\"reference\":\"预算\"}",
        "控制在批复预算以内|{\"op\":\"<=\",\"reference\":\"批复预算\"}",
        // a tolerance either side is the range from minus to plus it (session 15)
        "±5%|{\"op\":\"between\",\"min\":-5,\"max\":5,\"unit\":\"%\"}",
        "控制在±5%以内|{\"op\":\"between\",\"min\":-5,\"max\":5,\"unit\":\"%\"}",
        "≤±0.5天|{\"op\":\"between\",\"min\":-0.5,\"max\":0.5,\"unit\":\"天\"}",
        // the full marks in brackets name the unit the value leaves out (session 15)
        "≥4.5（满分5分）|{\"op\":\">=\",\"value\":4.5,\"unit\":\"分\"}",
        "≥90（满分100分）|{\"op\":\">=\",\"value\":90,\"unit\":\"分\"}",
        "≥4.5分（满分5分）|{\"op\":\">=\",\"value\":4.5,\"unit\":\"分\"}",
        // a footnote mark after the value points below the table (session 14)
        "≥95%①|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "≤5天*|{\"op\":\"<=\",\"value\":5,\"unit\":\"天\"}",
        "≥2000m²|{\"op\":\">=\",\"value\":2000,\"unit\":\"m2\"}",
        // a Latin unit after a number written with 万 (was kept as text)
        "1.5万㎡|{\"op\":\"=\",\"value\":15000,\"unit\":\"m2\"}",
        "≥1.2万km|{\"op\":\">=\",\"value\":12000,\"unit\":\"km\"}",
        // ... but a quantity in brackets is part of the value, and a word alone names a subject
        "较上年增长（5%）|{\"op\":\"qualitative\",\"text\":\"较上年增长（5%）\"}",
        "100%（新建项目）|{\"op\":\"qualitative\",\"text\":\"100%（新建项目）\"}",
        "≥90%（不低于上年）|{\"op\":\"qualitative\",\"text\":\"≥90%（不低于上年）\"}",
        // 环比: against the previous period; 增幅/降幅 name the measure
        // a baseline is named with a word: symbols alone name none (found by GrammarPropertiesTest)
        "较%减一%|{\"op\":\"qualitative\",\"text\":\"较%减一%\"}",
        "环比下降3%|{\"op\":\"<=\",\"reference\":\"上期\",\"change\":{\"value\":-3,\"unit\":\"%\"}}",
        "增幅≥8%|{\"op\":\">=\",\"value\":8,\"unit\":\"%\"}",
        // a measure printed before its comparison is what is measured
        "误差不超过5%|{\"op\":\"<=\",\"value\":5,\"unit\":\"%\"}",
        "响应时间≤30分钟|{\"op\":\"<=\",\"value\":30,\"unit\":\"分钟\"}",
        "截至12月底|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "于12月底前|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底之前|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底前完成|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "by 12月底|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "2019年|{\"op\":\"deadline\",\"year\":2019,\"month\":null,\"part\":null}",
        "6月|{\"op\":\"deadline\",\"month\":6,\"part\":null}",
        "≥6月|{\"op\":\">=\",\"value\":6,\"unit\":\"月\"}",
        // numbers
        "1打|{\"op\":\"=\",\"value\":12,\"unit\":null}",
        "两成|{\"op\":\"=\",\"value\":20,\"unit\":\"%\"}",
        "八折|{\"op\":\"=\",\"value\":80,\"unit\":\"%\"}",
        "3/2|{\"op\":\"=\",\"value\":1.5,\"unit\":null}",
        "40k|{\"op\":\"=\",\"value\":40000,\"unit\":null}",
        "2^5|{\"op\":\"=\",\"value\":32,\"unit\":null}",
        "五又二分之一|{\"op\":\"=\",\"value\":5.5,\"unit\":null}",
        "-5|{\"op\":\"=\",\"value\":-5,\"unit\":null}",
        "负5|{\"op\":\"=\",\"value\":-5,\"unit\":null}",
        "﹣5|{\"op\":\"=\",\"value\":-5,\"unit\":null}",
        "5万|{\"op\":\"=\",\"value\":50000,\"unit\":null}",
        // clauses: subject first (with or without colons) or in brackets after; after by, subject: target
        "by 城镇: ≥95%; 农村: ≥90%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        "by 城镇: ≥95%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}}]}",
        "一类地区：≥95%；二类地区：≥90%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"一类地区\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"二类地区\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        "城镇：：≥95%；农村：≥90%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        "城镇≥95%；农村≥90%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        "城镇较上年提高；农村同比下降|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">\",\"reference\":\"上年\"}},{\"subject\":\"农村\",\"target\":{\"op\":\"<\",\"reference\":\"上年\"}}]}",
        "城镇12月底前；农村年底前|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}},{\"subject\":\"农村\",\"target\":{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}}]}",
        "12月底前完成拨付工作|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "不低于上年；|{\"op\":\">=\",\"reference\":\"上年\"}",
        "较政府承受能力提高|{\"op\":\">\",\"reference\":\"政府承受能力\"}",
        "≥五|{\"op\":\">=\",\"value\":5,\"unit\":null}",
        // by opens the canonical form only as a word of its own: before a letter without a space it is text
        "by城镇:≥95%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}}]}",
        "by a:≥95%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"a\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}}]}",
        "bya:≥95%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"bya\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}}]}",
        // a suffix filler after a date (办结), what is due after one ending in 前 or 完成, with a date word before
        "12月底前办结|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底前拨付|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底完成拨付|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "于12月底前完成拨付工作|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底前完成拨付资金发放任务|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}", // eight characters: the most
        // equal bounds are a range of one value
        "≥80%且≤80%|{\"op\":\"between\",\"min\":80,\"max\":80,\"unit\":\"%\"}",
        // an empty clause between two separators is skipped
        "城镇≥95%;;农村≥90%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        // a subject of one character in brackets
        "≥95%(工);≥90%(农)|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"工\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        // a date word (截至) belongs to the target, not to the subject
        "城镇截至12月底；农村截至年底|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}},{\"subject\":\"农村\",\"target\":{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}}]}",
        // a changed reference of fifteen characters: the most
        "较很长的名字很长的名字很长的名字提高|{\"op\":\">\",\"reference\":\"很长的名字很长的名字很长的名字\"}",
        // eight comparator words before a number: the most
        "确保确保确保确保确保确保确保确保90%|{\"op\":\"=\",\"value\":90,\"unit\":\"%\"}",
        // a baseline's name that its printed form would not give back stays text: numerals read as a number
        // (≤ 一一之 -1 % would be 1 …), a name whose tail is dropped (≤ 一般 -1 % for 一般水平)
        "较一一之减1%|{\"op\":\"qualitative\",\"text\":\"较一一之减1%\"}",
        "较一般水平减1%|{\"op\":\"qualitative\",\"text\":\"较一般水平减1%\"}",
        // the canonical baseline of 环比 reads back as itself
        "≤ 上期 -3 %|{\"op\":\"<=\",\"reference\":\"上期\",\"change\":{\"value\":-3,\"unit\":\"%\"}}",
        "较上一期下降3%|{\"op\":\"<=\",\"reference\":\"上期\",\"change\":{\"value\":-3,\"unit\":\"%\"}}",
    })
    void reads(String value, String expected) {
        assertEquals(expected, json(value, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "≥≤90",            // two comparators that disagree before one number
        "≥6-9个月",        // a strong comparator before a range
        "6-9个月以上",      // a suffix after a range
        "6个月-9天",        // a range over two units
        "≥80%且≤100元",    // bounds in two units
        "达到国家标准",      // a weak comparator before printed text
        "原则上国家标准",    // a filler before printed text
        "不低于3年前水平",   // a reference with a number in it
        "较2019年提高",     // a change against a date
        "较上年持平5%",     // an amount after a change that has no direction
        "增长10%",          // an amount with no reference named (the grammar invents none)
        "比上年增长10%左右", // about a change: no bound to give
        "较上年提高-5%",    // an amount is printed positive; the word gives its sign
        "以上90%",         // a suffix before the number
        "不低于上年；≥90%", // a reference and a number as two clauses without subjects
        "城镇≥95%",        // one subject without a colon
        "成年人≥270元;儿童", // a subject without a target
        "≥95%;≥90%",       // two targets without subjects
        "：≥95%",          // a colon without a subject
        "12月底前完成50%",  // a deadline with an amount
        "3又0分之1",        // a fraction over zero
        // clauses that are not: no subject after by, a subject in brackets with a digit, nested or
        // empty brackets, a clause without a target, subjects without text; a deadline's activity of
        // more than eight characters or not Chinese; a comparator in a reference, a digit in a name,
        // a numeral in a changed reference, a reference over 15 characters, a change without its verb
        "by ≥95%",
        "by : ≥95%",
        "by 城镇: 逐步推开",
        "≥95%(职工);≥90%(5类)",
        "≥95%(职(工);≥90%(居民)",
        "≥95%(职工);≥90%()",
        "≥95%(职工);逐步推开",
        "00:≥95%;~:≥90%",
        "12月底前完成拨付资金发放任务书",
        "12月底前完成abc",
        "不低于≥能力",
        "不超过a1b",
        "较一类地区提高",
        "较很长很长很长很长很长很长很长的名字提高",
        "较上年",
        "逐步推开≥",
        // a word after a date that is no suffix filler; what is due after a date not ending in 前 or 完成;
        // nine comparator words; a name that starts like a number (半, 一类 ...) or is the word by
        "12月底前以上",
        "12月底拨付",
        "确保确保确保确保确保确保确保确保确保90%",
        "不低于半数水平",
        "不低于by",
    })
    void refuses(String value) {
        assertEquals(q(value), json(value, null));
    }

    @Test
    void aProblemIsSaidOnlyWhereNumbersOrSymbolsWereLeft() {
        assertEquals("value not read as a target, kept as text: 逐步推开≥", Grammar.read("逐步推开≥", null).problem());
        assertEquals("value not read as a target, kept as text: 12月底前完成abc", Grammar.read("12月底前完成abc", null).problem());
        assertNull(Grammar.read("较上年", null).problem());
        assertNull(Grammar.read("第一", null).problem());
        assertNull(Grammar.read("较一类地区提高", null).problem()); // a Chinese numeral is no sign of a target
        assertNull(Grammar.read("不低于上年", null).problem());
    }

    /**
     * Values the rules cannot read stay text, and say so only when a number or a symbol was left: a
     * rule that runs past the tokens it was given (and fails with an exception, caught) says
     * something else. Comparator or date words alone, a colon with nothing after it, a range word
     * or a comparator word last.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "原则上|NULL",
        "较|NULL",
        "by 城镇:|NULL",
        "6至|value not read as a target, kept as text: 6至",
        "90%至|value not read as a target, kept as text: 90%至",
        "：≥95%|value not read as a target, kept as text: ：≥95%",
        "12月底前较上年|value not read as a target, kept as text: 12月底前较上年",
        "；|NULL",
        "；；|NULL",
        "«»|NULL", // guillemets around nothing are printed text, not an empty quoted text
        // two clauses run together: 城镇：≥95%农村 is no subject (it was read as one clause ≥90% of it)
        "城镇：≥95%农村：≥90%|value not read as a target, kept as text: 城镇：≥95%农村：≥90%",
        // a range word with no upper end, last in the value
        "5至|value not read as a target, kept as text: 5至",
        "95%~|value not read as a target, kept as text: 95%~",
        // only a sign is a unit in brackets of its own: 百分之 is said before a number, not after it
        "3(百分之)|value not read as a target, kept as text: 3(百分之)",
        // a unit "per" nothing: the join needs a unit after it, and a range word is none
        "5元/以上|value not read as a target, kept as text: 5元/以上",
    })
    void unreadValuesSayWhy(String value, String problem) {
        Grammar.Result r = Grammar.read(value, null);
        assertEquals(q(value), SheetJson.write(r.target()));
        assertEquals(problem, r.problem());
    }

    @Test
    void clausesOnLinesOfTheirOwnAreReadLineByLine() {
        // with a colon after each subject: read whole, the first line and the second subject were one subject
        assertEquals("{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,"
                + "\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
                json("城镇：≥95%\n农村：≥90%", null));
        // a carriage return alone breaks lines too (a file saved with old Mac line ends), and CR LF
        assertEquals(json("城镇：≥95%\n农村：≥90%", null), json("城镇：≥95%\r农村：≥90%", null));
        assertEquals(json("城镇：≥95%\n农村：≥90%", null), json("城镇：≥95%\r\n农村：≥90%", null));
        // a subject may hold a number without a comparator before it
        assertEquals("{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"成年人（18岁以上）\",\"target\":{\"op\":\">=\",\"value\":270,"
                + "\"unit\":\"元\"}},{\"subject\":\"儿童\",\"target\":{\"op\":\">=\",\"value\":200,\"unit\":\"元\"}}]}",
                json("成年人（18岁以上）≥270元；儿童≥200元", null));
    }

    @Test
    void aRangeWordEndsAUnitTheVocabularyDoesNotKnow() {
        // the run of unit characters stops at 以上: the unit is kg, and 以上 makes it a lower bound
        assertEquals("{\"op\":\">=\",\"value\":5,\"unit\":\"kg\"}", json("5kg以上", null));
        assertEquals("{\"op\":\">=\",\"value\":5,\"unit\":\"xyz\"}", json("5xyz以上", null));
    }

    @Test
    void blankValuesAreNoTarget() {
        assertEquals(new Grammar.Result(null, null), Grammar.read("  \u3000\t", null));
        assertEquals(new Grammar.Result(null, null), Grammar.read(null, null));
        assertEquals(new Grammar.Result(null, null), Grammar.read("<b> </b>", null));
    }

    @Test
    void tagsAreRemovedUpToEightDeep() {
        assertEquals("{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}", json("<b".repeat(8) + ">".repeat(8) + "≥90%", null));
        // a ninth level is left as printed text (a tag inside a tag is removed one level per pass)
        assertEquals(q("<b >≥90%"), json("<b".repeat(9) + ">".repeat(9) + "≥90%", null));
        assertEquals(q("a"), json("«a»", null));
    }

    @Test
    void aSubjectIsAtMostFortyCharacters() {
        String subject = "城镇居民".repeat(10);
        String clauses = "{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"" + subject
                + "\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":"
                + "{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}";
        assertEquals(clauses, json(subject + "≥95%；农村≥90%", null));
        assertEquals(clauses, json("≥95%(" + subject + ")；≥90%(农村)", null));
        String longer = subject + "字";
        assertEquals(q(longer + "≥95%；农村≥90%"), json(longer + "≥95%；农村≥90%", null));
        assertEquals(q("≥95%(" + longer + ")；≥90%(农村)"), json("≥95%(" + longer + ")；≥90%(农村)", null));
    }

    @Test
    void aReferenceIsAtMostFortyCharacters() {
        String name = "很长的名字".repeat(8);
        assertEquals("{\"op\":\">=\",\"reference\":\"" + name + "\"}", json("不低于" + name, null));
        String longer = name + "字";
        assertEquals(q("不低于" + longer), json("不低于" + longer, null));
    }

    @Test
    void theNamesUnitAndMultiplierApplyToBareNumbers() {
        String name = fresh("参保人数(万人)");
        assertEquals("{\"op\":\"between\",\"min\":60000,\"max\":90000,\"unit\":\"人\"}", json("6-9", name));
        assertEquals("{\"op\":\"=\",\"value\":30000,\"unit\":\"人\"}", json("3", name));
        assertEquals("{\"op\":\"=\",\"value\":3,\"unit\":\"元\"}", json("3元", name));
    }

    @Test
    void numbersAlone() {
        assertEquals(0, new BigDecimal("-5").compareTo(Grammar.number("-5")));
        assertEquals(0, new BigDecimal("-5").compareTo(Grammar.number("负5")));
        assertEquals(0, new BigDecimal("50000").compareTo(Grammar.number("5万")));
        assertNull(Grammar.number("-"));
        assertNull(Grammar.number("负"));
        assertNull(Grammar.number("百分之五"));
        assertNull(Grammar.number("1/0"));
        assertNull(Grammar.number("5元"));
        assertEquals(0, new BigDecimal("55").compareTo(Grammar.number("5 5"))); // white space is dropped
    }

    @Test
    void percentsAlone() {
        assertEquals(0, new BigDecimal("0.1").compareTo(Grammar.percent("1‰")));
        assertEquals(0, new BigDecimal("30").compareTo(Grammar.percent("三成")));
        assertNull(Grammar.percent("≥95%"));
        assertNull(Grammar.percent("5人"));
        assertNull(Grammar.percent("逐步推开"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "(%)|%",
        "率（人次）|人次",
        "率(元/人/年)|元/人/年",
        "率(万元/人/年/次)|元/人/年/次", // eight characters in the brackets: the most read
        "率(元/人/年/次/月)|NULL",      // nine
        "率)|NULL",
        "率%)|NULL",
        "率(万)人)|NULL",
        "率(12345678)|NULL",
        "(人|NULL",
        "率（）|NULL",
    })
    void nameUnits(String name, String unit) {
        assertEquals(unit, Grammar.nameUnit(name));
        // asked twice: the cached answer is the same
        assertEquals(unit, Grammar.nameUnit(name));
        // a name never asked before: computed, not taken from the cache an earlier test filled
        assertEquals(unit, Grammar.nameUnit(fresh(name)));
    }

    /**
     * The name after white space (dropped when a name is folded) that spells a random number: the
     * same name to the grammar, a new key to its cache of name units.
     */
    private static String fresh(String name) {
        long r = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        StringBuilder b = new StringBuilder(64 + name.length());
        for (int i = 0; i < 64; i++) {
            b.append((r >>> i & 1) == 0 ? ' ' : '\t');
        }
        return b.append(name).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a frequency: the period joins the unit (as 1次/季度 is printed)
        "每年≥2次|{\"op\":\">=\",\"value\":2,\"unit\":\"次/年\"}",
        "每季度1次|{\"op\":\"=\",\"value\":1,\"unit\":\"次/季度\"}",
        "每月至少1次|{\"op\":\">=\",\"value\":1,\"unit\":\"次/月\"}",
        "每週2-3次|{\"op\":\"between\",\"min\":2,\"max\":3,\"unit\":\"次/周\"}",
        // a range around a variable, in brackets, in words, as two clauses
        "95%≤X≤100%|{\"op\":\"between\",\"min\":95,\"max\":100,\"unit\":\"%\"}",
        "100%≥满意度≥95%|{\"op\":\"between\",\"min\":95,\"max\":100,\"unit\":\"%\"}",
        "［95％，100％］|{\"op\":\"between\",\"min\":95,\"max\":100,\"unit\":\"%\"}",
        "介于95%和100%之间|{\"op\":\"between\",\"min\":95,\"max\":100,\"unit\":\"%\"}",
        "介于95%与100%|{\"op\":\"between\",\"min\":95,\"max\":100,\"unit\":\"%\"}",
        "≥50%，≤80%|{\"op\":\"between\",\"min\":50,\"max\":80,\"unit\":\"%\"}",
        // a subject that names the measure itself
        "满意度≥90%|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "X≥95%|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "达标率100%|{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}",
        // reaching a level
        "提高到95%|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "降低到10%以下|{\"op\":\"<=\",\"value\":10,\"unit\":\"%\"}",
        "接近100%|{\"op\":\"~\",\"value\":100,\"unit\":\"%\"}",
        // clauses listed with the enumeration comma, which also joins subjects
        "城市≥95%、农村≥90%|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城市\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        "大中小学生、儿童≥200元、成年人≥270元|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"大中小学生、儿童\",\"target\":{\"op\":\">=\",\"value\":200,\"unit\":\"元\"}},{\"subject\":\"成年人\",\"target\":{\"op\":\">=\",\"value\":270,\"unit\":\"元\"}}]}",
    })
    void formsAroundOneTarget(String value, String expected) {
        assertEquals(expected, json(value, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a change with its amount: a rise asks at least that much, a fall at least that much down
        "较上年提高50%|{\"op\":\">=\",\"reference\":\"上年\",\"change\":{\"value\":50,\"unit\":\"%\"}}",
        "同比提高2个百分点|{\"op\":\">=\",\"reference\":\"上年\",\"change\":{\"value\":2,\"unit\":\"百分点\"}}",
        "较上年下降5%|{\"op\":\"<=\",\"reference\":\"上年\",\"change\":{\"value\":-5,\"unit\":\"%\"}}",
        "较上年下降5%以内|{\"op\":\">=\",\"reference\":\"上年\",\"change\":{\"value\":-5,\"unit\":\"%\"}}",
        "比上年增长10%以内|{\"op\":\"<=\",\"reference\":\"上年\",\"change\":{\"value\":10,\"unit\":\"%\"}}",
        "较上年增加100人|{\"op\":\">=\",\"reference\":\"上年\",\"change\":{\"value\":100,\"unit\":\"人\"}}",
        "较基期提高5%|{\"op\":\">=\",\"reference\":\"基期\",\"change\":{\"value\":5,\"unit\":\"%\"}}",
        // its canonical form reads back
        "≥ 上年 +10 %|{\"op\":\">=\",\"reference\":\"上年\",\"change\":{\"value\":10,\"unit\":\"%\"}}",
        "≤ 上年 -2 百分点|{\"op\":\"<=\",\"reference\":\"上年\",\"change\":{\"value\":-2,\"unit\":\"百分点\"}}",
        "≥ 基期 +5 %|{\"op\":\">=\",\"reference\":\"基期\",\"change\":{\"value\":5,\"unit\":\"%\"}}",
    })
    void changesWithTheirAmount(String value, String expected) {
        assertEquals(expected, json(value, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "95%<X≤100%",      // half open: a closed range would be wrong at 95
        "(95%,100%]",
        "95%和100%",        // two numbers, no word saying they bound one value
        "≤2%；≥98%",        // bounds of two measures (an upper above a lower would be no range)
        "≥80%;≥90%",
        "成年人≥270元",     // one clause for whom, not what: kept as printed
        "每年",
    })
    void formsThatDoNotHold(String value) {
        assertEquals(q(value), json(value, null));
    }

    @Test
    void aSubjectDroppedIsNoValueForLayout() {
        // the grammar reads it, but a cell of that shape is as likely a name with its value run on
        assertEquals("{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}", json("对象覆盖率100%", null));
        org.junit.jupiter.api.Assertions.assertFalse(Grammar.valueLike("对象覆盖率100%"));
        org.junit.jupiter.api.Assertions.assertTrue(Grammar.valueLike("每年≥2次"));
        org.junit.jupiter.api.Assertions.assertTrue(Grammar.valueLike("≥90%"));
        org.junit.jupiter.api.Assertions.assertFalse(Grammar.valueLike("逐步推开"));
    }

    /** {@link Grammar#opensValue}: the one test of "starts like a value" (layout's column fit and printed-line rules). */
    @Test
    void textThatOpensAValue() {
        for (String t : List.of("100%", " ≥90%", "\t>520元", "＜5", "＝100%", "≦3", "≧85%", "》85%", "=100%", "6-9个月", "0")) {
            org.junit.jupiter.api.Assertions.assertTrue(Grammar.opensValue(t), t);
        }
        for (String t : List.of("", " ", "儿童≥200元", "成年人≥270元", "《关于…》", "、100%", "约70%", "不低于90%", "\u3000100%")) {
            org.junit.jupiter.api.Assertions.assertFalse(Grammar.opensValue(t), t);
        }
        org.junit.jupiter.api.Assertions.assertFalse(Grammar.opensValue(null));
    }
}
