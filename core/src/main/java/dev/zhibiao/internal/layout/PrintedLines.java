package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicator rows that are printed lines rather than table rows ({@link Document#printedLines}: plain
 * OCR text, where the engine prints a page line by line and a cell that wraps puts its second line
 * on the next printed line, with none of the row's other cells). Two repairs, each a diagnostic:
 * marks that stand between a line's cells without being text (a rule or a speck read as a
 * character) are set aside as remnants; and where the sheet numbers its indicators (指标N), a line
 * without a number continues the numbered indicator above it.
 */
final class PrintedLines {
    /** One-character cells that are answers, not marks. */
    private static final String ONE_CHARACTER_ANSWERS = "无是否有";

    private PrintedLines() {
    }

    /**
     * The row without the cells that are marks rather than text: a single character that is no
     * digit, category or one-character answer (无, 是, 否, 有; a Chinese numeral alone is a mark), or up to three characters with
     * neither a Chinese character nor a digit ({@code L .}, {@code v}). Each is a remnant.
     */
    static Row withoutMarks(Row r, SheetDraft d) {
        List<Cell> out = null;
        for (int i = 0; i < r.cells().size(); i++) {
            Cell c = r.cells().get(i);
            if (isMark(c.text())) {
                if (out == null) {
                    out = new ArrayList<>(r.cells().subList(0, i));
                }
                d.remnant(c, "a mark between the cells of a printed line (a rule or speck read as text)");
                continue;
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? r : new Row(out, r.table(), r.at());
    }

    static boolean isMark(String text) {
        String k = Text.key(text);
        if (k.isEmpty() || Vocabulary.category(text) != null) {
            return false;
        }
        if (k.codePointCount(0, k.length()) == 1) {
            // a Chinese numeral alone (二, 四) reads as a number, but no value is printed so
            return ONE_CHARACTER_ANSWERS.indexOf(k.charAt(0)) < 0 && !Character.isDigit(k.codePointAt(0));
        }
        if (IndicatorTable.isValueLike(text)) {
            return false;
        }
        return k.length() <= 3 && k.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.isDigit(c));
    }

    /**
     * Where at least two indicators are numbered, a printed line whose name has no number, after a
     * numbered indicator, is the rest of that indicator's cells wrapped onto the next line (a name's
     * second line, its value printed beside it or alone): each of its cells is joined to the same
     * cell of the indicator (appended, or filling it where it was empty). Labels printed on such a
     * line stay on a row of their own at that line, for the label placement. A lone cell that starts
     * with a number or holds a comparator continues the value, not the name. Not joined: a line that
     * holds a complete value and a name of its own while the indicator's value is complete too, and
     * a line labelled at both levels (a group of one line).
     */
    static void joinNumbered(List<Read> reads, SheetDraft d) {
        if (reads.stream().filter(r -> r.number != null).count() < 2) {
            return;
        }
        Read owner = null;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!r.isIndicator()) {
                continue;
            }
            if (r.number != null) {
                owner = r;
                continue;
            }
            if (owner == null || completeOfItsOwn(owner, r) || bothLevels(r)) {
                owner = null;
                continue;
            }
            Cell only = r.content.size() == 1 ? r.content.get(Column.NAME) : null;
            if (only != null && owner.content.get(Column.VALUE) != null && !owner.content.get(Column.VALUE).isEmpty()
                    && VALUE_TAIL.matcher(only.text()).find()) {
                // a value's second line (成年人<192.59%; 大中小学), not a name's
                r.content.remove(Column.NAME);
                r.content.put(Column.VALUE, only);
            }
            for (Map.Entry<Column, Cell> e : r.content.entrySet()) {
                Cell a = owner.content.get(e.getKey());
                Cell b = e.getValue();
                owner.content.put(e.getKey(), a == null || a.isEmpty() ? b : a.withText(a.text().strip() + b.text().strip()));
                d.diag("cell-joined", b.at(), "\"" + b.text() + "\" continues the " + e.getKey().name().toLowerCase(Locale.ROOT)
                        + " of the numbered indicator above (a cell wrapped onto the next printed line)");
            }
            for (int k = 0; k < r.others.size(); k++) {
                owner.others.add(r.others.get(k));
                owner.otherHeadings.add(r.otherHeadings.get(k));
            }
            owner.lastLine = Math.max(owner.lastLine, r.lastLine);
            if (r.labels.isEmpty()) {
                reads.remove(i);
                i--;
            } else {
                r.content.clear();
                r.others.clear();
                r.otherHeadings.clear();
            }
        }
    }

    /** A line that starts with a number or holds a comparator: a value's text. */
    private static final java.util.regex.Pattern VALUE_TAIL = java.util.regex.Pattern.compile("^\\s*[0-9]|[<>≤≥=＜＞]");

    /**
     * A line labelled at both levels starts a group of its own: a one-line group's labels, not
     * labels printed in the middle of a wrapped indicator.
     */
    private static boolean bothLevels(Read r) {
        boolean l1 = false;
        boolean l2 = false;
        for (IndicatorTable.Label l : r.labels) {
            if (l.category() == null) {
                continue;
            }
            l1 |= l.category().level() != Vocabulary.Level.L2;
            l2 |= l.category().level() != Vocabulary.Level.L1;
        }
        return l1 && l2 && r.labels.size() >= 2;
    }

    private static boolean completeOfItsOwn(Read owner, Read r) {
        Cell a = owner.content.get(Column.VALUE);
        Cell b = r.content.get(Column.VALUE);
        Cell name = r.content.get(Column.NAME);
        return a != null && b != null && name != null && Text.key(name.text()).length() >= 6
                && IndicatorTable.isValueLike(a.text()) && IndicatorTable.isValueLike(b.text());
    }
}
