package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.function.Function;

/**
 * Which level a label printed away from its row stands for (plain pdftotext of a whole disclosure: the
 * 一级 and 二级 columns' merged cells printed where the reading order meets them). The reader keeps the
 * printed pieces and deals them to its rows; what a label means — level 1 or level 2, the family a
 * level-2 label belongs to, whether a sheet's {@code 成本指标} is the 2021 framework's level 1 — is asked
 * here, of core's vocabulary.
 *
 * <p>{@code 成本指标} is both: the older framework's level 2 under {@code 产出指标}, the 2021 framework's
 * level 1 over {@code 经济成本指标 / 社会成本指标 / 生态环境成本指标}. The sheet says which: a level-2 label of
 * the 成本指标 family that is no level 1 itself exists only under a level-1 成本指标.
 */
public final class ApartLabelLevels {
    private ApartLabelLevels() {
    }

    /** The level 1 a level-2 label belongs to (core's vocabulary), or null. */
    public static String family(String level2) {
        return Vocabulary.parentOf(level2);
    }

    /** Whether a level-2 label belongs to the 成本指标 family (the 2021 framework's level 1). */
    public static boolean costFamily(String level2) {
        return "成本指标".equals(family(level2));
    }

    /**
     * Whether the labels printed apart hold a level-2 label whose level 1 (core's vocabulary) is
     * {@code 成本指标} and which is no label of level 1 itself.
     *
     * @param labels the labels printed apart
     * @param key    a label's key (as the reader compares labels)
     * @param text   a label's text
     */
    public static <T> boolean costFamilyApart(List<T> labels, Function<T, String> key, Function<T, String> text) {
        for (T p : labels) {
            if (!Vocabulary.isLevel1Label(key.apply(p)) && "成本指标".equals(Vocabulary.parentOf(text.apply(p)))) {
                return true;
            }
        }
        return false;
    }

    /** How many {@code 成本指标} labels are among the labels printed apart (by their keys). */
    public static <T> int costLabels(List<T> labels, Function<T, String> key) {
        int n = 0;
        for (T p : labels) {
            if (key.apply(p).equals("成本指标")) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a label printed apart (by its key) is level 1: a level-1 label, but {@code 成本指标} only on
     * a sheet of the 2021 framework ({@code newCost}) and {@code 满意度指标} not when a row already prints
     * a level-1 satisfaction label (it is then the level 2 under it).
     */
    public static boolean apartLevel1(String key, boolean newCost, boolean level1Satisfaction) {
        return Vocabulary.isLevel1Label(key) && !(key.equals("成本指标") && !newCost)
                && !(key.equals("满意度指标") && level1Satisfaction);
    }

    /**
     * In a run of labels printed whole before the rows: whether the label {@code key}, followed by
     * {@code next} (null at the run's end), is level 1. A label both level 1 and level 2 ({@code 成本指标})
     * is level 1 when the label after it is a level 2 of its family.
     */
    public static boolean levelOneInRun(String key, String next) {
        return Vocabulary.isLevel1Label(key) && (!Vocabulary.isLevel2Label(key) || next != null
                && Vocabulary.isLevel2Label(next) && !Vocabulary.isLevel1Label(next) && key.equals(family(next)));
    }

    /** What a row's own labels, printed with its name, stand for. */
    public enum Inline {
        /** Two stacked level-2 labels: the row's, then the next group's. */
        TWO_LEVEL2,
        /** Level 1, then level 2, as printed. */
        LEVEL1_LEVEL2,
        /** A level-2 label printed before its level 1 (the level-2 cell's middle above the level-1 cell's). */
        LEVEL2_LEVEL1,
        /** Fewer than two labels ({@link #loneLabelLevel1} judges one). */
        NONE
    }

    /** What a row's two or more labels (their texts, in print order) stand for. */
    public static Inline inline(List<String> labels) {
        int n = labels.size();
        if (n == 2 && !Vocabulary.isLevel1Label(labels.get(0)) && Vocabulary.isLevel2Label(labels.get(0))
                && Vocabulary.isLevel2Label(labels.get(1))) {
            return Inline.TWO_LEVEL2;
        }
        if (n >= 2) {
            boolean swapped = Vocabulary.isLevel2Label(labels.get(0)) && !Vocabulary.isLevel1Label(labels.get(0))
                    && Vocabulary.isLevel1Label(labels.get(1)) && !Vocabulary.isLevel2Label(labels.get(1));
            return swapped ? Inline.LEVEL2_LEVEL1 : Inline.LEVEL1_LEVEL2;
        }
        return Inline.NONE;
    }

    /**
     * Whether a row's labels (their texts, in print order) are two level-1 labels of different groups
     * ({@code 效益指标 / 满意度指标}, the second no level 2 of the first's family): a row has one level-1
     * cell, so they are the cells of groups below, printed before it (a page's 一级 column first).
     */
    public static boolean levelOnesApart(List<String> labels) {
        if (labels.size() != 2) {
            return false;
        }
        String a = labels.get(0);
        String b = labels.get(1);
        return Vocabulary.isLevel1Label(a) && Vocabulary.isLevel1Label(b) && !Vocabulary.isLevel2Label(a)
                && !a.equals(Vocabulary.parentOf(b)) && !Text.key(a).equals(Text.key(b)) && !Text.key(a).equals("成本指标")
                && !Text.key(b).equals("成本指标");
    }

    /**
     * Whether a row's labels (their texts, in print order) are {@code 成本指标} and then a level-1 label of
     * another family ({@code 成本指标 / 满意度指标}): no level 1 files 满意度指标 under 成本指标, so the second labels a
     * group below (plain pdftotext prints a page's label columns before its names); on a sheet whose 成本指标 is
     * no level 1 (the older framework, {@link #costFamilyApart} false) the first is the row's level 2.
     */
    public static boolean costThenOtherLevel1(List<String> labels) {
        if (labels.size() != 2 || !Text.key(labels.get(0)).equals("成本指标")) {
            return false;
        }
        String b = labels.get(1);
        return Vocabulary.isLevel1Label(b) && !Text.key(b).equals("成本指标") && !"成本指标".equals(Vocabulary.parentOf(b));
    }

    /** Whether a row's one label (by its key) is its level 1 rather than its level 2. */
    public static boolean loneLabelLevel1(String key) {
        return Vocabulary.isLevel1Label(key) && !key.equals("成本指标") || !Vocabulary.isLevel2Label(key);
    }
}
