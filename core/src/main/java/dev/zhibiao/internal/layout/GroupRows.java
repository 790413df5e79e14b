package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Levels printed as group rows over their indicators, as many 专项资金 and 部门整体 forms print them:
 *
 * <pre>
 * 绩效指标       | 指标内容           | 指标值     | 备注
 * 一、产出指标   |                    |            |
 * （一）数量指标 |                    |            |
 *                | 1.培训人次         | ≥3000人次  |
 * （二）质量指标 |                    |            |
 *                | 2.培训合格率       | ≥95%       |
 * </pre>
 *
 * A group row holds one text alone (in its first cell, or repeated across a row of merged cells):
 * a category label of the shared vocabulary, numbered as an outline ({@code 一、}, {@code （一）},
 * {@code 1.}) or not. Its level is its numbering's: the first style printed is level 1, another
 * style level 2 (so {@code （四）成本指标} is level 2 under {@code 一、产出指标}); an unnumbered label is
 * the level the vocabulary gives it. The heading's lead column ({@code 绩效指标}, empty on every
 * indicator row) is read as 一级指标 | 二级指标, or, where the heading prints no lead column and
 * its first column names the indicators, the two level columns are put before it; each indicator
 * row gets the labels of the group rows above it, and the group rows themselves are not passed on
 * (their text is in the rows' level cells; a group row with no indicator under it stays in its
 * column). Taken only where the heading names a value column and no level column, two group rows
 * or more are printed, one of level 1, and the first row under the heading is a group row. Each
 * table so read is recorded ({@code group-rows-read}).
 */
final class GroupRows {
    /** The diagnostic code of a table read so. */
    static final String CODE = "group-rows-read";

    private GroupRows() {
    }

    /** A group row's level and label, or null for any other row. */
    private record Group(int level, String label) {
    }

    /**
     * The table with its group rows read as level columns, or the table itself.
     *
     * @param table a sheet's table rows
     * @param d     where the reading is recorded
     * @return the rows to read
     */
    static List<Row> read(List<Row> table, SheetDraft d) {
        int heading = -1;
        for (int i = 0; i < table.size() && heading < 0; i++) {
            if (isHeading(table.get(i))) {
                heading = i;
            }
        }
        if (heading < 0 || heading + 1 >= table.size()) {
            return table;
        }
        List<Cell> head = table.get(heading).cells();
        int lead = -1;
        for (int j = 0; j < head.size() && lead < 0; j++) {
            if (!head.get(j).isEmpty() && Vocabulary.column(head.get(j).text()) == Column.LEAD) {
                lead = j;
            }
        }
        Column first = head.isEmpty() ? null : Vocabulary.column(head.get(0).text());
        if (lead < 0 && first != Column.NAME && first != Column.DESCRIPTION) {
            return table;
        }
        // the groups: levels by numbering style (first style seen is level 1), else by the vocabulary
        List<String> styles = new ArrayList<>();
        Group[] groups = new Group[table.size()];
        int count = 0;
        boolean level1 = false;
        boolean openHasL2 = false;
        for (int i = heading + 1; i < table.size(); i++) {
            Group g = group(table.get(i), styles, openHasL2);
            if (g == null) {
                continue;
            }
            groups[i] = g;
            count++;
            level1 |= g.level() == 1;
            openHasL2 = g.level() == 2;
            if (g.level() == 1) {
                openHasL2 = false;
            }
        }
        if (count < 2 || !level1 || groups[heading + 1] == null) {
            return table;
        }
        // indicator rows under the groups: the lead column empty (where the heading prints one)
        int indicators = 0;
        for (int i = heading + 1; i < table.size(); i++) {
            Row r = table.get(i);
            if (groups[i] == null && !r.isEmpty()) {
                if (lead >= 0 && lead < r.cells().size() && !r.cells().get(lead).isEmpty()) {
                    break;
                }
                indicators++;
            }
        }
        if (indicators == 0) {
            return table;
        }
        List<Row> out = new ArrayList<>(table.subList(0, heading));
        Row h = table.get(heading);
        int at = lead >= 0 ? lead : 0;
        List<Cell> nh = new ArrayList<>(head.subList(0, at));
        Cell hc = head.isEmpty() ? new Cell("", h.at()) : head.get(at);
        nh.add(new Cell("一级指标", hc.at()));
        nh.add(new Cell("二级指标", hc.at()));
        nh.addAll(head.subList(lead >= 0 ? at + 1 : at, head.size()));
        out.add(new Row(nh, h.table(), h.at()));
        String l1 = "";
        String l2 = "";
        Row l1Row = null;
        Row l2Row = null;
        boolean l1Used = true;
        boolean l2Used = true;
        boolean inside = true;
        List<String> read = new ArrayList<>();
        for (int i = heading + 1; i < table.size(); i++) {
            Row r = table.get(i);
            Group g = inside ? groups[i] : null;
            if (g != null) {
                if (g.level() == 1) {
                    flushUnused(out, l2Row, l2Used, at, lead, 2, l1);
                    flushUnused(out, l1Row, l1Used, at, lead, 1, "");
                    l1 = g.label();
                    l2 = "";
                    l1Row = r;
                    l2Row = null;
                    l1Used = false;
                    l2Used = true;
                } else {
                    flushUnused(out, l2Row, l2Used, at, lead, 2, l1);
                    l2 = g.label();
                    l2Row = r;
                    l2Used = false;
                }
                read.add("\"" + printed(r) + "\"");
                continue;
            }
            List<Cell> cells = r.cells();
            if (inside && !r.isEmpty() && lead >= 0 && lead < cells.size() && !cells.get(lead).isEmpty()) {
                inside = false; // a row under the groups that fills the lead column ends them
            }
            List<Cell> now = new ArrayList<>(cells.subList(0, Math.min(at, cells.size())));
            if (inside && !r.isEmpty()) {
                now.add(new Cell(l1, r.at()));
                now.add(new Cell(l2, r.at()));
                l1Used = true;
                l2Used = true;
            } else if (lead >= 0 && lead < cells.size()) {
                now.add(cells.get(lead));
                now.add(new Cell("", r.at()));
            } else {
                now.add(new Cell("", r.at()));
                now.add(new Cell("", r.at()));
            }
            if (cells.size() > at) {
                now.addAll(cells.subList(lead >= 0 ? at + 1 : at, cells.size()));
            }
            out.add(new Row(now, r.table(), r.at()));
        }
        flushUnused(out, l2Row, l2Used, at, lead, 2, l1);
        flushUnused(out, l1Row, l1Used, at, lead, 1, "");
        boolean numbered = unnumber(out, heading, at + 2, styles);
        d.diag(CODE, table.get(heading + 1).at(), "levels printed as group rows over their indicators (" + String.join(", ", read)
                + ") read as the 一级指标 | 二级指标 columns of the rows under them"
                + (numbered ? "; the indicators' outline numbers (1. 2. …) left out of their names" : ""));
        return out;
    }

    /**
     * The indicators' own outline numbers ({@code 1.乡村实用人才培训人次}) left out of their names, where
     * every indicator row's name is so numbered, in a style none of the groups print, counting up
     * (by one, or from 1 again); otherwise the names stay as printed.
     *
     * @return whether the numbers were left out
     */
    private static boolean unnumber(List<Row> out, int heading, int name, List<String> styles) {
        List<Integer> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int previous = 0;
        for (int i = heading + 1; i < out.size(); i++) {
            List<Cell> cells = out.get(i).cells();
            if (cells.size() <= name || cells.get(name - 2).isEmpty() || cells.get(name).isEmpty()) {
                continue; // no level given (a row below the groups), or no name (a group row kept)
            }
            Matcher m = OutlineRows.NUMBERED.matcher(Text.clean(cells.get(name).text()).strip());
            if (!m.matches() || m.group(2) == null) {
                return false;
            }
            String digits = m.group(2).replaceAll("[^0-9]", "");
            if (digits.isEmpty() || styles.contains("1")) {
                return false;
            }
            int n = Integer.parseInt(digits);
            if (n != previous + 1 && n != 1) {
                return false;
            }
            previous = n;
            rows.add(i);
            names.add(m.group(3).strip());
        }
        if (rows.isEmpty()) {
            return false;
        }
        for (int k = 0; k < rows.size(); k++) {
            Row r = out.get(rows.get(k));
            List<Cell> cells = new ArrayList<>(r.cells());
            cells.set(name, cells.get(name).withText(names.get(k)));
            out.set(rows.get(k), new Row(cells, r.table(), r.at()));
        }
        return true;
    }

    /** A group row that no indicator row followed: passed on with its label in its level's column. */
    private static void flushUnused(List<Row> out, Row r, boolean used, int at, int lead, int level, String l1) {
        if (r == null || used) {
            return;
        }
        List<Cell> now = new ArrayList<>();
        for (int j = 0; j < at; j++) {
            now.add(new Cell("", r.at()));
        }
        Cell c = null;
        for (Cell x : r.cells()) {
            if (!x.isEmpty()) {
                c = x;
                break;
            }
        }
        now.add(level == 1 ? c : new Cell(l1, r.at()));
        now.add(level == 2 ? c : new Cell("", r.at()));
        int rest = Math.max(0, r.cells().size() - at - (lead >= 0 ? 1 : 0));
        for (int j = 0; j < rest; j++) {
            now.add(new Cell("", r.at()));
        }
        out.add(new Row(now, r.table(), r.at()));
    }

    /** A group row's text as printed once (a merged row repeats it in each cell). */
    private static String printed(Row r) {
        for (Cell c : r.cells()) {
            if (!c.isEmpty()) {
                return Text.clean(c.text()).strip();
            }
        }
        return "";
    }

    /** A heading naming a value column and indicators (lead, name or content) and no level column. */
    private static boolean isHeading(Row r) {
        boolean value = false;
        boolean names = false;
        List<Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) { // indexed: asked of every row, an iterator each was allocation
            Cell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            Column col = Vocabulary.column(c.text());
            if (col == Column.L1 || col == Column.L2) {
                return false;
            }
            value |= col == Column.VALUE;
            names |= col == Column.LEAD || col == Column.NAME || col == Column.DESCRIPTION;
        }
        return value && names;
    }

    /**
     * The group a row prints: one text alone (or the same text in every filled cell, a merged row),
     * a category label, numbered or not; null for any other row.
     */
    private static Group group(Row r, List<String> styles, boolean openHasL2) {
        String text = null;
        for (Cell c : r.cells()) {
            if (c.isEmpty()) {
                continue;
            }
            String t = Text.clean(c.text()).strip();
            if (text != null && !text.equals(t)) {
                return null;
            }
            text = t;
        }
        if (text == null || text.length() > 24) {
            return null;
        }
        Matcher m = OutlineRows.NUMBERED.matcher(text);
        String label = m.matches() ? m.group(3).strip() : text;
        Vocabulary.Category cat = Vocabulary.wholeCategory(label);
        if (cat == null) {
            return null;
        }
        int level;
        if (m.matches()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            String style = (m.group(1) != null ? "(" : "") + (number.replaceAll("[^0-9]", "").isEmpty() ? "一" : "1");
            if (!styles.contains(style)) {
                if (styles.size() == 2) {
                    return null; // a third style: an outline deeper than the two levels
                }
                styles.add(style);
            }
            level = styles.indexOf(style) + 1;
        } else {
            level = cat.level() == Vocabulary.Level.L1 ? 1 : cat.level() == Vocabulary.Level.L2 || openHasL2 ? 2 : 1;
        }
        boolean fits = level == 1 ? Vocabulary.isLevel1Label(label) : Vocabulary.isLevel2Label(label);
        return fits ? new Group(level, label) : null;
    }
}
