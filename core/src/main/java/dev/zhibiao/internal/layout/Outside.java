package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rows of a document that belong to no sheet are: budget tables, other tables, a table of
 * contents, prose, or a sheet's title with no sheet under it. The summary lets a reader of a whole
 * collection tell "no sheet here" from "a sheet missed".
 */
public final class Outside {
    /** What an outside row is. */
    enum Kind {
        BUDGET("budget table"), TABLE("other table"), CONTENTS("contents"), PROSE("prose"),
        TITLE("sheet title without a sheet");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private final Map<Kind, Integer> rows = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<Integer>> pages = new EnumMap<>(Kind.class);
    private final List<String> budgetNames = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private int budgetTables;
    private int otherTables;
    private int total;

    private Outside() {
    }

    /** @return the number of rows outside sheets */
    public int total() {
        return total;
    }

    /** @return the budget tables' names, each once, in the order first seen (as {@code stream().distinct()}) */
    private List<String> distinctBudgetNames() {
        return new ArrayList<>(new java.util.LinkedHashSet<>(budgetNames));
    }

    /** @return the number of budget tables seen outside sheets (named ones where their titles were printed) */
    public int budgetTables() {
        long named = distinctBudgetNames().size();
        return named > 0 ? (int) named : budgetTables;
    }

    /**
     * Classifies the rows of a document that belong to no sheet.
     *
     * @param all     the document's rows in order
     * @param outside the rows that belong to no sheet
     * @return the summary
     */
    private static final java.util.regex.Pattern TRAILING_BRACKET = java.util.regex.Pattern.compile("[(\\[【][^)\\]】]*[)\\]】]$");

    static Outside of(List<Row> all, List<Row> outside) {
        Set<Row> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(outside);
        Outside o = new Outside();
        Kind block = null;
        for (Row r : all) {
            if (!out.contains(r)) {
                block = null;
                continue;
            }
            if (r.text().isBlank()) {
                continue;
            }
            Kind k;
            String text = r.text();
            String key = Text.key(text);
            if (!r.table() && Recovery.isTitle(r)) {
                k = Kind.TITLE;
                o.titles.add(where(r));
                block = null;
            } else if (!r.table() && DocumentWords.isContentsEntry(text)) {
                k = Kind.CONTENTS;
                block = Kind.CONTENTS;
            } else if (!r.table() && DocumentWords.isOtherTableTitle(text)
                    && !((block == Kind.BUDGET || block == Kind.TABLE) && !Rx.replaceAll(TRAILING_BRACKET, key, "").endsWith("表"))) {
                // inside a table printed line by line (pdftotext), only a line ending in 表 starts another;
                // a budget word in a line (一、一般公共预算拨款收入) is one of its cells
                k = DocumentWords.isBudget(key) || key.endsWith("预算表") ? Kind.BUDGET : Kind.TABLE;
                o.table(k, Text.clean(text));
                block = k;
            } else if (r.table()) {
                if (block != Kind.BUDGET && block != Kind.TABLE) {
                    block = budgetRow(r) ? Kind.BUDGET : Kind.TABLE;
                    o.table(block, null);
                }
                k = block;
            } else if ((block == Kind.BUDGET || block == Kind.TABLE) && key.length() <= 30
                    && !key.matches(".*[。；;].*")) {
                k = block; // a cell of a table the reader printed as a line, a unit line, a page number
            } else if (block == Kind.CONTENTS && key.matches("[0-9]{1,3}|第?[0-9]{1,3}页")) {
                k = Kind.CONTENTS;
            } else {
                k = Kind.PROSE;
                block = DocumentWords.isPartHeading(text) || key.length() > 30 ? Kind.PROSE : block;
            }
            o.total++;
            Integer seen = o.rows.get(k); // no lambdas (each costs a class spun at start-up)
            o.rows.put(k, seen == null ? 1 : seen + 1);
            if (r.at().page() != null) {
                Set<Integer> on = o.pages.get(k);
                if (on == null) {
                    on = new TreeSet<>();
                    o.pages.put(k, on);
                }
                on.add(r.at().page());
            }
        }
        return o;
    }

    private void table(Kind k, String name) {
        if (k == Kind.BUDGET) {
            budgetTables++;
            if (name != null) {
                String bare = name.replaceAll("^(表|附表)\\s*[0-9一二三四五六七八九十]*\\s*[:：、.．]?\\s*", "");
                budgetNames.add(bare.replaceAll("^(19|20)[0-9]{2}\\s*年度?", ""));
            }
        } else {
            otherTables++;
        }
    }

    /** A table row of a budget: a budget word in a cell, or a cell that is a subject code and one an amount. */
    private static boolean budgetRow(Row r) {
        boolean code = false;
        boolean amount = false;
        for (Cell c : r.cells()) {
            String k = Text.key(c.text());
            if (DocumentWords.isBudget(k) || k.equals("科目编码") || k.equals("科目名称") || k.equals("功能分类科目")
                    || k.equals("合计") || k.equals("总计")) {
                return true;
            }
            code |= isCode(k);
            amount |= isAmount(k);
        }
        return code && amount;
    }

    /** What {@code k.matches("[0-9]{3,7}")} answered, by a scan (no pattern compiled per cell). */
    static boolean isCode(String k) {
        int n = k.length();
        if (n < 3 || n > 7) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!digit(k.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code k.matches("-?[0-9][0-9,]*\\.[0-9]{2}")} answered, by a scan. */
    static boolean isAmount(String k) {
        int n = k.length();
        int i = n > 0 && k.charAt(0) == '-' ? 1 : 0;
        int dot = n - 3; // [0-9,]* holds no '.', so the point is the third character from the end
        if (dot <= i || k.charAt(dot) != '.' || !digit(k.charAt(n - 2)) || !digit(k.charAt(n - 1)) || !digit(k.charAt(i))) {
            return false;
        }
        for (int j = i + 1; j < dot; j++) {
            char c = k.charAt(j);
            if (!digit(c) && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String where(Row r) {
        return r.at().line() != null ? "line " + r.at().line() : r.at().page() != null ? "page " + r.at().page() : "?";
    }

    /** @return the summary in one line: {@code 9 budget tables (收支预算总表, …; 210 lines), contents (12 lines), prose (40 lines)} */
    @Override
    public String toString() {
        if (total == 0) {
            return "nothing outside sheets";
        }
        List<String> parts = new ArrayList<>();
        for (Kind k : Kind.values()) {
            Integer n = rows.get(k);
            if (n == null) {
                continue;
            }
            String count = n + (pages.containsKey(k) ? " rows on " + pageList(pages.get(k)) : n == 1 ? " line" : " lines");
            switch (k) {
                case BUDGET -> {
                    StringBuilder b = new StringBuilder();
                    List<String> names = distinctBudgetNames();
                    int tables = budgetTables();
                    b.append(tables).append(tables == 1 ? " budget table" : " budget tables").append(" (");
                    if (!names.isEmpty()) {
                        b.append(String.join(", ", names.subList(0, Math.min(3, names.size()))));
                        b.append(names.size() > 3 ? " …" : "").append("; ");
                    }
                    parts.add(b.append(count).append(')').toString());
                }
                case TABLE -> parts.add(otherTables + (otherTables == 1 ? " other table (" : " other tables (") + count + ")");
                case TITLE -> parts.add((titles.size() == 1 ? "a sheet title with no sheet under it at " : "sheet titles with no sheet under them at ")
                        + String.join(", ", titles.subList(0, Math.min(3, titles.size()))) + (titles.size() > 3 ? " …" : ""));
                default -> parts.add(k.words + " (" + count + ")");
            }
        }
        return String.join(", ", parts);
    }

    private static String pageList(Set<Integer> pages) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int p : pages) {
            if (prev != null && p == prev + 1) {
                prev = p;
                continue;
            }
            if (start != null) {
                out.add(start.equals(prev) ? "" + start : start + "–" + prev);
            }
            start = p;
            prev = p;
        }
        if (start != null) {
            out.add(start.equals(prev) ? "" + start : start + "–" + prev);
        }
        return (pages.size() == 1 ? "page " : "pages ") + String.join(", ", out);
    }
}
