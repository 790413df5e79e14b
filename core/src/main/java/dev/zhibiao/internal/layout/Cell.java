package dev.zhibiao.internal.layout;

import dev.zhibiao.Locator;

/**
 * One cell of a source grid, as printed, with where it came from.
 *
 * @param text the printed text (may be empty, never null)
 * @param at   its position in the source (line and cell index, or page)
 */
public record Cell(String text, Locator at) {
    /** Null text becomes empty. */
    public Cell {
        text = text == null ? "" : text;
        at = at == null ? Locator.UNKNOWN : at;
    }

    /** @return true when the cell holds nothing but white space or tags */
    public boolean isEmpty() {
        return dev.zhibiao.internal.text.Text.blank(dev.zhibiao.internal.text.Text.stripTags(text));
    }

    @Override
    public String toString() {
        return text;
    }
}
