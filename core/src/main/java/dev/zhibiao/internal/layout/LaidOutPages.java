package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.LaidOutTable.Line;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The later pages of a laid-out table that pdftotext {@code -layout} printed on a grid short of
 * columns, placed again by their category labels ({@link #shiftedPages}); moved out of
 * {@link LaidOutTable} unchanged.
 */
final class LaidOutPages {
    private LaidOutPages() {
    }

    /**
     * The pages of a table placed again by their labels.
     *
     * @param lines by line number, the lines of those pages as placed again
     * @param pages by each such page's first line number, how many columns right its cells were placed
     * @param ownColumns the first line numbers of such pages whose content cells were then placed by the page's own
     *                   groups of starts ({@link PageOwnColumns})
     */
    record Shifted(Map<Integer, Line> lines, Map<Integer, Integer> pages, Set<Integer> ownColumns) {
    }

    /**
     * The lines of a table's later pages printed on a grid short of columns: pdftotext {@code -layout} lays out each
     * page on a grid of its own, and a column empty on a page (the lead 绩效指标 and the merged 一级 cell printed on
     * the page before) takes no room there, so every cell of the page stands one column or more left of its column.
     * What says so is the category labels of the shared vocabulary on the page: where each whole label of one level
     * ({@link Vocabulary#isLevel1Label} or {@link Vocabulary#isLevel2Label}, not both) starts nearest the usual start
     * (on the table's first page) of a column the same number of columns left of its level's column, and none at
     * its own, every cell of the page is placed by its start that many columns to the right, each right of the cell
     * before it on its line (a packed cell's start is no better than its order; a start as near two columns takes the
     * right one, the page's cells standing left of their own columns), and a text that is no label
     * ({@link #labelLike}) right of the label columns. A column with no
     * cell on the first page takes its heading word's start. The name column's usual start is the left of two when
     * its cells split evenly between two starts, as {@link LaidOutTable#realigned} takes it: a short qualitative
     * value read under the name on the first page (按文件完成补助) stands right of the names, and taken as the name's
     * start it put the next page's value (有效缓解, nearest the names' own start) into the name.
     *
     * @param heading where each heading word starts, or null
     * @return the lines of such pages placed again, and each such page's first line with its shift
     */
    static Shifted shiftedPages(List<Line> lines, List<ColumnFit.Role> roles, int[] heading) {
        int width = roles.size();
        int l1 = roles.indexOf(ColumnFit.Role.L1);
        int l2 = roles.indexOf(ColumnFit.Role.L2);
        Map<Integer, Line> out = new HashMap<>();
        Map<Integer, Integer> moved = new HashMap<>();
        Set<Integer> ownColumns = new HashSet<>();
        if (lines.isEmpty() || l1 < 0 && l2 < 0) {
            return new Shifted(out, moved, Set.of());
        }
        int page0 = lines.get(0).page();
        List<Line> firstLines = lines.stream().filter(l -> l.page() == page0).toList();
        int[] usual = ColumnStarts.usualStarts(firstLines, width, roles.indexOf(ColumnFit.Role.NAME), heading);
        for (int c = 0; c < width; c++) {
            if (usual[c] < 0) {
                List<Integer> xs = ColumnStarts.starts(firstLines, c, false);
                usual[c] = !xs.isEmpty() ? xs.get(0) : heading != null && heading.length == width ? heading[c] : -1;
            }
        }
        int firstPage = page0;
        if (heading != null && heading.length == width && Arrays.stream(heading).allMatch(x -> x >= 0)
                && shiftOf(firstLines, heading, l1, l2, width, false) > 0) {
            // the heading printed at a page's foot, the rows on the next page, short of columns: placed on the heading's grid
            usual = heading.clone();
            firstPage = Integer.MIN_VALUE;
        }
        Map<Integer, List<Line>> pages = new TreeMap<>();
        for (Line l : lines) {
            if (l.page() != firstPage) {
                pages.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
            }
        }
        int h = TwiceLines.secondHalf(roles);
        int halfWidth = h - (roles.get(0) == ColumnFit.Role.LEAD ? 1 : 0);
        for (List<Line> page : pages.values()) {
            int shift = shiftOf(page, usual, l1, l2, width, false, h, halfWidth);
            if (shift <= 0) {
                shift = shiftOf(page, usual, l1, l2, width, true, h, halfWidth);
            }
            if (shift <= 0) {
                continue;
            }
            moved.put(page.get(0).number(), shift);
            List<Line> placed = new ArrayList<>();
            for (Line l : page) {
                placed.add(placedAgain(l, usual, shift, roles));
            }
            List<Line> own = firstPage == page0 ? PageOwnColumns.placed(firstLines, placed, roles) : null;
            if (own != null) {
                ownColumns.add(page.get(0).number()); // closed up unevenly: its content cells by the page's own starts
                placed = own;
            }
            for (int i = 0; i < page.size(); i++) {
                out.put(page.get(i).number(), placed.get(i) != null ? placed.get(i) : page.get(i));
            }
        }
        return new Shifted(out, moved, ownColumns);
    }

    /**
     * A line of a page placed again by its labels ({@link #shiftedPages}): its cells each placed by its start {@code shift}
     * columns right, right of the cell before it; or null when that would put two of its cells into the table's last
     * column (cells pushed past the table's end): such a line has a cell in every column from its first one on, as the
     * split read them, and no room to stand further right (a packed row at a page's head, 满意度指标 | 服务对象满意度指标 |
     * 政策知晓率 | 普遍知晓, printed from the margin while the page's wrapped name above it stands where it should).
     */
    private static Line placedAgain(Line l, int[] usual, int shift, List<ColumnFit.Role> roles) {
        int width = roles.size();
        String[] texts = new String[width];
        int[] starts = new int[width];
        Arrays.fill(starts, -1);
        int last = -1;
        for (int c = 0; c < width; c++) {
            String t = l.texts()[c];
            if (t == null) {
                continue;
            }
            int x = l.starts()[c];
            // packed, a cell's x is no better than the cell before it: cells stay in their order along the line
            // as near two columns, the right one: the page's cells stand left of their own columns' starts
            int[] near = x < 0 ? null : nearestColumns(usual, x);
            int pick = near == null ? -1 : near[near.length - 1];
            if (near != null && near.length > 1 && !labelLike(t) && !LaidOutTable.isLabel(roles.get(c)) && near[0] + shift < width
                    && roles.get(near[0] + shift) == ColumnFit.Role.NAME) {
                pick = near[0]; // as near a label column as the names', a text no label is: the names' (作积极性, a name's last line)
            }
            int want = Math.max(last + 1, x < 0 ? c : pick + shift);
            int to = Math.min(width - 1, want);
            while (to < width - 1 && LaidOutTable.isLabel(roles.get(to)) && !labelLike(t)) {
                to++; // the page's labels are known: a text that is none goes right of the label columns
            }
            to = inLabels(t, LaidOutTable.isLabel(roles.get(c)), to, last, roles);
            if (want > width - 1 && texts[width - 1] != null) {
                return null;
            }
            last = to;
            LaidOutTable.put(texts, starts, to, t, x);
        }
        return new Line(l.number(), texts, starts, l.page());
    }

    /**
     * Where a page placed by its labels ({@link #shiftedPages}) puts a label or a piece of one: in the label columns,
     * never right of them. The page is placed by where its labels stand, so a lone level-2 label (质量指标 on a line of
     * its own) or a label's wrapped piece (可持续影响指 / 标) is no name nor value: a label word ({@link TwiceLines#labelWord})
     * that the split read in a label column, or a label's short tail read elsewhere (标, 度指标: three characters or
     * fewer ending in 标; not a label's middle such as 影响, which ends many a wrapped name), whose start is as near a column after
     * the labels (a first page whose name column's usual start is a label's 标 read as a name) goes to the last label
     * column right of the cell before it; a text that is none, or a line with no label column free, stays.
     *
     * @param inLabel whether the split read the text in a label column
     * @param to      the column its start gives it
     * @param last    the column of the line's cell before it (-1: none)
     */
    static int inLabels(String t, boolean inLabel, int to, int last, List<ColumnFit.Role> roles) {
        String key = Text.key(t);
        if (LaidOutTable.isLabel(roles.get(to)) || !TwiceLines.labelWord(t) || !inLabel && (key.length() > 3 || !key.endsWith("标"))) {
            return to;
        }
        int lastLabel = -1;
        int h = TwiceLines.secondHalf(roles);
        int end = h > 0 && to < h ? h : roles.size(); // a heading printed twice: the label columns of the half it stands in
        for (int k = 0; k < end; k++) {
            if (LaidOutTable.isLabel(roles.get(k)) && roles.get(k) != ColumnFit.Role.LEAD) {
                lastLabel = k;
            }
        }
        return lastLabel > last && lastLabel < to ? lastLabel : to;
    }

    /**
     * How many columns right a later page's cells stand from their own, by its category labels, or 0 when the labels
     * do not agree on one shift of a column or more (or the page holds none). A label of one level says its shift; a
     * label of both levels (满意度指标) allows either, and counts when a label of one level agrees with one of them. A
     * label cut over two lines of its column around another cell (服务对象满意 / 度指标, printed from one start with a
     * line between or none) is read joined. A label as near two columns' starts says either shift. When the labels
     * say no shift so, a second reading ({@code byOrder}) takes a label of both levels that stands two columns or
     * more left of a level-2-only label on its page as the level-1 label, when that says a shift of one column or
     * more (a page short of its lead column: 满意度指标 at the margin, 可持续影响指标 between the lead's and 一级's starts).
     */
    private static int shiftOf(List<Line> page, int[] usual, int l1, int l2, int width, boolean byOrder) {
        return shiftOf(page, usual, l1, l2, width, byOrder, -1, 0);
    }

    /**
     * As {@link #shiftOf(List, int[], int, int, int, boolean)}, for a heading printed twice side by side (the two periods
     * of a gov form: {@link TwiceLines#secondHalf} {@code h}, each half {@code halfWidth} columns; {@code h} -1: not printed
     * twice): a label standing right of its level's column of the first half is measured against that column's twin in
     * the second half, the half it is printed in. A later page short of the lead column is closed up as a whole, so the
     * second half's labels stand as far left of their own columns as the first half's (效益指标 of the second half
     * nearest the first half's values, one column left of the second half's level-1 column), and measured against the
     * first half's columns they said a shift of their own and no page of such a form was ever placed by its labels.
     */
    private static int shiftOf(List<Line> page, int[] usual, int l1, int l2, int width, boolean byOrder, int h, int halfWidth) {
        List<String> labels = new ArrayList<>();
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Line l = page.get(i);
            for (int c = 0; c < width; c++) {
                String t = l.texts()[c];
                if (t == null || l.starts()[c] < 0) {
                    continue;
                }
                String label = Vocabulary.isLevel1Label(t) || Vocabulary.isLevel2Label(t) ? t : joinedBelow(page, i, c);
                if (label != null) {
                    labels.add(label);
                    xs.add(l.starts()[c]);
                }
            }
        }
        int shift = 0;
        boolean agree = true;
        List<int[]> either = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            int x = xs.get(k);
            boolean one = Vocabulary.isLevel1Label(label);
            boolean two = Vocabulary.isLevel2Label(label);
            int[] at = nearestColumns(usual, x);
            if (byOrder && one && two && at.length == 1 && l1 >= 0 && l1 - at[0] > 0 && leftOfLevelTwo(labels, xs, x)) {
                two = false; // 满意度指标 left of a level-2 label on its page, short of its column, is the level-1 label
            }
            if (at.length == 0 || !one && !two) {
                continue;
            }
            if (one && two) {
                either.add(new int[] {l1 < 0 ? -1 : ofHalf(l1, at[0], h, halfWidth) - at[0], l2 < 0 ? -1 : ofHalf(l2, at[0], h, halfWidth) - at[0]});
                continue;
            }
            if ((one ? l1 : l2) < 0) {
                continue;
            }
            if (at.length > 1) { // as near two columns: either shift
                either.add(new int[] {ofHalf(one ? l1 : l2, at[0], h, halfWidth) - at[0], ofHalf(one ? l1 : l2, at[1], h, halfWidth) - at[1]});
                continue;
            }
            int s = ofHalf(one ? l1 : l2, at[0], h, halfWidth) - at[0];
            agree &= s > 0 && (shift == 0 || s == shift);
            shift = s;
        }
        if (!agree) {
            return 0;
        }
        for (int[] e : either) {
            if (shift > 0 && e[0] != shift && e[1] != shift) {
                return 0;
            }
        }
        return shift;
    }

    /**
     * Whether a line holds a whole row as the split read it, in a table of the labels, the name and the value only (the
     * fiscal form's; templates t01-split-10pt-w80, with 指标性质, 度量单位 and 分值 besides, lost a row): a cell in every column but the lead, one each, its level-1
     * column a level-1 label and its level-2 column a level-2 label of the vocabulary (满意度指标 | 服务对象满意度指标 |
     * 政策知晓率 | ≥95.00(%)). On a later page pdftotext {@code -layout} lays out on a grid of its own (a table's last row
     * alone on a page, printed narrower), such a line keeps the split's columns: the table's usual starts moved the
     * name into the level-2 column and the value into the name's.
     */
    static boolean wholeRow(Line l, List<ColumnFit.Role> roles) {
        int l1 = roles.indexOf(ColumnFit.Role.L1);
        int l2 = roles.indexOf(ColumnFit.Role.L2);
        if (l1 < 0 || l2 < 0 || !roles.contains(ColumnFit.Role.NAME) || !roles.contains(ColumnFit.Role.VALUE)) {
            return false;
        }
        for (ColumnFit.Role r : roles) {
            if (r != ColumnFit.Role.LEAD && r != ColumnFit.Role.L1 && r != ColumnFit.Role.L2 && r != ColumnFit.Role.NAME
                    && r != ColumnFit.Role.VALUE) {
                return false; // narrow columns besides (指标性质, 度量单位, 分值): the split of a full line is no surer there
            }
        }
        for (int c = 0; c < roles.size(); c++) {
            String t = l.texts()[c];
            boolean filled = t != null && !t.isBlank();
            if (roles.get(c) != ColumnFit.Role.LEAD && !filled) {
                return false;
            }
        }
        return Vocabulary.isLevel1Label(l.texts()[l1]) && Vocabulary.isLevel2Label(l.texts()[l2])
                && !Vocabulary.isLevel1Label(l.texts()[l2]) || Vocabulary.isLevel1Label(l.texts()[l1])
                && Vocabulary.isLevel2Label(l.texts()[l2]) && !Vocabulary.isLevel2Label(l.texts()[l1]);
    }

    /**
     * The lines of a later page's rows (not the table's first page) whose category label is wrapped round them: a line
     * with a name and a value as the split read them, its other label column empty or holding a label of that column's
     * level, in a table of the labels, the name and the value only ({@link #wholeRow}'s), between a line just above and
     * a line just below (one or two lines away, on its page) that each hold one text only, the two joined a whole label
     * of the vocabulary of one level only (服务对象满意度指 | 满意度指标 工作满意度 ≥85.00(%) | 标; 可持续影响指 | 相关保障政策与政府承受能力相适应
     * 不超过政府承受能力 | 标). A browser prints a merged label cell of one row at the row's middle, its wrapped halves above
     * and below the row's line; pdftotext {@code -layout} lays out such a later page on a grid of its own, narrower,
     * where the table's usual starts put the value into the name and the name into the level-2 column. Such a row keeps
     * the split's columns and the label's halves go into their level's column.
     *
     * @return by line number, the lines placed so: the row's line as the split read it, the label's halves in their column
     */
    static Map<Integer, Line> labelRoundRows(List<Line> lines, List<ColumnFit.Role> roles) {
        Map<Integer, Line> out = new HashMap<>();
        int l1 = roles.indexOf(ColumnFit.Role.L1);
        int l2 = roles.indexOf(ColumnFit.Role.L2);
        int name = roles.indexOf(ColumnFit.Role.NAME);
        int value = roles.indexOf(ColumnFit.Role.VALUE);
        if (lines.isEmpty() || l1 < 0 || l2 < 0 || name < 0 || value < 0 || roles.stream().anyMatch(r -> r != ColumnFit.Role.LEAD
                && r != ColumnFit.Role.L1 && r != ColumnFit.Role.L2 && r != ColumnFit.Role.NAME && r != ColumnFit.Role.VALUE)) {
            return out;
        }
        int page0 = lines.get(0).page();
        for (int i = 1; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line up = lines.get(i - 1);
            Line down = lines.get(i + 1);
            if (l.page() == page0 || up.page() != l.page() || down.page() != l.page() || l.number() - up.number() > 2
                    || down.number() - l.number() > 2 || !filled(l.texts()[name]) || !filled(l.texts()[value])) {
                continue;
            }
            int a = onlyText(up);
            int b = onlyText(down);
            if (a < 0 || b < 0) {
                continue;
            }
            String joined = up.texts()[a] + down.texts()[b];
            boolean one = Vocabulary.isLevel1Label(joined);
            boolean two = Vocabulary.isLevel2Label(joined);
            if (one == two) {
                continue; // no label, or a label of either level
            }
            int at = one ? l1 : l2;
            int other = one ? l2 : l1;
            String o = l.texts()[other];
            if (filled(l.texts()[at]) || filled(o) && !(one ? Vocabulary.isLevel2Label(o) : Vocabulary.isLevel1Label(o))) {
                continue;
            }
            out.put(l.number(), l);
            out.put(up.number(), alone(up, a, at));
            out.put(down.number(), alone(down, b, at));
        }
        return out;
    }

    /**
     * Where a later page's own name and value columns start, as its rows kept in the split's columns say ({@link #wholeRow},
     * {@link #labelRoundRows}: a name and a value beside their labels): per such page, the name's and the value's start
     * on those rows (the middle one of several), -1 elsewhere. pdftotext {@code -layout} lays out such a page narrower
     * than the table's first page, and the page's other lines are placed by these starts where the page gives them (a
     * qualitative value beside its labels, its name wrapped round its line, 补助对象医疗费用负担减轻程 | 效益指标 社会效益指标
     * 有效缓解 | 度: 有效缓解 at the page's value start, nearer the first page's names than its values, read into the name).
     *
     * @param kept the lines kept in the split's columns, their rows with a name and a value
     * @return per page, per column, the start its kept rows give, or -1
     */
    static Map<Integer, int[]> keptStarts(List<Line> kept, List<ColumnFit.Role> roles) {
        Map<Integer, int[]> out = new HashMap<>();
        int name = roles.indexOf(ColumnFit.Role.NAME);
        int value = roles.indexOf(ColumnFit.Role.VALUE);
        if (name < 0 || value < 0) {
            return out;
        }
        Map<Integer, List<Line>> byPage = new TreeMap<>();
        for (Line l : kept) {
            if (filled(l.texts()[name]) && filled(l.texts()[value]) && l.starts()[name] >= 0 && l.starts()[value] >= 0) {
                byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
            }
        }
        byPage.forEach((page, rows) -> {
            int[] at = new int[roles.size()];
            Arrays.fill(at, -1);
            for (int c : new int[] {name, value}) {
                List<Integer> xs = new ArrayList<>();
                rows.forEach(l -> xs.add(l.starts()[c]));
                java.util.Collections.sort(xs);
                at[c] = xs.get(xs.size() / 2);
            }
            out.put(page, at);
        });
        return out;
    }

    private static boolean filled(String t) {
        return t != null && !t.isBlank();
    }

    /** The column of a line's one text, or -1 when it holds none or several. */
    private static int onlyText(Line l) {
        int only = -1;
        for (int c = 0; c < l.texts().length; c++) {
            if (filled(l.texts()[c])) {
                if (only >= 0) {
                    return -1;
                }
                only = c;
            }
        }
        return only;
    }

    /** The line with its one text (in column {@code from}) in column {@code to}. */
    private static Line alone(Line l, int from, int to) {
        String[] texts = new String[l.texts().length];
        int[] starts = new int[texts.length];
        Arrays.fill(starts, -1);
        texts[to] = l.texts()[from];
        starts[to] = l.starts()[from];
        return new Line(l.number(), texts, starts, l.page());
    }

    /**
     * The column of a label's level it is measured against ({@link #shiftOf}): {@code level}, the first half's, or its twin
     * in the second half when the heading is printed twice ({@code h > 0}) and the label stands right of {@code level}.
     */
    private static int ofHalf(int level, int at, int h, int halfWidth) {
        return h > 0 && at > level ? level + halfWidth : level;
    }

    /** Whether a label of the page that is a level-2 label only starts two columns or more right of {@code x}. */
    private static boolean leftOfLevelTwo(List<String> labels, List<Integer> xs, int x) {
        for (int k = 0; k < labels.size(); k++) {
            if (Vocabulary.isLevel2Label(labels.get(k)) && !Vocabulary.isLevel1Label(labels.get(k)) && xs.get(k) >= x + 2) {
                return true;
            }
        }
        return false;
    }

    /** The column whose usual start is nearest x, or both columns when two are as near, or none. */
    private static int[] nearestColumns(int[] usual, int x) {
        int best = nearestColumn(usual, x);
        if (best < 0) {
            return new int[0];
        }
        for (int k = 0; k < usual.length; k++) {
            if (k != best && usual[k] >= 0 && Math.abs(x - usual[k]) == Math.abs(x - usual[best])) {
                return new int[] {best, k};
            }
        }
        return new int[] {best};
    }

    /**
     * A label cut over two lines of one column: the text of line {@code i} joined with the next text of that column
     * printed from the same start one or two lines below, when the join is a whole label of the vocabulary and the
     * first piece is none; else null.
     */
    private static String joinedBelow(List<Line> page, int i, int c) {
        Line l = page.get(i);
        for (int j = i + 1; j < page.size() && page.get(j).number() - l.number() <= 2; j++) {
            Line below = page.get(j);
            for (int d = 0; d < below.texts().length; d++) {
                String t = below.texts()[d];
                if (t != null && below.starts()[d] >= 0 && Math.abs(below.starts()[d] - l.starts()[c]) <= 1) {
                    String joined = l.texts()[c] + t;
                    return Vocabulary.isLevel1Label(joined) || Vocabulary.isLevel2Label(joined) ? joined : null;
                }
            }
        }
        return null;
    }

    /**
     * Whether a text can be a category label or a piece of one: a label of the shared vocabulary, whole or cut
     * ({@link Vocabulary#category}), the block's own label, or a text ending as labels end (…指标, …指, …标).
     */
    static boolean labelLike(String text) {
        String k = Text.key(text);
        return Vocabulary.category(k) != null || Vocabulary.isIndicatorBlockLabel(k) || k.endsWith("标") || k.endsWith("指");
    }

    /** The column whose usual start is nearest x, or -1 when no column has one. */
    private static int nearestColumn(int[] usual, int x) {
        int best = -1;
        for (int k = 0; k < usual.length; k++) {
            if (usual[k] >= 0 && (best < 0 || Math.abs(x - usual[k]) < Math.abs(x - usual[best]))) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The later pages of a table (not its first page, and none placed by its labels) whose every line starts packed
     * from the margin ({@link LaidOutTable#packedLeft}): pdftotext {@code -layout} laid the page out on a grid of its
     * own, each line's cells one after another from the left, and the split read each line's cells by their order and
     * content (the last rows of a table at the next page's head: 服务对象满意度指 / 满意度指标 工作满意度 ≥85.00(%) / 标).
     * The table's usual starts say nothing of such a page (the name's start there is nearest the 二级 column's, the
     * value's the name's), so its lines keep the split's columns. The page must hold a whole category label of the
     * vocabulary (its rows carry their labels): a page of one prose line taken into the table is no such page.
     *
     * @param heading where each heading word starts, or null (then no page)
     * @param shifted the lines placed again by their labels ({@link #shiftedPages})
     * @return the page numbers of such pages
     */
    static Set<Integer> packedPages(List<Line> lines, int[] heading, Map<Integer, Line> shifted) {
        Set<Integer> out = new HashSet<>();
        if (lines.isEmpty() || heading == null || heading.length != lines.get(0).texts().length
                || Arrays.stream(heading).anyMatch(x -> x < 0)) {
            return out;
        }
        int page0 = lines.get(0).page();
        Map<Integer, Boolean> every = new TreeMap<>();
        Set<Integer> labelled = new HashSet<>();
        for (Line l : lines) {
            if (l.page() != page0 && !shifted.containsKey(l.number())) {
                every.merge(l.page(), LaidOutTable.packedLeft(l, heading), Boolean::logicalAnd);
                for (String t : l.texts()) {
                    if (t != null && (Vocabulary.isLevel1Label(t) || Vocabulary.isLevel2Label(t))) {
                        labelled.add(l.page());
                    }
                }
                if (rowWithValue(l)) {
                    labelled.add(l.page());
                }
            }
        }
        every.forEach((page, packed) -> {
            if (packed && labelled.contains(page)) {
                out.add(page);
            }
        });
        return out;
    }

    /**
     * The pages of a table over pages (none placed by its labels nor packed from the margin) that pdftotext {@code
     * -layout} laid out on a grid of their own: the usual starts of the page's own cells ({@link
     * ColumnStarts#usualStarts}) stand {@link #OWN_GRID} columns or more off the rest of the table's in two columns or
     * more, all the same way, and in no column right of the first such within a column of them (diag7 d3's last page:
     * names at 14, values at 27, the rest's at 20 and 37; a table's first page of three rows, its next page of ten on a
     * narrower grid). Columns left of every moved one may stand where the rest's do (layout34: a self-evaluation over two
     * pages, its label columns at 13 and 22 on both, the first page's names, values and completions at 35, 51 and 62, the
     * next page's at 28, 44 and 51: the table's usual starts put both value columns at 51, and the first page's
     * completions went into the values). The
     * table's usual starts say nothing of such a page (a label's last character stood nearest the name column there),
     * so its lines are placed again by the page's own; a column the page holds one cell of starts where that cell does
     * (a table's first page of three rows, its one 数量指标 at 39: moved as far as the names, the 二级 column stood at 47,
     * nearer a name at 49 than the names' 54, and the name went into the label); a column the page holds no cell of takes
     * the rest's start moved as far as the nearest column the page does say.
     *
     * @param nameAt  the name column
     * @param shifted the lines placed again by their labels ({@link #shiftedPages})
     * @param packed  the pages packed from the margin ({@link #packedPages})
     * @return per such page, its usual starts
     */
    static Map<Integer, int[]> ownGrids(List<Line> lines, int width, int nameAt, Map<Integer, Line> shifted, Set<Integer> packed) {
        Map<Integer, int[]> out = new HashMap<>();
        if (lines.isEmpty()) {
            return out;
        }
        Map<Integer, List<Line>> byPage = new TreeMap<>();
        for (Line l : lines) {
            if (!shifted.containsKey(l.number()) && !packed.contains(l.page())) {
                byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
            }
        }
        for (Map.Entry<Integer, List<Line>> e : byPage.entrySet()) {
            int page = e.getKey();
            int[] own = ColumnStarts.usualStarts(e.getValue(), width, nameAt);
            own = page == lines.get(0).page() ? ShortPageStarts.filled(own, e.getValue()) : own;
            int[] rest = ColumnStarts.usualStarts(lines.stream().filter(l -> l.page() != page && !shifted.containsKey(l.number())).toList(),
                    width, nameAt);
            int moved = 0;
            int way = 0;
            boolean apart = true;
            for (int c = 0; c < width && apart; c++) {
                if (own[c] < 0 || rest[c] < 0) {
                    continue;
                }
                int d = own[c] - rest[c];
                if (Math.abs(d) <= 1 && moved == 0) {
                    continue; // a column left of every moved one that stays where the rest's does (the labels by the margin)
                }
                if (Math.abs(d) <= 1 || Math.abs(d) >= OWN_GRID && way != 0 && Integer.signum(d) != way) {
                    apart = false;
                } else if (Math.abs(d) >= OWN_GRID) {
                    moved++;
                    way = Integer.signum(d);
                }
            }
            if (!apart || moved < 2) {
                continue;
            }
            int[] grid = own.clone();
            for (int c = 0; c < width; c++) {
                if (own[c] >= 0 || rest[c] < 0) {
                    continue;
                }
                List<Integer> one = ColumnStarts.starts(e.getValue(), c, false);
                if (one.size() == 1) {
                    grid[c] = one.get(0); // the page's one cell of the column says where it starts
                    continue;
                }
                for (int k = 1; k < width; k++) {
                    int by = c + k < width && own[c + k] >= 0 && rest[c + k] >= 0 ? c + k
                            : c - k >= 0 && own[c - k] >= 0 && rest[c - k] >= 0 ? c - k : -1;
                    if (by >= 0) {
                        grid[c] = Math.max(0, rest[c] + own[by] - rest[by]);
                        break;
                    }
                }
            }
            out.put(page, grid);
        }
        return out;
    }

    /** How far (in columns) a page's usual starts stand off the table's when the page is laid out on a grid of its own. */
    private static final int OWN_GRID = 3;

    /**
     * Whether a line holds an indicator row's cells: two cells or more, one of them a value the grammar reads that is no
     * bare number (工作满意度 100% 99%). A packed page's rows carry their labels or, where the labels' merged cells were
     * printed on the page before, such cells; a prose line taken into the table holds neither (the next sheet's title
     * over two lines, {@code 3、冀财社【2019】116 号…关于提前下达 2020 年中央财政…}: a year is no such value).
     */
    static boolean rowWithValue(Line l) {
        int cells = 0;
        boolean value = false;
        for (String t : l.texts()) {
            if (t != null && !t.isBlank()) {
                cells++;
                value |= !ColumnFit.isNumber(Text.key(t)) && ColumnFit.readsAsValue(t);
            }
        }
        return cells >= 2 && value;
    }

    /**
     * A line of a packed page ({@link #packedPages}) that holds only a label's last characters (标, 指标): it goes into
     * the label column whose texts just above it (up to {@link #LABEL_END_REACH} lines up, on its page or at the end of
     * the page before, joined in order) it completes into a whole category label of the vocabulary (服务对象满意度指 |
     * 标; 满意 | 度指 on the page before, 标 under the packed page's first row), wherever the split put it; any other
     * line as it is.
     *
     * @param above the lines read before it, in order
     */
    static Line labelEndUnder(Line l, List<Line> above, List<ColumnFit.Role> roles) {
        int only = -1;
        for (int c = 0; c < l.texts().length; c++) {
            if (l.texts()[c] != null && !l.texts()[c].isBlank()) {
                if (only >= 0) {
                    return l;
                }
                only = c;
            }
        }
        if (only < 0 || !isLabelEnd(Text.key(l.texts()[only]))) {
            return l;
        }
        String[] begun = new String[roles.size()]; // per label column, its texts on the lines above, joined upwards
        for (int i = above.size() - 1; i >= 0 && l.number() - above.get(i).number() <= LABEL_END_REACH; i--) {
            Line up = above.get(i);
            for (int c = 0; c < roles.size(); c++) {
                if (up.texts()[c] == null || up.texts()[c].isBlank()) {
                    continue;
                }
                begun[c] = up.texts()[c] + (begun[c] == null ? "" : begun[c]);
                String joined = begun[c] + l.texts()[only];
                if (LaidOutTable.isLabel(roles.get(c))
                        && (Vocabulary.isLevel1Label(joined) || Vocabulary.isLevel2Label(joined))) {
                    if (c == only) {
                        return l;
                    }
                    String[] texts = new String[l.texts().length];
                    int[] starts = new int[texts.length];
                    Arrays.fill(starts, -1);
                    texts[c] = l.texts()[only];
                    starts[c] = l.starts()[only];
                    return new Line(l.number(), texts, starts, l.page());
                }
            }
        }
        return l;
    }

    /** How many lines above a label's last characters the rest of the label is looked for. */
    static final int LABEL_END_REACH = 3;

    /** The last characters of a category label printed on a line of their own: 标, 指标. */
    static boolean isLabelEnd(String k) {
        return k.equals("标") || k.equals("指标");
    }

    /**
     * Whether a label column holds, on the line, a whole category label of its own level (the vocabulary's): a row has one
     * label per column, so the column takes no other cell of the line by where that cell starts. A browser prints a name
     * one space after a label wider than its column ({@code 服务对象满意度指标 政策知晓率}); {@code pdftotext -layout} then
     * gives the name a start nearer the label column's usual start than its own, and the name was moved into the label
     * ({@code 服务对象满意度指标 政策知晓率}), the row lost.
     */
    static boolean holdsItsLabel(LaidOutTable.Line l, int c, List<ColumnFit.Role> roles) {
        String t = l.texts()[c];
        return t != null && (roles.get(c) == ColumnFit.Role.L1 && Vocabulary.isLevel1Label(t)
                || roles.get(c) == ColumnFit.Role.L2 && Vocabulary.isLevel2Label(t));
    }
}
