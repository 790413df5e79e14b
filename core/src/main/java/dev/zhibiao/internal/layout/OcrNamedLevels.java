package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import dev.zhibiao.internal.text.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The level labels an OCR engine read into the indicator's name cell ({@code 满意度指。服务对象满意度指标工作满意度},
 * {@code 服务对象满意度指标。工作满意度}: the merged label cells of an unruled table printed beside the name,
 * their words boxed with it): the name holds a level-2 category of the vocabulary, and what stands before it
 * is that category's level-1 parent as read ({@link OcrLabels#ratio} ≥ {@link OcrLevelParents#LEAST}, nearer
 * it than any other level-1 category), or nothing but a mark the engine read between the label and the name
 * ({@code 。}, {@code “}). The indicator's level 2 is then that category, its level 1 the parent, its name
 * what follows (two characters or more). Only a category that is level 2 alone (成本指标 is level 1 in newer
 * templates), only in tables an OCR engine read ({@link OcrLevelParents#repair} asks); each reading repaired
 * is one {@code ocr-repaired} diagnostic naming the reading and how many indicators carried it.
 */
final class OcrNamedLevels {
    private OcrNamedLevels() {
    }

    /** A category label and the name after it. */
    record Split(Vocabulary.Category category, String name) {
    }

    /**
     * @param d    the draft, its indicators from {@code from} on repaired in place
     * @param from the first indicator of this table
     */
    static void repair(SheetDraft d, int from) {
        Map<String, Split> fixed = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int i = from; i < d.indicators.size(); i++) {
            Indicator a = d.indicators.get(i);
            Split s = split(a.name());
            if (s == null) {
                continue;
            }
            Vocabulary.Category c = s.category();
            d.indicators.set(i, new Indicator(c.parent(), c.label(), s.name(), a.value(), a.target(), a.midTermValue(),
                    a.description(), a.basis(), a.actual(), a.actualParsed(), a.met(), a.note(), a.weight(), a.score(),
                    a.direction(), a.locator()));
            String key = a.name().strip();
            fixed.putIfAbsent(key, s);
            count.merge(key, 1, Integer::sum);
        }
        for (Map.Entry<String, Split> e : fixed.entrySet()) {
            Split s = e.getValue();
            d.diag(OcrRepair.CODE, d.locator, "OCR reading \"" + e.getKey() + "\" repaired to \"" + s.category().parent() + "/"
                    + s.category().label() + "\" and the name \"" + s.name() + "\" (level labels read into the name cell, "
                    + count.get(e.getKey()) + " indicator(s))");
        }
    }

    /** The level-2 category a name reading holds with its parent (or a mark) before it, and the name after it; or null. */
    static Split split(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        // the name's key character by character, each key character's place in the name
        StringBuilder k = new StringBuilder();
        int[] at = new int[name.length() * 2 + 1];
        for (int i = 0; i < name.length(); i++) {
            String f = Text.key(String.valueOf(name.charAt(i)));
            for (int j = 0; j < f.length() && k.length() < at.length; j++) {
                at[k.length()] = i;
                k.append(f.charAt(j));
            }
        }
        String key = k.toString();
        Vocabulary.Category found = null;
        int where = -1;
        for (Vocabulary.Category c : Vocabulary.CATEGORIES.values()) {
            int p = c.level() == Vocabulary.Level.L2 && c.parent() != null ? key.indexOf(c.label()) : -1;
            if (p >= 0 && (found == null || p < where || p == where && c.label().length() > found.label().length())) {
                found = c;
                where = p;
            }
        }
        if (found == null) {
            return null;
        }
        int end = where + found.label().length();
        String rest = end < key.length() ? name.substring(at[end]) : "";
        String after = rest.replaceFirst("^[\\s\\p{P}\\p{S}]+", "");
        boolean mark = after.length() < rest.length();
        if (after.codePoints().filter(Character::isLetter).count() < 2) {
            return null;
        }
        String before = Text.key(key.substring(0, where).replaceAll("[\\p{P}\\p{S}]", ""));
        if (before.isEmpty()) {
            return mark ? new Split(found, after.strip()) : null; // 质量指标达标率 may be a name: a mark must part them
        }
        // the parent as read, and nearer it than any other level-1 category (else the cell does not say which)
        return OcrLevelParents.readAsParent(before, found.parent()) ? new Split(found, after.strip()) : null;
    }
}
