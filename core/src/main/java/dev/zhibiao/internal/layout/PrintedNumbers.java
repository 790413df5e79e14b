package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 指标N numbers of a sheet that numbers its indicators ({@link PrintedLines}' printed lines and
 * ruled tables read from OCR): the number a cell opens with, a number the engine spoiled given back
 * where the sheet's order asks for it, and a line whose later cell opens with the next number read as
 * that indicator. Moved out of {@link PrintedLines} (session 38: it had grown past 800 lines).
 */
final class PrintedNumbers {
    private PrintedNumbers() {
    }

    /**
     * A line without a number of its own whose later cell opens with the sheet's next number (the
     * number above plus one, or 1 where a group starts over) is that indicator, printed after a
     * piece the engine read on its left ({@code da指标 | 指标2: 2019年…}: a merged label's fragment or
     * a speck): a cell that opens with 指标N is a name, never the wrap of the cell above. The
     * numbered cell becomes the name and the cells after it the columns after the name, in order;
     * the pieces before it are remnants. A {@code row-realigned} diagnostic.
     *
     * @return whether the line was read so (it is then numbered, the owner of the lines below)
     */
    static boolean numberedLater(int above, Read r, SheetDraft d) {
        List<Column> columns = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<Column, Cell> e : r.content.entrySet()) {
            if (e.getKey().ordinal() >= Column.NAME.ordinal()) {
                columns.add(e.getKey());
                cells.add(e.getValue());
            }
        }
        if (columns.isEmpty() || columns.get(0) != Column.NAME) {
            return false;
        }
        for (int j = 1; j < cells.size(); j++) {
            Integer n = numberOf(cells.get(j).text());
            if (n == null) {
                continue;
            }
            if (n != above + 1 && n != 1) {
                return false;
            }
            StringBuilder moved = new StringBuilder();
            for (int k = 0; k < j; k++) {
                d.remnant(cells.get(k), "a piece printed before an indicator's number on its line (a label's fragment or a speck)");
                r.content.remove(columns.get(k));
            }
            for (int k = j; k < cells.size(); k++) {
                r.content.remove(columns.get(k));
            }
            for (int k = j; k < cells.size(); k++) {
                Column to = columns.get(k - j);
                r.content.put(to, cells.get(k));
                moved.append(' ').append(ReadDescriptions.heading(to)).append(" ← \"").append(cells.get(k).text()).append("\";");
            }
            r.number = n;
            d.diag("row-realigned", r.row.at(), "the line's cell \"" + cells.get(j).text() + "\" opens with 指标" + n
                    + ", the sheet's next number: a new indicator, not the wrap of the one above;" + moved);
            return true;
        }
        return false;
    }

    /** The 指标N number a text opens with, or null. */
    static Integer numberOf(String text) {
        return NumberPrefix.number(Text.simplified(Text.nfkc(Text.clean(text))), 2);
    }

    /**
     * A number misread or printed after a speck: {@code 阁标5 参保人…} ({@code 指} read as another
     * character), {@code 此本 指标4: 财政补助…} (a speck of up to three characters before it).
     */
    private static final LazyPattern MISREAD_NUMBER = new LazyPattern(
            "^(\\S{1,3}\\s+)?(指标|[^\\s\\d指]标|指[^\\s\\d标])\\s*([0-9]{1,2})(?![0-9])\\s*[:：;；,，.．、+]?\\s*(?=\\S)");
    /**
     * 指标N after a speck glued to it or a stroke between ({@code 一 -指标5:}, {@code 4指标4:}): up to
     * five characters that are no digit and no 指, or one digit.
     */
    private static final LazyPattern SPECK_NUMBER = new LazyPattern(
            "^([^指\\d]{1,5}?|[0-9])\\s*(指标)\\s*([0-9]{1,2})(?![0-9])\\s*[:：;；,，.．、+]?\\s*(?=\\S)");
    /** 指标 read as one character ({@code 杯5: 参保人…}): the number and its colon say what it was. */
    private static final LazyPattern ONE_CHARACTER_NUMBER = new LazyPattern(
            "^()([^\\s\\d指标])\\s*([0-9]{1,2})(?![0-9])\\s*[:：;；](?=\\s*\\S)\\s*");

    /**
     * Gives a line of a numbered sheet its number where the engine spoiled it, only when it is the
     * number the sheet's order asks for there ({@code expected}, the number above plus one): the
     * word one character off 指标, or read as one character before the number and its colon, or 指标
     * after a speck (a remnant). The name then reads {@code 指标N: …}, an {@code ocr-repaired}
     * diagnostic.
     */
    static void renumbered(int expected, Read r, SheetDraft d) {
        Cell name = r.content.get(Column.NAME);
        if (name == null) {
            return;
        }
        java.util.regex.Matcher m = null;
        for (java.util.regex.Pattern p : List.of(MISREAD_NUMBER.get(), SPECK_NUMBER.get(), ONE_CHARACTER_NUMBER.get(),
                NumberColonDigit.PATTERN.get())) {
            java.util.regex.Matcher t = p.matcher(name.text());
            if (t.find() && Integer.parseInt(t.group(3)) == expected && (t.group(1) != null && !t.group(1).isBlank()
                    || !t.group(2).equals("指标"))) {
                m = t;
                break;
            }
        }
        if (m == null) {
            return;
        }
        if (m.group(1) != null && !m.group(1).isBlank()) {
            d.remnant(new Cell(m.group(1).strip(), name.at(), name.confidence()), "a speck before an indicator's number");
        }
        String fixed = "指标" + expected + ": " + name.text().substring(m.end());
        String conf = name.confidence() == null || name.confidence().isNaN() ? ""
                : String.format(Locale.ROOT, ", engine confidence %.2f", name.confidence());
        d.diag("ocr-repaired", name.at(), "\"" + name.text() + "\" is numbered " + expected + ", the next number of the sheet's"
                + " indicators (read as \"" + m.group().strip() + "\"" + conf + "): \"" + fixed + "\"");
        r.content.put(Column.NAME, name.withText(fixed));
        r.number = expected;
    }

    /**
     * The rows of a ruled table in a sheet that numbers its indicators (at least two numbered): a
     * row whose name has no number after a numbered one is given the next number where the engine
     * spoiled it ({@link #renumbered}); a row that carries a level-2 label starts a group, so 1 is
     * asked of it when the next number is not what it reads.
     */
    static void renumberRows(List<Read> reads, SheetDraft d) {
        if (numbered(reads) < 2) {
            return;
        }
        Read owner = null;
        for (Read r : reads) {
            if (!r.isIndicator()) {
                continue;
            }
            if (r.number == null && owner != null) {
                renumbered(owner.number + 1, r, d);
                if (r.number == null && PrintedLines.hasLabelIn(r, Column.L2)) {
                    renumbered(1, r, d);
                }
            }
            if (r.number != null) {
                owner = r;
            }
        }
    }


    /** @return how many reads carry an 指标N number (a loop, not a lambda: each costs a class spun at start-up) */
    static long numbered(List<Read> reads) {
        long n = 0;
        for (int i = 0; i < reads.size(); i++) { // indexed: no iterator
            if (reads.get(i).number != null) {
                n++;
            }
        }
        return n;
    }
}
