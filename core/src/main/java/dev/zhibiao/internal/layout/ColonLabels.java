package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header cells that print their labels with colons, one or several to a cell, as Word text and web
 * pages do: {@code 项目名称：农村公路养护工程}, {@code 主管部门：某县交通运输局 实施单位：某县公路管理所},
 * {@code 项目资金（万元）：年度资金总额 500 其中：财政拨款 450}. Such a cell is cut into label and value
 * cells, as a table prints them, before the header block is read: at each known label (a header,
 * money-block, money-line or goals label) that stands at the cell's start or after a space and is
 * followed by a colon. A money block's value is cut again into its labels and amounts. Each cut is a
 * {@code cell-split} diagnostic; every character of the cell stays in one of the cells made.
 */
final class ColonLabels {
    private ColonLabels() {
    }

    /**
     * A word ending in a colon, at a cell's start or after white space (the ideographic space too); a
     * money line's {@code 其中：} stays with its label ({@code 其中：财政拨款：2800}).
     */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[\\s\u3000]))((?:其中[:：])?[^\\s\u3000:：]{2,16})[\\s\u3000]*[:：]");
    /** A money line inside a money block's value: a label, then its amount (and unit). */
    private static final LazyPattern MONEY = new LazyPattern(
            "[\\s\u3000]*([^0-9\\s\u3000][^0-9]*?)[\\s\u3000]*([0-9][0-9,]*(?:\\.[0-9]+)?\\s*(?:万元|元|亿元|千元)?)(?=[\\s\u3000]|$)");

    /**
     * @param cells a header row's filled cells
     * @param d     the sheet, for the diagnostics
     * @return the cells with each colon-labelled cell cut into label and value cells; {@code cells}
     *         itself when none is
     */
    static List<Cell> split(List<Cell> cells, SheetDraft d) {
        List<Cell> out = null;
        boolean money = false; // the cell before was a money block's label and value, cut
        for (int i = 0; i < cells.size(); i++) {
            List<String> pieces = pieces(cells.get(i).text());
            List<Cell> cut;
            if (pieces != null) {
                // 填报单位：某县教育局 单位：万元 in one cell: the unit states the money's, the rest is cut
                boolean unitFirst = unit(pieces.get(0));
                d.fundingUnit = ProjectBudgetRows.unitStatement(Text.key(pieces.get(unitFirst ? 0 : 1)));
                cut = cut(new Cell(pieces.get(unitFirst ? 1 : 0), cells.get(i).at()));
            } else {
                cut = cut(cells.get(i));
            }
            if (cut == null && money) {
                // the block's value going on in the next cell (an unruled PDF parts 年度资金总额 1500 |
                // 其中：财政拨款 1200 其他资金 300 at a wide gap): its labels and amounts too, else
                // 财政拨款1200其他资金 was read as one label with the amount 300
                List<String> more = money(cells.get(i).text().strip());
                if (more != null) {
                    cut = new ArrayList<>();
                    for (String v : more) {
                        cut.add(new Cell(v, cells.get(i).at()));
                    }
                }
            }
            money = cut != null && cut.stream().anyMatch(c -> MoneyVocabulary.isFundingLabel(c.text()));
            if (cut != null && out == null) {
                out = new ArrayList<>(cells.subList(0, i));
            }
            if (out != null) {
                if (cut != null) {
                    d.diag("cell-split", cells.get(i).at(), "labels and values printed in one cell with colons: \""
                            + cells.get(i).text() + "\"");
                    out.addAll(cut);
                } else {
                    out.add(cells.get(i));
                }
            }
        }
        return out == null ? cells : out;
    }

    /** A last piece after white space that may be a unit statement ({@code … 单位：万元}; {@link #unit} decides). */
    private static final Pattern UNIT_LAST = Pattern.compile("[\\s\u3000]([^\\s\u3000]*单位[\\s\u3000]*[:：][\\s\u3000]*[^\\s\u3000]+)$");
    /** A first piece before white space that may be a unit statement ({@code 单位：万元 …}). */
    private static final Pattern UNIT_FIRST = Pattern.compile("^([^\\s\u3000]*单位[\\s\u3000]*[:：][\\s\u3000]*[^\\s\u3000]+)[\\s\u3000]");

    /**
     * The lines between a sheet's title and its table, a line printed as several pieces cut into one
     * row each: {@code 填报单位（盖章）：某县卫生健康局　　　　单位：万元} is the party and the unit statement
     * of the sheet's money, not one party whose value runs on into the unit. A line is cut only when it
     * holds a unit statement as a piece of its own and every other piece is a colon label with its value
     * ({@link #cut}); each cut is a {@code cell-split} diagnostic.
     *
     * @param before the lines, as rows
     * @param d      the sheet, for the diagnostics
     * @return the rows, a cut line replaced by its pieces; {@code before} itself when none is cut
     */
    static List<Row> linePieces(List<Row> before, SheetDraft d) {
        List<Row> out = null;
        for (int i = 0; i < before.size(); i++) {
            Row r = before.get(i);
            List<String> pieces = pieces(r.text());
            if (pieces != null && out == null) {
                out = new ArrayList<>(before.subList(0, i));
            }
            if (pieces == null) {
                if (out != null) {
                    out.add(r);
                }
                continue;
            }
            d.diag("cell-split", r.at(), "line printed as pieces parted by spaces: \"" + r.text().strip() + "\"");
            for (String p : pieces) {
                out.add(new Row(List.of(new Cell(p, r.at())), r.table(), r.at()));
            }
        }
        return out == null ? before : out;
    }

    /** A line's pieces when it is a unit statement beside colon labels; null otherwise. */
    private static List<String> pieces(String line) {
        String t = line.strip();
        if (t.indexOf('单') < 0 || t.indexOf('：') < 0 && t.indexOf(':') < 0) {
            return null;
        }
        Matcher last = UNIT_LAST.matcher(t);
        if (last.find() && unit(last.group(1))) {
            String rest = t.substring(0, last.start()).strip();
            return cut(new Cell(rest, null)) == null ? null : List.of(rest, last.group(1));
        }
        Matcher first = UNIT_FIRST.matcher(t);
        if (first.find() && unit(first.group(1))) {
            String rest = t.substring(first.end()).strip();
            return cut(new Cell(rest, null)) == null ? null : List.of(first.group(1), rest);
        }
        return null;
    }

    /** Whether a piece is a unit statement as the money block reads one ({@link ProjectBudgetRows#unitStatement}). */
    private static boolean unit(String piece) {
        return ProjectBudgetRows.unitStatement(Text.key(piece)) != null;
    }

    private static boolean known(String label) {
        label = Vocabulary.withoutStampNote(label);
        return Vocabulary.isKnownHeaderLabel(label) || MoneyVocabulary.isFundingLabel(label) || Vocabulary.isGoalsLabel(label)
                || MoneyVocabulary.isMoneyLabel(label) && Vocabulary.labelKey(label).length() >= 4;
    }

    /**
     * The cell's label and value cells, or null when it does not start with a known label and a colon
     * or holds nothing else.
     */
    static List<Cell> cut(Cell c) {
        String t = c.text();
        if (t.indexOf('：') < 0 && t.indexOf(':') < 0) {
            return null;
        }
        Matcher m = LABEL.matcher(t);
        List<int[]> at = new ArrayList<>(); // label start, label end, value start
        while (m.find()) {
            if (known(m.group(1))) {
                at.add(new int[] {m.start(1), m.end(1), m.end()});
            }
        }
        if (at.isEmpty() || !t.substring(0, at.get(0)[0]).isBlank()) {
            return null;
        }
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            // 填报单位（盖章）: the note tells the filler to stamp the form; the label is 填报单位
            String label = Vocabulary.withoutStampNote(t.substring(at.get(k)[0], at.get(k)[1]));
            String value = t.substring(at.get(k)[2], k + 1 < at.size() ? at.get(k + 1)[0] : t.length()).strip();
            out.add(new Cell(label, c.at()));
            if (value.isEmpty()) {
                continue;
            }
            List<String> money = MoneyVocabulary.isFundingLabel(label) ? money(value) : null;
            if (money != null) {
                for (String v : money) {
                    out.add(new Cell(v, c.at()));
                }
            } else {
                out.add(new Cell(value, c.at()));
            }
        }
        return out.size() < 2 ? null : out; // a label alone with its colon (年度金额:) is a cell as printed
    }

    /** A money block's value cut into label, amount, label, amount …; null unless it is only that. */
    static List<String> money(String value) {
        Matcher m = MONEY.get().matcher(value);
        List<String> out = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            out.add(Text.clean(m.group(1)));
            out.add(m.group(2).strip());
            end = m.end();
        }
        return end == value.length() && !out.isEmpty() ? out : null;
    }
}
