package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import java.util.List;

/**
 * A label an OCR engine read from the first line of a merged label cell as words naming no category
 * ({@code 引标}), printed on the line right above the cell's category label ({@code 数量指标}) with no
 * indicator's line between them: one merged cell, so one label event, the category's. Kept as its own
 * event it takes a group of its own and pushes the category onto the next group (数量指标 moved to the
 * group where the numbering starts over). The mirror of {@link LabelPlacement#centred}'s rule for
 * words naming no category printed right under a category label. Asked of OCR'd label cells only.
 */
final class LabelAboveCategory {
    private LabelAboveCategory() {
    }

    /**
     * @param above the label event before {@code r}
     * @param r a row whose labels name a category
     * @param inds the table's indicator rows
     * @return true when every label of {@code above} is an OCR'd cell naming no category, its row is no
     *     indicator of its own and lies right above {@code r}, no indicator's line between them
     */
    static boolean misread(Read above, Read r, List<Read> inds) {
        if (above.isIndicator() || above.labels.isEmpty() || r.line - above.lastLine > 1) {
            return false;
        }
        for (Label l : above.labels) {
            if (l.category() != null || !l.cell().ocr()) {
                return false;
            }
        }
        for (Read i : inds) {
            if (i != r && i.lastLine > above.line && i.line < r.line) {
                return false;
            }
        }
        return true;
    }

    /**
     * The category of a row whose one category label is a label of both levels ({@code 成本指标}: level 1 in
     * one framework, under 产出指标 in the other) read by content (no column says its level), where the
     * framework orders it among level-2 categories; null otherwise. A row printing that label alone names
     * no level-1 label beside it, so it is the level-2 group's label under its parent.
     *
     * @param labels a row's labels
     * @return the category, or null
     */
    static dev.zhibiao.internal.layout.Vocabulary.Category onlyBoth(List<Label> labels) {
        dev.zhibiao.internal.layout.Vocabulary.Category found = null;
        for (Label l : labels) {
            if (l.category() == null) {
                continue;
            }
            if (found != null || l.column() != null || l.category().level() != Vocabulary.Level.BOTH || l.category().parent() == null
                    || !Vocabulary.FRAMEWORK_ORDER.contains(l.category().label())) {
                return null;
            }
            found = l.category();
        }
        return found;
    }
}
