package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of the sheet templates, in one place: category labels and their parents, header
 * labels, column headings. A new province's wording is a one-line change here.
 * All lookups take folded keys ({@link Text#key}).
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Level of a category label. */
    public enum Level {
        /** Only a level-1 category. */
        L1,
        /** Only a level-2 category. */
        L2,
        /** Both (成本指标: level 1 in newer templates, level 2 under 产出指标 in older ones). */
        BOTH
    }

    /** A canonical category. */
    public record Category(String label, Level level, String parent) {
    }

    /** Canonical categories, level 2 with their level-1 parent. */
    static final Map<String, Category> CATEGORIES = new LinkedHashMap<>();

    static {
        l1("产出指标");
        l1("效益指标");
        l1("效果指标");
        l1("满意度指标");
        CATEGORIES.put("成本指标", new Category("成本指标", Level.BOTH, "产出指标"));
        l2("数量指标", "产出指标");
        l2("质量指标", "产出指标");
        l2("时效指标", "产出指标");
        l2("经济成本指标", "成本指标");
        l2("社会成本指标", "成本指标");
        l2("生态环境成本指标", "成本指标");
        l2("经济效益指标", "效益指标");
        l2("社会效益指标", "效益指标");
        l2("生态效益指标", "效益指标");
        l2("可持续影响指标", "效益指标");
        l2("服务对象满意度指标", "满意度指标");
    }

    private static void l1(String s) {
        CATEGORIES.put(s, new Category(s, Level.L1, null));
    }

    private static void l2(String s, String parent) {
        CATEGORIES.put(s, new Category(s, Level.L2, parent));
    }

    /**
     * The canonical category a printed label means, or null. Accepts the full label, the label
     * without 指标, and a truncation of at least two characters that is the start of exactly one
     * category ({@code 满意} → 满意度指标, {@code 服务对象} → 服务对象满意度指标).
     *
     * @param printed a cell's text
     * @return the category, or null when the text is not a category label
     */
    public static Category category(String printed) {
        String k = Text.key(printed);
        if (k.length() < 2 || k.length() > 12) {
            return null;
        }
        Category c = CATEGORIES.get(k);
        if (c != null) {
            return c;
        }
        c = CATEGORIES.get(k + "指标");
        if (c != null) {
            return c;
        }
        if (k.endsWith("指标")) {
            return null;
        }
        Category found = null;
        for (Category cat : CATEGORIES.values()) {
            if (cat.label().startsWith(k)) {
                if (found != null) {
                    return null;
                }
                found = cat;
            }
        }
        return found;
    }

    /** A column of the indicator table. */
    public enum Column {
        /** The leading 绩效指标 column. */
        LEAD,
        /** 一级指标. */
        L1,
        /** 二级指标. */
        L2,
        /** 三级指标 (the indicator's name). */
        NAME,
        /** 指标值 / 年度指标值. */
        VALUE,
        /** 中期指标值. */
        MID_VALUE,
        /** 全年实际完成值. */
        ACTUAL,
        /** 未完成原因和改进措施. */
        NOTE,
        /** 绩效指标描述. */
        DESCRIPTION,
        /** 指标值确定依据. */
        BASIS,
        /** A column the model has no field for (分值, 得分...): kept as a remnant. */
        OTHER
    }

    /**
     * The column a heading of the indicator table names, or null.
     *
     * @param printed the heading cell
     * @return the column role
     */
    public static Column column(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty()) {
            return null;
        }
        if (k.contains("一级指标") || k.equals("一级")) {
            return Column.L1;
        }
        if (k.contains("二级指标") || k.equals("二级")) {
            return Column.L2;
        }
        if (k.contains("三级指标") || k.equals("三级") || k.equals("指标名称") || k.equals("具体指标") || k.equals("绩效指标名称")) {
            return Column.NAME;
        }
        if (k.contains("确定依据") || k.contains("依据")) {
            return Column.BASIS;
        }
        if (k.contains("描述") || k.contains("指标解释") || k.contains("指标内容")) {
            return Column.DESCRIPTION;
        }
        if (k.contains("实际完成") || k.contains("实际值") || k.contains("完成值") || k.contains("完成情况")) {
            return Column.ACTUAL;
        }
        if (k.contains("原因") || k.contains("改进措施")) {
            return Column.NOTE;
        }
        if (k.contains("中期") && k.contains("指标值")) {
            return Column.MID_VALUE;
        }
        if (k.contains("指标值") || k.endsWith("目标值") || k.equals("标准值") || k.equals("预期值") || k.equals("计划值")) {
            return Column.VALUE;
        }
        if (k.equals("绩效指标") || k.equals("指标")) {
            return Column.LEAD;
        }
        if (k.equals("分值") || k.equals("得分") || k.contains("权重")) {
            return Column.OTHER;
        }
        return null;
    }

    /** Header labels naming the project. */
    static final List<String> PROJECT = List.of("项目名称", "专项名称", "转移支付(项目)名称", "转移支付项目名称",
            "专项(项目)名称", "转移支付名称", "资金名称", "项目");
    /** Header labels naming the region. */
    static final List<String> REGION = List.of("市(县)名称", "市县名称", "地区", "资金使用单位", "区域", "地区名称", "县(市、区)名称");

    private static final Pattern LABEL_SUFFIX = Pattern.compile(
            ".{1,14}(名称|部门|单位|代码|编码|属性|项目期|期限|类型|负责人|联系人|联系电话|电话|级次|类别|性质)");

    /** Known header labels other than project and region. */
    static final List<String> HEADER_LABELS = List.of("省级财政部门", "省级主管部门", "地方财政部门", "地方主管部门",
            "中央主管部门", "主管部门", "主管部门及代码", "实施单位", "项目属性", "项目期", "项目编码", "项目类型",
            "预算单位", "填报单位", "项目负责人", "联系电话", "项目起止时间", "实施期限", "绩效目标类型", "资金用途",
            "项目概况", "立项依据", "项目内容", "实施内容", "项目类别");

    /**
     * Whether a cell is a header label ({@code 项目名称}, {@code 省级财政部门}, {@code 实施单位}).
     *
     * @param printed the cell
     * @return true for a header label
     */
    public static boolean isHeaderLabel(String printed) {
        String k = labelKey(printed);
        if (k.isEmpty() || k.length() > 16) {
            return false;
        }
        if (PROJECT.contains(k) || REGION.contains(k) || HEADER_LABELS.contains(k)) {
            return true;
        }
        return LABEL_SUFFIX.matcher(k).matches() && !k.matches(".*[0-9].*") && !k.contains("局") && !k.contains("厅")
                && !k.contains("中心") && !k.contains("医院");
    }

    /**
     * Whether a cell is one of the known header labels (not merely shaped like one).
     *
     * @param printed the cell
     * @return true for a known header label
     */
    public static boolean isKnownHeaderLabel(String printed) {
        String k = labelKey(printed);
        return PROJECT.contains(k) || REGION.contains(k) || HEADER_LABELS.contains(k);
    }

    /**
     * The known label a cell starts with, when label and value were printed in one cell
     * ({@code 实施单位 弋阳县医疗保障服务中心}), or null.
     */
    static String leadingLabel(String printed) {
        String c = Text.clean(printed);
        if (c == null) {
            return null;
        }
        int sp = c.indexOf(' ');
        if (sp <= 0) {
            return null;
        }
        String head = c.substring(0, sp);
        String k = labelKey(head);
        if (PROJECT.contains(k) || REGION.contains(k) || HEADER_LABELS.contains(k)) {
            return head;
        }
        return null;
    }

    /** The folded form of a label: no spaces, half-width brackets, no trailing colon. */
    static String labelKey(String printed) {
        String k = Text.key(printed);
        while (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /** Labels of the goals row. */
    static boolean isGoalsLabel(String printed) {
        String k = labelKey(printed);
        return k.length() <= 10 && k.endsWith("目标") && !k.matches(".*\\d.*") && !k.startsWith("目标")
                && !k.contains("完成");
    }

    /** Label of the mid-term goals. */
    static boolean isMidTermGoalsLabel(String printed) {
        String k = labelKey(printed);
        return isGoalsLabel(printed) && k.contains("中期");
    }

    /**
     * Label of the project's goals where a sheet prints them beside the year's: 项目总目标,
     * 中期目标, 实施期目标, 总目标 (not 年度总体目标).
     */
    static boolean isProjectGoalsLabel(String printed) {
        String k = labelKey(printed);
        return isGoalsLabel(printed) && !k.contains("年度")
                && (k.contains("项目总目标") || k.contains("中期") || k.contains("实施期") || k.equals("总目标")
                || k.equals("长期目标"));
    }

    /** Labels that start the money block: 资金情况 (万元), 项目资金（万元）, 年度资金. */
    static boolean isFundingLabel(String printed) {
        String k = labelKey(printed);
        if (k.length() > 16 || k.isEmpty()) {
            return false;
        }
        return (k.startsWith("资金情况") || k.startsWith("项目资金") || k.startsWith("资金来源") || k.startsWith("预算资金")
                || k.startsWith("资金投入") || k.startsWith("年度资金情况"));
    }

    /** The unit a money-block label states in brackets, default 万元. */
    static String fundingUnit(String printed) {
        String k = Text.key(printed);
        if (k.contains("(万元)")) {
            return "万元";
        }
        if (k.contains("(元)")) {
            return "元";
        }
        if (k.contains("(亿元)")) {
            return "亿元";
        }
        if (k.contains("(千元)")) {
            return "千元";
        }
        return null;
    }

    /** The management block of self-evaluations. */
    static boolean isManagementLabel(String printed) {
        return labelKey(printed).equals("资金管理情况");
    }

    /** The completion block of self-evaluations: 总体目标完成情况. */
    static boolean isCompletionLabel(String printed) {
        String k = labelKey(printed);
        return k.contains("目标完成情况") || k.equals("总体目标完成情况");
    }

    /** The indicator block's leading label when it is printed alone: 绩效指标. */
    static boolean isIndicatorBlockLabel(String printed) {
        String k = labelKey(printed);
        return k.equals("绩效指标");
    }

    /** A footnote row: 说明, 备注, 注. */
    static boolean isNoteLabel(String printed) {
        String k = labelKey(printed);
        return k.equals("说明") || k.equals("备注") || k.startsWith("注");
    }
}
