package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The money block's words (moved out of {@link Vocabulary}, which holds the rest of the sheet's
 * vocabulary): the block's own labels (资金情况, 项目资金, 年度预算), its captions (按支出性质分),
 * its column headings (年初预算数 | 全年执行数 | 得分) and its line labels (年度资金总额, 其中：财政拨款),
 * and the unit a label states.
 */
public final class MoneyVocabulary {
    private MoneyVocabulary() {
    }

    /** Labels that start the money block: 资金情况 (万元), 项目资金（万元）, 年度资金. */
    public static boolean isFundingLabel(String printed) {
        String k = Vocabulary.labelKey(printed);
        if (k.length() > 16 || k.isEmpty()) {
            return false;
        }
        return (k.startsWith("资金情况") || k.startsWith("项目资金") || k.startsWith("资金来源") || k.startsWith("预算资金")
                || k.startsWith("资金投入") || k.startsWith("年度资金情况") || k.startsWith("年度预算申请")
                || k.startsWith("部门预算申请") || isBudgetBlockLabel(k) || Rx.matches(APPLIED.get(), k)
                || Rx.matches(COMPOSITION.get(), k));
    }

    /**
     * 资金总额及构成（万元）, 资金构成, 项目资金总额及来源: a money block named for its total and what it is made of (a
     * 项目绩效目标申报表 prints it over 总额 | 财政拨款 | 其他资金), alone or with its unit in brackets.
     */
    private static final LazyPattern COMPOSITION = new LazyPattern(
            "^(项目|年度)?资金(总额|总量)?(及其?|和|与)?(构成|组成|来源)(\\([^()]{1,6}\\))?$");

    /**
     * 申报金额（万元）, 申请资金, 申报资金（元）: an application's money block named for the amount applied for,
     * alone or with its unit in brackets (a 专项资金 申报表 prints it over 合计 | 省级财政资金 | … and a row of amounts).
     */
    private static final LazyPattern APPLIED = new LazyPattern("^(申报|申请)(金额|资金)(\\([^()]{1,6}\\))?$");

    /**
     * 年度预算 standing alone or with its unit (年度预算（万元）), the money block's label of a
     * department's self-evaluation (部门整体支出绩效自评表); 年度预算数 is a money line, not the block.
     */
    private static boolean isBudgetBlockLabel(String k) {
        return k.equals("年度预算") || k.startsWith("年度预算(") && k.endsWith(")") || Rx.matches(BUDGET_STATE.get(), k);
    }

    /**
     * 预算执行情况, 年度预算执行情况（元）, 部门预算情况（万元）, 预算执行情况（10分）: a self-evaluation's money
     * block named for the state of its budget, its unit or its points in brackets.
     */
    private static final LazyPattern BUDGET_STATE = new LazyPattern(
            "^[\\p{IsHan}]{0,4}预算(执行)?情况(\\([^()]{1,8}\\))?$");

    private static final LazyPattern FUNDING_CAPTION = new LazyPattern("^(其中:?)?按[\\p{IsHan}]{1,8}分$");

    /**
     * A caption over money lines that groups them, printed without an amount: 按收入性质分：,
     * 按支出性质分：, 按资金来源分 (a department's self-evaluation).
     */
    public static boolean isFundingCaption(String printed) {
        return Rx.matches(FUNDING_CAPTION.get(), Vocabulary.labelKey(printed));
    }

    /** The word of a money block's heading over the executed amount (全年执行数). */
    static final String EXECUTED_COLUMN = "执行数";

    /** The word of a money block's heading over the rate (执行率). */
    static final String RATE_COLUMN = "执行率";

    /**
     * The first of a money block's column headings that holds a word ({@link #EXECUTED_COLUMN},
     * {@link #RATE_COLUMN}), -1 when none does: one place says how a heading is found by its word.
     */
    static int firstColumn(List<String> columns, String word) {
        for (int k = 0; k < columns.size(); k++) {
            if (columns.get(k).contains(word)) {
                return k;
            }
        }
        return -1;
    }

    private static final Pattern MONEY_COLUMN = Pattern.compile(".*(预算数|执行数|执行率|分值|得分).*");

    /**
     * A column heading of a self-evaluation's money block ({@code 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
     * 执行率 | 得分}): a short cell naming a budget, an executed amount, a rate or points.
     *
     * @param printed the cell
     * @return true for such a heading
     */
    public static boolean isMoneyColumnHeading(String printed) {
        String k = Text.key(printed);
        return k.length() <= 12 && Rx.matches(MONEY_COLUMN, k);
    }

    private static final Pattern MONEY_LABEL = Pattern.compile(
            "^(其中:?)?[\\p{IsHan}()]{0,10}(资金|资金总额|资金合计|金额|补助|补助资金|拨款|预算数|预算资金|申请总额)$");
    /** The words {@link #MONEY_LABEL} ends with. */
    private static final String[] MONEY_SUFFIXES = {"资金", "资金总额", "资金合计", "金额", "补助", "补助资金", "拨款", "预算数", "预算资金",
        "申请总额"};

    /**
     * A line label of the money block ({@code 年度资金总额}, {@code 中央补助}, {@code 其中：财政拨款},
     * {@code 预算数}), which may be printed without the block's own label under a unit statement.
     *
     * @param printed the cell
     * @return true for a money label
     */
    public static boolean isMoneyLabel(String printed) {
        String k = Vocabulary.labelKey(printed);
        return k.length() <= 14 && Vocabulary.endsWithAny(k, MONEY_SUFFIXES) && Rx.matches(MONEY_LABEL, k) && !Vocabulary.PROJECT.contains(k)
                && !Vocabulary.isHeaderLabel(k);
    }

    /** The money units a label states in brackets, in the order they are looked for (万元 before 元). */
    private static final List<String> UNITS = List.of("万元", "元", "亿元", "千元");

    /** The unit a money-block label states in brackets ({@code 项目资金（万元）}: 万元), null when it states none. */
    static String fundingUnit(String printed) {
        String k = Text.key(printed);
        for (String unit : UNITS) {
            if (k.contains("(" + unit + ")")) {
                return unit;
            }
        }
        return null;
    }

    /**
     * Whether a cell is a money unit in brackets and nothing else ({@code （万元）}, {@code (元)}): the money
     * block's caption, or the rest of a name printed on a line of its own.
     *
     * @param printed the cell as printed
     * @return true for a bracketed money unit alone
     */
    public static boolean isBracketedUnit(String printed) {
        String k = Text.key(printed);
        return k.length() >= 3 && k.charAt(0) == '(' && k.charAt(k.length() - 1) == ')'
                && UNITS.contains(k.substring(1, k.length() - 1));
    }

    /**
     * The label of a table's total row: 合计, 总计, 金额合计, 资金合计 (a department's annual tasks table closes
     * with one).
     *
     * @param printed the cell
     * @return true for such a label
     */
    static boolean isTotalLabel(String printed) {
        String k = Vocabulary.labelKey(printed);
        return k.length() <= 6 && (k.endsWith("合计") || k.endsWith("总计"));
    }
}
