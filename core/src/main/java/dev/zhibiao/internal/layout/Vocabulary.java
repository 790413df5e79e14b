package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Recent;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the sheet templates, in one place: category labels and their parents, header
 * labels, column headings. A new province's wording is a one-line change here.
 * All lookups take folded keys ({@link Text#key}).
 */
public final class Vocabulary {
    private static final java.util.regex.Pattern DIGIT_LINE = java.util.regex.Pattern.compile(".*\\d.*");
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
        // other provinces' and older templates' names for a level-2 slot (not in FRAMEWORK_ORDER: alternatives of
        // a slot there, so no gap between two printed labels is filled with them): 环境效益指标 of the 2011–2015
        // frameworks beside or instead of 生态效益指标; 社会公众或服务对象满意度指标 of Hunan's forms
        l2("环境效益指标", "效益指标");
        l2("社会公众或服务对象满意度指标", "满意度指标");
    }

    /** The categories by their label without the final 指标 : {@code k + "指标"} looked up without building it. */
    private static final Map<String, Category> BY_STEM = new java.util.HashMap<>();

    static {
        for (Map.Entry<String, Category> e : CATEGORIES.entrySet()) {
            if (e.getKey().endsWith("指标")) {
                BY_STEM.put(e.getKey().substring(0, e.getKey().length() - 2), e.getValue());
            }
        }
    }

    /** The categories in the map's order, for the prefix search (no iterator per question). */
    private static final Category[] CATEGORY_LIST = CATEGORIES.values().toArray(new Category[0]);

    /** @return {@code CATEGORIES.get(k + "指标")} */
    private static Category byStem(String k) {
        return BY_STEM.get(k);
    }

    /** @return every key {@link #isLevel1Key} or {@link #isLevel2Key} can accept (labels and their stems), and others */
    public static java.util.Set<String> categoryKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>(CATEGORIES.keySet());
        keys.addAll(BY_STEM.keySet());
        return keys;
    }

    /** @return {@code CATEGORIES.containsKey(k + "指标")}, without building the joined text */
    static boolean isCategoryStem(String k) {
        return BY_STEM.containsKey(k);
    }

    private static void l1(String s) {
        CATEGORIES.put(s, new Category(s, Level.L1, null));
    }

    private static void l2(String s, String parent) {
        CATEGORIES.put(s, new Category(s, Level.L2, parent));
    }

    /**
     * Categories whose label without 指标 is also how an indicator is named (服务对象满意度 | ≥90%, 满意度 |
     * 100%: a satisfaction category's one indicator is named by its stem), so a name cell holding
     * that stem is a name, not a label printed in the name column.
     */
    static final java.util.Set<String> STEM_ALSO_NAME = java.util.Set.of("满意度指标", "服务对象满意度指标");

    /**
     * Level-1 labels that some templates also print in the 二级 column under themselves
     * ({@code 满意度指标 | 满意度指标 | …}, where no 服务对象满意度指标 is named).
     */
    static final List<String> ALSO_LEVEL2 = List.of("满意度指标");

    /**
     * The level-2 labels in the order the indicator framework lists them (产出: 数量, 质量, 时效, 成本;
     * the cost family; 效益: 经济, 社会, 生态, 可持续影响; 满意度): the order a 二级 column prints them
     * top to bottom.
     */
    static final List<String> FRAMEWORK_ORDER = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标",
            "社会成本指标", "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
            "服务对象满意度指标");

    /**
     * The category a whole printed label names: the full label or the label without 指标
     * ({@code 社会效益}), not a truncation; null otherwise.
     *
     * @param printed a cell's text
     * @return the category, or null
     */
    public static Category wholeCategory(String printed) {
        return wholeCategoryOfKey(Text.key(printed));
    }

    /**
     * The category label a printed text gives after an outline number ({@code 一、产出指标},
     * {@code （一）数量指标}, {@code 1.数量指标} give 产出指标, 数量指标): a group row's label as
     * printed; null when the text is not numbered or the rest is no whole category label.
     *
     * @param printed a cell's text
     * @return the label without its number, or null
     */
    public static String outlinedCategoryLabel(String printed) {
        java.util.regex.Matcher m = OutlineRows.NUMBERED.matcher(Text.clean(printed).strip());
        return m.matches() && wholeCategory(m.group(3)) != null ? m.group(3).strip() : null;
    }

    /** {@link #wholeCategory} of a text whose {@link Text#key} is {@code k}. */
    private static Category wholeCategoryOfKey(String k) {
        Category c = CATEGORIES.get(k);
        return c != null ? c : k.endsWith("指标") ? null : byStem(k);
    }

    /**
     * Whether a printed label names a scored table's total row (总分, 合计 …): a footer of the
     * indicator table, never an indicator (the words are {@link TemplateColumns}'s, which sets that
     * row aside).
     *
     * @param printed a cell's text
     * @return true for a total row's label
     */
    public static boolean isTotalLabel(String printed) {
        return TemplateColumns.isTotal(printed);
    }

    /**
     * Whether a printed cell is a row-number column's heading (序号, 编号, 行次), which names no column of
     * the model (moved from the parsers' cell-per-line reader).
     *
     * @param printed a cell's text
     * @return true for a row-number column's heading
     */
    public static boolean isRowNumberHeading(String printed) {
        String k = Text.key(printed);
        return k.equals("序号") || k.equals("编号") || k.equals("行次");
    }

    /**
     * Whether a printed label stands in the 一级 column (产出指标, 成本指标 …), whole.
     *
     * @param printed a cell's text
     * @return true for a level-1 label
     */
    public static boolean isLevel1Label(String printed) {
        return isLevel1Key(Text.key(printed));
    }

    /**
     * {@link #isLevel1Label} of a text whose {@link Text#key} is {@code key} (asked of a key
     * already folded, without folding it again).
     *
     * @param key a folded key
     * @return true for a level-1 label
     */
    public static boolean isLevel1Key(String key) {
        Category c = wholeCategoryOfKey(key);
        return c != null && c.level() != Level.L2 && c.label().equals(key);
    }

    /**
     * Whether a printed label can stand in the 二级 column (数量指标, 社会效益, 成本指标, and the
     * level-1 labels some templates repeat there), whole.
     *
     * @param printed a cell's text
     * @return true for a level-2 label
     */
    public static boolean isLevel2Label(String printed) {
        return isLevel2Key(Text.key(printed));
    }

    /**
     * {@link #isLevel2Label} of a text whose {@link Text#key} is {@code key}.
     *
     * @param key a folded key
     * @return true for a level-2 label
     */
    public static boolean isLevel2Key(String key) {
        Category c = wholeCategoryOfKey(key);
        return c != null && (c.level() != Level.L1 || ALSO_LEVEL2.contains(c.label()) && c.label().equals(key));
    }

    /**
     * The level-1 label a level-2 label belongs to (数量指标 → 产出指标, 经济成本指标 → 成本指标), or null.
     *
     * @param level2 a printed level-2 label
     * @return the parent's label, or null
     */
    public static String parentOf(String level2) {
        Category c = wholeCategory(level2);
        if (c == null) {
            return null;
        }
        return c.level() == Level.L1 ? ALSO_LEVEL2.contains(c.label()) ? c.label() : null : c.parent();
    }

    /**
     * A level-2 label's place in the framework's order ({@link #FRAMEWORK_ORDER}), or -1.
     *
     * @param level2 a printed level-2 label
     * @return the rank, or -1
     */
    public static int frameworkRank(String level2) {
        Category c = wholeCategory(level2);
        return c == null ? -1 : FRAMEWORK_ORDER.indexOf(c.label());
    }

    /**
     * @param label a category label
     * @return whether it is one of the indicator framework's labels (level 1, or a level 2 of {@link #FRAMEWORK_ORDER}),
     *         not another template's name for a slot
     */
    public static boolean inFramework(String label) {
        Category c = CATEGORIES.get(label);
        return c != null && (c.level() != Level.L2 || FRAMEWORK_ORDER.contains(label));
    }

    /**
     * The category labels, level 1 and level 2: the framework's in its order, then other templates' names for its slots.
     *
     * @return the labels (unmodifiable)
     */
    public static java.util.Set<String> categoryLabels() {
        return java.util.Collections.unmodifiableSet(CATEGORIES.keySet());
    }

    /** The points a scored template prints after a category label: {@code 产出指标(50分)}. */
    private static final Pattern POINTS = Pattern.compile("\\([0-9]+(?:\\.[0-9]+)?分?\\)$");
    /** An outline number before a label: 一、 1. 1、 (一) (1) 1). */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile(
            "^(?:\\([0-9一二三四五六七八九十]{1,3}\\)|[0-9一二三四五六七八九十]{1,3}[、.)])");

    /** Whether a folded text starts with what {@link #OUTLINE_NUMBER} matches (asked first: no matcher per cell). */
    private static boolean startsNumbered(String k) {
        char c = k.charAt(0);
        return c == '(' || c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /**
     * The canonical category a printed label means, or null. Accepts the full label, the label
     * without 指标, and a truncation of at least two characters that is the start of exactly one
     * category ({@code 满意} → 满意度指标, {@code 服务对象} → 服务对象满意度指标). Points printed after
     * the label in scored templates ({@code 产出指标(50分)}) are not part of it.
     *
     * @param printed a cell's text
     * @return the category, or null when the text is not a category label
     */
    public static Category category(String printed) {
        String k = Text.key(printed);
        if (k.indexOf(')') >= 0) {
            k = Rx.replaceFirst(POINTS, k, "");
        }
        if (k.length() > 2 && startsNumbered(k)) {
            k = Rx.replaceFirst(OUTLINE_NUMBER, k, ""); // 一、产出, 1.数量, (一)质量指标: numbered as an outline
        }
        if (k.length() < 2 || k.length() > 12) {
            return null;
        }
        Category c = CATEGORIES.get(k);
        if (c != null) {
            return c;
        }
        c = byStem(k);
        if (c != null) {
            return c;
        }
        if (k.endsWith("指标")) {
            return null;
        }
        Category found = null;
        for (Category cat : CATEGORY_LIST) {
            if (cat.label().startsWith(k)) {
                if (found != null) {
                    return null;
                }
                found = cat;
            }
        }
        return found;
    }

    /** A column of the indicator table; the heading words of each are in {@code headings.tsv}. */
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
        /**
         * 全年预计完成情况 of a monitoring sheet: a forecast, neither the target nor what was done; the
         * model has no field for it, so its cells are remnants.
         */
        FORECAST,
        /** 绩效指标描述. */
        DESCRIPTION,
        /** 指标值确定依据. */
        BASIS,
        /** 指标性质: the operator of a split value (≥, ≤, =) or 定性/定量. */
        OPERATOR,
        /** 度量单位 / 计量单位: the unit of a split value. */
        UNIT,
        /** The operator of a split actual (an operator column after the actual). */
        ACTUAL_OPERATOR,
        /** The unit of a split actual (a unit column after the actual). */
        ACTUAL_UNIT,
        /** 权重 / 分值. */
        WEIGHT,
        /** 得分. */
        SCORE,
        /** 指标方向性: 正向指标 / 反向指标. */
        DIRECTION,
        /** 单位名称 of a department's table of several projects. */
        UNIT_NAME,
        /** 项目名称 of a department's table of several projects. */
        PROJECT,
        /** 预算数 of a department's table of several projects. */
        BUDGET,
        /** 项目编码 / 项目代码 of a table of several projects (a flat export: one row per indicator). */
        PROJECT_CODE,
        /** 年度目标 of a department's table of several projects. */
        GOALS,
        /**
         * 指标类型 / 指标类别: a category column whose cells tell which level it holds (产出指标 …: the
         * 一级指标 column); unknown when they do not (定量, 定性).
         */
        CATEGORY,
        /** A column the model has no field for (a heading no rule names): kept as a remnant. */
        OTHER
    }

    /**
     * The column a heading of the indicator table names, or null (rules in {@code headings.tsv}).
     *
     * @param printed the heading cell
     * @return the column role
     */
    public static Column column(String printed) {
        return printed == null ? columnOf(null) : COLUMNS.get(printed);
    }

    /** Column roles of the cell texts asked lately (each cell is asked again for every row shift tried). */
    private static final Recent<Column> COLUMNS = new Recent<>(1024) {
        @Override
        protected Column compute(String printed) {
            return columnOf(printed);
        }
    };

    private static Column columnOf(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty()) {
            return null;
        }
        return Headings.role(k);
    }

    /**
     * The indicator table's heading words a reader of flow text (pdftotext without {@code -layout})
     * finds the table by, each printed whole on its own line or among others.
     */
    public static final List<String> TABLE_HEADING_WORDS = List.of("一级指标", "二级指标", "三级指标", "指标值", "绩效指标",
            "指标内容", "指标名称", "全年实际完成值", "未完成原因和改进措施");
    /**
     * Whether a text holds a word sheets of these kinds print (绩效, 指标, titles, heading words, labels; folded).
     *
     * @param printed a cell's text as printed
     * @return true when one of those words is in it
     * @see SheetWords#printsSheetWords
     */
    public static boolean printsSheetWords(String printed) {
        return SheetWords.printsSheetWords(printed);
    }

    /**
     * How many times the words sheets print stand in a text, folded.
     *
     * @param text a document's text (or its start)
     * @return the count, overlapping words counted each
     * @see SheetWords#sheetWordCount
     */
    public static int sheetWordCount(String text) {
        return SheetWords.sheetWordCount(text);
    }

    /**
     * The labels that start a header line in flow text (项目名称 …, the fiscal form's 主管部门及代码,
     * 项目属性, 项目期), matched at the start of a line's folded text.
     */
    public static final List<String> HEADER_LINE_LABELS = List.of("项目名称", "主管部门及代码", "主管部门", "实施单位",
            "项目属性", "项目期", "预算单位", "项目单位", "单位名称", "资金使用单位", "市(县)名称", "市（县）名称", "地区",
            "专项名称", "转移支付名称", "项目负责人", "联系电话", "项目编码", "项目类型", "省级财政部门", "省级主管部门",
            "填报单位", "部门名称", "预算年度", "实施期限", "项目起止时间", "专项资金名称", "资金项目名称");
    /**
     * The money block's line labels in flow text (two periods' 中期资金总额 / 年度资金总额, sources such
     * as 中央资金 / 地方资金), matched whole; core's money labels ({@link MoneyVocabulary#isMoneyLabel}) are asked too.
     */
    public static final List<String> FUNDING_LINE_LABELS = List.of("中期资金总额", "年度资金总额", "资金总额", "其中：财政拨款",
            "其中:财政拨款", "财政拨款", "其他资金", "年度金额", "中央资金", "省级资金", "市级资金", "县级资金", "上年结转",
            "本级财政资金", "其中：中央补助", "中央补助", "地方资金");

    /** Header labels naming the project. */
    static final List<String> PROJECT = List.of("项目名称", "专项名称", "转移支付(项目)名称", "转移支付项目名称",
            "专项(项目)名称", "转移支付名称", "资金名称", "项目",
            // a city's or province's 财政专项资金 forms name the fund: 专项资金名称, 资金项目名称
            "专项资金名称", "专项资金项目名称", "资金项目名称", "项目资金名称");
    /** Header labels naming the region. */
    static final List<String> REGION = List.of("市(县)名称", "市县名称", "地区", "资金使用单位", "区域", "地区名称", "县(市、区)名称");

    private static final Pattern LABEL_SUFFIX = Pattern.compile(
            ".{1,14}(名称|部门|单位|代码|编码|属性|项目期|期限|类型|负责人|联系人|联系电话|电话|级次|类别|性质)");
    /** The words {@link #LABEL_SUFFIX} ends with: a text ending with none is not asked. */
    private static final String[] LABEL_SUFFIXES = {"名称", "部门", "单位", "代码", "编码", "属性", "项目期", "期限", "类型", "负责人",
        "联系人", "联系电话", "电话", "级次", "类别", "性质"};

    /** @return whether {@code k} ends with one of {@code words} */
    static boolean endsWithAny(String k, String[] words) {
        for (String w : words) {
            if (k.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code k} holds an ASCII digit (as {@code .*[0-9].*} on a text without line terminators) */
    static boolean hasDigit(String k) {
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) >= '0' && k.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Known header labels other than project and region. */
    static final List<String> HEADER_LABELS = List.of("省级财政部门", "省级主管部门", "地方财政部门", "地方主管部门",
            "中央主管部门", "主管部门", "主管部门及代码", "实施单位", "项目属性", "项目期", "项目编码", "项目类型",
            "预算单位", "填报单位", "项目负责人", "联系电话", "项目起止时间", "实施期限", "绩效目标类型", "资金用途",
            "项目概况", "立项依据", "项目内容", "实施内容", "项目类别", "主管预算部门", "项目实施单位",
            // 部门整体支出 sheets: the department's duties, a text
            "部门职能职责概述", "部门职能概述", "部门职责概述", "职能职责", "部门职责",
            // the sheet's year as a header pair (预算年度 | 2025): read as the year (HeaderBlock.put)
            "预算年度", "项目年度", "填报年度", "申报年度", "所属年度", "评价年度", "自评年度", "绩效年度");
    /** {@link #PROJECT}, {@link #REGION} and {@link #HEADER_LABELS} as one set: asked of most lines of flow text. */
    private static final Set<String> KNOWN_LABELS = knownLabels();

    /** The hashes of {@link #KNOWN_LABELS}, sorted: a key whose hash is not among them is no known label. */
    private static final int[] KNOWN_LABEL_HASHES = hashes(KNOWN_LABELS);

    /** The sorted hashes of a set's words (a loop: a stream's lambda would be a class spun at start-up). */
    private static int[] hashes(Set<String> words) {
        int[] h = new int[words.size()];
        int i = 0;
        for (String w : words) {
            h[i++] = w.hashCode();
        }
        java.util.Arrays.sort(h);
        return h;
    }

    private static Set<String> knownLabels() {
        Set<String> all = new HashSet<>(PROJECT);
        all.addAll(REGION);
        all.addAll(HEADER_LABELS);
        return Set.copyOf(all);
    }

    /** Header labels whose value is the sheet's year ({@code 预算年度 | 2025}). */
    static final List<String> YEAR_LABELS = List.of("预算年度", "项目年度", "填报年度", "申报年度", "所属年度", "评价年度",
            "自评年度", "绩效年度");

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
        if (KNOWN_LABELS.contains(k)) {
            return true;
        }
        return endsWithAny(k, LABEL_SUFFIXES) && Rx.matches(LABEL_SUFFIX, k) && !hasDigit(k) && !k.contains("局")
                && !k.contains("厅") && !k.contains("中心") && !k.contains("医院");
    }

    /**
     * Whether words name an indicator table's columns by themselves, the heading of a template that
     * prints no 一级/二级/三级 trio ({@code 指标类型 | 指标名称 | 目标值 | 备注}): three words or more,
     * each one heading of its own (eight characters at most: not several an OCR engine ran
     * together), one naming the category or name column and one the value column.
     *
     * @param words the heading row's filled cells or words
     * @return whether they are such a heading
     */
    public static boolean isHeadingOfItsOwnWords(List<String> words) {
        if (words.size() < 3) {
            return false;
        }
        boolean named = false;
        boolean value = false;
        for (String w : words) {
            Column c = Text.key(w).length() <= 8 ? column(w) : null;
            if (c == null) {
                return false;
            }
            named |= c == Column.L1 || c == Column.L2 || c == Column.NAME;
            value |= c == Column.VALUE || c == Column.MID_VALUE;
        }
        return named && value;
    }

    /**
     * Whether a cell holds a level-1 and a level-2 label joined by a dash or slash ({@code 产出指标—数量指标}),
     * as templates that print both levels in one column do.
     *
     * @param printed the cell
     * @return true for such a pair
     */
    public static boolean isJoinedLevels(String printed) {
        return LevelPairs.pair(printed) != null;
    }

    /**
     * Whether a cell is one of the known header labels (not merely shaped like one).
     *
     * @param printed the cell
     * @return true for a known header label
     */
    public static boolean isKnownHeaderLabel(String printed) {
        return isKnownHeaderLabelKey(Text.key(printed));
    }

    /**
     * {@link #isKnownHeaderLabel} of a text whose {@link Text#key} is {@code key}.
     *
     * @param key a folded key
     * @return true for a known header label
     */
    public static boolean isKnownHeaderLabelKey(String key) {
        String k = withoutColons(key);
        return KNOWN_LABELS.contains(k);
    }

    /**
     * {@link #isKnownHeaderLabelKey} of {@link Text#keyOfJoin}{@code (a, b)}, the joined key made only when its hash,
     * computed from the parts' keys ({@link Text#hashOfJoin}), is a known label's: two lines are asked whether they
     * are one label wrapped, and almost never are. (With a second key not empty and not ending in a colon no colon is
     * stripped from the join.)
     *
     * @param a a text
     * @param b the text after it
     * @return whether the two joined are a known header label
     */
    public static boolean isKnownHeaderLabelJoin(String a, String b) {
        if (a.indexOf('<') < 0 && b.indexOf('<') < 0) {
            String kb = Text.key(b); // keyOfJoin is key(a) + key(b) here
            if (!kb.isEmpty() && kb.charAt(kb.length() - 1) != ':'
                    && java.util.Arrays.binarySearch(KNOWN_LABEL_HASHES, Text.hashOfJoin(Text.key(a), kb)) < 0) {
                return false;
            }
        }
        return isKnownHeaderLabelKey(Text.keyOfJoin(a, b));
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
        if (KNOWN_LABELS.contains(k)) {
            return head;
        }
        return null;
    }

    /** The folded form of a label: no spaces, half-width brackets, no trailing colon. */
    static String labelKey(String printed) {
        return withoutColons(Text.key(printed));
    }

    /** A key without its trailing colons (one substring). */
    private static String withoutColons(String k) {
        int end = k.length();
        while (end > 0 && k.charAt(end - 1) == ':') {
            end--;
        }
        return end == k.length() ? k : k.substring(0, end);
    }

    /** A bracketed note after a label telling the filler to stamp or sign: 填报单位（盖章）, 负责人（签字）. */
    private static final Pattern STAMP_NOTE = Pattern.compile("[(（][\\s\u3000]*(?:盖章|公章|签章|签字|签名|签字盖章|盖章签字)[\\s\u3000]*[)）]$");

    /** @return the label without a trailing {@link #STAMP_NOTE}, or the label itself */
    static String withoutStampNote(String label) {
        if (label.indexOf('章') < 0 && label.indexOf('签') < 0) {
            return label;
        }
        String t = label.strip();
        Matcher m = STAMP_NOTE.matcher(t);
        return m.find() && m.start() > 0 ? t.substring(0, m.start()).strip() : label;
    }

    /**
     * Whether a cell labels a block of a department's budget text: its money block ({@code 预算规模及资金用途})
     * or its spending plan ({@code 资金支出计划（%）}).
     *
     * @param printed the cell
     * @return true for such a label
     */
    public static boolean isBudgetTextBlockLabel(String printed) {
        return ProjectBudgetRows.isBlockLabel(printed);
    }

    /**
     * Whether a cell labels a budget text's money block ({@code 预算规模及资金用途}), whose row holds
     * label/amount pairs.
     *
     * @param printed the cell
     * @return true for such a label
     */
    public static boolean isBudgetScaleLabel(String printed) {
        return ProjectBudgetRows.isScaleLabel(Text.key(printed));
    }

    /**
     * Whether a cell is a period of a spending plan ({@code 3月底}, {@code 第一季度}, {@code 全年}).
     *
     * @param printed the cell
     * @return true for a period
     */
    public static boolean isSpendingPeriod(String printed) {
        return ProjectBudgetRows.isPeriod(printed);
    }

    /** Labels of the goals row. */
    public static boolean isGoalsLabel(String printed) {
        String k = labelKey(printed);
        return k.length() <= 10 && k.endsWith("目标") && !(hasDigit(k) && Rx.matches(DIGIT_LINE, k))
                && !k.startsWith("目标")
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
    public static boolean isProjectGoalsLabel(String printed) {
        String k = labelKey(printed);
        return isGoalsLabel(printed) && !k.contains("年度")
                && (k.contains("项目总目标") || k.contains("中期") || k.contains("实施期") || k.equals("总目标")
                || k.equals("长期目标"));
    }

    /**
     * The annual tasks block of a department's sheet (部门整体支出绩效目标表: 年度主要任务 | 任务名称 |
     * 主要内容 | 预算金额), a table the model has no field for.
     */
    static boolean isTasksLabel(String printed) {
        String k = labelKey(printed);
        return k.equals("年度主要任务") || k.equals("主要任务") || k.equals("年度重点任务");
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

    /**
     * The first part of the indicator block's label wrapped over lines ({@code 绩效} / {@code 指标}, {@code 绩效指} /
     * {@code 标}): two or three characters that start 绩效指标 and are no label or name by themselves.
     */
    static boolean isIndicatorBlockHead(String printed) {
        String k = labelKey(printed);
        return k.equals("绩效") || k.equals("绩效指");
    }

    /** A footnote row: 说明, 备注, 注. */
    static boolean isNoteLabel(String printed) {
        String k = labelKey(printed);
        return k.equals("说明") || k.equals("备注") || k.startsWith("注");
    }
}
