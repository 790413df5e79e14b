package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * Heading words of a plain pdftotext page printed apart from the heading row: two narrow heading cells
 * wrapped side by side, their first lines on one text line and their rests after it.
 */
final class PdfTextHeadingWords {
    private PdfTextHeadingWords() {
    }

    /**
     * A value heading and an actual heading, each wrapped in a narrow cell, printed side by side at the end
     * of a text: pdftotext prints the two first lines on one line ({@code 年度指标 实际完成}), then the
     * one-line heading of a narrow column printed between them, if any ({@code 分值}), then each wrapped
     * cell's rest on a line of its own ({@code 值 / 值}), so the text ends {@code 年度指标 实际完成分值值值}.
     * The words in column order ({@code [年度指标值, 实际完成值, 分值]}) when the text's last two
     * space-separated parts split so: the part before ends with the value heading's start, the last part
     * is the actual heading's start, the narrow columns' headings (weights, scores, notes) and the two
     * rests (one or two characters each) in order, the longest value heading first; null otherwise.
     */
    static List<String> wrappedSideBySide(String text) {
        String[] parts = Rx.splitSpaces(text.trim());
        if (parts.length < 2) {
            return null;
        }
        String before = key(parts[parts.length - 2]);
        String last = key(parts[parts.length - 1]);
        for (int a = Math.min(5, before.length()); a >= 2; a--) {
            String start = before.substring(before.length() - a);
            for (int r2 = 1; r2 <= 2; r2++) {
                for (int r1 = 1; r1 <= 2; r1++) {
                    int rests = last.length() - r1 - r2;
                    if (rests < 2) {
                        continue; // a last part too short to hold the actual heading's start and the rests
                    }
                    String value = start + last.substring(rests, rests + r1);
                    if (!Rx.matches(value, "\\p{IsHan}+") || Vocabulary.column(value) != Column.VALUE) {
                        continue;
                    }
                    for (int b = 2; b <= rests; b++) {
                        String actual = last.substring(0, b) + last.substring(rests + r1);
                        List<String> narrow = narrowWords(last.substring(b, rests));
                        if (narrow != null && Rx.matches(actual, "\\p{IsHan}+") && Vocabulary.column(actual) == Column.ACTUAL) {
                            List<String> out = new ArrayList<>(List.of(value, actual));
                            out.addAll(narrow);
                            return out;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A run of narrow columns' headings (分值, 得分, 权重 …) split into its words; empty for "", null when not such. */
    static List<String> narrowWords(String k) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < k.length()) {
            int next = -1;
            for (int j = k.length(); j >= i + 2; j--) {
                if (isNarrow(k.substring(i, j))) {
                    next = j;
                    break;
                }
            }
            if (next < 0) {
                return null;
            }
            out.add(k.substring(i, next));
            i = next;
        }
        return out;
    }

    /** Whether a heading word names a weight, score or note column (分值 得分 偏差原因分析及改进措施). */
    static boolean isNarrow(String w) {
        Column c = Vocabulary.column(w);
        return c == Column.WEIGHT || c == Column.SCORE || c == Column.NOTE;
    }

    /**
     * The narrow columns' heading words printed after the rows (得分, 偏差原因分析及改进措施), in order, those
     * already in {@code head} left out; empty when any other heading word is printed there.
     */
    static List<String> lateNarrowWords(List<Piece> pieces, int from, List<String> head) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind() != Kind.TEXT) {
                continue;
            }
            List<String> words = PdfTextWideTable.headingWords(p.text());
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (!isNarrow(w)) {
                    return List.of();
                }
                if (!head.contains(w) && !out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
