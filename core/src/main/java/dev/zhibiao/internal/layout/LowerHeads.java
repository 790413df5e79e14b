package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * A heading row whose right part pdftotext -layout printed a line below its left part (a browser's print of a two-period
 * sheet: {@code 一级指 二级指标 三级指标 指标值 一级指} over {@code 标 二级指标 三级指标 指标值}): the whole heading words of the
 * line below that stand right of every word of the heading line belong to the heading row, not to the table's first row.
 */
final class LowerHeads {
    private LowerHeads() {
    }

    /** How many whole heading words the heading row's rest holds at least: one word past the end is a wrapped tail (依据). */
    private static final int REST = 2;

    /**
     * The words of the line under a heading line that are the heading row's rest printed lower: whole heading words
     * (二级指标, 指标值) no row of the table holds (a level's label, a number), each starting at or past the end of the
     * heading line's last word, at least {@value #REST} of them, under a heading line holding at least {@value #REST} heading
     * words or their halves; else none.
     *
     * @param below the line under the heading line, its words
     * @param heading the heading line's words (with the line above when it joined)
     */
    static List<ColumnFit.Tok> rest(List<ColumnFit.Tok> below, List<ColumnFit.Tok> heading) {
        int end = 0;
        int heads = 0;
        for (ColumnFit.Tok t : heading) {
            end = Math.max(end, t.column() + Text.key(t.text()).length());
            heads += HeadingBand.headingPart(t.text()) ? 1 : 0;
        }
        if (heads < REST) {
            return List.of(); // no heading line: a header line above the heading row (年度 总体目标 …) takes nothing
        }
        List<ColumnFit.Tok> out = new java.util.ArrayList<>();
        for (ColumnFit.Tok b : below) {
            String t = b.text();
            if (b.column() >= end && ColumnFit.isHeadingWord(t) && Vocabulary.column(t) != null && !Vocabulary.isLevel1Label(t)
                    && !Vocabulary.isLevel2Label(t) && t.chars().noneMatch(Character::isDigit)) {
                out.add(b);
            }
        }
        return out.size() >= REST ? out : List.of();
    }

    /**
     * Whether a short word printed one space after a heading is the next heading's first half, not the heading's second
     * half printed with a space (指标值 一级指: 一级指 names no column, 一级指标 another than 指标值; 二级 指标 and 指标性 质
     * stay one heading each).
     */
    static boolean nextHead(String heading, String word) {
        Vocabulary.Column own = Vocabulary.column(heading);
        if (own == null || Vocabulary.column(word) != null) {
            return false;
        }
        Vocabulary.Column next = Vocabulary.column(word + "标");
        return next != null && next != own;
    }

    /**
     * The heading row of a sheet whose heading repeats (two periods' halves, 二级指标 twice) with each heading half whose
     * tail stands further down (一级指, its 标 among the lead label's lines) made the whole heading word the row repeats
     * it as (一级指标): the two halves name the same columns.
     */
    static List<ColumnFit.Tok> repeated(List<ColumnFit.Tok> row) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (ColumnFit.Tok t : row) {
            count.merge(Text.key(t.text()), 1, Integer::sum);
        }
        if (count.values().stream().noneMatch(n -> n >= 2)) {
            return row;
        }
        List<ColumnFit.Tok> out = new java.util.ArrayList<>(row);
        for (int i = 0; i < out.size(); i++) {
            ColumnFit.Tok t = out.get(i);
            if (Vocabulary.column(t.text()) != null || !HeadingBand.headingPart(t.text())) {
                continue;
            }
            for (ColumnFit.Tok w : row) {
                String k = Text.key(w.text());
                if (w != t && k.startsWith(Text.key(t.text())) && count.get(k) == 1 && Vocabulary.column(k) != null) {
                    out.set(i, new ColumnFit.Tok(w.text(), t.column(), t.gap()));
                    break;
                }
            }
        }
        return out;
    }
}
