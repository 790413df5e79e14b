package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Level-1 and level-2 labels printed in one cell, joined by a dash or a slash ({@code 产出指标—数量指标},
 * {@code 效益指标-社会效益指标}) or on two lines of the cell ({@code 产出指标<br>数量指标}), in one column under one heading word ({@code 绩效指标 | 指标内容 | 指标值}):
 * that column is read as the two level columns it stands for. The heading's cell becomes 一级指标 and
 * 二级指标, each joined cell two cells, and every other row under the heading gets an empty cell after
 * the column, so that the rows keep the heading's grid. A column is taken only where two rows or more
 * hold such a pair whose halves are labels of the shared vocabulary (level 1, then level 2); each split
 * is recorded ({@code cell-split}).
 */
final class LevelPairs {

    private static final Pattern PAIR = Pattern.compile("^(\\S{2,8}?)\\s*[—–―－\\-/／~～]+\\s*(\\S{2,12})$");

    private LevelPairs() {
    }

    /** The two labels of a joined cell, simplified as printed, or null. */
    static String[] pair(String printed) {
        if (printed.length() >= 6 && printed.length() <= 40 && printed.indexOf('\n') > 0) {
            // the two labels on two lines of the cell (产出指标<br>数量指标, a .docx cell's two paragraphs)
            String[] lines = printed.strip().split("\\s*\n\\s*");
            if (lines.length == 2 && Vocabulary.isLevel1Label(lines[0]) && Vocabulary.isLevel2Label(lines[1])
                    && Vocabulary.wholeCategory(lines[0]) != null && Vocabulary.wholeCategory(lines[1]) != null) {
                return new String[] {Text.clean(lines[0]).strip(), Text.clean(lines[1]).strip()};
            }
        }
        if (printed.length() < 6 || printed.length() > 40 || !hasJoiner(printed)) {
            return null; // asked of every cell of every table: no string made for the cells that cannot be one
        }
        String t = Text.clean(printed).strip();
        if (t.length() < 6 || t.length() > 24) {
            return null;
        }
        Matcher m = PAIR.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String a = m.group(1);
        String b = m.group(2);
        return Vocabulary.isLevel1Label(a) && Vocabulary.isLevel2Label(b) ? new String[] {a, b} : null;
    }

    private static final LazyPattern PAIR_THEN_NAME = new LazyPattern("^(\\S{6,24}) (\\S.*)$");
    private static final LazyPattern NAME_THEN_VALUE = new LazyPattern("^(.*\\S) ([≥≤<>=＞＜][0-9０-９].*)$");

    /**
     * A row short of the heading's cells because a cell as wide as its column is printed one space
     * from the next (pdftotext -layout): the joined labels then the name ({@code 满意度指标—服务对象满意度指标
     * 项目区农户满意度}), the name then a value opening with a comparison sign ({@code 新建高标准农田面积 ≥2
     * 万亩}), each cut at that space ({@code cell-split}); other rows as they are.
     */
    private static List<Cell> shortRow(List<Cell> cells, int column, int headingWidth, SheetDraft d) {
        if (cells.size() >= headingWidth || cells.size() <= column) {
            return cells;
        }
        List<Cell> out = new ArrayList<>(cells);
        Cell c = out.get(column);
        Matcher m = c.isEmpty() || pair(c.text()) != null ? null : PAIR_THEN_NAME.get().matcher(Text.clean(c.text()).strip());
        if (m != null && m.matches() && pair(m.group(1)) != null) {
            out.set(column, new Cell(m.group(1), c.at(), c.confidence()));
            out.add(column + 1, new Cell(m.group(2), c.at(), c.confidence()));
            d.diag("cell-split", c.at(), "level labels and name printed in one cell: \"" + c.text().strip() + "\"");
        }
        if (out.size() < headingWidth && out.size() == column + 2 && !out.get(column + 1).isEmpty()) {
            Cell n = out.get(column + 1);
            Matcher v = NAME_THEN_VALUE.get().matcher(Text.clean(n.text()).strip());
            if (v.matches()) {
                out.set(column + 1, new Cell(v.group(1), n.at(), n.confidence()));
                out.add(column + 2, new Cell(v.group(2), n.at(), n.confidence()));
                d.diag("cell-split", n.at(), "name and value printed in one cell: \"" + n.text().strip() + "\"");
            }
        }
        return out;
    }

    private static boolean hasJoiner(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            switch (s.charAt(i)) {
                case '—', '–', '―', '－', '-', '/', '／', '~', '～' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * The table with a column of joined level labels read as two columns, or the table itself.
     *
     * @param table a sheet's table rows
     * @param d     where the splits are recorded
     * @return the rows to read
     */
    static List<Row> split(List<Row> table, SheetDraft d) {
        int column = -1;
        int best = 1;
        int first = -1;
        int width = 0;
        for (Row r : table) {
            width = Math.max(width, r.cells().size());
        }
        int[] counts = new int[width];
        int[] firstAt = new int[width];
        for (int i = 0; i < table.size(); i++) {
            List<Cell> cells = table.get(i).cells();
            for (int j = 0; j < cells.size(); j++) {
                if (!cells.get(j).isEmpty() && pair(cells.get(j).text()) != null) {
                    if (counts[j]++ == 0) {
                        firstAt[j] = i;
                    }
                }
            }
        }
        for (int j = 0; j < width; j++) {
            if (counts[j] > best) {
                best = counts[j];
                column = j;
                first = firstAt[j];
            }
        }
        if (column < 0) {
            return table;
        }
        int heading = -1;
        for (int i = first - 1; i >= 0; i--) {
            Row r = table.get(i);
            if (r.isEmpty()) {
                continue;
            }
            if (r.cells().size() > column && r.cells().stream()
                    .anyMatch(c -> Vocabulary.column(c.text()) == Vocabulary.Column.VALUE)) {
                heading = i;
            }
            break;
        }
        int from = heading >= 0 ? heading : first;
        int headingWidth = heading >= 0 ? table.get(heading).cells().size() : 0;
        List<Row> out = new ArrayList<>(table.subList(0, from));
        for (int i = from; i < table.size(); i++) {
            Row r = table.get(i);
            List<Cell> cells = i == heading ? r.cells() : shortRow(r.cells(), column, headingWidth, d);
            if (cells.size() <= column) {
                out.add(r);
                continue;
            }
            Cell c = cells.get(column);
            List<Cell> now = new ArrayList<>(cells.subList(0, column));
            String[] p = c.isEmpty() ? null : pair(c.text());
            if (i == heading) {
                now.add(new Cell("一级指标", c.at()));
                now.add(new Cell("二级指标", c.at()));
                d.diag("cell-split", c.at(), "heading \"" + c.text().strip()
                        + "\" over level-1 and level-2 labels printed in one cell read as 一级指标 | 二级指标");
            } else if (p != null) {
                now.add(new Cell(p[0], c.at(), c.confidence()));
                now.add(new Cell(p[1], c.at(), c.confidence()));
                d.diag("cell-split", c.at(), "level-1 and level-2 labels printed in one cell: \"" + c.text().strip() + "\"");
            } else {
                now.add(c);
                now.add(new Cell("", c.at()));
            }
            now.addAll(cells.subList(column + 1, cells.size()));
            out.add(new Row(now, r.table(), r.at()));
        }
        return out;
    }
}
