package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.key;

/**
 * Heading words of a plain pdftotext page printed apart from the heading row: two narrow heading cells
 * wrapped side by side, their first lines on one text line and their rests after it.
 */
final class PdfTextHeadingWords {
    private PdfTextHeadingWords() {
    }

    /**
     * A value heading and an actual heading, each wrapped in a narrow cell, printed side by side at the end
     * of a text: pdftotext prints the two first lines on one line ({@code 年度指标 实际完成}), then each
     * cell's rest on a line of its own ({@code 值 / 值}), so the text ends {@code 年度指标 实际完成值值}. The
     * two words ({@code [年度指标值, 实际完成值]}) when the text's last two space-separated parts split so:
     * the part before ends with the value heading's start, the last part is the actual heading's start
     * and the two rests (one or two characters each) in order, the longest value heading first; null otherwise.
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
                    int b = last.length() - r1 - r2;
                    if (b < 2) {
                        continue;
                    }
                    String value = start + last.substring(b, b + r1);
                    String actual = last.substring(0, b) + last.substring(b + r1);
                    if (Rx.matches(value, "\\p{IsHan}+") && Rx.matches(actual, "\\p{IsHan}+")
                            && Vocabulary.column(value) == Column.VALUE && Vocabulary.column(actual) == Column.ACTUAL) {
                        return List.of(value, actual);
                    }
                }
            }
        }
        return null;
    }
}
