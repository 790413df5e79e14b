package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;

/** Fragments of indicator lines: split, joined and classified into pieces (labels, values, text). */
final class PdfTextFragments {
    private PdfTextFragments() {
    }

    /**
     * Splits a line of a one-cell-per-paragraph page at the spaces next to a known label
     * ({@code 服务对象满意度指标 政策知晓率}); other spaces stay inside the cell. {@code parts}: the
     * line split at white space ({@link Rx#splitSpaces}), not changed; returned itself when no parts join.
     */
    static String[] splitLabels(String[] parts) {
        // parts join only where two that are no label follow each other: else every part is its own cell, and the
        // array is returned as it is (no list, no copy)
        boolean joins = false;
        boolean plainBefore = false;
        for (String p : parts) {
            boolean label = isVocabulary(p) || isLabelStart(p);
            if (!label && plainBefore) {
                joins = true;
                break;
            }
            plainBefore = !label;
        }
        if (!joins) {
            return parts;
        }
        List<String> out = new ArrayList<>();
        String one = null; // a cell of one part: that part itself (the later passes find its key by identity)
        StringBuilder cur = null;
        for (String p : parts) {
            if (isVocabulary(p) || isLabelStart(p)) {
                if (cur != null || one != null) {
                    out.add(cur != null ? cur.toString() : one);
                    cur = null;
                    one = null;
                }
                out.add(p);
            } else if (cur == null && one == null) {
                one = p;
            } else {
                if (cur == null) {
                    cur = new StringBuilder(one);
                }
                cur.append(' ').append(p);
            }
        }
        if (cur != null || one != null) {
            out.add(cur != null ? cur.toString() : one);
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
        if (!Rx.find(NUMBERED_NAME, key(last))) {
            return parts;
        }
        Matcher m = TRAILING_VALUE.matcher(last);
        if (!m.matches() || Rx.find(VALUE_WORD_END, m.group(1))) {
            return parts;
        }
        String[] out = Arrays.copyOf(parts, parts.length + 1);
        out[parts.length - 1] = m.group(1);
        out[parts.length] = m.group(2);
        return out;
    }

    /** Han characters only: a worded value (成效明显, 不低于上年), no number or Latin letter. */
    static final Pattern HAN_WORDS = Pattern.compile("\\p{IsHan}{2,8}");

    /** Whether a text ends in a CJK character (a name cut at its line end, not a number or unit). */
    static boolean isCjk(String t) {
        return !t.isEmpty() && Character.UnicodeScript.of(t.codePointBefore(t.length())) == Character.UnicodeScript.HAN;
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
        return PdfTextReader.fact(t, PdfTextReader.LABEL_START_FACT, PdfTextFragments::isLabelStart0);
    }

    private static boolean isLabelStart0(String t) {
        String k = key(t);
        if (k.length() < 3 || isVocabulary(k)) {
            return false;
        }
        for (List<String> words : List.of(CATEGORY_LABELS, TABLE_HEADER)) {
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
        return joinLabelEnds(in, false);
    }

    /**
     * {@link #joinLabelEnds(List)}; with {@code zhibiaoEnds} (plain pdftotext, one cell a paragraph) the end may also be
     * a label's last character and 指标 ({@code 服务对象满意 / … / 度指标}), and the table's heading words printed
     * between a label's first line and its end ({@code 产出指 / 二级指标 / 三级指标 / 指标值 / 数量指标 / … / 标}: the
     * merged level-1 cell's first line printed beside the heading row) do not count among the cells between when the
     * join is a level label.
     */
    static List<Frag> joinLabelEnds(List<Frag> in, boolean zhibiaoEnds) {
        List<Frag> out = new ArrayList<>(in);
        boolean[] taken = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            Frag f = out.get(i);
            if (taken[i] || f.key().length() < 2
                    || i + 1 < out.size() && isVocabularyJoin(f.text(), out.get(i + 1).key())) {
                continue;
            }
            // plain text: the table's heading words printed after a label's first line take no place among the cells
            int reach = i + 4;
            for (int h = i + 1; zhibiaoEnds && h <= reach && h < out.size(); h++) {
                if (TABLE_HEADER.contains(out.get(h).key())) {
                    reach++;
                }
            }
            for (int j = i + 2; j < out.size() && j <= reach; j++) {
                Frag e = out.get(j);
                String ke = e.key();
                // an end of one or two characters, or a label's last character and 指标 (服务对象满意 / 度指标)
                if (taken[j] || !e.starts() || !e.ends() || ke.length() > 2 && !(zhibiaoEnds && ke.length() == 3 && ke.endsWith("指标"))
                        || isVocabularyJoin(out.get(j - 1).key(), ke)) {
                    continue;
                }
                // past the usual reach only a level label's end (a heading word's end stays near: 指标 / … / 值)
                if (isVocabularyJoin(f.text(), ke) && !isVocabulary(ke) && (j <= i + 4 || isCategory(f.text() + e.text()))) {
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
                    all = !TABLE_HEADER.contains(a.key())
                            && !TABLE_HEADER.contains(b.key()) && isHeaderJoin(a, b);
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

    /** {@link PdfTextReader#isTableHeaderJoin} of two fragments' texts, with the keys they keep. */
    private static boolean isHeaderJoin(Frag a, Frag b) {
        if (!Text.nfkcByChar(a.text()) || !Text.nfkcByChar(b.text())) {
            return isTableHeaderJoin(a.text(), b.text());
        }
        return joinsToTableHeader(a.key(), b.key());
    }

    /** Joins consecutive line-end / line-start fragments that together spell a known label. */
    static List<Frag> joinVocabulary(List<Frag> in) {
        List<Frag> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Frag first = in.get(i);
            Frag best = isVocabulary(first.text()) ? first : null;
            int bestJ = i;
            int j = i;
            int accKey = first.key().length();
            // the key of the join, made as it grows; a Frag only for the join kept. While every piece folds
            // character by character (Text.nfkcByChar), the key of the join is the join of the keys (white
            // space is removed wherever it stands); else the joined text is keyed afresh, not kept among the
            // recent keys. Strings are joined by concat, which sizes each once (a builder widens at its first
            // Chinese character and copies again in toString)
            // (the joined keys made only when the join may be vocabulary: PdfTextJoinKeys, by the join's hash)
            String keys = first.key(); // the keys of in[i..keysTo] joined
            int keysTo = i;
            int keysHash = keys.hashCode(); // of the keys of in[i..j] joined
            boolean keysKept = Text.rekeyKeeps(keys);
            String text = first.text(); // in[i..textTo] joined, made only when needed
            int textTo = i;
            boolean byChar = Text.nfkcByChar(first.text());
            while (j + 1 < in.size() && j - i < 4 && in.get(j).ends() && in.get(j + 1).starts() && accKey < 12) {
                Frag next = in.get(j + 1);
                byChar &= Text.nfkcByChar(next.text());
                j++;
                boolean vocabulary;
                if (byChar) {
                    String nk = next.key();
                    keysHash = PdfTextJoinKeys.hashOfJoin(keysHash, nk);
                    keysKept &= Text.rekeyKeeps(nk);
                    accKey += nk.length();
                    if (keysKept && !PdfTextJoinKeys.mayBeVocabulary(keysHash)) {
                        vocabulary = false;
                    } else {
                        for (; keysTo < j; keysTo++) {
                            keys = keys.concat(in.get(keysTo + 1).key());
                        }
                        vocabulary = isVocabularyKey(keys);
                    }
                } else {
                    for (; textTo < j; textTo++) {
                        text = text.concat(in.get(textTo + 1).text());
                    }
                    String k = foldKey(text);
                    accKey = k.length();
                    vocabulary = isVocabularyKey(k);
                }
                if (vocabulary) {
                    for (; textTo < j; textTo++) {
                        text = text.concat(in.get(textTo + 1).text());
                    }
                    best = new Frag(text, first.line(), next.block(), first.starts(), next.ends());
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

    /**
     * A name and its value both wrapped and printed in turn (重特大…占直接救 / ≥28.0 / 助人次比例 /
     * 0(%)): the value's second part continues its first ({@link #continuesValue}) and the text
     * between is the name's rest, so the four are one name and one value.
     */
    static List<Frag> joinInTurn(List<Frag> in) {
        List<Frag> out = new ArrayList<>(in);
        for (int i = 0; i + 3 < out.size(); i++) {
            Frag a = out.get(i);
            Frag v1 = out.get(i + 1);
            Frag b = out.get(i + 2);
            Frag v2 = out.get(i + 3);
            int ka = a.key().length();
            int kb = b.key().length();
            // a middle line as wide as the first: the name goes on after the value's rest with its last
            // line, when a label follows it (重点对象…个人自负 / ≥70.0 / 医疗费用…以上部分 / 0(%) / 年度限额内救助比例)
            boolean full = ka >= 8 && Math.abs(kb - ka) <= 1;
            // the name's rest may be its unit alone ((元), a word the vocabulary also knows as a header's)
            boolean unitRest = b.starts() && b.ends() && Rx.matches(b.key(), "[(（][^()（）\\d]{1,3}[)）]");
            if (nameBefore(a, v1) && isValue(v1.text()) && (isText(b) || unitRest) && valueRest(v1, v2)
                    && continuesValue(v1.text(), v2.text()) && (kb <= 8 || full)
                    && !Rx.find(NUMBERED_NAME, b.key())) {
                Frag end = b;
                if (full && i + 4 < out.size()) {
                    Frag c = out.get(i + 4);
                    boolean labelAfter = i + 5 >= out.size() || isVocabulary(out.get(i + 5).key());
                    if (isText(c) && labelAfter && c.key().length() <= ka && !Rx.find(NUMBERED_NAME, c.key())) {
                        end = new Frag(b.text() + c.text(), b.line(), b.block(), b.starts(), c.ends());
                        out.remove(i + 4);
                    }
                }
                b = end;
                out.set(i, new Frag(a.text() + b.text(), a.line(), a.block(), a.starts(), b.ends()));
                out.set(i + 1, new Frag(v1.text() + v2.text(), v1.line(), v1.block(), v1.starts(), v2.ends()));
                out.remove(i + 3);
                out.remove(i + 2);
            }
        }
        return out;
    }

    /**
     * A name and its value cut at its unit's bracket, both on the name's first line, then the
     * value's rest, then the name's last line, which ends its paragraph ({@code 重特大…占直接救助人
     * ≥28.00( / %) / 次比例}): pdftotext prints the value's second line before the name's. One name,
     * one value. The name's last line is no wider than its first.
     */
    static List<Frag> joinRestAfterValue(List<Frag> in) {
        List<Frag> out = new ArrayList<>(in);
        for (int i = 0; i + 3 < out.size(); i++) {
            Frag a = out.get(i);
            Frag v1 = out.get(i + 1);
            Frag v2 = out.get(i + 2);
            Frag b = out.get(i + 3);
            boolean sameLine = !a.ends() && a.starts() && !v1.starts() && v1.ends() && v1.line() == a.line();
            boolean lastOfParagraph = i + 4 >= out.size() || out.get(i + 4).block() != b.block()
                    || isVocabulary(out.get(i + 4).key());
            if (sameLine && isValue(v1.text()) && valueRest(v1, v2) && v2.block() == a.block() && isText(b)
                    && b.block() == a.block() && lastOfParagraph && width(b.text()) < width(a.text())
                    && !Rx.find(NUMBERED_NAME, b.key())) {
                out.set(i, new Frag(a.text() + b.text(), a.line(), a.block(), true, true));
                out.set(i + 1, new Frag(v1.text() + v2.text(), v1.line(), v1.block(), true, true));
                out.remove(i + 3);
                out.remove(i + 2);
            }
        }
        return out;
    }

    /**
     * A name cut at its column's width, its value, then the name's last short line, each its own
     * paragraph ({@code 实行按病种(组)、按人头付费等支 / 逐步推开 / 付方式改革}, {@code …负担减轻程 / 有效缓解 / 度}):
     * pdftotext prints the value (one line, level with the name's first) before the name's second
     * line. The end (three Han characters at most, alone in its paragraph) goes back to the name when
     * the name's line is as wide as the page's widest wrapped line (a line its paragraph goes on after).
     * The end may also be the next page's first line with the next rows' label after it in its
     * paragraph ({@code 缓解…看病贵和因病致 / 有效缓解 / ‹page› 贫问题 / 满意度指标}): the name cut by the page's
     * end ({@link PdfTextPageCuts}); {@code pageCuts[0]} counts those joins.
     */
    static List<Frag> joinNameEndAfterValue(List<Frag> in, int[] pageCuts) {
        int wrapped = 0;
        for (int i = 0; i + 1 < in.size(); i++) {
            Frag f = in.get(i);
            if (isText(f) && in.get(i + 1).block() == f.block() && in.get(i + 1).starts()) {
                wrapped = Math.max(wrapped, width(f.text()));
            }
        }
        if (wrapped < 16) {
            return in;
        }
        List<Frag> out = new ArrayList<>(in);
        for (int i = 0; i + 2 < out.size(); i++) {
            Frag a = out.get(i);
            Frag v = out.get(i + 1);
            Frag b = out.get(i + 2);
            boolean overPage = i + 3 < out.size() && out.get(i + 3).block() == b.block() && out.get(i + 3).starts()
                    && isVocabulary(out.get(i + 3).key()) && PdfTextPageCuts.pageBreakBetween(v, b);
            boolean alone = (i == 0 || out.get(i - 1).block() != a.block()) && v.block() != a.block()
                    && b.block() != v.block() && (i + 3 >= out.size() || out.get(i + 3).block() != b.block() || overPage);
            if (alone && isText(a) && width(a.text()) >= wrapped - 2 && v.starts() && v.ends() && !isVocabulary(v.key())
                    && isText(b) && Rx.matches(b.key(), "\\p{IsHan}{1,3}") && !Rx.find(NUMBERED_NAME, a.key())
                    // (the value's own unit printed again after it is a unit column's cell: ≥32 个 / 个)
                    && !(isValue(v.text()) && v.key().endsWith(b.key()))) {
                out.set(i, new Frag(a.text() + b.text(), a.line(), a.block(), true, true));
                out.remove(i + 2);
                pageCuts[0] += overPage ? 1 : 0;
            }
        }
        return out;
    }

    /** A name's line before a value: a whole text line, or the text a value follows on its line. */
    private static boolean nameBefore(Frag a, Frag v) {
        return isText(a) || a.starts() && !a.ends() && !v.starts() && v.line() == a.line()
                && !isVocabulary(a.key()) && !isValue(a.text());
    }

    /**
     * Whether {@code v2} is the rest of value {@code v1} cut by its line: a value piece that
     * continues it ({@code ≥28.0} / {@code 0(%)}), or a unit's end ({@code ≥70.00(} / {@code %)},
     * {@code ≥100} / {@code %}).
     */
    static boolean valueRest(Frag v1, Frag v2) {
        if (!v2.starts() || !continuesValue(v1.text(), v2.text())) {
            return false;
        }
        return isValue(v2.text()) || Rx.matches(NEXT_GROUP_BOUND, v2.key()) || Rx.matches(v2.key(), "[%％‰]?[)）]?") && !v2.key().isEmpty()
                || (v1.key().endsWith("(") || v1.key().endsWith("（")) && Rx.matches(v2.key(), "[^()（）\\p{IsHan}]{0,3}[)）]");
    }

    /**
     * One cell per paragraph: a name and a value printed on one line after a space ({@code
     * 参保居民政策知晓率 ≥90%}, {@code …占直接救助人 ≥28.00(}) are two cells: the parts from the first
     * one that opens with a comparison sign and a digit are the value. The name is six characters or
     * more and ends in a Han character or a bracket.
     */
    static String[] splitNameValue(String[] parts) {
        List<String> out = null; // made at the first part split in two (else the array is returned as it is)
        for (int i = 0; i < parts.length; i++) {
            String[] nv = nameValue(parts[i]);
            if (nv != null && out == null) {
                out = new ArrayList<>(parts.length + 1);
                out.addAll(Arrays.asList(parts).subList(0, i));
            }
            if (out != null) {
                if (nv == null) {
                    out.add(parts[i]);
                } else {
                    out.add(nv[0]);
                    out.add(nv[1]);
                }
            }
        }
        return out == null ? parts : out.toArray(new String[0]);
    }

    /** The name and the value of a part printed as both, or null when the part is one cell. */
    private static String[] nameValue(String part) {
        String t = part.trim();
        if (!Rx.holdsSpace(t)) {
            return null; // one piece: no value follows a name in it
        }
        String[] sub = Rx.splitSpaces(t);
        for (int k = 1; k < sub.length; k++) {
            String p = sub[k];
            boolean opens = Rx.matches(p, "[≥≤><=＞＜≧≦]\\s*[0-9０-９].*")
                    || Rx.matches(OPERATOR_ONLY, p) && k + 1 < sub.length && Rx.matches(sub[k + 1], "[0-9０-９].*");
            if (!opens) {
                continue;
            }
            String name = String.join(" ", Arrays.copyOfRange(sub, 0, k));
            String kn = key(name);
            if (kn.length() < 6 || !(isCjk(name) || Rx.matches(kn, ".*[)）]")) || isValue(name) || isVocabulary(name)
                    || isLabelStart(name) || Rx.find(VALUE_WORD_END, name)) {
                return null;
            }
            return new String[] {name, String.join(" ", Arrays.copyOfRange(sub, k, sub.length))};
        }
        return null;
    }

    private static boolean isText(Frag f) {
        return !isVocabulary(f.key()) && !isValue(f.text()) && f.starts() && f.ends();
    }

    /** Classifies fragments and joins wrapped values and names into pieces. */
    static List<Piece> pieces(List<Frag> frags) {
        return pieces(frags, false);
    }

    /**
     * Pieces of fragments; with {@code shortLinesEnd} (one-period target sheets) a whole line shorter
     * than its column ends its cell ({@link #endsCellEarly}).
     */
    static List<Piece> pieces(List<Frag> frags, boolean shortLinesEnd) {
        return pieces(frags, shortLinesEnd, new int[4]);
    }

    /**
     * {@link #pieces(List, boolean)}; {@code cuts[0]} counts the names cut by the values' count ({@link PdfTextNameCount}),
     * {@code cuts[1]} the names cut where a line ends at a width no column wraps at ({@link PdfTextWrapWidths}),
     * {@code cuts[2]} the group labels printed with an outline number ({@code 一、产出指标}) read as their labels,
     * {@code cuts[3]} (when the array has it) the names that took their bracketed unit printed alone ({@link PdfTextUnitRest}).
     */
    static List<Piece> pieces(List<Frag> frags, boolean shortLinesEnd, int[] cuts) {
        List<Piece> out = new ArrayList<>();
        // the fragments each name was joined from (first, last), for a count of the values to split it by
        List<int[]> spans = new ArrayList<>();
        // the widest text line of each block: the width of its column, where a wrapped cell's lines are full
        java.util.Map<Integer, Integer> widest = new java.util.HashMap<>();
        for (Frag f : frags) {
            if (f.starts() && f.ends() && !isVocabulary(f.key()) && !isValue(f.text())) {
                widest.merge(f.block(), width(f.text()), Math::max);
            }
        }
        List<Integer> wraps = shortLinesEnd ? PdfTextWrapWidths.of(frags) : List.of();
        int tableFrom = shortLinesEnd ? PdfTextWrapWidths.heading(frags) : frags.size();
        boolean apartInColumn = false;
        for (int i = 0; i < frags.size(); i++) {
            Frag f = frags.get(i);
            String k = f.key();
            String outlined;
            if (isVocabulary(k)) {
                out.add(new Piece(f.text(), f.line(), Kind.LABEL));
            } else if (f.starts() && f.ends() && (outlined = outlinedLabel(f.text())) != null) {
                // a group row's label printed with its outline number (一、产出指标, （一）数量指标): the label
                out.add(new Piece(outlined, f.line(), Kind.LABEL));
                cuts[2]++;
            } else if (isValue(f.text()) && !namedAfterNumber(f, i + 1 < frags.size() ? frags.get(i + 1) : null)) {
                String v = f.text(); // the value's lines joined (concat: no builder, no copy per test)
                Frag last = f;
                while (i + 1 < frags.size() && last.ends() && frags.get(i + 1).starts()
                        && (continuesValue(v, frags.get(i + 1).text()) || boundAfterGroup(v, frags.get(i + 1).text()))) {
                    i++;
                    last = frags.get(i);
                    v = v.concat(last.text());
                }
                out.add(new Piece(v, f.line(), Kind.VALUE));
            } else {
                StringBuilder t = null; // made at the first line joined: a cell of one line is its fragment's text
                Frag last = f;
                int from = i;
                while (i + 1 < frags.size() && last.ends() && frags.get(i + 1).starts()
                        && frags.get(i + 1).block() == last.block()
                        && !isValue(frags.get(i + 1).text())
                        && !Rx.find(NUMBERED_NAME, frags.get(i + 1).key())
                        && !(shortLinesEnd && endsCellEarly(last, widest))
                        && (!isVocabulary(frags.get(i + 1).text()) || unitRest(frags, i, t == null ? f.text() : t.toString(), cuts))) {
                    if (i >= tableFrom && PdfTextWrapWidths.endsAtNoColumn(last, frags.get(i + 1), wraps)) {
                        apartInColumn = true;
                        break;
                    }
                    i++;
                    last = frags.get(i);
                    if (t == null) {
                        t = new StringBuilder(f.text());
                    }
                    t.append(last.text());
                }
                if (i > from && valuesInOneParagraph(frags, i + 1) == i - from + 1) {
                    // as many lines as the values printed next in one paragraph, one a line: a cell each
                    for (int c = from; c <= i; c++) {
                        out.add(new Piece(frags.get(c).text(), frags.get(c).line(), Kind.TEXT));
                    }
                    continue;
                }
                out.add(new Piece(t == null ? f.text() : t.toString(), f.line(), Kind.TEXT));
                spans.add(new int[] {out.size() - 1, from, i});
                if (apartInColumn || i >= tableFrom && PdfTextNextInColumn.shortBeforeName(frags, i, widest, shortLinesEnd)) {
                    // the next line of its paragraph is the next cell of its column: this name prints no value
                    out.add(new Piece("", last.line(), Kind.VALUE));
                    apartInColumn = false;
                    cuts[1]++;
                }
            }
        }
        if (shortLinesEnd) {
            cuts[0] += PdfTextNameCount.splitByValueCount(out, spans, frags, widest);
        }
        return out;
    }

    /** {@link PdfTextUnitRest#isRest} for the line after {@code i}, counted in {@code cuts[3]} (when given). */
    private static boolean unitRest(List<Frag> frags, int i, String name, int[] cuts) {
        boolean rest = PdfTextUnitRest.isRest(name, frags.get(i), frags.get(i + 1), i + 2 < frags.size() ? frags.get(i + 2) : null);
        if (rest && cuts.length > 3) {
            cuts[3]++;
        }
        return rest;
    }

    /**
     * How many values open at {@code at} as whole lines of one paragraph, each a value of its own
     * ({@code ≥80% / ≥85%}: two cells of the 指标值 column printed together); 0 when one continues
     * the one before, when the paragraph holds anything else, or when fewer than two.
     */
    static int valuesInOneParagraph(List<Frag> frags, int at) {
        int n = 0;
        int j = at;
        while (j < frags.size() && frags.get(j).block() == frags.get(at).block()) {
            Frag v = frags.get(j);
            if (!v.starts() || !v.ends() || !isValue(v.text()) || n > 0 && continuesValue(frags.get(j - 1).text(), v.text())) {
                return 0;
            }
            n++;
            j++;
        }
        return n >= 2 ? n : 0;
    }

    /** Six or more Han characters after a piece's last digit: a name that starts with a date or a number. */
    static final Pattern NAME_AFTER_NUMBER = Pattern.compile(".*\\d[^\\d]*\\p{IsHan}{6,}[^\\d]*");

    /**
     * Whether a fragment that starts like a value is the first line of a name that starts with a
     * date (2019 年 12 月 31 日前中央财政补 / 助资金到位率): six or more Han characters after its last
     * number, and its paragraph goes on with text that is no value.
     */
    static boolean namedAfterNumber(Frag f, Frag next) {
        return next != null && f.ends() && next.starts() && next.block() == f.block() && !isValue(next.text())
                && !isVocabulary(next.text()) && (Rx.matches(NAME_AFTER_NUMBER, f.key()) || Rx.matches(NAME_AFTER_DATE, f.key()));
    }

    /**
     * A date line whose deadline word is followed by Han characters ({@code 2019 年 12 月 31 日前中央} /
     * {@code 财政补助资金到位率}): the first line of a name wrapped after a few characters, not a deadline value
     * (a deadline ends at 日, 日前, 以前 or 之前).
     */
    static final Pattern NAME_AFTER_DATE = Pattern.compile(".*\\d{1,2}月\\d{1,2}日(前|以前|之前)?\\p{IsHan}{2,}");

    static boolean isValue(String t) {
        return PdfTextReader.fact(t, PdfTextReader.VALUE_FACT, PdfTextFragments::isValue0);
    }

    private static boolean isValue0(String t) {
        String k = key(t);
        return Rx.find(VALUE_START, k) || Rx.find(GROUP_BOUND, k);
    }

    /**
     * A value that names its group before its bound ({@code 成年人≥270 元; 大中小学生、儿童≥200 元}): one to
     * four Han characters, a comparison sign, a digit.
     */
    static final Pattern GROUP_BOUND = dev.zhibiao.internal.layout.Level2Fit.GROUP_BOUND;

    /** The next item of a list of group bounds cut at its line's end ({@code 生、儿童≥200 元}, {@code 学生、儿童≤260%}). */
    static final Pattern NEXT_GROUP_BOUND = Pattern.compile("^[\\p{IsHan}、，,]{1,8}[≥≤＞＜≧≦]\\d[^≥≤＞＜≧≦]*");

    /**
     * A list of group bounds whose last item names its group and stops before the bound: a bound, a
     * separator (; ； , ，), then Han characters only ({@code 成年人≥270元;大中小学生、儿童}, keys: no spaces).
     */
    static final Pattern BOUND_AFTER_GROUP = Pattern.compile(".*[≥≤＞＜≧≦]\\d[^≥≤＞＜≧≦]*[;；,，][\\p{IsHan}、]{1,10}");

    /** A bound alone: a comparison sign, a number, a unit of a few characters ({@code ≥200元}, {@code ≤260%}). */
    static final Pattern LONE_BOUND = Pattern.compile("[≥≤＞＜≧≦]\\d+(\\.\\d+)?[^≥≤＞＜≧≦\\d;；,，]{0,4}");

    /**
     * Whether {@code next}, the line right under value {@code v}, is the bound of the group {@code v} ends by naming: a
     * list of group bounds wrapped between its last group's name and its bound ({@code 成年人≥270 元; 大中小学生、儿童} /
     * {@code ≥200 元}). Asked of consecutive lines only (a value's lines joined in order), not of a value's parts
     * printed around a name's rest ({@link #joinInTurn}), where a list cut inside a group's name ({@code …; 大中}) is
     * followed by the next row's value.
     */
    static boolean boundAfterGroup(String v, String next) {
        String k = key(v);
        return Rx.find(GROUP_BOUND, k) && Rx.matches(BOUND_AFTER_GROUP, k) && Rx.matches(LONE_BOUND, key(next));
    }

    /** Whether {@code next} is the wrapped rest of value {@code v} ({@code ≤0.6万|元}, {@code 480元/|人.天}). */
    static boolean continuesValue(String v, String next) {
        String n = key(next);
        String k = key(v);
        if (Rx.matches(k, ".*\\d\\.\\d?") && Rx.matches(n, "\\d{1,2}([(（][%％][)）]?|[%％])?")) {
            return true; // a number cut inside its decimals (≥28.0 / 0(%))
        }
        if (Rx.find(GROUP_BOUND, k) && !Rx.matches(k, ".*[)）%％元]") && Rx.matches(NEXT_GROUP_BOUND, n)) {
            return true; // a list of group bounds wrapped inside an item (成年人≥270 元; 大中小学 / 生、儿童≥200 元)
        }
        if (isVocabulary(n) || isValue(n) || n.length() > 5) {
            return false;
        }
        if ((k.endsWith("(") || k.endsWith("（")) && Rx.matches(n, "[^()（）]{0,3}[)）]")) {
            return true; // a unit in brackets cut at its line end (≥70.00( / %))
        }
        if (k.endsWith("/") || k.endsWith("万") || k.endsWith("亿") || n.startsWith("/")) {
            return true;
        }
        return Rx.matches(UNIT_PIECE, n) && (Rx.matches(k, ".*\\d") || k.endsWith("元") && n.startsWith("/"));
    }

    /**
     * Whether a whole line ends its cell before the column's width (a cell's last line is short, a
     * wrapped cell's other lines are full): two cells of a column printed in one paragraph
     * ({@code 医保信息系统正常运行率 / 医保信息系统重大安全事件响 / 应时间}) are two cells.
     */
    static boolean endsCellEarly(Frag last, java.util.Map<Integer, Integer> widest) {
        Integer w = widest.get(last.block());
        if (w == null || !last.starts() || !last.ends()) {
            return false;
        }
        int lw = width(last.text());
        // a narrow column (four wide characters or fewer: 不低于 / 上年 / 逐步扩 / 大) wraps at one character
        return lw <= w - 3 || w <= 8 && lw < w;
    }

    /** Display width: two for a wide (CJK) character, one for others. */
    static int width(String t) {
        int w = 0;
        for (int i = 0; i < t.length(); i++) {
            w += t.charAt(i) >= 0x2e80 ? 2 : 1;
        }
        return w;
    }
}
