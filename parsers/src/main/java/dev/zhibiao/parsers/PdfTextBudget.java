package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.text.Text;
import dev.zhibiao.parsers.PdfTextReader.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a department budget sheet (部门预算 绩效目标表) in pdftotext flow order: the labels
 * 项目编码, 项目名称, 预算规模及资金用途, 资金支出计划（%）, 绩效目标 and the six-column indicator
 * block, printed in narrow cells whose text pdftotext cuts into fragments and prints column by
 * column. The page is read by what each fragment is, not by where it stands: label fragments
 * (项目编 / 码) are dropped, the project code (450-0201-JXN- / 2T53) is joined, the project name is
 * the title's text when its fragments are found on the page, amounts before the periods are the
 * funding (预算数, 其中：财政资金, 其他资金 in that order), the periods (3月底 …) and the shares after
 * them are the spending plan, numbered paragraphs after 绩效目标 are the goals, other text before the
 * periods is the use of the funds (资金用途).
 *
 * <p>The rows produced are those the budget sheet prints: {@code 450002… | 单位：元},
 * {@code 项目编码 | code | 项目名称 | name}, {@code 预算规模及资金用途 | 预算数 | amount | 其中：财政资金 |
 * amount | 其他资金 | amount}, {@code  | use}, {@code 资金支出计划（%） | 3月底 …}, {@code  | 25.00 …},
 * {@code 绩效目标 | goals}, the indicator heading, then the indicator rows {@link PdfTextBudgetRows} reads
 * when the block is printed row by row. The indicator text that cannot be placed is kept as prose after
 * the table (the sheet's remnants), never guessed into rows.
 */
final class PdfTextBudget {
    private PdfTextBudget() {
    }

    private static final List<String> LABELS = List.of("项目编码", "项目名称", "预算规模及资金用途", "预算数", "其中:财政资金",
            "其他资金", "资金支出计划(%)", "绩效目标", "单位:元", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
            "指标值确定依据", "月底");
    private static final List<String> HEADING = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]+(-[0-9A-Z]*)+");
    private static final Pattern CODE_TAIL = Pattern.compile("[0-9A-Z]{1,8}");
    private static final Pattern UNIT_ORG = Pattern.compile("\\d{6,}\\s*\\p{IsHan}[^,，。;；]{1,40}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月(底|末)?");
    private static final Pattern SHARE = Pattern.compile("\\d{1,3}(\\.\\d{0,2})?%?");
    private static final Pattern GOAL = Pattern.compile("^\\d{1,2}\\s*[、.．]\\s*\\S.*");

    private static String key(String s) {
        return PdfTextReader.key(s);
    }

    /** Whether a page is a department budget sheet: a 项目编码 label and a 预算规模 or 资金支出 label, even cut apart. */
    static boolean isBudget(List<Line> page) {
        // both code labels hold 编, which no join of keys makes: no page text is joined without it
        int n = 0;
        boolean bian = false;
        for (Line l : page) {
            n += l.key().length();
            bian |= l.key().indexOf('编') >= 0;
        }
        if (!bian) {
            return false;
        }
        StringBuilder all = new StringBuilder(n);
        for (Line l : page) {
            all.append(l.key());
        }
        String k = all.toString();
        boolean code = k.contains("项目编码") || k.contains("项目编") && page.stream().anyMatch(l -> l.key().equals("码"));
        return code && (k.contains("预算规") || k.contains("资金支")) && page.stream().anyMatch(l -> PdfTextReader.isTitle(l.text()));
    }

    /** Whether a line is a piece of a label (项目编, 码, 及资金用, （%）, 一级指 …). */
    static boolean isLabelPiece(String t) {
        String k = key(t);
        if (k.isEmpty()) {
            return false;
        }
        for (int i = 0; i < LABELS.size(); i++) { // by index: no iterator per question
            if (LABELS.get(i).contains(k)) {
                return true;
            }
        }
        for (String p : Rx.splitSpaces(t.strip())) {
            boolean piece = false;
            String pk = key(p);
            for (int i = 0; i < LABELS.size(); i++) {
                piece |= LABELS.get(i).contains(pk);
            }
            if (!piece) {
                return false;
            }
        }
        return true;
    }

    /** Emits the page's rows. */
    static void emit(List<Line> lines, List<Row> out, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        int n = lines.size();
        boolean[] used = new boolean[n];
        int title = -1;
        for (int i = 0; i < n && title < 0; i++) {
            if (PdfTextReader.isTitle(lines.get(i).text())) {
                title = i;
            }
        }
        int first = lines.get(0).no();
        for (int i = 0; i < title; i++) {
            out.add(Row.prose(lines.get(i).text(), Locator.line(lines.get(i).no())));
            used[i] = true;
        }
        Line t = lines.get(title);
        used[title] = true;
        out.add(new Row(List.of(new Cell(t.text(), Locator.line(t.no()))), false, Locator.line(title == 0 ? first : t.no())));
        // the project name is the title's text without its numbering and 绩效目标表
        String core = Rx.replaceFirst(Rx.replaceFirst(t.key(), "^\\d{1,3}[、.．]", ""), "绩效目标表.*$", "");

        // where the indicator block starts (its first heading piece)
        int block = n;
        for (int i = title + 1; i < n && block == n; i++) {
            String k = lines.get(i).key();
            if (k.startsWith("一级指") || k.equals("二级指标") || k.equals("三级指标") || k.equals("绩效指标描述")) {
                block = i;
            }
        }
        // labels, the unit organisation, the project code and the project name's pieces
        String org = null;
        int orgLine = t.no();
        String code = null;
        int codeLine = -1;
        boolean named = false;
        int goalLabel = n;
        for (int i = title + 1; i < n; i++) {
            String x = lines.get(i).text();
            String k = key(x);
            if (goalLabel == n && k.length() >= 2 && "绩效目标".startsWith(k)) {
                goalLabel = i;
            }
            if (org == null && Rx.matches(UNIT_ORG, x.strip()) && !x.contains("年")) {
                org = x.strip();
                orgLine = lines.get(i).no();
                used[i] = true;
            } else if (code == null && i < block && Rx.matches(CODE, k) && Rx.matches(k, ".*\\d.*")) {
                code = k;
                codeLine = lines.get(i).no();
                used[i] = true;
                if (code.endsWith("-")) {
                    for (int j = i + 1; j < block; j++) {
                        if (!used[j] && Rx.matches(CODE_TAIL, lines.get(j).key())
                                && !Rx.matches(NUMBER, lines.get(j).key())) {
                            code += lines.get(j).key();
                            used[j] = true;
                            break;
                        }
                    }
                }
            } else if (i < block && !core.isEmpty() && k.length() >= 2 && core.contains(k) && !isLabelPiece(x)) {
                named |= k.length() >= 4;
                used[i] = true;
            }
        }
        for (int i = title + 1; i < n; i++) {
            if (!used[i] && i < block && isLabelPiece(lines.get(i).text()) && !MONTH.matcher(lines.get(i).key()).lookingAt()) {
                used[i] = true;
            }
        }
        // the periods, the amounts before them and the shares after them
        List<String> months = new ArrayList<>();
        int firstMonth = -1;
        for (int i = title + 1; i < block; i++) {
            String k = lines.get(i).key();
            Matcher m = MONTH.matcher(k);
            if (!used[i] && m.matches()) {
                months.add(m.group(1) + "月底");
                used[i] = true;
                firstMonth = firstMonth < 0 ? i : firstMonth;
            } else if (!used[i] && (k.equals("底") || k.equals("末")) && firstMonth >= 0) {
                used[i] = true; // the end of a period cut after its month (3月 / 底)
            }
        }
        int end = firstMonth < 0 ? block : firstMonth;
        List<String> amounts = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        boolean rebuilt = false;
        for (int i = title + 1; i < block; i++) {
            String k = lines.get(i).key();
            if (used[i] || !Rx.matches(NUMBER, k)) {
                continue;
            }
            used[i] = true;
            if (Rx.matches(k, "\\d+\\.\\d")) {
                // a number cut after its first decimal: the lone digit that follows ends it (25.0 / 0)
                for (int j = i + 1; j < Math.min(block, i + 4); j++) {
                    if (!used[j] && Rx.matches(lines.get(j).key(), "\\d")) {
                        k += lines.get(j).key();
                        used[j] = true;
                        rebuilt = true;
                        break;
                    }
                }
            }
            if (i < end) {
                amounts.add(k);
            } else if (Rx.matches(SHARE, k)) {
                shares.add(k);
            } else {
                used[i] = false;
            }
        }
        if (rebuilt && !ascending(shares)) {
            // a share cut over two lines is printed after the others: cumulative shares never fall
            shares.sort((a, b) -> Double.compare(Double.parseDouble(a.replace("%", "")), Double.parseDouble(b.replace("%", ""))));
        }
        // the goals: numbered paragraphs after 绩效目标, with the lines that continue them
        List<String> goals = new ArrayList<>();
        int goalAt = -1;
        for (int i = Math.min(goalLabel, n); i < n; i++) {
            Line l = lines.get(i);
            if (used[i] || !Rx.matches(GOAL, l.text().strip())) {
                continue;
            }
            used[i] = true;
            StringBuilder g = new StringBuilder(l.text().strip());
            goalAt = goalAt < 0 ? l.no() : goalAt;
            for (int j = i + 1; j < n && !used[j] && lines.get(j).block() == l.block(); j++) {
                String x = lines.get(j).text();
                if (isLabelPiece(x) || Rx.matches(GOAL, x.strip()) || PdfTextReader.isCategory(x)
                        || Rx.matches(MONTH, key(x)) || Rx.matches(NUMBER, key(x))) {
                    break;
                }
                g.append(x.strip());
                used[j] = true;
            }
            goals.add(g.toString());
        }
        List<Row> indicators = PdfTextBudgetRows.zip(lines, used, block, notes);
        // the use of the funds: the other text before the periods
        StringBuilder use = new StringBuilder();
        int useAt = -1;
        for (int i = title + 1; i < Math.min(end, block); i++) {
            if (!used[i]) {
                use.append(lines.get(i).text().strip());
                useAt = useAt < 0 ? lines.get(i).no() : useAt;
                used[i] = true;
            }
        }

        if (org != null) {
            out.add(row(orgLine, org, "单位：元"));
        }
        List<String> head = new ArrayList<>();
        head.add("项目编码");
        head.add(code == null ? "" : code);
        head.add("项目名称");
        head.add(named ? core : "");
        out.add(row(codeLine < 0 ? t.no() : codeLine, head.toArray(String[]::new)));
        List<String> fund = new ArrayList<>(List.of("预算规模及资金用途"));
        String[] fundLabels = {"预算数", "其中：财政资金", "其他资金"};
        for (int a = 0; a < fundLabels.length; a++) {
            fund.add(fundLabels[a]);
            fund.add(a < amounts.size() ? amounts.get(a) : "");
        }
        out.add(row(t.no(), fund.toArray(String[]::new)));
        if (use.length() > 0) {
            out.add(row(useAt, "", use.toString()));
        }
        for (int a = fundLabels.length; a < amounts.size(); a++) {
            out.add(row(t.no(), "", amounts.get(a)));
        }
        if (!months.isEmpty()) {
            List<String> m = new ArrayList<>(List.of("资金支出计划（%）"));
            m.addAll(months);
            out.add(row(lines.get(firstMonth).no(), m.toArray(String[]::new)));
            List<String> s = new ArrayList<>(List.of(""));
            s.addAll(shares);
            out.add(row(lines.get(firstMonth).no(), s.toArray(String[]::new)));
        }
        if (!goals.isEmpty()) {
            out.add(row(goalAt, "绩效目标", String.join("\n", goals)));
        }
        Row heading = row(block < n ? lines.get(block).no() : t.no(), HEADING.toArray(String[]::new));
        out.add(heading);
        if (!indicators.isEmpty()) {
            out.addAll(indicators);
            notes.put(heading, List.of(new dev.zhibiao.Diagnostic("pdftotext-budget-rows", indicators.size() + " indicator row(s)"
                    + " of the budget form printed cell by cell: each value took the two text cells before it as name and"
                    + " description, the text cell after it as basis, and the side labels last printed before it",
                    heading.at())));
        }
        for (int i = title + 1; i < n; i++) {
            if (!used[i] && !isLabelPiece(lines.get(i).text())) {
                out.add(Row.prose(lines.get(i).text(), Locator.line(lines.get(i).no())));
            }
        }
    }

    private static boolean ascending(List<String> shares) {
        for (int i = 1; i < shares.size(); i++) {
            if (Double.parseDouble(shares.get(i).replace("%", "")) < Double.parseDouble(shares.get(i - 1).replace("%", ""))) {
                return false;
            }
        }
        return true;
    }

    static Row row(int line, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(new Cell(texts[c], new Locator(line, c + 1, null)));
        }
        return new Row(cells, true, Locator.line(line));
    }
}
