package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import java.util.List;

/**
 * Labels given to assembled indicators that lack them: the rows above a label printed in the
 * middle of its merged cell take it ({@link #fillUp}), and in plain OCR text a level-2 label that
 * names no category between two that do is the one category between them ({@link
 * #betweenNeighbours}). Moved out of {@link LabelPlacement} (which places labels among the rows
 * read) unchanged.
 */
final class LabelFill {
    private LabelFill() {
    }

    /**
     * A label printed in the middle of its merged cell leaves the rows above it without one: an
     * indicator without a level-2 (or level-1) label takes the first label below it in the same
     * group. What stays unlabelled is reported.
     */
    static void fillUp(SheetDraft d, int from) {
        List<Indicator> inds = d.indicators;
        for (int i = inds.size() - 1; i >= from; i--) {
            Indicator a = inds.get(i);
            if (a.level2() != null && a.level1() != null) {
                continue;
            }
            Indicator below = i + 1 < inds.size() ? inds.get(i + 1) : null;
            if (below != null && (a.level1() == null || a.level1().equals(below.level1()))) {
                String l1 = a.level1() != null ? a.level1() : below.level1();
                String l2 = a.level2() != null ? a.level2() : below.level2();
                inds.set(i, new Indicator(l1, l2, a.name(), a.value(), a.target(), a.midTermValue(), a.description(),
                        a.basis(), a.actual(), a.actualParsed(), a.met(), a.note(), a.weight(), a.score(),
                        a.direction(), a.locator()));
                d.diag("label-filled-up", a.locator(), "indicator \"" + a.name() + "\" takes the label " + l1 + "/" + l2
                        + " printed below it (a merged cell's label printed in its middle)");
            } else {
                d.diag("label-missing", a.locator(), "no " + (a.level1() == null ? "level-1" : "level-2")
                        + " label for indicator \"" + a.name() + "\"");
            }
        }
    }

    /**
     * In printed lines (plain OCR text), a level-2 label that names no category, on a group of
     * indicators between two groups whose level-2 labels are categories of the same level-1 label,
     * is the one category the indicator framework lists between those two ({@code 数量指标}, {@code
     * 大号}, {@code 时效指标} under 产出指标: 质量指标), the engine having misread it beyond repair.
     * Nothing is changed where no single category fits (a sheet's own label, such as 政策知晓率
     * under 满意度指标, has no such neighbours). Each repair an {@code ocr-repaired} diagnostic.
     */
    static void betweenNeighbours(SheetDraft d, int from) {
        List<Indicator> inds = d.indicators;
        int i = from;
        while (i < inds.size()) {
            Indicator first = inds.get(i);
            int j = i;
            while (j < inds.size() && java.util.Objects.equals(inds.get(j).level2(), first.level2())
                    && java.util.Objects.equals(inds.get(j).level1(), first.level1())) {
                j++;
            }
            String between = i > from && j < inds.size() ? between(inds.get(i - 1), first, inds.get(j)) : null;
            if (between != null) {
                d.diag(OcrRepair.CODE, first.locator(), "level-2 label \"" + first.level2() + "\" names no category; read as "
                        + between + ", the one the framework lists between " + inds.get(i - 1).level2() + " and "
                        + inds.get(j).level2() + " (the labels of the groups above and below)");
                for (int k = i; k < j; k++) {
                    Indicator a = inds.get(k);
                    inds.set(k, new Indicator(a.level1(), between, a.name(), a.value(), a.target(), a.midTermValue(),
                            a.description(), a.basis(), a.actual(), a.actualParsed(), a.met(), a.note(), a.weight(),
                            a.score(), a.direction(), a.locator()));
                }
            }
            i = j;
        }
    }

    private static String between(Indicator above, Indicator group, Indicator below) {
        if (group.level2() == null || group.level1() == null || Vocabulary.category(group.level2()) != null
                || !group.level1().equals(above.level1()) || !group.level1().equals(below.level1())) {
            return null;
        }
        Vocabulary.Category a = above.level2() == null ? null : Vocabulary.category(above.level2());
        Vocabulary.Category b = below.level2() == null ? null : Vocabulary.category(below.level2());
        if (a == null || b == null) {
            return null;
        }
        int x = Vocabulary.FRAMEWORK_ORDER.indexOf(a.label());
        int y = Vocabulary.FRAMEWORK_ORDER.indexOf(b.label());
        if (x < 0 || y != x + 2) {
            return null;
        }
        String mid = Vocabulary.FRAMEWORK_ORDER.get(x + 1);
        Vocabulary.Category m = Vocabulary.CATEGORIES.get(mid);
        return m != null && group.level1().equals(m.parent()) && group.level1().equals(a.parent())
                && group.level1().equals(b.parent()) ? mid : null;
    }
}
