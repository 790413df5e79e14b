package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import java.util.regex.Pattern;

/**
 * How well a level-2 category label (数量指标, 质量指标, 时效指标 …) suits an indicator row, judged from what the row's
 * name and value say: a count's number, a rate's percent, a deadline's date, a cost's yuan, a satisfaction's word. A
 * reader that finds level-2 labels printed apart from their rows (plain pdftotext prints a merged label once, at the
 * middle of its rows and often before or after them) weighs where each label's group ends by these fits. Moved from the
 * plain pdftotext reader (session 21): the judgement is about the sheet's categories, not about a rendering.
 */
public final class Level2Fit {
    private Level2Fit() {
    }

    /**
     * A value that names its group before its bound ({@code 成年人≥270 元; 大中小学生、儿童≥200 元}): one to four Han
     * characters, a comparison sign, a digit.
     */
    public static final Pattern GROUP_BOUND = Pattern.compile("^\\p{IsHan}{1,4}[≥≤＞＜≧≦]\\d");

    private static final Pattern COUNTING_NAME = Pattern.compile(".*数([(（][^()（）]{1,3}[)）])?");
    private static final Pattern TIME_VALUE = Pattern.compile(".*\\d+(月|日|天|年|小时|工作日|个月).*");
    private static final Pattern YUAN = Pattern.compile(".*元.*");
    private static final Pattern COUNT_WORD = Pattern.compile(".*(数|次数|人数|个数|台数|量).*");
    private static final Pattern TIMELY_WORD = Pattern.compile(".*(及时|即时|时限).*");
    private static final Pattern QUALITY_WORD = Pattern.compile(".*(率|合格|达标|质量|准确|规范).*");
    private static final Pattern TIME_WORD = Pattern.compile(".*(时间|时限|及时|即时|期限|进度).*");
    private static final Pattern COST_WORD = Pattern.compile(".*(费|成本|金额|资金|补助|价格|单价|标准).*");
    private static final Pattern LASTING_VALUE = Pattern.compile(".*(长期|持续|年).*");
    private static final Pattern LASTING_WORD = Pattern.compile(".*(持续|长期|机制|长效|影响|作用).*");
    private static final Pattern ECONOMIC_WORD = Pattern.compile(".*(经济|收入|负担|增收).*");
    private static final Pattern ECOLOGY_WORD = Pattern.compile(".*(生态|环境|绿色).*");
    /** A worded target stating a change or an effect reached (有效缓解, 明显提高, 普遍知晓): an effect's, not an output's. */
    private static final Pattern EFFECT_WORD = Pattern.compile(".*(提高|提升|改善|缓解|减少|降低|增强|增加|扩大|知晓|明显|显著|好转).*");
    /** A worded target bounded by a comparison with another figure (不低于上年): no deliverable. */
    private static final Pattern COMPARED_WORD = Pattern.compile(".*(不低于|不高于|不少于|不多于|不超过|低于|高于|上年|同期).*");
    private static final Pattern DEADLINE = Pattern.compile(".*(\\d{1,2}月(\\d{1,2}日)?|年底|年末|月底)(前|之前).*");

    /**
     * How well a level-2 label suits a row: 0 when nothing in the row speaks for it, up to 3.
     *
     * @param labelKey the label's folded text (a reader's key of 数量指标 …)
     * @param name the row's name, folded ("" when it has none)
     * @param value the row's value, folded ("" when it has none)
     * @param numeric whether the reader takes the value for a value (a comparison, a number, a worded target)
     * @return the fit, higher for a better one
     */
    public static double fit(String labelKey, String name, String value, boolean numeric) {
        boolean percent = value.contains("%");
        boolean money = value.contains("元");
        // a value that names a group before each bound (成年人≥270 元; 大中小学生、儿童≥200 元) sets an amount for
        // each group: a 数量 indicator's, whatever its unit (not a rate's percent, not a cost's yuan)
        boolean groupBounds = Rx.find(GROUP_BOUND, value);
        // a name that counts (可支配月数(月)) gives a number of months or days, not a deadline
        boolean counts = Rx.matches(COUNTING_NAME, name);
        boolean time = Rx.matches(TIME_VALUE, value) && !Rx.matches(YUAN, value) && !counts;
        String k = labelKey;
        double s = 0;
        if (k.startsWith("数量")) {
            s += numeric && !percent && !money && !time || groupBounds ? 2 : 0;
            s += Rx.matches(COUNT_WORD, name) && !name.contains("率") ? 0.5 : 0;
        } else if (k.startsWith("质量")) {
            // a rate of timeliness (及时率, 即时结算率) is a 时效 indicator, not a 质量 one
            boolean timely = Rx.matches(TIMELY_WORD, name) || deadline(name);
            s += percent && !timely && !groupBounds ? 2 : 0;
            // a rate whose target is worded (政策知晓率 / 普遍知晓) is an effect, not a measured quality
            s += Rx.matches(QUALITY_WORD, name) && !timely && (numeric || value.isEmpty()) ? 1 : 0;
            // a worded target naming a deliverable or a state reached (出台文件, 普遍开展), no effect and no comparison
            s += worded(value, numeric, groupBounds) && !Rx.matches(EFFECT_WORD, value) && !Rx.matches(COMPARED_WORD, value) ? 0.5 : 0;
        } else if (k.startsWith("时效")) {
            s += time ? 2 : 0;
            s += Rx.matches(TIME_WORD, name) || deadline(name) ? 1 : 0;
        } else if (k.contains("成本")) {
            s += money && !groupBounds ? 2 : 0;
            s += Rx.matches(COST_WORD, name) ? 0.5 : 0;
        } else if (k.contains("满意")) {
            s += name.contains("满意") ? 2 : 0;
            // an awareness rate measured in percent (政策知晓率 ≥80%) is a survey's figure of the people served, as a
            // satisfaction rate is; worded (普遍知晓) it states an effect reached (社会效益指标's)
            s += name.contains("知晓") && percent ? 0.5 : 0;
        } else if (k.startsWith("可持续")) {
            s += Rx.matches(LASTING_VALUE, value) ? 2 : 0;
            s += Rx.matches(LASTING_WORD, name) ? 1 : 0;
        } else if (k.startsWith("经济")) {
            s += Rx.matches(ECONOMIC_WORD, name) ? 1 : 0;
        } else if (k.startsWith("生态")) {
            s += Rx.matches(ECOLOGY_WORD, name) ? 1 : 0;
        } else if (k.startsWith("社会")) {
            // a worded target states an effect (有效缓解, 普遍知晓); a deliverable (出台文件) is an output's
            s += !numeric && (value.isEmpty() || Rx.matches(EFFECT_WORD, value)) ? 0.5 : 0;
        }
        return s;
    }

    /** A target in words: no number, no comparison sign, no list of group bounds. */
    private static boolean worded(String value, boolean numeric, boolean groupBounds) {
        return !numeric && !groupBounds && !value.isEmpty() && value.chars().noneMatch(ch -> ch >= '0' && ch <= '9'
                || "≥≤＞＜≧≦<>=%".indexOf(ch) >= 0);
    }

    /**
     * Whether a name states a deadline ({@code 2019年12月31日前…到位率}, {@code 年底前…}): a timeliness indicator.
     *
     * @param name the name, folded
     * @return true when it names a date or 年底/年末/月底 followed by 前
     */
    public static boolean deadline(String name) {
        return Rx.matches(DEADLINE, name);
    }
}
