package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Two cells one space apart in {@code pdftotext -layout} text, the first a piece of a category label wrapped in its
 * merged cell. A page closed up round narrow label columns prints a level-1 label's piece and the level-2 label's piece
 * beside it one space apart ({@code 满意 服务对象 (%)}, {@code 度指 满意度指}, {@code 标  标}: 满意度指标 and
 * 服务对象满意度指标 each wrapped over three lines, the name's unit {@code (%)} one space after the level-2 piece), and a
 * single space reads as the inside of one cell: the level-2 piece then joins the level-1 label or the name, and the
 * labels above and below it lose their pieces.
 *
 * <p>The evidence is the label's own: the word before the space, with the words printed at its start (within a
 * character) on the lines above and below — the lines between may hold text elsewhere, none across that start — spells a
 * category's whole label ({@link Vocabulary#category}) that the word alone is not. A merged label cell prints its
 * lines left-aligned at one start; a name or a value does not spell a category with the words under it. The space after
 * such a word then parts two cells, as a run of spaces does ({@code gap} 2), and the split places them.
 */
final class LabelPiecesApart {
    private LabelPiecesApart() {
    }

    /** The code of the note on a row whose line was parted so. */
    static final String CODE = "label-piece-apart";

    /** How many lines apart two lines of one wrapped label may be printed (blank lines and a row's line between). */
    private static final int REACH = 3;

    /**
     * The lines with the space after each such label piece widened to a run of spaces; the same list when none is.
     *
     * @param lines the text's lines, in order
     * @param parted where the numbers of the lines parted go
     */
    static List<SpacedRows.Line> apart(List<SpacedRows.Line> lines, java.util.Set<Integer> parted) {
        List<SpacedRows.Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            SpacedRows.Line l = lines.get(i);
            List<SpacedRows.Token> toks = l.tokens();
            List<SpacedRows.Token> changed = null;
            for (int k = 1; k < toks.size(); k++) {
                if (toks.get(k).gap() != 1 || !labelPiece(lines, i, toks.get(k - 1))) {
                    continue;
                }
                if (changed == null) {
                    changed = new ArrayList<>(toks);
                }
                SpacedRows.Token t = toks.get(k);
                changed.set(k, new SpacedRows.Token(t.text(), t.column(), 2));
            }
            if (changed != null) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new SpacedRows.Line(l.number(), changed, l.page()));
                parted.add(l.number());
            }
        }
        return out == null ? lines : out;
    }

    /**
     * Whether token {@code t} of line {@code i} is a piece of a category label wrapped at its start: with some of the
     * words printed at its start on the lines just above and below, in order, it spells a category's whole label.
     */
    static boolean labelPiece(List<SpacedRows.Line> lines, int i, SpacedRows.Token t) {
        String k = Text.key(t.text());
        if (k.isEmpty() || k.length() > 8 || !k.codePoints().allMatch(Character::isIdeographic)) {
            return false;
        }
        List<String> up = stack(lines, i, t.column(), -1);
        List<String> down = stack(lines, i, t.column(), 1);
        if (up.isEmpty() && down.isEmpty()) {
            return false;
        }
        // the nearest words first: a label's pieces, maybe after the end of the label above (标) or before the next
        for (int a = 0; a <= up.size(); a++) {
            StringBuilder head = new StringBuilder();
            for (int u = a - 1; u >= 0; u--) {
                head.append(up.get(u));
            }
            StringBuilder text = new StringBuilder(head).append(k);
            for (int d = 0; d <= down.size(); d++) {
                if (d > 0) {
                    text.append(down.get(d - 1));
                }
                if (a == 0 && d == 0) {
                    continue;
                }
                if (whole(text.toString()) && !whole(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The columns a token takes in {@code pdftotext -layout} text: a character each, wide or not. */
    private static int columns(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean whole(String key) {
        Vocabulary.Category cat = Vocabulary.category(key);
        return cat != null && key.equals(cat.label());
    }

    /**
     * The words printed at {@code column} (within a character) on the lines above ({@code step} -1) or below (1) of line
     * {@code i}, nearest first: on its page, each at most {@link #REACH} lines from the one before, until a line holds a
     * word across that start or a word there that is no label's piece.
     */
    private static List<String> stack(List<SpacedRows.Line> lines, int i, int column, int step) {
        List<String> out = new ArrayList<>();
        int last = lines.get(i).number();
        int page = lines.get(i).page();
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            SpacedRows.Line l = lines.get(j);
            if (l.page() != page || Math.abs(l.number() - last) > REACH) {
                break;
            }
            SpacedRows.Token at = null;
            boolean across = false;
            for (SpacedRows.Token t : l.tokens()) {
                int end = t.column() + columns(t.text()) - 1;
                if (Math.abs(t.column() - column) <= 1) {
                    at = t;
                } else if (t.column() < column && end >= column) {
                    across = true;
                }
            }
            if (across) {
                break;
            }
            if (at == null) {
                continue;
            }
            String k = Text.key(at.text());
            if (k.isEmpty() || k.length() > 8 || !k.codePoints().allMatch(Character::isIdeographic)) {
                break;
            }
            out.add(k);
            last = l.number();
        }
        return out;
    }

    /**
     * Notes each parted line on the row read from it, or else the last row starting above it.
     *
     * @param rows   the rows read
     * @param parted the numbers of the lines parted
     * @param notes  the notes by row, or null
     */
    static void note(List<Row> rows, java.util.NavigableSet<Integer> parted, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        if (parted.isEmpty() || notes == null) {
            return;
        }
        for (int no : parted) {
            Row best = null;
            int bestAt = Integer.MIN_VALUE;
            for (Row r : rows) {
                Integer at = r.at().line();
                if (at != null && at <= no && at > bestAt) {
                    best = r;
                    bestAt = at;
                }
            }
            if (best != null) {
                notes.computeIfAbsent(best, x -> new ArrayList<>()).add(new dev.zhibiao.Diagnostic(CODE, "line " + no
                        + ": a category label's piece one space before the next cell (its label wrapped at its start over the"
                        + " lines around) read as a cell of its own", dev.zhibiao.Locator.line(no)));
            }
        }
    }
}
