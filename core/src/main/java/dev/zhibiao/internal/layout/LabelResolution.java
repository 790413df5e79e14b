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
        if (labels.size() >= 2) {
            Label a = labels.get(labels.size() - 2);
            Label b = labels.get(labels.size() - 1);
            String nl2 = b.category() != null ? b.category().label() : b.printed();
            String nl1;
            Category ca = a.category();
            if (ca != null && (ca.level() == Level.L1 || ca.level() == Level.BOTH)) {
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

    private static String onlyChild(String l1) {
        String child = null;
        for (Category c : Vocabulary.CATEGORIES.values()) {
            if (l1.equals(c.parent()) && c.level() == Level.L2) {
                if (child != null) {
                    return null;
                }
                child = c.label();
            }
        }
        return child;
    }
}
