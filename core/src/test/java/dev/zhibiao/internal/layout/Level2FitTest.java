package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Level2FitTest {

    @Test
    void eachCategoryIsSuitedByWhatItsRowsSay() {
        // a count: a number without percent, yuan or time, a counting name
        assertTrue(Level2Fit.fit("数量指标", "培训人数", "≥200人", true) > Level2Fit.fit("质量指标", "培训人数", "≥200人", true));
        // a rate: a percent under a rate's name
        assertTrue(Level2Fit.fit("质量指标", "验收合格率", "≥95%", true) > Level2Fit.fit("数量指标", "验收合格率", "≥95%", true));
        // a cost: yuan
        assertTrue(Level2Fit.fit("成本指标", "人均补助标准", "≤300元", true) > Level2Fit.fit("数量指标", "人均补助标准", "≤300元", true));
        // satisfaction
        assertEquals(2.0, Level2Fit.fit("满意度指标", "服务对象满意度", "≥90%", true));
    }

    @Test
    void aDeadlineIsTimelinessAndARateOfTimelinessNoQuality() {
        assertTrue(Level2Fit.deadline("2019年12月31日前资金到位率"));
        assertTrue(Level2Fit.deadline("年底前完成率"));
        assertFalse(Level2Fit.deadline("医保信息系统验收合格率"));
        String name = "2019年12月31日前资金到位率";
        assertTrue(Level2Fit.fit("时效指标", name, "100%", true) > Level2Fit.fit("质量指标", name, "100%", true));
    }

    @Test
    void boundsPerGroupAreAQuantityAndAMonthCountNoDeadline() {
        String bounds = "成年人≤192.59%;大中小学生、儿童≤260%";
        assertTrue(Level2Fit.fit("数量指标", "补助标准", bounds, true) > Level2Fit.fit("质量指标", "补助标准", bounds, true));
        assertEquals(0.0, Level2Fit.fit("时效指标", "可支配月数(月)", "6-9个月", true));
        assertTrue(Level2Fit.fit("时效指标", "项目完成时间", "12个月", true) > 0);
    }

    @Test
    void aWordedDeliverableIsAnOutputsAndOnlyAWordedEffectAnEffects() {
        // 出台文件: a document issued, an output's quality; before plain36 社会效益指标 took every worded target
        String name = "整合城乡居民医保制度";
        assertTrue(Level2Fit.fit("质量指标", name, "出台文件", false) > Level2Fit.fit("社会效益指标", name, "出台文件", false));
        assertTrue(Level2Fit.fit("质量指标", "开展门诊统筹", "普遍开展", false) > Level2Fit.fit("时效指标", "开展门诊统筹", "普遍开展", false));
        // a worded effect stays an effect's
        assertTrue(Level2Fit.fit("社会效益指标", "参保群众政策知晓率", "普遍知晓", false)
                > Level2Fit.fit("质量指标", "参保群众政策知晓率", "普遍知晓", false));
        assertTrue(Level2Fit.fit("社会效益指标", "困难群众医疗费用负担", "有效缓解", false)
                > Level2Fit.fit("质量指标", "困难群众医疗费用负担", "有效缓解", false));
        // a comparison with another figure is no deliverable
        assertEquals(0.0, Level2Fit.fit("质量指标", "一站式结算覆盖地区", "不低于上年", false));
    }

    @Test
    void aRoleInBuildingASystemIsALastingEffectAndAnAwarenessPercentASurveysFigure() {
        // 对健全…体系的作用 / 的影响, 成效明显: 可持续影响指标 (the keys: 23 rows of 作用, 30 of 影响, all 可持续)
        String role = "对健全医疗保障制度体系的作用";
        assertTrue(Level2Fit.fit("可持续影响指标", role, "成效明显", false) > Level2Fit.fit("社会效益指标", role, "成效明显", false));
        assertTrue(Level2Fit.fit("可持续影响指标", "对健全社会救助体系的影响", "成效明显", false)
                > Level2Fit.fit("社会效益指标", "对健全社会救助体系的影响", "成效明显", false));
        // 政策知晓率 ≥80%: a percent of the people served, as a satisfaction rate (the keys: 31 such rows 满意度, 6 社会效益)
        assertTrue(Level2Fit.fit("服务对象满意度指标", "政策知晓率", "≥80.00(%)", true)
                > Level2Fit.fit("可持续影响指标", "政策知晓率", "≥80.00(%)", true));
        assertTrue(Level2Fit.fit("服务对象满意度指标", "政策知晓率", "≥80.00(%)", true)
                > Level2Fit.fit("社会效益指标", "政策知晓率", "≥80.00(%)", true));
        // worded (普遍知晓) it stays an effect's
        assertTrue(Level2Fit.fit("社会效益指标", "参保群众政策知晓率", "普遍知晓", false)
                > Level2Fit.fit("服务对象满意度指标", "参保群众政策知晓率", "普遍知晓", false));
    }
}
