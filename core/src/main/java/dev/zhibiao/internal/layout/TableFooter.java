package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows a form prints under its indicator table: who filled it in and when ({@code 填报人：李四 |
 * 联系电话：… | 填报日期：…}) and, under a self-evaluation's total row, its grade ({@code 自评等级 | 优}).
 * They are no indicators: each labelled value goes to the sheet's {@code attributes}, anything else
 * to its remnants ({@code footer-read} diagnostic). A row is a footer row when its first cell starts
 * with one of {@link #LABELS} (with a colon, or alone with its value in the next cell), or when it
 * comes after the table's total row (总分, 合计).
 */
final class TableFooter {
    private TableFooter() {
    }

    /** Labels of the rows under an indicator table (the form's signature block and its grade). */
    static final List<String> LABELS = List.of("填报人", "填表人", "制表人", "审核人", "复核人", "联系人", "联系电话",
            "填报日期", "填表日期", "填报时间", "单位负责人", "财务负责人", "自评等级", "自评结论", "评价等级", "评价结论",
            "绩效等级", "绩效评级", "自评得分", "综合得分");

    /** The first characters of {@link #LABELS}. */
    private static final String FIRST_CHARS = firstChars();

    private static String firstChars() {
        StringBuilder b = new StringBuilder();
        for (String l : LABELS) {
            if (b.indexOf(l.substring(0, 1)) < 0) {
                b.append(l.charAt(0));
            }
        }
        return b.toString();
    }

    /** {@code label：value} in one cell, the label a short word. */
    private static final LazyPattern COLON_PAIR = new LazyPattern("^([^:：\\s\u3000]{2,10})[\\s\u3000]*[:：][\\s\u3000]*(.*)$",
            Pattern.DOTALL);

    /** A web address, as a browser prints the page's at its foot. */
    private static final Pattern URL = Pattern.compile("^(?:https?|file)://\\S+$");
    /**
     * A page counter: 2/2, 第2页 共3页, 共3页 第2页, 第2页/共3页, 第 2 页, - 2 -, and a spreadsheet's default
     * footer Page 2 / Page 2 of 3 (LibreOffice Calc, Excel in an English locale).
     */
    private static final Pattern PAGE_COUNTER = Pattern.compile("^(?:\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,4}\\s*页"
            + "|[Pp]age\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?"
            + "|[-—–]\\s*\\d{1,4}\\s*[-—–])$");

    /**
     * Whether a row is a printed page's furniture, not the table's: a web address first (a browser's
     * page footer, {@code file:///…/a.html | 2/2}), with at most a page counter after it, or a worded
     * page counter alone (第2页 共3页, - 2 -, Page 2), in whichever cell the row printed it.
     */
    static boolean isPageFurniture(List<Cell> cells) {
        String first = null;
        String second = null;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            if (first == null) {
                first = cells.get(i).text().strip();
            } else if (second == null) {
                second = cells.get(i).text().strip();
            } else {
                return false;
            }
        }
        if (first == null || first.isEmpty()) {
            return false;
        }
        char c0 = first.charAt(0);
        if ("fhFH第共-—–Pp".indexOf(c0) < 0) {
            return false; // asked of every row: no matcher for the rows that cannot be one
        }
        if (second == null) {
            // alone, 2/2 could be a wrapped value's tail (12/31): only the worded counters
            return URL.matcher(first).matches() || isWordedCounter(first);
        }
        return URL.matcher(first).matches() && PAGE_COUNTER.matcher(second).matches()
                || !Character.isDigit(c0) && PAGE_COUNTER.matcher(first + " " + second).matches(); // 第2页 | 共3页
    }

    /**
     * Whether a text is a page counter in words (第2页, 第2页 共3页, 共3页 第2页, Page 2 of 3, - 2 -): a page counter
     * that does not start with a digit ({@code 2/3} alone could be a value's tail).
     */
    static boolean isWordedCounter(String t) {
        return !t.isEmpty() && !Character.isDigit(t.charAt(0)) && PAGE_COUNTER.matcher(t).matches();
    }

    /** Whether a row's first filled cell starts with a footer label. */
    static boolean isFooterRow(List<Cell> cells) {
        if (cells.isEmpty()) {
            return false;
        }
        String t = cells.get(0).text().strip();
        String f = t.isEmpty() ? "" : Text.foldChar(t.charAt(0));
        if (f.length() != 1 || FIRST_CHARS.indexOf(f.charAt(0)) < 0) {
            return false; // asked of every row: no folded key for the rows that cannot be one
        }
        String k = Text.key(t);
        for (String l : LABELS) {
            if (k.startsWith(l) && (k.length() == l.length() ? cells.size() >= 2
                    : k.charAt(l.length()) == ':' || k.charAt(l.length()) == '：')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a footer row: each {@code label：value} cell, and each known label alone with its value
     * in the next cell, to the attributes; the other cells to the remnants.
     *
     * @param cells the row's filled cells
     * @param d     the sheet
     */
    static void read(List<Cell> cells, SheetDraft d) {
        d.diag("footer-read", cells.get(0).at(), "row under the indicator table, not an indicator: \""
                + Text.clean(String.join(" ", cells.stream().map(Cell::text).toList())) + "\"");
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            String t = Text.clean(c.text());
            if (t == null) {
                continue;
            }
            Matcher m = COLON_PAIR.get().matcher(t);
            if (m.matches() && !m.group(2).isBlank()) {
                d.attributes.putIfAbsent(Text.cleanLabel(m.group(1)).replace(" ", ""), m.group(2).strip());
                continue;
            }
            String label = Vocabulary.labelKey(t);
            if (LABELS.contains(label) && i + 1 < cells.size()) {
                String next = Text.clean(cells.get(i + 1).text());
                if (next != null && !LABELS.contains(Vocabulary.labelKey(next))) {
                    d.attributes.putIfAbsent(label, next);
                    i++;
                    continue;
                }
            }
            d.remnant(c, "row under the indicator table");
        }
    }
}
