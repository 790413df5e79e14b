package dev.zhibiao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
        "≥2次|1次|NOT_MET",
        "≥2次|2次|MET",
        "≥2次|3次|MET",
        "100%|98%|NOT_MET",
        "100%|100%|MET",
        "≥70%|≥70%|MET",
        "≥70%|≥80%|MET",
        "≥70%|≥60%|UNDECIDABLE",
        "≥70%|<60%|NOT_MET",
        ">55%|55%|NOT_MET",
        "≤0.76万元|7600元|MET",
        "≤0.76万元|0.8万元|NOT_MET",
        "6-9个月|7个月|MET",
        "6-9个月|10个月|NOT_MET",
        "6-9个月|6-9个月|MET",
        "≥90%|≥90次|UNDECIDABLE",
        "≤3‰|0.2%|MET",
        "≤0.3%|5‰|NOT_MET",
        "逐步推开|逐步推开|MET",
        "有效缓解|已有效缓解|MET",
        "有效缓解|明显提高|UNDECIDABLE",
        "不低于上年|不低于上年|MET",
        "不低于上年|高于上年|MET",
        "不低于上年|较上年减少|NOT_MET",
        "不低于上年|95%|UNDECIDABLE",
        "12月底|2019年11月|MET",
        "7月份|9月底|NOT_MET",
        "成年人≥270元; 儿童≥200元|成年人280元; 儿童210元|MET",
        "成年人≥270元; 儿童≥200元|成年人280元; 儿童190元|NOT_MET",
        // about: only the bound itself is known to meet it (how near is near enough is not printed)
        "70%左右|70%|MET",
        "70%左右|约70%|MET",
        "70%左右|69%|UNDECIDABLE",
        "70%左右|≥60%|UNDECIDABLE",
        "≥90%|约95%|MET",
        "≥90%|约85%|NOT_MET",
        "≥90%|约90%|UNDECIDABLE",
        "6-9个月|约7个月|MET",
        // forms around one target
        "每年≥2次|3次/年|MET",
        "95%≤X≤100%|96%|MET",
        "95%≤X≤100%|94%|NOT_MET",
        "满意度≥90%|92%|MET",
        // a change against the same reference: the changes compared
        "比上年增长10%|比上年增长12%|MET",
        "比上年增长10%|比上年增长8%以内|NOT_MET",
        "比上年增长10%|不低于上年|UNDECIDABLE",
        "不低于上年|比上年增长12%|MET",
        "比上年增长10%|同比提高2个百分点|UNDECIDABLE",
    })
    void evaluates(String target, String actual, Verdict expected) {
        assertEquals(expected, Targets.parse(target).test(Targets.parse(actual)));
    }

    @Test
    void nullActualIsUndecidable() {
        assertEquals(Verdict.UNDECIDABLE, Targets.parse("≥2次").test((Target) null));
    }

    @Test
    void referenceDecidedWithItsValue() {
        Target t = Targets.parse("不低于上年");
        assertEquals(Verdict.UNDECIDABLE, t.test(Targets.parse("95%")));
        assertEquals(Verdict.MET, t.test(Targets.parse("95%"), r -> r.equals("上年") ? Quantity.of(90, "%") : null));
        assertEquals(Verdict.NOT_MET, t.test(Targets.parse("85%"), r -> r.equals("上年") ? Quantity.of(90, "%") : null));
    }

    @Test
    void aboutIsItsOwnOperator() {
        assertEquals("≈ 70 %", Targets.parse("70%左右").toString());
        assertEquals("≈ 70 %", Targets.parse("约70%").toString());
        assertEquals("≈ 5 天", Targets.parse("保持在5天上下").toString());
        assertEquals("≥ 90 %", Targets.parse("约90%以上").toString()); // the bound word decides
        assertEquals("6..9 月", Targets.parse("6-9个月左右").toString());
    }

    @Test
    void aChangeIsDecidedWithItsReferencesValue() {
        Target rise = Targets.parse("比上年增长10%");
        assertEquals("≥ 上年 +10 %", rise.toString());
        assertEquals(Verdict.MET, rise.test(Targets.parse("1120人"), r -> Quantity.of(1000, "人")));
        assertEquals(Verdict.NOT_MET, rise.test(Targets.parse("1050人"), r -> Quantity.of(1000, "人")));
        Target points = Targets.parse("较上年提高2个百分点");
        assertEquals(Verdict.MET, points.test(Targets.parse("92%"), r -> Quantity.of(90, "%")));
        assertEquals(Verdict.NOT_MET, points.test(Targets.parse("91%"), r -> Quantity.of(90, "%")));
        assertEquals(Verdict.UNDECIDABLE, points.test(Targets.parse("91人"), r -> Quantity.of(90, "人")));
        Target fall = Targets.parse("较上年减少5万元");
        assertEquals(Verdict.MET, fall.test(Targets.parse("90万元"), r -> Quantity.parse("100万元")));
        assertEquals(Verdict.NOT_MET, fall.test(Targets.parse("96万元"), r -> Quantity.parse("100万元")));
    }

    @Test
    void quantities() {
        assertEquals(new Quantity(new BigDecimal("2996800"), "人"), Quantity.parse("299.68万人"));
        assertEquals(Quantity.of(2, "次"), Quantity.parse("两次"));
        assertEquals(Verdict.NOT_MET, Targets.parse("100%").test(Quantity.of(98, "%")));
        assertEquals("2996800 人", Quantity.parse("299.68万人").toString());
    }

    @Test
    void roundTripsThroughToString() {
        String[] values = {"≥299.68万人", "6-9个月", "不低于上年", "不超过政府承受能力", "较上年减少", "12月底前",
            "7月份", "2019年12月31日前", "成年人≥270元; 大中小学生、儿童≥200元", "逐步推开", "480元/人.天", "-5%",
            "0", "≤0.76万元", "一千零一", "百分之九十五", "不低于上年度", "12月中旬", "年初",
            // a fraction whose plain form is longer than the 40 characters read of one number
            "1亿20分之1", "1亿亿亿亿亿", "1亿20分之1-1亿亿亿亿亿",
            "70%左右", "约上年", "每年≥2次", "95%≤X≤100%", "6-9个月左右", "比上年增长10%", "较上年下降2个百分点",
            "较基期增加3万人"};
        for (String v : values) {
            Target t = Targets.parse(v);
            assertEquals(t, Targets.parse(t.toString()), v + " -> " + t);
        }
    }
}
