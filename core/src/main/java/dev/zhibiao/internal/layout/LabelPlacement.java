package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Category;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.layout.Vocabulary.Level;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the category labels of an indicator table belong: labels printed vertically joined,
 * slid labels moved back to the groups the numbering shows, labels printed at the vertical middle
 * of their merged cells moved to their groups' first rows ({@link #centred}), and rows above a
 * group's label given it
 * ({@link LabelFill}, after the table is assembled).
 */
final class LabelPlacement {
    private LabelPlacement() {
    }

    /**
     * A label printed vertically, a character or two per row down its merged cell (产 / 出 / 指 / 标),
     * leaves fragments in one label column on consecutive rows: fragments that together spell a
     * category are that category, on the row of the first fragment.
     */
    static void joinVerticalLabels(List<Read> reads, Column column, SheetDraft d) {
        for (int i = 0; i < reads.size(); i++) {
            Label first = labelIn(reads.get(i), column);
            if (first == null || Text.key(first.cell().text()).length() > 2) {
                continue;
            }
            StringBuilder text = new StringBuilder(Text.key(first.cell().text()));
            int end = -1;
            Category found = null;
            for (int j = i + 1; j < reads.size(); j++) {
                Label next = labelIn(reads.get(j), column);
                if (next == null || Text.key(next.cell().text()).length() > 2) {
                    break;
                }
                text.append(Text.key(next.cell().text()));
                if (IndicatorTable.strongCategory(text.toString())) {
                    end = j;
                    found = Vocabulary.category(text.toString());
                }
            }
            if (end < 0) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int j = i; j <= end; j++) {
                Read r = reads.get(j);
                Label l = labelIn(r, column);
                joined.append(Text.key(l.cell().text()));
                List<Label> rest = new ArrayList<>(r.labels);
                rest.remove(l);
                if (j == i) {
                    rest.add(rest.isEmpty() || column == Column.L2 ? rest.size() : 0,
                            new Label(new Cell(joined.toString(), l.cell().at()), found, column));
                } else {
                    d.diag("label-joined", l.cell().at(), "\"" + l.cell().text() + "\" continues the label printed"
                            + " vertically from " + first.cell().at());
                }
                r.labels = rest;
            }
            List<Label> labels = new ArrayList<>(reads.get(i).labels);
            for (int k = 0; k < labels.size(); k++) {
                if (labels.get(k).column() == column) {
                    labels.set(k, new Label(new Cell(text.substring(0, joined.length()), first.cell().at()), found, column));
                }
            }
            reads.get(i).labels = labels;
            d.diag("label-joined", first.cell().at(), "label printed vertically read as " + found.label());
            i = end;
        }
    }

    static Label labelIn(Read r, Column column) {
        for (int i = 0, n = r.labels.size(); i < n; i++) {
            Label l = r.labels.get(i);
            if (l.column() == column) {
                return l;
            }
        }
        return null;
    }

    /** Cost of a group whose numbering starts over inside it (指标1 after 指标3). */
    private static final double RESTART_INSIDE = 3;
    /** Cost of a group boundary between two consecutive numbers (指标3, 指标4). */
    private static final double NUMBERING_CUT = 1.5;
    /** Cost of a group that does not reach the line its label is printed on. */
    private static final double LABEL_OUTSIDE = 2;

    /**
     * Labels printed at the vertical middle of their merged cells (rows that are printed lines): the
     * indicators are cut into as many consecutive groups as there are level-2 label events, each
     * group centred as nearly as it can be on the line its label was printed on (a group's middle
     * is halfway between its first indicator's first line and its last indicator's last line), a
     * restart of the 指标N numbering inside a group and a cut between consecutive numbers costing
     * more; each event's labels then go to its group's first indicator (a {@code label-moved}
     * diagnostic where that is another row). A level-1 label printed alone goes to the first row
     * of the group it was printed in when that group's level-2 label belongs under it (else it
     * stays). With no level-2 label, or more labels than indicators, labels stay where printed.
     */
    static void centred(List<Read> reads, SheetDraft d) {
        List<Read> inds = new ArrayList<>();
        for (Read r : reads) {
            if (r.isIndicator()) {
                inds.add(r);
            }
        }
        for (Read r : reads) {
            if (!r.labels.isEmpty() && allLabelTails(r.labels)) {
                // 指标 printed under 满意度 | 服务对象满意度: the labels above wrapped, not labels of their own
                for (Label l : r.labels) {
                    d.remnant(l.cell(), "the last line of a label wrapped in its merged cell (every category ends so)");
                }
                r.labels = new ArrayList<>();
            }
            for (int k = 0; k < r.labels.size(); k++) {
                if (leadHead(r.labels.get(k).cell().text())) {
                    // 绩效 | 虚报参保人数: the lead column's merged 绩效指标, its first line printed on an indicator's line
                    d.remnant(r.labels.remove(k--).cell(), "the first line of the lead column's merged 绩效指标 label, not a category");
                }
            }
        }
        List<Read> events = new ArrayList<>();
        List<Label> lastEvent = null;
        for (Read r : reads) {
            if (r.labels.isEmpty() || !hasLevel2(r.labels)) {
                continue;
            }
            if (lastEvent != null && sameLabels(lastEvent, r.labels)) {
                // the same label printed again: one merged cell, one event
                r.labels = new ArrayList<>();
                continue;
            }
            if (!events.isEmpty() && !anyCategory(r.labels)
                    && anyCategory(lastEvent) && !events.get(events.size() - 1).isIndicator()
                    && noIndicatorBetween(inds, events.get(events.size() - 1), r)) {
                // words naming no category under a line of a merged cell's labels alone, no indicator between
                // (满意度 | 服务对象满意度 / 指标达 | 指失): the rest of that cell misread, not a cell of its own
                for (Label l : r.labels) {
                    d.remnant(l.cell(), "label naming no category printed right under the labels of its merged cell");
                }
                r.labels = new ArrayList<>();
                continue;
            }
            if (!events.isEmpty() && anyCategory(r.labels) && LabelAboveCategory.misread(events.get(events.size() - 1), r, inds)) {
                // words naming no category on the line right above a category label, no indicator between
                // (引标 / 数量指标): the merged cell's first line misread, not a cell of its own
                Read above = events.remove(events.size() - 1);
                for (Label l : above.labels) {
                    d.remnant(l.cell(), "label naming no category printed right above the labels of its merged cell");
                }
                above.labels = new ArrayList<>();
            }
            events.add(r);
            lastEvent = r.labels;
        }
        int n = inds.size();
        if (n > 0 && inds.get(0).content.get(Column.NAME).ocr()) {
            // OCR'd rows: a level-2 label printed more than a line below the last indicator's last line names rows
            // the engine did not read as indicators (a merged cell is printed at its rows' middle, never under
            // them): it takes no group of the rows above, it stays where it was printed
            int last = inds.get(n - 1).lastLine;
            while (!events.isEmpty() && !events.get(events.size() - 1).isIndicator() && events.get(events.size() - 1).line > last + 1) {
                Read e = events.remove(events.size() - 1);
                d.diag("label-unplaced", e.row.at(), "label " + names(e.labels) + " printed at " + e.row.at()
                        + ", below the table's last indicator: its rows were not read, it is dealt none of the rows above");
            }
        }
        int m = events.size();
        if (m == 0 || m > n) {
            return;
        }
        int[] starts = NumberedGroups.starts(inds, events, d);
        if (starts == null) {
            starts = groupStarts(n, m, (e, i, j) -> groupCost(inds, i, j, events.get(e).line));
        }
        List<List<Label>> moved = new ArrayList<>();
        for (Read e : events) {
            moved.add(e.labels);
            e.labels = new ArrayList<>();
        }
        for (int g = 0; g < m; g++) {
            Read target = inds.get(starts[g]);
            Read from = events.get(g);
            List<Label> labels = new ArrayList<>(target.labels);
            labels.addAll(moved.get(g));
            target.labels = labels;
            if (target != from) {
                d.diag("label-moved", from.row.at(), "label " + names(moved.get(g)) + " printed at " + from.row.at()
                        + " (the middle of its merged cell) moved to the first row of its group, " + target.row.at());
            }
        }
        // a level-1 label printed alone, off its group's first row
        for (Read r : reads) {
            if (r.labels.size() != 1 || hasLevel2(r.labels) || inds.indexOf(r) >= 0 && contains(starts, inds.indexOf(r))) {
                continue;
            }
            Label l1 = r.labels.get(0);
            int g = m - 1;
            while (g > 0 && inds.get(starts[g]).line > r.line) {
                g--;
            }
            Read target = inds.get(starts[g]);
            Label l2 = moved.get(g).get(moved.get(g).size() - 1);
            boolean fits = l1.category() != null && (l2.category() == null || l1.category().label().equals(l2.category().parent()));
            if (!fits || target.labels.stream().anyMatch(x -> x.category() != null && x.category().level() == Level.L1
                    && x != l2)) {
                continue;
            }
            r.labels = new ArrayList<>();
            List<Label> labels = new ArrayList<>(target.labels);
            labels.add(labels.size() - 1, l1);
            target.labels = labels;
            d.diag("label-moved", r.row.at(), "label " + l1.printed() + " printed at " + r.row.at()
                    + " (the middle of its merged cell) moved to the first row of its group, " + target.row.at());
        }
    }

    /** The cost of one group of a partition: indicators {@code from} (inclusive) to {@code to} (exclusive) under label event {@code event}. */
    interface GroupCost {
        double of(int event, int from, int to);
    }

    /**
     * Cuts {@code n} consecutive indicators into {@code m} consecutive non-empty groups, one per
     * label event in order, at the least total cost (the centred-label rule: {@link #centred} on
     * printed lines, and the laid-out text's tables, whose printed heights are known).
     *
     * @return the first indicator of each group; {@code 1 <= m <= n}
     */
    static int[] groupStarts(int n, int m, GroupCost cost) {
        double[][] best = new double[m + 1][n + 1];
        int[][] cut = new int[m + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int e = 1; e <= m; e++) {
            for (int j = e; j <= n - (m - e); j++) {
                for (int i = e - 1; i < j; i++) {
                    if (best[e - 1][i] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = best[e - 1][i] + cost.of(e - 1, i, j);
                    if (c < best[e][j]) {
                        best[e][j] = c;
                        cut[e][j] = i;
                    }
                }
            }
        }
        int[] starts = new int[m];
        int j = n;
        for (int e = m; e >= 1; e--) {
            starts[e - 1] = cut[e][j];
            j = cut[e][j];
        }
        return starts;
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** The cost of indicators {@code i} (inclusive) to {@code j} (exclusive) as one group labelled at line {@code at}. */
    static double groupCost(List<Read> inds, int i, int j, double at) {
        double first = inds.get(i).line;
        double last = inds.get(j - 1).lastLine;
        double c = Math.abs(at - (first + last) / 2);
        // a label printed above its group with only label lines between, the group's numbering starting over
        // there (a label taller than its row, wrapped over lines of its own: 满意度 / 指标 / 服务对象满意度 / 指标,
        // then 指标1), is not outside it
        boolean above = at < first - 1 && (i == 0 || inds.get(i - 1).lastLine >= at || !Objects.equals(inds.get(i).number, 1));
        if (above || at > last + 1) {
            c += LABEL_OUTSIDE;
        }
        for (int k = i + 1; k < j; k++) {
            if (Objects.equals(inds.get(k).number, 1)) {
                c += RESTART_INSIDE;
            }
        }
        Integer a = i > 0 ? inds.get(i - 1).number : null;
        Integer b = inds.get(i).number;
        if (a != null && b != null && b == a + 1) {
            c += NUMBERING_CUT;
        }
        return c;
    }

    /**
     * A group of OCR'd indicator rows whose numbering starts over ({@code 指标1} after {@code 指标9}) on
     * a row with no label, between a group labelled A and the next level-2 label B of the same
     * level-1 label, where the indicator framework lists exactly one category between A and B: the
     * engine lost that group's label (its merged cell read as nothing, so the rows took A from
     * above, or as a word naming no category, {@code 大号}), and the group is that category ({@code 数量指标}, restart, {@code 时效指标} under 产出指标:
     * 质量指标). Nothing is given where another restart comes before B, or no single category fits.
     * Each an {@code ocr-repaired} diagnostic.
     */
    static void restartedGroups(List<Read> reads, SheetDraft d) {
        Category above = null;
        Integer last = null;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            Category group = above;
            if (!r.labels.isEmpty()) {
                above = level2(r);
            }
            if (!r.isIndicator() || r.number == null) {
                continue;
            }
            Integer before = last;
            last = r.number;
            if (r.number != 1 || before == null || !r.labels.isEmpty() && !unnamed(r.labels) || group == null
                    || !r.content.get(Column.NAME).ocr()) {
                continue;
            }
            above = group;
            Category below = null;
            for (int j = i + 1; j < reads.size() && below == null; j++) {
                Read n = reads.get(j);
                if (n.labels.isEmpty() && Integer.valueOf(1).equals(n.number)) {
                    break; // a second restart before the next label: more than one group lost its label
                }
                if (!n.labels.isEmpty()) {
                    below = level2(n);
                    if (below == null) {
                        break;
                    }
                }
            }
            String mid = below == null ? null : between(above, below);
            if (mid == null) {
                continue;
            }
            Category m = Vocabulary.CATEGORIES.get(mid);
            String printed = r.labels.isEmpty() ? "no level-2 label printed" : "the label " + names(r.labels) + " naming no category";
            r.labels = new ArrayList<>(List.of(new Label(new Cell(mid, r.row.at()), m, Column.L2)));
            d.diag(OcrRepair.CODE, r.row.at(), "the numbering starts over at \"" + Text.clean(r.content.get(Column.NAME).text())
                    + "\" with " + printed + ": read as " + mid + ", the one the framework lists between "
                    + above.label() + " and " + below.label() + " (the labels of the groups above and below)");
            above = m;
        }
    }

    /**
     * OCR'd groups whose level-2 labels the engine lost (read as nothing or as words naming no
     * category, {@code 当量胆标}), counted: a run of such groups (a group starts at a row with labels or
     * where the 指标N numbering starts over) between a left anchor — the group above labelled A, or the
     * start of a level-1 label P printed on the run's first row — and the next group labelled B of the
     * same level-1 label, where the indicator framework lists exactly as many categories between A (or
     * the start of P) and B as the run has groups, takes those categories in the framework's order
     * ({@code 产出指标 | 当量胆标}, restart, {@code 时效指标}: 数量指标 and 质量指标). Nothing where the
     * counts differ. Each an {@code ocr-repaired} diagnostic.
     */
    static void countedGroups(List<Read> reads, SheetDraft d) {
        List<Integer> starts = new ArrayList<>();
        Read prev = null;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!r.isIndicator()) {
                continue;
            }
            if (prev == null || !r.labels.isEmpty() || Integer.valueOf(1).equals(r.number) && prev.number != null) {
                starts.add(i);
            }
            prev = r;
        }
        for (int g = 0; g < starts.size(); g++) {
            Read first = reads.get(starts.get(g));
            if (!lost(first)) {
                continue;
            }
            int h = g;
            while (h + 1 < starts.size() && lost(reads.get(starts.get(h + 1))) && level1(reads.get(starts.get(h + 1))) == null) {
                h++;
            }
            Read next = h + 1 < starts.size() ? reads.get(starts.get(h + 1)) : null;
            Category b = next == null ? null : level2(next);
            String p = level1(first);
            Category a = g > 0 && p == null ? level2(reads.get(starts.get(g - 1))) : null;
            boolean top = false;
            if (g == 0 && p == null && b != null && b.parent() != null && first.labels.isEmpty() && b.parent().equals(firstLevel1())
                    && !costFirst(reads)) {
                // the table's first groups, no label printed on them at all, above B of the framework's first
                // level-1 label: nothing of the framework comes before that label's start, so it is the left anchor
                p = b.parent();
                top = true;
            }
            if (b == null || b.parent() == null || (p == null ? a == null || !b.parent().equals(a.parent()) : !p.equals(b.parent()))
                    || next.labels.stream().anyMatch(l -> l.category() != null && l.category().level() == Level.L1
                    && !l.category().label().equals(b.parent()))) {
                g = h;
                continue;
            }
            List<String> mid = new ArrayList<>();
            int from = p == null ? Vocabulary.FRAMEWORK_ORDER.indexOf(a.label()) + 1 : 0;
            for (int k = from; k < Vocabulary.FRAMEWORK_ORDER.indexOf(b.label()); k++) {
                Category c = Vocabulary.CATEGORIES.get(Vocabulary.FRAMEWORK_ORDER.get(k));
                if (c != null && b.parent().equals(c.parent())) {
                    mid.add(c.label());
                }
            }
            if (mid.size() != h - g + 1) {
                g = h;
                continue;
            }
            for (int k = g; k <= h; k++) {
                Read r = reads.get(starts.get(k));
                String cat = mid.get(k - g);
                String printed = r.labels.isEmpty() ? "no level-2 label printed" : "the labels " + names(r.labels);
                List<Label> kept = new ArrayList<>();
                for (Label l : r.labels) {
                    if (l.category() != null) {
                        kept.add(l);
                    }
                }
                kept.add(new Label(new Cell(cat, r.row.at()), Vocabulary.CATEGORIES.get(cat), Column.L2));
                r.labels = kept;
                d.diag(OcrRepair.CODE, r.row.at(), "the group from \"" + Text.clean(r.content.get(Column.NAME).text()) + "\" with "
                        + printed + " is group " + (k - g + 1) + " of " + mid.size() + " whose labels the engine lost between "
                        + (p == null ? a.label() : "the start of " + p + (top ? " (the table's first group, no label printed)" : "")) + " and " + b.label() + ": read as " + cat
                        + ", the framework's order of the categories between them");
            }
            g = h;
        }
    }

    /**
     * A table of the framework that prints 成本指标 as a level-1 label (its own column, or its level-2
     * categories 经济成本指标 …): there the cost groups come before 产出指标, so a first group with no
     * label may be theirs.
     */
    private static boolean costFirst(List<Read> reads) {
        for (Read r : reads) {
            for (Label l : r.labels) {
                Category c = l.category();
                if (c != null && ("成本指标".equals(c.parent()) || "成本指标".equals(c.label()) && l.column() == Column.L1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The framework's first level-1 label (产出指标, the parent of its first category). */
    private static String firstLevel1() {
        return Vocabulary.CATEGORIES.get(Vocabulary.FRAMEWORK_ORDER.get(0)).parent();
    }

    /** An OCR'd group's first row whose level-2 label was lost: none, or only words naming no category (its level 1 may be read). */
    private static boolean lost(Read r) {
        if (!r.content.get(Column.NAME).ocr() || level2(r) != null) {
            return false;
        }
        for (Label l : r.labels) {
            if (l.category() == null ? !l.cell().ocr() : l.category().level() != Level.L1) {
                return false;
            }
        }
        return true;
    }

    /** The level-1 label a row prints (产出指标), or null. */
    private static String level1(Read r) {
        for (Label l : r.labels) {
            if (l.category() != null && l.category().level() == Level.L1) {
                return l.category().label();
            }
        }
        return null;
    }

    /** Engine confidence under which a label that names no category is a misreading, not a sheet's own label. */
    private static final double MISREAD = 0.5;

    /**
     * An OCR'd indicator row whose labels all name no category and were read at an engine confidence
     * under one half ({@code 滥洲尖油}, {@code 济度晤指标 | 服务各对象满满曲之于担案}: misread beyond repair,
     * where a sheet's own label, 政策知晓率, reads sure; or beside the level-1 满意度指标 read), and whose name says it measures satisfaction
     * (满意), is under 满意度指标 and its only level-2 category, 服务对象满意度指标. Each an
     * {@code ocr-repaired} diagnostic.
     */
    static void satisfaction(List<Read> reads, SheetDraft d) {
        satisfaction(reads, d, false);
    }

    /**
     * {@link #satisfaction(List, SheetDraft)}, and with {@code plainText} (an OCR engine's plain
     * text, which carries no confidence) for labels that name no category and hold no 满意 (a
     * sheet's own label about satisfaction, 社会公众满意度, says so; {@code 野务对象}, {@code 全称放生}
     * do not), beside at most the level-1 label 满意度指标 read whole or in part ({@code 满意}).
     */
    static void satisfaction(List<Read> reads, SheetDraft d, boolean plainText) {
        for (Read r : reads) {
            if (r.labels.isEmpty() || !r.isIndicator() || !Text.key(r.content.get(Column.NAME).text()).contains("满意")) {
                continue;
            }
            boolean misread = misread(r, plainText);
            for (Label l : r.labels) {
                Double c = l.cell().confidence();
                misread &= !plainText && l.category() != null || c != null && (plainText ? c.isNaN() : !c.isNaN() && c < MISREAD);
            }
            if (!misread) {
                continue;
            }
            String printed = names(r.labels);
            Cell at = r.labels.get(0).cell();
            r.labels = new ArrayList<>(List.of(
                    new Label(new Cell("满意度指标", at.at()), Vocabulary.CATEGORIES.get("满意度指标"), Column.L1),
                    new Label(new Cell("服务对象满意度指标", at.at()), Vocabulary.CATEGORIES.get("服务对象满意度指标"), Column.L2)));
            d.diag(OcrRepair.CODE, at.at(), "labels " + printed + (plainText ? " name no category and hold no 满意 (plain OCR text)"
                    : " name no category and were read unsure") + "; the indicator \""
                    + Text.clean(r.content.get(Column.NAME).text()) + "\" measures satisfaction: read as 满意度指标/服务对象满意度指标");
        }
    }

    /**
     * A row's labels misread beyond repair: at least one names no category (a word-box cell; in plain text one
     * that holds no 满意), and every other is that too or the level-1 满意度指标 (word boxes: 满意度指标 read, its
     * level-2 label lost: {@code 满意度指标 | 放生放全称}).
     */
    private static boolean misread(Read r, boolean plainText) {
        boolean unnamed = false;
        for (Label l : r.labels) {
            if (l.category() == null && (plainText ? !Text.key(l.cell().text()).contains("满意") : l.cell().ocr())) {
                unnamed = true;
            } else if (l.category() == null || !l.category().label().equals("满意度指标")) {
                return false;
            }
        }
        return unnamed;
    }

    /** Labels the engine read that name no category at all ({@code 大号}): a label misread beyond repair. */
    private static boolean unnamed(List<Label> labels) {
        for (Label l : labels) {
            if (l.category() != null || !l.cell().ocr()) {
                return false;
            }
        }
        return true;
    }

    /** The level-2 category of a row's labels (one of the framework's), or null. */
    private static Category level2(Read r) {
        for (int i = 0; i < r.labels.size(); i++) { // indexed: no iterator per read
            Label l = r.labels.get(i);
            if (l.category() != null && Vocabulary.FRAMEWORK_ORDER.contains(l.category().label())
                    && (l.category().level() == Level.L2 || l.column() == Column.L2)) {
                return l.category();
            }
        }
        return LabelAboveCategory.onlyBoth(r.labels);
    }

    /** The one category of the framework between two of one level-1 label, or null. */
    private static String between(Category a, Category b) {
        int x = Vocabulary.FRAMEWORK_ORDER.indexOf(a.label());
        int y = Vocabulary.FRAMEWORK_ORDER.indexOf(b.label());
        if (x < 0 || y != x + 2 || a.parent() == null || !a.parent().equals(b.parent())) {
            return null;
        }
        String mid = Vocabulary.FRAMEWORK_ORDER.get(x + 1);
        Category m = Vocabulary.CATEGORIES.get(mid);
        return m != null && a.parent().equals(m.parent()) ? mid : null;
    }

    /**
     * Where a sheet numbers its indicators (指标1, 指标2...), each restart of the numbering starts a
     * new level-2 group. When labels sit on rows that do not start a group, and there are as many
     * label events as groups, the events are moved to the starts of the groups in order.
     */
    static void moveSlidLabels(List<Read> reads, SheetDraft d) {
        long numbered = PrintedNumbers.numbered(reads);
        if (numbered < 2) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        Read prev = null;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!r.isIndicator()) {
                continue;
            }
            boolean start = prev == null || Objects.equals(r.number, 1)
                    || r.number == null && prev.number != null
                    || r.number == null && !r.labels.isEmpty();
            if (start) {
                starts.add(i);
            }
            prev = r;
        }
        List<Integer> events = new ArrayList<>();
        List<Label> lastEvent = null;
        boolean misplaced = false;
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (r.labels.isEmpty() || !hasLevel2(r.labels)) {
                continue;
            }
            if (lastEvent != null && sameLabels(lastEvent, r.labels)) {
                // the same label printed again (merged cell repeated): not a new event
                misplaced |= !starts.contains(i);
                r.labels = new ArrayList<>();
                continue;
            }
            events.add(i);
            lastEvent = r.labels;
            misplaced |= !starts.contains(i);
        }
        if (!misplaced) {
            return;
        }
        if (events.size() != starts.size()) {
            d.diag("labels-unresolved", reads.get(events.isEmpty() ? 0 : events.get(0)).row.at(),
                    "level-2 labels sit off their groups, but " + events.size() + " labels for " + starts.size()
                            + " numbered groups: left where printed");
            return;
        }
        List<List<Label>> moved = new ArrayList<>();
        for (int e : events) {
            moved.add(reads.get(e).labels);
        }
        for (Read r : reads) {
            if (hasLevel2(r.labels)) {
                r.labels = new ArrayList<>();
            }
        }
        for (int g = 0; g < starts.size(); g++) {
            Read target = reads.get(starts.get(g));
            Read from = reads.get(events.get(g));
            List<Label> labels = new ArrayList<>(target.labels);
            labels.addAll(moved.get(g));
            target.labels = labels;
            if (target != from) {
                d.diag("label-moved", from.row.at(), "label " + names(moved.get(g)) + " moved from "
                        + from.row.at() + " to the group starting at " + target.row.at() + " (指标 numbering restarts there)");
            }
        }
    }

    /** A label cell that is only the ending every category label shares (指标, 标): a wrapped label's last line. */
    static boolean labelTail(String text) {
        String k = Text.key(text);
        return k.equals("指标") || k.equals("标");
    }

    /** No indicator's lines lie strictly between the two label rows. */
    private static boolean noIndicatorBetween(List<Read> inds, Read a, Read b) {
        for (Read r : inds) {
            if (r != b && r.lastLine > a.line && r.line < b.line) {
                return false;
            }
        }
        return true;
    }

    static boolean hasLevel2(List<Label> labels) {
        if (labels.size() >= 2) {
            return true;
        }
        for (Label l : labels) {
            if (l.category() == null || l.category().level() != Level.L1) {
                return true;
            }
        }
        return false;
    }

    static boolean sameLabels(List<Label> a, List<Label> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Text.key(a.get(i).cell().text()).equals(Text.key(b.get(i).cell().text()))) {
                return false;
            }
        }
        return true;
    }

    static String names(List<Label> labels) {
        List<String> s = new ArrayList<>();
        for (Label l : labels) {
            s.add(l.printed());
        }
        return String.join("/", s);
    }

    // loops, not streams with lambdas: each lambda costs a class spun at start-up

    private static boolean allLabelTails(List<Label> labels) {
        for (Label l : labels) {
            if (!labelTail(l.cell().text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCategory(List<Label> labels) {
        for (Label l : labels) {
            if (l.category() != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label's text is the head of the lead column's 绩效指标 ({@code 绩效}, {@code 绩效指}), which wraps in its merged cell. */
    static boolean leadHead(String text) {
        String k = Text.key(text);
        return k.length() >= 2 && k.length() < LEAD_WORD.length() && LEAD_WORD.startsWith(k);
    }

    private static final String LEAD_WORD = "绩效指标";
}
