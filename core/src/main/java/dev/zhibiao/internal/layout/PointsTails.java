package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A number that ends the text of the cell left of a points column (分值, 得分, 权重) of a table printed as aligned text
 * ({@code pdftotext -layout}), read into the points column. A narrow value or actual column wraps a date over lines,
 * {@code 2024 年 11 / 月}, and pdftotext prints its first line's number one space after the characters, as it prints
 * the cell gap, and near the points heading: the split put {@code 11} under 分值, and the row's own 分值 {@code 10},
 * printed on the next line, joined it as {@code 1110}, a weight the sheet does not give.
 *
 * <p>A weight or score is a short number that never wraps, so a row holds one per points column. Where two
 * neighbouring lines each hold a number in a points column, and one of them holds no name (a wrapped line of the
 * row) and ends the text of the column left of it with a character (not a number: {@code 2024 年}) while the other
 * holds nothing there, the number on the first is that text's last word: it goes back to it, and the row gets a
 * {@link #CODE} note. Anything else is left as it is.
 */
final class PointsTails {
    private PointsTails() {
    }

    /** The code of the note on a row whose cell took back a number read into a points column. */
    static final String CODE = "points-tail-rejoined";

    /**
     * @param lines  the table's lines, placed in the heading's columns
     * @param roles  the heading's column roles
     * @param nameAt the name column
     * @param moved  where the numbers of the lines whose number went back go
     * @return the lines, each such number joined to the text left of it
     */
    static List<LaidOutTable.Line> rejoined(List<LaidOutTable.Line> lines, List<ColumnFit.Role> roles, int nameAt, Set<Integer> moved) {
        List<LaidOutTable.Line> out = lines;
        for (int c = 1; c < roles.size(); c++) {
            ColumnFit.Role left = roles.get(c - 1);
            if (roles.get(c) != ColumnFit.Role.POINTS || left != ColumnFit.Role.VALUE && left != ColumnFit.Role.ACTUAL
                    && left != ColumnFit.Role.TEXT) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                LaidOutTable.Line l = out.get(i);
                if (!tail(l, c, nameAt) || !(own(out, i - 1, l, c) || own(out, i + 1, l, c))) {
                    continue;
                }
                String[] texts = l.texts().clone();
                texts[c - 1] = texts[c - 1] + " " + texts[c];
                texts[c] = null;
                int[] starts = l.starts().clone();
                starts[c] = -1;
                if (out == lines) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new LaidOutTable.Line(l.number(), texts, starts, l.page()));
                moved.add(l.number());
            }
        }
        return out;
    }

    /** A line without a name whose points cell is a number after text ending in a character. */
    private static boolean tail(LaidOutTable.Line l, int c, int nameAt) {
        String points = l.texts()[c];
        String before = l.texts()[c - 1];
        if (points == null || before == null || nameAt >= 0 && l.texts()[nameAt] != null && !l.texts()[nameAt].isBlank()) {
            return false;
        }
        String k = Text.key(before);
        return number(points) && !k.isEmpty() && !Character.isDigit(k.charAt(k.length() - 1)) && Text.isWide(k.codePointBefore(k.length()));
    }

    /** Whether the line at {@code j}, the next or the one before, holds the row's own number in the points column. */
    private static boolean own(List<LaidOutTable.Line> lines, int j, LaidOutTable.Line l, int c) {
        if (j < 0 || j >= lines.size()) {
            return false;
        }
        LaidOutTable.Line o = lines.get(j);
        return Math.abs(o.number() - l.number()) == 1 && number(o.texts()[c]) && (o.texts()[c - 1] == null || o.texts()[c - 1].isBlank());
    }

    private static boolean number(String t) {
        if (t == null) {
            return false;
        }
        String k = Text.key(t);
        if (k.isEmpty() || k.length() > 6) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char ch = k.charAt(i);
            if (!Character.isDigit(ch) && ch != '.') {
                return false;
            }
        }
        return true;
    }
}
