package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import dev.zhibiao.internal.text.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A level-1 and a level-2 label an OCR engine read as one cell ({@code 满意度指标服务对象满意度指标},
 * {@code 效益指标社会效益指标}, {@code 出指标质量指标}: the two merged label cells of an unruled table
 * printed side by side, their words boxed as one): the cell ends with a level-2 category of the
 * vocabulary, and what stands before it is that category's level-1 parent as read, at least half
 * alike it ({@link OcrLabels#ratio} ≥ {@link OcrLevelParents#LEAST}) and nearer it than any other
 * level-1 category. The indicator's level 2 is then that category and its level 1 the parent — the
 * level 1 its own cell prints, not the group's above it, which the fill-down gave it. Only a level-2
 * label the vocabulary knows as no category, only a category that is level 2 alone (成本指标 is level 1
 * in newer templates), only in tables an OCR engine read ({@link OcrLevelParents#repair} asks); each
 * reading repaired is one {@code ocr-repaired} diagnostic naming the reading and how many indicators
 * carried it.
 */
final class OcrJoinedLevels {
    private OcrJoinedLevels() {
    }

    /**
     * @param d    the draft, its indicators from {@code from} on repaired in place
     * @param from the first indicator of this table
     */
    static void repair(SheetDraft d, int from) {
        Map<String, Vocabulary.Category> fixed = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int i = from; i < d.indicators.size(); i++) {
            Indicator a = d.indicators.get(i);
            Vocabulary.Category c = split(a.level2());
            if (c == null) {
                continue;
            }
            d.indicators.set(i, new Indicator(c.parent(), c.label(), a.name(), a.value(), a.target(), a.midTermValue(),
                    a.description(), a.basis(), a.actual(), a.actualParsed(), a.met(), a.note(), a.weight(), a.score(),
                    a.direction(), a.locator()));
            fixed.putIfAbsent(a.level2().strip(), c);
            count.merge(a.level2().strip(), 1, Integer::sum);
        }
        for (Map.Entry<String, Vocabulary.Category> e : fixed.entrySet()) {
            Vocabulary.Category c = e.getValue();
            d.diag(OcrRepair.CODE, d.locator, "OCR reading \"" + e.getKey() + "\" repaired to \"" + c.parent() + "/" + c.label()
                    + "\" (a level-1 and a level-2 label read as one cell: the level-2 category " + c.label()
                    + " after its parent, " + count.get(e.getKey()) + " indicator(s))");
        }
    }

    /** The level-2 category a joined level-2 reading ends with, its parent read before it, or null. */
    static Vocabulary.Category split(String level2) {
        if (level2 == null || Vocabulary.category(level2) != null) {
            return null;
        }
        String k = Text.key(level2);
        Vocabulary.Category found = null;
        for (Vocabulary.Category c : Vocabulary.CATEGORIES.values()) {
            if (c.level() == Vocabulary.Level.L2 && c.parent() != null && k.length() > c.label().length() && k.endsWith(c.label())
                    && (found == null || c.label().length() > found.label().length())) {
                found = c;
            }
        }
        if (found == null) {
            return null;
        }
        String rest = k.substring(0, k.length() - found.label().length());
        if (!OcrLevelParents.readAsParent(rest, found.parent())) {
            return null; // not the parent as read, or as near another level-1 category: the cell does not say which
        }
        return found;
    }
}
