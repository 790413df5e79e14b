package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextFragments.*;
import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * Repairs of a page's lines before they are cut into fragments: a value printed beside, inside or
 * after a wrapped name put after it, a value echoed by the actual column split off (moved out of
 * {@link PdfTextFragments}).
 */
final class PdfTextLineRepairs {
    private PdfTextLineRepairs() {
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
            String trimmed = a.text().trim();
            if (!Rx.holdsSpace(trimmed)) {
                out.add(a); // one part: neither repair below applies (both need two)
                continue;
            }
            String[] parts = Rx.splitSpaces(trimmed);
            int j = i + 1;
            // the name's further lines: no spaces, and no category label (a label printed under a
            // wrapped name is the next row's, not the name's rest)
            while (j < in.size() && in.get(j).block() == a.block() && !in.get(j).text().trim().contains(" ")
                    && !isVocabulary(in.get(j).text()) && !isLabelStart(in.get(j).text())) {
                j++;
            }
            boolean next = j < in.size() && in.get(j).block() == a.block();
            boolean alone = (i == 0 || in.get(i - 1).block() != a.block()) && j == i + 1 && !next;
            if (parts.length == 2 && alone && valueBesideName(parts[0], parts[1])) {
                // a one-line name and a short worded value printed side by side (对健全…的影响 成效明显)
                out.add(new Line(a.no(), parts[0], a.block()));
                out.add(new Line(a.no(), parts[1], -1 - a.no()));
            } else if (parts.length == 2 && j - i >= 3 && !next && key(parts[0]).length() >= 6 && key(parts[1]).length() <= 8
                    && isCjk(parts[0]) && !Rx.find(NUMBERED_NAME, key(parts[0]))
                    && !Rx.find(VALUE_WORD_END, parts[0]) && !isVocabulary(parts[1])
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
     * Whether two parts of one line, split at a space between Han characters, are a name and its
     * worded value: the name at least six characters ending in a Han one, the value two to eight Han
     * characters, neither a label. pdftotext puts a space between Han characters only at a gap
     * between cells.
     */
    static boolean valueBesideName(String name, String value) {
        String kn = key(name);
        return kn.length() >= 6 && isCjk(name) && !isValue(name) && Rx.matches(HAN_WORDS, key(value))
                && !isVocabulary(name) && !isVocabulary(value) && !isLabelStart(value) && !isLabelStart(name)
                && !Rx.find(NUMBERED_NAME, kn) && !TABLE_HEADER.contains(key(value));
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
            String echo = nextAlone ? in.get(j).key() : "";
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
                if (para.get(k).key().equals(echo) && !para.get(0).key().equals(echo)) {
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


    /**
     * A value printed between the two lines of a wrapped name (pdftotext puts a vertically
     * centred value after the first line): {@code name start / ≥98% / 保率} becomes
     * {@code name start / 保率 / ≥98%}, the three lines being one paragraph.
     */
    static List<Line> valueInsideName(List<Line> in) {
        return valueInsideName(in, new int[1]);
    }

    /**
     * {@link #valueInsideName(List)}, counting in {@code ended[0]} the values moved only because the paragraph goes on
     * with a level label after the name's rest ({@code 开展门诊统筹, 实行个人账户的, 向 / 普遍开展 / 门诊统筹过渡 / 时效指标}) or
     * because its widest line is measured without the value printed beside the next row's name ({@code 享受…的失能老 /
     * 有所提升 / 人生活质量 / 参保人员对医保服务的满意度（%） ≥90.00(%)}) (session 38).
     */
    static List<Line> valueInsideName(List<Line> in, int[] ended) {
        List<Line> out = new ArrayList<>(in);
        // the widest name line of each paragraph: a line as wide is full, its cell wraps; measured on its name part (a
        // value printed after a name on its line is no part of the name column), and as the whole line (before)
        java.util.Map<Integer, Integer> widest = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> widestWhole = new java.util.HashMap<>();
        for (Line l : in) {
            if (!isValue(l.text()) && !isVocabulary(l.text())) {
                widest.merge(l.block(), width(namePart(l.text())), Math::max);
                widestWhole.merge(l.block(), width(l.text()), Math::max);
            }
        }
        for (int i = 0; i + 2 < out.size(); i++) {
            if (moves(out, i, widest, true)) {
                if (!moves(out, i, widestWhole, false)) {
                    ended[0]++;
                }
                Line v = out.get(i + 1);
                out.set(i + 1, out.get(i + 2));
                // a block of its own: the moved cell is not joined to the name it now follows
                out.set(i + 2, new Line(v.no(), v.text(), -1 - v.no()));
                i += 2;
            }
        }
        return out;
    }

    /** Whether line {@code i + 1} is a value printed inside the name of lines {@code i} and {@code i + 2}. */
    private static boolean moves(List<Line> out, int i, java.util.Map<Integer, Integer> widest, boolean labelEnds) {
        Line a = out.get(i);
        Line v = out.get(i + 1);
        Line b = out.get(i + 2);
        boolean oneParagraph = a.block() == v.block() && v.block() == b.block();
        if (!oneParagraph) {
            return false; // nothing below moves a line out of its paragraph
        }
        String kb = b.key();
        String ka = a.key();
        String kv = v.key();
        boolean numbered = Rx.find(NUMBERED_NAME, ka);
        // a level label printed in the paragraph after the name's rest (开展门诊统筹…向 / 普遍开展 / 门诊统筹过渡 /
        // 时效指标: the label cell's text beside the next rows) ends the name as the paragraph's end does
        boolean labelNext = labelEnds && i + 3 < out.size() && out.get(i + 3).block() == b.block() && kb.length() <= 6
                && isLevelLabel(out.get(i + 3).text());
        boolean ends = i + 3 >= out.size() || out.get(i + 3).block() != b.block()
                || Rx.find(NUMBERED_NAME, out.get(i + 3).key()) || labelNext;
        // the middle line of a wrapped name is as wide as its first line: a much shorter
        // middle line is another cell (the row's value) printed at its vertical centre
        // the widths first: the vocabulary and value tests are asked of the few lines short enough
        boolean shortMiddle = ka.length() >= 8 && kv.length() * 2 <= ka.length()
                && (i == 0 || out.get(i - 1).block() != a.block() || numbered)
                && !isValue(v.text()) && !isVocabulary(v.text()) && !isVocabularyJoin(kv, kb)
                && !Rx.matches(TRAILING_VALUE, a.text());
        boolean nameStart = !isValue(a.text()) || Rx.matches(NAME_AFTER_NUMBER, ka);
        return nameStart && !isVocabulary(a.text()) && (isValue(v.text()) || shortMiddle)
                && !isValue(b.text()) && !isVocabulary(b.text()) && !continuesValue(v.text(), b.text())
                && !Rx.find(NUMBERED_NAME, kb) && !Rx.find(NUMBERED_NAME, kv) && !Rx.matches(NAME_AFTER_DATE, kv)
                && (i + 3 >= out.size() || out.get(i + 3).block() != b.block()
                        && (kb.length() <= 6 || numbered || isValue(v.text()) && kb.length() <= ka.length())
                    || Rx.find(NUMBERED_NAME, out.get(i + 3).key()) || labelNext
                    || isValue(v.text()) && kb.length() <= ka.length() && nextRowInParagraph(out, i + 3)
                    || wrapsAroundShortValue(out, i, widest))
                && (!shortMiddle || ends || wrapsAroundShortValue(out, i, widest));
    }

    /** The page's note: values moved out of a name by {@link #valueInsideName(List, int[])}'s session-38 cases. */
    static dev.zhibiao.Diagnostic valueRoundNameDiagnostic(int values, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-value-round-name", values + " worded value(s) printed between a name's"
                + " two lines, the paragraph going on with a level label or with the next row's name and its value: put"
                + " after the name", at);
    }

    /**
     * A full name line (as wide as its paragraph's widest: it wraps), a short cell, then a short
     * line that is no value, no label and no numbered name, and the paragraph goes on with a
     * longer line (the next row's name): the short line is the name's rest, printed after the
     * value centred beside the name's two lines ({@code 实行按病种(组)、按人头付费等支 / 逐步推开 /
     * 付方式改革 / 基金滚存结余可支配月数(月)}).
     */
    private static boolean wrapsAroundShortValue(List<Line> out, int i, java.util.Map<Integer, Integer> widest) {
        if (i + 3 >= out.size()) {
            return false;
        }
        Line a = out.get(i);
        Line b = out.get(i + 2);
        Line n = out.get(i + 3);
        Integer w = widest.get(a.block());
        String kb = b.key();
        return w != null && n.block() == b.block() && width(a.text()) >= w - 2 && kb.length() <= 6
                && width(n.text()) > width(b.text()) && !isValue(n.text()) && !isVocabulary(n.text());
    }

    /**
     * A line's name part: the line without the value it ends with after a space ({@code 参保人员对医保服务的满意度（%）
     * ≥90.00(%)}: the next row's name and its value joined on one line), else the line. A paragraph's widest name line
     * is measured on it: the value beside a name is no part of the name column's width.
     */
    static String namePart(String t) {
        String s = t.strip();
        int sp = s.lastIndexOf(' ');
        return sp > 0 && isValue(s.substring(sp + 1)) && !isValue(s.substring(0, sp)) ? s.substring(0, sp).strip() : s;
    }

    /** Whether a line is an indicator's level-1 or level-2 label of the vocabulary (时效指标, 满意度指标). */
    private static boolean isLevelLabel(String t) {
        String k = key(t);
        return isLevel1(k) || isLevel2(k);
    }

    /**
     * Whether the paragraph goes on at {@code at} with another row: a category label printed beside
     * the rows, or a name line followed by a value (the next wrapped name with its value printed
     * inside it, {@code 以户籍…基本医 / ≥90.00(%) / 保综合参保率(%) / 以常住…基本参 / ≥90.00(%) / …}).
     */
    private static boolean nextRowInParagraph(List<Line> out, int at) {
        Line n = out.get(at);
        if (isVocabulary(n.text()) || isLabelStart(n.text())) {
            return true;
        }
        return at + 1 < out.size() && out.get(at + 1).block() == n.block()
                && (!isValue(n.text()) || Rx.matches(NAME_AFTER_NUMBER, n.key()) || Rx.matches(NAME_AFTER_DATE, n.key()))
                && isValue(out.get(at + 1).text()) && n.key().length() >= 6;
    }

    /**
     * A money label wrapped over two lines of its cell's paragraph ({@code 年度资金申请总 / 额}, {@code 其中：当年财政 /
     * 拨款}), the amount, printed at the cell's vertical centre, maybe between them ({@code 年度资金申请总 / 244,800.00 /
     * 额}): the label's lines joined, then the amount. Only when the first line is no money label, the last is short
     * and no amount, and the two joined are a money label.
     */
    static List<Line> moneyLabelAroundAmount(List<Line> in) {
        List<Line> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Line a = in.get(i);
            if (i + 1 < in.size() && a.key().length() >= 2 && !isAmount(a.text()) && !isFundingLabel(a.text())) {
                Line v = in.get(i + 1);
                boolean between = i + 2 < in.size() && isAmount(v.text());
                Line b = between ? in.get(i + 2) : v;
                if (a.block() == v.block() && v.block() == b.block() && b.key().length() <= 3 && !b.key().isEmpty()
                        && !isAmount(b.text()) && isFundingLabel(a.text() + b.text())) {
                    out.add(new Line(a.no(), a.text() + b.text(), a.block()));
                    if (between) {
                        out.add(v);
                    }
                    i += between ? 2 : 1;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
