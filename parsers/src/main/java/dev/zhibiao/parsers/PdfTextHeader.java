package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/** A page of pdftotext flow output: its lines, which are used, and its header block (title, year, 项目名称 …). */
abstract class PdfTextHeader {
    final List<Line> lines;
    final boolean[] used;
    /** For a value paragraph, the header label it belongs to when that label is printed between values; else -1. */
    final int[] reservedFor;
    final List<Row> header = new ArrayList<>();
    final List<Row> funding = new ArrayList<>();
    final List<Row> goals = new ArrayList<>();
    final List<Row> indicators = new ArrayList<>();
    final List<Row> leftovers = new ArrayList<>();
    Row title;
    Row year;

    PdfTextHeader(List<Line> lines) {
        this.lines = lines;
        this.used = new boolean[lines.size()];
        this.reservedFor = new int[lines.size()];
        java.util.Arrays.fill(reservedFor, -1);
    }

    /**
     * A header label printed between two values (… 238001 / 实施单位 / 刚察县医疗保障局 …) is the
     * second pair of its row, printed where its cells stand: the value right after it is its own,
     * and the labels printed before it in a column run (项目名称 / 主管部门及代码 / 项目属性, then
     * their values) must not take it. Labels printed one after another never reserve a value.
     */
    void reserveBetweenValues() {
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
    Cell valueApart(int label, String labelText) {
        for (int i = label + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (isTitle(l.text()) || TABLE_HEADER.contains(l.key()) && !l.key().equals("绩效指标")) {
                return null; // the indicator block (绩效指标 labels the whole block, printed before it)
            }
            if (Vocabulary.isProjectGoalsLabel(l.text()) || l.key().equals("年度总体目标")) {
                return null; // the goal columns' headings (项目总目标 | 年度总体目标): the goals block, below the header's rows
            }
            boolean code = Rx.matches(key(labelText), ".*(代码|编码)");
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
    int[] labelAroundValue(int i) {
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
                && !isAmount(second) && Vocabulary.isKnownHeaderLabelJoin(first, second) && joinedKeyLength(first, second) > key(first).length();
    }

    /**
     * {@link PdfTextReader#isHeaderLine} of two lines joined, the joined text made only when it may be one: when both
     * fold character by character ({@link Text#nfkcByChar}) the join's key is the join of the keys, so it is a year
     * line only if a key holds 年, starts with a header label only if the first key starts with one or begins one,
     * and is a known label alone only if {@link Vocabulary#isKnownHeaderLabelJoin} says it may be.
     */
    static boolean isHeaderLineJoin(String a, String b) {
        if (Text.nfkcByChar(a) && Text.nfkcByChar(b)) {
            String ka = key(a);
            boolean may = ka.indexOf('年') >= 0 || key(b).indexOf('年') >= 0;
            for (int i = 0; !may && i < HEADER_LABEL_KEYS.size(); i++) {
                String l = HEADER_LABEL_KEYS.get(i);
                may = ka.startsWith(l) || l.startsWith(ka);
            }
            if (!may && !Vocabulary.isKnownHeaderLabelJoin(a, b)) {
                return false;
            }
        }
        return isHeaderLine(a + b);
    }

    /** Whether two lines are the pieces of one known header label of four or more characters (主管部门及代 / 码). */
    static boolean wrappedLabel(String first, String second) {
        return joinedKeyLength(first, second) >= 4 && !Vocabulary.isKnownHeaderLabel(first)
                && Vocabulary.isKnownHeaderLabelJoin(first, second);
    }

    /** Lines a value printed apart from its label skips: labels, amounts, units, goal and funding heads. */
    boolean apartSkip(String t) {
        String k = key(t);
        String first = Rx.splitSpaces(t)[0];
        return isHeaderLine(t) || isVocabulary(k) || isFundingLabel(first) || isAmount(first) || isGoalHead(k)
                || isUnitLabel(k) || Rx.matches(k, "[万元]{0,2}\\)"); // or the end of a wrapped unit label (元）)
    }

    static boolean isGoalHead(String k) {
        return k.startsWith("中期目标") || k.startsWith("年度目标") || k.equals("总体目标") || k.equals("年度绩效目标")
                || k.equals("绩效目标");
    }

    /** A funding block label such as 资金情况（万元）, possibly cut at its line end (资金情况（万). */
    static boolean isUnitLabel(String k) {
        return Rx.matches(k, "(项目)?资金(情况)?(\\(万?元?\\)?)?|\\(?万?元\\)|(资金|项目资金|资金情况|预算规模)(\\(.*)?");
    }

    /** Splits a header line into label / value cells at known labels. */
    List<Cell> labelled(Line l) {
        String[] parts = l.parts();
        List<String> cells = new ArrayList<>();
        StringBuilder value = null;
        for (String p : parts) {
            String k = Rx.withoutLast(key(p), ':', '：');
            boolean label = HEADER_LABEL_KEYS.contains(k);
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
}
