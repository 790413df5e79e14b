package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.ApartLabelLevels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;
import static dev.zhibiao.parsers.PdfTextIndicators.*;

/**
 * The indicator rows' state and the labels printed apart put back on them (level 1 and 2 filled in from
 * the labels pdftotext prints away from their rows); {@link PdfTextIndicators.Indicators} groups the
 * pieces into rows.
 */
abstract class PdfTextLabelsApart {
    final List<Piece> pieces;
    final boolean two;
    /** Whether each row prints a 全年实际完成值 cell after its value. */
    boolean actual;
    /** Whether the page prints 分值 / 得分 columns (a scored self-evaluation): no target and actual pairs are read by form. */
    boolean scored;
    final List<IndRow> rows = new ArrayList<>();
    /** Whether the page prints one cell per paragraph (plain pdftotext, not -layout). */
    boolean paragraphs;
    final List<Piece> apart = new ArrayList<>();
    final List<Piece> unplaced = new ArrayList<>();
    /** Numbered goals printed again among the side labels before the last row's value: text after the table. */
    final List<Piece> goalsApart = new ArrayList<>();
    int pos;
    /** How many names took their values by {@link PdfTextPairing#zipNamesAmongLabels} (for the page's note). */
    int zippedAmongLabels;
    /** Numbers printed after the labels that follow two names, put back after the second ({@link PdfTextValueAfterLabels}). */
    int valuesAfterLabels;
    /** Numbers printed after labels that follow one name, put back after it ({@link PdfTextLoneValueAfterLabels}). */
    int loneValuesAfterLabels;
    /** Level labels whose end was printed as the table's last piece ({@link PdfTextLastLabelEnd}). */
    int lastLabelEnds;
    /** Names that took worded values printed together after them ({@link PdfTextWordedColumn}). */
    int wordedColumn;
    /** Runs of names whose values column printed its numbers, then its worded values ({@link PdfTextPairing#zipNamesAndValues}). */
    int wordedAfterNumbers;
    /** Rows that took one level-2 label each from a run printed before them ({@link PdfTextLabelRun}). */
    int labelsDealt;
    /** Rows whose name was printed as their level-2 label again ({@link PdfTextIndicators.Indicators}). */
    int namesAmongLabels;
    /** Rows whose value was printed on their name's line and split off ({@link PdfTextIndicators.Indicators}). */
    int valuesOnNameLine;
    /** Self-evaluation: target and actual printed as one line and cut in two ({@link PdfTextIndicators.Indicators#splitPairsOnOneLine}). */
    int pairsOnOneLine;
    /** Rows that changed group when a bound between two printed groups moved ({@link PdfTextLabelBounds}). */
    int labelBounds;
    /** Rows dealt their labels by {@link #labelColumnsPrintedWhole} (0: none). */
    int dealtWhole;
    /** Rows dealt so that kept them when the 二级 column was read again as a whole ({@link PdfTextWholeRun}). */
    int keptWhole;
    /** Rows that took back the run's labels, every row it dealt printing a name and a value ({@link PdfTextSoundRun}). */
    int keptRun;
    /** 成本指标 labels printed apart read as level 1 by a cost level-2 label printed apart ({@link ApartLabelLevels#costFamilyApart}). */
    int costLevel1;
    /** Rows printed after two level-1 labels, the labels dealt as labels apart ({@link ApartLabelLevels#levelOnesApart}). */
    int levelOnesApart;
    /** Rows printed after 成本指标 and a level-1 label of another family, 成本指标 kept as their level 2 ({@link PdfTextCostBeforeLevel1}). */
    int costBeforeLevel1;
    /** Rows under a row printing its level-2 label that continued its group ({@link PdfTextGroupContinued}). */
    int groupContinued;
    /** Rows dealt another level-2 label than an even spread would give, every label printed after every row ({@link PdfTextLabelFit#SPREAD_AFTER_ROWS}). */
    int labelsAfterRows;
    /** Rows that continued the group above, the level-1 label apart next in turn a later group's ({@link PdfTextLevel1OfGroupBelow}). */
    int heldForGroupBelow;
    /** The rows printed after two level-1 labels ({@link ApartLabelLevels#levelOnesApart}). */
    final java.util.Set<IndRow> levelOnesBefore = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The labels printed before the first row, as printed (before they are shared out). */
    List<Piece> firstRun = List.of();

    PdfTextLabelsApart(boolean two) {
        this.pieces = new ArrayList<>();
        this.two = two;
    }

    /** Sets l1/l2 of every copy from its inline labels, then fills the rest from the labels printed apart. */
    void placeApartLabels() {
        if (paragraphs && !two && !actual) {
            labelColumnsPrintedWhole();
        }
        for (IndRow r : rows) {
            if (!two && ApartLabelLevels.levelOnesApart(r.left.labels.stream().map(Piece::text).toList())) {
                // two level-1 labels before one name (a page's 一级 column printed first): labels of groups below,
                // kept with the row for core to read so, and not handed down to the rows after it here
                levelOnesBefore.add(r);
            }
            for (Copy c : List.of(r.left, r.right)) {
                inline(c);
            }
        }
        costBeforeLevel1 = PdfTextCostBeforeLevel1.split(rows, apart, two);
        List<Piece> apartLabels = new ArrayList<>();
        for (Piece p : apart) {
            if (isCategory(p.text())) {
                apartLabels.add(p);
            } else {
                unplaced.add(p);
            }
        }
        List<Piece> oneCopy = apartLabels;
        if (two && apartLabels.size() % 2 == 0) {
            oneCopy = apartLabels.subList(0, apartLabels.size() / 2);
        }
        boolean newCost = false;
        for (IndRow r : rows) {
            for (Copy c : List.of(r.left, r.right)) {
                if (c.l2 != null && ApartLabelLevels.costFamily(c.l2.text())) {
                    newCost = true;
                }
            }
        }
        if (!newCost && ApartLabelLevels.costFamilyApart(oneCopy, Piece::key, Piece::text)) {
            newCost = true;
            costLevel1 = ApartLabelLevels.costLabels(oneCopy, Piece::key);
        }
        List<Piece> l1s = new ArrayList<>();
        List<Piece> l2s = new ArrayList<>();
        for (Piece p : oneCopy) {
            (ApartLabelLevels.apartLevel1(p.key(), newCost, hasLevel1Satisfaction()) ? l1s : l2s).add(p);
        }
        if (!two && actual && levelTwoInSequence(l2s)) {
            // done
        } else if (two || !levelTwoByNumberedGroups(l2s)) {
            l2s.sort(java.util.Comparator.comparingInt(Piece::line));
            PdfTextLabelFit.canonicalOrder(l2s);
            Piece[][] before = paragraphs && !two ? level2Snapshot() : null;
            fillLevel2(l2s);
            if (before != null && (!everyLevel2Used(l2s, before) || !inFrameworkOrder())) {
                // a printed level-2 label labels no row, or the labels filled in break the framework's
                // order around the rows' own: read the column as a whole instead
                restore(before);
                labelsAfterRows = 0;
                levelTwoInSequence(l2s);
                keptWhole = PdfTextWholeRun.keepCostRows(rows, dealtWhole, before);
                keptRun = PdfTextSoundRun.keep(rows, dealtWhole, before, l2s, this::levelTwoInSequence);
            } else if (before != null) {
                Piece[] own = new Piece[rows.size()];
                for (int i = 0; i < own.length; i++) {
                    own[i] = before[i][0];
                }
                groupContinued = PdfTextGroupContinued.extend(rows, own, levelOnesBefore);
            }
        }
        if (paragraphs && !two && rows.stream().allMatch(r -> number(r.left.name) == 0)) {
            labelBounds = PdfTextLabelBounds.recentre(rows);
        }
        fillLevel1(l1s);
        if (!two) {
            numberedGroups();
        }
    }

    /**
     * The 一级 and 二级 columns printed whole before the rows (plain pdftotext: a run of labels before
     * the first name, then rows printing no label of their own) with as many level-2 labels as those
     * rows: each takes the next level-2 label in print order (each cell over one row) and the level-1
     * label printed last before it (else its family). A label
     * both level 1 and level 2 ({@code 成本指标}) is level 1 when the label after it is level 2 of its
     * family. Rows further down, after labels printed with them, are filled as before.
     */
    void labelColumnsPrintedWhole() {
        int m = 1;
        while (m < rows.size() && rows.get(m).left.labels.isEmpty()) {
            m++;
        }
        if (m < 2 || firstRun.size() < m + 1) {
            return;
        }
        List<Piece> level1 = new ArrayList<>();
        List<Piece> level2 = new ArrayList<>();
        Piece current = null;
        for (int i = 0; i < firstRun.size(); i++) {
            String k = firstRun.get(i).key();
            String next = i + 1 < firstRun.size() ? firstRun.get(i + 1).key() : null;
            boolean one = ApartLabelLevels.levelOneInRun(k, next);
            if (one) {
                current = firstRun.get(i);
            } else if (isLevel2(k)) {
                level1.add(current);
                level2.add(firstRun.get(i));
            } else {
                return;
            }
        }
        if (level2.size() != m) {
            return;
        }
        for (int i = 0; i < m; i++) {
            Piece l2 = level2.get(i);
            String fam = family(l2.text());
            Piece l1 = level1.get(i);
            if (l1 == null || fam != null && !fam.equals(l1.key())) {
                l1 = fam == null ? l1 : new Piece(fam, l2.line(), Kind.LABEL);
            }
            rows.get(i).left.labels = l1 == null ? new ArrayList<>(List.of(l2)) : new ArrayList<>(List.of(l1, l2));
        }
        dealtWhole = m;
    }

    /**
     * Names numbered per group ({@code 指标 1：…} again after {@code 指标 4：…}) start a new group:
     * a level-2 label printed in the middle of its merged cell (pdftotext puts a vertically
     * centred label after the group's first rows) also labels the rows from the restart to it.
     */
    private void numberedGroups() {
        int restart = -1;
        int previous = 0;
        Piece pending = null;
        for (int i = 0; i < rows.size(); i++) {
            Copy c = rows.get(i).left;
            int n = number(c.name);
            if (n == 1 && previous > 1 && c.l2 == null) {
                restart = i;
                if (pending != null) {
                    c.l2 = pending; // the next group's label printed with the previous group's
                    pending = null;
                }
            }
            if (c.next != null) {
                pending = c.next;
            }
            if (c.l2 != null && n > 1 && restart >= 0 && restart < i) {
                for (int k = restart; k < i; k++) {
                    if (rows.get(k).left.l2 == null) {
                        rows.get(k).left.l2 = c.l2;
                    }
                }
            }
            if (c.l2 != null) {
                restart = -1;
            }
            if (n > 0) {
                previous = n;
            }
        }
    }

    /**
     * When every name is numbered and the numbering restarts at 1 for each group, and the page
     * prints as many level-2 labels as there are groups, the labels in print order (top to
     * bottom, whether printed with a row or apart) label the groups in order. Returns whether
     * it did.
     */
    private boolean levelTwoByNumberedGroups(List<Piece> apartLevel2) {
        if (rows.isEmpty()) {
            return false;
        }
        List<Integer> starts = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < rows.size(); i++) {
            int n = number(rows.get(i).left.name);
            if (n == 0) {
                return false;
            }
            if (i == 0 || n == 1 && previous >= 1) {
                if (n != 1) {
                    return false;
                }
                starts.add(i);
            } else if (n != previous + 1) {
                return false;
            }
            previous = n;
        }
        List<Piece> labels = new ArrayList<>(apartLevel2);
        for (IndRow r : rows) {
            if (r.left.l2 != null) {
                labels.add(r.left.l2);
            }
            if (r.left.next != null) {
                labels.add(r.left.next);
            }
        }
        labels.sort(java.util.Comparator.comparingInt(Piece::line));
        if (starts.size() < 2 || labels.size() != starts.size()) {
            return false;
        }
        for (int g = 0; g < starts.size(); g++) {
            int end = g + 1 < starts.size() ? starts.get(g + 1) : rows.size();
            for (int i = starts.get(g); i < end; i++) {
                rows.get(i).left.l2 = labels.get(g);
                rows.get(i).left.next = null;
            }
        }
        return true;
    }

    /** The number of a numbered name ({@code 指标 3：…} is 3), or 0. */
    static int number(Piece name) {
        if (name == null) {
            return 0;
        }
        // what ^指标(\d{1,2})[:：.、] finds, by a scan
        String k = name.key();
        if (!k.startsWith("指标")) {
            return 0;
        }
        int end = 2;
        while (end < k.length() && end < 5 && k.charAt(end) >= '0' && k.charAt(end) <= '9') {
            end++;
        }
        if (end == 2 || end > 4 || end == k.length() || ":：.、".indexOf(k.charAt(end)) < 0) {
            return 0;
        }
        return Integer.parseInt(k, 2, end, 10);
    }

    private boolean hasLevel1Satisfaction() {
        return rows.stream().anyMatch(r -> r.left.l1 != null && key(r.left.l1.text()).startsWith("满意"));
    }

    private static void inline(Copy c) {
        List<Piece> ls = c.labels;
        ApartLabelLevels.Inline how = ApartLabelLevels.inline(ls.size() < 2 ? List.of() : ls.stream().map(Piece::text).toList());
        if (how == ApartLabelLevels.Inline.TWO_LEVEL2) {
            // two stacked level-2 labels (时效指标 / 成本指标): this row's, then the next group's
            c.l2 = ls.get(0);
            c.next = ls.get(1);
        } else if (how != ApartLabelLevels.Inline.NONE) {
            // a level-2 label printed before its level 1 (质量指标 / 产出指标) is still the level 2
            boolean swapped = how == ApartLabelLevels.Inline.LEVEL2_LEVEL1;
            c.l1 = ls.get(swapped ? 1 : 0);
            c.l2 = ls.get(swapped ? 0 : 1);
        } else if (ls.size() == 1) {
            if (ApartLabelLevels.loneLabelLevel1(ls.get(0).key())) {
                c.l1 = ls.get(0);
            } else {
                c.l2 = ls.get(0);
            }
        }
    }

    /**
     * One period, labels printed both with rows and apart: every level-2 label of the page, in
     * print order (the 二级 column's cells top to bottom), labels a run of consecutive rows, each
     * label at least one row while there are rows enough. The runs are chosen by how the labels
     * suit the rows' names and values, a row keeping the label printed just before its name
     * unless the order forbids it. Returns false (nothing changed) when no row prints a label.
     */
    private boolean levelTwoInSequence(List<Piece> apartLevel2) {
        return levelTwoInSequence(rows, apartLevel2);
    }

    /** {@link #levelTwoInSequence(List)} over the given rows only. */
    private boolean levelTwoInSequence(List<IndRow> rows, List<Piece> apartLevel2) {
        List<Piece> labels = new ArrayList<>(apartLevel2);
        Piece[] own = new Piece[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Copy c = rows.get(i).left;
            if (c.l2 != null) {
                labels.add(c.l2);
                own[i] = c.l2;
            }
            if (c.next != null) {
                labels.add(c.next);
            }
        }
        if (rows.isEmpty() || labels.size() < 2 || labels.stream().allMatch(l -> own(own, l))) {
            return false;
        }
        labels.sort(java.util.Comparator.comparingInt(Piece::line));
        PdfTextLabelFit.canonicalOrder(labels);
        int n = labels.size();
        int m = rows.size();
        double[][] dp = new double[m][n];
        int[][] from = new int[m][n];
        for (double[] d : dp) {
            java.util.Arrays.fill(d, Double.NEGATIVE_INFINITY);
        }
        for (int t = 0; t < m; t++) {
            for (int j = 0; j < n; j++) {
                double f = PdfTextLabelFit.fit(labels.get(j).text(), rows.get(t)) + (own[t] == labels.get(j) ? OWN : 0);
                if (t == 0) {
                    dp[0][j] = f - 4.0 * j;
                    continue;
                }
                for (int k = 0; k <= j; k++) {
                    if (dp[t - 1][k] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = dp[t - 1][k] + f - 4.0 * Math.max(0, j - k - 1) - (own[t] != null && k == j ? 0.25 : 0);
                    if (s > dp[t][j]) {
                        dp[t][j] = s;
                        from[t][j] = k;
                    }
                }
            }
        }
        int bestJ = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double s = dp[m - 1][j] - 4.0 * (n - 1 - j);
            if (s > best) {
                best = s;
                bestJ = j;
            }
        }
        int j = bestJ;
        for (int t = m - 1; t >= 0; t--) {
            rows.get(t).left.l2 = labels.get(j);
            rows.get(t).left.next = null;
            j = from[t][j];
        }
        return true;
    }

    /** What a row gains by keeping the level-2 label printed just before its name. */
    static final double OWN = 3;

    /** Each row's own level-2 label and the next group's printed with it, before the labels apart are filled in. */
    private Piece[][] level2Snapshot() {
        Piece[][] out = new Piece[rows.size()][2];
        for (int i = 0; i < rows.size(); i++) {
            out[i][0] = rows.get(i).left.l2;
            out[i][1] = rows.get(i).left.next;
        }
        return out;
    }

    private void restore(Piece[][] snapshot) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).left.l2 = snapshot[i][0];
            rows.get(i).left.next = snapshot[i][1];
        }
    }

    /**
     * Whether every level-2 label the page prints (apart, with a row, or stacked under a row's
     * own) labels some row: each is a merged cell over one or more rows of the 二级 column.
     */
    private boolean everyLevel2Used(List<Piece> apartLevel2, Piece[][] snapshot) {
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (Piece p : apartLevel2) {
            printed.add(p.key());
        }
        for (Piece[] own : snapshot) {
            for (Piece p : own) {
                if (p != null) {
                    printed.add(p.key());
                }
            }
        }
        for (IndRow r : rows) {
            if (r.left.l2 != null) {
                printed.remove(r.left.l2.key());
            }
        }
        return printed.isEmpty();
    }

    /**
     * Whether the rows' level-2 labels, top to bottom, keep the framework's order (数量, 质量, 时效, 成本 …)
     * (the later framework's 成本指标 level 1, 社会成本指标 …, may stand anywhere: h2_002 prints it first).
     */
    private boolean inFrameworkOrder() {
        int last = -1;
        for (IndRow r : rows) {
            int rank = r.left.l2 == null ? -1 : PdfTextLabelFit.level2Rank(r.left.l2.text());
            if (rank >= 0 && !"成本指标".equals(family(r.left.l2.text()))) {
                if (rank < last) {
                    return false;
                }
                last = rank;
            }
        }
        return true;
    }

    private static boolean own(Piece[] own, Piece label) {
        for (Piece p : own) {
            if (p == label) {
                return true;
            }
        }
        return false;
    }

    /** Assigns the level-2 labels printed apart, in order, to the rows that print none. */
    private void fillLevel2(List<Piece> labels) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).left.l2 == null && rows.get(i).right.l2 == null) {
                missing.add(i);
            }
        }
        if (labels.isEmpty() || missing.isEmpty()) {
            return;
        }
        double spread = PdfTextLabelFit.spreadWeight(labels, rows);
        int[] dealt = dealLevel2(labels, missing, spread);
        if (spread != PdfTextLabelFit.SPREAD) {
            int[] even = dealLevel2(labels, missing, PdfTextLabelFit.SPREAD);
            for (int t = 0; t < dealt.length; t++) {
                labelsAfterRows += dealt[t] != even[t] ? 1 : 0;
            }
        }
        for (int t = 0; t < dealt.length; t++) {
            IndRow r = rows.get(missing.get(t));
            r.left.l2 = labels.get(dealt[t]);
            if (two) {
                r.right.l2 = labels.get(dealt[t]);
            }
        }
    }

    /**
     * The labels apart dealt in order to the rows {@code missing} (each label a run of them, non-decreasing), by the
     * rows' fits, the framework's order around the rows' own labels and an even-spread prior of weight {@code spread}.
     *
     * @return each missing row's label, as an index into {@code labels}
     */
    private int[] dealLevel2(List<Piece> labels, List<Integer> missing, double spread) {
        int n = labels.size();
        int m = missing.size();
        // dp[t][j]: best score with row t labelled j (labels in order, non-decreasing)
        double[][] dp = new double[m][n];
        int[][] from = new int[m][n];
        for (double[] d : dp) {
            java.util.Arrays.fill(d, Double.NEGATIVE_INFINITY);
        }
        int[] after = new int[m];
        int[] before = new int[m];
        for (int t = 0; t < m; t++) {
            after[t] = -1;
            before[t] = Integer.MAX_VALUE;
            for (int i = missing.get(t) - 1; i >= 0 && after[t] < 0; i--) {
                after[t] = rows.get(i).left.l2 == null ? -1 : PdfTextLabelFit.level2Rank(rows.get(i).left.l2.text());
            }
            for (int i = missing.get(t) + 1; i < rows.size() && before[t] == Integer.MAX_VALUE; i++) {
                int r = rows.get(i).left.l2 == null || missing.contains(i) ? -1 : PdfTextLabelFit.level2Rank(rows.get(i).left.l2.text());
                before[t] = r < 0 ? Integer.MAX_VALUE : r;
            }
        }
        for (int j = 0; j < n; j++) {
            dp[0][j] = PdfTextLabelFit.fit(labels.get(j).text(), rows.get(missing.get(0))) - 2.0 * j - spread * PdfTextLabelFit.spread(0, j, m, n)
                    - outOfOrder(labels.get(j), after[0], before[0]);
        }
        for (int t = 1; t < m; t++) {
            boolean boundary = missing.get(t) != missing.get(t - 1) + 1;
            for (int j = 0; j < n; j++) {
                double f = PdfTextLabelFit.fit(labels.get(j).text(), rows.get(missing.get(t))) - spread * PdfTextLabelFit.spread(t, j, m, n)
                        - outOfOrder(labels.get(j), after[t], before[t]);
                for (int k = 0; k <= j; k++) {
                    if (dp[t - 1][k] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = dp[t - 1][k] + f;
                    if (k == j && boundary) {
                        s -= 1.5;
                    } else if (k < j) {
                        s -= 2.0 * (j - k - 1);
                        if (!boundary) {
                            s -= 0.5;
                        }
                    }
                    if (s > dp[t][j]) {
                        dp[t][j] = s;
                        from[t][j] = k;
                    }
                }
            }
        }
        int bestJ = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double s = dp[m - 1][j] - 2.0 * (n - 1 - j);
            if (s > best) {
                best = s;
                bestJ = j;
            }
        }
        int[] out = new int[m];
        int j = bestJ;
        for (int t = m - 1; t >= 0; t--) {
            out[t] = j;
            j = from[t][j];
        }
        return out;
    }

    /**
     * What a label costs on a row between rows that print their own level-2 labels: a label
     * before the one printed above it in the framework's order (数量, 质量, 时效, 成本 …), or
     * after the one printed below it, is out of the column's order.
     */
    private static double outOfOrder(Piece label, int above, int below) {
        int r = PdfTextLabelFit.level2Rank(label.text());
        if (r < 0) {
            return 0;
        }
        return r < above || r > below ? ORDER_COST : 0;
    }

    /** The cost of a level-2 label out of the framework's order around the labels printed with rows. */
    static final double ORDER_COST = 3.0;

    /** Level 1 of the rows that print none: the family of their level 2, else the labels apart in order. */
    private void fillLevel1(List<Piece> labels) {
        int next = 0;
        String prevFamily = null;
        Piece prev = null;
        boolean handed = false;
        for (int i = 0; i < rows.size(); i++) {
            IndRow r = rows.get(i);
            if (r.left.l1 != null || r.right.l1 != null) {
                prev = r.left.l1 != null ? r.left.l1 : r.right.l1;
                handed = false;
                if (levelOnesBefore.contains(r)) {
                    // not the rows' below: their labels come from core's reading of the labels above
                    prev = null;
                    handed = true;
                }
                if (r.left.l1 == null) {
                    r.left.l1 = prev;
                }
                if (two && r.right.l1 == null) {
                    r.right.l1 = prev;
                }
                prevFamily = null;
                continue;
            }
            String fam = r.left.l2 == null ? null : family(r.left.l2.text());
            Piece chosen = null;
            if (fam != null) {
                for (int j = 0; j < labels.size(); j++) {
                    if (labels.get(j).key().equals(fam)) {
                        chosen = labels.get(j);
                        next = Math.max(next, j + 1);
                        break;
                    }
                }
                if (chosen == null) {
                    chosen = new Piece(fam, -1, Kind.LABEL);
                }
            } else if (prev != null && prevFamily == null) {
                chosen = prev;
            } else if (handed && prev == null) {
                levelOnesApart++;
            } else if (next < labels.size()) {
                if (!two && r.left.l2 == null && PdfTextLevel1OfGroupBelow.heldForGroupBelow(rows, i, prevFamily, labels.get(next))) {
                    heldForGroupBelow++; // the row continues the group above; the label is a later group's
                    continue;
                }
                chosen = labels.get(next++);
            }
            if (chosen != null && chosen.line() < 0) {
                chosen = null;
            }
            r.left.l1 = chosen;
            if (two) {
                r.right.l1 = chosen;
            }
            prev = chosen;
            prevFamily = fam;
        }
    }

    /** The level 1 a level-2 label belongs to ({@link ApartLabelLevels#family}), or null. */
    static String family(String level2) {
        return ApartLabelLevels.family(level2);
    }
}
