package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.SheetJson;
import dev.zhibiao.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrammarTest {

    private static String json(String value, String name) {
        return SheetJson.write(Grammar.parse(value, name));
    }

    /** The table of sheet-json.md, then its word conventions. */
    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "≥ 28%|NULL|{\"op\":\">=\",\"value\":28,\"unit\":\"%\"}",
        "≥299.68万人|NULL|{\"op\":\">=\",\"value\":2996800,\"unit\":\"人\"}",
        "≤0.76万元|NULL|{\"op\":\"<=\",\"value\":7600,\"unit\":\"元\"}",
        "> 55 %|NULL|{\"op\":\">\",\"value\":55,\"unit\":\"%\"}",
        "< 55 %|NULL|{\"op\":\"<\",\"value\":55,\"unit\":\"%\"}",
        "100%|NULL|{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}",
        "=100%|NULL|{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}",
        "0|NULL|{\"op\":\"=\",\"value\":0,\"unit\":null}",
        "0|重复参保人数(人)|{\"op\":\"=\",\"value\":0,\"unit\":\"人\"}",
        "≥85|参保率（%）|{\"op\":\">=\",\"value\":85,\"unit\":\"%\"}",
        "≥35|参保人数(万人)|{\"op\":\">=\",\"value\":350000,\"unit\":\"人\"}",
        "≥90|群众满意度|{\"op\":\">=\",\"value\":90,\"unit\":null}",
        "6个月|NULL|{\"op\":\"=\",\"value\":6,\"unit\":\"月\"}",
        "6-9个月|NULL|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":\"月\"}",
        "6-9|基金滚存结余可支付月数(月)|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":\"月\"}",
        "不低于90%|NULL|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "不低于90%以下|NULL|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "达到90%以下|NULL|{\"op\":\"<=\",\"value\":90,\"unit\":\"%\"}",
        "原则上控制在10%以内|NULL|{\"op\":\"<=\",\"value\":10,\"unit\":\"%\"}",
        "480元/人.天|NULL|{\"op\":\"=\",\"value\":480,\"unit\":\"元/人·天\"}",
        "不低于上年|NULL|{\"op\":\">=\",\"reference\":\"上年\"}",
        "较上年减少|NULL|{\"op\":\"<\",\"reference\":\"上年\"}",
        "与上年持平|NULL|{\"op\":\"=\",\"reference\":\"上年\"}",
        "不超过政府承受能力|NULL|{\"op\":\"<=\",\"reference\":\"政府承受能力\"}",
        "12月底|NULL|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底前|NULL|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "7月份|NULL|{\"op\":\"deadline\",\"month\":7,\"part\":null}",
        "2019年12月31日前|NULL|{\"op\":\"deadline\",\"year\":2019,\"month\":12,\"day\":31,\"part\":null}",
        "逐步推开|NULL|{\"op\":\"qualitative\",\"text\":\"逐步推开\"}",
        "有效缓解|NULL|{\"op\":\"qualitative\",\"text\":\"有效缓解\"}",
        "出台文件予以明确|NULL|{\"op\":\"qualitative\",\"text\":\"出台文件予以明确\"}",
        // conventions
        "95%以上|NULL|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "95%及以上|NULL|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "5天以下|NULL|{\"op\":\"<=\",\"value\":5,\"unit\":\"天\"}",
        "5天以内|NULL|{\"op\":\"<=\",\"value\":5,\"unit\":\"天\"}",
        "不少于3次|NULL|{\"op\":\">=\",\"value\":3,\"unit\":\"次\"}",
        "不小于3次|NULL|{\"op\":\">=\",\"value\":3,\"unit\":\"次\"}",
        "至少3次|NULL|{\"op\":\">=\",\"value\":3,\"unit\":\"次\"}",
        "达到3次|NULL|{\"op\":\">=\",\"value\":3,\"unit\":\"次\"}",
        "不高于3次|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"次\"}",
        "不超过3次|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"次\"}",
        "不多于3次|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"次\"}",
        "至多3次|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"次\"}",
        "最多3次|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"次\"}",
        "控制在3次以内|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"次\"}",
        "高于3次|NULL|{\"op\":\">\",\"value\":3,\"unit\":\"次\"}",
        "大于3次|NULL|{\"op\":\">\",\"value\":3,\"unit\":\"次\"}",
        "超过3次|NULL|{\"op\":\">\",\"value\":3,\"unit\":\"次\"}",
        "多于3次|NULL|{\"op\":\">\",\"value\":3,\"unit\":\"次\"}",
        "低于3次|NULL|{\"op\":\"<\",\"value\":3,\"unit\":\"次\"}",
        "小于3次|NULL|{\"op\":\"<\",\"value\":3,\"unit\":\"次\"}",
        "少于3次|NULL|{\"op\":\"<\",\"value\":3,\"unit\":\"次\"}",
        "两次|NULL|{\"op\":\"=\",\"value\":2,\"unit\":\"次\"}",
        "百分之九十五|NULL|{\"op\":\"=\",\"value\":95,\"unit\":\"%\"}",
        "1.5万人次|NULL|{\"op\":\"=\",\"value\":15000,\"unit\":\"人次\"}",
        "3个工作日内|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"工作日\"}",
        "不低于上年度|NULL|{\"op\":\">=\",\"reference\":\"上年\"}",
        "不低于去年|NULL|{\"op\":\">=\",\"reference\":\"上年\"}",
        "不低于上一年度|NULL|{\"op\":\">=\",\"reference\":\"上年\"}",
        "6~9|NULL|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":null}",
        "6～9|NULL|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":null}",
        "6至9|NULL|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":null}",
        "6到9|NULL|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":null}",
        "85%-90%|NULL|{\"op\":\"between\",\"min\":85,\"max\":90,\"unit\":\"%\"}",
        "1-2万人|NULL|{\"op\":\"between\",\"min\":10000,\"max\":20000,\"unit\":\"人\"}",
        // traditional and full-width read like their twins
        "≥２９９．６８萬人|NULL|{\"op\":\">=\",\"value\":2996800,\"unit\":\"人\"}",
        "不低於上年|NULL|{\"op\":\">=\",\"reference\":\"上年\"}",
        "６－９個月|NULL|{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":\"月\"}",
        "百分之九十五以上|NULL|{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}",
        "≥９０％|NULL|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "壹佰贰拾人|NULL|{\"op\":\"=\",\"value\":120,\"unit\":\"人\"}",
        "倆次|NULL|{\"op\":\"=\",\"value\":2,\"unit\":\"次\"}",
        "千分之五以下|NULL|{\"op\":\"<=\",\"value\":5,\"unit\":\"‰\"}",
        "≤3‰|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"‰\"}",
        "万分之三|NULL|{\"op\":\"=\",\"value\":0.03,\"unit\":\"%\"}",
        "三成|NULL|{\"op\":\"=\",\"value\":30,\"unit\":\"%\"}",
        "1,234.5元|NULL|{\"op\":\"=\",\"value\":1234.5,\"unit\":\"元\"}",
        // two bounds joined by 且 make a range only when both are inclusive
        "≥80%且≤100%|NULL|{\"op\":\"between\",\"min\":80,\"max\":100,\"unit\":\"%\"}",
        "不超过100%并且不低于80%|NULL|{\"op\":\"between\",\"min\":80,\"max\":100,\"unit\":\"%\"}",
        ">80%且<100%|NULL|{\"op\":\"qualitative\",\"text\":\">80%且<100%\"}",
        "≥100%且≤80%|NULL|{\"op\":\"qualitative\",\"text\":\"≥100%且≤80%\"}",
        // the subject printed after its target, in brackets
        "≥95%（职工）；≥90%（居民）|NULL|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"职工\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"居民\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        "≥95%（城镇）|NULL|{\"op\":\"qualitative\",\"text\":\"≥95%（城镇）\"}",
        // a scope word before the number, deadlines with what is due and how late
        "全年≥12次|NULL|{\"op\":\">=\",\"value\":12,\"unit\":\"次\"}",
        "当年12月底|NULL|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "12月底前完成拨付|NULL|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "不晚于9月|NULL|{\"op\":\"deadline\",\"month\":9,\"part\":null}",
        "12月底前完成50%|NULL|{\"op\":\"qualitative\",\"text\":\"12月底前完成50%\"}",
        "≥2个百分点|NULL|{\"op\":\">=\",\"value\":2,\"unit\":\"百分点\"}",
        // the printed text is kept where the target quotes it
        "逐步推開|NULL|{\"op\":\"qualitative\",\"text\":\"逐步推開\"}",
        "成年人≥270元; 大中小學生、兒童≥200元|NULL|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"成年人\",\"target\":{\"op\":\">=\",\"value\":270,\"unit\":\"元\"}},{\"subject\":\"大中小學生、兒童\",\"target\":{\"op\":\">=\",\"value\":200,\"unit\":\"元\"}}]}",
        "城镇：≥95%；农村：≥90%|NULL|{\"op\":\"by_subject\",\"clauses\":[{\"subject\":\"城镇\",\"target\":{\"op\":\">=\",\"value\":95,\"unit\":\"%\"}},{\"subject\":\"农村\",\"target\":{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}}]}",
        // more reference and date forms
        "较上年有所提高|NULL|{\"op\":\">\",\"reference\":\"上年\"}",
        "同比增长|NULL|{\"op\":\">\",\"reference\":\"上年\"}",
        "不低于全国平均水平|NULL|{\"op\":\">=\",\"reference\":\"全国平均水平\"}",
        "年底前|NULL|{\"op\":\"deadline\",\"month\":12,\"part\":\"end\"}",
        "2019年底|NULL|{\"op\":\"deadline\",\"year\":2019,\"month\":12,\"part\":\"end\"}",
        "2020-06-30|NULL|{\"op\":\"deadline\",\"year\":2020,\"month\":6,\"day\":30,\"part\":null}",
        "十二月中旬|NULL|{\"op\":\"deadline\",\"month\":12,\"part\":\"middle\"}",
        "3年|NULL|{\"op\":\"=\",\"value\":3,\"unit\":\"年\"}",
        "2023.12|NULL|{\"op\":\"deadline\",\"year\":2023,\"month\":12,\"part\":null}",
        "2023.12.31|NULL|{\"op\":\"deadline\",\"year\":2023,\"month\":12,\"day\":31,\"part\":null}",
        "2023.5|NULL|{\"op\":\"=\",\"value\":2023.5,\"unit\":null}",
        "1900.1|NULL|{\"op\":\"=\",\"value\":1900.1,\"unit\":null}",
        "2.5|NULL|{\"op\":\"=\",\"value\":2.5,\"unit\":null}",
        "≥12月|NULL|{\"op\":\">=\",\"value\":12,\"unit\":\"月\"}",
        // punctuation and remarks around a value
        "≥90%。|NULL|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "90%以上（含90%）|NULL|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "≤5个工作日|NULL|{\"op\":\"<=\",\"value\":5,\"unit\":\"工作日\"}",
        "20000元/人/年|NULL|{\"op\":\"=\",\"value\":20000,\"unit\":\"元/人/年\"}",
        "≤220元/箱|NULL|{\"op\":\"<=\",\"value\":220,\"unit\":\"元/箱\"}",
        "≥1次/年|NULL|{\"op\":\">=\",\"value\":1,\"unit\":\"次/年\"}",
        "3个工作日内完成|NULL|{\"op\":\"<=\",\"value\":3,\"unit\":\"工作日\"}",
        // text that only looks like numbers stays text
        "一般|NULL|{\"op\":\"qualitative\",\"text\":\"一般\"}",
        "一站式|NULL|{\"op\":\"qualitative\",\"text\":\"一站式\"}",
        "成效明显|NULL|{\"op\":\"qualitative\",\"text\":\"成效明显\"}",
        "有所提高|NULL|{\"op\":\"qualitative\",\"text\":\"有所提高\"}",
    })
    void readsTheConventions(String value, String name, String expected) {
        assertEquals(expected, json(value, name));
    }

    @Test
    void blankIsNull() {
        assertNull(Grammar.parse(null, null));
        assertNull(Grammar.parse("", null));
        assertNull(Grammar.parse(" \u3000\t", null));
        assertNull(Grammar.parse("<p></p>", null));
    }

    @Test
    void clausesOnLinesOfTheirOwn() {
        assertEquals("by 成年人: ≥ 270 元; 大中小学生、儿童: ≥ 200 元",
                Grammar.parse("成年人≥270元\n大中小学生、儿童≥200元", null).toString());
        assertEquals("≥ 2996800 人", Grammar.parse("≥299.68\n万人", null).toString());
    }

    /** 几 is an unknown digit: after a known part it reads as 0 (二十几万 is 200000), alone it is no number. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "几万人|{\"op\":\"qualitative\",\"text\":\"几万人\"}",
        "几十万元|{\"op\":\"qualitative\",\"text\":\"几十万元\"}",
        "几百个|{\"op\":\"qualitative\",\"text\":\"几百个\"}",
        "≥几千人|{\"op\":\"qualitative\",\"text\":\"≥几千人\"}",
        "二十几万人|{\"op\":\"=\",\"value\":200000,\"unit\":\"人\"}",
        "十几万元|{\"op\":\"=\",\"value\":100000,\"unit\":\"元\"}",
    })
    void anUnknownDigitStartsNoNumber(String value, String json) {
        assertEquals(json, json(value, null), value);
    }

    @Test
    void qualitativeTextIsCollapsed() {
        assertEquals(new Target.Qualitative("逐步 推开"), Grammar.parse("  逐步\n\n推开 ", null));
    }

    @Test
    void unreadableNumbersAreQualitativeWithAProblem() {
        Grammar.Result r = Grammar.read("≥90%的患者得到救治", null);
        assertEquals(new Target.Qualitative("≥90%的患者得到救治"), r.target());
        assertNotNull(r.problem());
        assertTrue(r.problem().contains("≥90%的患者得到救治"), r.problem());
        assertNull(Grammar.read("普遍知晓", null).problem());
        assertNull(Grammar.read("≥90%", null).problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "肆佰陸拾|460", "一千零一|1001", "两千四百五|2450", "一万三|13000", "4.78万亿|4780000000000",
        "7 万5 千4 百|75400", "1,050,000,000|1050000000", "十 余 万|100000", "五分之一|0.2",
        "负三十二|-32", "二〇一九|2019", "半百|50", "2e5|200000", "零点五|0.5",
    })
    void readsNumbers(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Grammar.number(text)), text);
    }

    @Test
    void numberRejectsText() {
        assertNull(Grammar.number("一般"));
        assertNull(Grammar.number("12元"));
        assertNull(Grammar.number(""));
        assertNull(Grammar.number(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "百分之九十五|95", "千分之一|0.1", "万分之三|0.03", "三成半|35", "七五折|75", "六个百分点|6", "95％|95",
    })
    void readsPercents(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Grammar.percent(text)), text);
    }

    @Test
    void nameUnits() {
        assertEquals("%", Grammar.nameUnit("参保率（%）"));
        assertEquals("人", Grammar.nameUnit("参保人数(人)"));
        assertEquals("人", Grammar.nameUnit("参保人数(万人)"));
        assertEquals("元", Grammar.nameUnit("补助标准（元）"));
        assertNull(Grammar.nameUnit("群众满意度"));
        assertNull(Grammar.nameUnit(null));
        assertNull(Grammar.nameUnit("()"));
    }

    @Test
    void neverThrows() {
        String[] odd = {"≥", "-", "--", "..", "万", "分之", "百分之", "1/0", "0分之1", "9^999", "1e99999",
            "2019-13-45", "99月", "by", "by ", "«", "»«", "≥≥≥1", "\uD800", "一万万万万万万万万万万万万万万",
            "123456789012345678901234567890", "<p>≥<br/>90%</p>", "成", "七成六成", "半", "打", "1打打",
            "6..", "..9", "6-", "-6-", "较", "较上年", "同比", "12月31日", "0月", "by 13月底", ";;;", "：", "a:b",
        };
        for (String s : odd) {
            Grammar.Result r = Grammar.read(s, s);
            assertNotNull(r.target(), s);
        }
    }

    @Test
    void toStringsAreCanonical() {
        assertEquals("≥ 28 %", Grammar.parse("不低于28%", null).toString());
        assertEquals("6..9 月", Grammar.parse("6-9个月", null).toString());
        assertEquals("≥ 上年", Grammar.parse("不低于上年", null).toString());
        assertEquals("by 成年人: ≥ 270 元; 儿童: ≥ 200 元", Grammar.parse("成年人≥270元;儿童≥200元", null).toString());
        assertEquals("by 12月底", Grammar.parse("12月底前", null).toString());
        assertEquals("«逐步推开»", Grammar.parse("逐步推开", null).toString());
    }

    /** Fiscal forms print the unit in brackets after the number: =100.00(%), ≥90.00(%). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "=100.00(%)|{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}",
        "≥90.00(%)|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "≥90.00（%）|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
        "≤5.00(%)|{\"op\":\"<=\",\"value\":5,\"unit\":\"%\"}",
        "≥3(个)|{\"op\":\">=\",\"value\":3,\"unit\":\"个\"}",
        "=12.00(月)|{\"op\":\"=\",\"value\":12,\"unit\":\"月\"}",
        "≥1200.00(人次)|{\"op\":\">=\",\"value\":1200,\"unit\":\"人次\"}",
        "90(%)以上|{\"op\":\">=\",\"value\":90,\"unit\":\"%\"}",
    })
    void readsAUnitInBracketsAfterTheNumber(String text, String expected) {
        assertEquals(expected, json(text, null));
    }

    /** Brackets that hold no unit are not read as one: a subject or a note stays what it was. */
    @Test
    void bracketsWithoutAUnitAreNoUnit() {
        assertTrue(json("≥95(城镇)", null).contains("qualitative") || !json("≥95(城镇)", null).contains("城镇\"}"),
                json("≥95(城镇)", null));
        assertTrue(json("=100.00(%", null).contains("qualitative"), json("=100.00(%", null));
        assertTrue(json("≥90(%)(含)", null).contains(">="), json("≥90(%)(含)", null));
    }

    /**
     * A value text read without a name, then the same text object read under names: each name's
     * unit applies (the unnamed reading is reused only where the name changes nothing), for a
     * plain quantity, a range, a value on lines of its own and one that needs no name.
     */
    @Test
    void sameTextReadUnnamedThenNamed() {
        String v = new String("≥85");
        assertEquals("{\"op\":\">=\",\"value\":85,\"unit\":null}", SheetJson.write(Grammar.parse(v, null)));
        assertEquals("{\"op\":\">=\",\"value\":85,\"unit\":\"%\"}", SheetJson.write(Grammar.parse(v, "参保率（%）")));
        assertEquals("{\"op\":\">=\",\"value\":850000,\"unit\":\"人\"}", SheetJson.write(Grammar.parse(v, "参保人数(万人)")));
        assertEquals("{\"op\":\">=\",\"value\":85,\"unit\":null}", SheetJson.write(Grammar.parse(v, "群众满意度")));
        String range = new String("6-9");
        assertEquals("{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":null}", SheetJson.write(Grammar.parse(range, null)));
        assertEquals("{\"op\":\"between\",\"min\":6,\"max\":9,\"unit\":\"月\"}", SheetJson.write(Grammar.parse(range, "可支付月数(月)")));
        String own = new String("≥90%");
        assertEquals(SheetJson.write(Grammar.parse(own, null)), SheetJson.write(Grammar.parse(own, "参保人数(万人)")));
        String lines = new String("成年人≥270\n学生≥200");
        Grammar.parse(lines, null);
        assertTrue(SheetJson.write(Grammar.parse(lines, "补助标准(元)")).contains("\"unit\":\"元\""));
    }
}
