package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain pdftotext of a sheet whose goals print in two columns (项目总目标 | 年度总体目标) right over the indicator
 * table: the goal columns' longer cell runs on beside the table's heading cells, and pdftotext prints its lines
 * between the heading's words ({@code 一级指标 / 产出指标 / 2、重点对象… / 3、… / 绩效指标 / 1、… / 二级指标 / 三级指标 /
 * 指标值}). A numbered paragraph ({@code 2、…}, eight characters or more) printed after the heading's first word and
 * before its 三级指标 or 指标值 word is goal text, no indicator cell; so are the lines right under it (its wrapped rest,
 * {@code 大病保险起付线… / 达到70%}) up to the next label or heading word. They are kept after the table as prose (a
 * remnant), not dealt out as indicator names and values.
 */
final class PdfTextBandGoals {
    private PdfTextBandGoals() {
    }

    private static final Pattern GOAL_NUMBER = Pattern.compile("^\\d{1,2}[、.．]\\p{IsHan}");

    /**
     * The index of the heading's first 三级指标 or 指标值 word at or after {@code heading} (the band's end), or -1
     * when the heading prints neither as a word of its own.
     */
    static int bandEnd(List<Piece> pieces, int heading, List<String> tableHeader) {
        for (int i = Math.max(heading, 0); i < pieces.size(); i++) {
            String k = pieces.get(i).key();
            if ((k.equals("三级指标") || k.equals("指标值")) && tableHeader.contains(k)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a piece opens a numbered goal paragraph ({@code 2、重点对象住院政策范围内…}). */
    static boolean opens(Piece p) {
        return p.kind() != Kind.LABEL && p.key().length() >= 8 && GOAL_NUMBER.matcher(p.text().strip()).find();
    }

    /** Whether a piece goes on the goal paragraph whose last line is {@code lastLine} (the next line, no label). */
    static boolean continues(Piece p, int lastLine) {
        return lastLine > 0 && p.kind() != Kind.LABEL && p.line() == lastLine + 1;
    }

    /** The page's note for the goal lines taken out of the heading band. */
    static dev.zhibiao.Diagnostic diagnostic(int taken, dev.zhibiao.Locator at) {
        return new dev.zhibiao.Diagnostic("pdftotext-goals-in-heading", taken + " line(s) of numbered goals printed among"
                + " the indicator heading's words (the goal columns running on beside the heading): kept after the table"
                + " as text, not read as indicator cells", at);
    }
}
