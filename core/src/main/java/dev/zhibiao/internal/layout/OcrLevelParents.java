package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import dev.zhibiao.internal.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level-1 label an OCR engine misread, beside a level-2 label the vocabulary knows: the level-2
 * category names its parent ({@code 数量指标} is under {@code 产出指标}), so a level-1 label that is no
 * category of the vocabulary ({@code 产册指岂}, {@code 指产出标}: characters misread or read out of
 * order) and is nearer that parent than any other level-1 category is the parent. Only in tables
 * an OCR engine read, only beside a category that is level 2 alone (成本指标 is level 1 in newer
 * templates), only where the reading holds at least half the parent's characters (by
 * {@link OcrLabels#ratio}); each reading repaired is one {@code ocr-repaired} diagnostic naming
 * the reading and how many indicators carried it.
 */
final class OcrLevelParents {
    private OcrLevelParents() {
    }

    /** At least this alike the parent (2 × common characters over both lengths). */
    static final double LEAST = 0.5;

    /**
     * @param rows the table's rows (the rule applies only when some cell was OCR'd)
     * @param d    the draft, its indicators from {@code from} on repaired in place
     * @param from the first indicator of this table
     */
    static void repair(List<Row> rows, SheetDraft d, int from) {
        if (from >= d.indicators.size() || !OcrHeader.ocr(rows)) {
            return;
        }
        OcrNamedLevels.repair(d, from); // 服务对象满意度指标。工作满意度: the labels read into the name cell
        OcrJoinedLevels.repair(d, from); // 满意度指标服务对象满意度指标: both labels in one cell
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int i = from; i < d.indicators.size(); i++) {
            Indicator a = d.indicators.get(i);
            String parent = parent(a.level1(), a.level2());
            if (parent == null) {
                continue;
            }
            d.indicators.set(i, new Indicator(parent, a.level2(), a.name(), a.value(), a.target(), a.midTermValue(),
                    a.description(), a.basis(), a.actual(), a.actualParsed(), a.met(), a.note(), a.weight(), a.score(),
                    a.direction(), a.locator()));
            String key = a.level1() + "\u0000" + a.level2();
            fixed.putIfAbsent(key, parent);
            count.merge(key, 1, Integer::sum);
        }
        for (Map.Entry<String, String> e : fixed.entrySet()) {
            String[] k = e.getKey().split("\u0000", 2);
            d.diag(OcrRepair.CODE, d.locator, "OCR reading \"" + k[0].strip() + "\" repaired to \"" + e.getValue()
                    + "\" (level-1 category: the parent of the level-2 category " + k[1].strip() + " beside it, "
                    + count.get(e.getKey()) + " indicator(s))");
        }
    }

    /** The level-1 category a misread level-1 label beside a known level-2 category is, or null. */
    static String parent(String level1, String level2) {
        if (level1 == null || level2 == null || Vocabulary.category(level1) != null) {
            return null;
        }
        Vocabulary.Category c = Vocabulary.category(level2);
        if (c == null || c.level() != Vocabulary.Level.L2 || c.parent() == null) {
            return null;
        }
        String k = Text.key(level1);
        if (k.length() < 2) {
            return null;
        }
        return readAsParent(k, c.parent()) ? c.parent() : null;
    }

    /**
     * Whether a misread text is the level-1 category {@code parent}: at least {@link #LEAST} alike, and no other
     * level-1 category as near (else the text does not say which).
     */
    static boolean readAsParent(String read, String parent) {
        double mine = OcrLabels.ratio(read, parent);
        if (mine < LEAST) {
            return false;
        }
        for (Vocabulary.Category other : Vocabulary.CATEGORIES.values()) {
            if (other.level() != Vocabulary.Level.L2 && !other.label().equals(parent) && OcrLabels.ratio(read, other.label()) >= mine) {
                return false;
            }
        }
        return true;
    }
}
