package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that say where sheets are in a long document, in one place: the titles of the
 * 绩效…表 family, the titles of the budget tables a disclosure prints around them, the headings of
 * its parts and the look of a table of contents. All lookups take printed text and fold it
 * ({@link Text#key}).
 */
final class DocumentWords {
    /** A part's heading: 第四部分 … */
    static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("^第[一二三四五六七八九十]+部分.*");
    private static final java.util.regex.Pattern BRACKETED_END = java.util.regex.Pattern.compile("[(\\[【][^)\\]】]*[)\\]】]$");
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile(".*[。；;，,].*");
    private DocumentWords() {
    }

    /**
     * Titles of performance sheets: a title containing one of these is a sheet's title. A 申报表 is
     * a target sheet; 自评 and 评价 make a self-evaluation.
     */
    static final List<String> SHEET_TITLES = List.of("绩效目标表", "绩效目标申报表", "绩效目标自评表", "绩效自评表",
            "绩效评价表", "绩效自评价表", "绩效目标审核表", "绩效目标批复表", "绩效目标执行情况表", "绩效执行监控表");
    /**
     * Other wording of the family: 绩效目标, 绩效自评 or 绩效评价, a few words, then 表; or a monitoring
     * sheet's 绩效（目标）（运行|执行|跟踪）监控…表 (绩效运行监控表, 绩效目标执行监控情况表).
     */
    private static final Pattern SHEET_TITLE = Pattern.compile(
            "绩效(目标|自评|评价)[^。；;，,]{0,12}表|绩效(目标)?(运行|执行|跟踪)?监控[^。；;，,]{0,8}表");

    /** Words that make a table title a budget table's (收支预算总表, "三公"经费表, 政府采购支出预算表 …). */
    static final List<String> BUDGET_WORDS = List.of("预算总表", "收支总表", "预算表", "决算表", "收入总表", "支出总表",
            "功能分类", "经济分类", "三公", "经费支出", "经费表", "政府采购", "政府性基金", "国有资本经营", "财政拨款",
            "一般公共预算", "基本支出", "项目支出表", "预算明细", "决算明细", "资产情况", "收入表", "支出表");
    /** Headings of a disclosure's parts that are no table: 目录, 名词解释, 部门职能 … */
    static final List<String> PART_HEADINGS = List.of("目录", "名词解释", "部门职能", "部门主要职责", "机构设置",
            "部门概况", "单位概况", "主要职能", "部门预算说明", "部门决算说明", "经费情况说明", "其他重要事项");

    /** A heading numbered as a part: 第一部分, 一、, （一）, 附件1, 附表. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+(部分|章|节)|[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|附件\\d*|附表\\d*).*");
    /** A contents entry: text, leader dots, a page number. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile(".*(\\.{4,}|…{2,}|·{4,}|-{6,}|_{6,}).*?\\d*$");

    /**
     * Whether folded text names a sheet of the 绩效…表 family.
     *
     * @param key folded text
     * @return true when it names one
     */
    static boolean namesSheet(String key) {
        if (!key.contains("绩效")) {
            return false; // every title and the expression hold it
        }
        for (String t : SHEET_TITLES) {
            if (key.contains(t)) {
                return true;
            }
        }
        return Rx.find(SHEET_TITLE, key);
    }

    /** Whether printed text is an entry of a table of contents (leader dots, or 目录 itself). */
    static boolean isContentsEntry(String printed) {
        String k = Text.key(printed);
        return k.equals("目录") || (k.contains("....") || k.contains("……") || k.contains("····") || k.contains("------")
                || k.contains("______")) && Rx.matches(CONTENTS_ENTRY, k);
    }

    /** @return whether {@code k} holds one of the characters of {@code chars} */
    static boolean holdsAny(String k, String chars) {
        for (int i = 0; i < k.length(); i++) {
            if (chars.indexOf(k.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a prose line titles a table that is no sheet: short, not a sheet title, and ending in
     * 表 (an amount unit in brackets may follow) or naming a budget table.
     */
    static boolean isOtherTableTitle(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty() || k.length() > 50 || namesSheet(k) || isContentsEntry(printed)
                || k.startsWith("第") && Rx.matches(PART, k)) {
            return false;
        }
        // each expression asked only of text holding a character it needs
        String bare = holdsAny(k, ")]】") ? Rx.replaceAll(BRACKETED_END, k, "") : k;
        return bare.endsWith("表") || isBudget(k) && k.length() <= 30 && !(holdsAny(k, "。；;，,") && Rx.matches(SENTENCE, k));
    }

    /** Whether folded text names a budget table or its columns. */
    static boolean isBudget(String key) {
        for (String w : BUDGET_WORDS) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a prose line after a sheet's table ends that sheet: the title of another table, an
     * entry of a table of contents, or the heading of a named part (名词解释, 部门职能 …).
     */
    static boolean closesSheet(String printed) {
        if (isOtherTableTitle(printed) || isContentsEntry(printed)) {
            return true;
        }
        String k = Text.key(printed);
        if (k.isEmpty() || k.length() > 30 || namesSheet(k)) {
            return false;
        }
        for (String h : PART_HEADINGS) {
            if (k.endsWith(h)) {
                return true;
            }
        }
        return Rx.matches(PART, k);
    }

    /** Whether a prose line heads a part of a disclosure (目录, 第一部分 …, 一、部门职能). */
    static boolean isPartHeading(String printed) {
        String k = Text.key(printed);
        if (k.isEmpty() || k.length() > 30 || namesSheet(k)) {
            return false;
        }
        for (String h : PART_HEADINGS) {
            if (k.endsWith(h) || k.equals(h)) {
                return true;
            }
        }
        return Rx.matches(NUMBERED_HEADING, k) && !Rx.matches(SENTENCE, k);
    }
}
