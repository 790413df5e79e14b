package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.PageFurniture;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.MoneyVocabulary;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextTitles.*;

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

    /** The category labels (产出指标, 数量指标 …): core's vocabulary. */
    static final List<String> CATEGORY_LABELS = List.copyOf(Vocabulary.categoryLabels());
    /** The indicator table's heading words as flow text prints them whole: core's vocabulary ({@code contains} hashed). */
    static final List<String> TABLE_HEADER = WordList.hashed(Vocabulary.TABLE_HEADING_WORDS);
    /** The words {@link #isVocabularyKey} accepts besides the categories and the table heading words. */
    static final List<String> VOCABULARY_WORDS = List.of("总体目标", "项目资金", "项目资金(万元)", "(万元)", "(元)");
    /** The labels that start a header line in flow text: core's vocabulary. */
    static final List<String> HEADER_LABELS = Vocabulary.HEADER_LINE_LABELS;
    /** The money block's line labels in flow text: core's vocabulary. */
    static final List<String> FUNDING_LABELS = Vocabulary.FUNDING_LINE_LABELS;
    /** A part's heading in a disclosure (第四部分 项目支出绩效目标申报表). */
    static final Pattern PART_HEADING = Pattern.compile("第[一二三四五六七八九十]+部分.{0,40}");
    /** A money line's label in the fiscal form: a total (项目资金总额), a carry-over (上年结转资金), an allocation. */
    static final Pattern MONEY_LINE = Pattern.compile("总额$|结转|拨款$");
    static final Pattern TITLE = Pattern.compile(".{0,60}(绩效目标表|绩效自评表|绩效目标自评表|绩效目标申报表|绩效评价表)([（(][^（()）]{0,16}[）)])?");
    static final Pattern YEAR = Pattern.compile("[（(]?\\s*\\d{4}\\s*年(度)?\\s*[）)]?|\\d{4}\\s*年度.{0,4}");
    static final Pattern AMOUNT = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?\\s*(万元|元|亿元|万)?");
    static final Pattern VALUE_START = Pattern.compile(
            "^([≥≤><=＞＜≧≦]|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|低于|高于|至少|达到)?\\s*[0-9０-９]");
    static final Pattern OPERATOR_ONLY = Pattern.compile("[≥≤><=＞＜≧≦]");
    static final Pattern UNIT_PIECE = Pattern.compile(
            "/?[人次元台个条点箱天月年日户所家项件张本册万亿吨辆座套间场批份期篇名位处亩米斤%‰/.·•小时公里]{1,4}");
    /** A name followed on its line by a number with at most a short unit ({@code … 312 元}, {@code … ≥90%}). */
    static final Pattern TRAILING_VALUE = Pattern.compile(
            "(.*[^\\s\\d])\\s+((?:[≥≤><=＞＜≧≦]\\s*)?\\d[\\d.,]*\\s*(?:%|％|\\p{IsHan}{1,2}(?:/\\p{IsHan}{1,2})?)?)");
    /** The end of a name that a number continues (不低于 3 次): no value split off there. */
    static final Pattern VALUE_WORD_END = Pattern.compile("(不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|低于|高于|至少|达到|[≥≤><=＞＜≧≦:：第约])\\s*$");
    /** A numbered indicator name ({@code 指标 3：…}, {@code 1、…}). */
    static final Pattern NUMBERED_NAME = Pattern.compile("^(指标\\s*\\d{1,2}\\s*[:：.、]|\\d{1,2}[、.．])");
    static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}[、.．)]|[（(]\\d{1,2}[）)]|目标\\s*\\d)");

    /** {@link PdfTextKeys#key}: a text's folded key, from the table of recent keys. */
    static String key(String s) {
        return PdfTextKeys.key(s);
    }

    /** {@link PdfTextKeys#canonical}: the text equal to {@code s} kept with its key. */
    static String canonical(String s) {
        return PdfTextKeys.canonical(s);
    }

    /**
     * Whether {@code key(a + b)} is one of {@link #TABLE_HEADER}, without making {@code a + b} when
     * both are text NFKC maps character by character ({@link Text#nfkcByChar}): then the key of the join
     * is the join of the keys (white space is removed wherever it stands), and a fresh joined text does not
     * push a line's key out of the table of recent keys.
     */
    static boolean isTableHeaderJoin(String a, String b) {
        if (!Text.nfkcByChar(a) || !Text.nfkcByChar(b)) {
            return TABLE_HEADER.contains(key(a + b));
        }
        return joinsToTableHeader(key(a), key(b));
    }

    /** {@link #TABLE_HEADER} in its order, as an array (walked without an iterator per question). */
    private static final String[] TABLE_HEADER_WORDS = TABLE_HEADER.toArray(new String[0]);

    /** Whether the join of two keys is one of {@link #TABLE_HEADER}, without making it. */
    static boolean joinsToTableHeader(String ka, String kb) {
        int n = ka.length() + kb.length();
        for (String w : TABLE_HEADER_WORDS) {
            if (w.length() == n && w.startsWith(ka) && w.startsWith(kb, ka.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code key(a + b).length()}, without making {@code a + b} when both fold character by character (as {@link #isTableHeaderJoin}). */
    static int joinedKeyLength(String a, String b) {
        return Text.nfkcByChar(a) && Text.nfkcByChar(b) ? key(a).length() + key(b).length() : key(a + b).length();
    }

    /** The facts {@link #fact} keeps: each a pure function of the text. */
    static final int TITLE_FACT = 0;
    static final int HEADER_FACT = 1;
    static final int VOCABULARY_FACT = 2;
    static final int FUNDING_FACT = 3;
    static final int VALUE_FACT = 4;
    static final int LABEL_START_FACT = 5;
    static final int AMOUNT_FACT = 6;
    static final int YEAR_FACT = 7;

    /** {@link PdfTextKeys#fact}: {@code test(s)}, computed once per text while it stays in the table of recent keys. */
    static boolean fact(String s, int fact, Predicate<String> test) {
        return PdfTextKeys.fact(s, fact, test);
    }

    /** {@link #key} of each {@link #HEADER_LABELS} entry, in order. */
    static final List<String> HEADER_LABEL_KEYS = keys(HEADER_LABELS);
    /** {@link #key} of each {@link #FUNDING_LABELS} entry, in order. */
    private static final List<String> FUNDING_LABEL_KEYS = keys(FUNDING_LABELS);

    private static List<String> keys(List<String> labels) {
        return labels.stream().map(PdfTextKeys::fold).toList();
    }

    static boolean isLevel1(String s) {
        return Vocabulary.isLevel1Label(s);
    }

    static boolean isLevel2(String s) {
        return Vocabulary.isLevel2Label(s);
    }

    static boolean isCategory(String s) {
        return isCategoryKey(Text.key(s));
    }

    /** {@link #isCategory} of a text whose {@link Text#key} is {@code k}. */
    private static boolean isCategoryKey(String k) {
        return Vocabulary.isLevel1Key(k) || Vocabulary.isLevel2Key(k);
    }

    static boolean isVocabulary(String s) {
        return fact(s, VOCABULARY_FACT, PdfTextReader::isVocabulary0);
    }

    private static boolean isVocabulary0(String s) {
        return isVocabularyKey(key(s));
    }

    /**
     * {@link #isVocabulary} of {@code a + b}, a text made for this one question: its key is made
     * without the table of recent keys (which it would only crowd), as the join of the keys when
     * both texts fold character by character (see {@link #isTableHeaderJoin}).
     */
    static boolean isVocabularyJoin(String a, String b) {
        if (Text.nfkcByChar(a) && Text.nfkcByChar(b)) {
            String ka = key(a);
            String kb = key(b);
            return PdfTextJoinKeys.mayBeVocabularyJoin(ka, kb) && isVocabularyKey(ka.concat(kb));
        }
        return isVocabularyKey(foldKey(a + b));
    }

    /** {@link #key} computed afresh, not kept among the recent keys. */
    static String foldKey(String s) {
        return PdfTextKeys.fold(s);
    }

    /** {@link #isVocabulary} of a text whose {@link #key} is {@code k}. */
    static boolean isVocabularyKey(String k) {
        return isCategoryKey(Text.rekey(k)) || TABLE_HEADER.contains(k) || VOCABULARY_WORDS.contains(k);
    }

    // ---------------------------------------------------------------- detection

    /**
     * Whether the text reads like pdftotext flow output rather than a one-cell-per-line export: form
     * feeds; vertical labels (three or more lines of a single CJK character); several table header
     * labels on one line separated by spaces, the lines from there on mostly single fragments (a
     * spaced table's rows each print several cells); a sheet title followed only by its header lines
     * and then a page break (the header printed after the body).
     */
    static boolean looksLikePdfText(String text) {
        if (text.indexOf('\f') >= 0) {
            return true;
        }
        String[] lines = Lines.splitShared(text);
        int nonEmpty = 0;
        int tabLead = 0;
        int vertical = 0;
        int run = 0;
        int joinedHeaders = 0;
        int lateTitles = 0;
        int multi = 0;
        int fromHeading = 0; // lines from the first one joining heading words, and those of several parts
        int multiFromHeading = 0;
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
            // the line's parts, split once; a line without white space is one part (no two labels, not three parts)
            String[] parts = Rx.holdsSpace(t) ? Rx.splitSpaces(t) : null;
            if (parts != null && !t.contains("|") && line.indexOf('\t') < 0) {
                int labels = 0;
                for (String part : parts) {
                    if (TABLE_HEADER.contains(key(part))) {
                        labels++;
                    }
                }
                if (labels >= 2) {
                    joinedHeaders++;
                }
            }
            if (joinedHeaders > 0) {
                fromHeading++;
            }
            if (parts != null && parts.length >= 3) {
                multi++;
                if (joinedHeaders > 0) {
                    multiFromHeading++;
                }
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
        // and the rows after its joined heading words: a spaced table (an OCR engine's text, one row a
        // line) prints them as lines of several cells, however many two-part header lines come before
        boolean tableFlow = multiFromHeading * 10 < fromHeading * 3;
        return vertical >= 1 || joinedHeaders >= 1 && flow && tableFlow || lateTitles >= 1 && flow;
    }

    /** A table label cut over two lines ({@code 一级指} / {@code 标}, {@code 项目编} / {@code 码}). */
    static boolean cutLabel(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.length() < 2 || kb.isEmpty()) {
            return false;
        }
        if (kb.length() <= 2 && PdfTextHeader.wrappedLabel(a, b)) {
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
    static boolean titleEndsPage(String[] lines, int title) {
        boolean body = false;
        for (int j = Math.max(0, title - 40); j < title; j++) {
            body |= PdfTextFragments.isValue(lines[j].strip());
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

    /**
     * One non-blank source line, with its folded key ({@link #key}) computed once when the line is
     * made and its pieces between runs of white space ({@link Rx#splitSpaces}) once when first
     * asked: the passes over a page ask for both again and again, and a lookup in the table of recent
     * keys by a string equal to the one there but not the same object costs a hash and a compare.
     * Equal as the record of (no, text, block) it was.
     */
    static final class Line {
        private final int no;
        private final String text;
        private final int block;
        private final String key;
        private String[] parts;
        /** The printed page the line is on (form feeds before it), -1 when not known; no part of equality. */
        int page = -1;

        Line(int no, String text, int block) {
            // the text kept with its key (an equal text), found by identity in the passes' later lookups
            PdfTextKeys.Keyed e = text == null || text.isEmpty() ? null : PdfTextKeys.entry(text);
            this.no = no;
            this.text = e == null ? text : e.text;
            this.block = block;
            this.key = e == null ? "" : e.key;
        }

        int no() {
            return no;
        }

        String text() {
            return text;
        }

        int block() {
            return block;
        }

        /** {@link PdfTextReader#key} of the text. */
        String key() {
            return key;
        }

        /** {@code Rx.splitSpaces(text())}, made once; not to be changed by the caller. */
        String[] parts() {
            String[] p = parts;
            if (p == null) {
                p = Rx.splitSpaces(text);
                for (int i = 0; i < p.length; i++) {
                    p[i] = canonical(p[i]);
                }
                parts = p;
            }
            return p;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && l.no == no && l.block == block && l.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (31 * no + text.hashCode()) * 31 + block;
        }

        @Override
        public String toString() {
            return "Line[no=" + no + ", text=" + text + ", block=" + block + "]";
        }
    }

    /**
     * A piece of a line (cells on one line are separated by spaces), or several joined pieces; its
     * key folded once, when first asked (the passes ask a piece's key again and again, and a lookup
     * in the table of recent keys costs a hash and a compare). Equal as the record of (text, line,
     * block, starts, ends) it was.
     */
    static final class Frag {
        private String text;
        private final int line;
        private final int block;
        private final boolean starts;
        private final boolean ends;
        private String key;

        Frag(String text, int line, int block, boolean starts, boolean ends) {
            this.text = text;
            this.line = line;
            this.block = block;
            this.starts = starts;
            this.ends = ends;
        }

        // @formatter:off
        String text() { return text; }
        int line() { return line; }
        int block() { return block; }
        boolean starts() { return starts; }
        boolean ends() { return ends; }
        // @formatter:on

        /** {@link PdfTextReader#key} of the text, folded when first asked. */
        String key() {
            String k = key;
            if (k == null) {
                String t = text;
                if (t == null || t.isEmpty()) {
                    k = "";
                } else {
                    PdfTextKeys.Keyed e = PdfTextKeys.entry(t);
                    text = e.text; // an equal text, found by identity in the passes' later lookups
                    k = e.key;
                }
                key = k;
            }
            return k;
        }

        Frag join(Frag next, String sep) {
            return new Frag(text + sep + next.text, line, next.block, starts, next.ends);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Frag f && f.line == line && f.block == block && f.starts == starts && f.ends == ends && f.text.equals(text);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(text, line, block, starts, ends);
        }

        @Override
        public String toString() {
            return "Frag[text=" + text + ", line=" + line + ", block=" + block + ", starts=" + starts + ", ends=" + ends + "]";
        }
    }

    enum Kind { LABEL, VALUE, TEXT }

    /** A cell rebuilt from fragments. */
    record Piece(String text, int line, Kind kind) {
        /** {@link PdfTextReader#key} of the text. */
        String key() {
            return PdfTextReader.key(text);
        }
    }

    static Document read(String text, String source) throws ReadException {
        if (text == null || text.isBlank()) {
            throw new ReadException(source, "empty document");
        }
        List<PageFurniture.Line> furniture = new ArrayList<>(); // page numbers, a browser's date and address
        List<List<Line>> pages = pages(text, furniture);
        List<Row> rows = new ArrayList<>();
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<String> wide = null;
        for (List<Line> page : pages) {
            if (PdfTextBudget.isBudget(page)) {
                PdfTextBudget.emit(page, rows, notes);
            } else if (!showsSheet(page)) {
                // a page that shows nothing of a sheet (a cover, contents, prose, a budget table): its lines as printed, for recovery to record outside the sheets
                for (Line l : page) {
                    rows.add(Row.prose(l.text(), Locator.line(l.no())));
                }
            } else {
                wide = new PdfTextPage(PdfTextLineRepairs.moneyLabelAroundAmount(page)).emit(rows, wide, notes);
            }
        }
        if (rows.isEmpty()) {
            throw new ReadException(source, "no text found");
        }
        PageFurniture.note(furniture, rows, notes);
        return new Document(source, rows, false, notes);
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
        boolean outlined = false; // a group row's label with its outline number (一、产出指标) on a line of its own
        boolean headingWord = false; // a heading word of the indicator table on a line of its own (指标内容, 指标值)
        for (Line l : page) {
            String k = l.key();
            project |= k.startsWith("项目名称") || k.startsWith("专项名称") || k.startsWith("转移支付");
            block |= k.startsWith("项目资金") || k.startsWith("资金情况") || k.startsWith("年度目标") || k.startsWith("绩效目标")
                    || k.startsWith("总体目标");
            category |= CATEGORY_LABELS.stream().anyMatch(w -> k.startsWith(w) && Vocabulary.isLevel1Label(w));
            outlined |= outlinedLabel(l.text()) != null;
            headingWord |= TABLE_HEADER.contains(k);
        }
        // a title alone (2021年项目支出绩效目标表 over 本表无数据) shows no sheet: no heading is made up for it
        return project && block || firstTitle(page) >= 0 && (project || category || outlined && headingWord);
    }

    /**
     * {@link Vocabulary#outlinedCategoryLabel} of a line or piece, not asked of a text that cannot open with an outline
     * number: one without a tag whose first character after white space is none of {@code ( （}, an ASCII digit or
     * 一…十 (the numbered pattern's first character, anchored at the start of the cleaned text). The full test cleans
     * the text and runs the pattern, which every line of a page was asked.
     *
     * @param t a line's or piece's text, not null
     * @return the label without its number, or null
     */
    static String outlinedLabel(String t) {
        if (t.indexOf('<') < 0) {
            int i = 0;
            while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u00a0' || t.charAt(i) == '\u3000')) {
                i++;
            }
            if (i < t.length() && OUTLINE_OPENERS.indexOf(t.charAt(i)) < 0) {
                return null;
            }
        }
        return Vocabulary.outlinedCategoryLabel(t);
    }

    /** The characters an outline number opens with ({@code OutlineRows.NUMBERED}: a bracket, a digit, a Chinese numeral). */
    private static final String OUTLINE_OPENERS = "(（0123456789一二三四五六七八九十";

    /** Splits into pages: at form feeds, at runs of two or more blank lines, else after title blocks. */
    static List<List<Line>> pages(String text) {
        return pages(text, new ArrayList<>());
    }

    /** {@link #pages(String)}, the page furniture ({@link PageFurniture}) taken out into {@code furniture}. */
    static List<List<Line>> pages(String text, List<PageFurniture.Line> furniture) {
        String[] raw = Lines.splitShared(text);
        boolean[] isFurniture = PageFurniture.lines(raw);
        // form feeds, where pdftotext kept them, are the only page breaks; else runs of blank lines
        boolean formFeeds = text.indexOf('\f') >= 0;
        List<List<Line>> chunks = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        int block = 0;
        int blanks = 0;
        int printedPage = formFeeds ? 0 : -1; // form feeds before the line: its printed page
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            // the parts of line.split("\f", -1), by indexOf (no list and array per line)
            boolean oneSlice = line.indexOf('\f') < 0;
            int from = 0;
            for (int p = 0; from >= 0; p++) {
                int to = oneSlice ? -1 : line.indexOf('\f', from);
                String part = to < 0 ? (from == 0 ? line : line.substring(from)) : line.substring(from, to);
                from = to < 0 ? -1 : to + 1;
                if (p > 0) {
                    if (!cur.isEmpty()) {
                        chunks.add(cur);
                        cur = new ArrayList<>();
                    }
                    blanks = 0;
                    block++;
                    printedPage++;
                }
                String t = part.strip();
                if (!t.isEmpty() && isFurniture[i]) {
                    furniture.add(new PageFurniture.Line(i + 1, t));
                    continue;
                }
                if (t.isEmpty()) {
                    if (p == 0 && oneSlice) {
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
                Line made = new Line(i + 1, t, block);
                made.page = printedPage;
                cur.add(made);
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
        boolean lastTitled = false; // whether the last page holds a title (kept, not scanned again)
        for (List<Line> chunk : split) {
            int title = firstTitle(chunk);
            if (title > 0 && !pages.isEmpty() && lastTitled
                    && !hasTableHeader(chunk.subList(0, title)) && hasTableHeader(chunk.subList(title, chunk.size()))) {
                // the last rows of the previous sheet, then the next sheet with its own table header
                pages.get(pages.size() - 1).addAll(chunk.subList(0, title));
                chunk = chunk.subList(title, chunk.size());
                title = 0;
            } else if (title > 0 && !pages.isEmpty() && lastTitled && PdfTextTitles.headerRunsOn(pages.get(pages.size() - 1), chunk, title)) {
                // the previous page ends in a sheet's header, no table yet; its header's rest and its table open
                // this page, before the next sheet's title
                pages.get(pages.size() - 1).addAll(chunk.subList(0, title));
                chunk = chunk.subList(title, chunk.size());
                title = 0;
            }
            if (!pages.isEmpty() && title < 0 && lastTitled) {
                pages.get(pages.size() - 1).addAll(chunk);
                continue;
            }
            pages.add(new ArrayList<>(chunk));
            lastTitled = title >= 0;
        }
        return pages;
    }

    static boolean isTitle(String t) {
        return fact(t, TITLE_FACT, PdfTextReader::isTitle0);
    }

    private static boolean isTitle0(String t) {
        String k = key(t);
        if (!k.contains("绩效")) {
            return false; // every title word starts with 绩效 (implied by TITLE below)
        }
        if (k.startsWith("第") && Rx.matches(k, "^第[一二三四五六七八九十]+部分.*")
                || (k.indexOf('。') >= 0 || k.indexOf('，') >= 0 || k.indexOf('；') >= 0) && Rx.matches(k, ".*[。，；].*")) {
            return false; // a part's heading or a sentence that names the sheets, not a sheet's title
        }
        return (k.length() <= 60 || k.length() <= 140 && Rx.matches(k, "\\d{1,2}[、.．].*")) && Rx.matches(TITLE, k.length() <= 60 ? k : k.substring(k.length() - 60));
    }

    static boolean isYear(String t) {
        return fact(t, YEAR_FACT, PdfTextReader::isYear0);
    }

    private static boolean isYear0(String t) {
        return Rx.matches(YEAR, key(t));
    }

    static boolean isHeaderLine(String t) {
        return fact(t, HEADER_FACT, PdfTextReader::isHeaderLine0);
    }

    private static boolean isHeaderLine0(String t) {
        String k = key(t);
        if (isYear(t)) {
            return true;
        }
        for (String l : HEADER_LABEL_KEYS) {
            if (k.startsWith(l)) {
                return true;
            }
        }
        // a known header label alone on its line (地方财政部门, 转移支付(项目)名称 …)
        return !k.equals("项目") && Vocabulary.isKnownHeaderLabel(t);
    }

    static boolean isFundingLabel(String t) {
        return fact(t, FUNDING_FACT, PdfTextReader::isFundingLabel0);
    }

    private static boolean isFundingLabel0(String t) {
        String k = Rx.withoutLast(key(t), ':', '：');
        if (Rx.matches(k, "其中[:：]?.{1,8}(资金|拨款|补助|结转)")) {
            return true; // 其中：中央资金, 其中：财政拨款 …
        }
        for (String l : FUNDING_LABEL_KEYS) {
            if (k.equals(l)) {
                return true;
            }
        }
        // core's money labels (项目资金总额, 上年结转资金, 其中：当年财政拨款 …), not the block's own label (项目资金)
        // (a total, a carry-over or an allocation: a name ending in 资金 alone, 补助资金, is a value)
        return MoneyVocabulary.isMoneyLabel(k) && Rx.find(MONEY_LINE, k) && !PdfTextHeader.isUnitLabel(k);
    }

    static boolean isAmount(String t) {
        return fact(t, AMOUNT_FACT, PdfTextReader::isAmount0);
    }

    private static boolean isAmount0(String t) {
        return Rx.matches(AMOUNT, key(t));
    }


    static String joinLines(List<Line> ls) {
        if (ls.size() == 1) {
            return ls.get(0).text(); // what the builder would copy
        }
        StringBuilder b = new StringBuilder();
        for (Line l : ls) {
            String t = l.text();
            if (b.length() > 0) {
                char last = b.charAt(b.length() - 1);
                if (Rx.find(NUMBERING, t)) {
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