package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.Vocabulary.Category;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.layout.Vocabulary.Level;
import java.util.List;

/**
 * The level-1 and level-2 categories a row's printed labels mean, given the labels above: two
 * labels are level 1 and level 2; one label is read by its level (a level-2 label brings its
 * parent, a level-1 label its only child where it has one, 成本指标 by where it sits).
 */
final class LabelResolution {
    private LabelResolution() {
    }

    /** The level-1 and level-2 labels after a row's labels, given the labels above. */
    static String[] resolve(List<Label> labels, String l1, String l2) {
        if (levelOnesOfOtherGroups(labels, l1, l2)) {
            return new String[] {l1, l2};
        }
        if (labels.size() >= 2) {
            Label a = labels.get(labels.size() - 2);
            Label b = labels.get(labels.size() - 1);
            String nl2 = b.category() != null ? b.category().label() : b.printed();
            String nl1;
            Category ca = a.category();
            if (foreignLevel1(labels) != null) {
                nl1 = b.category().parent();
            } else if (ca != null && (ca.level() == Level.L1 || ca.level() == Level.BOTH)) {
                nl1 = ca.label();
            } else if (b.category() != null && b.category().parent() != null && b.category().level() == Level.L2) {
                nl1 = b.category().parent();
            } else if (ca != null && ca.parent() != null) {
                nl1 = ca.parent();
            } else {
                nl1 = a.printed();
            }
            if (ca != null && ca.level() == Level.L1 && b.category() != null && b.category().level() == Level.L1) {
                // two level-1 words (满意度 | 满意度): the second is its level-2 default
                nl2 = l2;
            }
            return new String[] {nl1, nl2};
        }
        Label a = labels.get(0);
        Category c = a.category();
        if (c == null) {
            if (a.column() == Column.L1 || a.column() == Column.LEAD) {
                return new String[] {a.printed(), null};
            }
            return new String[] {l1, a.printed()};
        }
        switch (c.level()) {
            case L1 -> {
                if (c.label().equals(l1)) {
                    return new String[] {l1, l2};
                }
                String child = onlyChild(c.label());
                return new String[] {c.label(), child};
            }
            case L2 -> {
                return new String[] {c.parent(), c.label()};
            }
            default -> {
                // 成本指标: level 1 where printed in the level-1 column or where the sheet uses it so
                if (a.column() == Column.L1 || "成本指标".equals(l1)) {
                    return new String[] {c.label(), c.label().equals(l1) ? l2 : null};
                }
                return new String[] {c.parent(), c.label()};
            }
        }
    }

    /**
     * The level-1 category of a row's two labels when the level-2 beside it is a category the framework
     * files under another level-1 ({@code 效益指标 | 质量指标}, {@code 满意度指标 | 成本指标}, 成本指标 beside a
     * level-1 being 产出's): a level-1
     * group holds whole level-2 groups, so the level-2 category's own parent is meant (the two labels
     * belong to different groups' bounds). Null when they agree, or when the level-1 label files no
     * level-2 category of its own ({@code 效果指标}, whose sheets name 效益's categories under it).
     *
     * @param labels a row's printed labels
     * @return the level-1 category printed, or null
     */
    static String foreignLevel1(List<Label> labels) {
        if (labels.size() < 2) {
            return null;
        }
        Category ca = labels.get(labels.size() - 2).category();
        Category cb = labels.get(labels.size() - 1).category();
        if (ca == null || cb == null || cb.level() == Level.L1 || cb.parent() == null || ca == cb
                || ca.level() != Level.L1 && ca.level() != Level.BOTH || ca.label().equals(cb.parent())) {
            return null;
        }
        for (Category c : Vocabulary.CATEGORIES.values()) {
            if (ca.label().equals(c.parent()) && c.level() == Level.L2) {
                return ca.label();
            }
        }
        return null;
    }

    /**
     * Two different level-1 labels printed before one row and nothing else ({@code 效益指标 / 满意度指标}: plain
     * pdftotext prints a page's 一级 column first, its cells' labels before the rows they centre on): a
     * row has one level-1 cell, so they are labels of groups further down, which their level-2 labels name
     * again; the row stays in the group above when the labels above agree (the level 2 above is of the
     * level 1 above's family, core's vocabulary) and both labels' groups come after it in the framework's order
     * (their first level-2 categories after the level 2 above: groups below, not the sheet's first groups).
     */
    static boolean levelOnesOfOtherGroups(List<Label> labels, String l1, String l2) {
        if (labels.size() != 2 || l1 == null || l2 == null) {
            return false;
        }
        Category a = labels.get(0).category();
        Category b = labels.get(1).category();
        Category above = Vocabulary.CATEGORIES.get(l2);
        return a != null && b != null && a != b && a.level() == Level.L1 && b.level() == Level.L1
                && above != null && above.level() == Level.L2 && l1.equals(above.parent())
                && firstRank(a.label()) > Vocabulary.frameworkRank(l2) && firstRank(b.label()) > Vocabulary.frameworkRank(l2);
    }

    /** The framework's place of a level-1 label's first level-2 category ({@link Vocabulary#frameworkRank}), or -1. */
    private static int firstRank(String l1) {
        int first = -1;
        for (Category c : Vocabulary.CATEGORIES.values()) {
            int r = l1.equals(c.parent()) && c.level() == Level.L2 ? Vocabulary.frameworkRank(c.label()) : -1;
            if (r >= 0 && (first < 0 || r < first)) {
                first = r;
            }
        }
        return first;
    }

    /** The one level-2 category of the framework under {@code l1} (another province's name for a slot is no second child). */
    private static String onlyChild(String l1) {
        String child = null;
        for (Category c : Vocabulary.CATEGORIES.values()) {
            if (l1.equals(c.parent()) && c.level() == Level.L2 && Vocabulary.inFramework(c.label())) {
                if (child != null) {
                    return null;
                }
                child = c.label();
            }
        }
        return child;
    }
}
