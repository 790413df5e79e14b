package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator heading an OCR engine printed over consecutive lines of plain text: the heading's
 * cells are of unequal heights, so the engine reads their words on lines of their own
 * ({@code 绩效指标} / {@code 二级指标   三级指标} / {@code 指标值}). No line names the value column and
 * another heading column, so none is a heading or a partial heading; together they are. Found only
 * where every line of the run holds heading words and nothing else but specks (a cell of one
 * character, or up to three that are no Han characters), so a line of goals or of an indicator is
 * never taken into it. Asked of printed lines only (plain OCR text), after the single-row searches.
 */
final class HeadingOverLines {
    /** Lines a heading is looked for over (its words seen on at most three printed lines). */
    private static final int MAX_LINES = 3;

    /** The run found: its first and last row (indexes into the table) and its heading words as one row. */
    record Run(int first, int last, Row heading) {
    }

    private HeadingOverLines() {
    }

    /**
     * The first run of two or three heading-only lines whose words together name a heading
     * (the value column and another column of the indicator heading), or null.
     *
     * @param table the rows of a sheet's table part, in print order
     * @return the run, or null where there is none
     */
    static Run find(List<Row> table) {
        for (int i = 0; i < table.size(); i++) {
            if (!headingOnly(table.get(i))) {
                continue;
            }
            List<Cell> words = new ArrayList<>(named(table.get(i)));
            int lines = 1;
            for (int j = i + 1; j < table.size() && lines < MAX_LINES; j++) {
                Row r = table.get(j);
                if (blank(r)) {
                    continue;
                }
                if (!headingOnly(r)) {
                    break;
                }
                lines++;
                words.addAll(named(r));
                Row merged = new Row(List.copyOf(words), true, table.get(i).at());
                if (Recovery.isPartialHeading(merged) && !describes(words)) {
                    return new Run(i, j, merged);
                }
            }
        }
        return null;
    }

    /**
     * Whether the words name a description column (绩效指标描述): rows read by content under such a
     * heading would take each description for the end of its name, so the run is not taken and the
     * sheet is read as before (from its first row of a level-1 category).
     */
    private static boolean describes(List<Cell> words) {
        for (Cell c : words) {
            if (Vocabulary.column(c.text()) == Vocabulary.Column.DESCRIPTION) {
                return true;
            }
        }
        return false;
    }

    /** A line holding at least one heading word and else only specks. */
    private static boolean headingOnly(Row r) {
        boolean word = false;
        for (Cell c : r.cells()) {
            if (c.isEmpty()) {
                continue;
            }
            if (Vocabulary.column(c.text()) != null) {
                word = true;
            } else if (!speck(c.text())) {
                return false;
            }
        }
        return word;
    }

    private static boolean blank(Row r) {
        for (Cell c : r.cells()) {
            if (!c.isEmpty() && !Text.key(c.text()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The line's cells that are heading words, in print order. */
    private static List<Cell> named(Row r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            if (!c.isEmpty() && Vocabulary.column(c.text()) != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** One character, or up to three that are none of them Han characters (。, 人, Ce, 、、). */
    private static boolean speck(String text) {
        String k = Text.key(text);
        if (k.length() <= 1) {
            return true;
        }
        if (k.length() > 3) {
            return false;
        }
        return k.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
