package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Level2Fit;
import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The side labels of a department budget sheet's indicator rows (plain pdftotext) when the label columns are printed
 * apart from the rows: some category label printed after the last row, so that "the labels last printed before a row"
 * are not its labels. A merged label cell is printed once, wherever pdftotext puts it; what the page still tells is the
 * set of labels. Each level-2 label then heads one run of consecutive rows (every printed level-2 label heads a group of
 * one row or more), the runs in the framework's order (数量, 质量, 时效, 成本 …, 服务对象满意度: core's vocabulary), their
 * bounds chosen by how each label suits its rows' names and values ({@link Level2Fit}, core). A level-2 label's level 1
 * is its vocabulary parent, unless the page prints level-1 labels without it and exactly one printed level-1 label is
 * the parent of no printed level-2 label (效果指标 where the vocabulary names 效益指标): then that one (as core's
 * {@code ColumnBlocks.parent} reads an OCR page's label run).
 */
final class PdfTextBudgetLabels {
    private PdfTextBudgetLabels() {
    }

    /**
     * The level-1 and level-2 label of each row.
     *
     * @param printed the category labels printed in the block, in print order
     * @param cells each row's cells: level 1, level 2, name, description, value, basis
     * @return per row {level 1, level 2}, or null when the labels cannot be dealt (no level-2 label, one outside the
     *     framework, more level-2 labels than rows, a printed level-1 label heading none of them)
     */
    static String[][] deal(List<String> printed, List<String[]> cells) {
        Set<String> level2 = new LinkedHashSet<>();
        Set<String> level1 = new LinkedHashSet<>();
        for (String p : printed) {
            Vocabulary.Category c = Vocabulary.category(p);
            if (c == null) {
                return null;
            }
            if (Vocabulary.frameworkRank(c.label()) >= 0) {
                level2.add(c.label());
            } else {
                level1.add(c.label());
            }
        }
        int n = level2.size();
        int m = cells.size();
        if (n == 0 || n > m) {
            return null;
        }
        List<String> labels = new ArrayList<>(level2);
        labels.sort(java.util.Comparator.comparingInt(Vocabulary::frameworkRank));
        // every printed level-1 label heads a printed level-2 label's group (as its parent, or as the one spare label
        // read for a parent the page does not print); one that heads none tells of a level-2 label not printed as
        // such (满意度指标 printed alone for its one row): the set of labels is not whole, so nothing is dealt
        Set<String> heads = new LinkedHashSet<>();
        for (String l : labels) {
            heads.add(parent(l, labels, level1));
        }
        if (!heads.containsAll(level1)) {
            return null;
        }
        // dp[t][j]: the best fit of rows 0..t with row t under label j, every label before j heading a run
        double[][] dp = new double[m][n];
        int[][] from = new int[m][n];
        for (double[] d : dp) {
            java.util.Arrays.fill(d, Double.NEGATIVE_INFINITY);
        }
        for (int t = 0; t < m; t++) {
            String[] c = cells.get(t);
            String name = PdfTextReader.key(c[2]);
            String value = PdfTextReader.key(c[4]);
            boolean numeric = PdfTextFragments.isValue(c[4]);
            for (int j = 0; j < n && j <= t; j++) {
                if (m - t < n - j) {
                    continue; // too few rows left for the labels after j
                }
                String label = PdfTextReader.key(labels.get(j));
                double f = Level2Fit.fit(label, name, value, numeric)
                        - PdfTextLabelFit.SPREAD * PdfTextLabelFit.spread(t, j, m, n);
                if (name.contains("满意") && !label.contains("满意")) {
                    // a row that asks for satisfaction is the 满意度 group's: another label costs it what that one gains
                    f -= Level2Fit.fit("服务对象满意度指标", name, value, numeric);
                }
                if (t == 0) {
                    dp[0][j] = j == 0 ? f : Double.NEGATIVE_INFINITY;
                    continue;
                }
                for (int k = Math.max(0, j - 1); k <= j; k++) {
                    if (dp[t - 1][k] != Double.NEGATIVE_INFINITY && dp[t - 1][k] + f > dp[t][j]) {
                        dp[t][j] = dp[t - 1][k] + f;
                        from[t][j] = k;
                    }
                }
            }
        }
        if (dp[m - 1][n - 1] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        String[][] out = new String[m][];
        int j = n - 1;
        for (int t = m - 1; t >= 0; t--) {
            out[t] = new String[] {parent(labels.get(j), labels, level1), labels.get(j)};
            j = from[t][j];
        }
        return out;
    }

    /** A level-2 label's level 1 (the class comment). */
    private static String parent(String l2, List<String> level2, Set<String> level1) {
        String parent = Vocabulary.parentOf(l2);
        if (parent == null || level1.isEmpty() || level1.contains(parent)) {
            return parent == null ? "" : parent;
        }
        List<String> spare = new ArrayList<>(level1);
        for (String l : level2) {
            spare.remove(Vocabulary.parentOf(l));
        }
        return spare.size() == 1 ? spare.get(0) : parent;
    }
}
