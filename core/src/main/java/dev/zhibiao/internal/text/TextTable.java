package dev.zhibiao.internal.text;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sheet as fixed-width text tables ({@link Sheet#toTable()}): the header facts, the money
 * block, the goals and the indicators with their typed targets (and actuals and verdicts on
 * self-evaluations), columns aligned for a terminal that shows Chinese characters two columns wide.
 */
public final class TextTable {
    /** Cells wider than this (in display columns) are cut, ending in {@code …}. */
    static final int MAX_CELL = 36;

    private TextTable() {
    }

    /**
     * @param s a sheet
     * @return the sheet as text tables, lines ending in {@code \n}
     */
    public static String of(Sheet s) {
        StringBuilder b = new StringBuilder();
        b.append(s).append('\n');
        List<List<String>> facts = new ArrayList<>();
        if (s.title() != null) {
            facts.add(List.of("标题", s.title()));
        }
        fact(facts, "项目", s.project());
        fact(facts, "地区", s.region());
        for (Map.Entry<String, String> e : s.parties().entrySet()) {
            facts.add(List.of(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : s.attributes().entrySet()) {
            facts.add(List.of(e.getKey(), e.getValue()));
        }
        for (int k = 0; k < s.goals().size(); k++) {
            facts.add(List.of(k == 0 ? "年度目标" : "", (s.goals().size() > 1 ? (k + 1) + ". " : "") + s.goals().get(k)));
        }
        render(b, null, facts, Integer.MAX_VALUE);
        if (!s.funding().items().isEmpty()) {
            boolean self = s.funding().items().stream().anyMatch(i -> i.budget() != null || i.executed() != null);
            String unit = s.funding().unit() == null ? "" : " (" + s.funding().unit() + ")";
            List<String> head = self ? List.of("资金" + unit, "预算数", "执行数", "执行率")
                    : List.of("资金" + unit, "金额");
            List<List<String>> rows = new ArrayList<>();
            for (FundingItem i : s.funding().items()) {
                rows.add(self ? List.of(i.label(), num(i.budget()), num(i.executed()),
                        i.rate() == null ? "" : i.rate().toPlainString() + "%") : List.of(i.label(), num(i.amount())));
            }
            b.append('\n');
            render(b, head, rows, MAX_CELL);
        }
        boolean self = s.kind().reportsExecution();
        List<String> head = new ArrayList<>(List.of("一级指标", "二级指标", "三级指标", "指标值", "目标"));
        if (self) {
            head.addAll(List.of("实际完成值", "达成"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            List<String> r = new ArrayList<>(List.of(nz(i.level1()), nz(i.level2()), nz(i.name()), nz(i.value()),
                    i.target() == null ? "" : i.target().toString()));
            if (self) {
                r.add(nz(i.actual()));
                r.add(i.met() == null ? "" : switch (i.met()) {
                    case MET -> "met";
                    case NOT_MET -> "not met";
                    case UNDECIDABLE -> "?";
                });
            }
            rows.add(r);
        }
        b.append('\n');
        render(b, head, rows, MAX_CELL);
        if (!s.remnants().isEmpty()) {
            b.append('\n').append(s.remnants().size()).append(" remnants, ").append(s.diagnostics().size())
                    .append(" diagnostics\n");
        }
        return b.toString();
    }

    private static void fact(List<List<String>> facts, String label, String value) {
        if (value != null) {
            facts.add(List.of(label, value));
        }
    }

    /** Writes rows as columns two spaces apart, a rule under the heading when there is one. */
    static void render(StringBuilder b, List<String> head, List<List<String>> rows, int max) {
        List<List<String>> all = new ArrayList<>();
        if (head != null) {
            all.add(head);
        }
        for (List<String> r : rows) {
            List<String> cut = new ArrayList<>();
            for (String c : r) {
                cut.add(cut(oneLine(c), max));
            }
            all.add(cut);
        }
        int n = all.stream().mapToInt(List::size).max().orElse(0);
        int[] w = new int[n];
        for (List<String> r : all) {
            for (int k = 0; k < r.size(); k++) {
                w[k] = Math.max(w[k], width(r.get(k)));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            List<String> r = all.get(i);
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < r.size(); k++) {
                line.append(r.get(k));
                if (k < r.size() - 1) {
                    line.append(" ".repeat(w[k] - width(r.get(k)) + 2));
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (i == 0 && head != null) {
                int total = 0;
                for (int k = 0; k < n; k++) {
                    total += w[k] + (k < n - 1 ? 2 : 0);
                }
                b.append("-".repeat(total)).append('\n');
            }
        }
    }

    /**
     * Display width as a terminal shows text: East Asian wide and full-width characters (Unicode's
     * EastAsianWidth W and F) take two columns.
     *
     * @param s a text
     * @return its width in columns
     */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            w += wide(c) || Character.isHighSurrogate(c) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(char c) {
        return Text.isWide(c);
    }

    private static String cut(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int cw = wide(s.charAt(i)) ? 2 : 1;
            if (w + cw > max - 1) {
                break;
            }
            b.append(s.charAt(i));
            w += cw;
        }
        return b.append('…').toString();
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String num(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
