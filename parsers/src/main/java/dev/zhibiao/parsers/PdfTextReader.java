package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pdftotext output without {@code -layout}: the text of each PDF page in pdftotext's reading
 * order, which for these forms is far from the printed table.
 *
 * <p>What this reader repairs, page by page (pages end at a form feed or at a run of two or more
 * blank lines; without either, at the header block after each title):
 * <ul>
 *   <li>the page's header (title, year line, 项目名称 …) printed after the body is moved before it;
 *   <li>cells wrapped over several lines (with or without blank lines between the pieces) are
 *       joined, and vertical labels ({@code 产\n出\n指\n标}) become one cell;
 *   <li>two side-by-side periods (中期 left, 年度 right), printed row by row as left copy then right
 *       copy, become one table row with the mid-term cells on the left and the annual ones on the
 *       right, as the PDF printed them;
 *   <li>一级/二级 labels of merged cells, printed apart after the body, are put back on their rows
 *       (in order, over the rows that print none, split by what the rows' values and names are).
 * </ul>
 *
 * <p>The rows produced, per sheet: title and year as prose; header rows ({@code 项目名称 | …});
 * the funding rows ({@code 项目资金（万元） | 中期资金总额： | 11.25万元 | 年度资金总额： | 3.75万元}
 * on two-period sheets); the goals ({@code 总体目标 | 中期目标（…） | 年度目标} then
 * {@code  | mid text | annual text}); the indicator header and one row per indicator
 * ({@code 一级指标 | 二级指标 | 三级指标 | 指标值}, twice side by side on two-period sheets). Text the
 * reader cannot place is kept as rows after the sheet's table, never dropped.
 */
final class PdfTextReader {
    private PdfTextReader() {
    }

    // ---------------------------------------------------------------- vocabulary

    static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "效果指标", "满意度指标", "成本指标");
    static final List<String> LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标",
            "社会成本指标", "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
            "服务对象满意度指标", "满意度指标", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度",
            "数量", "质量", "时效", "成本");
    private static final List<String> TABLE_HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值", "绩效指标",
            "指标内容", "指标名称", "全年实际完成值", "未完成原因和改进措施");
    private static final List<String> HEADER_LABELS = List.of("项目名称", "主管部门及代码", "主管部门", "实施单位",
            "项目属性", "项目期", "预算单位", "项目单位", "单位名称", "资金使用单位", "市(县)名称", "市（县）名称", "地区",
            "专项名称", "转移支付名称", "项目负责人", "联系电话", "项目编码", "项目类型", "省级财政部门", "省级主管部门",
            "填报单位", "部门名称", "预算年度", "实施期限", "项目起止时间");
    private static final List<String> FUNDING_LABELS = List.of("中期资金总额", "年度资金总额", "资金总额", "其中：财政拨款",
            "其中:财政拨款", "财政拨款", "其他资金", "年度金额", "中央资金", "省级资金", "市级资金", "县级资金", "上年结转",
            "本级财政资金", "其中：中央补助", "中央补助", "地方资金");
    private static final Pattern TITLE = Pattern.compile(".{0,60}(绩效目标表|绩效自评表|绩效目标自评表|绩效目标申报表|绩效评价表)([（(][^（()）]{0,16}[）)])?");
    private static final Pattern YEAR = Pattern.compile("[（(]?\\s*\\d{4}\\s*年(度)?\\s*[）)]?|\\d{4}\\s*年度.{0,4}");
    private static final Pattern AMOUNT = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?\\s*(万元|元|亿元|万)?");
    private static final Pattern VALUE_START = Pattern.compile(
            "^([≥≤><=＞＜≧≦]|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|低于|高于|至少|达到)?\\s*[0-9０-９]");
    private static final Pattern OPERATOR_ONLY = Pattern.compile("[≥≤><=＞＜≧≦]");
    private static final Pattern UNIT_PIECE = Pattern.compile(
            "/?[人次元台个条点箱天月年日户所家项件张本册万亿吨辆座套间场批份期篇名位处亩米斤%‰/.·•小时公里]{1,4}");
    /** A name followed on its line by a number with at most a short unit ({@code … 312 元}, {@code … ≥90%}). */
    private static final Pattern TRAILING_VALUE = Pattern.compile(
            "(.*[^\\s\\d])\\s+((?:[≥≤><=＞＜≧≦]\\s*)?\\d[\\d.,]*\\s*(?:%|％|\\p{IsHan}{1,2}(?:/\\p{IsHan}{1,2})?)?)");
    /** The end of a name that a number continues (不低于 3 次): no value split off there. */
    private static final Pattern VALUE_WORD_END = Pattern.compile("(不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|低于|高于|至少|达到|[≥≤><=＞＜≧≦:：第约])\\s*$");
    /** A numbered indicator name ({@code 指标 3：…}, {@code 1、…}). */
    private static final Pattern NUMBERED_NAME = Pattern.compile("^(指标\\s*\\d{1,2}\\s*[:：.、]|\\d{1,2}[、.．])");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}[、.．)]|[（(]\\d{1,2}[）)]|目标\\s*\\d)");

    private static String key(String s) {
        return Text.squeeze(Text.nfkc(s == null ? "" : s));
    }

    static boolean isLevel1(String s) {
        return LEVEL1.contains(key(s));
    }

    static boolean isLevel2(String s) {
        return LEVEL2.contains(key(s));
    }

    static boolean isCategory(String s) {
        return isLevel1(s) || isLevel2(s);
    }

    private static boolean isVocabulary(String s) {
        String k = key(s);
        return isCategory(k) || TABLE_HEADER.contains(k) || k.equals("总体目标") || k.equals("项目资金")
                || k.equals("项目资金(万元)") || k.equals("(万元)") || k.equals("(元)");
    }

    // ---------------------------------------------------------------- detection

    /**
     * Whether the text reads like pdftotext flow output rather than a one-cell-per-line export: form
     * feeds; vertical labels (three or more lines of a single CJK character); several table header
     * labels on one line separated by spaces; a sheet title followed only by its header lines and then
     * a page break (the header printed after the body).
     */
    static boolean looksLikePdfText(String text) {
        if (text.indexOf('\f') >= 0) {
            return true;
        }
        String[] lines = text.split("\r?\n|\r", -1);
        int nonEmpty = 0;
        int tabLead = 0;
        int vertical = 0;
        int run = 0;
        int joinedHeaders = 0;
        int lateTitles = 0;
        int multi = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.isEmpty()) {
                if (run >= 3) {
                    vertical++;
                }
                run = 0;
                continue;
            }
            nonEmpty++;
            if (line.startsWith("\t")) {
                tabLead++;
            }
            if (t.codePointCount(0, t.length()) == 1 && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN) {
                run++;
            } else {
                if (run >= 3) {
                    vertical++;
                }
                run = 0;
            }
            if (!t.contains("|") && line.indexOf('\t') < 0) {
                int labels = 0;
                for (String part : t.split("\\s+")) {
                    if (TABLE_HEADER.contains(key(part))) {
                        labels++;
                    }
                }
                if (labels >= 2) {
                    joinedHeaders++;
                }
            }
            if (t.split("\\s+").length >= 3) {
                multi++;
            }
            if (isTitle(t) && titleEndsPage(lines, i)) {
                lateTitles++;
            }
            if (i + 1 < lines.length && cutLabel(t, lines[i + 1].strip())) {
                vertical++; // a table label cut at a line end (一级指 / 标): only a page's layout does that
            }
        }
        if (run >= 3) {
            vertical++;
        }
        if (nonEmpty == 0 || tabLead * 2 >= nonEmpty) {
            return false;
        }
        // a space-separated table (one row per line) also joins header labels on a line, but most of
        // its lines hold several cells; pdftotext flow lines are mostly single wrapped fragments
        boolean flow = multi * 10 < nonEmpty * 3;
        return vertical >= 1 || joinedHeaders >= 1 && flow || lateTitles >= 1 && flow;
    }

    /** A table label cut over two lines ({@code 一级指} / {@code 标}, {@code 项目编} / {@code 码}). */
    private static boolean cutLabel(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.length() < 2 || kb.isEmpty()) {
            return false;
        }
        if (kb.length() <= 2 && Page.wrappedLabel(a, b)) {
            return true; // 主管部门及代 / 码
        }
        for (String l : List.of("一级指标", "二级指标", "三级指标", "项目编码", "绩效指标描述", "指标值确定依据", "资金支出计划")) {
            if (!ka.equals(l) && l.startsWith(ka) && l.startsWith(ka + kb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title printed after its page's body: table values in the lines before it, only header lines
     * (year, 项目名称 …) after it, then a page break (form feed, two blank lines or the end).
     */
    private static boolean titleEndsPage(String[] lines, int title) {
        boolean body = false;
        for (int j = Math.max(0, title - 40); j < title; j++) {
            body |= Page.isValue(lines[j].strip());
        }
        if (!body) {
            return false;
        }
        int header = 0;
        for (int j = title + 1; j < lines.length; j++) {
            String t = lines[j].strip();
            if (t.isEmpty()) {
                if (j + 1 >= lines.length || lines[j + 1].isBlank() || lines[j + 1].startsWith("\f")) {
                    return header >= 1;
                }
                continue;
            }
            if (!isHeaderLine(t) || ++header > 6) {
                return false;
            }
        }
        return header >= 1;
    }

    // ---------------------------------------------------------------- reading

    /** One non-blank source line. */
    record Line(int no, String text, int block) {
    }

    /** A piece of a line (cells on one line are separated by spaces), or several joined pieces. */
    record Frag(String text, int line, int block, boolean starts, boolean ends) {
        Frag join(Frag next, String sep) {
            return new Frag(text + sep + next.text, line, next.block, starts, next.ends);
        }
    }

    enum Kind { LABEL, VALUE, TEXT }

    /** A cell rebuilt from fragments. */
    record Piece(String text, int line, Kind kind) {
    }

    static Document read(String text, String source) throws ReadException {
        if (text == null || text.isBlank()) {
            throw new ReadException(source, "empty document");
        }
        List<List<Line>> pages = pages(text);
        List<Row> rows = new ArrayList<>();
        for (List<Line> page : pages) {
            if (PdfTextBudget.isBudget(page)) {
                PdfTextBudget.emit(page, rows);
            } else if (!showsSheet(page)) {
                // a page that shows nothing of a sheet (a cover, contents, prose, a budget table):
                // its lines as printed, for recovery to record outside the sheets
                for (Line l : page) {
                    rows.add(Row.prose(l.text(), Locator.line(l.no())));
                }
            } else {
                new Page(page).emit(rows);
            }
        }
        if (rows.isEmpty()) {
            throw new ReadException(source, "no text found");
        }
        return new Document(source, rows);
    }

    /**
     * Whether a page shows a sheet: a title, an indicator heading (一级指标, 三级指标), or a 项目名称 line
     * with a money block or goals label.
     */
    static boolean showsSheet(List<Line> page) {
        if (hasTableHeader(page)) {
            return true;
        }
        boolean project = false;
        boolean block = false;
        boolean category = false;
        for (Line l : page) {
            String k = key(l.text());
            project |= k.startsWith("项目名称") || k.startsWith("专项名称") || k.startsWith("转移支付");
            block |= k.startsWith("项目资金") || k.startsWith("资金情况") || k.startsWith("年度目标") || k.startsWith("绩效目标")
                    || k.startsWith("总体目标");
            category |= LEVEL1.stream().anyMatch(k::startsWith);
        }
        // a title alone (2021年项目支出绩效目标表 over 本表无数据) shows no sheet: no heading is made up for it
        return project && block || firstTitle(page) >= 0 && (project || category);
    }

    /** Splits into pages: at form feeds, at runs of two or more blank lines, else after title blocks. */
    static List<List<Line>> pages(String text) {
        String[] raw = text.split("\r?\n|\r", -1);
        // form feeds, where pdftotext kept them, are the only page breaks; else runs of blank lines
        boolean formFeeds = text.indexOf('\f') >= 0;
        List<List<Line>> chunks = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        int block = 0;
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            String[] parts = line.split("\f", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    if (!cur.isEmpty()) {
                        chunks.add(cur);
                        cur = new ArrayList<>();
                    }
                    blanks = 0;
                    block++;
                }
                String t = parts[p].strip();
                if (t.isEmpty()) {
                    if (p == 0 && parts.length == 1) {
                        blanks++;
                        block++;
                    }
                    continue;
                }
                if (blanks >= 2 && !formFeeds && !cur.isEmpty()) {
                    chunks.add(cur);
                    cur = new ArrayList<>();
                }
                blanks = 0;
                cur.add(new Line(i + 1, t, block));
            }
        }
        if (!cur.isEmpty()) {
            chunks.add(cur);
        }
        for (List<Line> chunk : chunks) {
            joinWrappedTitles(chunk);
        }
        // a chunk with several titles: split after each title's header lines
        List<List<Line>> split = new ArrayList<>();
        for (List<Line> chunk : chunks) {
            split.addAll(splitAtTitles(chunk));
        }
        // a chunk with no title continues the previous page (a table running over a page break)
        List<List<Line>> pages = new ArrayList<>();
        for (List<Line> chunk : split) {
            int title = firstTitle(chunk);
            if (title > 0 && !pages.isEmpty() && firstTitle(pages.get(pages.size() - 1)) >= 0
                    && !hasTableHeader(chunk.subList(0, title)) && hasTableHeader(chunk.subList(title, chunk.size()))) {
                // the last rows of the previous sheet, then the next sheet with its own table header
                pages.get(pages.size() - 1).addAll(chunk.subList(0, title));
                chunk = chunk.subList(title, chunk.size());
            }
            if (!pages.isEmpty() && chunk.stream().noneMatch(l -> isTitle(l.text()))) {
                List<Line> prev = pages.get(pages.size() - 1);
                if (prev.stream().anyMatch(l -> isTitle(l.text()))) {
                    prev.addAll(chunk);
                    continue;
                }
            }
            pages.add(new ArrayList<>(chunk));
        }
        return pages;
    }

    /**
     * Joins a numbered title wrapped at its line end ({@code 3、冀财社…补助} / {@code 资金（第一批）绩效目标表}):
     * a line ending in a title word whose line before, with no blank line between, starts with a
     * numbering and is no title itself.
     */
    static void joinWrappedTitles(List<Line> chunk) {
        for (int i = 1; i < chunk.size(); i++) {
            Line prev = chunk.get(i - 1);
            Line cur = chunk.get(i);
            String k = key(cur.text());
            if (cur.block() == prev.block() && k.length() <= 60 && TITLE.matcher(k).matches()
                    && key(prev.text()).matches("\\d{1,2}[、.．].{8,}") && !isTitle(prev.text())
                    && !TITLE.matcher(key(prev.text())).matches()) {
                chunk.set(i - 1, new Line(prev.no(), prev.text() + cur.text(), prev.block()));
                chunk.remove(i);
                i--;
            }
        }
    }

    private static int firstTitle(List<Line> chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            if (isTitle(chunk.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether lines hold a table header label that starts a table (一级指标, 三级指标, also wrapped as 一级指 / 标). */
    private static boolean hasTableHeader(List<Line> lines) {
        for (Line l : lines) {
            String k = key(l.text());
            if (k.contains("一级指") || k.contains("三级指标")) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Line>> splitAtTitles(List<Line> chunk) {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (isTitle(chunk.get(i).text())) {
                titles.add(i);
            }
        }
        if (titles.size() <= 1) {
            return List.of(chunk);
        }
        // department budget sheets print their title first, whatever prose comes before it
        boolean titleFirst = titles.get(0) == 0 || PdfTextBudget.isBudget(chunk);
        List<List<Line>> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < titles.size(); k++) {
            int t = titles.get(k);
            int end;
            if (titleFirst) {
                end = k + 1 < titles.size() ? titles.get(k + 1) : chunk.size();
            } else {
                end = t + 1;
                while (end < chunk.size() && !isTitle(chunk.get(end).text()) && isHeaderLine(chunk.get(end).text())) {
                    end++;
                }
                if (k == titles.size() - 1) {
                    end = chunk.size();
                }
            }
            if (end > start) {
                out.add(new ArrayList<>(chunk.subList(start, end)));
            }
            start = end;
        }
        if (start < chunk.size()) {
            out.add(new ArrayList<>(chunk.subList(start, chunk.size())));
        }
        return out;
    }

    static boolean isTitle(String t) {
        String k = key(t);
        if (k.matches("^第[一二三四五六七八九十]+部分.*") || k.matches(".*[。，；].*")) {
            return false; // a part's heading or a sentence that names the sheets, not a sheet's title
        }
        return (k.length() <= 60 || k.length() <= 140 && k.matches("\\d{1,2}[、.．].*")) && TITLE.matcher(k.length() <= 60 ? k : k.substring(k.length() - 60)).matches();
    }

    static boolean isYear(String t) {
        return YEAR.matcher(key(t)).matches();
    }

    static boolean isHeaderLine(String t) {
        String k = key(t);
        if (isYear(t)) {
            return true;
        }
        for (String l : HEADER_LABELS) {
            if (k.startsWith(key(l))) {
                return true;
            }
        }
        // a known header label alone on its line (地方财政部门, 转移支付(项目)名称 …)
        return !k.equals("项目") && Vocabulary.isKnownHeaderLabel(t);
    }

    static boolean isFundingLabel(String t) {
        String k = key(t).replaceAll("[:：]$", "");
        if (k.matches("其中[:：]?.{1,8}(资金|拨款|补助|结转)")) {
            return true; // 其中：中央资金, 其中：财政拨款 …
        }
        for (String l : FUNDING_LABELS) {
            if (k.equals(key(l))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAmount(String t) {
        return AMOUNT.matcher(key(t)).matches();
    }

    // ---------------------------------------------------------------- one page

    /** One page: classifies its lines and emits its rows in table order. */
    static final class Page {
        private final List<Line> lines;
        private final boolean[] used;
        /** For a value paragraph, the header label it belongs to when that label is printed between values; else -1. */
        private final int[] reservedFor;
        private final List<Row> header = new ArrayList<>();
        private final List<Row> funding = new ArrayList<>();
        private final List<Row> goals = new ArrayList<>();
        private final List<Row> indicators = new ArrayList<>();
        private final List<Row> leftovers = new ArrayList<>();
        private Row title;
        private Row year;

        Page(List<Line> lines) {
            this.lines = lines;
            this.used = new boolean[lines.size()];
            this.reservedFor = new int[lines.size()];
            java.util.Arrays.fill(reservedFor, -1);
        }

        void emit(List<Row> out) {
            int first = lines.get(0).no();
            reserveBetweenValues();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (used[i]) {
                    continue;
                }
                int[] apart = labelAroundValue(i);
                if (apart != null) {
                    // a label wrapped over two paragraphs with its value's paragraph between them (转移支付(项 / value / 目)名称)
                    List<Line> value = lines.subList(apart[0], apart[1]);
                    header.add(new Row(List.of(new Cell(l.text() + lines.get(apart[1]).text(), Locator.line(l.no())),
                            new Cell(joinLines(value), new Locator(value.get(0).no(), 2, null))), true, Locator.line(l.no())));
                    used[i] = true;
                    for (int u = apart[0]; u <= apart[1]; u++) {
                        used[u] = true;
                    }
                    continue;
                }
                if (i + 2 < lines.size() && !used[i + 1] && !used[i + 2] && lines.get(i + 1).block() == l.block()
                        && lines.get(i + 2).block() == l.block() && !isHeaderLine(l.text()) && !isYear(l.text())
                        && !isHeaderLine(lines.get(i + 1).text()) && wrappedLabel(l.text(), lines.get(i + 2).text())
                        && key(lines.get(i + 2).text()).length() <= 3) {
                    // a label wrapped over two lines with its value printed between them (资金使用单 / 长春地区 / 位)
                    Line value = lines.get(i + 1);
                    used[i] = used[i + 1] = used[i + 2] = true;
                    header.add(new Row(List.of(new Cell(l.text() + lines.get(i + 2).text(), Locator.line(l.no())),
                            new Cell(value.text(), new Locator(value.no(), 2, null))), true, Locator.line(l.no())));
                    continue;
                }
                if (i + 1 < lines.size() && !used[i + 1] && lines.get(i + 1).block() == l.block() && !isYear(l.text())
                        && !isHeaderLine(lines.get(i + 1).text())
                        && (!isHeaderLine(l.text()) && isHeaderLine(l.text() + lines.get(i + 1).text())
                            || wrappedLabel(l.text(), lines.get(i + 1).text()) || longerLabel(l.text(), lines.get(i + 1).text()))) {
                    // a header label wrapped over two lines (转移支付(项目) / 名称, 主管部门及代 / 码)
                    l = new Line(l.no(), l.text() + lines.get(i + 1).text(), l.block());
                    used[i + 1] = true;
                }
                if (title == null && !isTitle(l.text()) && i + 1 < lines.size() && !used[i + 1]
                        && key(lines.get(i + 1).text()).length() <= 4 && isTitle(l.text() + lines.get(i + 1).text())) {
                    // a title wrapped at its line end (…绩效自 / 评表)
                    l = new Line(l.no(), l.text() + lines.get(i + 1).text(), l.block());
                    used[i + 1] = true;
                }
                if (title == null && isTitle(l.text())) {
                    title = new Row(List.of(new Cell(l.text(), Locator.line(l.no()))), false, Locator.line(first));
                    used[i] = true;
                } else if (year == null && isYear(l.text())) {
                    year = Row.prose(l.text(), Locator.line(l.no()));
                    used[i] = true;
                } else if (isHeaderLine(l.text())) {
                    used[i] = true;
                    List<Cell> cells = labelled(l);
                    if (cells.size() == 1 && !isYear(l.text())) {
                        Cell value = valueApart(i, l.text());
                        if (value != null) {
                            cells = List.of(cells.get(0), value);
                        }
                    }
                    header.add(new Row(cells, true, Locator.line(l.no())));
                }
            }
            boolean twoPeriods = lines.stream().anyMatch(l -> java.util.Arrays.stream(l.text().split("\\s+"))
                    .anyMatch(p -> key(p).startsWith("中期目标") || key(p).startsWith("中期资金") || key(p).startsWith("中期指标")));
            readCompletion();
            readGoals(twoPeriods);
            readFunding(twoPeriods);
            readIndicators(twoPeriods);
            if (title != null) {
                out.add(title);
            }
            if (year != null) {
                out.add(year);
            }
            // the header lines printed with the title first (项目名称, 主管部门 …), then the others (项目属性 …)
            int titleLine = title == null ? Integer.MAX_VALUE : title.cells().get(0).at().line();
            header.sort((a, b) -> Boolean.compare(a.at().line() < titleLine, b.at().line() < titleLine));
            out.addAll(header);
            out.addAll(funding);
            out.addAll(goals);
            out.addAll(indicators);
            out.addAll(leftovers);
        }

        /**
         * A header label printed between two values (… 238001 / 实施单位 / 刚察县医疗保障局 …) is the
         * second pair of its row, printed where its cells stand: the value right after it is its own,
         * and the labels printed before it in a column run (项目名称 / 主管部门及代码 / 项目属性, then
         * their values) must not take it. Labels printed one after another never reserve a value.
         */
        private void reserveBetweenValues() {
            for (int i = 1; i + 1 < lines.size(); i++) {
                String t = lines.get(i).text();
                String prev = lines.get(i - 1).text();
                String next = lines.get(i + 1).text();
                if (t.strip().contains(" ") || !isHeaderLine(t) || isYear(t) || !Vocabulary.isKnownHeaderLabel(t)) {
                    continue;
                }
                boolean prevValue = !isHeaderLine(prev) && !isTitle(prev) && !isYear(prev) && !isVocabulary(key(prev))
                        && !isFundingLabel(prev) && !isUnitLabel(key(prev)) && !isGoalHead(key(prev))
                        && !(i >= 2 && wrappedLabel(lines.get(i - 2).text(), prev));
                if (prevValue && !apartSkip(next) && !isTitle(next) && !wrappedLabel(t, next)) {
                    reservedFor[i + 1] = i;
                }
            }
        }

        /**
         * The value of a header label printed alone on its line (one cell per paragraph): the next
         * unused paragraph after it that is not itself a label, an amount or another part of the
         * form; its wrapped lines are joined. Null when there is none before the indicator block.
         */
        private Cell valueApart(int label, String labelText) {
            for (int i = label + 1; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (isTitle(l.text()) || TABLE_HEADER.contains(key(l.text())) && !key(l.text()).equals("绩效指标")) {
                    return null; // the indicator block (绩效指标 labels the whole block, printed before it)
                }
                boolean code = key(labelText).matches(".*(代码|编码)");
                if (used[i] || reservedFor[i] >= 0 && reservedFor[i] != label
                        || apartSkip(l.text()) && !(code && isAmount(l.text()) && !isFundingLabel(l.text()))) {
                    continue; // a code (主管部门及代码 | 238001) is a number but no amount
                }
                String before = lines.get(i - 1).text();
                if (lines.get(i - 1).block() == l.block() && (wrappedLabel(before, l.text()) || longerLabel(before, l.text()))) {
                    continue; // the end of a label wrapped over two lines (主管部门及代 / 码, 主管部门 / 及代码)
                }
                List<Line> ls = new ArrayList<>();
                for (int j = i; j < lines.size() && lines.get(j).block() == l.block() && !used[j]; j++) {
                    String t = lines.get(j).text();
                    if (j > i && isHeaderLine(t) && !isYear(t)) {
                        continue; // another label printed inside the wrapped value: left for its own turn
                    }
                    if (j > i && (apartSkip(t) || TABLE_HEADER.contains(key(t)))) {
                        break;
                    }
                    ls.add(lines.get(j));
                    used[j] = true;
                }
                return new Cell(joinLines(ls), new Locator(l.no(), 2, null));
            }
            return null;
        }

        /**
         * For a line alone in its paragraph that is the start of a header label: the value paragraph
         * [from, to) after it when the paragraph after that starts with a short line completing the
         * label ({@code 转移支付(项 / 城乡居民…资金 / 目)名称}); null otherwise.
         */
        private int[] labelAroundValue(int i) {
            Line l = lines.get(i);
            if (used[i] || isHeaderLine(l.text()) || i > 0 && lines.get(i - 1).block() == l.block() && !used[i - 1]
                    || i + 1 >= lines.size() || lines.get(i + 1).block() == l.block()) {
                return null;
            }
            int from = i + 1;
            int to = from;
            while (to < lines.size() && !used[to] && lines.get(to).block() == lines.get(from).block()) {
                to++;
            }
            if (to == from || to >= lines.size() || used[to]) {
                return null;
            }
            String end = lines.get(to).text();
            if (key(end).length() > 4 || !wrappedLabel(l.text(), end) || isHeaderLine(lines.get(from).text())
                    || apartSkip(lines.get(from).text())) {
                return null;
            }
            return new int[] {from, to};
        }

        /**
         * Whether a known label and a short piece after it make a longer known label (主管部门 / 及代码):
         * the piece is no label of its own, and no amount.
         */
        static boolean longerLabel(String first, String second) {
            String k = key(second);
            return k.length() <= 4 && !k.isEmpty() && Vocabulary.isKnownHeaderLabel(first) && !isHeaderLine(second)
                    && !isAmount(second) && Vocabulary.isKnownHeaderLabel(first + second) && key(first + second).length() > key(first).length();
        }

        /** Whether two lines are the pieces of one known header label of four or more characters (主管部门及代 / 码). */
        static boolean wrappedLabel(String first, String second) {
            String joined = first + second;
            return key(joined).length() >= 4 && !Vocabulary.isKnownHeaderLabel(first) && Vocabulary.isKnownHeaderLabel(joined);
        }

        /** Lines a value printed apart from its label skips: labels, amounts, units, goal and funding heads. */
        private boolean apartSkip(String t) {
            String k = key(t);
            String first = t.split("\\s+")[0];
            return isHeaderLine(t) || isVocabulary(k) || isFundingLabel(first) || isAmount(first) || isGoalHead(k)
                    || isUnitLabel(k) || k.matches("[万元]{0,2}\\)"); // or the end of a wrapped unit label (元）)
        }

        static boolean isGoalHead(String k) {
            return k.startsWith("中期目标") || k.startsWith("年度目标") || k.equals("总体目标") || k.equals("年度绩效目标")
                    || k.equals("绩效目标");
        }

        /** A funding block label such as 资金情况（万元）, possibly cut at its line end (资金情况（万). */
        static boolean isUnitLabel(String k) {
            return k.matches("(项目)?资金(情况)?(\\(万?元?\\)?)?|\\(?万?元\\)|(资金|项目资金|资金情况|预算规模)(\\(.*)?");
        }

        /** Splits a header line into label / value cells at known labels. */
        private List<Cell> labelled(Line l) {
            String[] parts = l.text().split("\\s+");
            List<String> cells = new ArrayList<>();
            StringBuilder value = null;
            for (String p : parts) {
                String k = key(p).replaceAll("[:：]$", "");
                boolean label = HEADER_LABELS.stream().anyMatch(h -> key(h).equals(k));
                if (label || cells.isEmpty()) {
                    if (value != null) {
                        cells.add(value.toString());
                    }
                    cells.add(p);
                    value = null;
                } else if (value == null) {
                    value = new StringBuilder(p);
                } else {
                    value.append(' ').append(p);
                }
            }
            if (value != null) {
                cells.add(value.toString());
            }
            List<Cell> out = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                out.add(new Cell(cells.get(c), new Locator(l.no(), c + 1, null)));
            }
            return out;
        }

        // ------------------------------------------------------------ goals

        /** The lines [from, to) of one block spelling {@code label} (总体目 / 标完成 / 情况), or null; marks them used. */
        private int[] spelled(String label, int from) {
            String want = key(label);
            for (int i = from; i < lines.size(); i++) {
                StringBuilder b = new StringBuilder();
                int j = i;
                while (j < lines.size() && !used[j] && b.length() < want.length() && lines.get(j).block() == lines.get(i).block()) {
                    b.append(key(lines.get(j).text()));
                    j++;
                }
                if (j > i && b.toString().equals(want)) {
                    for (int k = i; k < j; k++) {
                        used[k] = true;
                    }
                    return new int[] {i, j};
                }
            }
            return null;
        }

        /**
         * The goals of a self-evaluation sheet printed one cell per paragraph: the headings 总体目标
         * and 全年实际完成情况, the numbered goal lines after them (目标 1：…, wrapped lines joined) and
         * the completion text printed among them. Emitted as
         * {@code 总体目标完成情况 | 总体目标 | 全年实际完成情况} and {@code | goals | completion}.
         */
        private void readCompletion() {
            int c = -1;
            for (int i = 0; i < lines.size() && c < 0; i++) {
                if (!used[i] && key(lines.get(i).text()).equals("全年实际完成情况")) {
                    c = i;
                }
            }
            if (c < 0) {
                return;
            }
            List<Line> goalLines = new ArrayList<>();
            List<Line> done = new ArrayList<>();
            boolean inGoal = false;
            for (int i = c + 1; i < lines.size(); i++) {
                if (used[i]) {
                    continue;
                }
                Line l = lines.get(i);
                String k = key(l.text());
                if (k.equals("总体目标完成情况") || k.equals("总体目标")) {
                    continue; // a heading printed among the goals: taken below
                }
                if (NUMBERING.matcher(l.text()).find()) {
                    goalLines.add(l);
                    used[i] = true;
                    inGoal = true;
                } else if (structural(l.text()) || verticalAt(i) || k.length() > 0 && spelledAt(i, "总体目标完成情况")) {
                    if (k.length() > 0 && spelledAt(i, "总体目标完成情况")) {
                        spelled("总体目标完成情况", i); // the heading wrapped among the goals (总体目标完 / 成情况)
                        continue;
                    }
                    break;
                } else if (inGoal && l.block() == goalLines.get(goalLines.size() - 1).block()
                        && !goalLines.get(goalLines.size() - 1).text().matches(".*[。；;]\\s*$")) {
                    goalLines.add(l);
                    used[i] = true;
                } else if (goalLines.isEmpty() && l.block() != lines.get(c).block() && lines.get(i - 1).block() != l.block()
                        && k.length() >= 8) {
                    // one unnumbered goal: the whole paragraph after the headings is the goal cell, the
                    // next paragraph the completion cell
                    int j = i;
                    while (j < lines.size() && !used[j] && lines.get(j).block() == l.block()) {
                        goalLines.add(lines.get(j));
                        used[j] = true;
                        j++;
                    }
                    i = j - 1;
                    inGoal = false;
                } else if (!goalLines.isEmpty() && done.isEmpty()) {
                    for (int j = i; j < lines.size() && !used[j] && lines.get(j).block() == l.block()
                            && !NUMBERING.matcher(lines.get(j).text()).find() && !structural(lines.get(j).text()); j++) {
                        done.add(lines.get(j));
                        used[j] = true;
                    }
                    inGoal = false;
                } else {
                    break;
                }
            }
            if (goalLines.isEmpty()) {
                return;
            }
            if (done.isEmpty()) {
                done = widePargraph(c + 1);
            }
            used[c] = true;
            Line h = lines.get(c);
            String goalHead = "总体目标";
            int[] g = spelled("总体目标", 0);
            int[] label = spelled("总体目标完成情况", 0);
            int at = label != null ? lines.get(label[0]).no() : g != null ? lines.get(g[0]).no() : h.no();
            goals.add(new Row(List.of(new Cell("总体目标完成情况", new Locator(at, 1, null)),
                    new Cell(goalHead, new Locator(g != null ? lines.get(g[0]).no() : at, 2, null)),
                    new Cell(h.text(), new Locator(h.no(), 3, null))), true, Locator.line(at)));
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell("", new Locator(goalLines.get(0).no(), 1, null)));
            cells.add(new Cell(joinLines(goalLines), new Locator(goalLines.get(0).no(), 2, null)));
            if (!done.isEmpty()) {
                cells.add(new Cell(joinLines(done), new Locator(done.get(0).no(), 3, null)));
            }
            goals.add(new Row(cells, true, Locator.line(goalLines.get(0).no())));
        }

        /**
         * The completion text printed further down, among the indicator cells (its cell is as tall
         * as the goals and pdftotext reads it with the table's next column): the first unused
         * paragraph after {@code from} whose first line is as wide as only the wide completion
         * column prints (20 characters or more, every indicator column being narrower), a sentence
         * ending in 。 of 30 characters or more. Its lines are marked used; empty if none.
         */
        private List<Line> widePargraph(int from) {
            for (int i = from; i < lines.size(); i++) {
                if (used[i] || i > 0 && lines.get(i - 1).block() == lines.get(i).block()) {
                    continue;
                }
                int j = i;
                StringBuilder b = new StringBuilder();
                while (j < lines.size() && !used[j] && lines.get(j).block() == lines.get(i).block()) {
                    b.append(key(lines.get(j).text()));
                    j++;
                }
                String t = b.toString();
                if (key(lines.get(i).text()).length() >= 20 && t.length() >= 30 && t.endsWith("。")
                        && !NUMBERING.matcher(lines.get(i).text()).find() && !structural(lines.get(i).text())) {
                    List<Line> out = new ArrayList<>(lines.subList(i, j));
                    for (int k = i; k < j; k++) {
                        used[k] = true;
                    }
                    return out;
                }
            }
            return new ArrayList<>();
        }

        /** Whether the unused lines from i on, in one block, spell {@code label}; marks nothing. */
        private boolean spelledAt(int i, String label) {
            String want = key(label);
            StringBuilder b = new StringBuilder();
            for (int j = i; j < lines.size() && !used[j] && b.length() < want.length() && lines.get(j).block() == lines.get(i).block(); j++) {
                b.append(key(lines.get(j).text()));
            }
            return b.toString().equals(want);
        }

        private void readGoals(boolean twoPeriods) {
            int head = -1;
            // a line naming a period (中期目标 …, 年度目标) comes before a lone 总体目标 row label
            for (int pass = 0; pass < 2 && head < 0; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                if (used[i]) {
                    continue;
                }
                String[] parts = lines.get(i).text().split("\\s+");
                if (isPeriodHead(lines.get(i).text())) {
                    parts = new String[] {lines.get(i).text()}; // 中期目标（2020-2022 年）: a space before 年
                }
                boolean allGoalLabels = parts.length >= 1;
                boolean anyPeriod = false;
                for (String p : parts) {
                    String k = key(p);
                    boolean g = k.startsWith("中期目标") || k.startsWith("年度目标") || k.equals("总体目标")
                            || k.equals("年度绩效目标") || k.equals("绩效目标");
                    allGoalLabels &= g;
                    anyPeriod |= k.startsWith("中期目标") || k.startsWith("年度目标");
                }
                if (allGoalLabels && (anyPeriod || pass == 1 && parts.length == 1)) {
                    head = i;
                    break;
                }
            }
            }
            Line h = head < 0 ? null : lines.get(head);
            if (h != null && twoPeriods && key(h.text()).startsWith("中期目标") && isPeriodHead(h.text())) {
                // the annual head printed as its own paragraph right after the mid-term one
                for (int j = head + 1; j < Math.min(lines.size(), head + 3); j++) {
                    if (!used[j] && key(lines.get(j).text()).startsWith("年度目标") && isPeriodHead(lines.get(j).text())) {
                        used[head] = true;
                        head = j;
                        h = new Line(h.no(), key(h.text()) + " " + key(lines.get(j).text()), h.block());
                        break;
                    }
                }
            }
            if (head < 0) {
                // a goal label printed vertically (年\n度\n目\n标): the text follows it
                for (String label : List.of("年度绩效目标", "年度目标", "总体目标", "绩效目标")) {
                    int[] run = verticalRun(label);
                    if (run != null) {
                        head = run[1] - 1;
                        h = new Line(lines.get(run[0]).no(), label, lines.get(head).block());
                        break;
                    }
                }
                if (head < 0) {
                    return;
                }
            }
            used[head] = true;
            // the goal text: the following lines up to the next structural line
            List<List<Line>> blocks = new ArrayList<>();
            for (int i = head + 1; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (used[i] || endsGoal(i)) {
                    break;
                }
                if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).block() != l.block()) {
                    blocks.add(new ArrayList<>());
                }
                blocks.get(blocks.size() - 1).add(l);
                used[i] = true;
            }
            if (blocks.isEmpty() && !twoPeriods) {
                // the text printed apart (one cell per paragraph): the next paragraph that is no label
                for (int i = head + 1; i < lines.size(); i++) {
                    Line l = lines.get(i);
                    if (isTitle(l.text()) || TABLE_HEADER.contains(key(l.text())) && !key(l.text()).equals("绩效指标")) {
                        break;
                    }
                    if (used[i] || apartSkip(l.text())) {
                        continue;
                    }
                    List<Line> ls = new ArrayList<>();
                    for (int j = i; j < lines.size() && lines.get(j).block() == l.block() && !used[j]
                            && (j == i || !endsGoal(j)); j++) {
                        ls.add(lines.get(j));
                        used[j] = true;
                    }
                    blocks.add(ls);
                    break;
                }
            }
            List<String> heads = new ArrayList<>(List.of(h.text().split("\\s+")));
            String rowLabel = "总体目标";
            for (int i = 0; i < lines.size(); i++) {
                if (!used[i] && key(lines.get(i).text()).equals("总体目标")) {
                    used[i] = true;
                }
            }
            consumeVertical("总体目标");
            List<Cell> headCells = new ArrayList<>();
            headCells.add(new Cell(rowLabel, new Locator(h.no(), 1, null)));
            for (String s : heads) {
                if (!key(s).equals("总体目标")) {
                    headCells.add(new Cell(s, new Locator(h.no(), headCells.size() + 1, null)));
                }
            }
            int columns = Math.max(1, headCells.size() - 1);
            List<List<List<Line>>> groups = splitBlocks(blocks, twoPeriods && columns >= 2 ? 2 : 1);
            List<Cell> textCells = new ArrayList<>();
            textCells.add(new Cell("", new Locator(h.no(), 1, null)));
            int at = h.no();
            for (List<List<Line>> g : groups) {
                List<Line> ls = new ArrayList<>();
                g.forEach(ls::addAll);
                if (ls.isEmpty()) {
                    textCells.add(new Cell("", Locator.UNKNOWN));
                } else {
                    textCells.add(new Cell(joinLines(ls), new Locator(ls.get(0).no(), textCells.size() + 1, null)));
                    at = Math.min(at == h.no() ? ls.get(0).no() : at, ls.get(0).no());
                }
            }
            if (textCells.size() == 2 && headCells.size() <= 2) {
                // one period: a label / text row (年度目标 | text)
                Cell label = headCells.get(headCells.size() - 1);
                goals.add(new Row(List.of(new Cell(label.text(), new Locator(h.no(), 1, null)),
                        new Cell(textCells.get(1).text(), new Locator(textCells.get(1).at().line(), 2, null))), true,
                        Locator.line(h.no())));
                return;
            }
            goals.add(new Row(headCells, true, Locator.line(h.no())));
            goals.add(new Row(textCells, true, Locator.line(at)));
        }

        /** A period's goal head alone on its line: 中期目标（2020-2022 年）, 年度目标. */
        static boolean isPeriodHead(String t) {
            return key(t).matches("(中期目标|年度目标)([(（][^()（）]{0,20}[)）])?");
        }

        /** Whether line i ends a goal text: the next element, or a label wrapped over two lines (一级指 / 标). */
        private boolean endsGoal(int i) {
            Line l = lines.get(i);
            return structural(l.text()) || verticalAt(i) || i + 1 < lines.size() && key(l.text()).length() < 6
                    && isVocabulary(key(l.text() + lines.get(i + 1).text()));
        }

        /** Splits blocks into n groups: two equal texts when two periods print the same goal. */
        private static List<List<List<Line>>> splitBlocks(List<List<Line>> blocks, int n) {
            List<List<List<Line>>> out = new ArrayList<>();
            if (n == 1 || blocks.size() < 2) {
                out.add(blocks);
                if (n == 2) {
                    out.add(List.of());
                }
                return out;
            }
            int best = blocks.size() / 2;
            for (int k = 1; k < blocks.size(); k++) {
                if (flat(blocks.subList(0, k)).equals(flat(blocks.subList(k, blocks.size())))) {
                    best = k;
                    break;
                }
            }
            if (best == blocks.size() / 2 && blocks.size() % 2 == 0 && !flat(blocks.subList(0, best)).equals(flat(blocks.subList(best, blocks.size())))) {
                // each line printed left copy then right copy: the same text taken every other paragraph
                List<List<Line>> even = new ArrayList<>();
                List<List<Line>> odd = new ArrayList<>();
                for (int k = 0; k < blocks.size(); k++) {
                    (k % 2 == 0 ? even : odd).add(blocks.get(k));
                }
                if (flat(even).equals(flat(odd))) {
                    out.add(even);
                    out.add(odd);
                    return out;
                }
            }
            out.add(blocks.subList(0, best));
            out.add(blocks.subList(best, blocks.size()));
            return out;
        }

        private static String flat(List<List<Line>> blocks) {
            StringBuilder b = new StringBuilder();
            blocks.forEach(bl -> bl.forEach(l -> b.append(key(l.text()))));
            return b.toString();
        }

        /** Whether a line starts a new element of the form (not part of a goal text). */
        private boolean structural(String t) {
            String k = key(t);
            String first = t.split("\\s+")[0];
            return isTitle(t) || isHeaderLine(t) || isVocabulary(k) || TABLE_HEADER.contains(key(first)) || isFundingLabel(first)
                    || isAmount(first)
                    || k.equals("项目") || k.equals("资金") || k.equals("(万元)") || headingStart(k);
        }

        /** A line holding only the first piece of a wrapped table heading (绩效 of 绩效指标, 一级指 of 一级指标). */
        static boolean headingStart(String k) {
            return k.length() >= 2 && TABLE_HEADER.stream().anyMatch(h -> h.length() > k.length() && h.startsWith(k));
        }

        /** Whether line i starts a vertical label: it and the next line hold one character each. */
        private boolean verticalAt(int i) {
            return i + 1 < lines.size() && key(lines.get(i).text()).codePointCount(0, key(lines.get(i).text()).length()) == 1
                    && key(lines.get(i + 1).text()).codePointCount(0, key(lines.get(i + 1).text()).length()) == 1;
        }

        /** The unused lines [from, to) spelling a label vertically, or null; marks them used. */
        private int[] verticalRun(String label) {
            String want = key(label);
            for (int i = 0; i < lines.size(); i++) {
                StringBuilder b = new StringBuilder();
                int j = i;
                while (j < lines.size() && !used[j] && b.length() < want.length() && key(lines.get(j).text()).length() <= 3
                        && lines.get(j).block() == lines.get(i).block()) {
                    b.append(key(lines.get(j).text()));
                    j++;
                }
                if (j - i >= 2 && b.toString().equals(want)) {
                    for (int k = i; k < j; k++) {
                        used[k] = true;
                    }
                    return new int[] {i, j};
                }
            }
            return null;
        }

        /** Marks the lines spelling a label vertically (one or a few characters per line) as used. */
        private boolean consumeVertical(String label) {
            String want = key(label);
            for (int i = 0; i < lines.size(); i++) {
                if (used[i]) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                int j = i;
                while (j < lines.size() && !used[j] && b.length() < want.length()) {
                    b.append(key(lines.get(j).text()));
                    j++;
                }
                if (b.toString().equals(want) && j - i >= 2) {
                    for (int k = i; k < j; k++) {
                        used[k] = true;
                    }
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ funding

        private void readFunding(boolean twoPeriods) {
            String unitLabel = null;
            int unitLine = -1;
            if (consumeVertical("项目资金")) {
                unitLabel = "项目资金";
            }
            // a funding block label wrapped over lines (资金情况（万 / 元）)
            for (int i = 0; i < lines.size() && unitLabel == null; i++) {
                String k = key(lines.get(i).text());
                if (used[i] || !(k.startsWith("资金情况") || k.startsWith("项目资金")) || !isUnitLabel(k)) {
                    continue;
                }
                StringBuilder b = new StringBuilder(lines.get(i).text());
                int j = i + 1;
                while (j < lines.size() && !used[j] && lines.get(j).block() == lines.get(i).block()
                        && (key(b.toString()).contains("(") && !key(b.toString()).contains(")") && key(lines.get(j).text()).length() <= 4
                        || !key(b.toString()).contains("(") && key(lines.get(j).text()).matches("\\(万?元\\)"))) {
                    b.append(lines.get(j).text());
                    j++;
                }
                if (isUnitLabel(key(b.toString()))) {
                    unitLabel = b.toString();
                    unitLine = lines.get(i).no();
                    for (int u = i; u < j; u++) {
                        used[u] = true;
                    }
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                String k = key(lines.get(i).text());
                if (!used[i] && (k.equals("(万元)") || k.equals("(元)") || k.equals("项目资金(万元)") || k.equals("项目资金"))) {
                    unitLabel = (unitLabel == null || k.startsWith("项目资金") ? "" : unitLabel) + lines.get(i).text();
                    if (k.equals("项目资金")) {
                        unitLabel = lines.get(i).text();
                    }
                    unitLine = lines.get(i).no();
                    used[i] = true;
                }
            }
            columnFunding(unitLabel, unitLine);
            management();
            // the funding lines: those holding a funding label, and stray label-only lines
            List<Integer> rowsAt = new ArrayList<>();
            List<Integer> strays = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (used[i]) {
                    continue;
                }
                String[] parts = lines.get(i).text().split("\\s+");
                boolean hasLabel = false;
                boolean allKnown = true;
                for (String p : parts) {
                    boolean label = isFundingLabel(p);
                    hasLabel |= label;
                    allKnown &= label || isAmount(p);
                }
                if (hasLabel && allKnown) {
                    if (parts.length == 1 && twoPeriods) {
                        strays.add(i);
                    } else {
                        rowsAt.add(i);
                    }
                }
            }
            // order: the total first, then as printed
            rowsAt.sort((a, b) -> Boolean.compare(!isTotal(lines.get(a).text()), !isTotal(lines.get(b).text())));
            boolean firstRow = true;
            for (int i : rowsAt) {
                Line l = lines.get(i);
                used[i] = true;
                List<String[]> pairs = pairs(l.text());
                if (!twoPeriods && pairs.size() == 1 && pairs.get(0)[1] == null && i + 1 < lines.size() && !used[i + 1]
                        && isAmount(lines.get(i + 1).text())) {
                    // the amount printed as its own paragraph right after the label
                    pairs.get(0)[1] = lines.get(i + 1).text();
                    used[i + 1] = true;
                }
                if (twoPeriods) {
                    // a left (mid-term) pair printed without its label: take a stray line of the same label
                    if (pairs.size() == 2 && pairs.get(0)[0] == null && pairs.get(1)[0] != null) {
                        String want = key(pairs.get(1)[0]);
                        for (int s = 0; s < strays.size(); s++) {
                            int si = strays.get(s);
                            if (key(lines.get(si).text()).equals(want)) {
                                pairs.get(0)[0] = lines.get(si).text();
                                used[si] = true;
                                strays.remove(s);
                                break;
                            }
                        }
                        if (pairs.get(0)[0] == null) {
                            pairs.get(0)[0] = pairs.get(1)[0];
                        }
                    }
                }
                List<Cell> cells = new ArrayList<>();
                if (unitLabel != null) {
                    cells.add(new Cell(firstRow ? unitLabel : "", new Locator(firstRow && unitLine > 0 ? unitLine : l.no(), 1, null)));
                }
                for (String[] p : pairs) {
                    cells.add(new Cell(p[0] == null ? "" : p[0], new Locator(l.no(), cells.size() + 1, null)));
                    cells.add(new Cell(p[1] == null ? "" : p[1], new Locator(l.no(), cells.size() + 1, null)));
                }
                funding.add(new Row(cells, true, Locator.line(l.no())));
                firstRow = false;
            }
            // two periods, every cell its own paragraph: the labels in printed order, each with the
            // amount printed right after it, pair up as the row's mid-term (left) and annual (right) halves
            // (中期资金总额 with 年度资金总额, a label with the next of the same name)
            while (twoPeriods && strays.size() >= 2) {
                int a = strays.get(0);
                int partner = -1;
                String ka = key(lines.get(a).text());
                for (int s = 1; s < strays.size() && partner < 0; s++) {
                    String kb = key(lines.get(strays.get(s)).text());
                    if (kb.equals(ka) || ka.startsWith("中期") && kb.startsWith("年度") && ka.substring(2).equals(kb.substring(2))) {
                        partner = s;
                    }
                }
                if (partner < 0) {
                    break;
                }
                int b = strays.remove(partner);
                strays.remove(0);
                Line l = lines.get(a);
                List<Cell> cells = new ArrayList<>();
                if (unitLabel != null) {
                    cells.add(new Cell(firstRow ? unitLabel : "", new Locator(firstRow && unitLine > 0 ? unitLine : l.no(), 1, null)));
                }
                for (int at : new int[] {a, b}) {
                    used[at] = true;
                    String amount = "";
                    if (at + 1 < lines.size() && !used[at + 1] && isAmount(lines.get(at + 1).text())
                            && !isFundingLabel(lines.get(at + 1).text())) {
                        amount = lines.get(at + 1).text();
                        used[at + 1] = true;
                    }
                    cells.add(new Cell(lines.get(at).text(), new Locator(lines.get(at).no(), cells.size() + 1, null)));
                    cells.add(new Cell(amount, new Locator(lines.get(at).no(), cells.size() + 1, null)));
                }
                funding.add(new Row(cells, true, Locator.line(l.no())));
                firstRow = false;
            }
            for (int si : strays) {
                used[si] = true;
                Line l = lines.get(si);
                List<Cell> cells = new ArrayList<>();
                if (unitLabel != null) {
                    cells.add(new Cell("", new Locator(l.no(), 1, null)));
                }
                cells.add(new Cell(l.text(), new Locator(l.no(), cells.size() + 1, null)));
                cells.add(new Cell("", new Locator(l.no(), cells.size() + 1, null)));
                funding.add(new Row(cells, true, Locator.line(l.no())));
            }
        }

        /** The unused paragraphs (runs of unused lines of one block) from line {@code from} on, as [first, end). */
        private List<int[]> paragraphs(int from) {
            List<int[]> out = new ArrayList<>();
            int i = from;
            while (i < lines.size()) {
                if (used[i]) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < lines.size() && !used[j] && lines.get(j).block() == lines.get(i).block()) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            }
            return out;
        }

        private String paragraphText(int[] p) {
            return joinLines(lines.subList(p[0], p[1]));
        }

        private void use(int[] p) {
            for (int i = p[0]; i < p[1]; i++) {
                used[i] = true;
            }
        }

        /** A column heading of the self-evaluation money block: 全年预算数(A), 全年执行数(B), 预算执行率(B/A×100%). */
        static boolean isMoneyColumn(String t) {
            String k = key(t);
            return k.length() <= 24 && (k.startsWith("全年预算数") || k.startsWith("全年执行数") || k.startsWith("预算执行率")
                    || k.startsWith("执行率"));
        }

        /** A money row label of a column funding block: a known funding label, or one naming money (…资金, …总额). */
        static boolean isMoneyRowLabel(String t) {
            String k = key(t).replaceAll("[:：]$", "");
            return isFundingLabel(t) || k.length() <= 16 && k.matches(".*(资金|总额|拨款|补助|结转|结余)");
        }

        /**
         * The self-evaluation money block when pdftotext prints each cell as its own paragraph: the
         * column headings (全年预算数(A), 全年执行数(B), 预算执行率) one after another, then per row
         * its label (maybe wrapped over lines) followed by up to one amount per column. Emitted as
         * {@code unit | 全年预算数(A) | 全年执行数(B) | 预算执行率} and {@code | label | amounts…}.
         */
        private void columnFunding(String unitLabel, int unitLine) {
            int first = 0;
            while (first < lines.size() && (used[first] || !isMoneyColumn(lines.get(first).text()))) {
                first++;
            }
            // the paragraphs from the first heading on (a heading may share a paragraph with the cells above it)
            List<int[]> ps = paragraphs(first);
            int h = 0;
            // the headings, one per paragraph or several in one (a wrapped heading's end, (B), printed after the others)
            List<StringBuilder> heads = new ArrayList<>();
            List<Integer> headAt = new ArrayList<>();
            int headLine = h < ps.size() ? lines.get(ps.get(h)[0]).no() : -1;
            while (h < ps.size() && isMoneyColumn(lines.get(ps.get(h)[0]).text())) {
                for (int i = ps.get(h)[0]; i < ps.get(h)[1]; i++) {
                    String t = lines.get(i).text().trim();
                    if (isMoneyColumn(t)) {
                        heads.add(new StringBuilder(t));
                        headAt.add(lines.get(i).no());
                    } else {
                        StringBuilder open = heads.stream().filter(b -> !b.toString().matches(".*[)）]\\s*$")).findFirst()
                                .orElse(heads.get(heads.size() - 1));
                        open.append(t);
                    }
                }
                h++;
            }
            if (heads.size() < 2) {
                return;
            }
            for (int q = 0; q < h; q++) {
                if (isMoneyColumn(lines.get(ps.get(q)[0]).text())) {
                    use(ps.get(q));
                }
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(unitLabel == null ? "资金情况" : unitLabel, new Locator(unitLine > 0 ? unitLine : headLine, 1, null)));
            for (int k = 0; k < heads.size(); k++) {
                cells.add(new Cell(heads.get(k).toString(), new Locator(headAt.get(k), cells.size() + 1, null)));
            }
            funding.add(new Row(cells, true, Locator.line(headLine)));
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> row = null;
            for (int q = h; q < ps.size(); q++) {
                int[] p = ps.get(q);
                // a paragraph: its label pieces joined, then its amounts (a value printed inside a wrapped label goes after it)
                StringBuilder label = new StringBuilder();
                List<Cell> amounts = new ArrayList<>();
                boolean other = false;
                for (int i = p[0]; i < p[1]; i++) {
                    for (String part : lines.get(i).text().trim().split("\\s+")) {
                        if (isAmount(part.replaceAll("%$", ""))) {
                            amounts.add(new Cell(part, new Locator(lines.get(i).no(), 0, null)));
                        } else if (amounts.isEmpty() || i > p[0]) {
                            label.append(part);
                        } else {
                            other = true;
                        }
                    }
                }
                String l = label.toString();
                if (other || !l.isEmpty() && !isMoneyRowLabel(l)) {
                    break;
                }
                if (!l.isEmpty() || row == null || row.size() + amounts.size() > heads.size() + 2) {
                    int at = lines.get(p[0]).no();
                    row = new ArrayList<>();
                    row.add(new Cell("", new Locator(at, 1, null)));
                    row.add(new Cell(l, new Locator(at, 2, null)));
                    rows.add(row);
                }
                for (Cell a : amounts) {
                    row.add(new Cell(a.text(), new Locator(a.at().line(), row.size() + 1, null)));
                }
                use(p);
            }
            // a label printed after the rows, without amounts of its own: the label of the row printed without one
            if (rows.size() >= 2 && rows.get(rows.size() - 1).size() == 2 && rows.get(0).get(1).text().isEmpty()) {
                List<Cell> last = rows.remove(rows.size() - 1);
                rows.get(0).set(1, new Cell(last.get(1).text(), last.get(1).at()));
            }
            for (List<Cell> r : rows) {
                funding.add(new Row(r, true, Locator.line(r.get(0).at().line())));
            }
        }

        /**
         * The 资金管理情况 block when each cell is its own paragraph: the headings 情况说明 and
         * 存在问题和改进措施, then per item its label, its explanation and its problems. Emitted as
         * {@code 资金管理情况 | 情况说明 | 存在问题和改进措施} and {@code item | explanation | problems}.
         */
        private void management() {
            List<int[]> ps = paragraphs(0);
            int h = 0;
            while (h + 1 < ps.size() && !(key(paragraphText(ps.get(h))).equals("情况说明")
                    && key(paragraphText(ps.get(h + 1))).startsWith("存在问题"))) {
                h++;
            }
            if (h + 1 >= ps.size()) {
                return;
            }
            int[] label = null;
            for (int[] p : ps) {
                if (key(paragraphText(p)).equals("资金管理情况")) {
                    label = p;
                }
            }
            int headLine = lines.get(ps.get(h)[0]).no();
            String labelText = "资金管理情况";
            if (label != null) {
                use(label);
                labelText = paragraphText(label);
            }
            funding.add(new Row(List.of(new Cell(labelText, new Locator(headLine, 1, null)),
                    new Cell(paragraphText(ps.get(h)), new Locator(headLine, 2, null)),
                    new Cell(paragraphText(ps.get(h + 1)), new Locator(lines.get(ps.get(h + 1)[0]).no(), 3, null))),
                    true, Locator.line(headLine)));
            use(ps.get(h));
            use(ps.get(h + 1));
            ps = paragraphs(ps.get(h + 1)[1]);
            for (int q = 0; q + 2 < ps.size(); q += 3) {
                String k = key(paragraphText(ps.get(q)));
                if (k.length() > 12 || k.contains("指标") || isAmount(k)
                        || !ps.subList(q, q + 3).stream().allMatch(p -> managementCell(paragraphText(p)))) {
                    break;
                }
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    int[] p = ps.get(q + c);
                    cells.add(new Cell(paragraphText(p), new Locator(lines.get(p[0]).no(), c + 1, null)));
                    use(p);
                }
                funding.add(new Row(cells, true, Locator.line(cells.get(0).at().line())));
            }
        }

        /** A paragraph that can be a cell of a 资金管理情况 row: no label of another part of the form. */
        private static boolean managementCell(String t) {
            String k = key(t);
            return !(isTitle(t) || isHeaderLine(t) || isVocabulary(k) || isGoalHead(k) || k.startsWith("总体目标")
                    || k.startsWith("全年实际") || k.equals("资金管理情况") || TABLE_HEADER.contains(k) || k.startsWith("绩效")
                    || k.matches(".*指(标)?") || isMoneyColumn(t) || isFundingLabel(t));
        }

        private static boolean isTotal(String t) {
            return key(t).contains("总额") || key(t).contains("年度金额");
        }

        /** Label / amount pairs of a funding line; a missing label or amount is null. */
        static List<String[]> pairs(String text) {
            List<String[]> out = new ArrayList<>();
            String[] cur = null;
            for (String p : text.split("\\s+")) {
                if (isFundingLabel(p)) {
                    cur = new String[] {p, null};
                    out.add(cur);
                } else if (cur != null && cur[1] == null) {
                    cur[1] = p;
                } else {
                    cur = new String[] {null, p};
                    out.add(cur);
                }
            }
            return out;
        }

        // ------------------------------------------------------------ indicators

        private void readIndicators(boolean twoPeriods) {
            List<Frag> frags = new ArrayList<>();
            List<Line> rest = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!used[i]) {
                    rest.add(lines.get(i));
                }
            }
            boolean paragraphs = paragraphs();
            boolean selfEvaluation = lines.stream().anyMatch(l -> key(l.text()).contains("全年实际完成值") || key(l.text()).contains("未完成原因"));
            if (paragraphs && selfEvaluation) {
                rest = valueEchoedByActual(rest);
            }
            if (paragraphs) {
                rest = valueAfterNameStart(valueInsideName(rest));
            }
            for (Line l : rest) {
                // one cell per paragraph: spaces inside a line are the cell's own (指标 1：…, ≥ 100 %),
                // but a known label sharing a line with the next cell is split off
                String[] parts = paragraphs ? splitTrailingValue(splitLabels(l.text())) : l.text().split("\\s+");
                List<String> merged = new ArrayList<>();
                for (String p : parts) {
                    if (!merged.isEmpty() && OPERATOR_ONLY.matcher(merged.get(merged.size() - 1)).matches()) {
                        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + p);
                    } else if (!merged.isEmpty() && (p.equals("%") || p.equals("％"))) {
                        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + p);
                    } else {
                        merged.add(p);
                    }
                }
                for (int p = 0; p < merged.size(); p++) {
                    frags.add(new Frag(merged.get(p), l.no(), l.block(), p == 0, p == merged.size() - 1));
                }
            }
            frags = joinLabelEnds(frags);
            frags = joinVertical(frags);
            frags = joinInterleaved(frags);
            frags = joinVocabulary(frags);
            List<Piece> pieces = pieces(frags);
            // the table header: drop its labels, count its 指标值 columns
            int valueColumns = 0;
            int nameColumns = 0;
            List<Piece> body = new ArrayList<>();
            int headerLine = -1;
            // a self-evaluation prints a 全年实际完成值 column; its table starts at 一级指标 (what comes
            // before belongs to the money and goal blocks and is kept as unplaced text)
            // (its heading may wrap and interleave with its neighbour's: 全年实际完 未完成原因和改 / 成值 / 进措施;
            // the 未完成原因 column is printed only beside it)
            boolean actual = lines.stream().anyMatch(l -> key(l.text()).contains("全年实际完成值") || key(l.text()).contains("未完成原因"));
            boolean started = !actual || pieces.stream().noneMatch(p -> key(p.text()).equals("一级指标"));
            List<Piece> before = new ArrayList<>();
            for (Piece p : pieces) {
                String k = key(p.text());
                if (!started) {
                    if (k.equals("一级指标")) {
                        started = true;
                        headerLine = p.line();
                    } else if (!TABLE_HEADER.contains(k)) {
                        before.add(p);
                    }
                    continue;
                }
                if (TABLE_HEADER.contains(k)) {
                    if (k.equals("指标值")) {
                        valueColumns++;
                    }
                    if (k.equals("三级指标")) {
                        nameColumns++;
                    }
                    if (headerLine < 0 && !k.equals("绩效指标")) {
                        headerLine = p.line();
                    }
                    continue;
                }
                body.add(p);
            }
            // two periods print the heading twice (a 指标值 cut over two lines still leaves two 三级指标)
            boolean two = twoPeriods && (valueColumns != 1 || nameColumns >= 2) || valueColumns >= 2;
            Indicators ind = new Indicators(body, two);
            ind.actual = actual && !two;
            ind.parse();
            if (ind.rows.isEmpty() && body.isEmpty()) {
                return;
            }
            ind.placeApartLabels();
            int hl = headerLine > 0 ? headerLine : ind.rows.isEmpty() ? 0 : ind.rows.get(0).line;
            List<String> head = ind.actual ? List.of("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值")
                    : List.of("一级指标", "二级指标", "三级指标", "指标值");
            List<Cell> hc = new ArrayList<>();
            for (int copy = 0; copy < (two ? 2 : 1); copy++) {
                for (String h : head) {
                    hc.add(new Cell(h, new Locator(hl, hc.size() + 1, null)));
                }
            }
            for (Piece p : before) {
                // text of the blocks above the table that no reading placed: kept, as prose
                indicators.add(Row.prose(p.text(), Locator.line(p.line())));
            }
            if (!ind.rows.isEmpty()) {
                indicators.add(new Row(hc, true, Locator.line(hl)));
            }
            for (IndRow r : ind.rows) {
                List<Cell> cells = new ArrayList<>();
                for (Copy c : two ? List.of(r.left, r.right) : List.of(r.left)) {
                    Piece[] ps = ind.actual ? new Piece[] {c.l1, c.l2, c.name, c.value, c.actual} : new Piece[] {c.l1, c.l2, c.name, c.value};
                    for (Piece p : ps) {
                        cells.add(new Cell(p == null ? "" : p.text(), new Locator(p == null ? null : p.line(), cells.size() + 1, null)));
                    }
                }
                indicators.add(new Row(cells, true, Locator.line(r.line)));
            }
            for (Piece p : ind.unplaced) {
                leftovers.add(new Row(List.of(new Cell(p.text(), new Locator(p.line(), 1, null))), true, Locator.line(p.line())));
            }
        }

        /**
         * Splits a line of a one-cell-per-paragraph page at the spaces next to a known label
         * ({@code 服务对象满意度指标 政策知晓率}); other spaces stay inside the cell.
         */
        static String[] splitLabels(String text) {
            String[] parts = text.split("\\s+");
            List<String> out = new ArrayList<>();
            StringBuilder cur = null;
            for (String p : parts) {
                if (isVocabulary(p) || isLabelStart(p)) {
                    if (cur != null) {
                        out.add(cur.toString());
                        cur = null;
                    }
                    out.add(p);
                } else if (cur == null) {
                    cur = new StringBuilder(p);
                } else {
                    cur.append(' ').append(p);
                }
            }
            if (cur != null) {
                out.add(cur.toString());
            }
            return out.toArray(new String[0]);
        }

        /**
         * On a one-cell-per-paragraph page, a numbered name and its value printed on one line
         * ({@code 指标 1：人均补助标准 312 元}) are two cells: the last part of such a line that is a
         * number with at most a short unit is split off.
         */
        static String[] splitTrailingValue(String[] parts) {
            if (parts.length == 0) {
                return parts;
            }
            String last = parts[parts.length - 1];
            if (!NUMBERED_NAME.matcher(key(last)).find()) {
                return parts;
            }
            Matcher m = TRAILING_VALUE.matcher(last);
            if (!m.matches() || VALUE_WORD_END.matcher(m.group(1)).find()) {
                return parts;
            }
            String[] out = Arrays.copyOf(parts, parts.length + 1);
            out[parts.length - 1] = m.group(1);
            out[parts.length] = m.group(2);
            return out;
        }

        /**
         * A short cell printed at the height of a wrapped name's first line, after a space, in one
         * cell per paragraph pages: {@code 对健全离休干部医 成效明显 / 疗保障制度体系的 / 作用} becomes
         * the name {@code 对健全离休干部医 / 疗保障制度体系的 / 作用} followed by {@code 成效明显} as its own
         * paragraph. Only when the name goes on over at least two more lines without spaces.
         */
        static List<Line> valueAfterNameStart(List<Line> in) {
            List<Line> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                Line a = in.get(i);
                String[] parts = a.text().trim().split("\\s+");
                int j = i + 1;
                while (j < in.size() && in.get(j).block() == a.block() && !in.get(j).text().trim().contains(" ")) {
                    j++;
                }
                boolean next = j < in.size() && in.get(j).block() == a.block();
                if (parts.length == 2 && j - i >= 3 && !next && key(parts[0]).length() >= 6 && key(parts[1]).length() <= 8
                        && isCjk(parts[0]) && !NUMBERED_NAME.matcher(key(parts[0])).find()
                        && !VALUE_WORD_END.matcher(parts[0]).find() && !isVocabulary(parts[1])
                        && !isValue(parts[0]) && !isValue(in.get(i + 1).text())) {
                    out.add(new Line(a.no(), parts[0], a.block()));
                    out.addAll(in.subList(i + 1, j));
                    out.add(new Line(a.no(), parts[1], -1 - a.no()));
                    i = j - 1;
                } else {
                    out.add(a);
                }
            }
            return out;
        }

        /**
         * Self-evaluation, one cell per paragraph: the 全年实际完成值 cell, printed as the paragraph
         * after its row's name, mostly repeats the row's 指标值. A value printed inside the wrapped
         * name before it (at the name's vertical centre: {@code 实行按病种(组)、按人头付费 / 逐步推开 /
         * 等支付方式改革}, or after a space: {@code 基金滚存结余可支付月数(月) 6-9}) is found by that
         * repetition and made its own paragraph after the name, whatever it looks like.
         */
        static List<Line> valueEchoedByActual(List<Line> in) {
            List<Line> out = new ArrayList<>();
            int i = 0;
            while (i < in.size()) {
                int j = i + 1;
                while (j < in.size() && in.get(j).block() == in.get(i).block()) {
                    j++;
                }
                List<Line> para = in.subList(i, j);
                boolean nextAlone = j < in.size() && (j + 1 >= in.size() || in.get(j + 1).block() != in.get(j).block());
                String echo = nextAlone ? key(in.get(j).text()) : "";
                List<Line> fixed = echo.isEmpty() || isVocabulary(echo) || TABLE_HEADER.contains(echo) ? null : split(para, echo);
                out.addAll(fixed == null ? para : fixed);
                i = j;
            }
            return out;
        }

        /** The paragraph with the value {@code echo} taken out of its name and put after it; null if none. */
        private static List<Line> split(List<Line> para, String echo) {
            if (para.size() >= 2) {
                for (int k = 1; k < para.size(); k++) {
                    if (key(para.get(k).text()).equals(echo) && !key(para.get(0).text()).equals(echo)) {
                        List<Line> out = new ArrayList<>(para);
                        Line v = out.remove(k);
                        out.add(new Line(v.no(), v.text(), -1 - v.no()));
                        return out;
                    }
                }
            }
            for (int k = 0; k < para.size(); k++) {
                String t = para.get(k).text().trim();
                int sp = t.lastIndexOf(' ');
                if (sp > 0 && key(t.substring(sp + 1)).equals(echo) && key(t.substring(0, sp)).length() >= 2) {
                    List<Line> out = new ArrayList<>(para);
                    Line l = out.get(k);
                    out.set(k, new Line(l.no(), t.substring(0, sp).trim(), l.block()));
                    out.add(new Line(l.no(), t.substring(sp + 1), -1 - l.no()));
                    return out;
                }
            }
            return null;
        }

        /** Whether a text ends in a CJK character (a name cut at its line end, not a number or unit). */
        private static boolean isCjk(String t) {
            return !t.isEmpty() && Character.UnicodeScript.of(t.codePointBefore(t.length())) == Character.UnicodeScript.HAN;
        }

        /**
         * A value printed between the two lines of a wrapped name (pdftotext puts a vertically
         * centred value after the first line): {@code name start / ≥98% / 保率} becomes
         * {@code name start / 保率 / ≥98%}, the three lines being one paragraph.
         */
        static List<Line> valueInsideName(List<Line> in) {
            List<Line> out = new ArrayList<>(in);
            for (int i = 0; i + 2 < out.size(); i++) {
                Line a = out.get(i);
                Line v = out.get(i + 1);
                Line b = out.get(i + 2);
                boolean oneParagraph = a.block() == v.block() && v.block() == b.block();
                String kb = key(b.text());
                String ka = key(a.text());
                String kv = key(v.text());
                boolean numbered = NUMBERED_NAME.matcher(ka).find();
                boolean ends = i + 3 >= out.size() || out.get(i + 3).block() != b.block()
                        || NUMBERED_NAME.matcher(key(out.get(i + 3).text())).find();
                // the middle line of a wrapped name is as wide as its first line: a much shorter
                // middle line is another cell (the row's value) printed at its vertical centre
                boolean shortMiddle = !isValue(v.text()) && !isVocabulary(v.text()) && !isVocabulary(kv + kb)
                        && !TRAILING_VALUE.matcher(a.text()).matches() && ka.length() >= 8
                        && kv.length() * 2 <= ka.length() && (i == 0 || out.get(i - 1).block() != a.block() || numbered);
                if (oneParagraph && !isValue(a.text()) && !isVocabulary(a.text()) && (isValue(v.text()) || shortMiddle)
                        && !isValue(b.text()) && !isVocabulary(b.text()) && !continuesValue(v.text(), b.text())
                        && !NUMBERED_NAME.matcher(kb).find() && !NUMBERED_NAME.matcher(kv).find()
                        && (i + 3 >= out.size() || out.get(i + 3).block() != b.block()
                                && (kb.length() <= 6 || numbered || isValue(v.text()) && kb.length() <= ka.length())
                            || NUMBERED_NAME.matcher(key(out.get(i + 3).text())).find())
                        && (!shortMiddle || ends)) {
                    out.set(i + 1, b);
                    // a block of its own: the moved cell is not joined to the name it now follows
                    out.set(i + 2, new Line(v.no(), v.text(), -1 - v.no()));
                    i += 2;
                }
            }
            return out;
        }

        /**
         * Whether the page prints one cell per paragraph: two or more of the table's column labels
         * stand alone on their lines and none shares a line with another.
         */
        boolean paragraphs() {
            int alone = 0;
            int shared = 0;
            for (Line l : lines) {
                String[] parts = l.text().split("\\s+");
                int labels = 0;
                for (String p : parts) {
                    if (TABLE_HEADER.contains(key(p))) {
                        labels++;
                    }
                }
                if (labels >= 2) {
                    shared++;
                }
                if (labels == 1 && parts.length == 1) {
                    alone++;
                }
            }
            return alone >= 2 && alone > shared;
        }

        /** Joins runs of one-character lines (vertical labels) into one fragment. */
        static List<Frag> joinVertical(List<Frag> in) {
            List<Frag> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                Frag f = in.get(i);
                if (single(f)) {
                    int j = i;
                    Frag acc = f;
                    while (j + 1 < in.size() && single(in.get(j + 1)) && in.get(j + 1).block() == f.block()) {
                        acc = acc.join(in.get(j + 1), "");
                        j++;
                    }
                    if (j > i) {
                        out.add(acc);
                        i = j;
                        continue;
                    }
                }
                out.add(f);
            }
            return out;
        }

        private static boolean single(Frag f) {
            return f.starts() && f.ends() && f.text().codePointCount(0, f.text().length()) == 1
                    && Character.UnicodeScript.of(f.text().codePointAt(0)) == Character.UnicodeScript.HAN;
        }

        /** Whether a text is a known label cut before its last one or two characters ({@code 满意度指}). */
        static boolean isLabelStart(String t) {
            String k = key(t);
            if (k.length() < 3 || isVocabulary(k)) {
                return false;
            }
            for (List<String> words : List.of(LEVEL1, LEVEL2, TABLE_HEADER)) {
                for (String w : words) {
                    if (w.startsWith(k) && w.length() - k.length() <= 2) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Joins a label cut at its line end ({@code 服务对象满意度指}) with its last characters printed
         * alone on a later line ({@code 标}) when other cells were printed between them: pdftotext
         * emits a cell's second line after the lines of cells beside it. Two labels cut side by side
         * take their ends in order.
         */
        static List<Frag> joinLabelEnds(List<Frag> in) {
            List<Frag> out = new ArrayList<>(in);
            boolean[] taken = new boolean[out.size()];
            for (int i = 0; i < out.size(); i++) {
                Frag f = out.get(i);
                if (taken[i] || key(f.text()).length() < 2
                        || i + 1 < out.size() && isVocabulary(f.text() + key(out.get(i + 1).text()))) {
                    continue;
                }
                for (int j = i + 2; j < out.size() && j <= i + 4; j++) {
                    Frag e = out.get(j);
                    String ke = key(e.text());
                    if (taken[j] || !e.starts() || !e.ends() || ke.length() > 2
                            || isVocabulary(key(out.get(j - 1).text()) + ke)) {
                        continue;
                    }
                    if (isVocabulary(f.text() + ke) && !isVocabulary(ke)) {
                        out.set(i, f.join(e, ""));
                        taken[j] = true;
                        break;
                    }
                }
            }
            List<Frag> kept = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (!taken[i]) {
                    kept.add(out.get(i));
                }
            }
            return kept;
        }

        /**
         * Heading cells of one table row wrapped over two lines, printed line by line: first the
         * first line of each of k cells, then the second line of each (指标 / 全年实际 / 未完成原因和改 /
         * 值 / 完成值 / 进措施). When each first piece joined with the piece k places later spells a
         * table heading, the pairs are joined in place.
         */
        static List<Frag> joinInterleaved(List<Frag> in) {
            List<Frag> out = new ArrayList<>(in);
            for (int i = 0; i < out.size(); i++) {
                for (int k = 4; k >= 2; k--) {
                    if (i + 2 * k > out.size()) {
                        continue;
                    }
                    boolean all = true;
                    for (int m = 0; m < k && all; m++) {
                        Frag a = out.get(i + m);
                        Frag b = out.get(i + k + m);
                        all = !TABLE_HEADER.contains(key(a.text()))
                                && !TABLE_HEADER.contains(key(b.text())) && TABLE_HEADER.contains(key(a.text() + b.text()));
                    }
                    if (all) {
                        List<Frag> joined = new ArrayList<>();
                        for (int m = 0; m < k; m++) {
                            joined.add(out.get(i + m).join(out.get(i + k + m), ""));
                        }
                        out.subList(i, i + 2 * k).clear();
                        out.addAll(i, joined);
                        i += k - 1;
                        break;
                    }
                }
            }
            return out;
        }

        /** Joins consecutive line-end / line-start fragments that together spell a known label. */
        static List<Frag> joinVocabulary(List<Frag> in) {
            List<Frag> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                Frag acc = in.get(i);
                Frag best = isVocabulary(acc.text()) ? acc : null;
                int bestJ = i;
                int j = i;
                while (j + 1 < in.size() && j - i < 4 && in.get(j).ends() && in.get(j + 1).starts()
                        && key(acc.text()).length() < 12) {
                    acc = acc.join(in.get(j + 1), "");
                    j++;
                    if (isVocabulary(acc.text())) {
                        best = acc;
                        bestJ = j;
                    }
                }
                if (best != null) {
                    out.add(best);
                    i = bestJ;
                } else {
                    out.add(in.get(i));
                }
            }
            return out;
        }

        /** Classifies fragments and joins wrapped values and names into pieces. */
        static List<Piece> pieces(List<Frag> frags) {
            List<Piece> out = new ArrayList<>();
            for (int i = 0; i < frags.size(); i++) {
                Frag f = frags.get(i);
                String k = key(f.text());
                if (isVocabulary(k)) {
                    out.add(new Piece(f.text(), f.line(), Kind.LABEL));
                } else if (isValue(f.text())) {
                    StringBuilder v = new StringBuilder(f.text());
                    Frag last = f;
                    while (i + 1 < frags.size() && last.ends() && frags.get(i + 1).starts()
                            && continuesValue(v.toString(), frags.get(i + 1).text())) {
                        i++;
                        last = frags.get(i);
                        v.append(last.text());
                    }
                    out.add(new Piece(v.toString(), f.line(), Kind.VALUE));
                } else {
                    StringBuilder t = new StringBuilder(f.text());
                    Frag last = f;
                    while (i + 1 < frags.size() && last.ends() && frags.get(i + 1).starts()
                            && frags.get(i + 1).block() == last.block()
                            && !isVocabulary(frags.get(i + 1).text()) && !isValue(frags.get(i + 1).text())
                            && !NUMBERED_NAME.matcher(key(frags.get(i + 1).text())).find()) {
                        i++;
                        last = frags.get(i);
                        t.append(last.text());
                    }
                    out.add(new Piece(t.toString(), f.line(), Kind.TEXT));
                }
            }
            return out;
        }

        static boolean isValue(String t) {
            return VALUE_START.matcher(key(t)).find();
        }

        /** Whether {@code next} is the wrapped rest of value {@code v} ({@code ≤0.6万|元}, {@code 480元/|人.天}). */
        static boolean continuesValue(String v, String next) {
            String n = key(next);
            String k = key(v);
            if (isVocabulary(n) || isValue(n) || n.length() > 5) {
                return false;
            }
            if (k.endsWith("/") || k.endsWith("万") || k.endsWith("亿") || n.startsWith("/")) {
                return true;
            }
            return UNIT_PIECE.matcher(n).matches() && (k.matches(".*\\d") || k.endsWith("元") && n.startsWith("/"));
        }
    }

    // ---------------------------------------------------------------- indicator rows

    /** One period's cells of an indicator row. */
    static final class Copy {
        Piece l1;
        Piece l2;
        Piece name;
        Piece value;
        /** Self-evaluation: the 全年实际完成值 cell. */
        Piece actual;
        /** A level-2 label printed with this row's own for the next group of rows. */
        Piece next;
        List<Piece> labels = new ArrayList<>();
    }

    /** An indicator row: the left (mid-term, or only) copy and, on two-period sheets, the right one. */
    static final class IndRow {
        Copy left = new Copy();
        Copy right = new Copy();
        int line;
    }

    /** Groups pieces into indicator rows and puts the labels printed apart back on them. */
    static final class Indicators {
        final List<Piece> pieces;
        final boolean two;
        /** Whether each row prints a 全年实际完成值 cell after its value. */
        boolean actual;
        final List<IndRow> rows = new ArrayList<>();
        final List<Piece> apart = new ArrayList<>();
        final List<Piece> unplaced = new ArrayList<>();
        int pos;

        Indicators(List<Piece> pieces, boolean two) {
            this.pieces = new ArrayList<>();
            this.two = two;
            for (Piece p : pieces) {
                String t = p.text();
                int h = t.length() / 2;
                if (two && p.kind() == Kind.TEXT && t.length() >= 4 && t.length() % 2 == 0 && t.substring(0, h).equals(t.substring(h))) {
                    // a name printed for both periods with nothing between (no value): two cells
                    this.pieces.add(new Piece(t.substring(0, h), p.line(), Kind.TEXT));
                    this.pieces.add(new Piece(t.substring(h), p.line(), Kind.TEXT));
                } else {
                    this.pieces.add(p);
                }
            }
        }

        private List<Piece> labels() {
            List<Piece> out = new ArrayList<>();
            while (pos < pieces.size() && pieces.get(pos).kind() == Kind.LABEL) {
                out.add(pieces.get(pos++));
            }
            return out;
        }

        private boolean more() {
            for (int i = pos; i < pieces.size(); i++) {
                if (pieces.get(i).kind() != Kind.LABEL) {
                    return true;
                }
            }
            return false;
        }

        void parse() {
            while (pos < pieces.size()) {
                List<Piece> labels = labels();
                if (!more()) {
                    apart.addAll(labels);
                    break;
                }
                IndRow r = new IndRow();
                r.left.labels = labels;
                if (!two && actual && unknownLevel2(pos)) {
                    r.left.l2 = new Piece(pieces.get(pos).text(), pieces.get(pos).line(), Kind.LABEL);
                    pos++;
                }
                r.left.name = pieces.get(pos++);
                r.line = (labels.isEmpty() ? r.left.name : labels.get(0)).line();
                if (!two) {
                    List<Piece> firstOwn = rows.isEmpty() && labels.size() > 2 ? firstRowLabels(labels) : null;
                    if (firstOwn != null) {
                        // before the first row: the top labels of the 一级 and 二级 columns are its own,
                        // the others (printed with them, lower in their columns) label later groups
                        for (Piece l : labels) {
                            if (!firstOwn.contains(l)) {
                                apart.add(l);
                            }
                        }
                        r.left.labels = firstOwn;
                    } else if (labels.size() > 2) {
                        // a run of labels before a name: the row's own (level 1, level 2) end the run,
                        // the others are labels of earlier rows printed apart (vertically centred)
                        int keep = isLevel2(labels.get(labels.size() - 1).text())
                                && isLevel1(labels.get(labels.size() - 2).text()) ? 2 : 1;
                        apart.addAll(labels.subList(0, labels.size() - keep));
                        r.left.labels = new ArrayList<>(labels.subList(labels.size() - keep, labels.size()));
                    }
                    if (pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL
                            && (pieces.get(pos).kind() == Kind.VALUE || r.left.name.kind() == Kind.TEXT)) {
                        r.left.value = pieces.get(pos++);
                    } else if (r.left.value == null && lastAfterLabels(pos) >= 0) {
                        // the last row's value printed after the labels printed apart (产出指标 / 普遍知晓)
                        int last = lastAfterLabels(pos);
                        apart.addAll(pieces.subList(pos, last));
                        r.left.value = pieces.get(last);
                        pos = last + 1;
                    }
                    if (actual && r.left.value != null && pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.left.actual = pieces.get(pos++);
                    }
                    rows.add(r);
                    continue;
                }
                // two periods: the right copy repeats the left copy's name
                String name = key(r.left.name.text());
                int found = -1;
                for (int j = pos; j < pieces.size() && j < pos + 8; j++) {
                    Piece p = pieces.get(j);
                    if (p.kind() == Kind.LABEL) {
                        continue;
                    }
                    String k = key(p.text());
                    if (k.equals(name)) {
                        found = j;
                        break;
                    }
                    if (k.endsWith(name) && k.length() > name.length() && j == firstNonLabel(pos)) {
                        // the left value and the right name joined into one piece: split them
                        int cut = p.text().length() - r.left.name.text().length();
                        if (cut > 0 && key(p.text().substring(cut)).equals(name)) {
                            pieces.set(j, new Piece(p.text().substring(cut), p.line(), p.kind()));
                            pieces.add(j, new Piece(p.text().substring(0, cut), p.line(), Kind.TEXT));
                            found = j + 1;
                            break;
                        }
                    }
                }
                if (found >= 0) {
                    StringBuilder v = new StringBuilder();
                    Piece first = null;
                    List<Piece> rightLabels = new ArrayList<>();
                    for (int j = pos; j < found; j++) {
                        Piece p = pieces.get(j);
                        if (p.kind() == Kind.LABEL) {
                            rightLabels.add(p);
                        } else {
                            if (first == null) {
                                first = p;
                            }
                            v.append(p.text());
                        }
                    }
                    r.left.value = first == null ? null : new Piece(v.toString(), first.line(), first.kind());
                    r.right.labels = rightLabels;
                    r.right.name = pieces.get(found);
                    pos = found + 1;
                    if (r.left.value != null && pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.right.value = pieces.get(pos++);
                    }
                } else {
                    // no repeated name: read by position
                    if (pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.left.value = pieces.get(pos++);
                    }
                    r.right.labels = labels();
                    if (pos < pieces.size()) {
                        r.right.name = pieces.get(pos++);
                    }
                    if (pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.right.value = pieces.get(pos++);
                    }
                }
                rows.add(r);
            }
        }

        /**
         * Self-evaluation: whether the piece at {@code at} is a level-2 label outside the vocabulary
         * (政策知晓率) printed before its row's name. A row prints name, value and 全年实际完成值; when
         * the fourth piece repeats the third but the third differs from the second, the third is the
         * row's actual repeating its value, so the first is not a name but a short label before it.
         */
        private boolean unknownLevel2(int at) {
            if (at + 3 >= pieces.size()) {
                return false;
            }
            for (int k = at; k <= at + 3; k++) {
                if (pieces.get(k).kind() == Kind.LABEL) {
                    return false;
                }
            }
            String label = key(pieces.get(at).text());
            return key(pieces.get(at + 3).text()).equals(key(pieces.get(at + 2).text()))
                    && !key(pieces.get(at + 2).text()).equals(key(pieces.get(at + 1).text()))
                    && !Page.isValue(label) && !Page.isValue(pieces.get(at + 1).text()) && label.length() <= 10
                    && !label.matches(".*[，。；,;:：、].*");
        }

        /**
         * The first row's own labels out of a run printed before it that holds two or more level-1
         * labels (the 一级 column's labels printed together above the body): the first level-1 label
         * and the first level-2 label after it. Null when the run is not such.
         */
        static List<Piece> firstRowLabels(List<Piece> labels) {
            int l1 = -1;
            int count = 0;
            for (int i = 0; i < labels.size(); i++) {
                String k = key(labels.get(i).text());
                if (isLevel1(k) && !k.equals("成本指标")) {
                    count++;
                    if (l1 < 0) {
                        l1 = i;
                    }
                }
            }
            if (count < 2) {
                return null;
            }
            for (int i = l1 + 1; i < labels.size(); i++) {
                String k = key(labels.get(i).text());
                if (isLevel2(k) && !isLevel1(k)) {
                    return new ArrayList<>(List.of(labels.get(l1), labels.get(i)));
                }
            }
            return new ArrayList<>(List.of(labels.get(l1)));
        }

        /**
         * The index of the one non-label piece left on the page when it follows a run of labels from
         * {@code from} (only labels after it); -1 otherwise.
         */
        private int lastAfterLabels(int from) {
            int j = from;
            while (j < pieces.size() && pieces.get(j).kind() == Kind.LABEL) {
                j++;
            }
            if (j == from || j >= pieces.size()) {
                return -1;
            }
            for (int k = j + 1; k < pieces.size(); k++) {
                if (pieces.get(k).kind() != Kind.LABEL) {
                    return -1;
                }
            }
            return j;
        }

        private int firstNonLabel(int from) {
            for (int j = from; j < pieces.size(); j++) {
                if (pieces.get(j).kind() != Kind.LABEL) {
                    return j;
                }
            }
            return -1;
        }

        /** Sets l1/l2 of every copy from its inline labels, then fills the rest from the labels printed apart. */
        void placeApartLabels() {
            for (IndRow r : rows) {
                for (Copy c : List.of(r.left, r.right)) {
                    inline(c);
                }
            }
            List<Piece> apartLabels = new ArrayList<>();
            for (Piece p : apart) {
                if (isCategory(p.text())) {
                    apartLabels.add(p);
                } else {
                    unplaced.add(p);
                }
            }
            List<Piece> oneCopy = apartLabels;
            if (two && apartLabels.size() % 2 == 0) {
                oneCopy = apartLabels.subList(0, apartLabels.size() / 2);
            }
            boolean newCost = false;
            for (IndRow r : rows) {
                for (Copy c : List.of(r.left, r.right)) {
                    if (c.l2 != null && family(c.l2.text()) != null && family(c.l2.text()).equals("成本指标")) {
                        newCost = true;
                    }
                }
            }
            List<Piece> l1s = new ArrayList<>();
            List<Piece> l2s = new ArrayList<>();
            for (Piece p : oneCopy) {
                String k = key(p.text());
                boolean level1 = isLevel1(k) && !(k.equals("成本指标") && !newCost) && !(k.equals("满意度指标") && hasLevel1Satisfaction());
                (level1 ? l1s : l2s).add(p);
            }
            if (!two && actual && levelTwoInSequence(l2s)) {
                // done
            } else if (two || !levelTwoByNumberedGroups(l2s)) {
                fillLevel2(l2s);
            }
            fillLevel1(l1s);
            if (!two) {
                numberedGroups();
            }
        }

        /**
         * Names numbered per group ({@code 指标 1：…} again after {@code 指标 4：…}) start a new group:
         * a level-2 label printed in the middle of its merged cell (pdftotext puts a vertically
         * centred label after the group's first rows) also labels the rows from the restart to it.
         */
        private void numberedGroups() {
            int restart = -1;
            int previous = 0;
            Piece pending = null;
            for (int i = 0; i < rows.size(); i++) {
                Copy c = rows.get(i).left;
                int n = number(c.name);
                if (n == 1 && previous > 1 && c.l2 == null) {
                    restart = i;
                    if (pending != null) {
                        c.l2 = pending; // the next group's label printed with the previous group's
                        pending = null;
                    }
                }
                if (c.next != null) {
                    pending = c.next;
                }
                if (c.l2 != null && n > 1 && restart >= 0 && restart < i) {
                    for (int k = restart; k < i; k++) {
                        if (rows.get(k).left.l2 == null) {
                            rows.get(k).left.l2 = c.l2;
                        }
                    }
                }
                if (c.l2 != null) {
                    restart = -1;
                }
                if (n > 0) {
                    previous = n;
                }
            }
        }

        /**
         * When every name is numbered and the numbering restarts at 1 for each group, and the page
         * prints as many level-2 labels as there are groups, the labels in print order (top to
         * bottom, whether printed with a row or apart) label the groups in order. Returns whether
         * it did.
         */
        private boolean levelTwoByNumberedGroups(List<Piece> apartLevel2) {
            if (rows.isEmpty()) {
                return false;
            }
            List<Integer> starts = new ArrayList<>();
            int previous = 0;
            for (int i = 0; i < rows.size(); i++) {
                int n = number(rows.get(i).left.name);
                if (n == 0) {
                    return false;
                }
                if (i == 0 || n == 1 && previous >= 1) {
                    if (n != 1) {
                        return false;
                    }
                    starts.add(i);
                } else if (n != previous + 1) {
                    return false;
                }
                previous = n;
            }
            List<Piece> labels = new ArrayList<>(apartLevel2);
            for (IndRow r : rows) {
                if (r.left.l2 != null) {
                    labels.add(r.left.l2);
                }
                if (r.left.next != null) {
                    labels.add(r.left.next);
                }
            }
            labels.sort(java.util.Comparator.comparingInt(Piece::line));
            if (starts.size() < 2 || labels.size() != starts.size()) {
                return false;
            }
            for (int g = 0; g < starts.size(); g++) {
                int end = g + 1 < starts.size() ? starts.get(g + 1) : rows.size();
                for (int i = starts.get(g); i < end; i++) {
                    rows.get(i).left.l2 = labels.get(g);
                    rows.get(i).left.next = null;
                }
            }
            return true;
        }

        /** The number of a numbered name ({@code 指标 3：…} is 3), or 0. */
        static int number(Piece name) {
            if (name == null) {
                return 0;
            }
            java.util.regex.Matcher m = Pattern.compile("^指标(\\d{1,2})[:：.、]").matcher(key(name.text()));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        private boolean hasLevel1Satisfaction() {
            return rows.stream().anyMatch(r -> r.left.l1 != null && key(r.left.l1.text()).startsWith("满意"));
        }

        private static void inline(Copy c) {
            List<Piece> ls = c.labels;
            if (ls.size() == 2 && !isLevel1(ls.get(0).text()) && isLevel2(ls.get(0).text()) && isLevel2(ls.get(1).text())) {
                // two stacked level-2 labels (时效指标 / 成本指标): this row's, then the next group's
                c.l2 = ls.get(0);
                c.next = ls.get(1);
            } else if (ls.size() >= 2) {
                c.l1 = ls.get(0);
                c.l2 = ls.get(1);
            } else if (ls.size() == 1) {
                String k = key(ls.get(0).text());
                if (isLevel1(k) && !k.equals("成本指标") || !isLevel2(k)) {
                    c.l1 = ls.get(0);
                } else {
                    c.l2 = ls.get(0);
                }
            }
        }

        /**
         * One period, labels printed both with rows and apart: every level-2 label of the page, in
         * print order (the 二级 column's cells top to bottom), labels a run of consecutive rows, each
         * label at least one row while there are rows enough. The runs are chosen by how the labels
         * suit the rows' names and values, a row keeping the label printed just before its name
         * unless the order forbids it. Returns false (nothing changed) when no row prints a label.
         */
        private boolean levelTwoInSequence(List<Piece> apartLevel2) {
            List<Piece> labels = new ArrayList<>(apartLevel2);
            Piece[] own = new Piece[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Copy c = rows.get(i).left;
                if (c.l2 != null) {
                    labels.add(c.l2);
                    own[i] = c.l2;
                }
                if (c.next != null) {
                    labels.add(c.next);
                }
            }
            if (rows.isEmpty() || labels.size() < 2 || labels.stream().allMatch(l -> own(own, l))) {
                return false;
            }
            labels.sort(java.util.Comparator.comparingInt(Piece::line));
            canonicalOrder(labels);
            int n = labels.size();
            int m = rows.size();
            double[][] dp = new double[m][n];
            int[][] from = new int[m][n];
            for (double[] d : dp) {
                java.util.Arrays.fill(d, Double.NEGATIVE_INFINITY);
            }
            for (int t = 0; t < m; t++) {
                for (int j = 0; j < n; j++) {
                    double f = fit(labels.get(j).text(), rows.get(t)) + (own[t] == labels.get(j) ? 3 : 0);
                    if (t == 0) {
                        dp[0][j] = f - 4.0 * j;
                        continue;
                    }
                    for (int k = 0; k <= j; k++) {
                        if (dp[t - 1][k] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        double s = dp[t - 1][k] + f - 4.0 * Math.max(0, j - k - 1) - (own[t] != null && k == j ? 0.25 : 0);
                        if (s > dp[t][j]) {
                            dp[t][j] = s;
                            from[t][j] = k;
                        }
                    }
                }
            }
            int bestJ = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double s = dp[m - 1][j] - 4.0 * (n - 1 - j);
                if (s > best) {
                    best = s;
                    bestJ = j;
                }
            }
            int j = bestJ;
            for (int t = m - 1; t >= 0; t--) {
                rows.get(t).left.l2 = labels.get(j);
                rows.get(t).left.next = null;
                j = from[t][j];
            }
            return true;
        }

        /** The level-2 labels in the order the indicator framework lists them (数量 … 成本, 经济效益 … 可持续影响, 满意度). */
        private static final List<String> LEVEL2_ORDER = List.of("数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益",
                "可持续影响", "服务对象满意度");

        /** A level-2 label's place in {@link #LEVEL2_ORDER}, or -1. */
        static int level2Rank(String label) {
            String k = key(label);
            for (int i = 0; i < LEVEL2_ORDER.size(); i++) {
                if (k.startsWith(LEVEL2_ORDER.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Labels in print order normally follow the column top to bottom; a label printed after a
         * later group's (the 数量指标 of a group centred lower than the next group's label) breaks the
         * framework's order. Then the known labels are put back in that order in the places they
         * hold; labels outside the framework keep their places.
         */
        static void canonicalOrder(List<Piece> labels) {
            List<Integer> at = new ArrayList<>();
            List<Piece> known = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (level2Rank(labels.get(i).text()) >= 0) {
                    at.add(i);
                    known.add(labels.get(i));
                }
            }
            List<Piece> sorted = new ArrayList<>(known);
            sorted.sort(java.util.Comparator.comparingInt(p -> level2Rank(p.text())));
            for (int i = 0; i < at.size(); i++) {
                labels.set(at.get(i), sorted.get(i));
            }
        }

        private static boolean own(Piece[] own, Piece label) {
            for (Piece p : own) {
                if (p == label) {
                    return true;
                }
            }
            return false;
        }

        /** Assigns the level-2 labels printed apart, in order, to the rows that print none. */
        private void fillLevel2(List<Piece> labels) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).left.l2 == null && rows.get(i).right.l2 == null) {
                    missing.add(i);
                }
            }
            if (labels.isEmpty() || missing.isEmpty()) {
                return;
            }
            int n = labels.size();
            int m = missing.size();
            // dp[t][j]: best score with row t labelled j (labels in order, non-decreasing)
            double[][] dp = new double[m][n];
            int[][] from = new int[m][n];
            for (double[] d : dp) {
                java.util.Arrays.fill(d, Double.NEGATIVE_INFINITY);
            }
            for (int j = 0; j < n; j++) {
                dp[0][j] = fit(labels.get(j).text(), rows.get(missing.get(0))) - 2.0 * j;
            }
            for (int t = 1; t < m; t++) {
                boolean boundary = missing.get(t) != missing.get(t - 1) + 1;
                for (int j = 0; j < n; j++) {
                    double f = fit(labels.get(j).text(), rows.get(missing.get(t)));
                    for (int k = 0; k <= j; k++) {
                        if (dp[t - 1][k] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        double s = dp[t - 1][k] + f;
                        if (k == j && boundary) {
                            s -= 1.5;
                        } else if (k < j) {
                            s -= 2.0 * (j - k - 1);
                            if (!boundary) {
                                s -= 0.5;
                            }
                        }
                        if (s > dp[t][j]) {
                            dp[t][j] = s;
                            from[t][j] = k;
                        }
                    }
                }
            }
            int bestJ = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double s = dp[m - 1][j] - 2.0 * (n - 1 - j);
                if (s > best) {
                    best = s;
                    bestJ = j;
                }
            }
            int j = bestJ;
            for (int t = m - 1; t >= 0; t--) {
                IndRow r = rows.get(missing.get(t));
                r.left.l2 = labels.get(j);
                if (two) {
                    r.right.l2 = labels.get(j);
                }
                j = from[t][j];
            }
        }

        /** Level 1 of the rows that print none: the family of their level 2, else the labels apart in order. */
        private void fillLevel1(List<Piece> labels) {
            int next = 0;
            String prevFamily = null;
            Piece prev = null;
            for (IndRow r : rows) {
                if (r.left.l1 != null || r.right.l1 != null) {
                    prev = r.left.l1 != null ? r.left.l1 : r.right.l1;
                    if (r.left.l1 == null) {
                        r.left.l1 = prev;
                    }
                    if (two && r.right.l1 == null) {
                        r.right.l1 = prev;
                    }
                    prevFamily = null;
                    continue;
                }
                String fam = r.left.l2 == null ? null : family(r.left.l2.text());
                Piece chosen = null;
                if (fam != null) {
                    for (int j = 0; j < labels.size(); j++) {
                        if (key(labels.get(j).text()).equals(fam)) {
                            chosen = labels.get(j);
                            next = Math.max(next, j + 1);
                            break;
                        }
                    }
                    if (chosen == null) {
                        chosen = new Piece(fam, -1, Kind.LABEL);
                    }
                } else if (prev != null && prevFamily == null) {
                    chosen = prev;
                } else if (next < labels.size()) {
                    chosen = labels.get(next++);
                }
                if (chosen != null && chosen.line() < 0) {
                    chosen = null;
                }
                r.left.l1 = chosen;
                if (two) {
                    r.right.l1 = chosen;
                }
                prev = chosen;
                prevFamily = fam;
            }
        }

        /** The level 1 a level-2 label belongs to, or null. */
        static String family(String level2) {
            String k = key(level2);
            if (k.startsWith("数量") || k.startsWith("质量") || k.startsWith("时效") || k.equals("成本指标") || k.equals("成本")) {
                return "产出指标";
            }
            if (k.contains("成本")) {
                return "成本指标";
            }
            if (k.contains("效益") || k.startsWith("可持续")) {
                return "效益指标";
            }
            if (k.contains("满意")) {
                return "满意度指标";
            }
            return null;
        }

        /** How well a level-2 label suits a row, from its value and its name. */
        static double fit(String label, IndRow r) {
            Copy c = r.right.name != null ? r.right : r.left;
            String name = c.name == null ? "" : key(c.name.text());
            String value = c.value == null ? "" : key(c.value.text());
            boolean numeric = Page.isValue(value);
            boolean percent = value.contains("%");
            boolean money = value.contains("元");
            boolean time = value.matches(".*\\d+(月|日|天|年|小时|工作日|个月).*") && !value.matches(".*元.*");
            String k = key(label);
            double s = 0;
            if (k.startsWith("数量")) {
                s += numeric && !percent && !money && !time ? 2 : 0;
                s += name.matches(".*(数|次数|人数|个数|台数|量).*") && !name.contains("率") ? 0.5 : 0;
            } else if (k.startsWith("质量")) {
                // a rate of timeliness (及时率, 即时结算率) is a 时效 indicator, not a 质量 one
                boolean timely = name.matches(".*(及时|即时|时限).*");
                s += percent && !timely ? 2 : 0;
                s += name.matches(".*(率|合格|达标|质量|准确|规范).*") && !timely ? 1 : 0;
            } else if (k.startsWith("时效")) {
                s += time ? 2 : 0;
                s += name.matches(".*(时间|时限|及时|即时|期限|进度).*") ? 1 : 0;
            } else if (k.contains("成本")) {
                s += money ? 2 : 0;
                s += name.matches(".*(费|成本|金额|资金|补助|价格|单价|标准).*") ? 0.5 : 0;
            } else if (k.contains("满意")) {
                s += name.contains("满意") ? 2 : 0;
            } else if (k.startsWith("可持续")) {
                s += value.matches(".*(长期|持续|年).*") ? 2 : 0;
                s += name.matches(".*(持续|长期|机制|长效|影响).*") ? 1 : 0;
            } else if (k.startsWith("经济")) {
                s += name.matches(".*(经济|收入|负担|增收).*") ? 1 : 0;
            } else if (k.startsWith("生态")) {
                s += name.matches(".*(生态|环境|绿色).*") ? 1 : 0;
            } else if (k.startsWith("社会")) {
                s += !numeric ? 0.5 : 0;
            }
            return s;
        }
    }

    static String joinLines(List<Line> ls) {
        StringBuilder b = new StringBuilder();
        for (Line l : ls) {
            String t = l.text();
            if (b.length() > 0) {
                char last = b.charAt(b.length() - 1);
                if (NUMBERING.matcher(t).find()) {
                    b.append('\n');
                } else if (last < 0x2e80 && t.charAt(0) < 0x2e80 && Character.isLetterOrDigit(last)
                        && Character.isLetterOrDigit(t.charAt(0))) {
                    b.append(' ');
                }
            }
            b.append(t);
        }
        return b.toString();
    }
}
